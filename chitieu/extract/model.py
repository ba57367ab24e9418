"""What the extractor returns: claims (spec fields), arithmetic flags, and the whole extraction."""

from dataclasses import dataclass, field


def clean_number(number: float) -> float | int:
    """A figure as written, without the binary error of its scaling: 34,23 tỷ is 34230000000, not 34229999999.999996;
    268,4 TWh is 268400000000 kWh. Twelve significant digits, more than any report writes; a whole number as an int."""
    rounded = round(number, 9)
    if rounded and abs(rounded) >= 1:
        rounded = float(f"{rounded:.12g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < 1e18 else rounded

SPEC_FIELDS = ("start", "end", "text", "value", "value_max", "unit", "of", "qualifier",
               "measure", "basis", "modality", "subject", "place", "period")
_ROW_FIELDS = SPEC_FIELDS + ("place_level", "confidence")


@dataclass
class Claim:
    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    unit: str | None = None
    of: float | None = None
    qualifier: str | None = None
    measure: str = "level"
    basis: str | None = None
    modality: str = "actual"
    subject: str | None = None
    place: str | list | None = None
    period: str | None = None
    # Beyond the spec: the level the text gives the place (province, district, commune, city), None where it does
    # not tell or tells two (huyện and thị trấn Ba Chẽ), so that a linker can tell homonyms apart.
    place_level: str | None = None
    # Beyond the spec: how sure the rules were (0..1), from how subject, period, place, modality and measure were
    # decided (see confidence.py); reviewers start from the least sure.
    confidence: float = 1.0

    def to_dict(self, doc=None) -> dict:
        row = {"doc": doc} if doc is not None else {}
        fields = self.__dict__  # (read directly: a row is made for every claim written out)
        for name in _ROW_FIELDS:
            value = fields[name]
            if isinstance(value, float):
                value = clean_number(value)
            elif isinstance(value, tuple):
                value = list(value)
            row[name] = value
        return row


@dataclass
class Flag:
    """Claims that disagree in their arithmetic: `expected` is what the other claims imply, `found` what is stated."""

    kind: str
    message: str
    claims: list[int] = field(default_factory=list)
    expected: float | None = None
    found: float | None = None

    def to_dict(self, doc=None) -> dict:
        row = {"doc": doc} if doc is not None else {}
        row.update(kind=self.kind, message=self.message, claims=list(self.claims),
                   expected=self.expected, found=self.found)
        return row


@dataclass
class Extraction:
    text: str
    claims: list[Claim]
    flags: list[Flag]
    date: str | None
    place: str | None
    place_level: str | None = None
