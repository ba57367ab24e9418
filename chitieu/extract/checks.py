"""Arithmetic between claims that belong together, flagged where it disagrees beyond rounding.

- value ÷ target against the stated % (`đạt 29,577 tỷ đồng, đạt 82,2% dự toán (36 tỷ đồng)`: 29,577 ÷ 36 = 82,2%);
- done ÷ plan of a `813/520ha` pair against the % stated after it (`đạt 156% kế hoạch`);
- growth against the same-period value given in brackets (`đạt 86,4 triệu USD, tăng 35% so với cùng kỳ (64 triệu USD)`).

Claims belong together when they are in one run of claims with the same subject and place, no more than a few
claims apart (the way a report states a figure, its % of plan and the plan).
"""

from .model import Claim, Flag

_WINDOW = 4  # claims after a level that may still speak of it


def _decimals(text: str) -> int:
    digits = text.split("%")[0].strip()
    for sep in (",", "."):
        if sep in digits:
            return len(digits.rsplit(sep, 1)[1].strip())
    return 0


def _tolerance(stated: Claim) -> float:
    # Half a unit of the last written digit, plus 0.5% of the figure for the rounding of the inputs.
    return 0.5 * 10 ** -_decimals(stated.text) + 0.005 * abs(stated.value)


def _fmt(value: float) -> str:
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return text.rstrip("0").rstrip(",") if "," in text else text


def _same_thing(a: Claim, b: Claim) -> bool:
    """Same place, unit and year (9 months of 2020 are measured against the plan of 2020, not of 2021)."""
    return a.place == b.place and a.unit == b.unit and (not a.period or not b.period or a.period[:4] == b.period[:4])


def check_claims(claims: list[Claim]) -> list[Flag]:
    flags = _fraction_flags(claims)
    for i, level in enumerate(claims):
        if level.measure != "level" or level.modality == "target" or level.unit == "%" or not level.value:
            continue
        window = claims[i + 1:i + 1 + _WINDOW]
        ratios = []
        for j, other in enumerate(window, start=i + 1):
            if other.measure == "level" and other.modality != "target" and other.unit == level.unit:
                break  # a new figure of the same kind starts
            if other.measure == "ratio" and other.unit == "%" and other.basis in ("plan", "estimate", "target"):
                ratios.append(j)
                continue
            if other.measure == "level" and other.modality == "target" and _same_thing(level, other) and other.value:
                if ratios:
                    ratio = claims[ratios[-1]]
                    computed = level.value / other.value * 100
                    if abs(computed - ratio.value) > _tolerance(ratio):
                        flags.append(Flag(
                            kind="ratio_vs_target",
                            message=(f"{level.text} ÷ {other.text} = {_fmt(computed)}%, "
                                     f"but the text says {ratio.text}"),
                            claims=[i, ratios[-1], j], expected=round(computed, 2), found=ratio.value))
                    ratios = ratios[:-1]
                elif j == i + 1 and level.end <= other.start <= level.end + 3:
                    # A done/plan pair (813/520ha): the % after it is done ÷ plan.
                    for k in range(j + 1, min(len(claims), j + 3)):
                        ratio = claims[k]
                        if ratio.measure == "ratio" and ratio.unit == "%" and ratio.basis in ("plan", "target", "estimate"):
                            computed = level.value / other.value * 100
                            if abs(computed - ratio.value) > _tolerance(ratio):
                                flags.append(Flag(
                                    kind="done_vs_plan",
                                    message=(f"{level.text}/{other.text}: {_fmt(level.value)} ÷ {_fmt(other.value)} = "
                                             f"{_fmt(computed)}%, but the text says {ratio.text}"),
                                    claims=[i, j, k], expected=round(computed, 2), found=ratio.value))
                            break
            if other.measure == "growth" and other.unit == "%" and other.basis in ("same_period", "prior_year"):
                # The same-period value in brackets right after the growth.
                if j + 1 < len(claims):
                    base = claims[j + 1]
                    # (of the same subject: "…, trồng rừng gỗ lớn đạt 813 ha" after a growth is another figure)
                    if base.unit == level.unit and base.measure == "level" and base.value and base.start - other.end < 60 \
                            and base.modality == level.modality and base.subject == level.subject:
                        computed = (level.value / base.value - 1) * 100
                        if abs(computed - other.value) > _tolerance(other):
                            flags.append(Flag(
                                kind="growth_vs_base",
                                message=(f"{level.text} against {base.text} is {_fmt(computed)}%, "
                                         f"but the text says {other.text}"),
                                claims=[i, j, j + 1], expected=round(computed, 2), found=other.value))
                break
    return flags


def _fraction_flags(claims: list[Claim]) -> list[Flag]:
    """A count out of its whole followed by its share (`324/590 trường, đạt tỷ lệ 55,4%`): 324 ÷ 590 = 54,9%."""
    flags = []
    for i, count in enumerate(claims[:-1]):
        share = claims[i + 1]
        if not count.of or share.measure != "share" or share.unit != "%" or share.start - count.end > 40:
            continue
        computed = count.value / count.of * 100
        if abs(computed - share.value) > _tolerance(share):
            flags.append(Flag(kind="fraction_vs_share",
                              message=f"{count.text}: {_fmt(count.value)} ÷ {_fmt(count.of)} = {_fmt(computed)}%, "
                                      f"but the text says {share.text}",
                              claims=[i, i + 1], expected=round(computed, 2), found=share.value))
    return flags
