"""Linking a claim to a catalogue indicator, a place and a period — or saying why it cannot be.

Nothing is guessed: a subject that fits two indicators equally, a place name that fits two units, a
claim without a period all stay unlinked, with the reason shown to the reviewer.

Indicator: the claim's subject is compared with each indicator's name and phrases, all folded (no
diacritics) with abbreviations expanded (NSNN → ngân sách nhà nước): a phrase contained in the subject
(or the subject in a phrase) wins, the longest first; otherwise the overlap of their words must be high.
Only figures that are values of the indicator itself are linked: a growth, a change or a % of plan is a
derived figure, computed from the stored values, never stored.
"""

import datetime
import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple
from pathlib import Path

import yaml
from django.utils.translation import gettext as _

from chitieu.documents.models import Claim
from chitieu.text import fold

DATA_FILE = Path(__file__).resolve().parent / "data" / "abbreviations.yaml"

# The extractor's place levels → the levels of Place ("city", thành phố, may be a province or a district).
LEVELS_OF_TEXT = {"province": "province", "district": "district", "commune": "commune"}
CONTAINED_SCORE = 1.0
MINIMUM_OVERLAP = 0.75
# The bases a growth-rate indicator's values are measured against (a year's figure: the year before).
GROWTH_BASES_STORED = {"same_period", "prior_year"}
# Qualifiers that make the figure a bound, not a value (`trên 30 triệu`): it stays a claim.
BOUND_QUALIFIERS = {"over", "under", "at_least", "at_most"}


class _LanguageData(NamedTuple):
    abbreviations: dict  # folded short form → folded long form
    fillers: frozenset  # folded words ignored when wordings are compared
    same_count: list  # frozensets of folded counting nouns that count the same things
    blocking: frozenset  # folded words that make a subject no indicator whose phrases lack them
    issuers: list  # (pattern on folded text, issuer)


@functools.cache
def _language_data() -> _LanguageData:
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return _LanguageData(
        abbreviations={fold(short): fold(long) for short, long in data["abbreviations"].items()},
        fillers=frozenset(fold(word) for word in data["filler_words"]),
        same_count=[frozenset(fold(noun) for noun in group) for group in data["same_count_nouns"]],
        blocking=frozenset(fold(word) for word in data["not_the_indicator_words"]),
        issuers=[(re.compile(rf"(?<![a-z0-9]){re.escape(fold(phrase))}(?![a-z0-9])"), issuer)
                 for phrase, issuer in data["issuers"]],
    )


def issuer_for(subject: str) -> str:
    """Who set a target, as its subject names it (`dự toán huyện giao …` → `HĐND huyện`), or ""."""
    folded = fold(subject or "")
    return next((issuer for pattern, issuer in _language_data().issuers if pattern.search(folded)), "")


def words(text: str) -> list[str]:
    """Folded words of a subject or phrase, abbreviations expanded (`tổng thu NSNN` → tong thu ngan sach nha nuoc)."""
    abbreviations = _language_data().abbreviations
    folded = fold(text or "")
    found = []
    for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)?", folded):
        found.extend((abbreviations.get(word) or word.replace("-", " ")).split())
    return found


def content_words(tokens):
    fillers = _language_data().fillers
    return [t for t in tokens if t not in fillers]


def _contains(haystack, needle):
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def subject_score(subject_tokens, phrase_tokens) -> float:
    """How well a phrase names the subject: above 1 when one contains the other (longer is better),
    else the F1 of their content words, 0 when they share nothing."""
    if not subject_tokens or not phrase_tokens:
        return 0.0
    if _contains(subject_tokens, phrase_tokens) and (len(phrase_tokens) >= 2 or len(subject_tokens) == 1):
        return CONTAINED_SCORE + 0.01 * len(phrase_tokens)
    subject_core, phrase_core = content_words(subject_tokens), content_words(phrase_tokens)
    if len(subject_core) >= 2 and _contains(phrase_core, subject_core):
        return CONTAINED_SCORE - 0.05 + 0.01 * len(subject_core)
    common = len(set(subject_core) & set(phrase_core))
    if not common:
        return 0.0
    precision, recall = common / len(set(subject_core)), common / len(set(phrase_core))
    return 2 * precision * recall / (precision + recall)


def units_agree(claim_unit: str, indicator_unit: str) -> bool:
    a, b = fold(claim_unit or ""), fold(indicator_unit or "")
    if a == b:
        return True
    # Counting nouns agree on their first syllable, as in the claim spec (`lượt`, `lượt khách`).
    money = {"vnd", "usd"}
    if a in money or b in money or "%" in (a, b) or "/" in a or "/" in b:
        return False
    if a and b and a.split()[0] == b.split()[0]:
        return True
    # nouns that count the same things (người, lao động, nhân khẩu)
    return any(a in group and b in group for group in _language_data().same_count)


