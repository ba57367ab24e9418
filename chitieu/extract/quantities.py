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

import yaml

from chitieu.text import nfc

from .model import clean_number
from .tables import DATA_DIR, YAML_LOADER, StartsWithWord, longest_first
from .workcopy import modernise

_DATA_FILE = DATA_DIR / "quantities.yaml"


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
    _DATA = yaml.load(_handle, Loader=YAML_LOADER)  # noqa: S506 (a safe loader)

SCALES = {k: float(v) for k, v in _DATA["scales"].items()}
UNITS = {k: (v[0], float(v[1])) for k, v in _DATA["units"].items()}
DENOMINATORS = dict(_DATA["denominators"])
COUNT_NOUNS = longest_first(_DATA["count_nouns"])
QUALIFIERS = dict(_DATA["qualifiers"])
_COMPARATIVES_BEFORE_HON = tuple(f" {w}" for w in _DATA.get("comparatives_before_hon", []))
NUMBER_WORDS = {k: (int(v) if float(v).is_integer() else float(v)) for k, v in _DATA["number_words"].items()}
UNITS_WITH_DIACRITICS = {k: (v[0], float(v[1])) for k, v in _DATA["units_with_diacritics"].items()}
CURRENCY_PREFIXES = dict(_DATA["currency_prefixes"])
# (and the codes of the currencies below: "GBP 4,50", "JPY1.000")
CURRENCY_PREFIXES.update({code: iso for code, iso in _DATA["foreign_currencies"].items()
                          if code.isascii() and code.isalpha() and len(code) == 3 and code.upper() == iso})
EMPTY_PLACE_WORDS = tuple(_DATA["empty_place_words"])
HALF_WORDS = tuple(_DATA["half_words"])
DECIMAL_POINT_WORDS = tuple(_DATA["decimal_point_words"])
NEGATIVE_WORDS = tuple(_DATA["negative_words"])
NOT_FIRST_WORDS = tuple(_DATA["not_first_number_words"])
# Units whose word opens a counting noun ("dong" of "đồng chí"): only after them is a longer noun looked for.
_CURRENCY_PREFIX_ENDINGS = frozenset(fold_same_length(prefix)[-1] for prefix in CURRENCY_PREFIXES)
_RANGE_OPENER_ENDINGS = frozenset("ừaả")  # từ, giữa, khoảng
UNITS_OPENING_NOUNS = frozenset(unit for unit in UNITS for noun in COUNT_NOUNS
                                if fold_same_length(noun).startswith(unit + " "))
WORD_MULTIPLIERS = {k: int(v) for k, v in _DATA["multipliers_in_words"].items()}
ABBREVIATIONS = dict(_DATA["count_noun_abbreviations"])
TIME_UNITS = dict(_DATA["time_units"])
MULTIPLE_WORDS = {k: float(v) for k, v in _DATA["multiple_words"].items()}
NOT_A_CLAIM_BEFORE = longest_first(_DATA["not_a_claim_before"])
_NOT_A_CLAIM_PHRASES = frozenset(NOT_A_CLAIM_BEFORE)
NOT_A_COUNT_PHRASES = tuple(_DATA.get("not_a_count_phrases", []))
ONE_PART_NOUNS = frozenset(_DATA.get("one_part_nouns", []))
# (noun before, counting noun after) of a count that names a kind of that noun: "lúa 2 vụ" (double-cropped rice)
_KINDS_NAMED_BY_A_COUNT = {(before, after) for before, afters in _DATA["kinds_named_by_a_count"].items()
                           for after in afters}
_KIND_NOUN_BEFORE_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in longest_first(
    _DATA["kinds_named_by_a_count"])) + r")[ \t\u00a0]+$")
_LONGEST_IDIOM = max((len(p) for p in NOT_A_COUNT_PHRASES), default=0) + 2
SCALE_SPELLINGS = frozenset(_DATA["scale_spellings"])
NOT_COUNT_NOUNS = frozenset(_DATA["not_count_nouns"])
NOT_COUNT_WORDS = frozenset(_DATA.get("not_count_words", []))
VERBS_AFTER_A_COUNT = frozenset(_DATA["verbs_after_a_count"])
CAPITALISED_COUNT_NOUNS = frozenset(_DATA["capitalised_count_nouns"])
MINOR_CURRENCY_WORDS = tuple(_DATA["minor_currency_words"])
FRACTION_DENOMINATORS = {k: int(v) for k, v in _DATA["fraction_denominators"].items()}


def _alternation(words):
    return "|".join(re.escape(w) for w in longest_first(words))


_END = r"(?![\w²³])"
# The digit first: a fast scan. Not inside a word or after a separator, except right after a currency code glued to it
# (VND1000, USD2,5).
# (a comma glued between a word and a number separates list items: "15-18 tiêu chí,01 xã đạt …")
# ("37,2 tỷ đồng/5.140 hộ", "6.210 ha/11.470 hộ": an amount and the count it was shared among, two figures;
# not after a quarter's numeral: "quý IV/2022")
# (a figure glued to the verb before it, a typing slip or a page that lost the space: "ước đạt16.743 tỷ đồng", "chế
# tạotăng1,36%")
NUMBER_RE = re.compile(r"\d(?:(?<![\w.,/]\d)|(?<=usd\d)|(?<=vnd\d)|(?<=\sdat\d)|(?<=tang\d)|(?<=giam\d)|(?<=[^\W\d_],\d)|(?<=[^\W\d_ivx]/\d))\d*(?:[.,]\d+)*")
_SPACE_RE = re.compile(r"[ \t\u00a0]*")
# ("từ 60 đến trên 70%": a bound word on the upper end only, the range is the same)
RANGE_RE = re.compile(r"[ \t\u00a0]*(?:-|–|—|(?:den|toi)(?:[ \t\u00a0]+(?:duoi|tren|hon|gan|khoang))?)[ \t\u00a0]*"
                      r"(?:(?:vnd|usd)[ \t\u00a0]*)?(?=\d)")
SLASH_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(?=\d)")
NUMBER_AT_RE = re.compile(r"\d+(?:[.,]\d+)*")
OUT_OF_RE = re.compile(r"[ \t\u00a0]+trong[ \t\u00a0]+(?:(?:tong[ \t\u00a0]+)?so[ \t\u00a0]+)?(?=\d)")  # (folded text)
SCALE_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(SCALES) + r")" + _END)
# The open rule for counts: a lower-case word right after the number (checked against NOT_COUNT_NOUNS); not a web
# address's first part ("GMT+7 baophutho.vn …": a site's name, not what is counted).
OPEN_NOUN_RE = re.compile(r"[ \t\u00a0]+([^\W\d_]{2,})(?![\w'’/-]|\.\w)")
# "2 đô la và 23 xen", "2 đô 23 xu", "1 đô la và bốn mươi hai xen": the cents after the dollars (in digits or words).
MINOR_CURRENCY_RE = re.compile(r"[ \t\u00a0]+(?:và[ \t\u00a0]+)?(\d{1,2}|[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){0,2}?)[ \t\u00a0]*("
                               + _alternation(_DATA["minor_currency_words"]) + r")" + r"(?!\w)")
# "hai đô 23": cents said without their word, as the spoken tail of a phrase (nothing after them)
CENTS_TAIL_RE = re.compile(r"[ \t\u00a0]+(\d{2})[ \t\u00a0]*$")
# "30 ha/45 ha": done and planned, the unit written at both ends.
SECOND_HALF_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(\d+(?:[.,]\d+)*)")


_MULTIPLE_BEFORE_RE = re.compile(r"(?<!\w)gấp\s+$")
# (in the folded text) "từ 36,52 lúc đầu năm xuống còn 31,07%": the first rate of a fall or rise written
# without its unit takes the percent of the second
_RESPECTIVE_BEFORE_RE = re.compile(r"(?<!\w)lan\s+luot(?:\s+la)?\s*:?\s*$")
_AND_PERCENT_AFTER_RE = re.compile(r"\s*(?:va|,)\s*\d[\d.,]*\s*%")
_FROM_BARE_TO_PERCENT_RE = re.compile(r"[^\d;.()%]{0,40}?\s(?:giam\s+)?(?:xuong|len)(?:\s+con|\s+muc)?\s+\d[\d.,]*\s*%")
# Money in a currency the spec names no code for ("200 tỷ yên", "3 triệu đô la Úc"), on the lowered text after the scale.
FOREIGN_CURRENCIES = dict(_DATA["foreign_currencies"])
# (the currencies whose hundredths a text may say after them, as it does a dollar's cents)
_CURRENCIES_WITH_CENTS = frozenset(code for code in FOREIGN_CURRENCIES.values() if code not in ("JPY", "KRW")) | {"EUR"}
FOREIGN_CURRENCY_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(FOREIGN_CURRENCIES) + r")(?!\w)")
_CAPITAL_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+[^\W\d_]")
# "hai phần ba", "một phần tư": the denominator of a fraction in words (not a year after it: "một phần năm 2023")
FRACTION_IN_WORDS_RE = re.compile(r"[ \t\u00a0]*" + re.escape(_DATA["fraction_word"]) + r"[ \t\u00a0]+("
                                  + _alternation(FRACTION_DENOMINATORS) + r")(?!\w)(?![ \t\u00a0]*\d)")


