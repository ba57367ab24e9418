"""Numbers, units and quantities in Vietnamese text.

`find_quantities` returns every figure of a text that can be a claim, with its span, value in
the canonical unit, range, `of` and qualifier. Words live in data/quantities.yaml; this module
holds the rules: how separators are read, what makes a number a date or a reference.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from chitieu.text import nfc

from .tables import StartsWithWord
from .workcopy import modernise

_DATA_FILE = Path(__file__).resolve().parent / "data" / "quantities.yaml"


def longest_first(words):
    return sorted(set(words), key=lambda w: (-len(w), w))


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn").lower()
    return base[0] if base else " "


class _FoldTable(dict):
    """code point → folded character, filled as characters are met (for str.translate)."""

    def __missing__(self, code):
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold_same_length(text: str) -> str:
    """Lower case, no diacritics, đ→d, one character for one character (offsets hold)."""
    folded = text.translate(_FOLD_TABLE)
    return folded if len(folded) == len(text) else "".join(_FOLD_TABLE[ord(c)] for c in text)


_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6});")


class Texts:
    """The NFC text and two same-length working copies the rules read: lowered (modern tone
    marks, lower case) and folded (no diacritics). Markup is blanked to spaces."""

    __slots__ = ("text", "lowered", "folded")

    def __init__(self, raw: str, lowered: str | None = None):
        """`lowered`: the lower-cased working copy when the caller has it (raw is then already its working copy)."""
        self.text = nfc(raw)
        if lowered is not None and len(lowered) == len(self.text):
            self.lowered = lowered
            self.folded = fold_same_length(self.text)
            return
        working = self.text
        if "<" in working:
            working = _TAG_RE.sub(lambda m: " " * len(m.group(0)), working)
        if "&" in working:
            working = _ENTITY_RE.sub(lambda m: " " * len(m.group(0)), working)
        modern = modernise(working)
        lowered = modern.lower()
        if len(lowered) != len(self.text):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in modern)
        self.lowered = lowered
        self.folded = fold_same_length(working)


with open(_DATA_FILE, encoding="utf-8") as _handle:
    _DATA = yaml.safe_load(_handle)

SCALES = {k: float(v) for k, v in _DATA["scales"].items()}
UNITS = {k: (v[0], float(v[1])) for k, v in _DATA["units"].items()}
DENOMINATORS = dict(_DATA["denominators"])
COUNT_NOUNS = longest_first(_DATA["count_nouns"])
QUALIFIERS = dict(_DATA["qualifiers"])
NUMBER_WORDS = {k: int(v) for k, v in _DATA["number_words"].items()}
WORD_MULTIPLIERS = {k: int(v) for k, v in _DATA["multipliers_in_words"].items()}
ABBREVIATIONS = dict(_DATA["count_noun_abbreviations"])
TIME_UNITS = dict(_DATA["time_units"])
MULTIPLE_WORDS = {k: float(v) for k, v in _DATA["multiple_words"].items()}
NOT_A_CLAIM_BEFORE = longest_first(_DATA["not_a_claim_before"])
NOT_A_COUNT_PHRASES = tuple(_DATA.get("not_a_count_phrases", []))


def _alternation(words):
    return "|".join(re.escape(w) for w in longest_first(words))


_END = r"(?![\w²³])"
NUMBER_RE = re.compile(r"\d(?<![\w.,/]\d)\d*(?:[.,]\d+)*")  # the digit first: a fast scan
_SPACE_RE = re.compile(r"[ \t\u00a0]*")
RANGE_RE = re.compile(r"[ \t\u00a0]*(?:-|–|—|den duoi|den|toi)[ \t\u00a0]*(?=\d)")
SLASH_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(?=\d)")
NUMBER_AT_RE = re.compile(r"\d+(?:[.,]\d+)*")
SCALE_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(SCALES) + r")" + _END)
UNIT_RE = re.compile(r"[ \t\u00a0]*(%|" + _alternation(k for k in UNITS if k != "%") + r")" + _END + r"|[ \t\u00a0]*(%)")
DENOMINATOR_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(" + _alternation(DENOMINATORS) + r")" + _END)
TIME_UNIT_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(TIME_UNITS) + r")" + _END)
ABBREVIATION_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(ABBREVIATIONS) + r")(?![\w])")
COUNT_NOUN_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(COUNT_NOUNS) + r")" + _END)
NOUN_LIST_RE = re.compile(r",[ \t\u00a0]*(" + _alternation(COUNT_NOUNS) + r")" + _END)
DATE_AFTER_RE = re.compile(r"(?:/\d{1,2}/\d{2,4}|/(?:19|20)\d\d(?!\d)|[-.]\d{1,2}[-.](?:19|20)\d\d|:\d\d|h\d\d|\s*giờ)")
REFERENCE_AFTER_RE = re.compile(r"[ \t]*/[ \t]*[A-ZĐ]{1,}|-[A-ZĐ]{2,}|[ \t]*sao" + _END)
COMPOUND_RE = re.compile(r"[ \t\u00a0]*(nghin ty|ngan ty|ty|ti)[ \t\u00a0]+(\d{1,3}(?:,\d+)?)[ \t\u00a0]*(trieu|nghin|ngan)" + _END)
_QUALIFIER_ENDINGS = tuple(QUALIFIERS)
QUALIFIER_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(" + _alternation(QUALIFIERS) + r")[ \t\u00a0]*$")
AT_LEAST_AFTER_RE = re.compile(r"[ \t\u00a0]*tro (len|xuong)" + _END)
SIGN_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(:]))([+\-−])$")
_WORDS = _alternation(list(NUMBER_WORDS) + list(WORD_MULTIPLIERS) + ["linh", "lẻ"])
WORD_NUMBER_RE = StartsWithWord(
    r"((?:" + _alternation(w for w, n in NUMBER_WORDS.items() if n > 0) + r")(?:[ \t]+|$)(?:(?:" + _WORDS
    + r")(?:[ \t]+|$)){0,6})"
)
MULTIPLE_WORD_RE = StartsWithWord(r"(" + _alternation(MULTIPLE_WORDS) + r")" + _END)
NOT_A_CLAIM_RE = re.compile(r"(?:^|(?<=[\s(,;:.\-]))(?:" + _alternation(NOT_A_CLAIM_BEFORE) + r")[ \t\u00a0.:]*(?:số[ \t]*)?$")


class Quantity(NamedTuple):
    """A figure found in the text (immutable; a named tuple because thousands are made per document)."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    of: float | None
    qualifier: str | None
    role: str | None = None  # "done" / "plan" for the halves of 813/520ha
    number_text: str = ""
    unit_text: str = ""
    sign: str | None = None  # "+" or "-" written before the number

    def as_json(self) -> dict:
        data = {"value": _clean(self.value), "unit": self.unit}
        if self.value_max is not None:
            data["min"], data["max"] = _clean(self.value), _clean(self.value_max)
        if self.of is not None:
            data["of"] = _clean(self.of)
        if self.qualifier:
            data["qualifier"] = self.qualifier
        return data


