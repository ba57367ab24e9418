"""Reporting forms (biểu mẫu báo cáo) and the reports made on them.

A form is data: a named list of catalogue indicators with a periodicity, the levels of the places that
report it, a due-date rule and the targets (by issuer) it shows beside each result. Forms shipped with
chitieu live in `chitieu/reporting/data/forms/*.yaml` and are loaded by `chitieu init`; the admin edits
them and adds others. A report is one form × place × period: it records when it was submitted and
decided, so that completeness and timeliness can be read without walking every value's history.
The values themselves stay in `indicators.DataValue` and move through `chitieu.workflow`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

LEVELS = ("province", "district", "commune")


class ReportForm(models.Model):
    class Periodicity(models.TextChoices):
        MONTH = "month", _("Hằng tháng")
        QUARTER = "quarter", _("Hằng quý")
        SIX_MONTHS = "six_months", _("6 tháng đầu năm")
        NINE_MONTHS = "nine_months", _("9 tháng đầu năm")
        YEAR = "year", _("Hằng năm")
        CUMULATIVE = "cumulative", _("Lũy kế từ tháng 1 đến tháng báo cáo")

    class DueRule(models.TextChoices):
        # NĐ 09/2019/NĐ-CP, Điều 12: the data of a periodic report are cut off on the 14th of the period's
        # last month (from the 15th of the month before); the report is sent some days after that.
        AFTER_CUTOFF = "after_cutoff", _("Số ngày sau ngày chốt số liệu (ngày 14 tháng cuối kỳ, NĐ 09/2019/NĐ-CP)")
        AFTER_END = "after_end", _("Số ngày sau ngày cuối kỳ")

    code = models.SlugField(_("mã"), max_length=60, unique=True)
    name = models.CharField(_("tên biểu mẫu"), max_length=200)
    description = models.TextField(_("mô tả"), blank=True)
    periodicity = models.CharField(_("kỳ báo cáo"), max_length=12, choices=Periodicity.choices)
    levels = models.CharField(
        _("cấp báo cáo"), max_length=40, default="commune",
        help_text=_("Các cấp địa bàn báo cáo biểu này, cách nhau bởi dấu phẩy: province, district, commune"),
    )
    due_rule = models.CharField(_("cách tính hạn nộp"), max_length=14, choices=DueRule.choices, default=DueRule.AFTER_CUTOFF)
    due_days = models.PositiveSmallIntegerField(_("số ngày"), default=3)
    # Thresholds of the warnings that need a comment (chitieu.reporting.validation).
    jump_percent = models.DecimalField(_("ngưỡng tăng/giảm (%)"), max_digits=7, decimal_places=2, default=50)
    jump_points = models.DecimalField(_("ngưỡng thay đổi của tỷ lệ (điểm %)"), max_digits=7, decimal_places=2, default=10)
    history_factor = models.DecimalField(
        _("hệ số khoảng lịch sử"), max_digits=5, decimal_places=2, default=1.5,
        help_text=_("Cảnh báo khi số liệu cao hơn mức cao nhất các kỳ trước nhân hệ số này, hoặc thấp hơn mức thấp nhất chia hệ số"),
    )
    active = models.BooleanField(_("đang dùng"), default=True)
    source_file = models.CharField(_("tệp định nghĩa"), max_length=200, blank=True, editable=False)

    class Meta:
        verbose_name = _("biểu mẫu báo cáo")
        verbose_name_plural = _("biểu mẫu báo cáo")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def level_list(self) -> list[str]:
        return [level.strip() for level in self.levels.split(",") if level.strip()]

    def clean(self):
        unknown = [level for level in self.level_list if level not in LEVELS]
        if unknown or not self.level_list:
            raise ValidationError({"levels": _("cấp không hợp lệ: %(given)s (dùng: province, district, commune)")
                                   % {"given": self.levels}})


class FormIndicator(models.Model):
    """One row of a form: an indicator of the catalogue, in the form's order, with the form's own label."""

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="rows", verbose_name=_("biểu mẫu"))
    indicator = models.ForeignKey("indicators.Indicator", on_delete=models.PROTECT, related_name="+", verbose_name=_("chỉ tiêu"))
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    label = models.CharField(_("tên trên biểu"), max_length=200, blank=True, help_text=_("Để trống: tên trong danh mục"))
    required = models.BooleanField(_("bắt buộc"), default=False)

    class Meta:
        verbose_name = _("dòng của biểu")
        verbose_name_plural = _("các dòng của biểu")
        ordering = ["form", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["form", "indicator"], name="one_row_per_indicator_and_form")]

    def __str__(self):
        return self.label or self.indicator.name_vi

    @property
    def name(self):
        return self.label or self.indicator.name_vi


class FormTarget(models.Model):
    """A target the form shows beside each result: a plan (kế hoạch) or an estimate (dự toán) of the year,
    by the body that set it (HĐND huyện, UBND tỉnh). The numbers are target values of the indicator store."""

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="targets", verbose_name=_("biểu mẫu"))
    label = models.CharField(_("loại"), max_length=60, default="Kế hoạch", help_text=_("Kế hoạch, Dự toán…"))
    issuer = models.CharField(_("cấp giao"), max_length=100, help_text=_("HĐND huyện, UBND tỉnh…"))
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("chỉ tiêu kế hoạch của biểu")
        verbose_name_plural = _("chỉ tiêu kế hoạch của biểu")
        ordering = ["form", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["form", "issuer"], name="one_target_per_issuer_and_form")]

    def __str__(self):
        return f"{self.label} ({self.issuer})"


class Report(models.Model):
    """One form × place × period, as it moves through the cycle."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Đang nhập")
        SUBMITTED = "submitted", _("Đã gửi duyệt")
        RETURNED = "returned", _("Bị trả lại")
        APPROVED = "approved", _("Đã duyệt")

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="reports", verbose_name=_("biểu mẫu"))
    place = models.ForeignKey("places.Place", on_delete=models.PROTECT, related_name="+", verbose_name=_("địa bàn"))
    period = models.CharField(_("kỳ"), max_length=40)
    period_end = models.DateField(_("cuối kỳ"))
    due_date = models.DateField(_("hạn nộp"))
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True)
    first_submitted_at = models.DateTimeField(_("gửi lần đầu lúc"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("người gửi"))
    decided_at = models.DateTimeField(_("xử lý lúc"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("người xử lý"))
    reason = models.TextField(_("lý do trả lại / mở lại"), blank=True)

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")
        ordering = ["-period_end", "form", "place"]
        constraints = [models.UniqueConstraint(fields=["form", "place", "period"], name="one_report_per_form_place_period")]

    def __str__(self):
        return f"{self.form} · {self.place} · {self.period}"
