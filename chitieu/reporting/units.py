"""The units a clerk may write an indicator's value in, with the factor to its canonical unit.

The factors come from the indicator service's own conversion (`convert_unit`, which reads the extractor's
unit table), so a choice offered here is always one the store accepts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from chitieu.formatting import _UNIT_WORDS
from chitieu.indicators.services import InvalidValue, convert_unit

# Words a report writes each canonical unit in, the usual one first.
_CHOICES = {
    "VND": ["tỷ đồng", "triệu đồng", "đồng"],
    "USD": ["triệu USD", "USD"],
    "VND/person/year": ["triệu đồng/người/năm"],
    "VND/person/month": ["triệu đồng/người/tháng"],
    "tonne": ["tấn"],
}


@dataclass(frozen=True)
class UnitChoice:
    label: str
    factor: Decimal  # value in this unit × factor = value in the canonical unit


_CACHE: dict[str, list[UnitChoice]] = {}


def unit_choices(indicator) -> list[UnitChoice]:
    """The choices depend on the canonical unit alone: computed once per unit."""
    if indicator.unit not in _CACHE:
        _CACHE[indicator.unit] = _choices(indicator)
    return _CACHE[indicator.unit]


def _choices(indicator) -> list[UnitChoice]:
    words = _CHOICES.get(indicator.unit) or [_UNIT_WORDS.get(indicator.unit, (indicator.unit,))[0]]
    choices = []
    for word in words:
        try:
            choices.append(UnitChoice(word, convert_unit(indicator, word)))
        except InvalidValue:
            continue
    return choices or [UnitChoice(indicator.unit, Decimal(1))]


def default_choice(indicator, value: Decimal | None = None) -> UnitChoice:
    """The unit a value reads best in: `tỷ đồng` from a billion up, `triệu đồng` below, the first otherwise."""
    choices = unit_choices(indicator)
    if value is not None:
        for choice in choices:
            if choice.factor > 1 and abs(value) >= choice.factor:
                return choice
        if len(choices) > 1 and value != 0 and abs(value) < choices[0].factor:
            fitting = [c for c in choices if abs(value) >= c.factor]
            if fitting:
                return fitting[0]
    return choices[0]