def _clean(number):
    if number is None:
        return None
    rounded = round(number, 9)
    return int(rounded) if float(rounded).is_integer() and abs(rounded) < 1e18 else rounded


def parse_number(raw: str, *, integer_expected=False, dot_is_decimal=False) -> float:
    """Reads a number written the Vietnamese way (`.` thousands, `,` decimals) or mixed up."""
    raw = raw.strip()
    has_dot, has_comma = "." in raw, "," in raw
    if has_dot and has_comma:
        if raw.rfind(",") > raw.rfind("."):
            return float(raw.replace(".", "").replace(",", "."))
        return float(raw.replace(",", ""))
    if has_dot:
        groups = raw.split(".")
        if len(groups) > 2 or (all(len(g) == 3 for g in groups[1:]) and not dot_is_decimal):
            return float(raw.replace(".", ""))
        return float(raw)
    if has_comma:
        groups = raw.split(",")
        if len(groups) > 2 and all(len(g) == 3 for g in groups[1:]):
            return float(raw.replace(",", ""))
        if integer_expected and len(groups) == 2 and len(groups[1]) == 3:
            return float(raw.replace(",", ""))
        return float(groups[0] + "." + "".join(groups[1:]))
    return float(raw)


def parse_unit(unit_text: str):
    """`"tỷ đồng"` → `("VND", 1e9)`; `"ha"` → `("ha", 1.0)`; `"hộ"` → `("hộ", 1.0)`; unknown → None."""
    if not unit_text or not unit_text.strip():
        return None
    texts = Texts(" " + unit_text.strip())
    parsed = _read_unit(texts, 0)
    if parsed is None or parsed[0] < len(texts.text.rstrip()):
        return None
    _end, unit, factor, _kind = parsed
    return unit, factor


