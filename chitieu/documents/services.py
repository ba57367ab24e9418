"""Every write of the documents app: ingesting files, and the review decisions that turn claims into values."""

import datetime
import hashlib
import math
import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, models, transaction
from django.db.models.functions import Abs, Cast
from django.utils.translation import gettext as _

from chitieu.core.db import lock_rows, retry_on_deadlock
from chitieu.core.fields import fit_to_fields
from chitieu.core.limits import limit
from chitieu.documents.mapping import Mapper, apply_link
from chitieu.documents.models import ArithmeticFlag, Claim, Document, ReviewDecision
from chitieu.documents.readers import UnreadableDocument, read_bytes

# -------------------------------------------------------------------------------------------- ingest


@dataclass
class IngestResult:
    name: str
    status: str  # "created", "unchanged" (already stored) or "error"
    document: Document | None = None
    claims: int = 0
    flags: int = 0
    error: str = ""
    # What had to give for the file to be stored: a field cut or left out, claims not extracted.
    notes: list = field(default_factory=list)

    def __str__(self):
        if self.status == "error":
            return f"✗ {self.name}: {self.error}"
        if self.status == "unchanged":
            return _("= %(name)s: đã có (văn bản #%(id)s)") % {"name": self.name, "id": self.document.pk}
        text = _("+ %(name)s: văn bản #%(id)s, %(claims)d số liệu, %(flags)d cảnh báo") % {
            "name": self.name, "id": self.document.pk, "claims": self.claims, "flags": self.flags,
        }
        return text + "".join(f" · {note}" for note in self.notes)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_place_option(place, on=None):
    """A Place, or a name that must name exactly one unit (existing on `on`, when given): PlaceNotFound or
    AmbiguousPlace otherwise — `Ba Chẽ` is the district until 2025 and a commune after, `huyện Ba Chẽ` is one."""
    from chitieu.places.lookup import resolve_place
    from chitieu.places.models import Place

    if place is None or isinstance(place, Place):
        return place
    return resolve_place(place, on=on)


@dataclass
class Prepared:
    """One document made ready to store — read, extracted, linked, fitted to its columns — without a write:
    `chitieu.documents.batch` makes these in worker processes and the one writing process only inserts them."""

    name: str
    data: bytes
    document: Document  # unsaved, its search text filled, its relations given as ids only
    claims: list  # rows of CLAIM_COLUMNS, in the extractor's order
    flags: list  # (kind, message, expected, found, indices of its claims)
    stored_name: str
    notes: list


# A claim's columns as a prepared document carries them (its id and its document's are given on insert).
CLAIM_COLUMNS = tuple(f.attname for f in Claim._meta.concrete_fields if f.attname not in ("id", "document_id"))
DOCUMENT_COLUMNS = tuple(f.attname for f in Document._meta.concrete_fields)


