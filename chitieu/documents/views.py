from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.core.limits import limit
from chitieu.documents import services
from chitieu.documents.forms import AcceptForm, CorrectForm, RejectForm, ReviewFilterForm, SearchForm, UploadForm
from chitieu.documents.models import Claim, Document
from chitieu.documents.search import search_documents, snippet

PAGE_SIZE = 20
QUEUE_PAGE_SIZE = 50
# A document's page shows its text a slice at a time (models.text_pages), with the claims of that slice: a
# report of a million characters and a hundred thousand claims answers as fast as a news article.
CLAIM_CARDS_PER_PAGE = 150


def _page_number(request):
    """The ?page= of the request; chitieu.core.guard has already refused a malformed or overflowing one."""
    value = request.GET.get("page") or "1"
    return max(1, int(value)) if value.isdigit() else 1


def document_list(request):
    form = SearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = _page_number(request)
    results = search_documents(
        filters.get("q", ""), category=filters.get("category") or None, date_from=filters.get("date_from"),
        date_to=filters.get("date_to"), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
    )
    rows = [(document, snippet(document.text, results.terms) if results.terms else None) for document in results.documents]
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "documents/document_list.html", {
        "form": form, "rows": rows, "total": results.total, "total_is_lower_bound": results.total_is_lower_bound,
        "page": page,
        "has_next": page * PAGE_SIZE < results.total, "has_previous": page > 1, "query": query.urlencode(),
        "can_upload": request.user.has_perm("documents.add_document"),
    })


def highlighted_text(document, claims, start=0):
    """The document's text from `start` with each claim's span in a <mark> (anchor #claim-<id>) that links
    to its card."""
    parts, position = [], start
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        if claim.start < position or claim.end > len(document.text):
            continue  # overlapping spans: the claim is still listed beside the text
        parts.append(format_html("{}", document.text[position:claim.start]))
        classes = f"claim {claim.review_state} {claim.link_status}" + (" flagged" if claim.flag_count else "")
        parts.append(format_html(
            '<mark class="{}" id="claim-{}" title="{}"><a href="#card-{}">{}</a></mark>',
            classes, claim.pk, f"{claim.subject} · {claim.get_review_state_display()}", claim.pk,
            document.text[claim.start:claim.end],
        ))
        position = claim.end
    parts.append(format_html("{}", document.text[position:]))
    return mark_safe("".join(parts))


def document_detail(request, pk):
    from django.db.models import Count
    from django.http import Http404

    document = get_object_or_404(Document.objects.select_related("place").defer("search_text"), pk=pk)
    pages = document.text_pages()
    page = _page_number(request)
    if page > len(pages):
        raise Http404("no such page of the document")
    start, end = pages[page - 1]
    in_slice = document.claims.filter(start__gte=start, start__lt=end)
    claims = list(
        in_slice.select_related("indicator", "place", "data_value").annotate(flag_count=Count("flags"))
        .order_by("start", "pk")[:CLAIM_CARDS_PER_PAGE]
    )
    flags = document.flags.filter(claims__in=[c.pk for c in claims]).distinct().prefetch_related("claims")[:100]
    slice_text = Document(pk=document.pk, text=document.text[:end])  # offsets stay the document's own
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "documents/document_detail.html", {
        "document": document, "claims": claims, "flags": flags,
        "text": highlighted_text(slice_text, claims, start=start),
        "can_review": request.user.has_perm("documents.review_claim"),
        "claim_total": document.claims.count(), "claims_in_slice": in_slice.count(),
        "page": page, "page_count": len(pages), "query": query.urlencode(),
        "cards_cut": len(claims) == CLAIM_CARDS_PER_PAGE,
    })


@login_required
@permission_required("documents.add_document", raise_exception=True)
@require_http_methods(["GET", "POST"])
def upload(request):
    """Staff ingest files from the browser, as `chitieu ingest` does from the command line."""
    form = UploadForm(request.POST or None, request.FILES or None)
    results = []
    job = _ingest_job_shown(request)
    if request.method == "POST" and form.is_valid() and len(form.cleaned_data["files"]) > 1:
        job = _start_ingest_job(request, form.cleaned_data)  # several files: a background job, followed here
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ingestor = services.Ingestor(category=data["category"], place=data["place"], date=data["date"], user=request.user)
        for upload in data["files"]:
            if upload.size > limit("upload_bytes"):  # refused before it is read into memory
                results.append(services.IngestResult(upload.name, "error", error=_(
                    "tệp %(size)s byte, quá giới hạn %(limit)s byte") % {"size": f"{upload.size:,}".replace(",", "."),
                                                                       "limit": f"{limit('upload_bytes'):,}".replace(",", ".")}))
                continue
            results.append(ingestor.ingest_bytes(upload.name, upload.read(), source_url=data["source_url"] or None))
        created = [r for r in results if r.status == "created"]
        if len(created) == 1 and len(results) == 1:
            messages.success(request, str(created[0]))
            return redirect(created[0].document)
    return render(request, "documents/upload.html", {"form": form, "results": results, "job": job})


