"""The unit portals: one Wagtail site per province or commune, with its news, documents register, work
calendar, introduction and contacts, questions and answers.

The page tree:

    PortalDirectoryPage  (/cong/ — every unit's portal; the default Wagtail site)
      UnitHomePage Quảng Ninh     (a Wagtail Site: quang-ninh.localhost)
        NewsIndexPage "Tin tức" → NewsCategoryPage → NewsArticlePage
        DocumentRegisterPage "Văn bản" → RegisteredDocumentPage
        WorkCalendarPage "Lịch công tác" (entries inline)
        IntroductionPage "Giới thiệu" (organisation, leaders' contacts inline)
        QuestionsPage "Hỏi đáp"
        UnitHomePage xã Ba Chẽ   (its own Wagtail Site: ba-che.quang-ninh.localhost)
          …

What a page revision must not overwrite (view counts, visitors, comments, headline figures linked to stored
values) lives in plain models beside the pages.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path as route
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, Page
from wagtail.search import index

from chitieu.text import fold

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


# ---------------------------------------------------------------- the directory and the unit home


class PortalDirectoryPage(Page):
    """The list of every unit portal of this installation (the default site's root)."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.UnitHomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh sách cổng thông tin")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["portals"] = UnitHomePage.objects.child_of(self).live().select_related("place").order_by("title")
        return context


class UnitHomePage(RoutablePageMixin, Page):
    """The home page of one unit's portal (a province or a commune): its own Wagtail site."""

    place = models.OneToOneField(
        "places.Place", verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="portal_home",
    )
    welcome = RichTextField(_("lời giới thiệu ngắn"), blank=True, features=RICH_TEXT_FEATURES)
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    # Visits counted on the unit's former portal, carried over so that the total keeps counting from there.
    visits_before = models.PositiveBigIntegerField(_("lượt truy cập trước đây"), default=0)

    content_panels = [
        *Page.content_panels,
        FieldPanel("welcome"),
        MultiFieldPanel([FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])],
                        heading=_("Liên hệ")),
        InlinePanel("linked_sites", label=_("Website liên kết")),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("visits_before")]
    parent_page_types = ["cms.PortalDirectoryPage", "cms.UnitHomePage"]
    subpage_types = [
        "cms.NewsIndexPage", "cms.DocumentRegisterPage", "cms.WorkCalendarPage", "cms.IntroductionPage",
        "cms.QuestionsPage", "cms.UnitHomePage",
    ]

    class Meta:
        verbose_name = _("trang chủ cổng thông tin đơn vị")

    def section(self, model):
        """The unit's own section page of a kind (its news, its register…), or None."""
        if "_sections" not in self.__dict__:
            # Every section in one query (their own fields are read only when asked for).
            sections = {}
            for page in Page.objects.child_of(self).live().order_by("path").specific(defer=True):
                sections.setdefault(type(page), page)
            self.__dict__["_sections"] = sections
        return self.__dict__["_sections"].get(model)

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.home_page_context(self, request))
        return context

    @route("thong-ke-truy-cap/", name="visits")
    def visits(self, request):
        from django.http import JsonResponse

        from chitieu.cms.visits import visit_figures

        return JsonResponse(visit_figures(self))


class LinkedSite(Orderable):
    home = ParentalKey(UnitHomePage, on_delete=models.CASCADE, related_name="linked_sites")
    title = models.CharField(_("tên"), max_length=200)
    url = models.URLField(_("địa chỉ"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("website liên kết")


class PortalEditors(models.Model):
    """The Wagtail groups of a portal's editors and moderators and the collection of its images and files.
    Membership follows the `editor` and `moderator` roles of chitieu.accounts (services.sync_editor_groups),
    never set by hand."""

    home = models.OneToOneField(UnitHomePage, on_delete=models.CASCADE, related_name="editors")
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="portal")
    # The unit's moderators (ban biên tập): they publish what the editors submit; editors cannot publish.
    # Membership follows the `moderator` role. Empty on portals made before review was required.
    moderators = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="moderated_portal",
    )
    collection = models.ForeignKey("wagtailcore.Collection", on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("biên tập viên cổng")


# ---------------------------------------------------------------- news


class NewsListMixin(RoutablePageMixin):
    """A page listing articles under it (the unit's news, a category), with its RSS and Atom feeds."""

    def articles(self):
        return NewsArticlePage.objects.live().descendant_of(self).order_by("-date", "-id")

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.news_search(self, request))
        return context

    @route("rss/", name="rss")
    def rss(self, request):
        from chitieu.cms.feeds import NewsFeed

        return NewsFeed(self, "rss")(request)

    @route("atom/", name="atom")
    def atom(self, request):
        from chitieu.cms.feeds import NewsFeed

        return NewsFeed(self, "atom")(request)


