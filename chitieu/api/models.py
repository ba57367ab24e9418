"""Tokens of the web API: one per user and purpose, shown once, kept only as a hash, revocable."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chitieu_api_tokens",
                             verbose_name=_("người dùng"))
    name = models.CharField(_("tên"), max_length=100, blank=True, help_text=_("Dùng để làm gì, ở đâu"))
    # The first characters of the key, to recognise it in a list; the key itself is never stored.
    prefix = models.CharField(_("đầu khóa"), max_length=12)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("khóa API")
        verbose_name_plural = _("khóa API")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.prefix}… ({self.user}{', ' + self.name if self.name else ''})"

    @property
    def active(self) -> bool:
        return self.revoked_at is None
