"""Administrative units with their history.

A unit is one row per incarnation: when a commune is merged into a new one, the old row
keeps its dates (valid_to) and a Succession links it to what replaced it. Data stays
attached to the unit that existed when it was reported.
"""

from django.db import models
from django.utils.translation import gettext, gettext_lazy as _

from chitieu.text import fold


class Place(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện")
        COMMUNE = "commune", _("Cấp xã")

    class Kind(models.TextChoices):
        PROVINCE = "tinh", _("Tỉnh")
        CENTRAL_CITY = "thanh_pho_tw", _("Thành phố trực thuộc trung ương")
        RURAL_DISTRICT = "huyen", _("Huyện")
        TOWN = "thi_xa", _("Thị xã")
        PROVINCIAL_CITY = "thanh_pho", _("Thành phố thuộc tỉnh")
        URBAN_DISTRICT = "quan", _("Quận")
        COMMUNE = "xa", _("Xã")
        WARD = "phuong", _("Phường")
        TOWNSHIP = "thi_tran", _("Thị trấn")
        SPECIAL_ZONE = "dac_khu", _("Đặc khu")

    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices, db_index=True)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    # Official (GSO) code. Not unique: a code can pass to a successor unit (06970 was TT Ba Chẽ, then xã Ba Chẽ).
    code = models.CharField(_("mã"), max_length=10, blank=True, db_index=True)
    name = models.CharField(_("tên"), max_length=100)
    full_name = models.CharField(_("tên đầy đủ"), max_length=150)
    name_folded = models.CharField(_("tên không dấu"), max_length=100, db_index=True, editable=False)
    parent = models.ForeignKey(
        "self", verbose_name=_("trực thuộc"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True, help_text=_("Ngày cuối cùng đơn vị còn tồn tại"))
    source = models.CharField(_("nguồn"), max_length=200, blank=True)
    # Stable identity of a unit loaded from the reference data ("old:commune:06985", "hist:qn-luong-mong"),
    # so that reloading updates rows in place instead of duplicating them. Empty for units added by hand.
    ref_key = models.CharField(_("khóa dữ liệu tham chiếu"), max_length=60, null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["level", "code", "name"]
        indexes = [models.Index(fields=["level", "name_folded"])]

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("portal:place", args=[self.pk])

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def exists_on(self, day):
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    def ancestors(self):
        """Parent, grandparent… (nearest first)."""
        found, place = [], self.parent
        while place is not None and len(found) < 5:
            found.append(place)
            place = place.parent
        return found

    @property
    def path_name(self):
        """`Xã Đạp Thanh, Huyện Ba Chẽ, Tỉnh Quảng Ninh`."""
        return ", ".join(p.full_name for p in [self, *self.ancestors()])

    @property
    def validity_label(self):
        start = f"{self.valid_from:%d/%m/%Y}" if self.valid_from else "…"
        end = f"{self.valid_to:%d/%m/%Y}" if self.valid_to else gettext("nay")
        return f"{start} – {end}"


class PlaceAlias(models.Model):
    """Another name a unit is known by: an older name, a spelling, an abbreviation."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("đơn vị"))
    name = models.CharField(_("tên khác"), max_length=150)
    name_folded = models.CharField(max_length=150, db_index=True, editable=False)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("tên khác")
        verbose_name_plural = _("tên khác")
        constraints = [models.UniqueConstraint(fields=["place", "name_folded"], name="unique_alias_per_place")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)


class Succession(models.Model):
    """One line of an old→new mapping: `predecessor` (wholly or in part) became part of `successor` on `date`."""

    class Share(models.TextChoices):
        WHOLE = "whole", _("toàn bộ")
        PART = "part", _("một phần")

    predecessor = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="successions", verbose_name=_("đơn vị cũ"))
    successor = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="predecessions", verbose_name=_("đơn vị mới"))
    date = models.DateField(_("ngày hiệu lực"))
    share = models.CharField(_("phần"), max_length=5, choices=Share.choices, default=Share.WHOLE)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("kế thừa")
        verbose_name_plural = _("kế thừa")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor", "date"], name="unique_succession"),
        ]

    def __str__(self):
        return f"{self.predecessor} → {self.successor} ({self.date:%d/%m/%Y})"


class ReferenceDataset(models.Model):
    """Which version of a reference data set is loaded, so that loading it again can be skipped."""

    name = models.CharField(_("bộ dữ liệu"), max_length=60, unique=True)
    version = models.CharField(_("phiên bản"), max_length=200)
    loaded_at = models.DateTimeField(_("nạp lúc"), auto_now=True)
    summary = models.TextField(_("tóm tắt"), blank=True)

    class Meta:
        verbose_name = _("bộ dữ liệu tham chiếu")
        verbose_name_plural = _("bộ dữ liệu tham chiếu")

    def __str__(self):
        return f"{self.name} {self.version}"
