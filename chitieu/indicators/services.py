"""Every write to the catalogue and the value store goes through these functions: the admin, the
import, the review of claims, the demo and the tests all call them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.db import transaction
from django.utils.translation import gettext as _

from chitieu.indicators.models import DataValue, Indicator, IndicatorPhrase
from chitieu.periods import Period
from chitieu.text import fold

CATALOGUE_FILE = Path(__file__).parent / "data" / "catalogue.yaml"
MODALITIES = [choice for choice, _label in DataValue.Modality.choices]
SOURCES = [choice for choice, _label in DataValue.Source.choices]
_MAX_ABS = Decimal(10) ** 21  # what DecimalField(max_digits=28, decimal_places=6) can hold


class InvalidValue(ValueError):
    """A value that cannot be stored; `field` names the input at fault (indicator, place, period, modality,
    value, unit, issuer) so that forms and imports can point at it."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


# ------------------------------------------------------------------------------------------ catalogue


def load_catalogue(log=print, path: Path = CATALOGUE_FILE):
    """Create or update the catalogue from its data file (safe to run again: codes are the keys, and the
    phrases of each indicator become exactly those of the file)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    groups = data.get("groups", {})
    entries = data["indicators"]
    codes = [entry["code"] for entry in entries]
    duplicated = {code for code in codes if codes.count(code) > 1}
    if duplicated:
        raise ValueError(f"{path}: the codes {', '.join(sorted(duplicated))} appear twice")
    with transaction.atomic():
        by_code = {}
        for entry in entries:
            fields = {
                "name_vi": entry["name_vi"], "name_en": entry["name_en"], "unit": entry["unit"],
                "kind": entry["kind"], "aggregation": entry.get("aggregation", "none"),
                "good_direction": entry.get("good_direction", "up"),
                "group": groups.get(entry.get("group"), entry.get("group", "")),
                "description": entry.get("description", ""), "legal_code": entry.get("legal_code") or "",
                "share_of_whole": entry.get("share_of_whole", True),
            }
            indicator, _created = Indicator.objects.update_or_create(code=entry["code"], defaults=fields)
            by_code[indicator.code] = indicator
            _set_phrases(indicator, [indicator.name_vi, *entry.get("phrases", [])])
        for entry in entries:  # links to other indicators, once all exist
            indicator = by_code[entry["code"]]
            indicator.parent = _linked(by_code, entry, "parent", path)
            indicator.weight = _linked(by_code, entry, "weight", path)
            indicator.save(update_fields=["parent", "weight"])
    log(f"  {len(entries)} chỉ tiêu trong danh mục")
    return by_code


def _linked(by_code, entry, key, path):
    code = entry.get(key)
    if not code:
        return None
    if code not in by_code:
        raise ValueError(f"{path}: {entry['code']}.{key} names {code}, which is not in the catalogue")
    return by_code[code]


def _set_phrases(indicator, phrases):
    wanted = {}
    for phrase in phrases:
        wanted.setdefault(fold(phrase), phrase)
    indicator.phrases.exclude(phrase_folded__in=wanted).delete()
    have = set(indicator.phrases.values_list("phrase_folded", flat=True))
    for folded, phrase in wanted.items():
        if folded not in have:
            IndicatorPhrase.objects.create(indicator=indicator, phrase=phrase)


def find_indicator(code_or_name: str) -> Indicator | None:
    """By code, or by a name or phrase written with or without diacritics."""
    text = (code_or_name or "").strip()
    if not text:
        return None
    found = Indicator.objects.filter(code=text).first()
    if found:
        return found
    folded = fold(text)
    phrase = IndicatorPhrase.objects.filter(phrase_folded=folded).select_related("indicator")
    indicators = {p.indicator for p in phrase}
    return indicators.pop() if len(indicators) == 1 else None


# ------------------------------------------------------------------------------------------ values


def convert_unit(indicator: Indicator, unit: str | None) -> Decimal:
    """The factor that brings a value written in `unit` to the indicator's canonical unit
    (`tỷ đồng` → 1e9 for a VND indicator); InvalidValue if the unit does not measure this indicator."""
    unit = (unit or "").strip()
    if not unit or unit == indicator.unit:
        return Decimal(1)
    from chitieu.extract.quantities import parse_unit

    parsed = parse_unit(unit)
    if parsed is None and not any(ch.isdigit() for ch in unit):
        parsed = parse_unit(unit.lower())
    if parsed is not None:
        canonical, factor = parsed
        # Counting nouns agree on their first syllable, as the claim spec scores them (lượt = lượt khách).
        if canonical == indicator.unit or (
            canonical.split()[0] == indicator.unit.split()[0] and not _is_measure(canonical)
        ):
            return Decimal(str(factor))
    raise InvalidValue(
        "unit", _("đơn vị “%(unit)s” không dùng được cho chỉ tiêu “%(indicator)s” (đơn vị chuẩn: %(canonical)s)")
        % {"unit": unit, "indicator": indicator.name_vi, "canonical": indicator.unit},
    )


def _is_measure(unit: str) -> bool:
    return unit in {"VND", "USD", "ha", "km", "km2", "m", "m2", "m3", "tonne", "kg", "kWh", "MW", "%", "times"}


def to_decimal(value) -> Decimal:
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool) or value is None:
        raise InvalidValue("value", _("thiếu giá trị"))
    elif isinstance(value, (int, float)):
        number = Decimal(str(value))
    else:
        text = str(value).strip()
        if not text:
            raise InvalidValue("value", _("thiếu giá trị"))
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidValue("value", _("“%s” không phải là số (viết 29577000000 hoặc 29577.5)") % text) from None
    if not number.is_finite():
        raise InvalidValue("value", _("“%s” không phải là số hữu hạn") % value)
    return number


@dataclass(frozen=True)
class ValueKey:
    indicator: Indicator
    place: object
    period: Period
    modality: str
    issuer: str


def check_period(period) -> Period:
    try:
        return period if isinstance(period, Period) else Period.parse(str(period or ""))
    except ValueError as error:
        raise InvalidValue("period", str(error)) from None


def check_modality(modality) -> str:
    if modality not in MODALITIES:
        raise InvalidValue(
            "modality", _("loại số liệu “%(given)s” không hợp lệ (một trong: %(allowed)s)")
            % {"given": modality, "allowed": ", ".join(MODALITIES)},
        )
    return modality


def clean_issuer(issuer) -> str:
    issuer = " ".join((issuer or "").split())
    if len(issuer) > 100:
        raise InvalidValue("issuer", _("cấp giao dài quá 100 ký tự"))
    return issuer


def validate_key(*, indicator, place, period, modality, issuer="") -> ValueKey:
    if not isinstance(indicator, Indicator):
        raise InvalidValue("indicator", _("thiếu chỉ tiêu"))
    if place is None:
        raise InvalidValue("place", _("thiếu địa bàn"))
    return ValueKey(indicator, place, check_period(period), check_modality(modality), clean_issuer(issuer))


def find_value(indicator, place, period, modality, issuer="") -> DataValue | None:
    """The value stored under this key, if any."""
    period_text = str(period) if isinstance(period, Period) else str(period or "")
    return DataValue.objects.filter(
        indicator=indicator, place=place, period=period_text, modality=modality, issuer=clean_issuer(issuer)
    ).order_by().first()


def canonical_number(indicator, value, unit=None) -> Decimal:
    """`value` written in `unit`, in the indicator's canonical unit, as stored (InvalidValue if it cannot be)."""
    number = to_decimal(value) * convert_unit(indicator, unit)
    number = number.quantize(Decimal("0.000001"))
    if abs(number) >= _MAX_ABS:
        raise InvalidValue("value", _("giá trị %s quá lớn") % value)
    return number


