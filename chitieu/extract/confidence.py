"""How sure the extractor is of a claim: a number from 0 to 1 built from how each of its fields was decided.

A figure whose subject, period, place and modality were all read from its own sentence is as sure as the rules
get; each field the rules had to carry from an earlier figure, or to default from the document (its dateline,
its year, its main place), lowers it. The factors multiply: a claim defaulted on three fields ranks below one
defaulted on one. They are fixed weights, ordered by how often each way of deciding went wrong on annotated
articles (carried and defaulted periods most, then measures without a verb, then carried subjects), so that a
reviewer who sorts by confidence meets the likely mistakes first.
"""

from functools import lru_cache

# How the subject was found: its own words before the figure, the noun counted after it, carried from an earlier
# figure of the sentence, carried from an earlier sentence that the figure's own names none, or nothing at all.
SUBJECT = {"own": 1.0, "noun": 0.95, "carried": 0.88, "previous": 0.7, "none": 0.6}
# How the period was found: a phrase in the figure's own sentence, one carried from an earlier sentence, the first
# one after a headline, or the document's date or year.
PERIOD = {"sentence": 1.0, "carried": 0.85, "ahead": 0.8, "dateline": 0.75, "year": 0.6, "none": 0.8}
# How the place was found: named in the sentence, carried from the sentence's topic, the document's own place.
PLACE = {"sentence": 1.0, "carried": 0.95, "document": 0.93, "none": 0.75}
# How the modality was decided: a cue of its own clause (ước, dự kiến, kế hoạch), a cue framing the sentence,
# carried from the figure before, the list it is an item of, a year still to come, or no cue (actual).
MODALITY = {"cue": 1.0, "target_word": 1.0, "frame": 0.95, "carried": 0.9, "list": 0.85, "future_year": 0.8,
            "verb": 1.0, "default": 0.93}
# How the measure was decided: a verb of its own (đạt, tăng, chiếm…) or a base; a growth or ratio that names no base
# takes the default one; without a verb or a base, the rules guess from the figure before, a sign or the unit.
MEASURE = {"verb": 1.0, "base": 1.0, "unit": 1.0, "default_base": 0.9, "guessed": 0.85}


@lru_cache(maxsize=None)  # a few hundred combinations at most
def confidence(subject: str, period: str, place: str, modality: str, measure: str) -> float:
    """The product of the factors of the ways each field was decided, rounded to 3 places."""
    value = SUBJECT.get(subject, 0.8) * PERIOD.get(period, 0.8) * PLACE.get(place, 0.9) \
        * MODALITY.get(modality, 0.9) * MEASURE.get(measure, 0.9)
    return round(max(0.0, min(1.0, value)), 3)
