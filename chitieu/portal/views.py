from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chitieu.places.models import Place
from chitieu.portal import services


def _on_date(request):
    try:
        return services.parse_on_date(request.GET.get("on"))
    except services.InvalidDate as error:
        messages.error(request, str(error))
        return None


def home(request):
    query = request.GET.get("q", "").strip()
    current, former = services.provinces()
    return render(request, "portal/home.html", {
        "query": query,
        "results": services.search_places(query) if query else None,
        "featured": services.featured_places(),
        "provinces": current,
        "former_provinces": former,
    })


def place_search(request):
    """`/place/?q=Ba Chẽ`: straight to the page when the name means one unit, else the list of candidates."""
    query = request.GET.get("q", "").strip()
    on_date = _on_date(request)
    results = services.search_places(query, on=on_date) if query else []
    if len(results) == 1:
        url = reverse("portal:place", args=[results[0].pk])
        return redirect(f"{url}?on={on_date.isoformat()}" if on_date else url)
    return render(request, "portal/search.html", {"query": query, "results": results, "on_date": on_date})


def place_detail(request, pk):
    place = get_object_or_404(Place.objects.select_related("parent__parent"), pk=pk)
    return render(request, "portal/place.html", services.place_page(place, _on_date(request), request))


# ---------------------------------------------------------------- public sources and the report check (issue 15)


def claim_source(request, pk):
    """The public page of an accepted claim: its sentence highlighted in its document, the structured figure,
    the value it became. A claim not (yet) accepted is for staff only: they go to the review page."""
    from django.http import Http404

    from chitieu.documents.models import Claim

    claim = get_object_or_404(Claim.objects.select_related("document", "indicator", "place", "data_value"), pk=pk)
    if claim.review_state not in services.PUBLIC_CLAIM_STATES:
        if request.user.is_authenticated and request.user.has_perm("documents.view_claim"):
            return redirect("documents:claim", pk=claim.pk)
        raise Http404("this claim is not public")
    return render(request, "portal/claim_source.html", services.claim_source_page(claim))


class CheckForm(forms.Form):
    text = forms.CharField(
        label=_("Dán văn bản (bài viết, báo cáo)"), required=False, widget=forms.Textarea(attrs={"rows": 10}),
        max_length=services.CHECK_MAX_CHARS,
    )
    file = forms.FileField(label=_("hoặc tải lên tệp (.txt, .html, .docx, .pdf)"), required=False)
    place = forms.CharField(label=_("Địa bàn văn bản nói về (nếu văn bản không nói rõ)"), required=False, max_length=150)
    date = forms.DateField(label=_("Ngày của văn bản"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > services.CHECK_MAX_BYTES:
            raise forms.ValidationError(
                _("Tệp quá lớn: %(size)s byte, tối đa %(limit)s byte")
                % {"size": f"{upload.size:,}".replace(",", "."), "limit": f"{services.CHECK_MAX_BYTES:,}".replace(",", ".")}
            )
        return upload

    def clean(self):
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("file"):
            raise forms.ValidationError(_("Hãy dán văn bản hoặc chọn một tệp"))
        return data


def check_report(request):
    """`Kiểm tra số liệu`: a pasted text or an uploaded report → its figures, the arithmetic checks and agreement
    with approved values. Nothing is stored; a few checks a minute per address."""
    from chitieu.core.throttle import over_limit, too_many_requests

    form, result, error = CheckForm(), None, ""
    if request.method == "POST":
        if over_limit(request, "portal-check", services.CHECK_RATE):
            return too_many_requests(request)
        form = CheckForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = services.check_submitted(form.cleaned_data)
            except services.CheckError as failure:
                error = str(failure)
    return render(request, "portal/check.html", {"form": form, "result": result, "error": error,
                                                 "max_chars": services.CHECK_MAX_CHARS})