class NewsIndexPage(NewsListMixin, Page):
    """Tin tức: the unit's categories and its latest articles; feeds of every article."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.UnitHomePage"]
    subpage_types = ["cms.NewsCategoryPage"]

    class Meta:
        verbose_name = _("chuyên trang tin tức")

    def categories(self):
        return NewsCategoryPage.objects.child_of(self).live()


class NewsCategoryPage(NewsListMixin, Page):
    """A category (chuyên mục) of news: its articles, its feeds."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = ["cms.NewsArticlePage"]

    class Meta:
        verbose_name = _("chuyên mục tin")

    def categories(self):
        return NewsCategoryPage.objects.sibling_of(self).live()


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("ảnh"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=500)

    class Meta:
        icon = "image"
        label = _("ảnh có chú thích")
        template = "cms/blocks/captioned_image.html"


class NewsArticlePage(Page):
    """A news article (tin bài): lead, body with captioned images, author, date; editors mark it featured
    (tiêu điểm) or hot (tin nóng)."""

    lead = models.TextField(_("sapo (đoạn mở đầu)"), max_length=1000)
    body = StreamField(
        [("paragraph", blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("đoạn văn"))),
         ("image", CaptionedImageBlock())],
        verbose_name=_("nội dung"), blank=True,
    )
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("ảnh đại diện"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    image_caption = models.CharField(_("chú thích ảnh đại diện"), max_length=500, blank=True)
    author = models.CharField(_("tác giả"), max_length=200, blank=True)
    date = models.DateTimeField(_("ngày đăng"), default=timezone.now, db_index=True)
    is_featured = models.BooleanField(_("tin tiêu điểm"), default=False, db_index=True)
    is_hot = models.BooleanField(_("tin nóng"), default=False, db_index=True)
    # The article's words folded (chitieu.text.fold): searched without diacritics on every database.
    words_folded = models.TextField(editable=False, blank=True, default="")

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_caption")], heading=_("Ảnh đại diện")),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("is_featured"), FieldPanel("is_hot")], heading=_("Danh sách biên tập chọn")),
    ]
    parent_page_types = ["cms.NewsCategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tin bài")
        indexes = [models.Index(fields=["-date"], name="cms_article_date")]

    def plain_text(self):
        """The article's words (headline, lead, paragraphs, captions), for the extractor."""
        return article_words(self.title, self.lead, self.body.raw_data if self.body else [])

    def save(self, *args, **kwargs):
        self.words_folded = fold(self.plain_text())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "words_folded"}
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.article_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from chitieu.cms import views

        return views.serve_with_comments(self, request, super().serve, *args, **kwargs)


def article_words(title, lead, raw_blocks) -> str:
    """Headline, lead, paragraphs and captions of an article's stored body blocks, as plain text."""
    from django.utils.html import strip_tags

    parts = [title, lead]
    for block in raw_blocks or []:
        value = block.get("value")
        if block.get("type") == "paragraph" and isinstance(value, str):
            parts.append(strip_tags(value))
        elif block.get("type") == "image" and isinstance(value, dict) and value.get("caption"):
            parts.append(value["caption"])
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