def _read_unit(texts: Texts, pos: int):
    """Scale, unit and denominators from `pos`: (end, canonical unit, factor, kind) or None."""
    folded = texts.folded
    factor = 1.0
    scale_match = SCALE_RE.match(folded, pos)
    if scale_match:
        factor = SCALES[scale_match.group(1)]
        pos = scale_match.end()
    unit_match = UNIT_RE.match(folded, pos)
    if unit_match:
        key = unit_match.group(1) or unit_match.group(2)
        unit, unit_factor = UNITS[key]
        pos = unit_match.end()
        kind = "measure"
        if unit == "times":
            kind = "times"
        elif unit == "%":
            kind = "percent"
        factor *= unit_factor
    else:
        noun_match = COUNT_NOUN_RE.match(texts.lowered, pos) or ABBREVIATION_RE.match(texts.text, pos)
        if noun_match:
            unit = ABBREVIATIONS.get(noun_match.group(1), noun_match.group(1))
            pos = noun_match.end()
            kind = "count"
            list_match = NOUN_LIST_RE.match(texts.lowered, pos)
            while list_match:  # "35 dự án, công trình": the first noun is the unit
                pos = list_match.end()
                list_match = NOUN_LIST_RE.match(texts.lowered, pos)
        elif TIME_UNIT_RE.match(folded, pos) and DENOMINATOR_RE.match(folded, TIME_UNIT_RE.match(folded, pos).end()):
            time_unit = TIME_UNIT_RE.match(folded, pos)
            unit, kind, pos = TIME_UNITS[time_unit.group(1)], "count", time_unit.end()
        elif scale_match and DENOMINATOR_RE.match(folded, pos):
            unit, kind = "VND", "measure"  # "56 triệu/người/năm": money whose currency is left out
        else:
            return None
    denominators = []
    while True:
        den = DENOMINATOR_RE.match(folded, pos)
        if not den:
            break
        denominators.append(DENOMINATORS[den.group(1)])
        pos = den.end()
    if denominators and kind == "percent":
        denominators = []  # "0,4%/năm" is a percentage
    if denominators:
        unit = "/".join([unit, *denominators])
        kind = "rate"
    return pos, unit, factor, kind


def _idiom_at(lowered: str, pos: int, end: int) -> bool:
    """The counting noun at lowered[pos:end] starts an idiom of NOT_A_COUNT_PHRASES (`2 con số`)."""
    phrase = " ".join(lowered[pos:end + 12].split())
    return any(phrase.startswith(idiom) and (len(phrase) == len(idiom) or not phrase[len(idiom)].isalnum())
               for idiom in NOT_A_COUNT_PHRASES)


