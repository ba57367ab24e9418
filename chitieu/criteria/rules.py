"""The met / not-met rules, as plain functions of plain values (no database access).

An indicator is met when its value passes the threshold that applies to the unit's region
(the region's own value when the set has one, else the national "chỉ tiêu chung", flagged);
a yes/no indicator is met when the assessor says "đạt". When the data holds no threshold at
all the assessor's own judgement is taken, and recorded as such.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from chitieu.criteria.models import Comparison, IndicatorAssessment

Basis = IndicatorAssessment.ThresholdBasis


class RuleError(ValueError):
    """The inputs cannot be judged (e.g. a number is missing for a numeric indicator)."""


@dataclass(frozen=True)
class Threshold:
    value: Decimal | None
    basis: str


def as_decimal(value):
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def applicable_threshold(comparison, national, by_region, region) -> Threshold:
    """The number a value is compared with, for a unit of `region` (None when not known)."""
    if comparison in (Comparison.YES, Comparison.NONE_LEFT):
        return Threshold(None, Basis.YES_NO)
    by_region = by_region or {}
    if region and as_decimal(by_region.get(region)) is not None:
        return Threshold(as_decimal(by_region[region]), Basis.REGION)
    national = as_decimal(national)
    if national is not None:
        has_regional_values = any(as_decimal(v) is not None for v in by_region.values())
        return Threshold(national, Basis.NATIONAL_FALLBACK if has_regional_values else Basis.NATIONAL)
    return Threshold(None, Basis.JUDGEMENT)


def judge(comparison, threshold: Threshold, value=None, passed=None) -> bool:
    """Whether the indicator is met. Raises RuleError when the inputs do not allow a judgement."""
    if threshold.basis == Basis.YES_NO:
        if passed is None:
            raise RuleError("chỉ tiêu đạt/không đạt: cần ghi “đạt” hoặc “không”")
        return bool(passed)
    value = as_decimal(value)
    if threshold.value is None:
        if passed is None:
            raise RuleError("dữ liệu chưa có ngưỡng của chỉ tiêu này: cần ghi “đạt” hoặc “không” theo đánh giá")
        return bool(passed)
    if value is None:
        raise RuleError("chỉ tiêu định lượng: cần giá trị")
    if comparison == Comparison.AT_LEAST:
        return value >= threshold.value
    if comparison == Comparison.AT_MOST:
        return value <= threshold.value
    if comparison == Comparison.EQUAL:
        return value == threshold.value
    raise RuleError(f"phép so sánh không rõ: {comparison}")


def shortfall(comparison, threshold_value, value):
    """How far the value is from the threshold (positive), or None when met or not computable."""
    threshold_value, value = as_decimal(threshold_value), as_decimal(value)
    if threshold_value is None or value is None:
        return None
    if comparison == Comparison.AT_LEAST and value < threshold_value:
        return threshold_value - value
    if comparison == Comparison.AT_MOST and value > threshold_value:
        return value - threshold_value
    if comparison == Comparison.EQUAL and value != threshold_value:
        return abs(threshold_value - value)
    return None


YES_WORDS = {"dat", "đạt", "co", "có", "yes", "y", "true", "1", "x", "✓"}
NO_WORDS = {"khong", "không", "khong dat", "không đạt", "chua dat", "chưa đạt", "no", "n", "false", "0"}


def parse_yes_no(text):
    """'đạt'/'có'/'1' → True, 'không'/'chưa đạt'/'0' → False, '' → None; anything else raises RuleError."""
    if text is None:
        return None
    if isinstance(text, bool):
        return text
    cleaned = str(text).strip().lower()
    if cleaned == "":
        return None
    if cleaned in YES_WORDS:
        return True
    if cleaned in NO_WORDS:
        return False
    raise RuleError(f"“{text}” không phải đạt/không")