class PageViewCount(models.Model):
    """How many times an article was read (outside the page revisions, which would roll it back)."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="view_count", primary_key=True)
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("lượt xem")


class HeadlineFigure(models.Model):
    """A figure an editor found in an article (with the extractor) and linked to a stored value."""

    article = models.ForeignKey(NewsArticlePage, on_delete=models.CASCADE, related_name="headline_figures")
    text = models.CharField(_("số liệu trong bài"), max_length=200)
    data_value = models.ForeignKey(
        "indicators.DataValue", verbose_name=_("số liệu đã lưu"), on_delete=models.CASCADE, related_name="+",
    )
    position = models.PositiveIntegerField(default=0)
    linked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("số liệu nổi bật của bài")
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["article", "data_value"], name="one_link_per_value_and_article")]


# ---------------------------------------------------------------- documents register (TT 26/2009)


class DocumentRegisterPage(Page):
    """Văn bản: the register of the unit's direction and administration documents, filterable by each field."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.UnitHomePage"]
    subpage_types = ["cms.RegisteredDocumentPage"]

    class Meta:
        verbose_name = _("hệ thống văn bản")

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.register_search(self, request.GET))
        return context


class RegisteredDocumentPage(Page):
    """One document of the register, with the fields of Thông tư 26/2009/TT-BTTTT."""

    class Form(models.TextChoices):
        RESOLUTION = "nghi_quyet", _("Nghị quyết")
        DECISION = "quyet_dinh", _("Quyết định")
        DIRECTIVE = "chi_thi", _("Chỉ thị")
        PLAN = "ke_hoach", _("Kế hoạch")
        REPORT = "bao_cao", _("Báo cáo")
        NOTICE = "thong_bao", _("Thông báo")
        LETTER = "cong_van", _("Công văn")
        PROGRAMME = "chuong_trinh", _("Chương trình")
        OTHER = "khac", _("Khác")

    form = models.CharField(_("hình thức văn bản"), max_length=20, choices=Form.choices, db_index=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, db_index=True)
    number = models.CharField(_("số, ký hiệu"), max_length=100, db_index=True)
    issued_on = models.DateField(_("ngày ban hành"), db_index=True)
    effective_on = models.DateField(_("ngày hiệu lực"), null=True, blank=True, db_index=True)
    summary = models.TextField(_("trích yếu"))
    signer = models.CharField(_("người ký"), max_length=200, blank=True)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp văn bản"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    # Folded (chitieu.text.fold) for searching without diacritics: the title and summary; the number.
    summary_folded = models.TextField(editable=False, blank=True, default="")
    number_folded = models.CharField(max_length=100, editable=False, blank=True, default="")

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("number")]
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("form"), FieldPanel("number")]),
        FieldPanel("issuer"),
        FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
        FieldPanel("summary"),
        FieldPanel("signer"),
        FieldPanel("file"),
    ]
    parent_page_types = ["cms.DocumentRegisterPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("văn bản (hệ thống văn bản)")

    def save(self, *args, **kwargs):
        self.summary_folded = fold(f"{self.title} {self.summary}")
        self.number_folded = fold(self.number)[:100]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "summary_folded", "number_folded"}
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context["targets"] = services.targets_set_by(self)
        return context


class TargetDecision(models.Model):
    """A target of the data store (a value of modality `target`) cites the resolution or decision of the
    documents register that set it (NQ of the council, QĐ of the people's committee). Kept beside the
    indicators so that the data store does not depend on the portal."""

    target = models.OneToOneField(
        "indicators.DataValue", verbose_name=_("chỉ tiêu kế hoạch"), on_delete=models.CASCADE,
        related_name="decision_link",
    )
    document = models.ForeignKey(
        RegisteredDocumentPage, verbose_name=_("văn bản giao chỉ tiêu"), on_delete=models.CASCADE,
        related_name="target_links",
    )
    linked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("văn bản giao chỉ tiêu")


# ---------------------------------------------------------------- work calendar