def check_source(source) -> str:
    if source not in SOURCES:
        raise InvalidValue("source", _("nguồn “%s” không hợp lệ") % source)
    return source


def locked_value(key: ValueKey) -> DataValue | None:
    """The value stored under `key`, locked until the end of the transaction (call inside one)."""
    return DataValue.objects.select_for_update().filter(
        indicator=key.indicator, place=key.place, period=str(key.period), modality=key.modality, issuer=key.issuer,
    ).order_by().first()


def save_value(stored: DataValue | None, key: ValueKey, fields: dict, *, user=None, reason="", via="") -> DataValue:
    """Write `fields` onto the stored value of `key` (or a new one), telling the history who, why and through
    what. The one place where a value row is written; the rules of who may write what live in the callers
    (`chitieu.workflow.services`)."""
    from chitieu.indicators.history import mark_change

    if stored is None:
        stored = DataValue(
            indicator=key.indicator, place=key.place, period=str(key.period), modality=key.modality, issuer=key.issuer,
            period_start=key.period.start, period_end=key.period.end, created_by=user if getattr(user, "pk", None) else None,
        )
    for name, field_value in fields.items():
        setattr(stored, name, field_value)
    if getattr(user, "pk", None):
        stored.updated_by = user
    mark_change(stored, user=user, reason=reason, via=via)
    stored.save()
    return stored


def record_value(*, indicator, place, period, modality, value, unit=None, issuer="", source=DataValue.Source.ENTERED,
                 source_detail=None, user=None, note="", state=DataValue.State.APPROVED, reason="",
                 via="system") -> DataValue:
    """Store (or update) the value of indicator × place × period × modality × issuer, converted to the
    indicator's canonical unit, in the given `state`; the provenance (`source`, `source_detail`) and the user
    are kept, and the history records the change.

    Trusted writer for reference loaders and test fixtures: no scope check and no protection of approved
    values. Staff actions (screens, admin, imports, claims) go through `chitieu.workflow.services.enter_value`,
    which applies the reporting cycle's rules and then writes through `save_value`."""
    key = validate_key(indicator=indicator, place=place, period=period, modality=modality, issuer=issuer)
    fields = {
        "value": canonical_number(indicator, value, unit), "unit": indicator.unit, "source": check_source(source),
        "source_detail": source_detail or {}, "note": (note or "")[:500], "state": state,
    }
    with transaction.atomic():
        stored = locked_value(key)
        return save_value(stored, key, fields, user=user, reason=reason, via=via)


def delete_value(value: DataValue, user=None, reason="", via="") -> None:
    """Remove a stored value (the claims it came from stay, unlinked from it; its history stays)."""
    from chitieu.indicators.history import mark_change

    mark_change(value, user=user, reason=reason, via=via)
    value.delete()
