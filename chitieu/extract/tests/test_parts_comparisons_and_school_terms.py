"""Rules from two more rounds of unseen reports: the parts of a total listed after "bao gồm", times that another
figure is compared with, brackets that name a time of their own, the months left of a year, school terms, national
releases that name no place, and lists of amounts of one rate. Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_parts_listed_after_bao_gom_share_the_totals_estimate():
    claims = by_text(extract("Sản lượng chè quý II ước tính đạt 84,2 nghìn tấn, tăng 3,1% so với cùng kỳ, bao gồm chè "
                             "búp tươi đạt 61,5 nghìn tấn, tăng 2,8%; chè khô đạt 22,7 nghìn tấn, tăng 4%."))
    for figure in ("84,2 nghìn tấn", "61,5 nghìn tấn", "2,8%", "22,7 nghìn tấn", "4%"):
        assert claims[figure].modality == "estimate", figure


def test_bao_gom_before_any_figure_only_says_what_a_subject_includes():
    claims = by_text(extract("Hàng hóa xuất khẩu, bao gồm nông sản và thủy sản, ước đạt 310 triệu USD; "
                             "số doanh nghiệp thành lập mới đạt 42 doanh nghiệp."))
    assert claims["310 triệu USD"].modality == "estimate"
    assert claims["42 doanh nghiệp"].modality == "actual"


def test_a_national_statistics_release_that_names_no_place_is_about_the_country():
    text = ("Sản lượng cà phê tiếp tục tăng\n\nBáo cáo quý III của Tổng cục Thống kê cho biết, sản lượng cà phê "
            "quý III ước tính đạt 512 nghìn tấn, tăng 2,4% so với cùng kỳ năm trước.")
    assert {claim.place for claim in extract(text, date="2019-10-02")} == {"Việt Nam"}


def test_a_provinces_text_that_cites_the_national_office_stays_unplaced():
    text = ("Theo số liệu của Tổng cục Thống kê, GRDP của tỉnh năm 2023 ước tăng 6,2% so với cùng kỳ; "
            "thu ngân sách toàn tỉnh đạt 9.500 tỷ đồng.")
    assert {claim.place for claim in extract(text, date="2024-01-10")} == {None}


def test_a_time_inside_a_closed_bracket_with_its_estimate_dates_only_that_bracket():
    claims = by_text(extract("Sản lượng cá nuôi 9 tháng ước tính đạt 310 nghìn tấn, tăng 3,2% (quý III ước tính đạt "
                             "120 nghìn tấn, tăng 2,1%); sản lượng tôm nuôi đạt 95 nghìn tấn, tăng 4,4%.",
                             date="2021-09-29"))
    assert claims["120 nghìn tấn"].period == "2021-07/2021-09"
    assert claims["120 nghìn tấn"].measure == "level"  # the quarter's own amount, not the rise said again
    assert claims["95 nghìn tấn"].period == "2021-01/2021-09"


def test_a_rate_in_a_bracket_after_a_compared_quarter_is_that_quarters_own_rate():
    text = ("Riêng quý III năm 2022, chỉ số sản xuất công nghiệp tăng 6,1% so với cùng kỳ, cao hơn mức tăng "
            "của quý II (3,4%) và thấp hơn quý I (7,9%).\n\nTrong đó, ngành chế biến, chế tạo tăng 6,8%; ngành khai "
            "khoáng giảm 12,5%.")
    claims = by_text(extract(text, date="2022-10-05"))
    assert (claims["3,4%"].value, claims["3,4%"].measure, claims["3,4%"].period) == (3.4, "growth", "2022-04/2022-06")
    assert (claims["7,9%"].value, claims["7,9%"].measure, claims["7,9%"].period) == (7.9, "growth", "2022-01/2022-03")
    # the parts after it are of the quarter reported on, not of the quarter it was compared with
    assert claims["6,8%"].period == "2022-07/2022-09"
    assert claims["12,5%"].period == "2022-07/2022-09"


def test_from_now_to_the_end_of_the_year_is_the_months_left():
    claims = by_text(extract("Từ nay đến cuối năm, huyện phấn đấu thu ngân sách đạt 1.250 tỷ đồng.",
                             date="2023-10-18"))
    assert claims["1.250 tỷ đồng"].period == "2023-10/2023-12"


def test_a_school_terms_figures_run_over_the_term():
    text = ("Trong học kỳ I năm học 2021-2022, Sở đã kiểm tra và công nhận 27 trường đạt chuẩn quốc gia. Trong đó, "
            "12 trường mầm non và 15 trường tiểu học.")
    claims = by_text(extract(text))
    assert claims["27 trường"].period == "2021-09/2022-01"
    assert claims["12 trường"].period == "2021-09/2022-01"  # the parts of a count are counted when it is
    assert by_text(extract("Trong học kỳ II năm học 2021-2022, huyện có thêm 4 trường được công nhận đạt chuẩn."))[
        "4 trường"].period == "2022-01/2022-05"


def test_amounts_listed_with_the_rates_denominator_said_once_are_all_of_the_rate():
    text = ("Đà Nẵng và Khánh Hòa lần lượt đứng thứ ba và thứ tư với 5,91 triệu đồng và 5,64 triệu "
            "đồng/người/tháng.")
    claims = by_text(extract(text))
    assert claims["5,91 triệu đồng"].unit == claims["5,64 triệu đồng/người/tháng"].unit == "VND/person/month"
    assert claims["5,91 triệu đồng"].place == "Đà Nẵng"
    assert claims["5,64 triệu đồng/người/tháng"].place == "Khánh Hòa"


def test_sck_is_the_same_period_a_year_before():
    claims = by_text(extract("Độ che phủ rừng đạt 42,5%, vượt 1,2% kế hoạch và tăng 0,8% SCK."))
    assert claims["0,8%"].basis == "same_period"


def test_the_next_group_after_a_rates_fall_falls_in_points_too():
    claims = by_text(extract("Tỷ lệ hộ nghèo giảm 1,42%, hộ cận nghèo giảm 0,96% so với đầu năm."))
    assert claims["1,42%"].measure == claims["0,96%"].measure == "change"


def test_a_new_subject_after_a_rates_fall_keeps_its_own_growth():
    claims = by_text(extract("Tỷ lệ hộ nghèo giảm 1,42%, thu nhập bình quân tăng 8,5% so với năm trước."))
    assert claims["8,5%"].measure == "growth"



def test_an_amount_after_a_reference_word_is_still_a_figure():
    # "điều" is an article of a law and cashew; an article's number never carries tonnes or đồng
    claims = by_text(extract("Xuất khẩu chủ lực là cà phê với 150.000 tấn, tiếp đến hạt điều 18.500 tấn."))
    assert claims["18.500 tấn"].value == 18500
    assert extract("Theo Điều 21 của Luật Ngân sách, huyện lập dự toán.") == []


def test_a_count_out_of_its_whole_of_a_noun_no_list_knows_is_a_count():
    claims = by_text(extract("Toàn xã có 5/6 cơ quan đạt chuẩn văn hóa."))
    assert (claims["5/6 cơ quan"].value, claims["5/6 cơ quan"].of, claims["5/6 cơ quan"].unit) == (5, 6, "cơ quan")
    assert extract("Các hoạt động dịp lễ 2/9 kéo dài ba ngày.") == []  # a day and month, not a count


def test_a_range_may_bound_its_upper_end_only():
    claim = extract("Các xã có tỷ lệ hộ nghèo từ 40 đến trên 55%.")[0]
    assert (claim.value, claim.value_max, claim.unit) == (40, 55, "%")


def test_the_year_of_a_plan_a_figure_is_measured_against_is_not_its_time():
    claims = by_text(extract("Thu từ xổ số ước 10 tháng đạt 820 tỷ đồng, vượt dự toán cả năm 12% và tăng 5% so với "
                             "cùng kỳ.", date="2023-10-20"))
    assert claims["12%"].period == claims["5%"].period == "2023-01/2023-10"


def test_losses_are_counted_over_the_span():
    claims = by_text(extract("Tính đến ngày 15/9/2023, thiệt hại do thiên tai ước tính 120 tỷ đồng.", date="2023-09-20"))
    assert claims["120 tỷ đồng"].period == "2023-01/2023-09-15"


def test_the_year_of_the_socio_economic_tasks_is_not_the_span_of_a_part_year_report():
    text = ("Trong 9 tháng, UBND huyện đã tập trung triển khai các nhiệm vụ phát triển kinh tế - xã hội năm 2022. "
            "Tổng giá trị sản xuất ước đạt 8.120 tỷ đồng, bằng 74% kế hoạch năm.")
    assert by_text(extract(text, date="2022-10-04"))["8.120 tỷ đồng"].period == "2022-01/2022-09"


def test_a_year_said_in_an_aside_dates_only_the_aside():
    text = ("Trong 8 tháng, tỉnh thu hút 64 dự án mới; riêng một dự án tăng vốn thêm 1,5 tỷ USD (dự án được cấp phép "
            "năm 2016 với vốn ban đầu 0,5 tỷ USD).\n\nTiếp đến, huyện A thu hút 12 dự án với tổng vốn 220 triệu USD.")
    claims = by_text(extract(text, date="2019-08-30"))
    assert claims["220 triệu USD"].period == "2019-01/2019-08"


def test_the_year_of_a_plan_said_below_or_above_is_not_carried():
    text = ("GRDP quý I ước tăng 4,1% so cùng kỳ, thấp hơn kế hoạch năm 2021 (tăng 6,5%).\n\n"
            "Trong mức tăng chung, khu vực dịch vụ tăng 4,6%.")
    assert by_text(extract(text, date="2021-04-02"))["4,6%"].period == "2021-01/2021-03"


def test_a_figure_said_of_a_region_holds_for_the_region():
    text = ("Các vùng kinh tế đều tăng trưởng khá\n\nVùng Đông Nam Bộ có tốc độ tăng GRDP ước đạt 7,1%. Vùng Đồng bằng "
            "sông Cửu Long tăng 6,4%. Khu vực ĐBSH tăng 8,2%.")
    claims = by_text(extract(text, date="2024-01-08"))
    assert claims["7,1%"].place == "Đông Nam Bộ"
    assert claims["6,4%"].place == "Đồng bằng sông Cửu Long"
    assert claims["8,2%"].place == "Đồng bằng sông Hồng"  # the short form, written out


def test_duyen_hai_in_a_regions_name_is_not_the_town():
    claims = by_text(extract("Vùng Duyên hải Nam Trung Bộ đạt bình quân 310 tỷ đồng/xã."))
    assert claims["310 tỷ đồng/xã"].place == "Duyên hải Nam Trung Bộ"


def test_a_region_a_province_is_ranked_in_is_not_where_its_figure_holds():
    claims = by_text(extract("Tỉnh Gia Lai có tốc độ tăng trưởng 8,1%, cao nhất vùng Tây Nguyên."))
    assert claims["8,1%"].place == "Gia Lai"


def test_a_headline_province_over_its_districts_each_named_once_is_the_texts_place():
    text = ("Tình hình kinh tế - xã hội tháng 5 năm 2018 tỉnh Quảng Trị\n\nDiện tích gieo trồng vụ Hè Thu ước đạt "
            "22.400 ha. Trong đó: Hải Lăng 5.100 ha; Triệu Phong 4.800 ha; Gio Linh 3.900 ha.")
    assert by_text(extract(text, date="2018-05-28"))["22.400 ha"].place == "Quảng Trị"


def test_a_national_text_that_cites_the_statistics_office_later_is_about_the_country():
    text = ("Nông nghiệp 9 tháng tăng trưởng khá\n\nGiá trị sản xuất nông, lâm nghiệp và thủy sản 9 tháng tăng 3,1% so "
            "với cùng kỳ. Theo Tổng cục Thống kê, lâm nghiệp tăng 5,2%.")
    assert {c.place for c in extract(text, date="2019-09-28")} == {"Việt Nam"}


def test_the_next_parts_of_a_list_of_shares_are_shares():
    claims = by_text(extract("Trong đó nông nghiệp chiếm tỷ lệ 21%, công nghiệp - xây dựng chiếm 46%, dịch vụ là 33%."))
    assert claims["33%"].measure == "share"


def test_a_place_named_before_its_figure_in_a_list_keeps_the_lists_indicator():
    claims = by_text(extract("Diện tích gieo trồng vụ mùa toàn huyện đạt 3.200 ha, bằng 99%; Thanh Lâm thực hiện 420 ha, "
                             "bằng 98%; Tân Dân thực hiện 385 ha, bằng 101%."))
    assert claims["385 ha"].subject.lower().startswith("diện tích gieo trồng")


def test_the_amounts_after_a_rate_in_a_league_table_are_of_that_rate():
    claims = by_text(extract("Thu nhập bình quân: Sơn La 2.310.000 đồng/người/tháng, Lai Châu 2.180.000 đồng, Điện Biên "
                             "2.050.000 đồng."))
    assert claims["2.180.000 đồng"].unit == claims["2.050.000 đồng"].unit == "VND/person/month"
    # (not another indicator after its own word: the yield's unit stays the yield's)
    claims = by_text(extract("Năng suất lúa đạt 5,2 tấn/ha, sản lượng 4.900 tấn."))
    assert claims["4.900 tấn"].unit == "tonne"


def test_the_targets_listed_after_bao_gom_are_each_their_own_statement():
    claims = by_text(extract("Huyện có 02 chỉ tiêu không đạt bao gồm tỷ lệ tham gia BHYT: ước thực hiện 84%, đạt 92% NQ; "
                             "trồng mới rừng được 38,5 ha, đạt 77% NQ."))
    assert claims["84%"].modality == "estimate"
    assert claims["38,5 ha"].modality == "actual"
