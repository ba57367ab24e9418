"""The portal's additions to Wagtail's editor: every page action is checked against the editor's place
(chitieu.accounts.scopes) on top of Wagtail's group page permissions; the comment moderation screen; the
headline figures screen of an article and the targets screen of a register document; visits counted when a
page is served."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from chitieu.cms import services, views


def _refuse(request):
    return render(request, "cms/admin/refused.html", status=403)


def _guard(request, page):
    try:
        services.require_editor(request.user, page)
    except PermissionDenied:
        return _refuse(request)
    return None


@hooks.register("before_edit_page")
def check_edit(request, page):
    return _guard(request, page)


@hooks.register("before_delete_page")
def check_delete(request, page):
    return _guard(request, page)


@hooks.register("before_create_page")
def check_create(request, parent_page, page_class):
    return _guard(request, parent_page)


@hooks.register("before_copy_page")
def check_copy(request, page):
    return _guard(request, page)


@hooks.register("before_move_page")
def check_move(request, page, destination):
    return _guard(request, page) or _guard(request, destination)


@hooks.register("before_serve_page")
def count_visitor(page, request, serve_args, serve_kwargs):
    from chitieu.cms.visits import record_visit

    home = services.unit_home_of(page)
    if home is not None:
        record_visit(home, request)


@hooks.register("register_admin_urls")
def portal_admin_urls():
    return [
        path("y-kien/", views.moderation, name="cms_moderation"),
        path("y-kien/<int:pk>/", views.moderate, name="cms_moderate"),
        path("so-lieu-noi-bat/<int:page_id>/", views.headline_figures, name="cms_headline_figures"),
        path("chi-tieu-duoc-giao/<int:page_id>/", views.register_targets, name="cms_register_targets"),
    ]


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return MenuItem(_("Ý kiến bạn đọc"), reverse("cms_moderation"), icon_name="comment", order=250)


@hooks.register("register_page_header_buttons")
def headline_figures_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    from chitieu.cms.models import NewsArticlePage

    from chitieu.cms.models import RegisteredDocumentPage

    if isinstance(page.specific, NewsArticlePage) and page.pk:
        yield Button(_("Số liệu nổi bật"), reverse("cms_headline_figures", args=[page.pk]), icon_name="table", priority=60)
    if isinstance(page.specific, RegisteredDocumentPage) and page.pk:
        yield Button(_("Chỉ tiêu do văn bản này giao"), reverse("cms_register_targets", args=[page.pk]),
                     icon_name="table", priority=60)