def _foreign_currency_at(texts, pos: int):
    """After the number (and its scale) at pos, a currency the spec names no code for: (where its name ends, its ISO
    code), or None. The figure is no đồng or dollar."""
    scale = _scale_match(texts, pos)
    match = FOREIGN_CURRENCY_RE.match(texts.lowered, scale.end() if scale else pos)
    if match is None:
        return None
    if match.group(1) == "yên":  # "Yên Bái", "Yên Lạc": the syllable opens a place's name, not the yen
        after = _CAPITAL_WORD_AFTER_RE.match(texts.text, match.end())
        if after is not None and texts.text[after.end() - 1].isupper():
            return None
    return match.end(), FOREIGN_CURRENCIES[match.group(1)]


def _scale_match(texts, pos, match=None):
    """SCALE_RE at pos in the folded text, if the words are spelled as scales ("trạm" folds to "tram" but is a station)."""
    match = match or SCALE_RE.match(texts.folded, pos)
    if match is None:
        return None
    written = texts.lowered[match.start(1):match.end(1)]
    if _RATE_WORD_AFTER_SCALE_RE.match(texts.lowered, match.end(1)):
        return None  # "Đến cuối năm 2023 tỷ lệ hộ nghèo …": "tỷ lệ" is a rate, not billions
    if written.isascii() or all(word in SCALE_SPELLINGS for word in written.split()):
        return match
    return None


_RATE_WORD_AFTER_SCALE_RE = re.compile(r"\s+(?:lệ|trọng|suất|giá)(?!\w)")
UNIT_RE = re.compile(r"[ \t\u00a0]*([%$€]|" + _alternation(k for k in UNITS if k not in "%$€") + r")" + _END
                     + r"|[ \t\u00a0]*([%$€])")
UNIT_WITH_DIACRITICS_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(UNITS_WITH_DIACRITICS) + r")" + _END)
HALF_AFTER_RE = re.compile(r"[ \t\u00a0]*(?:" + _alternation(HALF_WORDS) + r")" + _END)
CURRENCY_PREFIX_RE = re.compile(r"(?:^|(?<![\w$€]))(" + _alternation(CURRENCY_PREFIXES) + r")[ \t\u00a0]?$")
NEGATIVE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(:]))(?:(?:" + _alternation(NEGATIVE_WORDS) + r")[ \t\u00a0]+|[\-−][ \t\u00a0]*)$")
# (with a bound word on the upper end too: "từ khoảng 8% đến dưới 10%", the same range)
RANGE_CLOSE_RE = re.compile(r"[ \t\u00a0]*(-|–|—|den|toi|va)(?:[ \t\u00a0]+(?:duoi|tren|hon|gan|khoang))?[ \t\u00a0]*(?=\d)")
RANGE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(]))(từ|giữa|trong khoảng)[ \t\u00a0]+$")
DENOMINATOR_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(" + _alternation(DENOMINATORS) + r")" + _END)
TIME_UNIT_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(TIME_UNITS) + r")" + _END)
_DURATION_MEASURED_BEFORE_RE = re.compile(r"(?<!\w)(?:" + _alternation(_DATA["duration_indicators"]) + r")(?!\w)[^\d.;:\n]{0,20}$")
ABBREVIATION_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(ABBREVIATIONS) + r")(?![\w])")
COUNT_NOUN_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(COUNT_NOUNS) + r")" + _END)
NEW_SUBJECT_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:" + _alternation(_DATA.get("new_subject_after_noun", [])) + r")(?!\w)")
ITEM_WITH_OWN_FIGURE_RE = re.compile(r"[^,;.()\d\n]{0,40}?(?<!\w)(?:" + _alternation(_DATA.get("item_verbs", []))
                                     + r")(?!\w)[^,;()\n\d]{0,20}?\d")
# (a word is letters only: a number ends the name, "khu vực thành thị 400.000 người")
ITEM_NAMED_BEFORE_ITS_FIGURE_RE = re.compile(r"(?:[ \t\u00a0]+(?!(?:" + _alternation(
    _DATA.get("words_joining_a_list_to_its_figure", [])) + r")(?!\w))[^\W\d_]+){0,3}[ \t\u00a0]+\d")
NOUN_LIST_RE = re.compile(r",[ \t\u00a0]*(" + _alternation(COUNT_NOUNS + _DATA.get("list_nouns", [])) + r")" + _END)
# ("8 tỉnh/thành phố": a list's partner after a slash goes on it too; any other noun there is a denominator, "tiêu chí/xã")
SLASH_LIST_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(" + _alternation(_DATA.get("list_nouns", [])) + r")" + _END)
# "19 tỉnh, thành đạt …": after its noun, a partner's short form goes on the list too
SHORT_PARTNER_RE = {noun: re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]*/[ \t\u00a0]*)" + re.escape(short) + _END)
                    for noun, short in _DATA.get("short_list_partners", {}).items()}
DATE_AFTER_RE = re.compile(r"(?:/\d{1,2}/\d{2,4}|/(?:19|20)\d\d(?!\d)|[-.]\d{1,2}[-.](?:19|20)\d\d|:\d\d|h\d\d|\s*giờ)")
REFERENCE_AFTER_RE = re.compile(r"[ \t]*/[ \t]*[A-ZĐ]{1,}|-(?!(?:VND|VNĐ|USD)\s?\d)[A-ZĐ]{2,}|[ \t]*sao" + _END)
COMPOUND_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(SCALES) + r")[ \t\u00a0]+(\d{1,3}(?:,\d+)?)[ \t\u00a0]*("
                         + _alternation(SCALES) + r")" + _END)
# The spoken tail of a scale: "2 triệu 5" (2,5 triệu), "1 tỷ 25", "1tr5": digits after the scale, nothing after them.
SCALE_TAIL_RE = re.compile(r"[ \t\u00a0]*(" + _alternation(SCALES) + r")[ \t\u00a0]*(\d{1,3})(?![\d.,/%\w])")
# Thousands grouped by spaces, as typeset ("1 000 000 đồng"): in a phrase alone, or with no-break spaces.
SPACED_NUMBER_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])")
_QUALIFIER_ENDINGS = tuple(QUALIFIERS)
# "dưới ngưỡng 100 triệu USD", "trên mức 30 triệu": the qualifier holds across the word for a threshold.
QUALIFIER_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(" + _alternation(QUALIFIERS) + r")[ \t\u00a0]*(?:(?:nguong|muc)[ \t\u00a0]+)?$")
AT_LEAST_AFTER_RE = re.compile(r"[ \t\u00a0]*tro (len|xuong)" + _END)
# "từ 80 đảng viên mới trở lên", "từ 80% tổ chức cơ sở … trở lên": after "từ", the words of the noun counted may come
# between the figure and "trở lên" (no figure, bracket or clause break between them)
FROM_AT_LEAST_AFTER_RE = re.compile(r"[^\d,.;:()\n]{0,80}?(?<!\w)tro (len|xuong)" + _END)
SIGN_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(:]))([+\-−])$")
_WORDS = _alternation(list(NUMBER_WORDS) + list(WORD_MULTIPLIERS) + list(EMPTY_PLACE_WORDS) + list(HALF_WORDS)
                      + list(DECIMAL_POINT_WORDS))
WORD_NUMBER_RE = StartsWithWord(
    r"((?:" + _alternation([w for w, n in NUMBER_WORDS.items() if n > 0 and w not in NOT_FIRST_WORDS] + ["trăm"])
    + r")(?:[ \t]+|$)(?:(?:" + _WORDS
    + r")(?:[ \t]+|$)){0,14})"
)
_EFFORT_BEFORE_MULTIPLE_RE = re.compile(r"(?<!\w)(?:" + _alternation(_DATA.get("effort_before_multiple", [])) + r")\s+$")
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
    return None if number is None else clean_number(float(number))


# "trồng mới 2,700 ha": a comma before exactly three digits ending in "00", in an amount with no scale word, groups
# thousands (no one writes 2,7 ha as 2,700 ha); with a scale word it stays a decimal ("3,750 triệu con").
_HUNDREDS_GROUPED_RE = re.compile(r"[1-9]\d{0,2},\d00")


