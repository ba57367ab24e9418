"""Documents (news articles, reports, official texts), the claims read from them, and their review.

A document is stored once per content: its text is normalised (NFC, line endings) and hashed, so the
same article ingested again, from the same or another file, is recognised. Claim offsets are Python
string indices into `Document.text`, as in the claim spec.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chitieu.text import fold


TEXT_PAGE_CHARS = 10_000


def text_pages(text, size=TEXT_PAGE_CHARS):
    """[(start, end)] slices of `text` of about `size` characters that a document's page shows one at a time,
    each ending at a line break where one is near (so a page does not stop mid-sentence)."""
    bounds, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            newline = text.rfind("\n", start + size // 2, end)
            end = newline + 1 if newline != -1 else end
        bounds.append((start, end))
        start = end
    return bounds or [(0, 0)]


def page_of(bounds, offset):
    """The number (from 1) of the page, among `bounds` (text_pages), that shows the character at `offset`."""
    import bisect

    return max(1, min(len(bounds), bisect.bisect_right([start for start, _end in bounds], offset)))


class Document(models.Model):
    class Category(models.TextChoices):
        NEWS = "tin_tuc", _("Tin tức")
        REPORT = "bao_cao", _("Báo cáo")
        OFFICIAL = "van_ban", _("Văn bản")
        OTHER = "khac", _("Khác")

    class Extraction(models.TextChoices):
        DONE = "done", _("Đã trích xuất")
        TOO_LARGE = "too_large", _("Quá nhiều số liệu để trích xuất một lần")

    class Format(models.TextChoices):
        TEXT = "txt", _("Văn bản thuần")
        HTML = "html", _("Trang web")
        DOCX = "docx", _("Word (DOCX)")
        PDF = "pdf", _("PDF")

    title = models.CharField(_("tiêu đề"), max_length=500)
    text = models.TextField(_("nội dung"))
    # Folded title and text (no diacritics, đ → d): what the full-text indexes of both databases are built on.
    search_text = models.TextField(editable=False, default="")
    source_url = models.URLField(_("địa chỉ gốc"), max_length=1000, blank=True)
    published_on = models.DateField(_("ngày đăng"), null=True, blank=True, db_index=True)
    category = models.CharField(_("loại"), max_length=10, choices=Category.choices, default=Category.NEWS, db_index=True)
    place = models.ForeignKey(
        "places.Place", verbose_name=_("địa bàn chính"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="documents",
    )
    content_hash = models.CharField(_("mã băm nội dung"), max_length=64, unique=True, editable=False)
    format = models.CharField(_("định dạng"), max_length=5, choices=Format.choices)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255, blank=True)
    file = models.FileField(_("tệp gốc"), upload_to="documents/", max_length=255, blank=True)
    # A document whose extraction found more claims than the `document_claims` limit is stored without them,
    # marked so, with the count found: the reviewers are told (document page, review queue).
    extraction = models.CharField(_("trích xuất"), max_length=10, choices=Extraction.choices, default=Extraction.DONE, db_index=True)
    claims_found = models.PositiveIntegerField(_("số liệu tìm thấy"), null=True, blank=True)
    ingested_at = models.DateTimeField(_("nạp lúc"), auto_now_add=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("người nạp"),
    )

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-published_on", "-id"]
        # A listing of one category, newest first, reads this index backwards instead of sorting the category.
        indexes = [models.Index(fields=["category", "published_on", "id"], name="documents_category_newest")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("documents:document", args=[self.pk])

    def save(self, *args, **kwargs):
        self.fill_search_text()
        self.__dict__.pop("_text_pages", None)
        super().save(*args, **kwargs)

    def fill_search_text(self):
        """What the full-text index reads; set by save(), and by the batch ingest that inserts rows without it."""
        self.search_text = fold(f"{self.title}\n{self.text}")

    def text_pages(self):
        """The slices of the text its page shows one at a time (computed once per instance)."""
        if "_text_pages" not in self.__dict__:
            self.__dict__["_text_pages"] = text_pages(self.text)
        return self.__dict__["_text_pages"]

    def page_of(self, offset):
        if len(self.text) <= TEXT_PAGE_CHARS:
            return 1
        return page_of(self.text_pages(), offset)


class Claim(models.Model):
    """One reported figure (see the claim spec), and what it was linked to and decided about."""

    class Review(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        ACCEPTED = "accepted", _("Đã chấp nhận")
        CORRECTED = "corrected", _("Đã sửa và chấp nhận")
        REJECTED = "rejected", _("Đã loại")

    class Link(models.TextChoices):
        LINKED = "linked", _("Đã gắn chỉ tiêu")
        UNLINKED = "unlinked", _("Chưa gắn")

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims", verbose_name=_("văn bản"))
    # The extractor's output, as the claim spec defines it.
    start = models.PositiveIntegerField(_("vị trí đầu"))
    end = models.PositiveIntegerField(_("vị trí cuối"))
    text = models.CharField(_("đoạn số liệu"), max_length=200)
    value = models.FloatField(_("giá trị"))
    value_max = models.FloatField(_("giá trị cận trên"), null=True, blank=True)
    unit = models.CharField(_("đơn vị"), max_length=40, blank=True)
    of = models.FloatField(_("trên tổng"), null=True, blank=True)
    qualifier = models.CharField(_("định tính"), max_length=10, blank=True)
    measure = models.CharField(_("loại số đo"), max_length=10)
    basis = models.CharField(_("so với"), max_length=20, blank=True)
    modality = models.CharField(_("loại số liệu"), max_length=10)
    subject = models.CharField(_("nội dung chỉ tiêu"), max_length=500, blank=True)
    place_text = models.JSONField(_("địa bàn (theo văn bản)"), null=True, blank=True)
    # province, district, commune or city, as the text names the place (huyện Định Hóa); "" where it does not tell
    place_level = models.CharField(_("cấp địa bàn (theo văn bản)"), max_length=10, blank=True, default="")
    period_text = models.CharField(_("kỳ (theo văn bản)"), max_length=40, blank=True)
    # How sure the extractor is of the claim, 0–1 (None: it did not say); the review queue sorts and filters by it.
    confidence = models.FloatField(_("độ tin cậy"), null=True, blank=True, db_index=True)
    # What the claim was linked to (mapping.py), and what a reviewer decided.
    issuer = models.CharField(_("cấp giao"), max_length=100, blank=True, default="")
    indicator = models.ForeignKey(
        "indicators.Indicator", verbose_name=_("chỉ tiêu"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="claims",
    )
    place = models.ForeignKey(
        "places.Place", verbose_name=_("địa bàn"), null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    period = models.CharField(_("kỳ"), max_length=40, null=True, blank=True)
    link_status = models.CharField(_("gắn kết"), max_length=10, choices=Link.choices, default=Link.UNLINKED, db_index=True)
    link_problems = models.TextField(_("lý do chưa gắn"), blank=True)
    review_state = models.CharField(
        _("trạng thái duyệt"), max_length=10, choices=Review.choices, default=Review.PENDING, db_index=True
    )
    data_value = models.ForeignKey(
        "indicators.DataValue", verbose_name=_("số liệu đã ghi"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="claims",
    )

    class Meta:
        verbose_name = _("nhận định số liệu")
        verbose_name_plural = _("nhận định số liệu")
        ordering = ["document", "start", "id"]
        permissions = [("review_claim", _("Duyệt nhận định số liệu từ văn bản"))]
        indexes = [
            models.Index(fields=["indicator", "place", "period", "modality"]),
            # A document's page lists the claims of one slice of its text: by document and offset.
            models.Index(fields=["document", "start"], name="documents_claim_doc_start"),
        ]

    def __str__(self):
        return f"{self.text} — {self.subject}"

    def get_absolute_url(self):
        return reverse("documents:claim", args=[self.pk])

    @property
    def source_url(self):
        """Where the claim's sentence is: the document page (the slice of its text that shows it), at the claim's mark."""
        page = self.document.page_of(self.start)
        return f"{self.document.get_absolute_url()}{f'?page={page}' if page > 1 else ''}#claim-{self.pk}"

    @property
    def is_decided(self):
        return self.review_state != self.Review.PENDING

    @property
    def place_label(self):
        if isinstance(self.place_text, list):
            return ", ".join(self.place_text)
        return self.place_text or ""

    def sentence(self, margin=240):
        """The sentence around the claim (for the review screen), with the claim's own offsets inside it."""
        text = self.document.text
        # Searched within the margin only: a long document is not scanned end to end for every claim listed.
        floor, ceiling = max(0, self.start - margin), self.end + margin
        left = max(text.rfind(". ", floor, self.start), text.rfind("\n", floor, self.start), self.start - margin) + 1
        right_stops = [i for i in (text.find(". ", self.end, ceiling + 2), text.find("\n", self.end, ceiling + 1)) if i != -1]
        right = min([*right_stops, self.end + margin, len(text)])
        return text[left:self.start].lstrip(), text[self.start:self.end], text[self.end:right + 1].rstrip()

    def sentence_preview(self, width=90):
        """The sentence, cut to `width` characters on each side of the claim (for lists)."""
        before, quote, after = self.sentence()
        if len(before) > width:
            before = "…" + before[-width:].lstrip()
        if len(after) > width:
            after = after[:width].rstrip() + "…"
        return before, quote, after


