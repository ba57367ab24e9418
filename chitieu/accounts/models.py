"""Staff belong to places: a role held *at* a place (or at the whole country) covers that place and
everything below it. Django groups still carry the permissions of each role; this table says where."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceRole(models.Model):
    class Role(models.TextChoices):
        CLERK = "clerk", _("Cán bộ nhập liệu")
        REVIEWER = "reviewer", _("Người duyệt")
        APPROVER = "approver", _("Lãnh đạo duyệt")
        EDITOR = "editor", _("Biên tập viên cổng thông tin")
        MODERATOR = "moderator", _("Duyệt tin bài cổng thông tin")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="place_roles", verbose_name=_("người dùng")
    )
    role = models.CharField(_("vai trò"), max_length=10, choices=Role.choices)
    # Empty: the whole country.
    place = models.ForeignKey(
        "places.Place", null=True, blank=True, on_delete=models.CASCADE, related_name="staff_roles",
        verbose_name=_("địa bàn"), help_text=_("Để trống: toàn quốc"),
    )

    class Meta:
        verbose_name = _("vai trò tại địa bàn")
        verbose_name_plural = _("vai trò tại địa bàn")
        constraints = [models.UniqueConstraint(fields=["user", "role", "place"], name="one_role_per_user_and_place")]

    def __str__(self):
        where = self.place.full_name if self.place_id else _("toàn quốc")
        return f"{self.user} · {self.get_role_display()} · {where}"
