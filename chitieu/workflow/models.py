"""What the reporting cycle keeps beside the values: numbers proposed for an approved value (never written
over it) and explanation threads (yêu cầu giải trình) that stay with the value."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposedChange(models.Model):
    """A new number for a key that holds an approved or reviewed value: shown beside the stored value until
    an approver accepts it (the value takes it) or rejects it (with a reason)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Chờ quyết định")
        ACCEPTED = "accepted", _("Đã chấp nhận")
        REJECTED = "rejected", _("Đã bác")

    value = models.ForeignKey(
        "indicators.DataValue", on_delete=models.CASCADE, related_name="proposed_changes", verbose_name=_("số liệu")
    )
    # In the indicator's canonical unit, as the value itself; `typed` keeps what the person wrote.
    new_value = models.DecimalField(_("giá trị đề nghị"), max_digits=28, decimal_places=6)
    typed = models.CharField(_("giá trị như đã nhập"), max_length=80, blank=True)
    old_value = models.DecimalField(_("giá trị lúc đề nghị"), max_digits=28, decimal_places=6)
    source = models.CharField(_("nguồn"), max_length=10)
    source_detail = models.JSONField(_("chi tiết nguồn"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    reason = models.TextField(_("lý do đề nghị"), blank=True)
    via = models.CharField(_("qua"), max_length=200, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("người đề nghị"),
    )
    proposed_at = models.DateTimeField(_("đề nghị lúc"), auto_now_add=True)
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("người quyết định"),
    )
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True)
    decision_reason = models.TextField(_("lý do quyết định"), blank=True)

    class Meta:
        verbose_name = _("đề nghị thay đổi số liệu")
        verbose_name_plural = _("đề nghị thay đổi số liệu")
        ordering = ["-proposed_at", "-id"]

    def __str__(self):
        return f"{self.value} → {self.new_value}"


class ExplanationThread(models.Model):
    """Yêu cầu giải trình: an approver asks why a figure is what it is (behind its target, a jump…); the
    clerk answers on the same thread, which stays with the value."""

    class Status(models.TextChoices):
        OPEN = "open", _("Chờ giải trình")
        ANSWERED = "answered", _("Đã giải trình")

    value = models.ForeignKey(
        "indicators.DataValue", on_delete=models.CASCADE, related_name="explanations", verbose_name=_("số liệu")
    )
    question = models.TextField(_("nội dung yêu cầu"))
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("người yêu cầu")
    )
    asked_at = models.DateTimeField(_("yêu cầu lúc"), auto_now_add=True)
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)

    class Meta:
        verbose_name = _("yêu cầu giải trình")
        verbose_name_plural = _("yêu cầu giải trình")
        ordering = ["-asked_at", "-id"]

    def __str__(self):
        return f"{self.value}: {self.question[:60]}"


class ExplanationMessage(models.Model):
    thread = models.ForeignKey(ExplanationThread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("nội dung"))
    written_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("trao đổi giải trình")
        verbose_name_plural = _("trao đổi giải trình")
        ordering = ["written_at", "id"]