class Ingestor:
    """Ingests one batch: keeps the catalogue, the place lookups and the extractor loaded between documents.
    `user`: who ingests (a user, or a user's id)."""

    def __init__(self, *, category=None, place=None, date=None, user=None, source_url=""):
        self.category = category or Document.Category.NEWS
        self.place = resolve_place_option(place, on=date)
        self.date = date
        self.user_id = getattr(user, "pk", user)
        self.source_url = source_url
        self.mapper = Mapper()

    def ingest_file(self, path, **overrides) -> IngestResult:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > limit("upload_bytes"):  # refused before it is read into memory
                return IngestResult(str(path), "error", error=_("tệp %(size)s byte, quá giới hạn %(limit)s byte") % {
                    "size": f"{size:,}".replace(",", "."), "limit": f"{limit('upload_bytes'):,}".replace(",", ".")})
            data = path.read_bytes()
        except OSError as error:
            return IngestResult(str(path), "error", error=error.strerror or str(error))
        return self.ingest_bytes(str(path), data, **overrides)

    def ingest_bytes(self, name, data: bytes, **options) -> IngestResult:
        """Prepare (see `prepare`) and store one file's bytes."""
        prepared = self.prepare(name, data, **options)
        return prepared if isinstance(prepared, IngestResult) else self.store([prepared])[0]

    def prepare(self, name, data: bytes, *, date=None, title=None, source_url=None, category=None, place=None,
                read=None, extraction=None):
        """Everything an ingest decides before it writes: a Prepared, or the IngestResult of a file with
        nothing to store (unreadable, its text already stored, the extractor failed on it). Reads the
        database (the text's hash, places), writes nothing. `read` and `extraction`, when given, are what
        `read_bytes` and the extractor made of `data` elsewhere, with the same date and place."""
        try:
            read = read or read_bytes(Path(name).name, data)
        except UnreadableDocument as error:
            return IngestResult(name, "error", error=error.reason)
        text = read.text
        digest = content_hash(text)
        existing = Document.objects.filter(content_hash=digest).only("id", "title", "content_hash").first()
        if existing is not None:
            return IngestResult(name, "unchanged", existing)

        from chitieu.extract import analyse

        given_place = resolve_place_option(place, on=date or self.date) or self.place
        given_date = date or self.date
        try:
            extraction = extraction or analyse(text, date=given_date, place=given_place.name if given_place else None)
        except Exception as error:  # one document the extractor trips on must not stop the batch
            return IngestResult(name, "error", error=_("lỗi khi trích xuất số liệu: %r") % error)
        if extraction.text != text:  # offsets count in the extractor's text: keep that one
            text = extraction.text
        published_on = given_date or _as_date(extraction.date) or read.date
        document_place = given_place or self._document_place(extraction.place, published_on, extraction.place_level)

        document = Document(
            title=(title or read.title or text.split("\n", 1)[0])[:500],
            text=text,
            source_url=(source_url if source_url is not None else self.source_url) or read.url or "",
            published_on=published_on,
            category=category or self.category,
            place_id=document_place.pk if document_place else None,
            content_hash=digest,
            format=read.format,
            original_name=Path(name).name[:255],
            ingested_by_id=self.user_id,
        )
        if document.source_url and not is_web_address(document.source_url):
            # A page's og:url of `javascript:…` would become a link that runs it: only web addresses are kept.
            document.source_url = ""
        notes = fit_to_fields(document)
        document.fill_search_text()
        found_claims = list(extraction.claims)
        too_many = len(found_claims) > limit("document_claims")
        document.claims_found = len(found_claims)
        if too_many:
            # Stored, searchable and readable; its claims wait until someone splits it (the reviewers are told).
            document.extraction = Document.Extraction.TOO_LARGE
            notes.append(_("%(found)d số liệu, quá giới hạn %(limit)d: văn bản được lưu nhưng chưa trích xuất số liệu") % {
                "found": len(found_claims), "limit": limit("document_claims")})
        stored_name = f"{digest[:2]}/{digest[:24]}{Path(name).suffix.lower()[:8] or '.' + read.format}"
        claims = [] if too_many else self._claim_rows(document, document_place, found_claims)
        flags = [] if too_many else [
            ((flag.kind or "")[:40], flag.message or "", _number_or_none(getattr(flag, "expected", None)),
             _number_or_none(getattr(flag, "found", None)), sorted(set(flag.claims or [])))
            for flag in extraction.flags or []
        ]
        return Prepared(name, data, document, claims, flags, stored_name, notes)

    def store(self, batch) -> list:
        """Write prepared documents — their files, then their rows in a few inserts (COPY on PostgreSQL) in one
        transaction — and return their IngestResults in order. A text stored before, or earlier in the batch,
        is `unchanged`. When the database refuses the batch, each document is written alone, so a document
        it refuses spoils only itself."""
        hashes = {prepared.document.content_hash for prepared in batch}
        known = {d.content_hash: d for d in Document.objects.filter(content_hash__in=hashes).only("id", "title", "content_hash")}
        results, new = [None] * len(batch), []
        for position, prepared in enumerate(batch):
            earlier = known.get(prepared.document.content_hash)
            if earlier is not None:
                results[position] = IngestResult(prepared.name, "unchanged", earlier)
            else:
                known[prepared.document.content_hash] = prepared.document
                new.append((position, prepared))
        if not new:
            return results
        try:
            with transaction.atomic():
                self._write([prepared for _position, prepared in new])
        except DatabaseError as error:
            if len(new) > 1:
                for position, prepared in new:
                    results[position] = self.store([prepared])[0]
                return results
            position, prepared = new[0]
            existing = Document.objects.filter(content_hash=prepared.document.content_hash).first()
            if isinstance(error, IntegrityError) and existing is not None:  # another process stored the same text meanwhile
                results[position] = IngestResult(prepared.name, "unchanged", existing)
            else:  # a value the database refuses spoils this file only: the batch goes on with the next one
                results[position] = self._database_refused(prepared.name, error)
            return results
        for position, prepared in new:
            results[position] = IngestResult(prepared.name, "created", prepared.document, claims=len(prepared.claims),
                                             flags=len(prepared.flags), notes=prepared.notes)
        return results

    def _write(self, batch):
        from django.utils import timezone

        from chitieu.core.db import insert_rows, reserve_ids

        documents = [prepared.document for prepared in batch]
        saved = []
        try:
            for prepared in batch:
                prepared.document.file.save(prepared.stored_name, ContentFile(prepared.data), save=False)
                saved.append(prepared.document)
            now = timezone.now()
            for document, pk in zip(documents, reserve_ids(Document, len(documents))):
                document.pk, document.ingested_at = pk, now
            insert_rows(Document, DOCUMENT_COLUMNS, ([getattr(d, name) for name in DOCUMENT_COLUMNS] for d in documents))
            claim_ids = iter(reserve_ids(Claim, sum(len(prepared.claims) for prepared in batch)))
            rows, flags = [], []
            for prepared in batch:
                ids = [next(claim_ids) for _claim in prepared.claims]
                rows.extend((pk, prepared.document.pk, *row) for pk, row in zip(ids, prepared.claims))
                flags.extend((ArithmeticFlag(document_id=prepared.document.pk, kind=kind, message=message,
                                             expected=expected, found=found), [ids[i] for i in indices if 0 <= i < len(ids)])
                             for kind, message, expected, found, indices in prepared.flags)
            insert_rows(Claim, ("id", "document_id", *CLAIM_COLUMNS), rows)
            if flags:
                ArithmeticFlag.objects.bulk_create([flag for flag, _claims in flags])
                ArithmeticFlag.claims.through.objects.bulk_create(
                    ArithmeticFlag.claims.through(arithmeticflag_id=flag.pk, claim_id=claim_id)
                    for flag, claim_ids_of_flag in flags for claim_id in claim_ids_of_flag)
        except Exception:
            for document in saved:
                document.file.delete(save=False)
            for document in documents:
                document.pk = None
            raise
        _documents_changed()

    def _database_refused(self, name, error):
        logging.getLogger("chitieu.documents").warning("ingest of %s refused by the database: %s", name, error)
        return IngestResult(name, "error", error=_("cơ sở dữ liệu không nhận văn bản này (%s)") % str(error).strip()[:300])

    def _document_place(self, name, on, level=None):
        if not name or isinstance(name, list) and len(name) != 1:
            return None
        place, _reason = self.mapper.place_for(name, None, on, level)
        return place

    def _claim_rows(self, document, document_place, extracted):
        """The claims as rows of CLAIM_COLUMNS, each linked to its indicator, place and period."""
        rows = []
        for item in extracted:
            claim = Claim(
                start=item.start,
                end=item.end,
                text=(item.text or document.text[item.start:item.end])[:200],
                value=float(item.value),
                value_max=_number_or_none(getattr(item, "value_max", None)),
                unit=(item.unit or "")[:40],
                of=_number_or_none(getattr(item, "of", None)),
                qualifier=getattr(item, "qualifier", None) or "",
                measure=item.measure or "level",
                basis=getattr(item, "basis", None) or "",
                modality=item.modality or "actual",
                subject=(item.subject or "")[:500],
                place_text=item.place or None,
                place_level=getattr(item, "place_level", None) or "",
                period_text=(item.period or "")[:40],
                confidence=_confidence(getattr(item, "confidence", None)),
            )
            apply_link(claim, self.mapper.link(claim, document_place, document.published_on))
            fit_to_fields(claim)
            rows.append(tuple(getattr(claim, name) for name in CLAIM_COLUMNS))
        return rows


