"""Claims read from sentences: periods inside brackets, running totals (lũy kế), growths said again as amounts,
parts of an estimated total, bases and subjects of lists. Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.quantities import find_quantities  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402



def test_a_period_inside_a_bracket_dates_only_its_own_figure():
    claims = by_text(extract("Giá trị sản xuất ước 9 tháng năm 2023 đạt 5.210 tỷ đồng, tăng 8,12% so với cùng kỳ "
                             "(6 tháng tăng 7,4%, quý III tăng 9,3%), trong đó: ngành trồng trọt đạt 1.020 tỷ đồng, "
                             "tăng 2,5%.", date="2023-10-03"))
    assert claims["8,12%"].period == "2023-01/2023-09"
    assert claims["7,4%"].period == "2023-01/2023-06"
    assert claims["9,3%"].period == "2023-07/2023-09"
    assert claims["1.020 tỷ đồng"].period == "2023-01/2023-09"
    assert claims["2,5%"].period == "2023-01/2023-09"


def test_a_running_total_after_a_months_figure_does_not_date_the_next_sentence():
    claims = by_text(extract("Doanh thu vận tải tháng 5 năm 2022 tăng 4,1% so với tháng trước, lũy kế quý II tăng "
                             "6,2% so cùng kỳ. Khối lượng hàng hóa vận chuyển đạt 310 nghìn tấn, lũy kế 1.450 nghìn "
                             "tấn. Trong đó, đường bộ đạt 1.200 nghìn tấn.", date="2022-06-02"))
    assert claims["4,1%"].period == "2022-05"
    assert claims["4,1%"].basis == "other"
    assert claims["310 nghìn tấn"].period == "2022-05"
    assert claims["1.450 nghìn tấn"].period == "2022-01/2022-05"
    assert claims["1.200 nghìn tấn"].period == "2022-01/2022-05"


def test_a_stock_said_at_the_end_of_a_quarter_holds_at_its_last_month():
    claims = by_text(extract("Báo cáo tháng 3 năm 2022. Đến cuối quý I, huyện có 12/15 xã đạt chuẩn văn hóa.",
                             date="2022-04-05"))
    assert claims["12/15 xã"].period == "2022-03"


def test_an_amount_said_with_bang_after_a_growth_is_its_change():
    claims = by_text(extract("Năm 2022, diện tích ngô đạt 2.400 ha, tăng 3,2% so với năm trước (bằng 75 ha); "
                             "đàn dê có 9.800 con, tăng 4%, bằng 380 con so với cùng kỳ.", date="2022-12-20"))
    assert (claims["75 ha"].measure, claims["75 ha"].basis) == ("change", "prior_year")
    assert (claims["380 con"].measure, claims["380 con"].basis) == ("change", "same_period")


def test_the_parts_after_chia_ra_share_the_estimate_of_their_total():
    claims = by_text(extract("Năm 2021, sản lượng chè sơ bộ đạt 8.500 tấn tăng 2,1% chia ra: chè búp đạt 6.300 "
                             "tấn tăng 1,5%; chè cành đạt 2.200 tấn, giảm 0,4% so chính thức năm trước.",
                             date="2021-12-10"))
    assert claims["6.300 tấn"].modality == "estimate"
    assert claims["2.200 tấn"].modality == "estimate"
    assert (claims["0,4%"].basis, claims["0,4%"].modality) == ("prior_year", "estimate")


def test_an_amount_and_the_count_it_was_shared_among_are_two_figures():
    texts = [q.text for q in find_quantities("đã giải ngân 12,5 tỷ đồng/430 hộ và nuôi 210 ha/96 hộ; đạt 9 "
                                             "chỉ tiêu/12 chỉ tiêu; GRDP quý IV/2022 tăng")]
    assert texts == ["12,5 tỷ đồng", "430 hộ", "210 ha", "96 hộ", "9 chỉ tiêu/12 chỉ tiêu"]  # (a count out of its whole)


def test_the_item_named_after_gom_is_the_subject():
    claims = by_text(extract("Kim ngạch xuất khẩu đạt 300 triệu USD, trong đó các mặt hàng chính gồm hạt điều đạt "
                             "120 triệu USD.", date="2020-09-30"))
    assert claims["120 triệu USD"].subject == "hạt điều"


def test_luy_ke_before_a_figure_is_not_its_subject():
    claims = by_text(extract("Sản lượng cá đạt 800 tấn. Diện tích nuôi cá lồng ổn định, lũy kế 46 ha.",
                             date="2020-09-30"))
    assert claims["46 ha"].subject.startswith("Diện tích nuôi cá lồng")


def test_a_deadline_in_a_later_clause_does_not_date_a_status_before_it():
    claims = by_text(extract("Huyện duy trì 6/7 xã đạt chuẩn, hoàn thành nhiệm vụ xây dựng đô thị văn minh trước "
                             "năm 2026.", date="2024-02-01"))
    assert claims["6/7 xã"].period == "2024-02-01"
    assert claims["6/7 xã"].modality == "actual"


def test_gift_parcels_are_counted():
    texts = [(q.text, q.unit) for q in find_quantities("hội đã trao 250 phần quà cho học sinh nghèo")]
    assert texts == [("250 phần quà", "phần quà")]


def test_a_part_named_after_trong_do_is_not_the_subject_of_the_next_sentence():
    claims = by_text(extract("Tổng sản lượng gỗ tháng 8 đạt 9.000 m3, tăng 2% so tháng trước; trong đó gỗ keo đạt "
                             "6.100 m3, tăng 3% so tháng trước. Lũy kế 8 tháng đầu năm đạt 70.400 m3.",
                             date="2022-09-05"))
    assert claims["70.400 m3"].subject == "Tổng sản lượng gỗ"


def test_a_figure_glued_to_its_verb_is_still_read():
    # a typing slip, "ước đạt12.500 tỷ đồng": the figure after the verb is a claim all the same
    claims = by_text(extract("Doanh thu dịch vụ năm 2034 ước đạt12.500 tỷ đồng.", date="2034-11-02"))
    assert claims["12.500 tỷ đồng"].value == 12_500_000_000_000 and claims["12.500 tỷ đồng"].modality == "estimate"
    # (likewise an estimate word glued to the year before it)
    glued = by_text(extract("Thu ngân sách năm 2034ước đạt 410 tỷ đồng.", date="2034-11-02"))
    assert glued["410 tỷ đồng"].modality == "estimate"


def test_a_yearly_average_rise_holds_over_the_term_named_before():
    # "bình quân tăng N%/năm" in a report on a term: an average over the term's years, not its last year
    text = ("Kết quả nhiệm kỳ 2031 - 2035\n\nThu ngân sách năm 2035 đạt 400 tỷ đồng, tăng 150 tỷ đồng so với năm 2030, "
            "bình quân tăng 9,5%/năm.")
    claims = by_text(extract(text, date="2035"))
    assert claims["9,5%/năm"].period == "2031/2035"
    # (each year against the one before: no base taken from the "so với năm 2030" of the figure before it)
    assert claims["9,5%/năm"].basis == "same_period" and claims["150 tỷ đồng"].basis == "other"


def test_a_total_raised_to_a_figure_holds_at_the_end_of_the_span():
    # "nâng tổng số … lên N": a running total reached, a stock at the end of the quarter, not a flow over it
    text = ("Trong quý II/2036, khu kinh tế thu hút thêm 3 dự án, nâng tổng số dự án còn hiệu lực lên 120 dự án với "
            "tổng vốn đăng ký 5.400 tỷ đồng.")
    claims = by_text(extract(text, date="2036-07-05"))
    assert claims["120 dự án"].period == "2036-06"
    assert claims["5.400 tỷ đồng"].period == "2036-06"  # (the amount that goes with the total reached)
    assert claims["3 dự án"].period == "2036-04/2036-06"


def test_visitors_beds_and_product_lines_are_counting_nouns():
    claims = by_text(extract("Tỉnh đón 2,5 triệu khách, có 40,2 giường trên 1 vạn dân và 4 dòng sản phẩm chủ lực.",
                             date="2039-07-01"))
    assert claims["2,5 triệu khách"].unit == "khách" and claims["2,5 triệu khách"].value == 2_500_000
    assert claims["40,2 giường"].unit == "giường" and claims["4 dòng sản phẩm"].unit == "dòng sản phẩm"


def test_a_noun_said_again_after_a_comma_starts_the_next_item_not_a_list():
    quantities = find_quantities("đạt 3 triệu lượt khách, khách nội địa đạt 20 triệu lượt khách")
    assert [q.text for q in quantities] == ["3 triệu lượt khách", "20 triệu lượt khách"]


def test_an_effort_doubled_and_a_value_per_one_unit_are_no_figures():
    # "nỗ lực gấp đôi" says how hard, "/1 ha" what a value is per: neither is a claim
    quantities = find_quantities("Với tinh thần nỗ lực gấp đôi, giá trị sản phẩm/1 ha đất đạt 120 triệu đồng, "
                                 "sản lượng tăng gấp đôi.")
    assert [q.text for q in quantities] == ["120 triệu đồng", "gấp đôi"]


def test_a_count_per_ten_thousand_people_keeps_its_denominator():
    # like "người/km2": a rate keeps what it is per
    quantities = find_quantities("đạt 11,2 bác sĩ/vạn dân và 30 giường/1 vạn dân")
    assert [(q.unit, q.value) for q in quantities] == [("bác sĩ/vạn dân", 11.2), ("giường/vạn dân", 30)]


def test_the_rise_the_same_period_had_a_year_before_is_its_growth():
    # "cao hơn mức tăng N% của cùng kỳ": last year's growth over the same months, dated there
    text = "Doanh thu quý I/2045 tăng 9,2%, cao hơn mức tăng 6,1% của cùng kỳ."
    claims = by_text(extract(text, date="2045-04-10"))
    assert (claims["6,1%"].measure, claims["6,1%"].period) == ("growth", "2044-01/2044-03")
    assert claims["9,2%"].period == "2045-01/2045-03"


def test_a_heading_line_of_a_span_of_years_dates_the_items_below_it():
    # "Tính bình quân 5 năm" alone on its line frames the numbered results under it; an item naming its year keeps it
    text = ("Kết quả nhiệm kỳ\n\nTính bình quân 5 năm\n\n1. Vốn đầu tư hàng năm khoảng 33% GRDP.\n\n"
            "2. Thu ngân sách năm 2045 đạt 500 tỷ đồng.")
    claims = by_text(extract(text, date="2045"))
    assert claims["33%"].period == "2041/2045" and claims["500 tỷ đồng"].period == "2045"


def test_a_crop_season_said_over_two_years_names_the_season_not_the_period():
    claims = by_text(extract("Trong 6 tháng đầu năm 2022, diện tích lúa vụ Đông Xuân 2021-2022 toàn huyện gieo cấy "
                             "được 5.120,4 ha, đạt 101,2% kế hoạch.", date="2022-06-25"))
    assert claims["5.120,4 ha"].period == "2022-01/2022-06"
    assert claims["101,2%"].period == "2022-01/2022-06"


def test_thuc_hien_tai_is_carried_out_at_not_now():
    claims = by_text(extract("Trong 9 tháng năm 2021, mô hình cánh đồng lớn được thực hiện tại 7 xã với diện tích "
                             "412 ha.", date="2021-10-05"))
    assert claims["412 ha"].period == "2021-01/2021-09"


def test_now_heading_a_later_item_dates_that_item_not_the_next_sentence():
    for now, point in (("Đến nay", "2020-12-10"), ("tính đến ngày 30/11/2020", "2020-11-30")):
        claims = by_text(extract(f"Năm 2020, diện tích chè của huyện là 1.200 ha; {now} đã có 14 hợp tác xã chè. "
                                 "Sản lượng chè búp tươi đạt 9.500 tấn, tăng 3,5%.", date="2020-12-10"))
        assert claims["14 hợp tác xã"].period == point
        assert claims["9.500 tấn"].period == "2020"
        assert claims["3,5%"].period == "2020"


def test_hien_before_a_rate_dates_the_rate_and_its_change_at_the_articles_date():
    claims = by_text(extract("Hiện tỷ lệ hộ nghèo của xã còn 6,2%, giảm 1,4% so với đầu năm.", date="2023-09-12"))
    assert claims["6,2%"].period == "2023-09-12"
    assert (claims["1,4%"].period, claims["1,4%"].basis) == ("2023-09-12", "prior_year_end")


def test_the_share_of_an_amount_done_over_a_year_holds_over_that_year():
    claims = by_text(extract("Tổng vốn đầu tư toàn xã hội ước đạt 2.900 tỷ đồng. Trong đó, vốn ngân sách nhà nước 950 "
                             "tỷ đồng, chiếm 32,8%.", date="2022-12-14"))
    assert claims["32,8%"].period == "2022"
    claims = by_text(extract("Đến ngày 15/10/2022, toàn tỉnh thu hoạch 9.800 ha lúa, đạt 96,5% diện tích gieo trồng.",
                             date="2022-10-20"))
    assert claims["96,5%"].period == "2022-10-15"
