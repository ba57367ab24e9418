"""Sentences and paragraphs of the working copy, as offset spans."""

import re
from typing import NamedTuple

# A full stop ends a sentence when followed by space and a capital, a digit, a quote or an opening bracket;
# never inside numbers (1.950) and not after short abbreviations (TP. Hạ Long, ThS. Nguyễn).
# (also a full stop glued to the next sentence's capital, "… tích cực.Tổng giá trị …", after a lower-case word of
# three letters or more, to a percent ("… 6,5%.Tổng …") or an ellipsis ("… 19 ngàn tấn...Trên lĩnh vực …"): not
# "Tp.HCM", "5.000")
_END_RE = re.compile(r"[.!?…]+(?=[\s\"”'’)]*(?:\s|$))|\n+|\.(?=[^\W\d_])")
_GLUED_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})$")
_ABBREVIATIONS = {"tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "th.s", "st", "q", "p", "h", "x", "tx", "mr",
                  "ông", "bà", "v.v", "vv", "tr", "số", "no", "đ", "nxb", "ubnd"}
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


class Span(NamedTuple):
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Span]:
    spans = []
    paragraph = 0
    start = 0
    length = len(text)
    for match in _END_RE.finditer(text):
        if match.group(0).startswith("\n"):
            if start < match.start():
                spans.append(Span(start, match.start(), paragraph))
            paragraph += 1
            start = match.end()
            continue
        if match.group(0) == ".":
            word = _WORD_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
        nxt = match.end()
        if nxt < length and text[nxt].isalpha():
            glued = _GLUED_WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
            ends_a_sentence = glued is not None and glued.group(1).islower() \
                or match.start() > 0 and text[match.start() - 1] in "%."
            if not (text[nxt].isupper() and ends_a_sentence):
                continue
        while nxt < length and text[nxt] in " \"”'’)":
            nxt += 1
        if nxt < length and text[nxt].islower():
            continue
        spans.append(Span(start, match.end(), paragraph))
        start = match.end()
    if start < length:
        spans.append(Span(start, length, paragraph))
    return [s for s in spans if text[s.start:s.end].strip()]
