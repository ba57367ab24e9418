"""Every write of the unit portals goes through here: making a unit's portal, who edits it, comments and their
moderation, headline figures linked to stored values, article views. The read helpers the pages share follow."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page, Site, Workflow,
    WorkflowPage, WorkflowTask,
)

from chitieu.accounts import scopes
from chitieu.cms.models import (
    CalendarEntry, DocumentRegisterPage, HeadlineFigure, IntroductionPage, NewsArticlePage, NewsCategoryPage,
    NewsIndexPage, PageViewCount, PortalDirectoryPage, PublicComment, QuestionsPage, RegisteredDocumentPage,
    UnitHomePage, WorkCalendarPage,
)
from chitieu.text import fold

EDITOR = "editor"
MODERATOR = "moderator"
# What a unit's editors may do on their site's pages, images and files (Wagtail's permission codenames):
# write and submit for review, never publish — draft → review → publish.
PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
# Its moderators also publish (approving the review task publishes the page).
MODERATOR_PAGE_PERMISSIONS = [*PAGE_PERMISSIONS, "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
]
# The sections every portal starts with: (model, title, slug); news gets two categories.
SECTIONS = [
    (NewsIndexPage, "Tin tức", "tin-tuc"),
    (DocumentRegisterPage, "Văn bản", "van-ban"),
    (WorkCalendarPage, "Lịch công tác", "lich-cong-tac"),
    (IntroductionPage, "Giới thiệu", "gioi-thieu"),
    (QuestionsPage, "Hỏi đáp", "hoi-dap"),
]
NEWS_CATEGORIES = [("Kinh tế - xã hội", "kinh-te-xa-hoi"), ("Tin hoạt động", "tin-hoat-dong")]


# ---------------------------------------------------------------- making a unit's portal


def slug_for(place) -> str:
    return slug_from_text(place.name) if place.name else f"don-vi-{place.pk}"


def slug_from_text(text, length=80) -> str:
    """`Ba Chẽ: Đồng bộ…` → `ba-che-dong-bo…` (Wagtail's own slugs drop the đ)."""
    import re

    words = re.findall(r"[a-z0-9]+", fold(text).replace("đ", "d"))
    return "-".join(words)[:length].strip("-") or "bai-viet"


def ensure_directory() -> PortalDirectoryPage:
    """The page listing every portal, root of the default Wagtail site (made once)."""
    directory = PortalDirectoryPage.objects.first()
    if directory is not None:
        return directory
    # Wagtail's migrations make the tree's root; a database emptied since (a flushed test database) has none.
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code=Locale.get_default().language_code if Locale.objects.exists() else "vi")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", live=True))
    # Wagtail's own placeholder home ("Welcome to your new Wagtail site!") goes: the directory replaces it.
    for page in root.get_children().filter(content_type__model="page", numchild=0):
        Site.objects.filter(root_page=page).delete()
        page.delete()
    directory = root.add_child(instance=PortalDirectoryPage(title=_("Cổng thông tin các đơn vị"), slug="cong"))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True, port=80)
    site.hostname = settings.CHITIEU_PORTAL_DOMAIN
    site.root_page = directory
    site.site_name = _("Cổng thông tin các đơn vị")
    site.save()
    return directory


def _portal_parent(place, directory):
    """A commune's portal sits under the nearest unit above it that has one (its province), else the directory."""
    ancestor = place.parent
    while ancestor is not None:
        home = UnitHomePage.objects.filter(place=ancestor).first()
        if home is not None:
            return home
        ancestor = ancestor.parent
    return directory


def _unique_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    if slug not in taken:
        return slug
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


def _hostname(home, parent) -> str:
    if isinstance(parent.specific, UnitHomePage):
        site = Site.objects.filter(root_page=parent).first()
        base = site.hostname if site else settings.CHITIEU_PORTAL_DOMAIN
    else:
        base = settings.CHITIEU_PORTAL_DOMAIN
    return f"{home.slug}.{base}"


