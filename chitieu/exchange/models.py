"""The mapping between chitieu and a DHIS2 instance: which data element (and category option combo, attribute
option combo) holds which indicator × modality × issuer, in which unit; which org unit is which place.
Periods map by rule (`chitieu.exchange.dhis2.dhis2_period`), not by table."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.indicators.models import DataValue


class DataElementMapping(models.Model):
    indicator = models.ForeignKey("indicators.Indicator", on_delete=models.CASCADE, related_name="+",
                                  verbose_name=_("chỉ tiêu"))
    modality = models.CharField(_("loại số liệu"), max_length=8, choices=DataValue.Modality.choices,
                                default=DataValue.Modality.ACTUAL)
    issuer = models.CharField(_("cấp giao"), max_length=100, blank=True, default="")
    data_element = models.CharField(_("data element (UID)"), max_length=11)
    category_option_combo = models.CharField(_("category option combo (UID)"), max_length=11, blank=True, default="")
    attribute_option_combo = models.CharField(_("attribute option combo (UID)"), max_length=11, blank=True, default="")
    # The unit the DHIS2 data element counts in (`triệu đồng`); empty: the indicator's canonical unit.
    unit = models.CharField(_("đơn vị trong DHIS2"), max_length=40, blank=True, default="")

    class Meta:
        verbose_name = _("ánh xạ data element DHIS2")
        verbose_name_plural = _("ánh xạ data element DHIS2")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "modality", "issuer"], name="one_data_element_per_key"),
            models.UniqueConstraint(fields=["data_element", "category_option_combo", "attribute_option_combo"],
                                    name="one_key_per_data_element"),
        ]

    def __str__(self):
        return f"{self.indicator.code}/{self.modality} ↔ {self.data_element}"


class OrgUnitMapping(models.Model):
    place = models.OneToOneField("places.Place", on_delete=models.CASCADE, related_name="+", verbose_name=_("địa bàn"))
    org_unit = models.CharField(_("org unit (UID)"), max_length=11, unique=True)

    class Meta:
        verbose_name = _("ánh xạ org unit DHIS2")
        verbose_name_plural = _("ánh xạ org unit DHIS2")

    def __str__(self):
        return f"{self.place} ↔ {self.org_unit}"
