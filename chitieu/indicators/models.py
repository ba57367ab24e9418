"""The indicator catalogue and the one store of data values.

A value is indicator × place × period × modality × issuer. Derived figures (% of a
target, growth against the same period, change in points) are computed on read by
`chitieu.indicators.derived`, never stored.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from chitieu.indicators.history import ValueChangeContext

from chitieu.text import fold


class Indicator(models.Model):
    class Kind(models.TextChoices):
        FLOW = "flow", _("Lưu lượng (cộng dồn theo thời gian)")
        STOCK = "stock", _("Thời điểm")
        RATE = "rate", _("Tỷ lệ")

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng")
        WEIGHTED_MEAN = "weighted_mean", _("Bình quân gia quyền")
        NONE = "none", _("Không cộng gộp")

    class Direction(models.TextChoices):
        UP = "up", _("Càng cao càng tốt")
        DOWN = "down", _("Càng thấp càng tốt")
        NEUTRAL = "neutral", _("Không xác định")

    code = models.SlugField(_("mã"), max_length=80, unique=True)
    name_vi = models.CharField(_("tên (tiếng Việt)"), max_length=200)
    name_en = models.CharField(_("tên (tiếng Anh)"), max_length=200)
    # Canonical unit of the claim spec: VND, USD, ha, %, tonne, VND/person/year, or a counting noun (hộ, xã…).
    unit = models.CharField(_("đơn vị"), max_length=40)
    kind = models.CharField(_("loại"), max_length=8, choices=Kind.choices)
    aggregation = models.CharField(_("cộng gộp"), max_length=16, choices=Aggregation.choices)
    weight = models.ForeignKey(
        "self", verbose_name=_("trọng số"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Chỉ tiêu dùng làm trọng số khi cộng gộp bình quân gia quyền"),
    )
    good_direction = models.CharField(_("chiều tốt"), max_length=8, choices=Direction.choices, default=Direction.UP)
    parent = models.ForeignKey(
        "self", verbose_name=_("thuộc chỉ tiêu"), null=True, blank=True, on_delete=models.SET_NULL, related_name="parts"
    )
    group = models.CharField(_("nhóm"), max_length=100, blank=True)
    description = models.TextField(_("mô tả"), blank=True)
    legal_code = models.CharField(_("mã trong hệ thống chỉ tiêu thống kê"), max_length=20, blank=True)
    # A percentage is usually a share of a whole (0–100); a growth rate or an index may be negative or pass 100.
    share_of_whole = models.BooleanField(_("tỷ lệ là một phần của tổng thể (0–100%)"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["group", "code"]

    @property
    def is_bounded_percent(self) -> bool:
        """A percentage that must lie between 0 and 100 (a share of a whole, not a growth rate or an index)."""
        return self.unit == "%" and self.share_of_whole

    def __str__(self):
        return self.name_vi


class IndicatorPhrase(models.Model):
    """A phrase that names the indicator in text (`tổng thu NSNN`, `thu ngân sách`), for mapping claims."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="phrases", verbose_name=_("chỉ tiêu"))
    phrase = models.CharField(_("cụm từ"), max_length=200)
    phrase_folded = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("cụm từ gọi tên")
        verbose_name_plural = _("cụm từ gọi tên")
        constraints = [models.UniqueConstraint(fields=["indicator", "phrase_folded"], name="unique_phrase_per_indicator")]

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        self.phrase_folded = fold(self.phrase)
        super().save(*args, **kwargs)


class DataValueQuerySet(models.QuerySet):
    def public(self):
        """What a member of the public may see: approved values only."""
        return self.filter(state=DataValue.State.APPROVED)