@transaction.atomic
def create_portal(place, *, log=None) -> UnitHomePage:
    """The portal of `place` (a province, a commune; a district for the archive): its home page, its sections,
    its own Wagtail site, the editors' group and files collection, and the review workflow of its pages.
    Safe to run twice: an existing portal is returned as it is."""
    existing = UnitHomePage.objects.filter(place=place).first()
    if existing is not None:
        ensure_review(existing)  # a portal made before review was required gets it now
        return existing
    directory = ensure_directory()
    parent = _portal_parent(place, directory)
    home = UnitHomePage(
        title=_("Cổng thông tin điện tử %s") % place.full_name,
        slug=_unique_slug(parent, slug_for(place)),
        place=place,
    )
    parent.add_child(instance=home)
    for model, title, slug in SECTIONS:
        section = home.add_child(instance=model(title=title, slug=slug))
        if model is NewsIndexPage:
            for category, category_slug in NEWS_CATEGORIES:
                section.add_child(instance=NewsCategoryPage(title=category, slug=category_slug))
    Site.objects.create(hostname=_hostname(home, parent), port=80, root_page=home, site_name=place.full_name)
    _make_editors(home)
    if log:
        log(f"  cổng thông tin {place.full_name}: {home.url_path}")
    return home


def editors_group_name(place) -> str:
    return f"Biên tập cổng {place.full_name} #{place.pk}"[:150]


def moderators_group_name(place) -> str:
    return f"Duyệt bài cổng {place.full_name} #{place.pk}"[:150]


def _portal_group(name, home, collection, page_permissions):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        )
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    return group


def _make_editors(home):
    """The groups whose members edit (editors) and publish (moderators) this portal and the portals under it,
    its collection of images and files, and the workflow through which its pages are reviewed: an editor
    submits, a moderator of the unit or of a unit above approves, which publishes."""
    from chitieu.cms.models import PortalEditors

    place = home.place
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root_collection.add_child(name=f"{place.full_name} #{place.pk}")
    group = _portal_group(editors_group_name(place), home, collection, PAGE_PERMISSIONS)
    moderators = _portal_group(moderators_group_name(place), home, collection, MODERATOR_PAGE_PERMISSIONS)
    task = GroupApprovalTask.objects.create(name=f"Duyệt bài · {place.full_name}"[:255])
    workflow = Workflow.objects.create(name=f"Duyệt bài trước khi đăng · {place.full_name}"[:255])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)
    PortalEditors.objects.create(home=home, group=group, moderators=moderators, collection=collection)
    _set_reviewers(home)
    return group


def _review_task(home):
    link = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if link is None:
        return None
    return GroupApprovalTask.objects.filter(workflow_tasks__workflow=link.workflow).first()


def _set_reviewers(home):
    """Who approves this portal's pages: the moderators of its unit and of every portal above it."""
    from chitieu.cms.models import PortalEditors

    task = _review_task(home)
    if task is not None:
        homes = [page.pk for page in home.get_ancestors(inclusive=True)]
        task.groups.set(PortalEditors.objects.filter(home_id__in=homes, moderators__isnull=False)
                        .values_list("moderators", flat=True))


@transaction.atomic
def ensure_review(home) -> None:
    """A portal made before review was required: its editors lose the right to publish, its moderators'
    group is made, and its review task (and those of the portals under it) goes to the moderators."""
    from chitieu.cms.models import PortalEditors

    portal = PortalEditors.objects.filter(home=home).select_related("collection").first()
    if portal is None or portal.moderators_id is not None:
        return
    GroupPagePermission.objects.filter(
        group_id=portal.group_id, page=home, permission__codename="publish_page",
        permission__content_type__app_label="wagtailcore",
    ).delete()
    portal.moderators = _portal_group(moderators_group_name(home.place), home, portal.collection,
                                      MODERATOR_PAGE_PERMISSIONS)
    portal.save(update_fields=["moderators"])
    for below in UnitHomePage.objects.descendant_of(home, inclusive=True):
        _set_reviewers(below)


def sync_editor_groups(user) -> list[Group]:
    """Put `user` in the editors' (moderators') group of every portal whose unit their `editor` (`moderator`)
    role covers (the scopes of chitieu.accounts), and out of every other portal's. Returns the portal groups
    the user is in."""
    from chitieu.cms.models import PortalEditors
    from chitieu.cms.signals import syncing

    user.__dict__.pop("_chitieu_scopes", None)
    portals = PortalEditors.objects.all()
    wanted_groups, all_portal_groups = set(), set()
    for role, field in ((EDITOR, "group_id"), (MODERATOR, "moderators_id")):
        scope = scopes.scope_of(user, role)
        if not scope:
            wanted = []
        elif scope.everywhere:
            wanted = list(portals)
        else:
            wanted = list(portals.filter(home__place_id__in=scope.place_ids()))
        wanted_groups |= {getattr(p, field) for p in wanted if getattr(p, field)}
        all_portal_groups |= set(portals.exclude(**{field: None}).values_list(field, flat=True))
    held = set(user.groups.filter(pk__in=all_portal_groups).values_list("pk", flat=True))
    with syncing():
        if held - wanted_groups:
            user.groups.remove(*(held - wanted_groups))
        if wanted_groups - held:
            user.groups.add(*(wanted_groups - held))
    return list(Group.objects.filter(pk__in=wanted_groups))


