"""A background job as people see it: what was asked, by whom, how far it got, and what came of it.

The queue itself is Django's tasks framework (django-tasks, stored by django-tasks-db in this same
database); a Job row is the project's own record of one run, with its progress and its result or error,
kept after the queue's row is pruned."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        SUCCEEDED = "succeeded", _("Hoàn thành")
        FAILED = "failed", _("Lỗi")

    name = models.CharField(_("loại công việc"), max_length=80, db_index=True)
    label = models.CharField(_("mô tả"), max_length=300, blank=True)
    params = models.JSONField(_("tham số"), default=dict, blank=True)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    done = models.PositiveIntegerField(_("đã xong"), default=0)
    total = models.PositiveIntegerField(_("tổng số"), null=True, blank=True)
    message = models.CharField(_("thông báo"), max_length=500, blank=True)
    result = models.JSONField(_("kết quả"), null=True, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("người chạy"),
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(_("bắt đầu"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)
    task_id = models.CharField(_("mã trong hàng đợi"), max_length=64, blank=True)
    # Who runs it (host:process id) and its last sign of life: a job whose worker died is failed, not left
    # running for ever (chitieu.jobs.services.fail_abandoned_jobs).
    worker = models.CharField(_("tiến trình chạy"), max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(_("tín hiệu cuối"), null=True, blank=True)
    # Where to go back to when the job is done (the page that started it, or what it made).
    return_url = models.CharField(_("trang liên quan"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("công việc")
        verbose_name_plural = _("công việc")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"#{self.pk} {self.label or self.name}"

    def get_absolute_url(self):
        return reverse("jobs:job", args=[self.pk])

    @property
    def is_finished(self):
        return self.state in (self.State.SUCCEEDED, self.State.FAILED)

    @property
    def percent(self):
        if self.state == self.State.SUCCEEDED:
            return 100
        if not self.total:
            return None
        return min(100, int(100 * self.done / self.total))

    @property
    def result_items(self):
        """The result as (name, value, is_list) rows for the job's page; a result that is not a dict is one row."""
        if self.result is None:
            return []
        if not isinstance(self.result, dict):
            return [("", self.result, isinstance(self.result, list))]
        return [(key, value, isinstance(value, list)) for key, value in self.result.items()]

    @property
    def duration(self):
        if self.started_at is None:
            return None
        from django.utils import timezone

        return (self.finished_at or timezone.now()) - self.started_at