def parse_number(raw: str, *, integer_expected=False, dot_is_decimal=False) -> float:
    """Reads a number written the Vietnamese way (`.` thousands, `,` decimals) or mixed up."""
    raw = raw.strip()
    if not raw.isdigit() and (" " in raw or "\u00a0" in raw or "\u202f" in raw):
        raw = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    has_dot, has_comma = "." in raw, "," in raw
    if has_dot and has_comma:
        # the last separator is the decimal mark, the other kind groups thousands (8.537,18 · 1,234.5); a text
        # that repeats the last kind (1.000,1001.000) has no decimal reading: its digits are the number
        last = "," if raw.rfind(",") > raw.rfind(".") else "."
        whole, _mark, decimals = raw.rpartition(last)
        if last in whole:
            return float(raw.replace(".", "").replace(",", ""))
        return float(whole.replace(".", "").replace(",", "") + "." + decimals)
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


def _open_noun(texts: Texts, pos: int):
    """The open rule for counts: (the counted word, where it ends) for a lower-case word at pos that is not on the
    list of words that never name what is counted, or None."""
    match = OPEN_NOUN_RE.match(texts.text, pos)
    if match is None or match.end(1) >= len(texts.text) or texts.text[match.end(1)] == "\n":
        return None  # (a word that ends its line may be cut short: "6 th")
    word = texts.lowered[match.start(1):match.end(1)]
    if word in CAPITALISED_COUNT_NOUNS and not match.group(1).islower() \
            and not _capitalised_word_at(texts.text, match.end(1)):
        return word, match.end(1)  # "7 Bộ và 12 địa phương": a ministry written with its capital, not a name
    if not match.group(1).islower() or word in NOT_COUNT_NOUNS:
        return None  # a capital opens a name ("5 Bà Rịa"); listed words never name what is counted
    # Most Vietnamese nouns have two syllables (hồ chứa, chi nhánh, địa bàn): a second lower-case word that may
    # name a thing is the rest of the noun, so it is not left over as the subject of the figure after it.
    second = OPEN_NOUN_RE.match(texts.text, match.end(1))
    if second is not None and second.group(1).islower() and second.end(1) < len(texts.text) \
            and texts.lowered[second.start(1):second.end(1)] not in NOT_COUNT_NOUNS:
        if texts.lowered[match.start(1):second.end(1)] in NOT_COUNT_WORDS:
            return None  # "là 198 cụ thể: …": a word of the sentence, not what the number counts
        third = OPEN_NOUN_RE.match(texts.lowered, second.end(1))
        if third is not None and texts.lowered[second.start(1):third.end(1)] in VERBS_AFTER_A_COUNT:
            return word, match.end(1)  # "61 bộ giải ngân dưới mức trung bình": the noun ends where a verb begins
        return texts.lowered[match.start(1):second.end(1)], second.end(1)
    return word, match.end(1)


_SLASH_BEFORE_A_WORD_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(?=[^\W\d_])")
_DENOMINATOR_WORDS_RE = re.compile(r"([^\W\d_]+)(?:[ \t\u00a0]([^\W\d_]{2,}))?(?![\w/])")


def _open_denominator(texts: Texts, pos: int):
    """(the noun, where it ends) of a per-unit rate's denominator that no list knows, after a slash at `pos`: a
    counting noun (`cổ phiếu`), else one lower-case word (`lượng`); None if none is there."""
    slash = _SLASH_BEFORE_A_WORD_RE.match(texts.text, pos)
    if slash is None:
        return None
    noun = COUNT_NOUN_RE.match(texts.lowered, slash.end())
    if noun is not None:
        return noun.group(1), noun.end()
    # (a lower-case word, and a second one that may name a thing: most nouns have two syllables)
    words = _DENOMINATOR_WORDS_RE.match(texts.text, slash.end())
    if words is None or not words.group(1).islower():
        return None
    end = words.end(1) if words.group(2) is None or not words.group(2).islower() \
        or texts.lowered[words.start(2):words.end(2)] in NOT_COUNT_NOUNS else words.end(2)
    return texts.lowered[slash.end():end], end


def _capitalised_word_at(text: str, pos: int) -> bool:
    """A word written with a capital starts after the blanks at `pos` (a proper name's first syllable)."""
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos < len(text) and text[pos].isupper()


def _read_unit(texts: Texts, pos: int, open_counts: bool = False, scaled_counts: bool = False):
    """Scale, unit and denominators from `pos`: (end, canonical unit, factor, kind) or None. With `open_counts`, a
    whole number's lower-case word that no list knows counts that word (`12 phiên giao dịch`); with `scaled_counts`
    too, after a scale word (`67,5 ngàn cái`)."""
    folded = texts.folded
    factor = 1.0
    if _million_glued_at(texts, pos):
        return None  # millions with no unit: a number (_scale_only), not metres
    scale_match = _scale_match(texts, pos)
    if scale_match:
        factor = SCALES[scale_match.group(1)]
        pos = scale_match.end()
    unit_match = UNIT_RE.match(folded, pos)
    exact_match = UNIT_WITH_DIACRITICS_RE.match(texts.lowered, pos)
    if exact_match or unit_match and (unit_match.group(1) or unit_match.group(2)) in UNITS_OPENING_NOUNS:
        # "5 đô thị", "3 đồng chí": a longer counting noun wins over a unit
        noun_match = COUNT_NOUN_RE.match(texts.lowered, pos)
        if noun_match and noun_match.end() > max(exact_match.end() if exact_match else 0,
                                                 unit_match.end() if unit_match else 0):
            exact_match = unit_match = None
    if exact_match and (not unit_match or exact_match.end() > unit_match.end()):
        unit, unit_factor = UNITS_WITH_DIACRITICS[exact_match.group(1)]
        pos = exact_match.end()
        kind = "measure"
        factor *= unit_factor
    elif unit_match:
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
            slashed = SLASH_LIST_RE.match(texts.lowered, pos)  # (a slash joins nouns; it opens no next item)
            if slashed is not None:
                pos = slashed.end()
            list_match = NOUN_LIST_RE.match(texts.lowered, pos)
            # "35 dự án, công trình": the first noun is the unit (but "153.448 người, lao động ở khu vực nông thôn
            # là …": a noun followed by where or what it is opens the next item's subject, not a list of nouns)
            # (nor a noun said again: "5 triệu lượt khách, khách nội địa đạt …" starts the next item)
            # (nor a noun that goes on to a verb and a figure of its own: "48.200 lượt, khách nội địa ước đạt
            # 2,7 triệu lượt" is the next item)
            # (nor a unit's noun before the name of one: "23/23 xã, huyện Yên Thành 32/38 xã" names the next place)
            while list_match and not NEW_SUBJECT_AFTER_RE.match(texts.lowered, list_match.end()) \
                    and not _capitalised_word_at(texts.text, list_match.end()) \
                    and list_match.group(1) not in unit.split() \
                    and not ITEM_WITH_OWN_FIGURE_RE.match(texts.lowered, list_match.end()) \
                    and not ITEM_NAMED_BEFORE_ITS_FIGURE_RE.match(texts.lowered, list_match.end()):
                pos = list_match.end()
                list_match = NOUN_LIST_RE.match(texts.lowered, pos)
            partner = SHORT_PARTNER_RE.get(unit)
            if partner is not None and partner.match(texts.lowered, pos):
                pos = partner.match(texts.lowered, pos).end()  # "6 tỉnh, thành": provinces and cities
        elif TIME_UNIT_RE.match(folded, pos) and DENOMINATOR_RE.match(folded, TIME_UNIT_RE.match(folded, pos).end()):
            time_unit = TIME_UNIT_RE.match(folded, pos)
            unit, kind, pos = TIME_UNITS[time_unit.group(1)], "count", time_unit.end()
        elif scale_match and DENOMINATOR_RE.match(folded, pos):
            unit, kind = "VND", "measure"  # "56 triệu/người/năm": money whose currency is left out
        elif open_counts and (not scale_match or scaled_counts) and (open_noun := _open_noun(texts, pos)) is not None:
            unit, kind, pos = open_noun[0], "count", open_noun[1]
        else:
            return None
    return _per_unit(texts, pos, unit, factor, kind)


def _per_unit(texts: Texts, pos: int, unit: str, factor: float, kind: str):
    """The unit read up to `pos`, with the denominators of a per-unit rate after it: (end, unit, factor, kind)."""
    denominators = []
    while True:
        den = DENOMINATOR_RE.match(texts.folded, pos)
        if not den:
            break
        denominators.append(DENOMINATORS[den.group(1)])
        pos = den.end()
    if kind == "percent":
        return pos, unit, factor, kind  # "0,4%/năm" is a percentage (its "/năm" read, and left out of the unit)
    if kind == "measure" and (open_denominator := _open_denominator(texts, pos)) is not None:
        # "2,28 triệu đồng/lượng", "262,9 USD/cổ phiếu": a rate per a unit no list knows keeps it as written
        denominators.append(open_denominator[0])
        pos = open_denominator[1]
    if denominators:
        unit = "/".join([unit, *denominators])
        kind = "rate"
    return pos, unit, factor, kind