class WorkCalendarPage(Page):
    """Lịch công tác: the leaders' week, one week shown at a time, with a print view (?in=1)."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), InlinePanel("entries", label=_("Lịch"))]
    parent_page_types = ["cms.UnitHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lịch công tác")

    def get_context(self, request, *args, **kwargs):
        from chitieu.cms import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.calendar_week(self, request.GET.get("tuan")))
        context["print_view"] = request.GET.get("in") == "1"
        return context


class CalendarEntry(Orderable):
    calendar = ParentalKey(WorkCalendarPage, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("ngày"))
    time = models.TimeField(_("giờ"), null=True, blank=True)
    content = models.TextField(_("nội dung"))
    location = models.CharField(_("địa điểm"), max_length=300, blank=True)
    attendees = models.CharField(_("thành phần / lãnh đạo dự"), max_length=500, blank=True)
    preparer = models.CharField(_("đơn vị chuẩn bị"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("time")]),
        FieldPanel("content"), FieldPanel("location"), FieldPanel("attendees"), FieldPanel("preparer"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("mục lịch công tác")


# ---------------------------------------------------------------- introduction, organisation, contacts


class IntroductionPage(Page):
    """Giới thiệu: the agency's introduction, organisation and leaders' contacts (NĐ 42/2022, Điều 4)."""

    body = RichTextField(_("giới thiệu chung"), blank=True, features=RICH_TEXT_FEATURES)
    organisation = RichTextField(_("cơ cấu tổ chức"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels, FieldPanel("body"), FieldPanel("organisation"),
        InlinePanel("leaders", label=_("Lãnh đạo")),
    ]
    parent_page_types = ["cms.UnitHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("giới thiệu, tổ chức, liên hệ")


class LeaderContact(Orderable):
    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("họ tên"), max_length=200)
    position = models.CharField(_("chức vụ"), max_length=200)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("position"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])]


# ---------------------------------------------------------------- questions and comments


class QuestionsPage(Page):
    """Hỏi đáp: citizens' questions, shown with their answers once a moderator approved them."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.UnitHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("hỏi đáp")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["questions"] = PublicComment.objects.published().filter(page=self).order_by("-created_at")[:100]
        return context

    def serve(self, request, *args, **kwargs):
        from chitieu.cms import views

        return views.serve_with_comments(self, request, super().serve, *args, **kwargs)


class PublicCommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=PublicComment.State.APPROVED)


class PublicComment(models.Model):
    """A citizen's comment on an article or question to the unit: hidden until a moderator of the site approves."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Ý kiến")
        QUESTION = "question", _("Câu hỏi")

    class State(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        APPROVED = "approved", _("Đã đăng")
        REJECTED = "rejected", _("Không đăng")

    home = models.ForeignKey(UnitHomePage, on_delete=models.CASCADE, related_name="comments", verbose_name=_("cổng"))
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="public_comments", verbose_name=_("trang"))
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices, default=Kind.COMMENT)
    name = models.CharField(_("họ tên"), max_length=120)
    email = models.EmailField(_("thư điện tử"), blank=True)
    body = models.TextField(_("nội dung"), max_length=4000)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    answer = models.TextField(_("trả lời"), blank=True)
    answered_by = models.CharField(_("người / đơn vị trả lời"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True, db_index=True)
    moderated_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("người duyệt"),
    )

    objects = PublicCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("ý kiến bạn đọc")
        verbose_name_plural = _("ý kiến bạn đọc")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.body[:60]}"


# ---------------------------------------------------------------- visitor statistics


class DailySalt(models.Model):
    """The secret mixed into visitors' hashes for one day; deleted once the day is over, so a hash of an
    earlier day can no longer be tied to an address."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)


class Visitor(models.Model):
    """One visitor of a unit's portal on one day: a salted hash of address and browser, never the address."""

    home = models.ForeignKey(UnitHomePage, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    visitor_hash = models.CharField(max_length=64)
    last_seen = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["home", "day", "visitor_hash"], name="one_visitor_a_day")]
        indexes = [models.Index(fields=["home", "day", "last_seen"], name="cms_visitor_online")]


class DailyVisits(models.Model):
    """Visitors of a finished day, counted (their hashes are deleted)."""

    home = models.ForeignKey(UnitHomePage, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["home", "day"], name="one_count_a_day")]
