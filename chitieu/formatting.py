"""Figures written the Vietnamese way: `29,577 tỷ đồng`, `82,2%`, `3.772 ha`. Pure Python.

Thousands are grouped with `.` and decimals follow `,`. Money in VND is scaled to the word a
report would use (`tỷ đồng`, `triệu đồng`), so a stored 29 577 000 000 reads `29,577 tỷ đồng`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# (lower bound, divisor, Vietnamese, English) for money, largest first.
_VND_SCALES = [(Decimal(10) ** 9, Decimal(10) ** 9, "tỷ đồng", "billion VND"),
               (Decimal(10) ** 6, Decimal(10) ** 6, "triệu đồng", "million VND")]
_USD_SCALES = [(Decimal(10) ** 6, Decimal(10) ** 6, "triệu USD", "million USD")]
_UNIT_WORDS = {
    "VND": ("đồng", "VND"), "USD": ("USD", "USD"), "tonne": ("tấn", "tonnes"), "times": ("lần", "times"),
    "year": ("năm", "years"), "month": ("tháng", "months"), "day": ("ngày", "days"),
}
_PER_UNIT_WORDS = {
    "VND/person/year": ("triệu đồng/người/năm", "million VND/person/year", Decimal(10) ** 6),
    "VND/person/month": ("triệu đồng/người/tháng", "million VND/person/month", Decimal(10) ** 6),
}


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def vi_number(value, decimals: int = 3, *, fixed: bool = False, language: str = "vi") -> str:
    """`29577.5` → `29.577,5`; at most `decimals` decimals, trailing zeros dropped unless `fixed`.
    English (`language="en"`) writes `29,577.5`."""
    number = _decimal(value)
    if number is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    number = number.quantize(quantum, ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _dot, fraction = f"{abs(number):f}".partition(".")
    if not fixed:
        fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, decimal_mark = (",", ".") if language == "en" else (".", ",")
    text = thousands.join(groups)
    if fraction:
        text += decimal_mark + fraction
    return sign + text if text.strip("0,.") else text  # no "-0"


def vi_percent(value, decimals: int = 1, *, signed: bool = False, language: str = "vi") -> str:
    """`82.1583` → `82,2%`; with `signed`, `+43,3%` / `-0,8%`."""
    number = _decimal(value)
    if number is None:
        return ""
    text = vi_number(number, decimals, language=language) + "%"
    if signed and number.quantize(Decimal(1).scaleb(-decimals)) > 0:
        text = "+" + text
    return text


def vi_points(value, decimals: int = 2, *, language: str = "vi") -> str:
    """A change of a rate in percentage points, signed: `-0,84 điểm %`."""
    number = _decimal(value)
    if number is None:
        return ""
    text = vi_number(number, decimals, language=language)
    if number > 0:
        text = "+" + text
    return text + (" điểm %" if language == "vi" else " pp")


def vi_amount(value, unit: str, *, language: str = "vi") -> str:
    """A stored value in its canonical unit, as a report writes it: `29,577 tỷ đồng`, `3.772 ha`, `45 hộ`."""
    number = _decimal(value)
    if number is None:
        return ""
    if unit == "%":
        return vi_percent(number, 2, language=language)
    divisor, decimals, word = amount_scale(number, unit, language=language)
    return f"{vi_number(number / divisor, decimals, language=language)} {word}".rstrip()


def amount_scale(value, unit: str, *, language: str = "vi") -> tuple[Decimal, int, str]:
    """How a report writes an amount of `unit` as large as `value`: (divisor, decimals, unit word) —
    29 577 000 000 VND is (10⁹, 3, `tỷ đồng`); a table column uses the scale of its result for every cell."""
    number = _decimal(value) or Decimal(0)
    column = 1 if language == "en" else 0
    scales = _VND_SCALES if unit == "VND" else _USD_SCALES if unit == "USD" else []
    for bound, divisor, *words in scales:
        if abs(number) >= bound:
            return divisor, 3, words[column]
    if unit in _PER_UNIT_WORDS:
        *words, divisor = _PER_UNIT_WORDS[unit]
        return divisor, 2, words[column]
    if unit == "%":
        return Decimal(1), 2, "%"
    return Decimal(1), 3, _UNIT_WORDS.get(unit, (unit, unit))[column]


def vi_average(value) -> str:
    """An average count with one decimal: `50.333` → `50,3`, `19.0` → `19`."""
    return vi_number(value, 1)