def _idiom_at(lowered: str, pos: int, end: int) -> bool:
    """The counting noun at lowered[pos:end] starts an idiom of NOT_A_COUNT_PHRASES (`2 con số`)."""
    phrase = " ".join(lowered[pos:end + _LONGEST_IDIOM].split())
    return any(phrase.startswith(idiom) and (len(phrase) == len(idiom) or not phrase[len(idiom)].isalnum())
               for idiom in NOT_A_COUNT_PHRASES)


def _word_number_value(words: list[str]) -> float | None:
    """`hai mươi lăm` → 25, `một trăm linh năm` → 105, `hai mươi mốt nghìn không trăm mười một` → 21011,
    `một triệu rưỡi` → 1 500 000, `nửa triệu` → 500 000, `hai phẩy năm` → 2.5 (words with diacritics)."""
    for point in DECIMAL_POINT_WORDS:
        if point in words:
            at = words.index(point)
            whole, decimals = _word_number_value(words[:at]), words[at + 1:]
            digits = [NUMBER_WORDS.get(word) for word in decimals]
            if whole is None or not decimals:
                return None
            if all(isinstance(digit, int) and digit < 10 for digit in digits):  # "ba phẩy một bốn": 3.14
                fraction = "".join(str(digit) for digit in digits)
            else:  # "ba phẩy hai mươi lăm": 3.25
                value = _word_number_value(decimals)
                if value is None or not float(value).is_integer():
                    return None
                fraction = str(int(value))
            return whole + float("0." + fraction)
    closed = 0.0  # groups closed by nghìn, triệu, tỷ
    group = 0.0  # the hundreds, tens and units being read
    digit = None  # a digit waiting for its place (trăm, mươi) or the end
    largest = 0  # the largest multiplier closing a group so far
    last_multiplier = None
    seen = False
    previous = ""
    trailing_place = False  # a digit said right after trăm, nghìn, triệu, tỷ (no "linh", "lẻ" between)
    for word in words:
        trailing_place = word in NUMBER_WORDS and NUMBER_WORDS[word] < 10 and WORD_MULTIPLIERS.get(previous, 0) >= 100
        previous = word
        if word in EMPTY_PLACE_WORDS:
            continue
        if word in HALF_WORDS:  # half of the place just read: "một trăm rưỡi" 150, "hai triệu rưỡi"
            if digit is not None or last_multiplier is None:
                group += (digit or 0) + 0.5
                digit = None
            elif last_multiplier >= 1000:
                closed += last_multiplier / 2
            else:
                group += last_multiplier / 2
            continue
        if word in NUMBER_WORDS:
            number = NUMBER_WORDS[word]
            if digit is not None:
                return None  # "hai ba": two digits in a row are no one number
            if number == 10:  # mười: the tens place
                group += 10
            else:
                digit = number
            seen = True
        elif word in WORD_MULTIPLIERS:
            multiplier = WORD_MULTIPLIERS[word]
            if multiplier < 1000:  # mươi, trăm take the digit before them
                group += (1 if digit is None else digit) * multiplier
            else:  # nghìn, triệu, tỷ close a group
                value = group + (digit or 0)
                if value == 0 and digit is None and closed == 0:
                    value = 1  # "nghìn tỷ" alone
                if largest and multiplier > largest:  # "ba nghìn tỷ": the thousands are of billions
                    closed = (closed + value) * multiplier
                else:
                    closed += value * multiplier
                largest = max(largest, multiplier)
                group = 0.0
            digit = None
            last_multiplier = multiplier
            seen = True
        else:
            return None
    if not seen:
        return None
    if digit is not None and trailing_place and last_multiplier is not None:
        # "một triệu hai" 1 200 000, "một trăm hai" 120, "hai nghìn ba" 2 300: a digit ending the number right after
        # its place word is the next place down, as speakers say it (with "linh"/"lẻ" it is the units: 102)
        return float(closed + group + digit * last_multiplier / 10)
    return float(closed + group + (digit or 0))


_NOT_A_CLAIM_ENDINGS = tuple(NOT_A_CLAIM_BEFORE) + ("số",)
_VERBS_LIKE_REFERENCES = tuple(_DATA.get("verbs_like_references", ()))
_NOT_TIMES_AFTER_RE = re.compile(r"[ \t\u00a0]*(?:thu|luot)(?!\w)")
# Words after a count that point back to a group already counted: the count is a reference, not a new figure.
_ALL_OF_BEFORE_RE = re.compile(r"(?<!\w)cả[ \t\u00a0]+$")
_EACH_OF_THEM_AFTER_RE = re.compile(r"[^,.;:()\d\n]{0,40}?(?<!\w)đều(?!\w)")
_REFERENCE_BACK_RE = re.compile(r"[ \t\u00a0]+(?:nêu trên|kể trên|nói trên|trên đây|này|đó|ấy)(?!\w)")


_TIME_WORDS = ("năm", "tháng", "ngày", "quý", "giờ")


def _excluded_before(texts: Texts, start: int) -> bool:
    before = texts.lowered[max(0, start - 30):start]
    if not before.rstrip(" \t\u00a0.:").endswith(_NOT_A_CLAIM_ENDINGS):
        return False  # the common case, without a regular expression
    stripped = before.rstrip(" \t\u00a0")
    if stripped.endswith(_VERBS_LIKE_REFERENCES):
        return False  # "tiêm phòng 12.500 con": a verb ending in a reference word ("phòng", a room) counts what it did
    if stripped.endswith(":") and stripped[:-1].rstrip().endswith(_TIME_WORDS):
        return False  # "bình quân hàng năm: 25.000 tấn": a label's last word, not a date's
    if _name_ends_on_a_reference_word(texts, start):
        return False
    return bool(NOT_A_CLAIM_RE.search(before))


# Two capitalised words before a number, the last a reference word alone ("huyện Thanh Chương 18/39 xã"):
# (also before a colon: "Hải Phòng: 2 người chết")
_TWO_NAME_WORDS_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t\u00a0]+([^\W\d_]+)[ \t\u00a0]*:?[ \t\u00a0]*$")


def _name_ends_on_a_reference_word(texts: Texts, start: int) -> bool:
    """"huyện Thanh Chương 18/39 xã": a reference word written with a capital after another capitalised word is the
    last syllable of a proper name (Thanh Chương), not a chapter; the number after it is a figure. A reference
    written in two words ("Nghị quyết 36", "Quốc lộ 1A") stays one."""
    words = _TWO_NAME_WORDS_BEFORE_RE.search(texts.text, max(0, start - 30), start)
    if words is None or not (words.group(1)[0].isupper() and words.group(2)[0].isupper()) \
            or words.group(2).lower() in _TIME_WORDS:
        return False  # ("Trong Quý 3", a headline's capitals: a date still)
    return f"{words.group(1)} {words.group(2)}".lower() not in _NOT_A_CLAIM_PHRASES


_COUNT_FOLLOWS_RE = re.compile(r"(?<!\w)(?:có|đạt|được|với|còn|gồm|là)[ \t\u00a0]+$")
# An amount of money, mass, area or volume is a figure whatever word comes before it: no reference number carries one
# ("hạt điều 21.000 tấn" is cashew, not Article 21; "khoản 2 tỷ đồng" an amount, not a clause).
# (also the units whose amounts add up to a total, pipeline.py)
AMOUNT_UNITS = frozenset({"VND", "USD", "EUR", "tonne", "kg", "ha", "m2", "m3", "kWh"})
_MAP_SCALE_BEFORE_RE = re.compile(r"(?<!\w)(?:tỷ lệ|tỉ lệ)[ \t\u00a0]*$")
# The largest number a date part can be after its word: a month after "tháng", a day after "ngày", a quarter after "quý".
_DATE_PART_LIMITS = {"tháng": 12, "ngày": 31, "quý": 4}
_DATE_WORD_BEFORE_RE = re.compile(r"(?<!\w)(tháng|ngày|quý)[ \t\u00a0]*$")
_YEAR_WORD_BEFORE_RE = re.compile(r"(?<!\w)năm[ \t\u00a0]*$")


def _no_such_date_part(texts: Texts, start: int, raw: str) -> bool:
    """"doanh thu trong 9 tháng 420 tỷ đồng": after "tháng", a number no month can be is the figure, not a date."""
    word = _DATE_WORD_BEFORE_RE.search(texts.lowered, max(0, start - 8), start)
    digits = raw.replace(".", "")
    if word is None and digits.isdigit() and _YEAR_WORD_BEFORE_RE.search(texts.lowered, max(0, start - 8), start):
        # "ước thực hiện cả năm 58.000 tấn", "cả năm 230 tỷ đồng": after "năm", a number no year can be (written
        # with a thousands mark, or of three digits or more outside the years of this era) is the figure
        return "." in raw or len(digits) >= 3 and not 1900 <= int(digits) <= 2100
    return word is not None and digits.isdigit() and int(digits) > _DATE_PART_LIMITS[word.group(1)]