def _start_ingest_job(request, data):
    """The files are kept under DATA_DIR/uploads and ingested by a job (chitieu.jobs) that removes them after."""
    from django.urls import reverse

    from chitieu.jobs.services import enqueue
    from chitieu.jobs.uploads import keep_uploads

    folder = keep_uploads(data["files"])
    job = enqueue(
        "documents.ingest", user=request.user, label=_("Nạp %d tệp") % len(data["files"]),
        paths=[str(folder)], category=data["category"], place=data["place"].pk if data["place"] else None,
        date=data["date"].isoformat() if data["date"] else None, source_url=data["source_url"] or "",
        delete_after=True, return_url=reverse("documents:upload") + "?job={job}",
    )
    return job


def _ingest_job_shown(request):
    """The job named by ?job= (the page that started it shows its progress), if the user may see it."""
    from chitieu.jobs.services import jobs_visible_to

    job_id = request.GET.get("job") or ""
    return jobs_visible_to(request.user).filter(pk=job_id).first() if job_id.isdigit() else None


def document_file(request, pk):
    """The original file as it was ingested, under its own name."""
    from django.http import FileResponse, Http404

    document = get_object_or_404(Document, pk=pk)
    if not document.file:
        raise Http404
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=document.original_name or document.file.name.rsplit("/", 1)[-1])


def claims_in_scope(user, claims):
    """The claims a reviewer may see: about a place they hold the role at, or (not linked to a place yet) in a
    document about such a place (issue 16: staff act on their places only)."""
    from django.db.models import Q

    from chitieu.accounts.scopes import scope_of

    scope = scope_of(user, "reviewer")
    if scope.everywhere:
        return claims
    ids = scope.place_ids()
    return claims.filter(Q(place_id__in=ids) | Q(place__isnull=True, document__place_id__in=ids))


@login_required
@permission_required("documents.review_claim", raise_exception=True)
def review_queue(request):
    form = ReviewFilterForm(request.GET or None)
    filters = form.filters() if form.is_valid() else {}
    if not request.GET:
        filters = {"state": Claim.Review.PENDING}
        form = ReviewFilterForm(initial={"state": Claim.Review.PENDING})
    # The page is chosen on the light query (ids); only its 50 claims get their stored values and documents.
    claims = claims_in_scope(request.user, services.review_queue(**filters, with_values=False))
    paginator = Paginator(claims.values_list("pk", flat=True), QUEUE_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = services.page_of_claims(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    too_large = Document.objects.filter(extraction=Document.Extraction.TOO_LARGE).only("pk", "title", "claims_found")
    if filters.get("document"):
        too_large = too_large.filter(pk=filters["document"])
    return render(request, "documents/review_queue.html", {
        "form": form, "page": page, "query": query.urlencode(), "filters": filters,
        "too_large": too_large.order_by("-pk")[:20],
    })


@login_required
@permission_required("documents.review_claim", raise_exception=True)
@require_http_methods(["GET", "POST"])
def claim_detail(request, pk):
    claim = get_object_or_404(
        services.with_stored_values(claims_in_scope(
            request.user, Claim.objects.select_related("document", "indicator", "place", "data_value"))),
        pk=pk,
    )
    accept_form, correct_form, reject_form = AcceptForm(), CorrectForm.for_claim(claim), RejectForm()
    action = request.POST.get("action")
    if request.method == "POST":
        try:
            if action == "accept":
                accept_form = AcceptForm(request.POST)
                if accept_form.is_valid():
                    services.accept_claim(claim, user=request.user, **accept_form.cleaned_data)
                    messages.success(request, _("Đã chấp nhận số liệu."))
                    return redirect(_next_claim_url(claim))
            elif action == "correct":
                correct_form = CorrectForm(request.POST)
                if correct_form.is_valid():
                    services.correct_claim(claim, user=request.user, **correct_form.cleaned_data)
                    messages.success(request, _("Đã sửa và chấp nhận số liệu."))
                    return redirect(_next_claim_url(claim))
            elif action == "reject":
                reject_form = RejectForm(request.POST)
                if reject_form.is_valid():
                    services.reject_claim(claim, user=request.user, reason=reject_form.cleaned_data["reason"])
                    messages.success(request, _("Đã loại nhận định."))
                    return redirect(_next_claim_url(claim))
        except services.ReviewError as error:
            messages.error(request, str(error))
        claim = services.with_stored_values(Claim.objects.select_related("document", "indicator", "place")).get(pk=pk)
    stored = None
    if claim.stored_value_id:
        from chitieu.indicators.models import DataValue

        stored = DataValue.objects.filter(pk=claim.stored_value_id).select_related("indicator", "place").first()
    before, quote, after = claim.sentence()
    return render(request, "documents/claim_detail.html", {
        "claim": claim, "stored": stored, "sentence": (before, quote, after),
        "flags": claim.flags.prefetch_related("claims"), "decisions": claim.decisions.select_related("user"),
        "accept_form": accept_form, "correct_form": correct_form, "reject_form": reject_form,
        "next_url": _next_claim_url(claim),
    })


def _next_claim_url(claim):
    following = (
        Claim.objects.filter(document=claim.document, review_state=Claim.Review.PENDING, start__gt=claim.start)
        .order_by("start").values_list("pk", flat=True).first()
    )
    if following:
        return Claim(pk=following).get_absolute_url()
    from django.urls import reverse

    return reverse("documents:review") + f"?document={claim.document_id}&state=pending"