def unit_home_of(page) -> UnitHomePage | None:
    """The unit portal a page belongs to: its nearest unit home page (itself included)."""
    if isinstance(page, UnitHomePage):
        return page
    if "_unit_home" not in page.__dict__:  # asked several times while one page is served
        steplen = Page.steplen
        prefixes = [page.path[:i] for i in range(steplen, len(page.path) + 1, steplen)]
        page.__dict__["_unit_home"] = (
            UnitHomePage.objects.filter(path__in=prefixes).select_related("place").order_by("-depth").first()
        )
    return page.__dict__["_unit_home"]


def require_editor(user, page):
    """PermissionDenied unless `user` is an editor or moderator of the unit `page` belongs to (or an
    administrator)."""
    home = unit_home_of(page)
    if home is None:
        if not scopes.is_admin(user):
            raise PermissionDenied(_("Chỉ quản trị hệ thống sửa được trang này"))
        return
    if not scopes.can_act(user, home.place, MODERATOR):
        scopes.require(user, home.place, EDITOR)


# ---------------------------------------------------------------- articles


def count_view(page) -> None:
    """One more reading of `page`."""
    if not PageViewCount.objects.filter(page_id=page.pk).update(count=F("count") + 1):
        try:
            with transaction.atomic():
                PageViewCount.objects.create(page_id=page.pk, count=1)
        except IntegrityError:  # a reader at the same moment made the row
            PageViewCount.objects.filter(page_id=page.pk).update(count=F("count") + 1)


def views_of(page) -> int:
    return PageViewCount.objects.filter(page_id=page.pk).values_list("count", flat=True).first() or 0


def figures_in_article(article, text=None):
    """Every figure of the article's text (its latest draft by default), each with the approved stored value
    of the same indicator, place and period where chitieu holds one (chitieu.portal.checking)."""
    from chitieu.portal.checking import check_text

    if text is None:
        latest = article.get_latest_revision_as_object() if article.pk else article
        text = latest.plain_text()
    home = unit_home_of(article) if article.pk else None
    place = home.place if home else None
    date = (article.date or timezone.now()).date().isoformat()
    return check_text(text, date=date, place=place.full_name if place else None, place_object=place).figures


@transaction.atomic
def link_headline_figure(article, data_value, text, *, user) -> HeadlineFigure:
    """The article shows `data_value` (an approved stored value) as one of its headline figures."""
    require_editor(user, article)
    if data_value.state != data_value.State.APPROVED:
        raise ValidationError(_("Chỉ gắn được số liệu đã duyệt"))
    position = HeadlineFigure.objects.filter(article=article).count()
    figure, _created = HeadlineFigure.objects.get_or_create(
        article=article, data_value=data_value,
        defaults={"text": text[:200], "linked_by": user, "position": position},
    )
    return figure


@transaction.atomic
def unlink_headline_figure(figure, *, user) -> None:
    require_editor(user, figure.article)
    figure.delete()


@dataclass
class HeadlineFigureView:
    text: str
    amount: str
    indicator: str
    period: str
    place: str
    place_url: str
    dashboard_url: str
    target_text: str


