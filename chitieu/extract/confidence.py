"""How sure the extractor is of a claim: a number from 0 to 1 built from how each of its fields was decided.

Each way of deciding a field (a period read in the figure's own sentence, one carried from an earlier sentence, the
document's date …) has a rate: how often claims decided that way had that field right on real reports annotated by
hand (data/confidence.yaml, with how it was measured). A claim's confidence is the product of its five rates, so a
claim decided in the ways that went wrong most often ranks lowest, and a reviewer who sorts by confidence meets the
likely mistakes first.
"""

from functools import lru_cache

from .tables import table

FIELDS = ("subject", "period", "place", "modality", "measure")


@lru_cache(maxsize=None)
def _rates() -> dict:
    return table("confidence")


@lru_cache(maxsize=None)  # a few hundred combinations at most
def confidence(subject: str, period: str, place: str, modality: str, measure: str) -> float:
    """The product of the rates of the ways each field was decided, rounded to 3 places."""
    rates = _rates()
    value = 1.0
    for field, how in zip(FIELDS, (subject, period, place, modality, measure)):
        value *= rates[field].get(how, rates[field]["overall"])
    return round(max(0.0, min(1.0, value)), 3)