def _word_number_value(words: list[str]) -> float | None:
    """`hai mươi lăm` → 25, `một trăm linh năm` → 105, `ba nghìn` → 3000 (words with diacritics)."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in ("linh", "lẻ"):
            continue
        if word in NUMBER_WORDS:
            number = NUMBER_WORDS[word]
            current = current + number if not (number == 10 and current) else current * 10
            seen = True
        elif word in WORD_MULTIPLIERS:
            multiplier = WORD_MULTIPLIERS[word]
            if multiplier == 10:  # "hai mươi"
                current = (current or 1) * 10
            elif multiplier == 100:
                current = (current or 1) * 100
            else:  # nghìn, triệu, tỷ close a group
                total, current = (total + (current or 1)) * multiplier if multiplier > 1000 else total + (current or 1) * multiplier, 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


_NOT_A_CLAIM_ENDINGS = tuple(NOT_A_CLAIM_BEFORE) + ("số",)


def _excluded_before(texts: Texts, start: int) -> bool:
    before = texts.lowered[max(0, start - 30):start]
    if not before.rstrip(" \t\u00a0.:").endswith(_NOT_A_CLAIM_ENDINGS):
        return False  # the common case, without a regular expression
    return bool(NOT_A_CLAIM_RE.search(before))


def _qualifier_before(texts: Texts, start: int) -> str | None:
    before = texts.folded[max(0, start - 20):start]
    if not before.rstrip(" \t\u00a0").endswith(_QUALIFIER_ENDINGS):
        return None  # the common case, without a regular expression
    match = QUALIFIER_BEFORE_RE.search(before)
    return QUALIFIERS[match.group(1)] if match else None


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100


def find_quantities(text_or_texts) -> list[Quantity]:
    """Every figure in the text that can be a claim, in order of appearance."""
    texts = text_or_texts if isinstance(text_or_texts, Texts) else Texts(text_or_texts)
    text, folded = texts.text, texts.folded
    found: list[Quantity] = []
    consumed_until = 0
    for match in NUMBER_RE.finditer(folded):
        start = match.start()
        if start < consumed_until:
            continue
        raw = match.group(0)
        after = match.end()
        if start > 0 and folded[start - 1] == "-" and start > 1 and folded[start - 2].isalpha():
            continue  # Covid-19
        date_or_reference = DATE_AFTER_RE.match(folded, after) or REFERENCE_AFTER_RE.match(text, after)
        if date_or_reference:
            consumed_until = date_or_reference.end()
            continue
        quantity = _read_quantity(texts, start, raw, after)
        if quantity is None:
            continue
        # A reference, date part or rank is a whole number without a percent: "Nghị quyết 0,36%" is a figure.
        if "," not in raw and quantity[0].unit != "%" and _excluded_before(texts, start):
            continue
        found.extend(quantity)
        consumed_until = quantity[-1].end
    found.extend(_word_quantities(texts, found))
    found.sort(key=lambda q: q.start)
    return found


def _read_quantity(texts: Texts, start: int, raw: str, pos: int) -> list[Quantity] | None:
    folded, text = texts.folded, texts.text
    raw_max = raw_of = None
    range_match = RANGE_RE.match(folded, pos)
    if range_match:
        second = NUMBER_AT_RE.match(folded, range_match.end())
        if second and not DATE_AFTER_RE.match(folded, second.end()):
            raw_max, pos = second.group(0), second.end()
    slash = SLASH_RE.match(folded, pos)
    if slash:
        den = NUMBER_AT_RE.match(folded, slash.end())
        if den and not DATE_AFTER_RE.match(folded, den.end()) and not _looks_like_year(den.group(0)):
            raw_of, pos = den.group(0), den.end()
        elif den:
            return None
    if _looks_like_year(raw) and raw_max and _looks_like_year(raw_max):
        return None  # 2021-2025
    compound_extra = 0.0
    compound = COMPOUND_RE.match(folded, pos) if raw_max is None and raw_of is None else None
    if compound and SCALES[compound.group(3)] < SCALES[compound.group(1)]:
        # "287 tỷ 824 triệu đồng": read the unit after the smaller scale, count in the larger one.
        big, small = SCALES[compound.group(1)], SCALES[compound.group(3)]
        compound_extra = parse_number(compound.group(2)) * small / big
        unit_read = _read_unit(texts, compound.end(3))
        if unit_read is not None:
            unit_read = (unit_read[0], unit_read[1], unit_read[2] * big, unit_read[3])
    else:
        unit_read = _read_unit(texts, pos)
    if unit_read is None:
        return None
    end, unit, factor, kind = unit_read
    after_unit = end
    if kind == "count" and NOT_A_COUNT_PHRASES and _idiom_at(texts.lowered, pos, end):
        return None
    qualifier = _qualifier_before(texts, start)
    if AT_LEAST_AFTER_RE.match(folded, end):
        at = AT_LEAST_AFTER_RE.match(folded, end)
        qualifier = "at_least" if at.group(1) == "len" else "at_most"
    if kind == "times" and folded[end - 3:end] == "lan" and re.match(r"\s*thu" + _END, folded[end:end + 6]):
        return None  # "lần thứ"
    sign_match = SIGN_BEFORE_RE.search(folded[max(0, start - 2):start]) if start and folded[start - 1] in "+-−" else None
    sign = None
    span_start = start
    if sign_match:
        sign = "-" if sign_match.group(1) in "-−" else "+"
        span_start = start - 1
    integer_expected = kind == "count" and factor == 1
    dot_is_decimal = unit == "USD" and factor >= 1e9
    value = parse_number(raw, integer_expected=integer_expected, dot_is_decimal=dot_is_decimal) + compound_extra
    if sign == "-":
        value = -value
    value_max = None
    if raw_max is not None:
        value_max = parse_number(raw_max, integer_expected=integer_expected, dot_is_decimal=dot_is_decimal) * factor
        if sign == "-":
            value_max = -value_max
    unit_text = text[pos:after_unit].strip()
    if raw_of is not None and kind in ("measure", "rate") and raw_max is None:
        # done/plan: "813/520ha" → 813 ha done and 520 ha planned
        plan_start = pos - len(raw_of)
        plan_value = parse_number(raw_of, dot_is_decimal=dot_is_decimal) * factor
        done = Quantity(span_start, start + len(raw), text[span_start:start + len(raw)], value * factor, None, unit,
                        None, qualifier, "done", raw, unit_text, sign)
        plan = Quantity(plan_start, after_unit, text[plan_start:after_unit], plan_value, None, unit, None, None,
                        "plan", raw_of, unit_text)
        return [done, plan]
    of = parse_number(raw_of, integer_expected=True) if raw_of is not None else None
    if of is not None and kind == "percent":
        return None
    return [Quantity(span_start, after_unit, text[span_start:after_unit], value * factor, value_max, unit, of,
                     qualifier, None, raw if raw_max is None else text[start:pos].strip(), unit_text, sign)]


def _word_quantities(texts: Texts, numeric: list[Quantity]) -> list[Quantity]:
    """Numbers written in words before a counting noun (`hai xã`, `mười lăm hộ`) and `gấp đôi`."""
    starts = [q.start for q in numeric]
    ends = [q.end for q in numeric]

    def taken(position):
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    results = []
    folded = texts.folded
    for match in MULTIPLE_WORD_RE.finditer(folded):
        start, end = match.span()
        if not taken(start):
            results.append(Quantity(start, end, texts.text[start:end], MULTIPLE_WORDS[match.group(1)], None, "times",
                                    None, None, None, match.group(1), ""))
    for match in WORD_NUMBER_RE.finditer(texts.lowered):
        start = match.start()
        words = match.group(1).split()
        if words == ["năm"] or taken(start):  # a lone "năm" is far more often "year" than "five"
            continue
        value = _word_number_value(words)
        if value is None or value < 2 or _excluded_before(texts, start):
            continue
        unit_read = _read_unit(texts, match.end(1) - 1)
        if unit_read is None or unit_read[3] not in ("count", "percent"):
            continue
        end, unit, factor, _kind = unit_read
        results.append(Quantity(start, end, texts.text[start:end], value * factor, None, unit, None,
                                _qualifier_before(texts, start), None, match.group(1).strip(), texts.text[match.end(1):end].strip()))
    return results


def parse_quantity(phrase: str) -> Quantity | None:
    """The first quantity of a phrase (`1,5 triệu đồng`, `từ 1 - 1,5%`, `7/8 tiêu chí`, `hai mươi lăm`), or None.

    Unlike find_quantities, a number without a unit still parses (unit ""), as the quantity command wants."""
    texts = Texts(phrase)
    found = find_quantities(texts)
    if found:
        return found[0]
    folded = texts.folded
    for match in NUMBER_RE.finditer(folded):
        if DATE_AFTER_RE.match(folded, match.end()) or _excluded_before(texts, match.start()):
            continue
        pos, factor, raw_max = match.end(), 1.0, None
        range_match = RANGE_RE.match(folded, pos)
        if range_match and NUMBER_AT_RE.match(folded, range_match.end()):
            second = NUMBER_AT_RE.match(folded, range_match.end())
            raw_max, pos = second.group(0), second.end()
        scale = SCALE_RE.match(folded, pos)
        if scale:
            factor, pos = SCALES[scale.group(1)], scale.end()
        value = parse_number(match.group(0)) * factor
        value_max = parse_number(raw_max) * factor if raw_max else None
        return Quantity(match.start(), pos, texts.text[match.start():pos].strip(), value, value_max, "", None,
                        _qualifier_before(texts, match.start()), None, match.group(0), "")
    words = texts.lowered.split()
    multiplier = 1.0
    value = _word_number_value(words) if words else None
    if value is None:
        return None
    return Quantity(0, len(texts.text), texts.text.strip(), value * multiplier, None, "", None, None)


__all__ = ["Quantity", "Texts", "find_quantities", "parse_quantity", "parse_unit", "parse_number", "fold_same_length"]
