"""Writes to the mapping tables: the command, the admin and the tests call these."""

from __future__ import annotations

import re

from django.db import transaction

from chitieu.exchange.models import DataElementMapping, OrgUnitMapping
from chitieu.indicators.models import Indicator

_UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")  # DHIS2's identifiers: 11 characters, a letter first


def _check_uid(text, what, blank=False):
    text = (text or "").strip()
    if blank and not text:
        return ""
    if not _UID.match(text):
        raise ValueError(f"{what} “{text}” không phải mã DHIS2 (11 ký tự chữ và số, bắt đầu bằng chữ)")
    return text


@transaction.atomic
def map_data_element(indicator, data_element, *, modality="actual", issuer="", category_option_combo="",
                     attribute_option_combo="", unit="") -> DataElementMapping:
    """Indicator × modality × issuer ↔ data element × category option combo × attribute option combo."""
    from chitieu.indicators.services import check_modality, clean_issuer, convert_unit

    if not isinstance(indicator, Indicator):
        found = Indicator.objects.filter(code=indicator).first()
        if found is None:
            raise ValueError(f"không có chỉ tiêu mã “{indicator}”")
        indicator = found
    if unit:
        convert_unit(indicator, unit)  # InvalidValue (a ValueError) if the unit does not measure it
    mapping, _created = DataElementMapping.objects.update_or_create(
        indicator=indicator, modality=check_modality(modality), issuer=clean_issuer(issuer),
        defaults={"data_element": _check_uid(data_element, "data element"),
                  "category_option_combo": _check_uid(category_option_combo, "category option combo", blank=True),
                  "attribute_option_combo": _check_uid(attribute_option_combo, "attribute option combo", blank=True),
                  "unit": unit or ""},
    )
    return mapping


@transaction.atomic
def map_org_unit(place, org_unit) -> OrgUnitMapping:
    mapping, _created = OrgUnitMapping.objects.update_or_create(place=place, defaults={"org_unit": _check_uid(org_unit, "org unit")})
    return mapping


__all__ = ["map_data_element", "map_org_unit"]
