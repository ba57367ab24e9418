"""The web API, version 1, on django-ninja: typed operations, the OpenAPI 3 document at /api/v1/openapi.json
and interactive docs at /api/v1/docs.

Reads of approved public data are open; every other read, and every write, needs a token (per user, shown
once, revocable: `chitieu token create USER`) and obeys the same place scopes as the web pages
(`chitieu.accounts.scopes`). Writes go through the reporting cycle's services (`chitieu.workflow.services`),
exactly as the screens do. Lists are paginated by `limit` (≤ 1000) and `offset`, in a stable order (by id).
Errors are RFC 9457 problem details (`application/problem+json`).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from typing import Generic, TypeVar

from django.db.models import Q
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Path, Query, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import Field

from chitieu.api.auth import BearerToken, Caller, Public, RateLimit, TokenOnly, TokenRequired
from chitieu.api.problems import PROBLEM_RESPONSES, Problem, install_problem_handlers
from chitieu.indicators.models import DataValue, Indicator
from chitieu.places.models import Place

api = NinjaAPI(
    title="chitieu API",
    version="1",
    description=__doc__,
    urls_namespace="api-v1",
    auth=[BearerToken(), Public()],
    throttle=[RateLimit("public"), RateLimit("token")],
)
install_problem_handlers(api)

MAX_LIMIT = 1000
T = TypeVar("T")
MAX_ID = 2**63 - 1


class Page(Schema, Generic[T]):
    count: int
    # A search ranks only its best candidates (chitieu.documents.search.CANDIDATES): beyond them `count` says
    # "at least this many".
    count_is_lower_bound: bool = False
    limit: int
    offset: int
    next: str | None
    previous: str | None
    results: list[T]


class Paging(Schema):
    limit: int = Field(100, ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")
    offset: int = Field(0, ge=0, le=10**9)


def paginate(request, queryset, paging: Paging, row=None) -> dict:
    """One page of a queryset already in a stable order, with links to the next and previous pages."""
    count = queryset.count()
    rows = list(queryset[paging.offset: paging.offset + paging.limit])
    if row is not None:
        rows = [row(r) for r in rows]

    def link(offset):
        query = request.GET.copy()
        query["offset"], query["limit"] = offset, paging.limit
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": count, "limit": paging.limit, "offset": paging.offset,
        "next": link(paging.offset + paging.limit) if paging.offset + paging.limit < count else None,
        "previous": link(max(0, paging.offset - paging.limit)) if paging.offset > 0 else None,
        "results": rows,
    }


def caller_of(request) -> Caller:
    return getattr(request, "auth", None) or Caller(None)


# ------------------------------------------------------------------------------------------ places


class PlaceOut(Schema):
    id: int
    code: str
    name: str
    full_name: str
    level: str
    kind: str
    parent_id: int | None
    valid_from: datetime.date | None
    valid_to: datetime.date | None


class SuccessionOut(Schema):
    place: PlaceOut
    date: datetime.date
    share: str
    legal_basis: str


class PlaceDetail(PlaceOut):
    path_name: str
    aliases: list[str]
    ancestors: list[PlaceOut]
    predecessors: list[SuccessionOut]
    successors: list[SuccessionOut]


class Level(str, Enum):
    province = "province"
    district = "district"
    commune = "commune"


class PlaceFilters(Schema):
    q: str | None = Field(None, max_length=100, description="a name, with or without diacritics")
    level: Level | None = None
    parent: int | None = Field(None, ge=1, le=MAX_ID, description="the id of the unit directly above")
    on: datetime.date | None = Field(None, description="units that existed on this day")


_PLACE_FIELDS = ["id", "code", "name", "full_name", "level", "kind", "parent_id", "valid_from", "valid_to"]


@api.get("/places", response={200: Page[PlaceOut], **PROBLEM_RESPONSES}, tags=["places"], summary="Administrative units")
def list_places(request, filters: Query[PlaceFilters], paging: Query[Paging]):
    places = Place.objects.all()
    if filters.q:
        from chitieu.places.lookup import find_places

        ids = [p.pk for p in find_places(filters.q, on=filters.on, level=filters.level.value if filters.level else None)]
        places = places.filter(pk__in=ids)
    if filters.level:
        places = places.filter(level=filters.level.value)
    if filters.parent:
        places = places.filter(parent_id=filters.parent)
    if filters.on:
        places = places.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=filters.on),
                               Q(valid_to__isnull=True) | Q(valid_to__gte=filters.on))
    return paginate(request, places.order_by("id").values(*_PLACE_FIELDS), paging)


@api.get("/places/{place_id}", response={200: PlaceDetail, **PROBLEM_RESPONSES}, tags=["places"],
         summary="A unit with its history: names, parents, predecessors and successors")
def get_place(request, place_id: int = Path(..., ge=1, le=MAX_ID)):
    place = get_object_or_404(Place.objects.select_related("parent__parent"), pk=place_id)

    def succession(row, other):
        return {"place": other, "date": row.date, "share": row.share, "legal_basis": row.legal_basis}

    return {
        **{name: getattr(place, name) for name in _PLACE_FIELDS}, "path_name": place.path_name,
        "aliases": sorted(place.aliases.values_list("name", flat=True)),
        "ancestors": place.ancestors(),
        "predecessors": [succession(s, s.predecessor) for s in place.predecessions.select_related("predecessor").order_by("date", "id")],
        "successors": [succession(s, s.successor) for s in place.successions.select_related("successor").order_by("date", "id")],
    }


# ------------------------------------------------------------------------------------------ indicators


class IndicatorOut(Schema):
    id: int
    code: str
    name_vi: str
    name_en: str
    unit: str
    kind: str
    aggregation: str
    good_direction: str
    group: str
    legal_code: str
    parent_id: int | None


_INDICATOR_FIELDS = list(IndicatorOut.model_fields)


@api.get("/indicators", response={200: Page[IndicatorOut], **PROBLEM_RESPONSES}, tags=["indicators"], summary="The catalogue")
def list_indicators(request, paging: Query[Paging], group: str | None = Query(None, max_length=100),
                    q: str | None = Query(None, max_length=100)):
    indicators = Indicator.objects.all()
    if group:
        indicators = indicators.filter(group=group)
    if q:
        from chitieu.text import fold

        indicators = indicators.filter(Q(code__icontains=q) | Q(phrases__phrase_folded__contains=fold(q))).distinct()
    return paginate(request, indicators.order_by("id").values(*_INDICATOR_FIELDS), paging)


@api.get("/indicators/{code}", response={200: IndicatorOut, **PROBLEM_RESPONSES}, tags=["indicators"])
def get_indicator(request, code: str = Path(..., max_length=80)):
    return get_object_or_404(Indicator.objects.values(*_INDICATOR_FIELDS), code=code)


# ------------------------------------------------------------------------------------------ values


class Modality(str, Enum):
    actual = "actual"
    estimate = "estimate"
    target = "target"
    expected = "expected"


class State(str, Enum):
    draft = "draft"
    submitted = "submitted"
    returned = "returned"
    approved = "approved"


class ValueOut(Schema):
    id: int
    indicator_id: int
    indicator: str = Field(description="the indicator's code")
    place_id: int
    place_code: str
    period: str = Field(description="2020, 2020-09, 2020-01/2020-09, 2020-01/2020-11-30, 2020-09-15 or 2021/2025")
    period_start: datetime.date
    period_end: datetime.date
    modality: str
    issuer: str
    value: float = Field(description="in the indicator's canonical unit")
    unit: str
    state: str
    source: str
    updated_at: datetime.datetime


class ValueFilters(Schema):
    indicator: int | None = Field(None, ge=1, le=MAX_ID, description="indicator id")
    indicator_code: str | None = Field(None, max_length=80)
    place: int | None = Field(None, ge=1, le=MAX_ID, description="place id")
    place_code: str | None = Field(None, max_length=10)
    descendants: bool = Field(False, description="also the units below the place (and the units it took over)")
    period_from: datetime.date | None = Field(None, description="periods starting on or after this day")
    period_to: datetime.date | None = Field(None, description="periods ending on or before this day")
    period: str | None = Field(None, max_length=40, description="exactly this period")
    modality: Modality | None = None
    issuer: str | None = Field(None, max_length=100)
    state: State | None = Field(None, description="other states than approved need a token")


_VALUE_COLUMNS = ["id", "indicator_id", "indicator__code", "place_id", "place__code", "period", "period_start",
                  "period_end", "modality", "issuer", "value", "unit", "state", "source", "updated_at"]


def _value_row(row: dict) -> dict:
    row["indicator"] = row.pop("indicator__code")
    row["place_code"] = row.pop("place__code")
    row["value"] = float(row["value"])
    return row


class ValuePage(Schema):
    """A page of values. `count` is not given (null): counting millions of rows would cost more than the page;
    follow `next`, which continues after the last id of the page (`after`), until it is null."""

    count: int | None
    limit: int
    offset: int
    next: str | None
    previous: str | None
    results: list[ValueOut]


class ValuePaging(Paging):
    after: int | None = Field(None, ge=0, le=MAX_ID, description="the rows after this id (the `next` link sets it)")


def value_page(request, values, paging: ValuePaging):
    """A page of values, written straight to JSON (orjson): building 1,000 validated objects per page would
    cost more than the database. The response has exactly the ValuePage schema (the schemathesis test holds it)."""
    import orjson
    from django.http import HttpResponse

    if paging.after is not None:
        values = values.filter(id__gt=paging.after)
        window = values[: paging.limit + 1]
    else:
        window = values[paging.offset: paging.offset + paging.limit + 1]
    rows = [_value_row(row) for row in window.values(*_VALUE_COLUMNS)]
    more = len(rows) > paging.limit
    rows = rows[: paging.limit]

    def link(**changes):
        query = request.GET.copy()
        for key, value in changes.items():
            query.pop(key, None)
            if value is not None:
                query[key] = value
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    body = {
        "count": None, "limit": paging.limit, "offset": paging.offset if paging.after is None else 0,
        "next": link(after=rows[-1]["id"], offset=None, limit=paging.limit) if more and rows else None,
        "previous": link(offset=max(0, paging.offset - paging.limit), after=None)
        if paging.after is None and paging.offset > 0 else None,
        "results": rows,
    }
    return HttpResponse(orjson.dumps(body), content_type="application/json")


def visible_values(caller: Caller):
    """Approved values for everyone; with a token, also the values of the places the user works on."""
    if caller.is_public:
        return DataValue.objects.public()
    from chitieu.accounts.scopes import scope_of

    scope = scope_of(caller.user, "clerk")
    if scope.everywhere:
        return DataValue.objects.all()
    return DataValue.objects.filter(Q(state=DataValue.State.APPROVED) | Q(place_id__in=scope.place_ids() or []))


def filtered_values(caller: Caller, filters: ValueFilters, modality: str | None = None):
    if filters.state and filters.state != State.approved and caller.is_public:
        raise TokenRequired("Chỉ số liệu đã duyệt là công khai: xem trạng thái khác cần khóa API.")
    values = visible_values(caller)
    if filters.indicator:
        values = values.filter(indicator_id=filters.indicator)
    if filters.indicator_code:
        values = values.filter(indicator__code=filters.indicator_code)
    place_ids = None
    if filters.place:
        place_ids = [filters.place]
    if filters.place_code:
        codes = list(Place.objects.filter(code=filters.place_code).values_list("id", flat=True))
        place_ids = codes if place_ids is None else [i for i in place_ids if i in codes]
    if place_ids is not None:
        if filters.descendants:
            from chitieu.accounts.scopes import Scope

            place_ids = Scope(place_ids).place_ids()
        values = values.filter(place_id__in=place_ids)
    if filters.period_from:
        values = values.filter(period_start__gte=filters.period_from)
    if filters.period_to:
        values = values.filter(period_end__lte=filters.period_to)
    if filters.period:
        from chitieu.periods import Period

        try:
            values = values.filter(period=str(Period.parse(filters.period)))
        except ValueError as error:
            raise HttpError(422, str(error)) from None
    modality = modality or (filters.modality.value if filters.modality else None)
    if modality:
        values = values.filter(modality=modality)
    if filters.issuer is not None:
        values = values.filter(issuer=filters.issuer)
    if filters.state:
        values = values.filter(state=filters.state.value)
    return values.order_by("id")


@api.get("/values", response={200: ValuePage, **PROBLEM_RESPONSES}, tags=["values"],
         summary="Values (results, estimates, targets, expectations)")
def list_values(request, filters: Query[ValueFilters], paging: Query[ValuePaging]):
    return value_page(request, filtered_values(caller_of(request), filters), paging)


@api.get("/targets", response={200: ValuePage, **PROBLEM_RESPONSES}, tags=["values"],
         summary="Targets (kế hoạch, dự toán) with their issuers")
def list_targets(request, filters: Query[ValueFilters], paging: Query[ValuePaging]):
    return value_page(request, filtered_values(caller_of(request), filters, modality=DataValue.Modality.TARGET), paging)


@api.get("/values/{value_id}", response={200: ValueOut, **PROBLEM_RESPONSES}, tags=["values"])
def get_value(request, value_id: int = Path(..., ge=1, le=MAX_ID)):
    row = visible_values(caller_of(request)).filter(pk=value_id).values(*_VALUE_COLUMNS).first()
    if row is None:
        raise HttpError(404, "Không có số liệu này (hoặc chưa được duyệt).")
    return _value_row(row)


class ValueIn(Schema):
    indicator_code: str = Field(..., max_length=80)
    place_id: int = Field(..., ge=1, le=MAX_ID)
    period: str = Field(..., max_length=40, examples=["2020-01/2020-09"])
    modality: Modality
    value: Decimal = Field(..., max_digits=28, decimal_places=6)
    unit: str | None = Field(None, max_length=40, description="as written (tỷ đồng); default: the canonical unit")
    issuer: str = Field("", max_length=100)
    note: str = Field("", max_length=500)
    submit: bool = Field(False, description="send for approval at once")


class ProposedChangeOut(Schema):
    id: int
    value_id: int
    new_value: float
    old_value: float
    status: str


@api.post("/values", auth=TokenOnly(), response={201: ValueOut, 202: ProposedChangeOut, **PROBLEM_RESPONSES},
          tags=["values"], summary="Enter a value (as a draft, or submitted), through the reporting cycle")
def enter_value(request, data: ValueIn):
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import enter_value as enter

    indicator = Indicator.objects.filter(code=data.indicator_code).first()
    if indicator is None:
        raise HttpError(422, f"không có chỉ tiêu mã “{data.indicator_code}”")
    place = get_object_or_404(Place, pk=data.place_id)
    stored = enter(user=caller_of(request).user, indicator=indicator, place=place, period=data.period,
                   modality=data.modality.value, value=data.value, unit=data.unit, issuer=data.issuer, note=data.note,
                   submit=data.submit, via="api")
    if isinstance(stored, ProposedChange):
        return Status(202, {"id": stored.pk, "value_id": stored.value_id, "new_value": stored.new_value,
                     "old_value": stored.old_value, "status": stored.status})
    return Status(201, _value_row(DataValue.objects.filter(pk=stored.pk).values(*_VALUE_COLUMNS).get()))


class Reason(Schema):
    reason: str = Field("", max_length=1000)


def _step(request, value_id, step, reason):
    from chitieu.workflow import services

    value = get_object_or_404(visible_values(caller_of(request)), pk=value_id)
    getattr(services, step)(user=caller_of(request).user, values=[value], reason=reason, via="api")
    return _value_row(DataValue.objects.filter(pk=value.pk).values(*_VALUE_COLUMNS).get())


@api.post("/values/{value_id}/submit", auth=TokenOnly(), response={200: ValueOut, **PROBLEM_RESPONSES}, tags=["values"])
def submit_value(request, data: Reason, value_id: int = Path(..., ge=1, le=MAX_ID)):
    return _step(request, value_id, "submit", data.reason)


@api.post("/values/{value_id}/approve", auth=TokenOnly(), response={200: ValueOut, **PROBLEM_RESPONSES}, tags=["values"])
def approve_value(request, data: Reason, value_id: int = Path(..., ge=1, le=MAX_ID)):
    return _step(request, value_id, "approve", data.reason)


@api.post("/values/{value_id}/return", auth=TokenOnly(), response={200: ValueOut, **PROBLEM_RESPONSES}, tags=["values"],
          summary="Send a submitted value back to the clerk, with the reason")
def return_value(request, data: Reason, value_id: int = Path(..., ge=1, le=MAX_ID)):
    return _step(request, value_id, "send_back", data.reason)


# ------------------------------------------------------------------------------------------ NTM boards


class CriterionOut(Schema):
    number: int
    name: str
    met: bool | None
    indicators_met: int | None
    indicators_total: int | None


class BoardOut(Schema):
    criteria_set: str
    criteria_set_name: str
    assessed_on: datetime.date | None
    criteria_met: int | None
    criteria_total: int | None
    indicators_met: int | None
    indicators_total: int | None
    reaches_standard: bool | None
    summary: str
    criteria: list[CriterionOut]


@api.get("/places/{place_id}/ntm", response={200: list[BoardOut], **PROBLEM_RESPONSES}, tags=["NTM"],
         summary="The place's New Rural Development boards, one per criteria set it was assessed against")
def ntm_boards(request, place_id: int = Path(..., ge=1, le=MAX_ID), on: datetime.date | None = Query(None)):
    from chitieu.criteria.boards import commune_board, sets_assessed_for

    place = get_object_or_404(Place, pk=place_id)
    boards = []
    for criteria_set in sets_assessed_for(place, on):
        board = commune_board(place, criteria_set, on)
        boards.append({
            "criteria_set": criteria_set.code, "criteria_set_name": str(criteria_set),
            "assessed_on": board.assessment.assessed_on if board.assessment else None,
            "criteria_met": board.criteria_met, "criteria_total": board.criteria_total,
            "indicators_met": board.indicators_met, "indicators_total": board.indicators_total,
            "reaches_standard": board.reaches_standard, "summary": board.summary(),
            "criteria": [{"number": c.number, "name": c.name, "met": c.met, "indicators_met": c.indicators_met,
                          "indicators_total": c.indicators_total} for c in board.criteria],
        })
    return boards


# ------------------------------------------------------------------------------------------ documents and claims


class DocumentOut(Schema):
    id: int
    title: str
    published_on: datetime.date | None
    category: str
    place_id: int | None
    source_url: str
    format: str


class DocumentDetail(DocumentOut):
    text: str
    claim_count: int


class ClaimOut(Schema):
    id: int
    document_id: int
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    of: float | None
    qualifier: str
    measure: str
    basis: str
    modality: str
    subject: str
    period: str | None
    indicator_id: int | None
    place_id: int | None
    link_status: str
    review_state: str
    data_value_id: int | None


_DOCUMENT_FIELDS = list(DocumentOut.model_fields)
_CLAIM_FIELDS = list(ClaimOut.model_fields)


class DocumentFilters(Schema):
    q: str | None = Field(None, max_length=200)
    category: str | None = Field(None, max_length=10)
    place: int | None = Field(None, ge=1, le=MAX_ID)
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


@api.get("/documents", response={200: Page[DocumentOut], **PROBLEM_RESPONSES}, tags=["documents"],
         summary="Documents, searched in their text")
def list_documents(request, filters: Query[DocumentFilters], paging: Query[Paging]):
    from chitieu.documents.models import Document
    from chitieu.documents.search import search_documents

    if filters.q:
        place = Place.objects.filter(pk=filters.place).first() if filters.place else None
        found = search_documents(filters.q, category=filters.category, date_from=filters.date_from,
                                 date_to=filters.date_to, place=place, limit=paging.limit, offset=paging.offset)
        page = paginate(request, Document.objects.none(), paging)
        page.update(count=found.total, count_is_lower_bound=found.total_is_lower_bound,
                    results=[{f: getattr(d, f) for f in _DOCUMENT_FIELDS} for d in found.documents])
        if paging.offset + paging.limit < found.total:
            query = request.GET.copy()
            query["offset"] = paging.offset + paging.limit
            page["next"] = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        return page
    documents = Document.objects.all()
    if filters.category:
        documents = documents.filter(category=filters.category)
    if filters.place:
        documents = documents.filter(place_id=filters.place)
    if filters.date_from:
        documents = documents.filter(published_on__gte=filters.date_from)
    if filters.date_to:
        documents = documents.filter(published_on__lte=filters.date_to)
    return paginate(request, documents.order_by("id").values(*_DOCUMENT_FIELDS), paging)


@api.get("/documents/{document_id}", response={200: DocumentDetail, **PROBLEM_RESPONSES}, tags=["documents"])
def get_document(request, document_id: int = Path(..., ge=1, le=MAX_ID)):
    from chitieu.documents.models import Document

    document = get_object_or_404(Document, pk=document_id)
    return {**{f: getattr(document, f) for f in _DOCUMENT_FIELDS}, "text": document.text,
            "claim_count": document.claims.count()}


class ClaimFilters(Schema):
    document: int | None = Field(None, ge=1, le=MAX_ID)
    indicator: int | None = Field(None, ge=1, le=MAX_ID)
    place: int | None = Field(None, ge=1, le=MAX_ID)
    review_state: str | None = Field(None, max_length=10)
    link_status: str | None = Field(None, max_length=10)


@api.get("/claims", response={200: Page[ClaimOut], **PROBLEM_RESPONSES}, tags=["documents"],
         summary="Claims: the figures the extractor found in the documents, with their review state")
def list_claims(request, filters: Query[ClaimFilters], paging: Query[Paging]):
    from chitieu.documents.models import Claim

    claims = Claim.objects.all()
    for name in ("document", "indicator", "place"):
        if getattr(filters, name):
            claims = claims.filter(**{f"{name}_id": getattr(filters, name)})
    if filters.review_state:
        claims = claims.filter(review_state=filters.review_state)
    if filters.link_status:
        claims = claims.filter(link_status=filters.link_status)
    return paginate(request, claims.order_by("id").values(*_CLAIM_FIELDS), paging)


# ------------------------------------------------------------------------------------------ search and self


class SearchOut(Schema):
    places: list[PlaceOut]
    indicators: list[IndicatorOut]
    documents: list[DocumentOut]


@api.get("/search", response={200: SearchOut, **PROBLEM_RESPONSES}, tags=["search"],
         summary="Places, indicators and documents matching a query (10 of each at most)")
def search(request, q: str = Query(..., min_length=1, max_length=200)):
    from chitieu.documents.search import search_documents
    from chitieu.places.lookup import find_places
    from chitieu.text import fold

    places = find_places(q)[:10] if len(q) <= 100 else []
    folded = fold(q)
    indicators = Indicator.objects.filter(Q(code__icontains=q) | Q(phrases__phrase_folded__contains=folded)) \
        .distinct().order_by("id").values(*_INDICATOR_FIELDS)[:10]
    documents = search_documents(q, limit=10).documents
    return {
        "places": [{f: getattr(p, f) for f in _PLACE_FIELDS} for p in places],
        "indicators": list(indicators),
        "documents": [{f: getattr(d, f) for f in _DOCUMENT_FIELDS} for d in documents],
    }


class RoleOut(Schema):
    role: str
    place_id: int | None


class MeOut(Schema):
    username: str
    is_admin: bool
    roles: list[RoleOut]


@api.get("/me", auth=TokenOnly(), response={200: MeOut, **PROBLEM_RESPONSES}, tags=["tokens"],
         summary="Whose token this is, and the roles it acts with")
def me(request):
    user = caller_of(request).user
    return {"username": user.get_username(), "is_admin": user.is_superuser,
            "roles": list(user.place_roles.order_by("id").values("role", "place_id"))}


__all__ = ["api", "Problem"]