class ArithmeticFlag(models.Model):
    """The extractor found figures that do not add up (a part above its total, a percentage that does not
    match its two amounts…)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="flags", verbose_name=_("văn bản"))
    claims = models.ManyToManyField(Claim, related_name="flags", verbose_name=_("nhận định"))
    kind = models.CharField(_("loại"), max_length=40)
    message = models.TextField(_("nội dung"))
    expected = models.FloatField(_("giá trị tính được"), null=True, blank=True)
    found = models.FloatField(_("giá trị trong văn bản"), null=True, blank=True)

    class Meta:
        verbose_name = _("cảnh báo số học")
        verbose_name_plural = _("cảnh báo số học")

    def __str__(self):
        return self.message


class ReviewDecision(models.Model):
    """Who decided what about a claim, and when: every accept, correction and rejection is kept."""

    class Action(models.TextChoices):
        ACCEPT = "accept", _("Chấp nhận")
        CORRECT = "correct", _("Sửa và chấp nhận")
        REJECT = "reject", _("Loại bỏ")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("nhận định"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("người duyệt")
    )
    decided_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    action = models.CharField(_("quyết định"), max_length=10, choices=Action.choices)
    reason = models.TextField(_("lý do"), blank=True)
    replaced_value = models.BooleanField(_("thay số liệu đã có"), default=False)
    before = models.JSONField(_("trước"), default=dict, blank=True)
    after = models.JSONField(_("sau"), default=dict, blank=True)

    class Meta:
        verbose_name = _("quyết định duyệt")
        verbose_name_plural = _("quyết định duyệt")
        ordering = ["-decided_at", "-id"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.claim_id}"
