"""Text helpers shared by the extractor, the place lookup and search. Pure Python, no Django."""

import re
import unicodedata

_OLD_STYLE_TONES = {
    # Old-style tone placement (hoà, thuỷ) → the modern one (hòa, thủy), so both spell one name.
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# Only at the end of a syllable (hoàng keeps its mark) and not after q (quý is already modern).
_OLD_STYLE_RE = re.compile(
    r"(?<![qQ])(?:" + "|".join(_OLD_STYLE_TONES) + r")(?!\w)", re.IGNORECASE
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def modern_tones(text: str) -> str:
    """Move tone marks from the old placement to the modern one (hoà → hòa, thuỷ → thủy)."""

    def swap(match):
        found = match.group(0)
        replacement = _OLD_STYLE_TONES[found.lower()]
        return replacement.upper() if found.isupper() else (replacement[0].upper() + replacement[1:] if found[0].isupper() else replacement)

    return _OLD_STYLE_RE.sub(swap, text)


class _WithoutMarks(dict):
    """str.translate's table that drops the combining marks (category Mn), learnt per character met: a
    whole document is folded in C, not a character at a time in Python."""

    def __missing__(self, code):
        self[code] = None if unicodedata.category(chr(code)) == "Mn" else code
        return self[code]


_WITHOUT_MARKS = _WithoutMarks()
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d, single spaces: the key for diacritic-insensitive matching."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d").replace("\u0111", "d")
    return _SPACES.sub(" ", text.translate(_WITHOUT_MARKS)).strip()
