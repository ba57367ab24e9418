"""Rules from the tenth set of unseen rounds (December 2026): a commune or district that bears a province's name, as
misspelt ("xã Đăk Nông"), is that commune, not the province; a museum or relic site named after a place is not that
place; tens said before a scale ("3 chục tỷ đồng") multiply it. Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract, parse_quantity  # noqa: E402
from chitieu.extract.places import find_places  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_commune_bearing_a_misspelt_provinces_name_is_the_commune():
    mentions = find_places("Năm 2040 có thêm 2 xã đạt chuẩn là xã Đăk Nông, Đăk Kan ở huyện Ngọc Hồi.")
    assert [(m.names, m.level) for m in mentions][0] == (("Đăk Nông", "Đăk Kan"), "commune")
    # (the province, misspelt the same way, is still the province)
    assert [(m.names, m.level) for m in find_places("Năm 2040, tỉnh Đăk Nông có 5 xã mới.")] == [(("Đắk Nông",), "province")]


def test_a_province_is_not_outvoted_by_a_commune_that_bears_another_provinces_name():
    text = ("Tính đến tháng 12/2040, tỉnh Kon Tum có thêm 4 xã đạt chuẩn nông thôn mới là xã Đăk Nông, Đăk Kan ở huyện "
            "Ngọc Hồi; xã Đăk Ruồng ở huyện Kon Rẫy.\nToàn tỉnh hiện có 13 xã đạt 19/19 tiêu chí.")
    result = analyse(text, date="2040-12-20")
    assert result.place == "Kon Tum"
    assert by_text(result.claims)["13 xã"].place == "Kon Tum"


def test_a_museum_named_after_a_place_is_not_that_place():
    assert [m.names for m in find_places("Thị xã An Khê tổ chức tuần lễ tại Bảo tàng Tây Sơn Thượng đạo.")] == [("An Khê",)]


@pytest.mark.parametrize("phrase, value, unit", [
    ("3 chục tỷ đồng", 30e9, "VND"),
    ("5 chục nghìn đồng", 50e3, "VND"),
    ("2 chục triệu đồng", 20e6, "VND"),
    ("3 chục người", 30, "người"),
])
def test_tens_before_a_scale_multiply_it(phrase, value, unit):
    quantity = parse_quantity(phrase)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_word_that_folds_to_tens_is_no_number():
    assert parse_quantity("3 chức danh").value == 3


def test_a_rise_in_brackets_after_a_clause_of_growth_measures_that_clauses_subject():
    text = ("Tổng sản phẩm GRDP quý I/2040 ước tăng 6,5%. Nuôi tôm công nghệ cao phát triển mới 50 ha.\nKhu vực công "
            "nghiệp - xây dựng hồi phục và có bước tăng trưởng tích cực (tăng 9,44% so với cùng kỳ).\nKhu vực dịch vụ "
            "tăng trưởng khá (tăng 4,28%).")
    claims = by_text(extract(text, date="2040-04-10"))
    assert claims["9,44%"].subject == "Khu vực công nghiệp - xây dựng"
    assert claims["4,28%"].subject == "Khu vực dịch vụ"


def test_the_crops_after_trong_do_are_measured_as_the_total_of_the_sentence_before():
    text = ("Tổng diện tích gieo trồng cây hàng năm vụ Mùa 2040 đạt 53,47 nghìn ha, giảm 0,9% (tương ứng giảm 474 ha) so "
            "với vụ Mùa năm 2039. Trong đó, cây lúa 40,2 nghìn ha, giảm 1%; cây ngô 4,8 nghìn ha, giảm 1%.")
    claims = extract(text, date="2040-11-10")
    subjects = {c.text: c.subject for c in claims if c.unit == "ha"}
    assert subjects["40,2 nghìn ha"] == "diện tích gieo trồng cây lúa"
    assert subjects["4,8 nghìn ha"] == "diện tích gieo trồng cây ngô"


def test_a_sectors_name_joined_by_a_dash_after_its_common_noun_stays_whole():
    text = ("Cơ cấu kinh tế 6 tháng năm 2039 như sau: Ngành Nông lâm nghiệp và thuỷ sản chiếm 24,3%; ngành Công nghiệp - "
            "Xây dựng chiếm 40,4%; ngành Dịch vụ chiếm 30%.")
    assert by_text(extract(text, date="2039-06-30"))["40,4%"].subject == "ngành Công nghiệp - Xây dựng"


def test_a_fisheries_catch_named_alone_after_trong_do_is_measured_as_its_total():
    text = ("Sản lượng thủy sản nuôi trồng 9 tháng năm 2040 ước đạt 262,10 nghìn tấn, tăng 2,38% so cùng kỳ; trong đó: tôm "
            "143,14 nghìn tấn, tăng 5,41% so cùng kỳ.")
    claims = by_text(extract(text, date="2040-09-28"))
    assert claims["143,14 nghìn tấn"].subject == claims["5,41%"].subject == "Sản lượng tôm"


def test_upgrading_roads_is_no_raising_of_a_total():
    claims = extract("Năm 2040, huyện đã nâng cấp 15 km đường giao thông nông thôn.", date="2040-07-03")
    assert claims[0].subject == "nâng cấp đường giao thông nông thôn"


def test_the_years_a_record_is_set_in_are_not_the_figures_time():
    text = ("Tăng trưởng kinh tế 9 tháng năm 2040 của tỉnh A cao nhất trong 5 năm qua, tổng sản phẩm trên địa bàn (GRDP) "
            "thực hiện hơn 52.473 tỷ đồng, tăng 8,6% so với cùng kỳ năm 2039.")
    claims = by_text(extract(text, date="2040-10-11"))
    assert claims["52.473 tỷ đồng"].period == claims["8,6%"].period == "2040-01/2040-09"


def test_rates_set_beside_a_rise_are_the_same_period_a_year_before_and_the_countrys():
    text = ("Tăng trưởng GRDP 6 tháng đầu năm 2040 của tỉnh A ước tăng 6,76%, cao hơn cùng kỳ năm 2039 (6,15%) và cao "
            "hơn bình quân cả nước (6,42%).")
    claims = by_text(extract(text, date="2040-07-10"))
    year_before, country = claims["6,15%"], claims["6,42%"]
    assert (year_before.measure, year_before.modality, year_before.period) == ("growth", "actual", "2039-01/2039-06")
    assert (country.measure, country.modality, country.place, country.period) == \
        ("growth", "actual", "Việt Nam", "2040-01/2040-06")
    assert country.subject == claims["6,76%"].subject


def test_the_same_period_a_year_before_need_not_name_its_year():
    claims = by_text(extract("GRDP 6 tháng đầu năm 2040 ước tăng 6,76%, cao hơn cùng kỳ (6,15%).", date="2040-07-10"))
    assert (claims["6,15%"].measure, claims["6,15%"].period) == ("growth", "2039-01/2039-06")


def test_a_list_of_places_with_bare_numbers_counts_the_noun_of_the_count_it_breaks_down():
    text = ("Ngày 28/9/2040, cả nước ghi nhận 4.589 ca nhiễm mới tại 34 tỉnh, thành phố (có 717 ca trong cộng đồng).\n"
            "Các tỉnh, thành phố ghi nhận ca bệnh như sau: Bình Dương (2.575), Đồng Nai (787), TP HCM (377), Hà Nội (6).\n"
            "Yên Bái: 44 người chết và mất tích (40 người chết, 4 người mất tích), gồm: thành phố Yên Bái 21, Lục Yên: 14, "
            "Văn Yên 6, Văn Chấn 1, Trấn Yên 2.")
    claims = {(c.text, c.place): c for c in extract(text, date="2040-09-28")}
    binh_duong, ho_chi_minh = claims[("2.575", "Bình Dương")], claims[("377", "Hồ Chí Minh")]
    assert (binh_duong.value, binh_duong.unit, binh_duong.subject) == (2575, "ca", claims[("4.589 ca", "Việt Nam")].subject)
    assert ho_chi_minh.unit == "ca" and ("6", "Hà Nội") in claims
    assert (claims[("21", "Yên Bái")].unit, claims[("2", "Trấn Yên")].unit) == ("người", "người")


def test_two_places_with_numbers_after_them_are_no_list_of_counts():
    claims = extract("Năm 2040, tỉnh có 12 dự án ở Quảng Ninh 2 và Hà Nội 3.", date="2040-09-28")
    assert [c.text for c in claims] == ["12 dự án"]


def test_the_next_places_of_a_league_table_keep_its_indicator():
    text = ("Tháng 1/2040, Bắc Giang có kim ngạch xuất khẩu lớn nhất với 3,36 tỷ USD. Kế tiếp là TP HCM với 2,66 tỷ USD. "
            "Giữ vị trí số 3 là Hà Nội với 2,1 tỷ USD; liền kề là Đồng Nai với 2 tỷ USD, đứng sau là tỉnh Long An với "
            "1,9 tỷ USD.")
    claims = extract(text, date="2040-02-10")
    assert {c.subject for c in claims} == {"kim ngạch xuất khẩu"}


def test_a_name_joined_by_a_dash_stays_whole_after_common_words_and_before_an_acronym():
    text = ("Năm 2040, giá trị sản xuất công nghiệp - TTCN ước đạt 655 tỷ đồng; tổng mức bán lẻ hàng hóa và doanh thu "
            "Dịch vụ - Thương mại ước đạt 252,3 tỷ đồng.")
    subjects = [c.subject for c in extract(text, date="2040-12-10")]
    assert subjects == ["giá trị sản xuất công nghiệp - TTCN", "tổng mức bán lẻ hàng hóa và doanh thu Dịch vụ - Thương mại"]


def test_a_period_from_a_day_to_a_day_of_its_month_and_to_an_hour_of_a_day():
    from chitieu.extract.periods import DocDate, find_periods
    holiday = "trong dịp tết, từ ngày 8 đến 14-2, ngành du lịch ước đón 10,5 triệu lượt khách"
    assert [p.flow for p in find_periods(holiday, DocDate(2040, 2, 14), 2040)] == ["2040-02-08/2040-02-14"]
    across = "từ ngày 28 đến 3/2, ngành du lịch ước đón 10,5 triệu lượt khách"
    assert [p.flow for p in find_periods(across, DocDate(2040, 2, 14), 2040)] == ["2040-01-28/2040-02-03"]
    storm = "thiệt hại tính đến 13 giờ 30 phút ngày 11/9/2040: có 296 người chết, mất tích"
    assert [p.stock for p in find_periods(storm, DocDate(2040, 9, 12), 2040)] == ["2040-09-11"]


def test_a_percent_said_of_the_amount_before_it_holds_over_that_amounts_time():
    text = ("Đến nay, toàn huyện đã gieo trồng được 29.028 ha, đạt 99,3% kế hoạch.\nTrong đó, diện tích cây lương thực là "
            "2.574 ha, đạt 95% kế hoạch; cây có củ: 2.373 ha, đạt 99,8% kế hoạch.")
    claims = by_text(extract(text, date="2040-10-08"))
    assert claims["95%"].period == claims["99,8%"].period == claims["2.574 ha"].period == "2040-01/2040-10-08"


def test_a_percent_equal_to_another_places_has_that_place_as_its_base():
    claims = by_text(extract("Năm 2040, TP Hồ Chí Minh đứng thứ 2 với chỉ số giá sinh hoạt bằng 98,44% Hà Nội. Thu ngân "
                             "sách bằng 101%.", date="2040-10-08"))
    assert (claims["98,44%"].measure, claims["98,44%"].basis) == ("ratio", "other")
    assert claims["101%"].basis == "plan"


def test_the_field_a_rank_is_in_is_no_subject():
    text = ("Năm 2040, TP Hồ Chí Minh dẫn đầu về thu hút FDI với 12.398 dự án. Xếp vị trí thứ 3 trong số các địa phương "
            "thu hút nhiều FDI là Bình Dương với 4.217 dự án.")
    assert by_text(extract(text, date="2040-10-08"))["4.217 dự án"].subject == "dự án"


def test_a_place_whose_name_ends_on_a_reference_word_may_open_a_label():
    from chitieu.extract.quantities import find_quantities
    assert [q.text for q in find_quantities("Hải Phòng: 2 người chết do bão.")] == ["2 người"]
    assert find_quantities("Tại phòng: 2 người") == []  # (a room's number, lower case, stays none)


def test_a_time_said_after_so_sanh_voi_is_a_base_not_the_figures_time():
    text = ("Diện tích lúa vụ xuân năm 2040 của tỉnh giảm 1,34% so với vụ xuân 2039. Kết quả cụ thể (tỷ lệ so sánh với vụ "
            "xuân năm 2039) của các huyện như sau: huyện A: 689 ha, 54,25 tạ/ha; huyện B: 3.197 ha, 58,3 tạ/ha.")
    claims = by_text(extract(text, date="2040-07-10"))
    assert claims["689 ha"].period == claims["3.197 ha"].period == "2040"
    assert by_text(extract("Năm 2040, sản lượng lúa tăng 5% so sánh với cùng kỳ."))["5%"].basis == "same_period"


def test_a_month_after_the_source_of_the_figures_still_opens_its_clause():
    text = ("4 tháng đầu năm 2040, kim ngạch xuất khẩu của 13 tỉnh đạt 8,4 tỷ USD.\nTính toán từ số liệu của Tổng cục Hải "
            "quan, tháng 4/2040, 13 tỉnh mang về 2,31 tỷ USD từ xuất khẩu, tăng 11,1%.\nTrong đó, Long An dẫn đầu với 659 "
            "triệu USD, tăng 13,6% và chiếm 28,4% tổng kim ngạch xuất khẩu của vùng. Đứng thứ hai là Tiền Giang với 525 "
            "triệu USD.")
    claims = by_text(extract(text, date="2040-05-10"))
    assert claims["28,4%"].period == claims["525 triệu USD"].period == "2040-04"


def test_the_days_of_a_holiday_frame_the_figures_after_them():
    text = ("Tổng lượng khách du lịch TP A trong kỳ nghỉ lễ 30-4 và 1-5 năm nay ước đạt hơn 254.000 lượt khách. Trong đó, "
            "khách nội địa đạt khoảng 246.600 lượt khách. Tỉnh B đón khoảng 120.000 lượt, tăng 130% so với cùng kỳ năm 2039.")
    claims = extract(text, date="2040-05-03")
    assert {c.period for c in claims} == {"2040-04-30/2040-05-01"}


def test_a_few_days_from_one_to_another_frame_the_sentences_after_them_unlike_months():
    text = ("Trong dịp Tết, từ ngày 8 đến 14-2, ngành du lịch ước đón 10,5 triệu lượt khách.\nDịp nghỉ Tết cũng ghi nhận "
            "khách quốc tế tăng cao: Đà Nẵng ước đón gần 177.000 lượt.")
    assert {c.period for c in extract(text, date="2040-02-15")} == {"2040-02-08/2040-02-14"}
    months = ("Từ tháng 7 đến tháng 12/2040, tỉnh thu 500 tỷ đồng.\nNăm 2040, tỉnh có 12 xã đạt chuẩn nông thôn mới.")
    assert by_text(extract(months, date="2041-01-10"))["12 xã"].period == "2040"


def test_districts_dissolved_before_2025_are_still_districts_in_the_reports_of_their_years():
    assert [(m.names, m.level) for m in find_places("Năm 2020, Mỹ Lộc: 3.197 ha; Nông Sơn: 1.200 ha.")] == \
        [(("Mỹ Lộc",), "district"), (("Nông Sơn",), "district")]


def test_the_eth_typed_for_d_bar_is_read_as_d_bar():
    (claim,) = extract("Năm 2020, thành phố Nam Ðịnh gieo cấy 689 ha lúa.")
    assert claim.place == "Nam Định"


def test_places_joined_by_roi_take_their_figures_in_turn_after_a_ranking():
    text = ("Năm 2040, kim ngạch xuất khẩu của Hà Nội đạt 50 tỉ USD, xếp sau là Bắc Ninh 39,3 tỉ USD, Hải Phòng rồi Thái "
            "Nguyên lần lượt đạt 26,7 tỉ USD và 20 tỉ USD.")
    claims = by_text(extract(text, date="2041-01-10"))
    assert (claims["26,7 tỉ USD"].place, claims["20 tỉ USD"].place) == ("Hải Phòng", "Thái Nguyên")
    assert claims["20 tỉ USD"].subject == "kim ngạch xuất khẩu"


def test_year_on_year_is_the_same_period_and_names_no_subject():
    text = ("Tháng 4/2040, kim ngạch xuất khẩu của vùng đạt 2,31 tỷ USD. Trong đó, Long An dẫn đầu với 659 triệu USD, tăng "
            "13,6% YoY và chiếm 28,4% tổng kim ngạch xuất khẩu của vùng.")
    claims = by_text(extract(text, date="2040-05-10"))
    assert claims["13,6%"].basis == "same_period" and claims["28,4%"].subject != "YoY"


def test_a_goal_announced_before_the_indicator_is_no_part_of_its_name():
    (claim,) = extract("Năm 2040, mục tiêu phấn đấu là đạt tổng sản lượng thủy sản 200.000 tấn.", date="2039-12-10")
    assert (claim.subject, claim.modality) == ("tổng sản lượng thủy sản", "target")


def test_sections_of_industry_over_another_span_are_no_part_of_the_months_estimate():
    text = ("Chỉ số sản xuất công nghiệp tháng 2/2040 ước tính tăng 41,5% so với cùng kỳ năm trước.\nLũy kế 2 tháng đầu "
            "năm 2040, sản xuất công nghiệp ghi nhận mức tăng trưởng tích cực (tăng 18,8%). Cả 4 nhóm ngành lớn đều tăng so "
            "với cùng kỳ, trong đó khai khoáng tăng 28,2%; công nghiệp chế biến, chế tạo tăng 19,5%.")
    claims = by_text(extract(text, date="2040-03-05"))
    assert claims["28,2%"].modality == claims["19,5%"].modality == "actual"


@pytest.mark.parametrize("phrase, value", [("204,4 nghìn triệu đồng", 204.4e9), ("23 ngàn triệu đồng", 23e9)])
def test_a_thousand_millions_is_a_billion(phrase, value):
    assert (parse_quantity(phrase).value, parse_quantity(phrase).unit) == (value, "VND")


@pytest.mark.parametrize("phrase, value, unit", [("1,2 triệu TEU", 1.2e6, "TEU"), ("12.000 m3/ngày đêm", 12000, "m3/day")])
def test_containers_and_a_day_and_night(phrase, value, unit):
    assert (parse_quantity(phrase).value, parse_quantity(phrase).unit, parse_quantity(phrase).text) == (value, unit, phrase)


def test_a_year_that_ends_a_lists_lead_in_is_the_base_of_its_items():
    text = ("Năm 2040, xuất khẩu cả nước tăng 5%. 5 địa phương có tốc độ tăng trưởng xuất khẩu giảm mạnh nhất so với năm "
            "2039 gồm: Điện Biên giảm 47,4%; Lai Châu giảm 22,6%.")
    claims = by_text(extract(text, date="2041-01-10"))
    assert claims["47,4%"].basis == claims["22,6%"].basis == "prior_year"


def test_exceeding_the_decision_that_set_a_target_is_against_that_target():
    claims = by_text(extract("Năm 2040, tỷ lệ bao phủ BHYT đạt 89,3% dân số, vượt 1,2% so với Quyết định 1167/QĐ-TTg."))
    assert claims["1,2%"].basis == "target"


def test_the_other_places_named_next_and_a_base_said_before_name_no_subject():
    text = ("Năm 2040, giá trị tuyệt đối của 1% GDP tăng trưởng của Hà Nội là trên 204,4 nghìn triệu đồng. Con số này cao "
            "hơn rất nhiều với các tỉnh, thành khác như: Bắc Ninh xấp xỉ 94,5 nghìn triệu đồng, Quảng Ninh 41,2 nghìn "
            "triệu đồng.\nTháng 4/2040, xuất khẩu của Bạc Liêu giảm 20%; tiếp đến là tỉnh Cà Mau với -10,5% YoY; tỉnh "
            "Kiên Giang với -8,7% YoY.")
    claims = by_text(extract(text, date="2040-05-10"))
    assert claims["94,5 nghìn triệu đồng"].subject == claims["204,4 nghìn triệu đồng"].subject
    assert claims["-8,7%"].subject == claims["20%"].subject


def test_a_places_rank_said_in_words_that_name_no_indicator_keeps_the_one_carried():
    text = ("Tháng 1/2040, kim ngạch xuất khẩu của Bắc Giang đạt 3,4 tỷ USD, ngoại trừ Bắc Giang tăng trưởng 16%, các "
            "địa phương đều giảm. Bình Dương là địa phương có mức giảm lớn nhất khi -45%.\nNăm 2040, tốc độ tăng trưởng "
            "đạt 7%.")
    claims = by_text(extract(text, date="2040-02-10"))
    assert claims["16%"].subject == claims["-45%"].subject == "kim ngạch xuất khẩu"
    assert claims["7%"].subject == "tốc độ tăng trưởng"
