"""The working copy of a document: NFC text for offsets, and a same-length copy the rules read.

Offsets of claims are code points into the NFC text (spec). The rules read a copy of exactly the
same length where old-style tone marks are modernised (hoà → hòa), the eth typed for đ is đ, HTML tags and entities, control
characters and odd spaces are blanked, so a tag or `&nbsp;` never glues or splits a figure and every
offset found in the copy is an offset into the NFC text.
"""

import html
import re
import unicodedata
from functools import lru_cache

from chitieu.text import modern_tones

# Block-level tags end a sentence; other tags are just blanked.
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
               "table", "section", "article", "header", "footer", "blockquote", "title", "option"}
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,2000}>|<!--.{0,20000}?-->", re.DOTALL)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
# Script/style bodies carry no prose.
_SCRIPT_RE = re.compile(r"<(script|style)\b[^>]{0,2000}>.{0,200000}?</\1\s*>", re.DOTALL | re.IGNORECASE)
_ODD_SPACE_RE = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t\f\v]")
# (the character before the line break is checked in `_unwrap`: a pattern opening with a look-behind or a class
# is tried at every position of the text, one opening with "\n" is scanned for it in C)
_SOFT_WRAP_RE = re.compile(r"\n(?=[ \t]*(\w))")
# A line that ends inside a clause (on a letter or a comma) and goes on with a number on the next.
_WRAP_BEFORE_A_NUMBER_RE = re.compile(r"(?<=[^\W\d_]|,)\n(?=[ \t]*\d)")
_WRAPS_OF_A_CUT_TEXT = 5  # (at least this many wraps, and half the line breaks: a text cut at a fixed width)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd\ud800-\udfff]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _blank(match, keep_newline=False):
    span = match.group(0)
    if keep_newline:
        return "\n" + " " * (len(span) - 1)
    return " " * len(span)


# Only a vowel pair ending a syllable can carry an old-style mark (hoà, thuỷ): most texts have none, and then
# the full rewrite is skipped.
_OLD_TONE_HINT_RE = re.compile(r"[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\w)")


def modernise(text: str) -> str:
    """`modern_tones` of the text, applied only around the vowel pairs that can carry an old-style mark (linear:
    most of a text is copied untouched)."""
    pieces = []
    done = 0
    for match in _OLD_TONE_HINT_RE.finditer(text):
        start = max(done, match.start() - 1)
        end = match.end() + 1
        pieces.append(text[done:start])
        pieces.append(modern_tones(text[start:end]))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    modern = "".join(pieces)
    return modern if len(modern) == len(text) else text


@lru_cache(maxsize=None)
def _spellings():
    """(pattern, {written: read}) of the words spelled with i or y alike, or typed with a slip (ã for ă, u for ư, a
    wrong tone): every table of data/spelling.yaml."""
    from .tables import table  # (here: tables must not load at import of this module)
    variants = {}
    for written, read in ((w, r) for slips in table("spelling").values() for w, r in slips.items()):
        if len(written) == len(read):
            variants[written] = read
            variants[written[:1].upper() + written[1:]] = read[:1].upper() + read[1:]
    # (the word boundary before is checked where the pattern is used: see _SOFT_WRAP_RE)
    pattern = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(variants, key=len, reverse=True)) + r")(?!\w)")
    return pattern, variants


def _word_char_before(text, position):
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def _unwrap(match):
    """A line break after a digit, a comma or a word and before a word in lower case is a space."""
    before = match.string[match.start() - 1:match.start()]
    if before and (before.isalnum() or before in ",_") and match.group(1).islower():
        return " "
    return match.group(0)


_ETH_AS_D_BAR = str.maketrans({"Ð": "Đ", "ð": "đ"})


def working_copy(text: str) -> str:
    """Same length as `text` (already NFC); see the module docstring."""
    work = modernise(text)
    if "Ð" in work or "ð" in work:
        work = work.translate(_ETH_AS_D_BAR)  # "Nam Ðịnh": the Icelandic eth typed for the Vietnamese đ, which it looks like
    # ("tỉ lệ" is read as "tỷ lệ", "nãm" as "năm", "uớc" as "ước", "so với cũng kỳ" as "so với cùng kỳ")
    pattern, variants = _spellings()
    work = pattern.sub(lambda m: m.group(0) if _word_char_before(m.string, m.start()) else variants[m.group(0)], work)
    if "<" in work:
        work = _SCRIPT_RE.sub(lambda m: _blank(m, keep_newline=True), work)

        def tag(match):
            name = (match.group(2) or "").lower()
            return _blank(match, keep_newline=name in _BLOCK_TAGS)

        work = _TAG_RE.sub(tag, work)
    if "&" in work:
        def entity(match):
            decoded = html.unescape(match.group(0))
            if len(decoded) != 1 or decoded == "&" and match.group(0) == "&":
                return " " * len(match.group(0))
            if _ODD_SPACE_RE.match(decoded):
                decoded = " "
            return decoded + " " * (len(match.group(0)) - 1)

        work = _ENTITY_RE.sub(entity, work)
    work = _ODD_SPACE_RE.sub(" ", work)
    work = _CONTROL_RE.sub(" ", work)
    work = work.replace("\r", " ")
    if "\n" in work:
        # A line broken inside a figure or a clause (a copied page's hard wrap: "ước đạt 3.475\nnghìn lượt khách",
        # "692,5 tỷ đồng,\ntăng 18,2%", "thu ngân sách trên địa bàn huyện\nđạt 500 tỷ đồng") is read as a space:
        # the line before ends on a digit, a comma or a word and the next goes on in lower case.
        breaks = work.count("\n")
        work = _SOFT_WRAP_RE.sub(_unwrap, work)
        wraps = breaks - work.count("\n")
        if wraps >= _WRAPS_OF_A_CUT_TEXT and 2 * wraps >= breaks:
            # most lines went on in lower case: a text cut at a fixed width (a PDF's text), where a line that ends
            # inside a clause goes on on the next even when that one opens on a number ("so với năm\n2016")
            work = _WRAP_BEFORE_A_NUMBER_RE.sub(" ", work)
    if len(work) != len(text):  # never expected; keep offsets right whatever happens
        work = text
    return work


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