@dataclass
class IndicatorEntry:
    indicator: object
    phrases: list = field(default_factory=list)  # token lists


@dataclass
class Link:
    indicator: object = None
    place: object = None
    period: str | None = None
    issuer: str = ""
    problems: list = field(default_factory=list)

    @property
    def linked(self):
        return self.indicator is not None and self.place is not None and self.period is not None and not self.problems


def parse_period(text):
    """The canonical period string, or None when the text is not a period of the claim spec."""
    if not text:
        return None
    from chitieu.periods import Period

    try:
        return Period.parse(text)
    except (ValueError, TypeError):
        return None


class Mapper:
    """Links claims; holds the catalogue and the place lookups of one batch in memory."""

    def __init__(self):
        from chitieu.indicators.models import Indicator
        from chitieu.places.lookup import PlaceFinder

        self.entries = []
        for indicator in Indicator.objects.prefetch_related("phrases"):
            phrases = [words(indicator.name_vi)] + [words(p.phrase) for p in indicator.phrases.all()]
            self.entries.append(IndicatorEntry(indicator, [p for p in phrases if p]))
        # Which entries a subject can match at all: a phrase scores above 0 only when it shares a content
        # word with the subject (subject_score), or has none and is contained in it. A subject is scored
        # against those entries only, not the whole catalogue.
        self._entries_by_word = {}
        self._entries_always = set()
        for position, entry in enumerate(self.entries):
            for phrase in entry.phrases:
                core = content_words(phrase)
                if not core:
                    self._entries_always.add(position)
                for word in core:
                    self._entries_by_word.setdefault(word, set()).add(position)
        self.finder = PlaceFinder()
        self._indicator_cache = {}
        self._place_cache = {}

    # -- indicator
    def indicator_for(self, subject, unit, measure, qualifier=None, value_max=None, basis=None):
        """(indicator, None) or (None, reason)."""
        if measure in ("change", "ratio") or (measure == "growth" and unit != "%"):
            return None, _("số liệu suy ra (%s): được tính từ các số liệu đã lưu, không lưu riêng") % measure
        if measure == "growth" and basis and basis not in GROWTH_BASES_STORED:
            # a growth rate indicator (CPI, IIP, economic growth) holds the rise against the same period a year
            # earlier; "so với tháng trước" or "so với kế hoạch" is another figure
            return None, _("mức tăng so với %s: chỉ tiêu chỉ lưu mức tăng so với cùng kỳ") % basis
        if qualifier in BOUND_QUALIFIERS:
            return None, _("là một ngưỡng (%s), không phải một giá trị") % qualifier
        if value_max is not None:
            return None, _("là một khoảng giá trị")
        key = (fold(subject or ""), unit, measure)
        if key not in self._indicator_cache:
            _bound(self._indicator_cache)
            self._indicator_cache[key] = self._match_indicator(subject, unit, measure)
        return self._indicator_cache[key]

    def _match_indicator(self, subject, unit, measure):
        tokens = words(subject)
        if not tokens:
            return None, _("không rõ nội dung chỉ tiêu")
        # "khu vực dịch vụ đóng góp …": a contribution to growth is not the sector's share, unless a phrase says so
        blocking = set(tokens) & _language_data().blocking
        scored = []
        candidates = self._entries_always.union(*(self._entries_by_word.get(word, ()) for word in set(content_words(tokens))))
        for entry in map(self.entries.__getitem__, sorted(candidates)):
            phrases = [p for p in entry.phrases if blocking <= set(p)] if blocking else entry.phrases
            best = max((subject_score(tokens, phrase) for phrase in phrases), default=0.0)
            if best >= MINIMUM_OVERLAP:
                scored.append((best, entry.indicator))
        if not scored:
            return None, _("không khớp chỉ tiêu nào trong danh mục")
        fitting = [(score, ind) for score, ind in scored if self._fits(ind, unit, measure)]
        if not fitting:
            names = ", ".join(sorted({str(ind) for _s, ind in scored})[:3])
            return None, _("đơn vị hoặc loại số đo (%(unit)s, %(measure)s) không hợp với chỉ tiêu %(names)s") % {
                "unit": unit, "measure": measure, "names": names,
            }
        fitting.sort(key=lambda pair: pair[0], reverse=True)
        if len(fitting) > 1 and fitting[0][0] - fitting[1][0] < 0.005 and fitting[0][1] != fitting[1][1]:
            return None, _("khớp nhiều chỉ tiêu: %(a)s; %(b)s") % {"a": fitting[0][1], "b": fitting[1][1]}
        return fitting[0][1], None

    @staticmethod
    def _fits(indicator, unit, measure):
        if not units_agree(unit, indicator.unit):
            return False
        if measure == "level":
            return True
        if measure == "share":
            return indicator.unit == "%"
        if measure == "growth":  # only an indicator that is itself a growth rate (tốc độ tăng trưởng…)
            return indicator.unit == "%" and "tang" in fold(indicator.name_vi).split()
        return False

    # -- place
    def place_for(self, place_text, document_place, on, level=None):
        """(place, None) or (None, reason). The claim's own place, looked up inside the document's place, then
        its province, then anywhere; no place named: the document's place. `level`, as the text gives it
        (huyện Định Hóa: district), sets homonyms of other levels aside (Xã Định Hóa of Ninh Bình)."""
        from chitieu.places.models import Place

        if place_text is None or place_text == "" or place_text == []:
            if document_place is None:
                return None, _("văn bản và nhận định đều không nói địa bàn")
            return document_place, None
        if isinstance(place_text, list):
            if len(place_text) != 1:
                return None, _("một số liệu cho nhiều địa bàn (%s)") % ", ".join(place_text)
            place_text = place_text[0]
        if level == "village":
            # (a village, "thôn Dùi Chiêng", is no unit of the register: left for the reviewer, not given to a commune
            # that happens to share its name)
            return None, _("“%s” là thôn, không có trong danh mục đơn vị hành chính") % place_text
        level = LEVELS_OF_TEXT.get(level or "")
        key = (fold(place_text), document_place.id if document_place else None, on, level)
        if key in self._place_cache:
            return self._place_cache[key]
        found = None
        if document_place is not None and fold(place_text) in {document_place.name_folded, fold(document_place.full_name)}:
            found = (document_place, None)
        contexts = []
        if document_place is not None:
            contexts = [document_place, *document_place.ancestors()]
        contexts.append(None)
        for parent in contexts if found is None else []:
            candidates = self.finder.find(place_text, parent=parent, on=on)
            if parent is not None and isinstance(parent, Place):
                candidates = [c for c in candidates if c.id != parent.id]
            if level and len(candidates) > 1 and any(c.level == level for c in candidates):
                candidates = [c for c in candidates if c.level == level]
            if len(candidates) == 1:
                found = (candidates[0], None)
                break
            if len(candidates) > 1:
                listed = "; ".join(c.path_name for c in candidates[:4])
                found = (None, _("“%(name)s” có thể là nhiều đơn vị: %(listed)s") % {"name": place_text, "listed": listed})
                break
        if found is None:
            found = (None, _("không tìm thấy đơn vị hành chính “%s”") % place_text)
        _bound(self._place_cache)
        self._place_cache[key] = found
        return found

    # -- all three
    def link(self, claim, document_place, document_date=None) -> Link:
        link = Link()
        period = parse_period(claim.period_text)
        if claim.period_text and period is None:
            link.problems.append(_("kỳ “%s” không hợp lệ") % claim.period_text)
        elif period is None:
            link.problems.append(_("văn bản không nói rõ kỳ của số liệu"))
        else:
            link.period = str(period)
        on = period.end if period is not None else document_date
        if isinstance(on, datetime.datetime):
            on = on.date()
        link.place, reason = self.place_for(claim.place_text, document_place, on, claim.place_level)
        if reason:
            link.problems.append(reason)
        link.indicator, reason = self.indicator_for(
            claim.subject, claim.unit, claim.measure, claim.qualifier or None, claim.value_max, claim.basis or None
        )
        if reason:
            link.problems.append(reason)
        if claim.modality == "target":
            link.issuer = issuer_for(claim.subject)
        return link


CACHE_ENTRIES = 50_000


def _bound(cache):
    """A batch of a million documents meets ever new subjects and place names: its lookups are forgotten
    now and then, so that memory stays flat."""
    if len(cache) >= CACHE_ENTRIES:
        cache.clear()


def apply_link(claim, link: Link):
    claim.indicator = link.indicator
    claim.place = link.place
    claim.period = link.period
    claim.link_status = claim.Link.LINKED if link.linked else claim.Link.UNLINKED
    claim.link_problems = "\n".join(link.problems)
    claim.issuer = claim.issuer or link.issuer  # a reviewer's issuer stays
    return claim


def relink_claims(claims, mapper=None):
    """Link (again) claims already stored, e.g. after the catalogue grew. Decided claims are left alone."""
    mapper = mapper or Mapper()
    changed = []
    for claim in claims:
        if claim.is_decided:
            continue
        apply_link(claim, mapper.link(claim, claim.document.place, claim.document.published_on))
        changed.append(claim)
    if changed:
        Claim.objects.bulk_update(changed, ["indicator", "place", "period", "issuer", "link_status", "link_problems"])
    return len(changed)
