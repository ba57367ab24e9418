from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.documents import services
from chitieu.documents.forms import AcceptForm, CorrectForm, RejectForm, ReviewFilterForm, SearchForm, UploadForm
from chitieu.documents.models import Claim, Document
from chitieu.documents.search import search_documents, snippet

PAGE_SIZE = 20
QUEUE_PAGE_SIZE = 50


def _page_number(request):
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return 1


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
        "form": form, "rows": rows, "total": results.total, "page": page,
        "has_next": page * PAGE_SIZE < results.total, "has_previous": page > 1, "query": query.urlencode(),
        "can_upload": request.user.has_perm("documents.add_document"),
    })


def highlighted_text(document, claims):
    """The document's text with each claim's span in a <mark> (anchor #claim-<id>) that links to its card."""
    parts, position = [], 0
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

    document = get_object_or_404(Document.objects.select_related("place"), pk=pk)
    claims = list(
        document.claims.select_related("indicator", "place", "data_value").annotate(flag_count=Count("flags"))
    )
    flags = document.flags.prefetch_related("claims")
    return render(request, "documents/document_detail.html", {
        "document": document, "claims": claims, "flags": flags, "text": highlighted_text(document, claims),
        "can_review": request.user.has_perm("documents.review_claim"),
    })


@login_required
@permission_required("documents.add_document", raise_exception=True)
@require_http_methods(["GET", "POST"])
def upload(request):
    """Staff ingest files from the browser, as `chitieu ingest` does from the command line."""
    form = UploadForm(request.POST or None, request.FILES or None)
    results = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ingestor = services.Ingestor(category=data["category"], place=data["place"], date=data["date"], user=request.user)
        for upload in data["files"]:
            results.append(ingestor.ingest_bytes(upload.name, upload.read(), source_url=data["source_url"] or None))
        created = [r for r in results if r.status == "created"]
        if len(created) == 1 and len(results) == 1:
            messages.success(request, str(created[0]))
            return redirect(created[0].document)
    return render(request, "documents/upload.html", {"form": form, "results": results})


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


@login_required
@permission_required("documents.review_claim", raise_exception=True)
def review_queue(request):
    form = ReviewFilterForm(request.GET or None)
    filters = form.filters() if form.is_valid() else {}
    if not request.GET:
        filters = {"state": Claim.Review.PENDING}
        form = ReviewFilterForm(initial={"state": Claim.Review.PENDING})
    claims = services.review_queue(**filters).prefetch_related("flags")
    paginator = Paginator(claims, QUEUE_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "documents/review_queue.html", {
        "form": form, "page": page, "query": query.urlencode(), "filters": filters,
    })


@login_required
@permission_required("documents.review_claim", raise_exception=True)
@require_http_methods(["GET", "POST"])
def claim_detail(request, pk):
    claim = get_object_or_404(
        services.with_stored_values(Claim.objects.select_related("document", "indicator", "place", "data_value")),
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