def _qualifier_before(texts: Texts, start: int) -> str | None:
    before = texts.folded[max(0, start - 20):start]
    if not before.rstrip(" \t\u00a0").endswith(_QUALIFIER_ENDINGS + ("nguong", "muc")):
        return None  # the common case, without a regular expression
    match = QUALIFIER_BEFORE_RE.search(before)
    if match and match.group(1) == "hon" and (" " + before[:match.start()]).rstrip().endswith(_COMPARATIVES_BEFORE_HON):
        return None  # "thấp hơn 4%": a comparison, the figure is the difference
    return QUALIFIERS[match.group(1)] if match else None


_YEAR_SPAN_START_BEFORE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*$")


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100


# (in the folded text) ", đạt 127,39% KH": a ratio to the plan said right after a pair
_RATIO_TO_PLAN_AFTER_RE = re.compile(r"\s*,?\s*(?:dat|vuot|bang)\s+\d[\d.,]*\s*%\s*(?:kh|ke\s+hoach)(?!\w)")
_WHOLE_AFTER_A_SLASH_RE = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(?:(?:tổng|trong\s+tổng)\s+số[ \t\u00a0]+)?")


def find_quantities(text_or_texts, phrase: bool = False) -> list[Quantity]:
    """Every figure in the text that can be a claim, in order of appearance. Thousands grouped by no-break
    spaces are read as one number. With `phrase` (a phrase read alone, not running text) thousands grouped by
    plain spaces are too, and bare billions (`7,625 tỷ`) stay a number, not đồng."""
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
        spaced = SPACED_NUMBER_RE.match(folded, start) if folded[after:after + 1] in (" ", "\u00a0", "\u202f") \
            and folded[after + 1:after + 2].isdigit() else None
        if spaced and (phrase or " " not in spaced.group(0)):
            raw, after = spaced.group(0), spaced.end()
        elif raw.strip("0") == "" and len(raw) > 1:
            continue  # "000": the tail of a number grouped by spaces, never a figure of its own
        if start > 0 and folded[start - 1] == "-" and start > 1 and folded[start - 2].isalpha():
            continue  # Covid-19
        if raw == "1" and start > 1 and folded[start - 1] == "/" and folded[start - 2].isalpha():
            continue  # "Giá trị sản phẩm/1 ha đất": the unit a value is per, not a figure
        date_or_reference = DATE_AFTER_RE.match(folded, after) or REFERENCE_AFTER_RE.match(text, after)
        if date_or_reference:
            consumed_until = date_or_reference.end()
            continue
        quantity = _read_quantity(texts, start, raw, after, bare_billions_are_dong=not phrase)
        if quantity is None:
            continue
        whole_of = _WHOLE_AFTER_A_SLASH_RE.fullmatch(texts.lowered, found[-1].end, start) \
            if found and found[-1].unit == quantity[0].unit and found[-1].of is None else None
        if whole_of is not None and quantity[0].of is None and quantity[0].value_max is None \
                and found[-1].value <= quantity[0].value:
            # "18 chỉ tiêu/22 chỉ tiêu", "68 dự án/tổng số 158 dự án": the whole the count before is out of, not a figure
            # of its own (one claim with its whole, as "18/22 chỉ tiêu")
            part = found[-1]
            found[-1] = part._replace(end=quantity[0].end, text=text[part.start:quantity[0].end], of=quantity[0].value)
            consumed_until = quantity[-1].end
            continue
        if folded[start - 1:start] == "/" and found and found[-1].unit == quantity[0].unit:
            consumed_until = quantity[-1].end
            if _RATIO_TO_PLAN_AFTER_RE.match(folded, quantity[-1].end) and found[-1].role is None:
                # "17.919 con/14.066 con, đạt 127,39% KH": what was done and what was planned, the plan below it
                found[-1] = found[-1]._replace(role="done")
                found.append(quantity[0]._replace(role="plan"))
            continue  # (a whole no larger than its part: not a figure of its own either)
        # A reference, date part or rank is a whole number without a percent: "Nghị quyết 0,52%" is a figure.
        if "," not in raw and quantity[0].unit != "%" and quantity[0].unit not in AMOUNT_UNITS \
                and _excluded_before(texts, start) and not _no_such_date_part(texts, start, raw):
            continue
        if quantity[0].of is not None and quantity[0].value == 1 and quantity[0].of >= 100 \
                and _MAP_SCALE_BEFORE_RE.search(texts.lowered, max(0, start - 12), start):
            consumed_until = quantity[-1].end
            continue  # "bản đồ địa chính tỷ lệ 1/2000": a map's scale, not a count out of a whole
        found.extend(quantity)
        consumed_until = quantity[-1].end
    found.extend(_word_quantities(texts, found))
    found.sort(key=lambda q: q.start)
    return found


def _cents_after(texts: Texts, pos: int) -> tuple[float, int] | None:
    """The cents said after an amount of dollars ending at pos: (their value in dollars, where they end) or None."""
    match = MINOR_CURRENCY_RE.match(texts.lowered, pos) or CENTS_TAIL_RE.match(texts.lowered, pos)
    if match is None:
        return None
    said = match.group(1)
    cents = int(said) if said.isdigit() else _word_number_value(said.split())
    if cents is None or not float(cents).is_integer() or not 0 < cents < 100:
        return None
    return cents / 100, match.end()


def _money_or_nothing_at(texts: Texts, pos: int, require_unit: bool) -> bool:
    """What follows a spoken tail (`2 triệu 5 …`) lets it be one: money, or the end of a phrase read alone."""
    unit = _read_unit(texts, pos)
    if unit is not None:
        return unit[1] in ("VND", "USD", "EUR")
    return not require_unit and not texts.folded[pos:].strip()


def _scale_only(texts: Texts, pos: int, unit: str = "", kind: str = "number"):
    """A number with at most a scale word and no unit (`2 tỷ`, `100k`): what `_read_unit` returns, unit ""."""
    scale = _scale_match(texts, pos)
    if scale is None and _million_glued_at(texts, pos):
        return (pos + 1, unit, 1.0e6, kind)
    return (scale.end(), unit, SCALES[scale.group(1)], kind) if scale else (pos, unit, 1.0, kind)


def _million_glued_at(texts: Texts, pos: int) -> bool:
    """`1,2M`, `$3M`: a capital M glued to the number is millions (a metre is written `m`)."""
    return texts.text[pos:pos + 1] == "M" and not texts.text[pos + 1:pos + 2].isalnum()


def _currency_before(texts: Texts, start: int):
    """`$10`, `US$ 2 triệu`, `VND 1.000`: (where the prefix starts, its currency) or None."""
    last = texts.folded[start - 1:start] if start else ""
    if last == " " and start > 1:
        last = texts.folded[start - 2]
    if last not in _CURRENCY_PREFIX_ENDINGS:
        return None  # the common case: one character looked at
    before = texts.lowered[max(0, start - 5):start]
    match = CURRENCY_PREFIX_RE.search(before)
    return (start - len(before) + match.start(1), CURRENCY_PREFIXES[match.group(1)]) if match else None


def _range_opener(lowered: str, start: int) -> str | None:
    """`từ` or `giữa` right before a number opens a range whose ends may each carry the unit."""
    if lowered[start - 2:start - 1] not in _RANGE_OPENER_ENDINGS:
        return None  # the common case: one character looked at
    before = lowered[max(0, start - 16):start]
    if not before.rstrip(" \t\u00a0").endswith(("từ", "giữa", "khoảng")):
        return None  # the common case, without a regular expression
    match = RANGE_OPEN_RE.search(before)
    return match.group(1) if match else None