def _documents_changed():
    """Rows inserted without save() send no signal: the cache of public pages is told once per batch."""
    from chitieu.pagecache.services import public_data_changed

    public_data_changed()


def _as_date(value):
    if value is None or isinstance(value, datetime.date):
        return value.date() if isinstance(value, datetime.datetime) else value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def is_web_address(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _confidence(value):
    """The extractor's confidence as a number from 0 to 1, or None where it gave none (or nonsense)."""
    number = _number_or_none(value)
    return None if number is None else min(1.0, max(0.0, number))


def _number_or_none(value):
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def ingest_file(path, *, category=None, place=None, date=None, user=None, source_url="", title=None) -> IngestResult:
    """Read, store, extract and link one file. A file already stored (same text) is left as it is."""
    return Ingestor(category=category, place=place, date=date, user=user).ingest_file(
        path, title=title, source_url=source_url or None
    )


def expand_paths(paths):
    """Files named and the files of folders named (recursively, sorted); hidden files are skipped."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def ingest_paths(paths, *, category=None, place=None, date=None, user=None, progress=None, sources=None):
    """Ingest files and folders. `progress(done, total, result)` is called after each file. `sources` maps a
    file's stem to its (source url, publication date) — see `read_sources`; `date` wins over the latter."""
    files = list(expand_paths(paths))
    ingestor = Ingestor(category=category, place=place, date=date, user=user)
    results = []
    for done, path in enumerate(files, 1):
        url, own_date = (sources or {}).get(path.stem, ("", None))
        if path.exists():
            result = ingestor.ingest_file(path, date=date or own_date, source_url=url or None)
        else:
            result = IngestResult(str(path), "error", error=_("không có tệp hoặc thư mục này"))
        results.append(result)
        if progress:
            progress(done, len(files), result)
    return results


def read_sources(path):
    """{file stem: (source url, date or None)} from a tab-separated list: id, source, date (YYYY-MM-DD; a
    partial or empty date is left to the document's own dateline)."""
    import csv

    sources = {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            doc_id, source, day = (row + ["", "", ""])[:3]
            try:
                date = datetime.date.fromisoformat(day.strip())
            except ValueError:
                date = None
            sources[doc_id.strip()] = (source.strip() if source.strip().startswith("http") else "", date)
    return sources

# -------------------------------------------------------------------------------------------- review


MODALITIES = ("actual", "estimate", "target", "expected")


class ReviewError(Exception):
    pass


class ConflictError(ReviewError):
    def __init__(self, claim_value, existing):
        self.existing = existing
        super().__init__(
            _("Đã có số liệu khác cho cùng chỉ tiêu, địa bàn, kỳ và loại: %(existing)s (nguồn: %(source)s), "
              "nhận định ghi %(value)s. Chọn “thay thế” để ghi đè.")
            % {"existing": format_number(existing.value), "source": existing.get_source_display(), "value": format_number(claim_value)}
        )


def format_number(value):
    """Vietnamese style: 29.500.000.000 and 82,2."""
    number = float(value)
    text = f"{number:,.0f}" if number == int(number) else f"{number:,.4f}".rstrip("0")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def values_agree(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def stored_value_for(claim):
    """The value already stored under the claim's key (indicator, place, period, modality, issuer), if any."""
    if claim.indicator_id is None or claim.place_id is None or not claim.period:
        return None
    from chitieu.indicators.services import find_value

    return find_value(claim.indicator, claim.place, claim.period, claim.modality, claim.issuer or "")


def conflicting_value(claim):
    """A stored value for the claim's key that says something else than the claim (and did not come from it)."""
    existing = stored_value_for(claim)
    if existing is None or existing.pk == claim.data_value_id or values_agree(existing.value, claim.value):
        return None
    return existing


def snapshot(claim) -> dict:
    return {
        "indicator": claim.indicator.code if claim.indicator_id else None,
        "place": claim.place_id,
        "place_name": str(claim.place) if claim.place_id else None,
        "period": claim.period,
        "value": claim.value,
        "unit": claim.unit,
        "modality": claim.modality,
        "issuer": claim.issuer,
        "review_state": claim.review_state,
        "data_value": claim.data_value_id,
    }


def provenance(claim) -> dict:
    before, quote, after = claim.sentence()
    return {
        "document": claim.document_id,
        "claim": claim.pk,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.text,
        "sentence": f"{before}{quote}{after}",
        "title": claim.document.title,
        "url": claim.source_url,
    }


def _locked(claim):
    """The claim, locked until the end of the transaction. Locks are always taken in one order — the claim,
    then the indicator of the key it is stored under (`_lock_key`), then the value row — so two reviewers
    of the same claim or of the same key wait for each other instead of deadlocking, and the second one
    sees what the first stored (a conflict, or the same figure), as if they had acted one after the other."""
    return Claim.objects.select_for_update(of=("self",)).select_related("document", "indicator", "place").get(pk=claim.pk)


def _lock_key(indicator_id):
    """Serialise the writers of one indicator's values: a key that holds no value yet has no row to lock,
    so its indicator's row stands for it (PostgreSQL; on SQLite, IMMEDIATE transactions admit one writer)."""
    from chitieu.indicators.models import Indicator

    lock_rows(Indicator, [indicator_id])


def _same_key_written_meanwhile(error):
    """Another writer inserted the value of this key between our look and our insert (one_value_per_key):
    running the review again sees it and answers as for any stored value."""
    text = str(error)
    return isinstance(error, IntegrityError) and (
        "one_value_per_key" in text or "UNIQUE constraint failed: indicators_datavalue" in text)


def _reviewed(function):
    """Run a review decision again when the database chose it as a deadlock's victim, or another writer
    stored the same key at the same moment (each attempt is a whole transaction, rolled back on failure)."""
    retried = retry_on_deadlock(function)

    def wrapper(*args, **kwargs):
        for attempt in range(3):
            try:
                return retried(*args, **kwargs)
            except IntegrityError as error:
                if attempt == 2 or not _same_key_written_meanwhile(error):
                    raise
        raise AssertionError("unreachable")

    wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ = function.__name__, function.__doc__, function
    return wrapper


def _record(claim, user, replace):
    """Store the claim as a value, unless another value stands in the way (ConflictError) or says the same."""
    if claim.indicator_id is None or claim.place_id is None or not claim.period:
        raise ReviewError(
            _("Chưa gắn được chỉ tiêu, địa bàn và kỳ: hãy sửa trước khi chấp nhận. %s") % claim.link_problems
        )
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import enter_value

    existing = stored_value_for(claim)
    if existing is not None and existing.pk != claim.data_value_id:
        if values_agree(existing.value, claim.value) and not replace:
            return existing, False  # the same figure is already stored: corroborated, nothing rewritten
        if not replace:
            raise ConflictError(claim.value, existing)
    # Through the reporting cycle: the reviewed figure goes to approval (submitted); over an approved or
    # reviewed value it waits beside it as a proposed change instead of replacing it.
    value = enter_value(
        user=user, indicator=claim.indicator, place=claim.place, period=claim.period, modality=claim.modality,
        value=claim.value, unit=claim.unit or None, issuer=claim.issuer or "", source="claim",
        source_detail=provenance(claim), via=f"claim:{claim.pk}", submit=True,
        reason=_("Chấp nhận nhận định từ văn bản “%s”") % claim.document.title[:200],
    )
    if isinstance(value, ProposedChange):
        return None, False
    return value, existing is not None and existing.pk != claim.data_value_id


def _check_open(claim):
    if claim.review_state in (Claim.Review.ACCEPTED, Claim.Review.CORRECTED):
        raise ReviewError(_("Nhận định này đã được chấp nhận."))


@_reviewed
def accept_claim(claim, *, user, replace=False, reason="") -> "DataValue":  # noqa: F821
    """The claim becomes a value (provenance: the claim, its document and span). A different value already
    stored under the same key is only replaced with `replace=True`."""
    with transaction.atomic():
        claim = _locked(claim)
        _check_open(claim)
        _lock_key(claim.indicator_id)
        before = snapshot(claim)
        value, replaced = _record(claim, user, replace)
        claim.data_value = value
        claim.review_state = Claim.Review.ACCEPTED
        claim.save(update_fields=["data_value", "review_state"])
        ReviewDecision.objects.create(
            claim=claim, user=user, action=ReviewDecision.Action.ACCEPT, reason=reason, replaced_value=replaced,
            before=before, after=snapshot(claim),
        )
    return value


@_reviewed
def correct_claim(claim, *, user, indicator=None, place=None, period=None, value=None, modality=None,
                  issuer=None, reason="", replace=False):
    """Correct what the extractor or the mapping got wrong, then accept the corrected claim."""
    from chitieu.documents.mapping import parse_period

    with transaction.atomic():
        claim = _locked(claim)
        _check_open(claim)
        before = snapshot(claim)
        if indicator is not None:
            claim.indicator = indicator
        if place is not None:
            claim.place = place
        if period is not None:
            parsed = parse_period(period)
            if parsed is None:
                raise ReviewError(_("Kỳ “%s” không hợp lệ (ví dụ: 2020, 2020-11, 2020-01/2020-09)") % period)
            claim.period = str(parsed)
        if value is not None:
            claim.value = float(value)
        if modality is not None:
            if modality not in MODALITIES:
                raise ReviewError(_("Loại số liệu “%s” không hợp lệ") % modality)
            claim.modality = modality
        if issuer is not None:
            claim.issuer = issuer.strip()
        claim.link_status = Claim.Link.LINKED if claim.indicator_id and claim.place_id and claim.period else Claim.Link.UNLINKED
        if claim.link_status == Claim.Link.LINKED:
            claim.link_problems = ""
        _lock_key(claim.indicator_id)
        stored, replaced = _record(claim, user, replace)
        claim.data_value = stored
        claim.review_state = Claim.Review.CORRECTED
        claim.save()
        ReviewDecision.objects.create(
            claim=claim, user=user, action=ReviewDecision.Action.CORRECT, reason=reason, replaced_value=replaced,
            before=before, after=snapshot(claim),
        )
    return stored


@_reviewed
def reject_claim(claim, *, user, reason):
    """Not a figure to keep (misread, not about this place, a duplicate…): the reason is required."""
    if not (reason or "").strip():
        raise ReviewError(_("Hãy ghi lý do loại nhận định."))
    with transaction.atomic():
        claim = _locked(claim)
        _check_open(claim)
        before = snapshot(claim)
        claim.review_state = Claim.Review.REJECTED
        claim.save(update_fields=["review_state"])
        ReviewDecision.objects.create(
            claim=claim, user=user, action=ReviewDecision.Action.REJECT, reason=reason.strip(), before=before,
            after=snapshot(claim),
        )
    return claim


# -------------------------------------------------------------------------------------------- queue


def with_stored_values(claims):
    """Annotate each claim with the value stored under its key (`stored_value_id`, `stored_value`) and
    `in_conflict`: that value differs from the claim's and is not the claim's own."""
    from chitieu.indicators.models import DataValue

    same_key = DataValue.objects.filter(
        indicator_id=models.OuterRef("indicator_id"), place_id=models.OuterRef("place_id"),
        period=models.OuterRef("period"), modality=models.OuterRef("modality"), issuer=models.OuterRef("issuer"),
    )
    claims = claims.annotate(
        stored_value_id=models.Subquery(same_key.values("pk")[:1]),
        stored_value=models.Subquery(same_key.values("value")[:1]),
    ).annotate(gap=Abs(Cast(models.F("stored_value"), models.FloatField()) - models.F("value")))
    differs = (
        models.Q(stored_value_id__isnull=False)
        & (models.Q(data_value_id__isnull=True) | ~models.Q(data_value_id=models.F("stored_value_id")))
        & models.Q(gap__gt=Abs(models.F("value")) * 1e-6 + 1e-9)
    )
    return claims.annotate(in_conflict=models.ExpressionWrapper(differs, output_field=models.BooleanField()))


def attach_documents(claims):
    """Give each claim of a (short) list its document, read once per document. Returns the list."""
    claims = list(claims)
    documents = Document.objects.defer("search_text").in_bulk({claim.document_id for claim in claims})
    for claim in claims:
        claim.document = documents[claim.document_id]
    return claims


QUEUE_ORDERS = {
    None: ("document_id", "start", "pk"),
    # Claims the extractor gave no confidence come last either way.
    "confidence": (models.F("confidence").asc(nulls_last=True), "document_id", "start", "pk"),
    "-confidence": (models.F("confidence").desc(nulls_last=True), "document_id", "start", "pk"),
}


def review_queue(*, document=None, state=None, linked=None, flagged=None, conflict=None, confidence_min=None,
                 confidence_max=None, order=None, with_values=True):
    """Claims for the review screen, filtered; unset filters keep everything. `confidence_min`/`_max` (0–1)
    keep the claims whose extractor's confidence lies between them; `order` is None (document order),
    "confidence" (least sure first) or "-confidence". `with_values=False` leaves out the stored values
    (see `with_stored_values`) unless the conflict filter needs them: a page of a long queue is chosen on
    that light query, then `page_of_claims` annotates that page only."""
    # The documents are attached once per page (attach_documents), not joined to every row: a long
    # document's text would otherwise be read once for each of its claims listed.
    claims = Claim.objects.select_related("indicator", "place", "data_value")
    if document:
        claims = claims.filter(document=document)
    if state:
        claims = claims.filter(review_state=state)
    if linked is not None:
        claims = claims.filter(link_status=Claim.Link.LINKED if linked else Claim.Link.UNLINKED)
    if flagged is not None:
        flagged_ids = ArithmeticFlag.claims.through.objects.values("claim_id")
        claims = claims.filter(pk__in=flagged_ids) if flagged else claims.exclude(pk__in=flagged_ids)
    if confidence_min is not None:
        claims = claims.filter(confidence__gte=confidence_min)
    if confidence_max is not None:
        claims = claims.filter(confidence__lte=confidence_max)
    if with_values or conflict is not None:
        claims = with_stored_values(claims)
    if conflict is not None:
        claims = claims.filter(in_conflict=bool(conflict))
    return claims.order_by(*QUEUE_ORDERS.get(order, QUEUE_ORDERS[None]))


def page_of_claims(ids):
    """The claims of one page of the queue (ids in their order), with their stored values, flags and
    documents: the stored-value subqueries run for these rows only, not for every row skipped before them."""
    ids = list(ids)
    rows = with_stored_values(Claim.objects.filter(pk__in=ids).select_related("indicator", "place", "data_value"))
    by_id = {claim.pk: claim for claim in rows.prefetch_related("flags")}
    return attach_documents(by_id[pk] for pk in ids if pk in by_id)
