"""Where a result stands against a target: reached, on track, at risk, behind — by one rule, stated here and
printed on the dashboard (`RULE_TEXT`), so that a leader can check any verdict by hand.

- A flow (revenue, hectares planted: summed over time) is judged against the share of the target's year that
  has elapsed at the end of the result's period: nine months of a 36 tỷ estimate expect 27 tỷ.
- A stock or a rate (households, poverty rate: a level at a date) is judged against the year-end target itself.
- "Lower is better" indicators (poverty rate, poor households) are judged the other way round.
- reached: the target itself is met (≥, or ≤ when lower is better).
  on track: the result is at or beyond what is expected by now, or short of it by at most 5%.
  at risk: short of what is expected by more than 5% and at most 15%.
  behind: short by more than 15%, or the target's period is over and the target is not met.
  For rates in %, "short by" is measured in points: at most 0,5 point on track, at most 2 points at risk.
Indicators whose direction is neutral (price index, sector shares) get no verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from chitieu.indicators.models import Indicator
from chitieu.periods import Period

ON_TRACK_SHORTFALL = Decimal("0.05")
AT_RISK_SHORTFALL = Decimal("0.15")
ON_TRACK_POINTS = Decimal("0.5")
AT_RISK_POINTS = Decimal("2")

BEHIND, AT_RISK, ON_TRACK, REACHED, NONE = "behind", "at_risk", "on_track", "reached", "none"
# Order of the leader's view: what is behind first.
ORDER = {BEHIND: 0, AT_RISK: 1, ON_TRACK: 2, REACHED: 3, NONE: 4}
LABELS = {
    BEHIND: _("Chậm so với kế hoạch"), AT_RISK: _("Có nguy cơ chậm"), ON_TRACK: _("Đúng tiến độ"),
    REACHED: _("Đã đạt kế hoạch"), NONE: _("Không đánh giá"),
}
# Shapes as well as colours: a reader who cannot tell red from green still tells ✖ from ✔.
ICONS = {BEHIND: "✖", AT_RISK: "▲", ON_TRACK: "●", REACHED: "✔", NONE: "–"}

RULE_TEXT = [
    _("Chỉ tiêu cộng dồn theo thời gian (thu ngân sách, diện tích trồng rừng…) được so với phần kế hoạch tương ứng "
      "với thời gian đã qua của năm: 9 tháng của dự toán 36 tỷ đồng là 27 tỷ đồng."),
    _("Chỉ tiêu thời điểm và tỷ lệ (số hộ, tỷ lệ hộ nghèo…) được so với chỉ tiêu cuối năm."),
    _("Chỉ tiêu càng thấp càng tốt (tỷ lệ hộ nghèo…) được xét theo chiều ngược lại."),
    _("Đã đạt: đạt hoặc vượt chỉ tiêu. Đúng tiến độ: bằng hoặc vượt mức cần có đến thời điểm này, hoặc thiếu không quá 5%. "
      "Có nguy cơ chậm: thiếu từ trên 5% đến 15%. Chậm: thiếu trên 15%, hoặc đã hết kỳ kế hoạch mà chưa đạt. "
      "Với tỷ lệ (%), mức thiếu tính bằng điểm %: không quá 0,5 điểm là đúng tiến độ, không quá 2 điểm là có nguy cơ."),
]


@dataclass
class Status:
    code: str
    expected: Decimal | None = None  # what the target asks for by the end of the result's period
    shortfall: Decimal | None = None  # share (0,12 = 12%) or points short of `expected`; None when not short

    @property
    def label(self):
        return LABELS[self.code]

    @property
    def icon(self):
        return ICONS[self.code]

    @property
    def rank(self):
        return ORDER[self.code]


def elapsed_share(result_period: Period, target_period: Period) -> Decimal:
    """The share of the target's span covered by the time from its start to the end of the result's period."""
    if result_period.end >= target_period.end:
        return Decimal(1)
    days = (result_period.end - target_period.start).days + 1
    return max(Decimal(0), Decimal(days) / Decimal(target_period.length_days()))


def judge(indicator: Indicator, result_value: Decimal, result_period: Period, target_value: Decimal,
          target_period: Period) -> Status:
    if indicator.good_direction == Indicator.Direction.NEUTRAL or result_value is None or target_value is None:
        return Status(NONE)
    lower_is_better = indicator.good_direction == Indicator.Direction.DOWN
    met = result_value <= target_value if lower_is_better else result_value >= target_value
    if met:
        return Status(REACHED, expected=target_value)
    period_over = result_period.end >= target_period.end
    if indicator.kind == Indicator.Kind.FLOW and not lower_is_better:
        expected = target_value * elapsed_share(result_period, target_period)
    else:
        expected = target_value
    if lower_is_better:
        gap = result_value - expected
    else:
        gap = expected - result_value
    if gap <= 0:
        return Status(BEHIND if period_over else ON_TRACK, expected=expected)
    if indicator.unit == "%":
        shortfall, on_track, at_risk = gap, ON_TRACK_POINTS, AT_RISK_POINTS
    else:
        if expected == 0:
            return Status(BEHIND if period_over else ON_TRACK, expected=expected)
        shortfall, on_track, at_risk = gap / abs(expected), ON_TRACK_SHORTFALL, AT_RISK_SHORTFALL
    if period_over:
        return Status(BEHIND, expected=expected, shortfall=shortfall)
    if shortfall <= on_track:
        return Status(ON_TRACK, expected=expected, shortfall=shortfall)
    if shortfall <= at_risk:
        return Status(AT_RISK, expected=expected, shortfall=shortfall)
    return Status(BEHIND, expected=expected, shortfall=shortfall)
