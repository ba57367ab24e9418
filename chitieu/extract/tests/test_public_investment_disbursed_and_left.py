"""Public investment reports: what was disbursed of a plan's capital, the time of a clause set against another, the
units grouped by how much they disbursed, and what is still left undone. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_what_was_already_disbursed_of_a_plan_is_a_result_over_the_reported_months():
    claims = by_text(extract("Tổng kế hoạch đầu tư công 9 tháng đầu năm 2030 của tỉnh đã giải ngân 4.120 tỷ đồng, "
                             "đạt 51,2%.", date="2030-09-28"))
    disbursed = claims["4.120 tỷ đồng"]
    assert (disbursed.modality, disbursed.period) == ("actual", "2030-01/2030-09")


def test_a_plans_own_capital_is_still_a_target():
    claims = by_text(extract("Tổng kế hoạch vốn đầu tư công năm 2030 của tỉnh là 8.050 tỷ đồng.", date="2030-09-28"))
    assert (claims["8.050 tỷ đồng"].modality, claims["8.050 tỷ đồng"].period) == ("target", "2030")


def test_the_time_of_a_clause_set_against_the_figure_is_not_the_figures():
    claims = by_text(extract("Đến ngày 15/10, tỉnh mới giải ngân vốn đầu tư công năm 2030 đạt 41,5% kế hoạch, trong "
                             "khi tỉnh phấn đấu đến cuối năm giải ngân đạt 100%.", date="2030-10-20"))
    assert claims["41,5%"].period == "2030-01/2030-10-15"
    assert claims["100%"].modality == "target"


def test_units_grouped_by_how_much_they_disbursed_are_counted_at_the_date():
    claims = by_text(extract("Tính đến ngày 23/4, toàn tỉnh giải ngân được 612 tỷ đồng. Có 17 đơn vị giải ngân dưới "
                             "20%; 42 dự án đã giải ngân đạt trên 60%.", date="2030-04-30"))
    assert claims["612 tỷ đồng"].period == "2030-01/2030-04-23"
    assert claims["17 đơn vị"].period == "2030-04-23"
    assert claims["42 dự án"].period == "2030-04-23"


def test_what_is_still_left_undone_is_held_at_the_date_and_is_no_plan():
    claims = by_text(extract("Tuy nhiên, đến ngày 20/6/2030, còn gần 6,2 nghìn tỷ đồng chưa được phân bổ chi tiết; có "
                             "58 bộ giải ngân dưới mức trung bình cả nước.", date="2030-06-30"))
    left = claims["6,2 nghìn tỷ đồng"]
    assert (left.modality, left.period) == ("actual", "2030-06-20")
    ministries = claims["58 bộ"]
    assert (ministries.unit, ministries.modality, ministries.period) == ("bộ", "actual", "2030-06-20")


def test_a_count_out_of_its_whole_said_in_full_is_one_figure_with_its_whole():
    claims = by_text(extract("Có 64 dự án/tổng số 150 dự án đã giải ngân đạt trên 60%.", date="2030-09-28"))
    projects = claims["64 dự án/tổng số 150 dự án"]
    assert (projects.value, projects.of, projects.unit) == (64, 150, "dự án")


def test_what_a_plan_asks_to_speed_up_is_no_part_of_the_subject():
    claims = by_text(extract("Sơn La đẩy nhanh tiến độ giải ngân gần 6.100 tỷ đồng vốn đầu tư công", date="2030-04-26"))
    assert claims["6.100 tỷ đồng"].subject == "giải ngân vốn đầu tư công"


def test_units_grouped_by_a_rate_in_a_report_of_months_are_counted_at_its_end():
    claims = by_text(extract("9 tháng đầu năm 2030, tỉnh giải ngân 4.980 tỷ đồng. Có 35 đơn vị có tỷ lệ giải ngân đạt "
                             "trên mức bình quân chung của tỉnh, trong đó có 22 đơn vị giải ngân đạt trên 60%; khách "
                             "quốc tế đạt 210 nghìn lượt, tăng hơn 30%.", date="2030-09-28"))
    assert claims["4.980 tỷ đồng"].period == "2030-01/2030-09"
    assert claims["35 đơn vị"].period == claims["22 đơn vị"].period == "2030-09"
    assert claims["210 nghìn lượt"].period == "2030-01/2030-09"  # (its own rise, no group)


def test_a_rate_of_disbursement_is_a_ratio_to_the_plan_whatever_whole_it_names():
    claims = by_text(extract("Huyện vừa thống kê đạt tỷ lệ 71,4% giải ngân vốn đầu tư công cả năm 2030. Các tỷ lệ giải ngân "
                             "tương ứng như: nguồn vốn ngân sách tập trung (95,1%); nguồn vốn phân cấp (94,2%). Tỉnh A đã "
                             "giải ngân được 74,3% tổng số vốn đầu tư công được giao.", date="2030-10-19"))
    assert {(claims[t].measure, claims[t].basis) for t in ("71,4%", "95,1%", "94,2%", "74,3%")} == {("ratio", "plan")}


def test_last_years_capital_disbursed_until_january_runs_from_its_years_start():
    claims = by_text(extract("Tính đến ngày 31/1/2031, giá trị giải ngân vốn đầu tư công năm 2030 của tỉnh là "
                             "3.650/5.120 tỷ đồng, đạt 71,3% kế hoạch.", date="2031-02-10"))
    assert claims["3.650"].period == claims["71,3%"].period == "2030-01/2031-01-31"
    assert (claims["5.120 tỷ đồng"].modality, claims["5.120 tỷ đồng"].period) == ("target", "2030")


def test_capital_carried_over_is_disbursed_in_the_year_it_was_carried_into():
    claims = by_text(extract("Đến ngày 15/10/2030, tỉnh giải ngân 5.480 tỷ đồng. Về nguồn vốn đầu tư công năm 2029 kéo "
                             "dài sang năm 2030 giải ngân được 1.012/2.280 tỷ đồng, đạt 44,4%. Số dư tạm ứng năm 2029 là "
                             "40,2 tỷ đồng.", date="2030-10-20"))
    assert claims["1.012"].period == claims["44,4%"].period == "2030-01/2030-10-15"
    assert claims["2.280 tỷ đồng"].period == "2030"
    assert claims["40,2 tỷ đồng"].period != "2029"


def test_what_was_disbursed_of_this_years_capital_runs_to_the_texts_date():
    claims = by_text(extract("Huyện vừa thống kê đạt tỷ lệ 70,4% giải ngân vốn đầu tư công cả năm 2030. Trong đó, giải "
                             "ngân vốn kế hoạch năm 2030 là 9.120 tỷ đồng. Vốn đầu tư công năm 2030 của tỉnh là 12.000 tỷ "
                             "đồng.", date="2030-08-26"))
    assert claims["70,4%"].period == claims["9.120 tỷ đồng"].period == "2030-01/2030-08-26"
    assert claims["12.000 tỷ đồng"].period == "2030"  # (the capital itself, nothing disbursed)
