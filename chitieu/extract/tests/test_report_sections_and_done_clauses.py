"""Official reports read section by section (round 34): a heading line that names the report's span and ends with a
colon dates the items listed under it, and an estimate does not reach a later clause that says what was done
(`đã`, `được`) with a subject of its own. Sentences are invented for these tests (real reports stay outside the
repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_seasons_year_under_a_heading_that_names_the_span_names_the_season():
    # "ước 8 tháng năm 2021:" heads the list; "vụ hè thu năm 2021" says which season, not the figures' period.
    claims = by_text(extract("Tình hình sản xuất các cây trồng chủ yếu ước 8 tháng năm 2021:\n"
                             "- Lúa hè thu: diện tích gieo sạ lúa vụ hè thu năm 2021 của tỉnh đạt 12.450 ha, tăng 2,1% "
                             "so cùng kỳ; năng suất bình quân đạt 52,3 tạ/ha.", date="2021-08-28"))
    assert claims["12.450 ha"].period == "2021-01/2021-08"
    assert claims["52,3 tạ/ha"].period == "2021-01/2021-08"
    assert claims["12.450 ha"].modality == "estimate"  # (the heading's "ước" announces the list)


def test_a_seasons_year_without_a_heading_line_before_it_stays_the_year():
    claims = by_text(extract("Diện tích gieo sạ lúa vụ hè thu năm 2021 của tỉnh đạt 12.450 ha.", date="2021-08-28"))
    assert claims["12.450 ha"].period == "2021"


def test_a_clause_of_what_was_done_after_an_estimate_is_actual():
    claims = by_text(extract("Năm 2022, tỷ lệ người dân tham gia BHYT: ước thực hiện 88%, đạt 95%NQ; trồng mới rừng "
                             "được trên 120 ha/150 ha, đạt 80%NQ; huyện đã xây dựng 3 trường học.", date="2022-12-20"))
    assert claims["88%"].modality == "estimate"
    assert claims["120 ha"].modality == "actual"
    assert claims["80%"].modality == "actual"
    assert claims["3 trường học"].modality == "actual"


def test_a_new_subject_that_did_something_after_a_comma_ends_the_estimates_reach():
    claims = by_text(extract("Trong 9 tháng năm 2019, giá trị sản xuất thủ công nghiệp ước tính trên 2.100 tỉ đồng, "
                             "xã đã thu hút 4 doanh nghiệp mới.", date="2019-09-25"))
    assert claims["2.100 tỉ đồng"].modality == "estimate"
    assert claims["4 doanh nghiệp"].modality == "actual"


def test_a_plain_item_after_an_estimate_stays_an_estimate():
    # (no đã/được: the verbless item repeats the estimate's verb, spec)
    claims = by_text(extract("Sản lượng chè ước đạt 2.300 tấn, đạt 97% KH; quế 540 ha, đạt 91% KH.", date="2020-06-20"))
    assert claims["540 ha"].modality == "estimate"


def test_the_figures_after_a_bracket_of_parts_go_on_about_the_total():
    claims = by_text(extract("Trong 6 tháng đầu năm, tổng sản lượng thủy sản ước đạt 61.200 tấn (trong đó tôm 15.300 "
                             "tấn, cua 4.100 tấn), đạt 48,2% kế hoạch và tăng 6,1% so với cùng kỳ.", date="2019-06-20"))
    assert claims["4.100 tấn"].subject == "cua"
    assert claims["48,2%"].subject == "tổng sản lượng thủy sản"
    assert claims["6,1%"].subject == "tổng sản lượng thủy sản"


def test_a_seasons_plan_is_a_base_not_the_subject_of_the_rise_after_it():
    claims = by_text(extract("Toàn tỉnh đã thu hoạch 41.200 ha, trong đó lúa 30.150 ha đạt 104,2% kế hoạch vụ và tăng "
                             "3,5% so với cùng kỳ; ngô 2.870 ha đạt 81,3% kế hoạch vụ và bằng 92,6% so cùng kỳ.",
                             date="2019-06-20"))
    assert claims["3,5%"].subject == "lúa"
    assert claims["92,6%"].subject == "ngô"


def test_a_provinces_growth_scenario_is_its_plan():
    claims = by_text(extract("Thu ngân sách 6 tháng ước đạt hơn 12.400 tỉ đồng, bằng 52% dự toán, bằng 104% cùng kỳ, "
                             "bằng 97% kịch bản.", date="2019-06-20"))
    assert (claims["97%"].measure, claims["97%"].basis) == ("ratio", "plan")
    assert claims["104%"].basis == "same_period"


_REPORT = ("Báo cáo của huyện về kết quả công tác năm 2023\n"
           "I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2023\n"
           "1. Thu ngân sách nhà nước trên địa bàn đạt 215 tỷ đồng, đạt 78% dự toán.\n"
           "II. ƯỚC THỰC HIỆN CẢ NĂM 2023\n"
           "- Tổng giá trị sản xuất đạt 5.600 tỷ đồng, tăng 7,2% so với năm 2022.\n"
           "- Tỷ lệ hộ nghèo giảm còn 3,1%.\n"
           "III. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2024\n"
           "- Tốc độ tăng giá trị sản xuất 8%.\n"
           "- Thu ngân sách nhà nước trên địa bàn 260 tỷ đồng.\n")


def test_each_section_of_a_report_sets_the_modality_and_period_of_its_items():
    claims = by_text(extract(_REPORT, date="2023-10-10"))
    assert (claims["215 tỷ đồng"].modality, claims["215 tỷ đồng"].period) == ("actual", "2023-01/2023-09")
    # a heading of its own that opens with "ước" announces the lines under it as estimates
    assert (claims["5.600 tỷ đồng"].modality, claims["5.600 tỷ đồng"].period) == ("estimate", "2023")
    assert claims["3,1%"].modality == "estimate"
    # the aims and targets of the next year, named together in a heading: targets of that year
    assert (claims["8%"].modality, claims["8%"].period) == ("target", "2024")
    assert (claims["260 tỷ đồng"].modality, claims["260 tỷ đồng"].period) == ("target", "2024")


def test_a_plan_heading_for_the_next_year_makes_its_figures_that_years_targets():
    text = ("2. Ước thực hiện năm 2021\n"
            "Tổng giá trị sản xuất ước đạt 2.950 tỷ đồng, đạt 100,5% kế hoạch. Thu ngân sách đạt 190 tỷ đồng.\n"
            "3. Kế hoạch năm 2022\n"
            "Tổng giá trị sản xuất 3.200 tỷ đồng, tăng 8,5%. Thu ngân sách 205 tỷ đồng.\n"
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022\n"
            "- Tỷ lệ che phủ rừng đạt 62%.\n")
    claims = by_text(extract(text, date="2021-07-10"))
    assert claims["190 tỷ đồng"].modality == "estimate"
    assert (claims["3.200 tỷ đồng"].modality, claims["3.200 tỷ đồng"].period) == ("target", "2022")
    assert (claims["205 tỷ đồng"].modality, claims["205 tỷ đồng"].period) == ("target", "2022")
    assert (claims["62%"].modality, claims["62%"].period) == ("target", "2022")


def test_a_heading_of_results_of_a_plan_is_not_a_plan_heading():
    text = ("Kết quả thực hiện kế hoạch năm 2021\n"
            "Tổng giá trị sản xuất đạt 2.950 tỷ đồng, đạt 100,5% kế hoạch.\n")
    claims = by_text(extract(text, date="2021-12-20"))
    assert (claims["2.950 tỷ đồng"].modality, claims["2.950 tỷ đồng"].period) == ("actual", "2021")


def test_to_the_end_of_the_year_without_its_number_is_the_year_reported_on():
    # (not the next year that a list of targets just before named: "Dự kiến đến cuối năm" looks at this year's end)
    claims = by_text(extract("Chỉ tiêu năm 2024: tổng giá trị sản xuất 6.100 tỷ đồng; tỷ lệ hộ nghèo giảm 1,2%.\n"
                             "Dự kiến đến cuối năm, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới.", date="2023-07-05"))
    assert (claims["6.100 tỷ đồng"].modality, claims["6.100 tỷ đồng"].period) == ("target", "2024")
    assert (claims["3 xã"].modality, claims["3 xã"].period) == ("expected", "2023")


def test_an_amount_above_the_countrys_gdp_used_its_dot_as_a_decimal_mark():
    claims = by_text(extract("Năm 2023, giá trị sản xuất nông nghiệp của tỉnh đạt 38.270 nghìn tỷ đồng, vượt 4,2% so với "
                             "kế hoạch.", date="2024-01-05"))
    assert claims["38.270 nghìn tỷ đồng"].value == pytest.approx(38.27e12)
    # (the country's GDP, written with thousands and decimals, is read as written)
    national = by_text(extract("GDP cả nước năm 2023 đạt 10.221,8 nghìn tỷ đồng.", date="2024-01-05"))
    assert national["10.221,8 nghìn tỷ đồng"].value == pytest.approx(1.02218e16)


def test_works_about_to_start_are_expected():
    claims = by_text(extract("Lâm Đồng chuẩn bị khởi công 3 dự án hơn 2.100 tỉ đồng\n"
                             "Năm 2022, tỉnh đã khởi công 12 công trình.", date="2022-09-05"))
    assert claims["3 dự án"].modality == "expected"
    assert claims["2.100 tỉ đồng"].modality == "expected"
    assert claims["12 công trình"].modality == "actual"


def test_the_months_still_ahead_of_a_report_are_planned_not_done():
    claims = by_text(extract("Sơ kết công tác 6 tháng đầu năm 2023\n"
                             "Trong 6 tháng cuối năm 2023, thu ngân sách đạt 54 tỷ đồng.", date="2023-07-05"))
    assert (claims["54 tỷ đồng"].modality, claims["54 tỷ đồng"].period) == ("target", "2023-07/2023-12")
    # (months already past at the report's date are results)
    done = by_text(extract("Trong 9 tháng năm 2020, thu ngân sách đạt 54 tỷ đồng.", date="2020-09-25"))
    assert (done["54 tỷ đồng"].modality, done["54 tỷ đồng"].period) == ("actual", "2020-01/2020-09")


def test_a_numbered_heading_of_the_tasks_ahead_dates_and_plans_the_items_under_it():
    text = ("Sơ kết công tác 6 tháng đầu năm 2023\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "Thu ngân sách trên địa bàn đạt 58,4 tỷ đồng, đạt 52% dự toán.\n"
            "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023\n"
            "- Thu ngân sách trên địa bàn đạt 54 tỷ đồng.\n"
            "- Trồng mới 320 ha rừng tập trung.\n")
    claims = by_text(extract(text, date="2023-07-05"))
    assert (claims["58,4 tỷ đồng"].modality, claims["58,4 tỷ đồng"].period) == ("actual", "2023-01/2023-06")
    assert (claims["54 tỷ đồng"].modality, claims["54 tỷ đồng"].period) == ("target", "2023-07/2023-12")
    assert (claims["320 ha"].modality, claims["320 ha"].period) == ("target", "2023-07/2023-12")


def test_a_title_naming_the_months_ahead_beside_those_reported_does_not_date_the_results():
    text = ("Báo cáo kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023\n"
            "Thu ngân sách trên địa bàn đạt 58,4 tỷ đồng, đạt 52% dự toán.\n")
    claims = by_text(extract(text, date="2023-07-05"))
    assert claims["58,4 tỷ đồng"].modality == "actual"


def test_a_figure_right_after_the_whole_year_is_read_and_dated_to_that_year():
    # "cả năm 61.500 tấn": no year is written with a thousands mark, so the number is the year's figure
    claims = by_text(extract("Sản lượng lương thực 9 tháng đạt 43.800 tấn; ước thực hiện cả năm 61.500 tấn, đạt 102% "
                             "kế hoạch.", date="2023-10-05"))
    whole_year = claims["61.500 tấn"]
    assert (whole_year.value, whole_year.period, whole_year.modality) == (61500, "2023", "estimate")
    assert whole_year.subject == "Sản lượng lương thực"
    assert claims["43.800 tấn"].period == "2023-01/2023-09"
    budget = by_text(extract("Thu ngân sách cả năm 245 tỷ đồng.", date="2023-10-05"))
    assert budget["245 tỷ đồng"].value == pytest.approx(245e9)


def test_a_year_after_the_word_year_is_still_no_figure():
    assert not extract("Theo Quyết định số 15 năm 2019 của UBND tỉnh, huyện được giao nhiệm vụ mới.", date="2023-10-05")


def test_a_growth_rate_after_its_label_and_a_spaced_minus_is_a_fall():
    claims = by_text(extract("Trong 7 tháng đầu năm, tốc độ tăng trưởng ngành trồng trọt: - 3,12%; sản lượng lương thực "
                             "ước đạt 98.100 tấn.", date="2022-08-05"))
    assert claims["3,12%"].value == -3.12
    listed = by_text(extract("Kết quả cụ thể: - 12 xã đạt chuẩn; - tốc độ tăng trưởng 6,5%.", date="2022-08-05"))
    assert listed["12 xã"].value == 12 and listed["6,5%"].value == 6.5


def test_an_area_said_with_the_count_of_a_group_is_the_groups_area():
    claims = by_text(extract("Năm 2019, huyện có 12 trang trại chăn nuôi với diện tích 315 ha.", date="2019-12-20"))
    assert claims["315 ha"].subject.startswith("diện tích trang trại chăn nuôi")


def test_items_after_a_semicolon_follow_the_seasons_year_the_first_figures_took():
    claims = by_text(extract(
        "Báo cáo tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2031\nCây hàng năm; tổng diện tích gieo trồng vụ mùa "
        "năm 2031 toàn tỉnh đạt 66.738 ha, giảm 1,3% so với vụ mùa năm 2030, trong đó, cây lương thực có hạt đạt 58.095 "
        "ha, giảm 1,6% so vụ mùa năm 2030; cây chất bột có củ đạt 318 ha, tăng 6,0%.", date="2031-09-28"))
    assert {claims[text].period for text in ("66.738 ha", "58.095 ha", "318 ha", "6,0%")} == {"2031"}
