"""Arithmetic between claims that belong together: flagged where it disagrees beyond rounding."""

from chitieu.extract.checks import check_claims
from chitieu.extract.model import Claim


def claim(text, value, unit, measure="level", basis=None, modality="actual", start=0):
    return Claim(start=start, end=start + len(text), text=text, value=value, unit=unit, measure=measure, basis=basis,
                 modality=modality, subject="thu ngân sách", place="Tân Uyên", period="2021")


def budget(stated_percent_text, stated_percent):
    return [
        claim("45,6 tỷ đồng", 45.6e9, "VND", start=10),
        claim(stated_percent_text, stated_percent, "%", "ratio", "estimate", start=30),
        claim("50 tỷ đồng", 50e9, "VND", modality="target", start=50),
    ]


def test_a_percent_of_target_that_holds_is_not_flagged():
    assert check_claims(budget("91,2%", 91.2)) == []


def test_a_percent_of_target_that_does_not_hold_is_flagged_with_its_arithmetic():
    flags = check_claims(budget("98%", 98))
    assert len(flags) == 1
    flag = flags[0]
    assert flag.kind == "ratio_vs_target" and flag.claims == [0, 1, 2]
    assert flag.expected == 91.2 and flag.found == 98
    assert "45,6 tỷ đồng ÷ 50 tỷ đồng = 91,2%" in flag.message


def test_a_done_plan_pair_is_checked_against_the_percent_after_it():
    claims = [claim("640", 640, "ha", start=10), claim("500ha", 500, "ha", modality="target", start=14),
              claim("128%", 128, "%", "ratio", "plan", start=30)]
    assert check_claims(claims) == []
    claims[2] = claim("150%", 150, "%", "ratio", "plan", start=30)
    assert [f.kind for f in check_claims(claims)] == ["done_vs_plan"]


def test_growth_is_checked_against_the_same_period_value_in_brackets():
    claims = [claim("120 triệu USD", 120e6, "USD", start=10),
              claim("20%", 20, "%", "growth", "same_period", start=30),
              claim("100 triệu USD", 100e6, "USD", start=50)]
    assert check_claims(claims) == []
    claims[1] = claim("35%", 35, "%", "growth", "same_period", start=30)
    flags = check_claims(claims)
    assert [f.kind for f in flags] == ["growth_vs_base"] and flags[0].expected == 20.0


def test_a_figure_of_another_subject_after_a_growth_is_not_its_base():
    planted = claim("3.500ha", 3500, "ha", start=0)
    growth = claim("20%", 20, "%", "growth", "same_period", start=20)
    other = claim("800", 800, "ha", start=60)
    other.subject = "trồng rừng gỗ lớn"
    assert check_claims([planted, growth, other]) == []


def test_a_plan_of_another_year_is_not_what_a_figure_is_measured_against():
    done = claim("1.400 lao động", 1400, "lao động", start=0)
    ratio = claim("200%", 200, "%", "ratio", "plan", start=20)
    next_year = claim("1.000 lao động", 1000, "lao động", modality="target", start=60)
    next_year.period = "2022"
    assert check_claims([done, ratio, next_year]) == []


def test_a_figure_and_a_plan_in_separate_phrases_are_not_a_done_plan_pair():
    total = claim("22 tỷ đồng", 22e9, "VND", start=0)
    plan = claim("3,5 tỷ đồng", 3.5e9, "VND", modality="target", start=40)
    disbursed = claim("62%", 62, "%", "ratio", "plan", start=70)
    assert check_claims([total, plan, disbursed]) == []


def test_nine_months_are_checked_against_the_plan_of_their_year():
    from chitieu.extract import analyse

    flags = analyse("Thu ngân sách 9 tháng năm 2020 đạt 29,577 tỷ đồng, đạt 90% dự toán huyện giao (36 tỷ đồng).").flags
    assert [(f.kind, f.expected, f.found) for f in flags] == [("ratio_vs_target", 82.16, 90)]


def test_a_count_out_of_its_whole_is_checked_against_the_share_said_after_it():
    from chitieu.extract import analyse

    flags = analyse("Toàn tỉnh có 324/590 trường đạt chuẩn, đạt tỷ lệ 55,4%; 71/179 trường mầm non, đạt tỷ lệ 39,7%.").flags
    assert [(f.kind, f.expected, f.found) for f in flags] == [("fraction_vs_share", 54.92, 55.4)]
