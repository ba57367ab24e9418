"""Budget news: the estimate a council assigns, the revenue collected to a day, the same period a year before in
brackets, and an estimated outturn of a budget line (December 2026, from a round of budget news read after it was
scored). Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_estimate_a_council_assigns_is_a_target_whatever_gloss_comes_between():
    claims = by_text(analyse("Năm 2031, tỉnh được HĐND tỉnh giao dự toán tổng thu ngân sách Nhà nước (NSNN) 16.300 tỷ "
                             "đồng.", date="2031-09-20").claims)
    assert claims["16.300 tỷ đồng"].modality == "target"


def test_revenue_collected_to_a_day_runs_from_january_and_its_parts_are_this_years():
    text = ("Tính đến hết ngày 16/9/2031, toàn tỉnh thu NSNN là 13.730 tỷ đồng, tăng 46% so với cùng kỳ năm 2030 (cùng "
            "kỳ đạt hơn 9.379 tỷ đồng). Trong đó, thu nội địa đạt gần 6.230 tỷ đồng, đạt 79,9% dự toán.")
    claims = by_text(analyse(text, date="2031-09-20").claims)
    assert claims["13.730 tỷ đồng"].period == "2031-01/2031-09-16"
    assert claims["9.379 tỷ đồng"].period == "2030-01/2030-09-16"
    assert claims["6.230 tỷ đồng"].period == claims["79,9%"].period == "2031-01/2031-09-16"


def test_the_estimated_outturn_of_a_budget_line_is_an_estimate():
    claims = by_text(analyse("Năm 2031, dự toán thu ngân sách nhà nước trên địa bàn ước thực hiện 1.396,8 tỷ đồng, đạt "
                             "105,79% dự toán.", date="2031-11-25").claims)
    assert claims["1.396,8 tỷ đồng"].modality == claims["105,79%"].modality == "estimate"


def test_the_items_of_a_list_whose_lead_names_their_base_are_measured_against_it():
    text = ("Năm 2031, chỉ có 3 khoản thu không đạt dự toán: thu từ khu vực ngoài quốc doanh (bằng 84,99%); phí và lệ "
            "phí (bằng 86,02%).")
    claims = by_text(analyse(text, date="2031-11-25").claims)
    assert claims["84,99%"].basis == claims["86,02%"].basis == "estimate"


def test_the_year_that_names_the_capital_is_not_the_time_the_sentence_opened_on():
    claims = by_text(analyse("Đến cuối tháng 7, kết quả thực hiện giải ngân vốn đầu tư công năm 2031 là gần 420 tỷ đồng, "
                             "đạt hơn 23% kế hoạch.", date="2031-08-05").claims)
    assert claims["420 tỷ đồng"].period == claims["23%"].period == "2031-01/2031-07"


def test_a_ratio_right_before_the_excess_over_a_base_is_measured_against_that_base():
    claims = by_text(analyse("Tính đến ngày 29/12, tỉnh thu ngân sách đạt trên 5.710 tỉ đồng, đạt 118%, vượt 876 tỉ đồng "
                             "so với dự toán HĐND tỉnh giao.", date="2031-12-30").claims)
    assert claims["118%"].basis == claims["876 tỉ đồng"].basis == "estimate"


def test_progress_at_a_percent_of_the_estimate_and_the_places_listed_after_it_are_ratios_over_the_months():
    claims = by_text(analyse(
        "Đến hết tháng 7, thu ngân sách toàn tỉnh đạt 60% so với dự toán. Trong đó, huyện A dẫn đầu về tiến độ thu ở "
        "mức 86% dự toán; các địa phương có tiến độ thu tốt là: Bảo Lâm 79%, Đơn Dương 73%.", date="2031-08-05").claims)
    for text in ("86%", "79%", "73%"):
        assert (claims[text].measure, claims[text].basis, claims[text].period) == ("ratio", "estimate", "2031-01/2031-07")


def test_what_will_be_reached_by_a_goal_the_sentence_strives_for_is_the_goal():
    claims = by_text(analyse("Tỉnh A phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt 12.800 tỷ đồng.",
                             date="2031-10-05").claims)
    assert claims["12.800 tỷ đồng"].modality == "target"


def test_ministries_written_with_a_capital_are_counted():
    claims = by_text(analyse("Cả nước có 7 Bộ và 12 địa phương có tỷ lệ giải ngân đạt trên 35%, có 40/51 Bộ đạt dưới "
                             "25%.", date="2031-07-05").claims)
    assert (claims["7 Bộ"].value, claims["7 Bộ"].unit) == (7, "bộ")
    assert (claims["40/51 Bộ"].value, claims["40/51 Bộ"].of) == (40, 51)


def test_amounts_that_add_up_to_an_estimated_total_are_estimated_parts_and_so_are_their_rises():
    claims = by_text(analyse(
        "Năm 2031, sản lượng nuôi trồng thủy sản ước đạt 114.264 tấn, tăng 8,2%.\nDiện tích nuôi nước ngọt là 9.800ha; "
        "sản lượng đạt 57.024 tấn, tăng 9,94% so với năm 2030. Diện tích nuôi mặn lợ là 6.500ha; sản lượng đạt 57.240 "
        "tấn, tăng 4,27%.", date="2031-12-20").claims)
    assert {claims[text].modality for text in ("57.024 tấn", "9,94%", "57.240 tấn", "4,27%")} == {"estimate"}
    assert claims["9.800ha"].modality == "actual"  # (an area said beside them is not a part of the output)



def test_an_estimate_set_beside_the_revenue_that_beat_it_is_of_its_size_the_comma_grouping_thousands():
    claims = by_text(analyse("Năm 2040, tổng thu ngân sách của thành phố đạt 175.785 tỷ đồng, vượt 3,8% so với dự toán "
                             "169,420 tỷ.", date="2041-01-10").claims)
    assert claims["169,420 tỷ"].value == 169_420_000_000_000


def test_a_sentence_opened_by_the_plan_gives_the_plans_amounts_and_its_parts():
    claims = by_text(analyse("Theo kế hoạch, tổng vốn đầu tư công năm 2040 của tỉnh là trên 4.029 tỷ đồng, trong đó vốn "
                             "ngân sách địa phương trên 2.091 tỷ đồng. Theo kế hoạch, đến nay tỉnh đã giải ngân 500 tỷ "
                             "đồng.", date="2040-06-04").claims)
    assert claims["4.029 tỷ đồng"].modality == claims["2.091 tỷ đồng"].modality == "target"
    assert claims["500 tỷ đồng"].modality == "actual"


def test_the_plans_capital_disbursed_is_a_result_and_a_goal_for_the_share_of_the_plan_is_a_target():
    claims = by_text(analyse("Đến nay, toàn tỉnh đã giải ngân 9.549 tỷ đồng. Trong đó, giải ngân vốn kế hoạch năm 2040 là "
                             "9.276,11 tỷ đồng. Tỉnh phấn đấu đến hết quý IV-2040 giải ngân đạt trên 90% kế hoạch vốn.",
                             date="2040-08-26").claims)
    assert claims["9.276,11 tỷ đồng"].modality == "actual"
    assert (claims["90%"].measure, claims["90%"].modality) == ("ratio", "target")


def test_a_share_of_the_plan_higher_than_the_same_periods_is_its_change_in_points():
    claims = by_text(analyse("Tính đến ngày 31/8/2040, giá trị giải ngân là 873,875/1.422,557 tỷ đồng, đạt 61,43%, cao hơn "
                             "2,87% so với cùng kỳ.", date="2040-09-05").claims)
    assert (claims["2,87%"].measure, claims["2,87%"].basis) == ("change", "same_period")


def test_the_year_of_the_plan_whose_capital_was_disbursed_does_not_date_the_disbursement_before_it():
    claims = by_text(analyse("Gia Lai giải ngân hơn 9.549 tỷ đồng vốn đầu tư công\n\nToàn tỉnh đã giải ngân được hơn 9.549 "
                             "tỷ đồng, đạt 73,55% kế hoạch vốn. Trong đó, giải ngân vốn kế hoạch năm trước được phép kéo "
                             "dài sang năm 2040 là 273,16 tỷ đồng.", date="2040-08-26").claims)
    assert claims["73,55%"].period == claims["273,16 tỷ đồng"].period == "2040"  # (the text's year, not the one before)


def test_a_day_in_a_sentence_announcing_a_list_dates_its_items_and_counts_of_units_in_a_rates_group_hold_at_it():
    text = ("Đến ngày 21/11/2040, giải ngân vốn đầu tư công đạt 41,46% kế hoạch.\n\nTỷ lệ giải ngân của các đơn vị đến hết "
            "ngày 16/11/2040, gồm:\n\n- Có 09 đơn vị có tỷ lệ giải ngân đạt trên 75% kế hoạch;\n\n- Sở Xây dựng đạt 5,3%.")
    claims = by_text(analyse(text, date="2040-11-21").claims)
    assert claims["09 đơn vị"].period == "2040-11-16"
    assert claims["5,3%"].period == "2040-01/2040-11-16"