def headline_figures(article) -> list[HeadlineFigureView]:
    """The article's headline figures as the public reads them: the approved value, its status against its
    target and a link to the place."""
    from chitieu.formatting import vi_amount, vi_percent
    from chitieu.indicators.derived import indicator_row
    from chitieu.periods import Period
    from chitieu.indicators.display import period_label
    from chitieu.indicators.models import DataValue

    rows = []
    figures = HeadlineFigure.objects.filter(article=article, data_value__state=DataValue.State.APPROVED)
    for figure in figures.select_related("data_value__indicator", "data_value__place"):
        value = figure.data_value
        # The targets that apply to the value's period (a year's estimate for 9 months' revenue), as the place page.
        values = list(DataValue.objects.public().filter(indicator=value.indicator, place=value.place))
        row = indicator_row(value.indicator, values, Period.parse(value.period))
        texts = []
        shown = [p for p in (row.targets if row.result is not None and row.result.pk == value.pk else [])
                 if p.percent is not None]
        decisions = decisions_of(p.target.pk for p in shown) if shown else {}
        for progress in shown:
            target = vi_amount(progress.target.value, progress.target.unit)
            if progress.target.pk in decisions:  # the resolution or decision that set it
                target = f"{target}, {decisions[progress.target.pk].number}"
            texts.append(_("%(percent)s kế hoạch %(issuer)s (%(target)s)") % {
                "percent": vi_percent(progress.percent), "issuer": progress.issuer or "", "target": target,
            })
        target_text = "; ".join(" ".join(t.split()) for t in texts)
        rows.append(HeadlineFigureView(
            text=figure.text,
            amount=vi_amount(value.value, value.unit),
            indicator=value.indicator.name_vi,
            period=period_label(value.period),
            place=value.place.full_name,
            place_url=reverse("portal:place", args=[value.place_id]),
            dashboard_url=_dashboard_url(value.place_id),
            target_text=target_text,
        ))
    return rows


def _dashboard_url(place_id) -> str:
    for name in ("dashboards:place", "dashboards:dashboard"):
        try:
            return reverse(name, args=[place_id])
        except NoReverseMatch:
            continue
    return ""


# ---------------------------------------------------------------- targets and the decisions that set them


@transaction.atomic
def cite_decision(target, document, *, user):
    """The target `target` (a stored value of modality `target`) was set by `document` of a register (its NQ,
    QĐ). Only an editor of the document's portal may say so, and only for a place of that unit or below."""
    from chitieu.cms.models import TargetDecision
    from chitieu.indicators.models import DataValue
    from chitieu.pagecache.services import public_data_changed

    require_editor(user, document)
    if target.modality != DataValue.Modality.TARGET:
        raise ValidationError(_("Chỉ chỉ tiêu kế hoạch mới dẫn được văn bản giao"))
    home = unit_home_of(document)
    if home is None or not (target.place_id == home.place_id or
                            home.place_id in {p.pk for p in target.place.ancestors()}):
        raise ValidationError(_("Văn bản của đơn vị này không giao chỉ tiêu cho địa bàn đó"))
    link, _created = TargetDecision.objects.update_or_create(
        target=target, defaults={"document": document, "linked_by": user},
    )
    public_data_changed()  # the place pages' cached tables show the decision
    return link


@transaction.atomic
def uncite_decision(target, *, user) -> None:
    from chitieu.cms.models import TargetDecision
    from chitieu.pagecache.services import public_data_changed

    link = TargetDecision.objects.filter(target=target).select_related("document").first()
    if link is not None:
        require_editor(user, link.document)
        link.delete()
        public_data_changed()


@dataclass
class DecisionCited:
    number: str
    title: str
    url: str


def decisions_of(target_pks) -> dict[int, DecisionCited]:
    """The live register documents cited by these targets, by target id (one query)."""
    from chitieu.cms.models import TargetDecision

    links = (TargetDecision.objects.filter(target_id__in=list(target_pks), document__live=True)
             .select_related("document"))
    return {link.target_id: DecisionCited(link.document.number, link.document.title, link.document.url or "")
            for link in links}


def citable_targets(document, limit=300):
    """Targets of the document's unit and the units below it that cite no decision yet (latest first), for the
    editor's screen of a register document."""
    from django.db.models import Q

    from chitieu.indicators.models import DataValue

    home = unit_home_of(document)
    if home is None:
        return DataValue.objects.none()
    place = home.place_id
    below = Q(place_id=place) | Q(place__parent_id=place) | Q(place__parent__parent_id=place) | \
        Q(place__parent__parent__parent_id=place)
    return (DataValue.objects.filter(below, modality=DataValue.Modality.TARGET, decision_link__isnull=True)
            .select_related("indicator", "place").order_by("-period_start", "place__name", "indicator__name_vi")[:limit])


