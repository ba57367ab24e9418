"""The portal's own views beside Wagtail's page serving: a comment posted to a page, and the editors' admin
screens (comment moderation, an article's headline figures)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chitieu.cms import services
from chitieu.cms.models import HeadlineFigure, NewsArticlePage, PublicComment, QuestionsPage

COMMENT_RATE = "5/10m"


class CommentForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Họ tên"), max_length=120)
    email = forms.EmailField(label=gettext_lazy("Thư điện tử (không công bố)"), required=False)
    body = forms.CharField(label=gettext_lazy("Nội dung"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)
    # Hidden from people (CSS and aria-hidden), filled by robots: see services.submit_comment.
    website = forms.CharField(label=gettext_lazy("Để trống ô này"), required=False)


def serve_with_comments(page, request, serve, *args, **kwargs):
    """Serve an article or the questions page; a POST is a comment or question, held for moderation."""
    from chitieu.core.throttle import over_limit, too_many_requests

    if request.method != "POST":
        if isinstance(page, NewsArticlePage):
            services.count_view(page)
        request.comment_form = CommentForm()
        return serve(request, *args, **kwargs)
    if over_limit(request, "cms-comments", COMMENT_RATE):
        return too_many_requests(request)
    form = CommentForm(request.POST)
    request.comment_form = form
    if form.is_valid():
        kind = PublicComment.Kind.QUESTION if isinstance(page, QuestionsPage) else PublicComment.Kind.COMMENT
        try:
            services.submit_comment(
                page, name=form.cleaned_data["name"], email=form.cleaned_data["email"], body=form.cleaned_data["body"],
                kind=kind, honeypot=form.cleaned_data["website"],
            )
        except services.CommentRejected as error:
            form.add_error("body", str(error))
        else:
            messages.success(request, _("Cảm ơn bạn. Ý kiến sẽ hiện sau khi được biên tập viên duyệt."))
            return HttpResponseRedirect(page.get_url(request) + "#y-kien")
    return serve(request, *args, **kwargs)


# ---------------------------------------------------------------- editors' screens (inside /cms-admin/)


def moderation(request):
    comments = services.moderatable_comments(request.user).select_related("home__place", "page")
    state = request.GET.get("trang_thai", PublicComment.State.PENDING)
    if state in PublicComment.State.values:
        comments = comments.filter(state=state)
    return render(request, "cms/admin/moderation.html", {
        "comments": comments.order_by("-created_at")[:200], "state": state, "states": PublicComment.State.choices,
    })


@require_POST
def moderate(request, pk):
    comment = get_object_or_404(PublicComment, pk=pk)
    action = request.POST.get("action")
    answer = request.POST.get("answer")
    try:
        services.moderate_comment(comment, user=request.user, approve=action == "approve",
                                  answer=answer if answer is not None and answer.strip() else None)
    except PermissionDenied:
        messages.error(request, _("Bạn không biên tập cổng thông tin này"))
    else:
        messages.success(request, _("Đã đăng") if action == "approve" else _("Đã không đăng"))
    return redirect("cms_moderation")


def _refused(request, page):
    """None when the user edits the page's portal; otherwise the redirect that tells them they do not."""
    try:
        services.require_editor(request.user, page)
    except PermissionDenied:
        messages.error(request, _("Bạn không biên tập cổng thông tin này"))
        return redirect("wagtailadmin_home")
    return None


def headline_figures(request, page_id):
    article = get_object_or_404(NewsArticlePage, pk=page_id)
    if refused := _refused(request, article):
        return refused
    if request.method == "POST":
        from chitieu.indicators.models import DataValue

        try:
            if request.POST.get("unlink"):
                figure = get_object_or_404(HeadlineFigure, pk=request.POST["unlink"], article=article)
                services.unlink_headline_figure(figure, user=request.user)
            else:
                value = get_object_or_404(DataValue, pk=request.POST.get("data_value"))
                services.link_headline_figure(article, value, request.POST.get("text", ""), user=request.user)
        except (PermissionDenied, ValidationError) as error:
            messages.error(request, "; ".join(getattr(error, "messages", [str(error)])))
        return redirect("cms_headline_figures", page_id=article.pk)
    linked = HeadlineFigure.objects.filter(article=article).select_related("data_value__indicator", "data_value__place")
    return render(request, "cms/admin/headline_figures.html", {
        "article": article, "found": services.figures_in_article(article), "linked": linked,
        "linked_ids": {f.data_value_id for f in linked},
    })


def register_targets(request, page_id):
    """The editors' screen of a register document: the targets it set (cited), and the unit's targets to cite it."""
    from chitieu.cms.models import RegisteredDocumentPage, TargetDecision
    from chitieu.indicators.models import DataValue

    document = get_object_or_404(RegisteredDocumentPage, pk=page_id)
    if refused := _refused(request, document):
        return refused
    if request.method == "POST":
        try:
            if request.POST.get("unlink"):
                services.uncite_decision(get_object_or_404(DataValue, pk=request.POST["unlink"]), user=request.user)
            else:
                services.cite_decision(get_object_or_404(DataValue, pk=request.POST.get("target")), document,
                                       user=request.user)
        except (PermissionDenied, ValidationError) as error:
            messages.error(request, "; ".join(getattr(error, "messages", [str(error)])))
        return redirect("cms_register_targets", page_id=document.pk)
    linked = (TargetDecision.objects.filter(document=document)
              .select_related("target__indicator", "target__place").order_by("target__place__name"))
    return render(request, "cms/admin/register_targets.html", {
        "document": document, "linked": linked, "citable": services.citable_targets(document),
    })