class DataValue(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Nháp")
        SUBMITTED = "submitted", _("Đã gửi duyệt")
        RETURNED = "returned", _("Trả lại")
        APPROVED = "approved", _("Đã duyệt")

    class Modality(models.TextChoices):
        ACTUAL = "actual", _("Thực hiện")
        ESTIMATE = "estimate", _("Ước tính")
        TARGET = "target", _("Kế hoạch / chỉ tiêu")
        EXPECTED = "expected", _("Dự kiến")

    class Source(models.TextChoices):
        ENTERED = "entered", _("Nhập tay")
        IMPORTED = "imported", _("Nhập từ tệp")
        CLAIM = "claim", _("Từ văn bản")
        DEMO = "demo", _("Dữ liệu mẫu")

    # No index of their own: the unique key starts with the indicator, the (place, indicator, end) index with
    # the place. Fewer indexes make a bulk load of millions of values faster (chitieu.indicators.bulk).
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="values", verbose_name=_("chỉ tiêu"),
                                  db_index=False)
    place = models.ForeignKey("places.Place", on_delete=models.PROTECT, related_name="values", verbose_name=_("địa bàn"),
                              db_index=False)
    # The claim spec's period string (2020, 2020-01/2020-09, 2020-09-15, 2021/2025); start/end for ordering and queries.
    period = models.CharField(_("kỳ"), max_length=40)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    modality = models.CharField(_("loại số liệu"), max_length=8, choices=Modality.choices)
    # Who set a target (`HĐND huyện`, `UBND tỉnh`): several targets for one figure are all kept. Empty for results.
    issuer = models.CharField(_("cấp giao"), max_length=100, blank=True, default="")
    value = models.DecimalField(_("giá trị"), max_digits=28, decimal_places=6)
    unit = models.CharField(_("đơn vị"), max_length=40)

    source = models.CharField(_("nguồn"), max_length=10, choices=Source.choices)
    source_detail = models.JSONField(
        _("chi tiết nguồn"), default=dict, blank=True,
        help_text=_("Tệp và dòng nhập, hoặc văn bản, đoạn và nhận định gốc"),
    )
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    # The reporting cycle: draft → submitted → approved (locked), or returned with a reason. Only approved
    # values are public (`DataValue.objects.public()`).
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.DRAFT)
    # Why it was last sent back or reopened (shown to the clerk); the full story is in `history`.
    state_reason = models.CharField(_("lý do trả lại / mở lại"), max_length=500, blank=True, default="")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False,
        verbose_name=_("người gửi duyệt"),
    )
    submitted_at = models.DateTimeField(_("gửi duyệt lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False,
        verbose_name=_("người duyệt"),
    )
    approved_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    # The level that approved it last (commune → district → province → country), as DHIS2's approval levels.
    approval_level = models.CharField(_("cấp duyệt"), max_length=10, blank=True, default="")

    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False, verbose_name=_("người tạo")
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False, verbose_name=_("người sửa")
    )

    objects = DataValueQuerySet.as_manager()
    # Every change — who, when, old → new, why (`history_change_reason`), from where (`history_via`: the
    # screen, the import file and row, the claim) — kept by django-simple-history; read it through
    # `chitieu.workflow.services.value_history`.
    history = HistoricalRecords(
        bases=[ValueChangeContext], excluded_fields=["created_at", "updated_at"],
        history_change_reason_field=models.TextField(null=True), cascade_delete_history=False,
    )

    class Meta:
        verbose_name = _("số liệu")
        verbose_name_plural = _("số liệu")
        # By ids, not by the related models' own orderings: those would join two tables into every query.
        ordering = ["indicator_id", "place_id", "period_start", "period_end", "modality", "issuer"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "place", "period", "modality", "issuer"], name="one_value_per_key"
            ),
        ]
        # Who entered or approved a value is never searched across all values (no index per user column); the
        # state is (the public sees approved values only), without the text-pattern index db_index would add.
        indexes = [models.Index(fields=["place", "indicator", "period_end"]),
                   models.Index(fields=["state"], name="indicators_value_state")]

    def __str__(self):
        return f"{self.indicator} · {self.place} · {self.period} · {self.get_modality_display()}"