def targets_set_by(document):
    """The approved targets that cite `document`, for its register page."""
    from chitieu.indicators.display import amount, period_label
    from chitieu.indicators.models import DataValue

    rows = []
    values = (DataValue.objects.public().filter(decision_link__document=document)
              .select_related("indicator", "place").order_by("place__name", "indicator__name_vi", "period_start"))
    for value in values:
        rows.append({"indicator": value.indicator.name_vi, "place": value.place.full_name,
                     "place_url": reverse("portal:place", args=[value.place_id]),
                     "period": period_label(value.period), "amount": amount(value), "issuer": value.issuer})
    return rows


# ---------------------------------------------------------------- comments and questions


class CommentRejected(ValueError):
    """A comment that is not stored: why, in words for the person who wrote it."""


def submit_comment(page, *, name, body, email="", kind=PublicComment.Kind.COMMENT, honeypot="") -> PublicComment | None:
    """A citizen's comment or question, held for a moderator of the page's portal. A filled honeypot (a field
    people do not see) is a robot: nothing is stored, and it is not told so."""
    if honeypot:
        return None
    name, body = " ".join((name or "").split()), (body or "").strip()
    if not name:
        raise CommentRejected(_("Xin cho biết họ tên"))
    if len(body) < 5:
        raise CommentRejected(_("Nội dung quá ngắn"))
    if len(body) > 4000:
        raise CommentRejected(_("Nội dung quá dài (tối đa 4.000 ký tự)"))
    home = unit_home_of(page)
    if home is None:
        raise CommentRejected(_("Trang này không nhận ý kiến"))
    return PublicComment.objects.create(home=home, page=page, kind=kind, name=name[:120], email=email or "", body=body)


def moderatable_comments(user):
    """The comments of the portals whose unit the user edits or moderates."""
    comments = PublicComment.objects.all()
    return (scopes.scope_of(user, EDITOR).filter(comments, field="home__place")
            | scopes.scope_of(user, MODERATOR).filter(comments, field="home__place"))


@transaction.atomic
def moderate_comment(comment, *, user, approve: bool, answer=None, answered_by=None) -> PublicComment:
    """Publish (with an answer, for a question) or refuse a comment. Only an editor or moderator of its portal
    may."""
    require_editor(user, comment.home)
    comment.state = PublicComment.State.APPROVED if approve else PublicComment.State.REJECTED
    if answer is not None:
        comment.answer = answer.strip()
        comment.answered_by = (answered_by or comment.home.place.full_name)[:200]
    comment.moderated_at = timezone.now()
    comment.moderated_by = user
    comment.save()
    return comment


# ---------------------------------------------------------------- what the pages read


def home_page_context(home, request) -> dict:
    from chitieu.cms.visits import visit_figures

    news = home.section(NewsIndexPage)
    articles = news.articles() if news else NewsArticlePage.objects.none()
    calendar = home.section(WorkCalendarPage)
    register = home.section(DocumentRegisterPage)
    return {
        "home": home,
        "latest": list(articles.only("title", "url_path", "date", "lead", "path", "depth")[:8]),
        "featured": list(articles.filter(is_featured=True).only("title", "url_path", "date", "path")[:5]),
        "hot": list(articles.filter(is_hot=True).only("title", "url_path", "date", "path")[:5]),
        "categories": news.categories() if news else [],
        "calendar": calendar,
        "this_week": calendar_week(calendar, None) if calendar else None,
        "register": register,
        "recent_documents": list(RegisteredDocumentPage.objects.live().child_of(register).order_by("-issued_on")[:5]) if register else [],
        "unit_portals": UnitHomePage.objects.child_of(home).live().select_related("place").order_by("title"),
        "visits": visit_figures(home),
    }


def section_links(home) -> list:
    return [page for page in (home.section(model) for model, _title, _slug in SECTIONS) if page is not None]


def article_context(article, request) -> dict:
    category = article.get_parent().specific
    related = (NewsArticlePage.objects.live().child_of(category).exclude(pk=article.pk)
               .order_by("-date").only("title", "url_path", "date", "path")[:5])
    return {
        "category": category,
        "related": related,
        "figures": headline_figures(article),
        "views": views_of(article),
        "comments": PublicComment.objects.published().filter(page=article).order_by("created_at"),
    }


