"""Loads the claim pipeline's language data tables (chitieu/extract/data/*.yaml) once."""

import re
from functools import lru_cache
from typing import Any, Callable

import yaml

from .native import PACKAGE_DIR

DATA_DIR = PACKAGE_DIR / "data"


# libyaml's parser, where PyYAML was built with it, reads the tables several times faster (same objects): it is
# part of every start-up of the extractor.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def table(name: str) -> dict:
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=YAML_LOADER)  # noqa: S506 (a safe loader)


def longest_first(words):
    return sorted({w for w in words if w}, key=lambda w: (-len(w), w))


def phrases_re(words) -> str:
    """Words or phrases of a list as one alternation for a pattern, longest first, any run of spaces between a
    phrase's words (wrap it in a group)."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in longest_first(words))


def _word_char_before(text, position):
    if position <= 0:
        return False
    char = text[position - 1]
    return char.isalnum() or char == "_"


class StartsWithWord:
    r"""A pattern that must start at a word boundary: `(?<!\w)PATTERN`, searched fast.

    A pattern that opens with a look-behind is tried at every position of the text; one that opens with its
    words is scanned for their first letters in C. So the pattern is compiled without the look-behind and the
    boundary is checked here (`blocked(text, start)` says a match may not start there). `search` and `finditer`
    return ordinary match objects, with the pattern's own groups."""

    def __init__(self, pattern: str, blocked: Callable[[str, int], bool] = _word_char_before, flags: int = 0) -> None:
        # (annotated: mypyc cannot compile this class without the types, see native.py)
        self.pattern: Any = re.compile(pattern, flags)
        self._blocked: Any = blocked

    def match(self, text, pos=0):
        match = self.pattern.match(text, pos)
        return match if match is not None and not self._blocked(text, pos) else None

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        match = self.pattern.search(text, pos, endpos)
        if match is None:
            return None  # the common case: no call of `blocked`
        while match is not None and self._blocked(text, match.start()):
            match = self.pattern.search(text, match.start() + 1, endpos)
        return match

    def last(self, text):
        """The last match `finditer(text)` would give, or None (without a generator: it runs once per figure)."""
        found = None
        pos = 0
        blocked = self._blocked
        while True:
            for match in self.pattern.finditer(text, pos):
                if blocked(text, match.start()):
                    pos = match.start() + 1
                    break
                found = match
            else:
                return found

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        blocked = self._blocked
        if blocked is _word_char_before:
            yield from self._finditer_words(text, pos, endpos)
            return
        while True:
            for match in self.pattern.finditer(text, pos, endpos):
                if blocked(text, match.start()):
                    pos = match.start() + 1  # look again from the next character, as the look-behind would
                    break
                yield match
            else:
                return

    def _finditer_words(self, text, pos, endpos):
        """`finditer` with the word boundary (_word_char_before) checked inline: it runs once per match."""
        while True:
            for match in self.pattern.finditer(text, pos, endpos):
                start = match.start()
                if start > 0:
                    char = text[start - 1]
                    if char.isalnum() or char == "_":
                        pos = start + 1  # look again from the next character, as the look-behind would
                        break
                yield match
            else:
                return


class Words(StartsWithWord):
    r"""Whole words or phrases of a list: `(?<!\w)(?:w1|w2…)(?!\w)`, longest first. With `any_spaces`, any run of
    spaces may stand between a phrase's words (look its value up in a `PhraseTable`)."""

    def __init__(self, words: Any, tail: str = r"(?!\w)", any_spaces: bool = False) -> None:
        alternation = phrases_re(words) if any_spaces else "|".join(re.escape(w) for w in longest_first(words))
        super().__init__(rf"(?:{alternation}){tail}")


class PhraseTable(dict):
    """The values of phrases, looked up by the words a pattern of them matched whatever the spaces between them
    ("so với cùng  kỳ" is "so với cùng kỳ")."""

    def __missing__(self, key):
        spaced = " ".join(key.split())
        if spaced == key:
            raise KeyError(key)
        return self[spaced]