def _read_quantity(texts: Texts, start: int, raw: str, pos: int, require_unit: bool = True,
                   bare_billions_are_dong: bool = False) -> list[Quantity] | None:
    """The figure whose number `raw` starts at `start` (and ends at `pos`), or None. Without `require_unit` a
    number with no unit is a figure too (unit "")."""
    folded, text = texts.folded, texts.text
    raw_max = raw_of = None
    opener = _range_opener(texts.lowered, start) if start else None
    range_match = RANGE_RE.match(folded, pos)
    if range_match is None and opener == "giữa":  # "giữa 1000 và 2000 đồng"
        range_match = RANGE_CLOSE_RE.match(folded, pos)
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
    elif raw_max is None and (out_of := OUT_OF_RE.match(folded, pos)) is not None:
        # "09 trong 12 nhóm hàng", "3 trong số 10 tỉnh": a count out of a whole, as "9/12 nhóm hàng" (not a span of
        # time: "5 trong 10 tháng")
        den = NUMBER_AT_RE.match(folded, out_of.end())
        if den and not DATE_AFTER_RE.match(folded, den.end()) and not _looks_like_year(den.group(0)) \
                and not TIME_UNIT_RE.match(folded, den.end()) and den.group(0).isdigit() and raw.isdigit() \
                and 1 < int(raw) <= int(den.group(0)):  # ("là 1 trong 8 địa phương": "one of", the 8 is the figure)
            raw_of, pos = den.group(0), den.end()
    if _looks_like_year(raw) and raw_max and _looks_like_year(raw_max):
        return None  # 2021-2025
    if _looks_like_year(raw) and _YEAR_SPAN_START_BEFORE_RE.search(folded, max(0, start - 8), start):
        return None  # the end of a span of years ("giai đoạn 2011-2015 huyện …"), not a count of what follows it
    extra, unit_pos, scale_factor = 0.0, pos, 1.0
    # (a scale word first: most figures have none, and then no compound is looked for)
    scale_here = SCALE_RE.match(folded, pos) if raw_max is None and raw_of is None else None
    if scale_here is not None and _scale_match(texts, pos, scale_here) is None:
        scale_here = None  # "5 trạm": a word spelled otherwise than the scale it folds to
    if scale_here is not None:
        # "2 triệu - 3 triệu đồng", "50 nghìn – 70 nghìn đồng/kg": a range with the same scale said at both ends
        joint = RANGE_RE.match(folded, scale_here.end())
        second = NUMBER_AT_RE.match(folded, joint.end()) if joint else None
        again = _scale_match(texts, second.end()) if second and not DATE_AFTER_RE.match(folded, second.end()) else None
        if again is not None and SCALES[again.group(1)] == SCALES[scale_here.group(1)]:
            raw_max, scale_here = second.group(0), None
            pos = unit_pos = second.end()
    if raw_max is None and raw_of is None and (scale_here or SCALE_TAIL_RE.match(folded, pos)):
        compound = COMPOUND_RE.match(folded, pos)
        scale = scale_here if compound is None else None
        half = HALF_AFTER_RE.match(texts.lowered, scale.end()) if scale else None
        tail = SCALE_TAIL_RE.match(folded, pos) if compound is None and half is None else None
        if compound and SCALES[compound.group(3)] < SCALES[compound.group(1)]:
            # "312 tỷ 457 triệu đồng": read the unit after the smaller scale, count in the larger one.
            scale_factor = SCALES[compound.group(1)]
            extra = parse_number(compound.group(2)) * SCALES[compound.group(3)] / scale_factor
            unit_pos = compound.end(3)
        elif compound and SCALES[compound.group(1)] == 1e3 and SCALES[compound.group(3)] >= 1e6 \
                and parse_number(compound.group(2)) < 1e3:
            # "6 nghìn 700 tỷ đồng": thousands of the larger scale after it (6.700 tỷ)
            scale_factor = SCALES[compound.group(1)] * SCALES[compound.group(3)]
            extra = parse_number(compound.group(2)) / SCALES[compound.group(1)]
            unit_pos = compound.end(3)
        elif half:  # "1 triệu rưỡi": one and a half million
            scale_factor, extra, unit_pos = SCALES[scale.group(1)], 0.5, half.end()
        elif tail and SCALES[tail.group(1)] >= 1e3 and _money_or_nothing_at(texts, tail.end(), require_unit):
            # "2 triệu 5": the digits after the scale are its next places (2,5 triệu)
            scale_factor, extra, unit_pos = SCALES[tail.group(1)], float("0." + tail.group(2)), tail.end()
    foreign = _foreign_currency_at(texts, unit_pos)
    if foreign is not None:  # "200 tỷ yên": 200 tỷ JPY, neither đồng nor dollars
        unit_read = _per_unit(texts, foreign[0], foreign[1], _scale_only(texts, unit_pos)[2], "measure")
    else:
        unit_read = _read_unit(texts, unit_pos)
    currency = _currency_before(texts, start)
    if unit_read is None and currency:
        unit_read = _scale_only(texts, unit_pos, currency[1], "measure")
    elif unit_read is None and not require_unit:
        unit_read = _scale_only(texts, unit_pos)
    elif unit_read is None and scale_factor == 1.0 and bare_billions_are_dong:
        # "doanh thu ước đạt 1.235 tỷ": billions with nothing counted after them are đồng in a report
        bare = _scale_only(texts, unit_pos, "VND", "measure")
        unit_read = bare if bare[2] >= 1e9 else None
    if unit_read is None and require_unit and currency is None and scale_factor == 1.0 and "," not in raw \
            and raw_max is None and raw_of is None and not _looks_like_year(raw):
        unit_read = _read_unit(texts, unit_pos, open_counts=True)  # "12 phiên giao dịch": an open count
    if unit_read is None and require_unit and currency is None and scale_factor == 1.0 and raw_max is None \
            and raw_of is None and _scale_match(texts, unit_pos) is not None:
        # "may mặc 67,5 ngàn cái": an open count in thousands or millions
        unit_read = _read_unit(texts, unit_pos, open_counts=True, scaled_counts=True)
    if unit_read is None and opener == "từ" and raw_max is None and raw_of is None and not _looks_like_year(raw) \
            and _FROM_BARE_TO_PERCENT_RE.match(folded, pos):
        unit_read = (pos, "%", 1.0, "percent")  # "giảm từ 36,52 lúc đầu năm xuống còn 31,07%": both rates
    if unit_read is None and raw_max is None and raw_of is None and not _looks_like_year(raw) \
            and _RESPECTIVE_BEFORE_RE.search(folded, max(0, start - 20), start) and _AND_PERCENT_AFTER_RE.match(folded, pos):
        unit_read = (pos, "%", 1.0, "percent")  # "với mức giảm lần lượt là 2,6 và 12,8%": both rates
    if unit_read is None and raw_of is None and _MULTIPLE_BEFORE_RE.search(texts.lowered, max(0, start - 6), start):
        unit_read = (pos, "times", 1.0, "times")  # "tăng gấp 3 so với năm 2020": a multiple without its "lần"
    if unit_read is None and raw_of is not None and raw_max is None and require_unit:
        counted = _count_after_a_bracket(texts, start, pos, raw, raw_of)
        if counted is not None:
            return counted
    if unit_read is None and raw_of is not None and raw_max is None:
        fraction = _fraction_of_a_whole(texts, start, pos, raw, raw_of)
        if fraction is not None or not require_unit or currency is not None or "," in raw or "," in raw_of \
                or not raw.isdigit() or not raw_of.isdigit() or int(raw) > int(raw_of):
            return fraction
        # "có 4/4 cơ quan đạt chuẩn": a count out of its whole, of a noun no list knows (the open rule for counts);
        # one that could be a day and month ("dịp 2/9 kéo dài") only after a word that says a count follows
        if int(raw_of) > 12 or int(raw) > 31 or _COUNT_FOLLOWS_RE.search(texts.lowered, max(0, start - 8), start):
            unit_read = _read_unit(texts, unit_pos, open_counts=True)
    if unit_read is None and require_unit and raw_of is None and (time_unit := TIME_UNIT_RE.match(folded, pos)) \
            and _DURATION_MEASURED_BEFORE_RE.search(texts.lowered, max(0, start - 60), start):
        unit_read = (time_unit.end(), TIME_UNITS[time_unit.group(1)], 1.0, "measure")  # "lưu trú bình quân 2,1 ngày"
    if unit_read is None and require_unit and currency is None and scale_factor == 1.0 and raw_max is None \
            and "," not in raw and not _looks_like_year(raw) and _NOTHING_COUNTED_AFTER_RE.match(texts.lowered, pos):
        unit_read = _noun_counted_before(texts, start, pos)  # "số hộ cận nghèo 1.491 (…)", "số chỉ tiêu đạt 44/57."
    if unit_read is None:
        return None
    end, unit, factor, kind = unit_read
    factor *= scale_factor
    after_unit = end
    if kind in ("count", "rate") and NOT_A_COUNT_PHRASES and _idiom_at(texts.lowered, pos, end):  # (2 buổi/ngày)
        return None
    if kind == "count" and raw_of is None and (kind_noun := _KIND_NOUN_BEFORE_RE.search(
            texts.lowered, max(0, start - 16), start)) is not None \
            and (kind_noun.group(1), texts.lowered[pos:end].strip()) in _KINDS_NAMED_BY_A_COUNT:
        return None  # "diện tích lúa 2 vụ": rice cropped twice a year, a kind of rice, not two of anything
    if kind == "count" and raw == "1" and raw_of is None and texts.lowered[pos:end].strip() in ONE_PART_NOUNS:
        return None  # "đời sống 1 bộ phận bà con" (một bộ phận: a part of the people), not a count of one
    if kind == "times" and folded[end - 3:end] == "lan" and _NOT_TIMES_AFTER_RE.match(folded, end):
        return None  # "lần thứ", "lần lượt" (in turn): not a multiple
    if kind == "count" and _REFERENCE_BACK_RE.match(texts.lowered, end):
        return None  # "08 địa phương nêu trên", "5 tỉnh, thành phố này": the group counted before, said again
    if kind == "count" and raw_of is None and _ALL_OF_BEFORE_RE.search(texts.lowered, max(0, start - 4), start) \
            and _EACH_OF_THEM_AFTER_RE.match(texts.lowered, end):
        # (not a count out of its whole, "cả 18/18 chỉ tiêu chủ yếu … đều đạt": how many of them met it is the figure)
        return None  # "cả 6 tỉnh dẫn đầu về xuất khẩu đều tăng": all of a group already counted, said again
    span_start = currency[0] if currency else start
    qualifier = _qualifier_before(texts, span_start)
    at = AT_LEAST_AFTER_RE.match(folded, end)
    if at is None and opener == "từ" and raw_max is None:
        at = FROM_AT_LEAST_AFTER_RE.match(folded, end)
    if at is not None:
        qualifier = "at_least" if at.group(1) == "len" else "at_most"
    sign = _sign_before(texts, span_start, spaced=not require_unit)
    if sign:
        span_start = sign[0]
        sign = sign[1]
    integer_expected = (kind == "count" and factor == 1) or (kind == "number" and factor == 1 and raw.endswith(",000")) \
        or (factor == 1 and unit not in ("%", "times") and _HUNDREDS_GROUPED_RE.fullmatch(raw) is not None)
    dot_is_decimal = unit == "USD" and factor >= 1e9
    value = parse_number(raw, integer_expected=integer_expected, dot_is_decimal=dot_is_decimal) + extra
    value_max = None
    if raw_max is not None:
        value_max = parse_number(raw_max, integer_expected=integer_expected, dot_is_decimal=dot_is_decimal) * factor
    elif raw_of is None and (opener or folded.startswith((" den ", " toi "), end)):
        # "từ 1000 đồng đến 2000 đồng": the unit written at both ends (also without "từ": "chiếm 30,1% đến 30,5%")
        close = RANGE_CLOSE_RE.match(folded, end)
        second = NUMBER_AT_RE.match(folded, close.end()) if close and (opener == "giữa") == (close.group(1) == "va") \
            and (opener or close.group(1) in ("den", "toi")) else None
        second_unit = _read_unit(texts, second.end()) if second and not DATE_AFTER_RE.match(folded, second.end()) else None
        if second_unit is not None and second_unit[1] == unit:
            value_max = parse_number(second.group(0), integer_expected=integer_expected) * second_unit[2]
            after_unit = second_unit[0]
    if (unit == "USD" or unit in _CURRENCIES_WITH_CENTS) and raw_max is None and raw_of is None and factor == 1.0:
        cents = _cents_after(texts, after_unit)
        if cents:  # "2 đô la và 23 xen": 2,23 USD (also "20 Rupees 43": 20,43 INR)
            value += cents[0]
            after_unit = cents[1]
    if sign == "-":
        value = -value
        value_max = -value_max if value_max is not None else None
    unit_text = text[pos:end].strip()
    if raw_of is None and raw_max is None and kind in ("measure", "rate", "percent"):
        second = SECOND_HALF_RE.match(folded, after_unit)
        second_unit = _read_unit(texts, second.end()) if second and not DATE_AFTER_RE.match(folded, second.end()) else None
        if second_unit is not None and second_unit[1] == unit:
            # "30 ha/45 ha", "83,2%/50%": done and planned, each with its unit
            plan_value = parse_number(second.group(1), dot_is_decimal=dot_is_decimal) * second_unit[2]
            done = Quantity(span_start, after_unit, text[span_start:after_unit], value * factor, None, unit, None,
                            qualifier, "done", raw, unit_text, sign)
            plan = Quantity(second.start(1), second_unit[0], text[second.start(1):second_unit[0]], plan_value, None,
                            unit, None, None, "plan", second.group(1), text[second.end():second_unit[0]].strip())
            return [done, plan]
    if raw_of is not None and raw_max is None and (kind in ("measure", "rate")
                                                   or kind == "percent" and ("," in raw or "," in raw_of)
                                                   or kind == "count" and _more_than_its_whole(raw, raw_of, value)):
        # (and two rates, "(13,5/9,2%)": a decimal is no count, so the pair is no fraction)
        # (and two counts where the first is the larger, "24.318/24.105 người": no part exceeds its whole, so the
        # pair is done against planned, as a length or an area would be)
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