def news_search(page, request) -> dict:
    """A news list, searched by content (every word of the query in the headline, lead, body or captions,
    with or without diacritics) and date; 20 a page."""
    query = request.GET.get("q", "").strip()[:200]
    date_from = _date(request.GET.get("tu"))
    date_to = _date(request.GET.get("den"))
    articles = page.articles()
    if date_from:
        articles = articles.filter(date__date__gte=date_from)
    if date_to:
        articles = articles.filter(date__date__lte=date_to)
    for word in fold(query).split()[:10]:  # every word, with or without its diacritics
        articles = articles.filter(words_folded__contains=word)
    paginator = Paginator(articles, 20)
    return {
        "query": query, "date_from": date_from, "date_to": date_to,
        "page_obj": paginator.get_page(request.GET.get("trang")),
        "categories": page.categories(),
    }


def _date(text):
    try:
        return datetime.date.fromisoformat((text or "").strip())
    except ValueError:
        return None


REGISTER_FILTERS = ("hinh_thuc", "co_quan", "so", "trich_yeu", "tu", "den", "hieu_luc_tu", "hieu_luc_den")


def register_search(register, params) -> dict:
    """The documents register filtered on each of its fields."""
    documents = RegisteredDocumentPage.objects.live().child_of(register).order_by("-issued_on", "-id")
    form = params.get("hinh_thuc", "")
    if form:
        documents = documents.filter(form=form)
    if params.get("co_quan", "").strip():
        documents = documents.filter(issuer__icontains=params["co_quan"].strip())
    if params.get("so", "").strip():
        documents = documents.filter(number_folded__contains=fold(params["so"]))
    for word in fold(params.get("trich_yeu", "")).split()[:10]:  # with or without diacritics
        documents = documents.filter(summary_folded__contains=word)
    for key, lookup in (("tu", "issued_on__gte"), ("den", "issued_on__lte"),
                        ("hieu_luc_tu", "effective_on__gte"), ("hieu_luc_den", "effective_on__lte")):
        day = _date(params.get(key))
        if day:
            documents = documents.filter(**{lookup: day})
    paginator = Paginator(documents, 30)
    return {
        "filters": {key: params.get(key, "") for key in REGISTER_FILTERS},
        "forms": RegisteredDocumentPage.Form.choices,
        "issuers": sorted(set(RegisteredDocumentPage.objects.child_of(register).values_list("issuer", flat=True))),
        "page_obj": paginator.get_page(params.get("trang")),
    }


@dataclass
class CalendarDay:
    day: datetime.date
    entries: list


def calendar_week(calendar, week_text) -> dict:
    """The week (Monday to Sunday) holding the date `week_text` (today by default), day by day."""
    day = _date(week_text) or timezone.localdate()
    monday = day - datetime.timedelta(days=day.weekday())
    sunday = monday + datetime.timedelta(days=6)
    entries = list(CalendarEntry.objects.filter(calendar=calendar, day__range=(monday, sunday)).order_by("day", "time", "sort_order"))
    days = [CalendarDay(monday + datetime.timedelta(days=i), []) for i in range(7)]
    for entry in entries:
        days[(entry.day - monday).days].entries.append(entry)
    return {
        "week_start": monday, "week_end": sunday, "days": days, "entry_count": len(entries),
        "previous_week": (monday - datetime.timedelta(days=7)).isoformat(),
        "next_week": (monday + datetime.timedelta(days=7)).isoformat(),
        "week_number": monday.isocalendar()[1],
    }


# ---------------------------------------------------------------- editors' writing helpers (demo, commands, tests)


def add_article(category, *, title, lead, paragraphs, author="", date=None, featured=False, hot=False, user=None,
                publish=True) -> NewsArticlePage:
    """An article under `category`, saved as a revision (and published unless `publish` is False)."""
    from django.utils.html import escape

    article = NewsArticlePage(
        title=title, slug=_unique_slug(category, slug_from_text(title)), lead=lead, author=author, date=date or timezone.now(), is_featured=featured, is_hot=hot,
        body=[("paragraph", f"<p>{escape(text)}</p>") for text in paragraphs], live=publish,
    )
    category.add_child(instance=article)
    revision = article.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    return article


def add_calendar_entry(calendar, *, day, content, time=None, location="", attendees="", preparer="",
                       user=None) -> CalendarEntry:
    """One more entry of the work calendar, published as a new revision of the calendar page."""
    entry = CalendarEntry.objects.create(
        calendar=calendar, day=day, time=time, content=content, location=location, attendees=attendees,
        preparer=preparer, sort_order=CalendarEntry.objects.filter(calendar=calendar).count(),
    )
    WorkCalendarPage.objects.get(pk=calendar.pk).save_revision(user=user).publish(user=user)
    return entry