# "số hộ cận nghèo 1.491", "số chỉ tiêu đạt 44/57": "số" and the counting noun, then only a verb of being or reaching
_COUNTED_NOUN_BEFORE_RE = re.compile(r"(?<!\w)(?:tổng\s+)?số\s+([^\W\d][^\d,;:.()\n]{0,50}?)\s*(?:(?:là|đạt|có)\s*)?$")
_NOTHING_COUNTED_AFTER_RE = re.compile(r"[ \t]*(?:[.,;:()]|\n|$)")


def _noun_counted_before(texts: Texts, start: int, end: int):
    """A bare number (or fraction) after "số" and the counting noun it counts: (end, unit, 1.0, "count"), or None."""
    named = _COUNTED_NOUN_BEFORE_RE.search(texts.lowered, max(0, start - 60), start)
    noun = COUNT_NOUN_RE.match(texts.lowered, named.start(1)) if named is not None else None
    return (end, ABBREVIATIONS.get(noun.group(1), noun.group(1)), 1.0, "count") if noun is not None else None


def _more_than_its_whole(raw: str, raw_of: str, value: float) -> bool:
    """`24.318/24.105 người`: a count written over a smaller count is no part of a whole (done against planned)."""
    try:
        whole = parse_number(raw_of, integer_expected=True)
    except ValueError:
        return False
    return 0 < whole < value


_FRACTION_VERB_BEFORE_RE = re.compile(r"(?<!\w)(?:bằng|chiếm|khoảng|gần|hơn|trên)[ \t\u00a0]+$")
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+[^\W\d_]")


_BRACKET_AT_RE = re.compile(r"[ \t\u00a0]*\([^()\n\d]{0,4}\d[\d.,]*[ \t\u00a0]*%[ \t\u00a0]*\)[ \t\u00a0]*")


def _count_after_a_bracket(texts: Texts, start: int, end: int, raw: str, raw_of: str) -> list[Quantity] | None:
    """`Huyện Kim Bảng có 15/15 (100%) xã`: a count out of a whole whose counting noun follows the share in brackets
    counts that noun (the span is the count as written, `15/15`)."""
    if not (raw.isdigit() and raw_of.isdigit()) or not 0 < int(raw) <= int(raw_of):
        return None
    bracket = _BRACKET_AT_RE.match(texts.text, end)
    unit_read = _read_unit(texts, bracket.end()) if bracket is not None else None
    if unit_read is None or unit_read[3] != "count":
        return None
    return [Quantity(start, end, texts.text[start:end], float(raw), None, unit_read[1], float(raw_of),
                     _qualifier_before(texts, start), None, raw, texts.text[bracket.end():unit_read[0]].strip(), None)]


def _fraction_of_a_whole(texts: Texts, start: int, end: int, raw: str, raw_of: str) -> list[Quantity] | None:
    """`bằng 1/3 diện tích của tỉnh`: a simple fraction of a whole named after it, said as a part, is that share in %
    (role "fraction"); None for anything else (a score 7/8 without its noun, a date)."""
    if not (raw.isdigit() and raw_of.isdigit()) or not 0 < int(raw) < int(raw_of) <= 10:
        return None
    if not _FRACTION_VERB_BEFORE_RE.search(texts.lowered, max(0, start - 8), start) \
            or not _WORD_AFTER_RE.match(texts.text, end):
        return None
    value = 100 * int(raw) / int(raw_of)
    return [Quantity(start, end, texts.text[start:end], value, None, "%", None, _qualifier_before(texts, start),
                     "fraction", raw, "")]


def _fraction_in_words(texts: Texts, start: int, fraction, numerator: float, words: list[str],
                       require_unit: bool) -> Quantity | None:
    """`chiếm hai phần ba số hộ`: a fraction in words of a whole named after it, said as a part, is that share in %
    (as `bằng 1/3 diện tích`); read alone (`một phần tư`) it is the numerator out of the denominator."""
    denominator = FRACTION_DENOMINATORS[fraction.group(1)]
    if not float(numerator).is_integer() or not 0 < numerator < denominator:
        return None
    end = fraction.end()
    qualifier = _qualifier_before(texts, start)
    if not require_unit:
        return Quantity(start, end, texts.text[start:end], numerator, None, "", denominator, qualifier, None,
                        " ".join(words), "")
    if not _FRACTION_VERB_BEFORE_RE.search(texts.lowered, max(0, start - 8), start) \
            or not _WORD_AFTER_RE.match(texts.text, end):
        return None
    return Quantity(start, end, texts.text[start:end], 100 * numerator / denominator, None, "%", None, qualifier,
                    "fraction", " ".join(words), "")


def _sign_before(texts: Texts, start: int, spaced: bool):
    """A sign written before the number: (where it starts, "+" or "-") or None. `-5%` and `âm 5%` are
    negative; with `spaced` (a phrase alone, not running text) `- 5` too."""
    folded = texts.folded
    last = folded[start - 1:start] if start else ""
    if last and last in "+-−":
        sign_match = SIGN_BEFORE_RE.search(folded[max(0, start - 2):start])
        if sign_match:
            return start - 1, "-" if sign_match.group(1) in "-−" else "+"
    if last not in (" ", "\t", "\u00a0") or folded[start - 2:start - 1] not in ("m", "-", "−"):
        return None  # the common case: "âm 5%" and "- 5" end in m or a dash before their space
    before = texts.lowered[max(0, start - 6):start]
    if before.endswith((" ", "\t", "\u00a0")) and (spaced or not before.rstrip().endswith(("-", "−"))):
        match = NEGATIVE_BEFORE_RE.search(before)
        if match:
            return start - len(before) + match.start(), "-"
    return None


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
        if not taken(start) and not _EFFORT_BEFORE_MULTIPLE_RE.search(folded, max(0, start - 16), start):
            # ("nỗ lực gấp đôi": how hard, not how much)
            results.append(Quantity(start, end, texts.text[start:end], MULTIPLE_WORDS[match.group(1)], None, "times",
                                    None, None, None, match.group(1), ""))
    read_until = 0
    for match in WORD_NUMBER_RE.finditer(texts.lowered):
        if not taken(match.start()) and match.start() >= read_until:  # ("ba phần năm hộ": "năm" is the denominator)
            quantity = _word_quantity(texts, match, require_unit=True)
            if quantity is not None:
                results.append(quantity)
                read_until = quantity.end
            elif (fraction := FRACTION_IN_WORDS_RE.match(texts.lowered, match.end(1))) is not None:
                read_until = fraction.end()  # a fraction in words said as no part: its denominator counts nothing
    return results


_VAGUE_BEFORE_HUNDRED = ("hàng", "vài", "mấy", "dăm", "mươi")
_EACH_BEFORE_RE = re.compile(r"(?<!\w)mỗi?\s+\w+(?:\s+\w+)?\s+$")
# Words before "một"/"năm" that make it the article "a" or the noun "year" ("là một xã", "trong năm xã …").
_OPENS_A_SENTENCE_BEFORE_RE = re.compile(r"(?:^|[\n.!?:]\s*)$")
_NOT_A_BARE_COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?:là|thành|như|với|của|một|trong|cả|mỗi|hằng|hàng|cùng|các|những|qua"
                                         r"|đầu|cuối|giữa|sang|tới|đến|vào|từ|sau|trước|năm|nhiều|thứ)\s+$")


def _word_quantity(texts: Texts, match, require_unit: bool) -> Quantity | None:
    """The figure of a number in words (`mười lăm hộ`, `một triệu rưỡi đồng`, `dưới bảy ngàn đồng`), or None."""
    start, words = match.start(), match.group(1).split()
    if require_unit and _excluded_before(texts, start):
        return None
    if words[0] == "trăm" and texts.lowered[max(0, start - 5):start].rstrip().endswith(_VAGUE_BEFORE_HUNDRED):
        return None  # "hàng trăm hộ", "vài trăm": hundreds, not a hundred (a lone "trăm hộ" is 100)
    value = _word_number_value(words)
    fraction = FRACTION_IN_WORDS_RE.match(texts.lowered, match.end(1))
    if fraction is not None:
        return _fraction_in_words(texts, start, fraction, value, words, require_unit) if value is not None else None
    bare = words in (["một"], ["năm"])  # "one" and "five" only before a counted noun (else "a", "year")
    if value is None or (require_unit and value < 2 and not bare):
        return None
    unit_read = _read_unit(texts, match.end(1) - 1) if match.group(1)[-1:].isspace() else None
    foreign = _foreign_currency_at(texts, match.end(1) - 1) if unit_read is None else None
    if foreign is not None:  # "hai mươi rupees 43": a currency the spec names no code for, as after digits
        unit_read = (foreign[0], foreign[1], 1.0, "measure")
    if unit_read is None or (require_unit and unit_read[3] == "times"):  # "hai lần" in running text is no figure
        if require_unit:
            return None
        unit_read = (match.end(1), "", 1.0, "number")
    end, unit, factor, _kind = unit_read
    # ("một đô la": one dollar, as "mười đô" is ten)
    if require_unit and bare and unit != "USD" and (_kind != "count" or _NOT_A_BARE_COUNT_BEFORE_RE.search(
            texts.lowered, max(0, start - 12), start) or _EACH_BEFORE_RE.search(texts.lowered, max(0, start - 25), start)):
        return None  # "là một huyện miền núi" (a), "trong năm xã đạt …" (the year), "mỗi xã một sản phẩm" (each)
    if require_unit and words == ["một"] and _OPENS_A_SENTENCE_BEFORE_RE.search(texts.lowered, max(0, start - 4), start):
        return None  # "Một tỉnh tăng 17 bậc …": a sentence (a headline) opening on "một" speaks of "a" province
    if require_unit and _kind == "count" and NOT_A_COUNT_PHRASES and _idiom_at(texts.lowered, match.end(1), end):
        return None  # "mức một con số" (a single digit)
    if require_unit and _kind == "count" and _REFERENCE_BACK_RE.match(texts.lowered, end):
        return None  # "hai tỉnh nói trên": the group counted before, said again
    end = end if unit else len(texts.text[:end].rstrip())
    value *= factor
    cents = _cents_after(texts, end) if (unit == "USD" or unit in _CURRENCIES_WITH_CENTS) and factor == 1.0 else None
    if cents:  # "hai đô la và 23 xen": 2,23 USD
        value, end = value + cents[0], cents[1]
    return Quantity(start, end, texts.text[start:end], value, None, unit, None,
                    _qualifier_before(texts, start), None, match.group(1).strip(), texts.text[match.end(1):end].strip())


# (and the codes of currencies the spec has none for: "GBP3,01", "Rs20" give the number)
_GLUED_CURRENCY_RE = re.compile(r"(?i)(?<![\w$])(usd|vnd|vnđ|eur|" + _alternation(
    code for code in _DATA["foreign_currencies"] if code.isascii() and code.isalpha() and len(code) <= 3) + r")(?=\d)")
_LEADING_POINT_RE = re.compile(r"^(\s*[-−]?\s*)([.,]\d)")
_DIGIT_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value < 10}
# ("một chấm ba": the decimal said as a word too)
_SPOKEN_POINT_RE = re.compile(r"(?i)(\d+|[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)\s+(?:phẩy|chấm)\s+(\d+(?!\d)|(?:"
                              + _alternation(_DIGIT_WORDS) + r")(?!\w))")


def _spelled_out(phrase: str) -> str:
    """A phrase read alone, as writers also type it: `USD1,23` (code glued on), `.77`, `2 chấm 23`, `hai phẩy 23`."""
    phrase = nfc(phrase)
    phrase = _GLUED_CURRENCY_RE.sub(r"\1 ", phrase)
    phrase = _LEADING_POINT_RE.sub(lambda m: m.group(1) + "0" + m.group(2), phrase)

    def decimal(match):
        whole, decimals = match.group(1), match.group(2)
        decimals = decimals if decimals.isdigit() else str(_DIGIT_WORDS[decimals.lower()])
        if not whole.isdigit():
            words = whole.lower().split()
            for first in range(len(words)):  # the longest run of number words that ends the left side
                value = _word_number_value(words[first:])
                if value is not None and float(value).is_integer():
                    kept = " ".join(whole.split()[:first])
                    return f"{kept} {int(value)},{decimals}".strip()
            return match.group(0)
        return f"{whole},{decimals}"

    return _SPOKEN_POINT_RE.sub(decimal, phrase) if ("phẩy" in phrase or "chấm" in phrase) else phrase


def parse_quantity(phrase: str) -> Quantity | None:
    """The first quantity of a phrase (`1,5 triệu đồng`, `từ 1 - 1,5%`, `7/8 tiêu chí`, `hai mươi lăm`), or None.

    Unlike find_quantities, a number without a unit still parses (unit ""), as the quantity command wants."""
    texts = Texts(_spelled_out(phrase))
    found = find_quantities(texts, phrase=True)
    if found:
        return found[0]
    folded = texts.folded
    for match in NUMBER_RE.finditer(folded):
        if DATE_AFTER_RE.match(folded, match.end()) or _excluded_before(texts, match.start()):
            continue
        spaced = SPACED_NUMBER_RE.match(folded, match.start())
        raw, end = (spaced.group(0), spaced.end()) if spaced else (match.group(0), match.end())
        quantity = _read_quantity(texts, match.start(), raw, end, require_unit=False)
        if quantity:
            return quantity[0]
    match = WORD_NUMBER_RE.search(texts.lowered)
    if match is None and texts.lowered.strip() in NUMBER_WORDS:  # "không": nought
        return Quantity(0, len(texts.text), texts.text.strip(), NUMBER_WORDS[texts.lowered.strip()], None, "", None, None)
    return _word_quantity(texts, match, require_unit=False) if match else None


__all__ = ["Quantity", "Texts", "find_quantities", "parse_quantity", "parse_unit", "parse_number", "fold_same_length"]
