"""Rules from the sixth set of unseen rounds (December 2026): "từ A đến B" names its span, a running total runs to the
time said with it, a base said before a bracketed rise is that rise's, a figure compared with the one before is of
the same indicator, amounts in brackets after the items of a list are the items', and a headline's place is read
whole. Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.places import find_places, main_place  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_span_from_one_month_to_another_is_that_span_for_any_figure():
    claims = by_text(extract("Tính riêng từ tháng 7 đến tháng 12/2040, xã đã kết nạp 11 đảng viên mới. Từ tháng 3/2040 "
                             "đến hết tháng 2/2041, có 300 lao động đi làm việc ở nước ngoài.", date="2041-03-01"))
    assert claims["11 đảng viên"].period == "2040-07/2040-12"
    assert claims["300 lao động"].period == "2040-03/2041-02"


def test_a_span_from_a_day_to_now_ends_at_the_articles_date():
    claims = by_text(extract("Từ ngày 1-10-2038 đến nay, toàn tỉnh có trên 10.900 lao động xuất cảnh.",
                             date="2040-09-27"))
    assert claims["10.900 lao động"].period == "2038-10-01/2040-09-27"


def test_a_span_from_the_start_of_the_year_to_a_day_holds_for_a_count_too():
    claims = by_text(extract("Tính từ đầu năm đến 12/10/2040, dịch đã xảy ra tại 647 hộ chăn nuôi.", date="2040-10-20"))
    assert claims["647 hộ"].period == "2040-01/2040-10-12"


def test_two_fractions_joined_by_a_span_word_are_figures_not_days():
    claims = by_text(extract("Số tiêu chí đạt tăng từ 8/10 đến 9/10 tiêu chí.", date="2040-09-27"))
    assert claims["9/10 tiêu chí"].period != "2040-08-10/2040-09-10"


def test_a_year_counted_to_a_day_just_after_it_is_that_year():
    claims = by_text(extract("Thu ngân sách nhà nước năm 2040 tính đến ngày 03/01/2041 thực hiện 21.232 tỷ đồng.",
                             date="2041-01-05"))
    assert claims["21.232 tỷ đồng"].period == "2040"


def test_a_running_total_in_a_bulletin_runs_over_the_months_its_title_names():
    claims = by_text(extract("Bản tin ngành công nghiệp tháng 6 và 6 tháng đầu năm 2040\n\nTháng 6 năm 2040, chỉ số sản "
                             "xuất công nghiệp tăng 3,1%. Các sản phẩm tăng như: gạch (+0,55%), xi măng (+0,88%). Một số "
                             "sản phẩm khác giảm nhẹ so với tháng trước.\nNhìn chung, luỹ kế chỉ số sản xuất công nghiệp "
                             "so với cùng kỳ năm 2039 tăng (+13,51%).", date="2040-06-19"))
    assert claims["+13,51%"].period == "2040-01/2040-06"
    assert claims["+13,51%"].subject == "chỉ số sản xuất công nghiệp"


def test_a_running_total_said_in_its_noun_runs_from_january_to_the_month_said_before_it():
    claims = by_text(extract("Tính đến tháng 11/2040, diện tích lũy kế nuôi cá tra của tỉnh ước đạt 2.450 ha.",
                             date="2040-12-16"))
    assert claims["2.450 ha"].period == "2040-01/2040-11"


def test_a_base_said_before_a_bracketed_rise_is_that_rises_and_the_next_keeps_its_own():
    claims = by_text(extract("Tháng 6 năm 2040, chỉ số sản xuất công nghiệp tăng so tháng trước (+3,16%) và tăng so với "
                             "tháng cùng kỳ (+13,89%). Xuất khẩu giảm so với cùng kỳ năm 2039 (-13,04%). Doanh thu tăng "
                             "so với kế hoạch (+5%).", date="2040-06-19"))
    assert claims["+3,16%"].basis == "other"
    assert claims["+13,89%"].basis == "same_period"
    assert (claims["-13,04%"].subject, claims["-13,04%"].basis) == ("Xuất khẩu", "same_period")
    assert (claims["+5%"].subject, claims["+5%"].basis) == ("Doanh thu", "plan")


def test_a_rise_compared_with_the_one_before_is_of_the_same_indicator():
    claims = by_text(extract("GDP 6 tháng đầu năm 2040 tăng 6,42%, chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm "
                             "2038.", date="2040-07-01"))
    assert claims["6,58%"].subject == "GDP"
    assert claims["6,58%"].period == "2038-01/2038-06"


def test_the_rise_of_a_year_before_set_beside_an_estimate_is_known_and_a_year_earlier():
    claims = by_text(extract("GRDP quý I/2040 ước tăng 6,3% so với cùng kỳ, cao hơn mức tăng của cùng kỳ năm trước "
                             "(4,09%).", date="2040-04-10"))
    assert claims["4,09%"].subject == "GRDP"
    assert claims["4,09%"].modality == "actual"
    assert claims["4,09%"].period == "2039-01/2039-03"


def test_amounts_in_brackets_after_the_items_of_a_list_are_the_items_and_are_not_carried():
    claims = by_text(extract("Năm 2040, vốn FDI đăng ký vào Việt Nam đạt 28,5 tỷ USD. Những ngành xếp sau gồm kinh "
                             "doanh bất động sản (4,2 tỷ USD); vận tải kho bãi (611 triệu USD), xây dựng (559 triệu "
                             "USD). Các tỉnh tiếp theo gồm Hà Nội (3,6 tỷ USD), Bình Dương (1,9 tỷ USD).",
                             date="2041-01-10"))
    assert claims["4,2 tỷ USD"].subject == "kinh doanh bất động sản"
    assert claims["611 triệu USD"].subject == "vận tải kho bãi"
    assert claims["3,6 tỷ USD"].subject != "xây dựng"


def test_the_bound_of_the_figure_before_is_not_part_of_the_next_subject():
    claims = by_text(extract("Tỉnh phấn đấu tăng trưởng GRDP năm 2040 từ 8% trở lên và thu ngân sách tăng ít nhất 10%.",
                             date="2040-04-10"))
    assert claims["10%"].subject == "thu ngân sách"


def test_a_headline_place_before_a_colon_is_read_whole():
    text = "Huyện Đông Sơn: 27/28 chỉ tiêu hoàn thành và vượt kế hoạch"
    assert main_place(text, find_places(text)) == "Đông Sơn"


def test_a_province_that_locates_the_district_in_a_headline_is_not_the_articles_place():
    text = ("Huyện Lạng Giang, tỉnh Bắc Giang hoàn thành nhiệm vụ năm 2040\n\nTình hình kinh tế của huyện ổn định. "
            "Toàn huyện có thêm 82 doanh nghiệp.")
    assert main_place(text, find_places(text)) == "Lạng Giang"


def test_a_headline_that_ends_on_a_communes_name_names_the_articles_place():
    result = analyse("Khởi sắc vùng biên Tân Lập Mới\n\nNăm 2040, diện tích lúa trên địa bàn xã đạt 53 ha. Toàn xã có "
                     "hơn 50 mô hình kinh tế.", date="2041-05")
    assert {c.place for c in result.claims} == {"Tân Lập Mới"}


def test_litres_and_open_counts_in_thousands_are_figures_of_the_items_before_them():
    claims = by_text(extract("Sản phẩm chủ yếu: muối hạt 3.500 tấn, tăng 42,9%; nước mắm 9,5 triệu lít, tăng 19,5%; may "
                             "mặc 67,5 ngàn cái, tăng 3,8%.", date="2040-07-01"))
    assert (claims["9,5 triệu lít"].value, claims["9,5 triệu lít"].unit) == (9500000, "lít")
    assert (claims["67,5 ngàn cái"].value, claims["67,5 ngàn cái"].unit) == (67500, "cái")
    assert claims["19,5%"].subject == "nước mắm"
    assert claims["3,8%"].subject == "may mặc"


def test_words_that_point_back_take_the_subject_of_the_figure_before():
    claims = by_text(extract("Tổng thu ngân sách quý I đạt 3.580 tỷ đồng. Kết quả này tương đương 40,47% dự toán.",
                             date="2040-04-10"))
    assert claims["40,47%"].subject == "Tổng thu ngân sách"


def test_a_rise_said_with_its_rate_after_với_is_of_what_is_named_before():
    claims = by_text(extract("Tổng sản phẩm trên địa bàn (GRDP) quý II/2040 tăng trưởng tích cực, với tốc độ tăng ước "
                             "đạt 7,96% so với cùng kỳ năm trước.", date="2040-07-10"))
    assert claims["7,96%"].subject.startswith("Tổng sản phẩm trên địa bàn")


def test_a_months_meeting_and_a_figures_own_month_do_not_date_the_sentences_after_them():
    claims = by_text(extract("10 tháng đầu năm 2040, thu ngân sách tỉnh đạt 19.809 tỷ đồng. Thông tin được nêu tại Hội "
                             "nghị giao ban báo chí tháng 10-2040. Chỉ số sản xuất công nghiệp tháng 10 tăng 13,9%. Tổng "
                             "mức bán lẻ hàng hóa đạt hơn 206.900 tỷ đồng.", date="2040-10-22"))
    assert claims["13,9%"].period == "2040-10"
    assert claims["206.900 tỷ đồng"].period == "2040-01/2040-10"


def test_the_year_of_a_goal_in_a_sentence_without_figures_is_not_carried():
    claims = by_text(extract("Tốc độ tăng trưởng kinh tế quý I/2040 đạt 7,2%.\n\nĐây là nền tảng để đạt mục tiêu tăng "
                             "trưởng hai con số trong năm 2040.\n\nChỉ số sản xuất công nghiệp tăng 11,06%.",
                             date="2040-04-10"))
    assert claims["11,06%"].period == "2040-01/2040-03"


def test_a_place_in_a_ranking_said_without_thu_is_a_rank():
    claims = by_text(extract("Với tốc độ tăng 7,2%, tỉnh đứng 5/13 tỉnh, thành vùng Đồng bằng sông Cửu Long.",
                             date="2040-04-10"))
    assert "5/13 tỉnh, thành" not in claims


def test_all_the_countrys_provinces_and_cities_are_a_set_not_a_count():
    claims = by_text(extract("Năng lực cạnh tranh 63 tỉnh thành năm 2040. Tính theo 34 tỉnh, thành phố, có 6 địa phương "
                             "tăng trưởng hai con số.", date="2041-04-10"))
    assert "63 tỉnh" not in claims and "34 tỉnh, thành phố" not in claims
    assert "6 địa phương" in claims


def test_the_plans_own_rate_in_brackets_after_lower_than_is_a_target_level():
    claims = by_text(extract("Tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%).",
                             date="2041-01-10"))
    rate = claims["2,75%"]
    assert (rate.value, rate.measure, rate.modality, rate.subject) == (2.75, "level", "target", "Tỷ lệ hộ nghèo")



def test_a_plan_exceeded_by_a_hundred_percent_or_more_is_the_share_of_it_reached():
    claims = by_text(extract("Tổng thu ngân sách trên địa bàn đạt 188,9 tỷ đồng, vượt 468,9% dự toán giao. Thu nội địa "
                             "vượt 12% dự toán.", date="2040-12-28"))
    assert claims["468,9%"].measure == "ratio"
    assert claims["12%"].measure == "growth"


def test_a_goal_to_be_reached_gives_its_figure_as_a_target():
    claims = by_text(extract("Kết quả này tạo nền tảng để tỉnh đạt mục tiêu tăng trưởng GRDP năm 2040 từ 8% trở lên.",
                             date="2040-04-10"))
    assert claims["8%"].modality == "target"


def test_land_use_fees_collected_are_an_amount_over_the_year():
    claims = by_text(extract("Năm 2040, thu tiền sử dụng đất 8,875 tỷ đồng. Đến nay, toàn xã có 12 doanh nghiệp.",
                             date="2040-12-28"))
    assert claims["8,875 tỷ đồng"].period == "2040"


def test_a_sectors_name_joined_by_dashes_is_read_whole():
    claims = by_text(extract("Giá trị gia tăng ngành Nông - Lâm nghiệp - Thủy sản đạt 1.439 tỷ đồng; Công nghiệp - Xây "
                             "dựng cơ bản đạt 3.461 tỷ đồng.", date="2040-12-20"))
    assert claims["1.439 tỷ đồng"].subject.endswith("Nông - Lâm nghiệp - Thủy sản")
    assert claims["3.461 tỷ đồng"].subject == "Công nghiệp - Xây dựng cơ bản"


def test_an_item_after_a_semicolon_with_its_own_subject_and_verb_is_actual_after_an_opening_estimate():
    claims = by_text(extract("Ước tính năng suất toàn vụ đạt 55,1 tạ/ha, tăng 0,2 tạ/ha; sản lượng đạt 3,99 triệu tấn, "
                             "tương đương năm trước. Ước tổng đàn gia súc 212.580 con, giá trị chăn nuôi đạt 5,35 tỷ đồng; "
                             "đàn gia cầm 3,7 triệu con.", date="2040-11-29"))
    assert claims["55,1 tạ/ha"].modality == "estimate"
    assert claims["3,99 triệu tấn"].modality == "actual"
    assert claims["3,7 triệu con"].modality == "estimate"


def test_the_year_a_figure_equals_is_its_base_not_its_period():
    claims = by_text(extract("Năm 2040, sản lượng lúa đạt 3,99 triệu tấn, tương đương năm trước.", date="2040-12-29"))
    assert claims["3,99 triệu tấn"].period == "2040"


def test_a_base_in_the_lead_in_of_a_list_in_the_paragraph_below_is_the_items_base():
    claims = by_text(extract("Trong mức tăng 0,96% của CPI tháng 11/2040 so với tháng trước có 9/11 nhóm hàng hóa có chỉ "
                             "số giá tăng:\n\nNhóm hàng ăn tăng cao nhất 2,74%; nhóm đồ uống tăng 0,2%.", date="2040-11-29"))
    assert claims["2,74%"].basis == "other"
    assert claims["0,2%"].basis == "other"


def test_every_item_of_a_list_announced_as_an_estimate_is_one_whatever_verb_it_repeats():
    claims = by_text(extract("Ước thực hiện 9 tháng: thu ngân sách 500 tỷ đồng; chi ngân sách đạt 400 tỷ đồng.",
                             date="2040-09-29"))
    assert claims["400 tỷ đồng"].modality == "estimate"


def test_the_percent_in_brackets_after_a_count_is_its_share_of_all_its_kind():
    claims = by_text(extract("Đến nay, toàn tỉnh có 60 xã đạt chuẩn nông thôn mới nâng cao (đạt 33,1%). Toàn huyện có 50 "
                             "hộ thoát nghèo (đạt 105% kế hoạch).", date="2040-03-01"))
    assert (claims["33,1%"].measure, claims["33,1%"].basis) == ("share", None)
    assert (claims["105%"].measure, claims["105%"].basis) == ("ratio", "plan")


def test_a_percent_of_a_group_named_right_after_it_is_a_share():
    claims = by_text(extract("Cả nước có 15 tỉnh có 100% số xã đạt chuẩn và 100% đơn vị cấp huyện được công nhận.",
                             date="2040-03-01"))
    assert [c.measure for c in extract("Có 100% đơn vị cấp huyện được công nhận.", date="2040-03-01")] == ["share"]
    assert claims["15 tỉnh"].measure == "level"


def test_capital_already_allotted_is_a_fact_and_capital_to_allot_a_plan():
    claims = by_text(extract("Năm 2040, tỉnh đã bố trí 404,78 tỷ đồng. Vốn ngân sách trung ương bố trí cho Chương trình "
                             "năm 2041 là 8.200 tỷ đồng.", date="2040-12-01"))
    assert claims["404,78 tỷ đồng"].modality == "actual"
    assert claims["8.200 tỷ đồng"].modality == "target"


def test_the_budget_passed_as_law_and_the_target_striven_for_are_named_bases():
    claims = by_text(extract("Tổng thu ngân sách đạt 2.763,9 tỷ đồng, bằng 21,1% DTPL, bằng 19,5% CTPĐ.", date="2040-03-01"))
    assert claims["21,1%"].basis == "estimate"
    assert claims["19,5%"].basis == "target"


def test_the_parts_of_a_planned_total_in_the_next_sentence_are_planned_in_the_same_noun():
    claims = by_text(extract("Năm 2040, tỉnh đặt mục tiêu đón 4,5 - 5 triệu lượt du khách. Trong đó, khách nội địa từ 4,3 - "
                             "4,8 triệu lượt.", date="2040-03-01"))
    assert claims["4,3 - 4,8 triệu lượt"].modality == "target"


def test_the_year_a_plan_is_for_dates_its_targets_in_the_paragraphs_after_it():
    claims = by_text(extract("Trong năm 2041, tỉnh sẽ phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới.\n\nTỉnh cũng phấn đấu "
                             "có thêm 22 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 48/310 xã.",
                             date="2040-12"))
    assert claims["22 xã"].period == "2041"
    assert claims["48/310 xã"].period == "2041"


def test_a_span_from_the_first_of_january_frames_the_sentences_after_it():
    claims = by_text(extract("Tính từ ngày 1/1 đến ngày 23/2/2040, tổng thu ngân sách đạt 2.763,9 tỷ đồng.\n\nTrong đó: "
                             "thu thuế, phí 1.400,4 tỷ đồng.", date="2040-02-26"))
    assert claims["2.763,9 tỷ đồng"].period == "2040-01/2040-02-23"
    assert claims["1.400,4 tỷ đồng"].period == "2040-01/2040-02-23"


def test_the_span_just_named_dates_what_giai_doan_tren_says():
    claims = by_text(extract("Trong khoảng 4 năm (ước đến hết năm 2040), tỉnh hỗ trợ vay vốn cho 108.444 lượt hộ nghèo. "
                             "Báo cáo thực hiện Chương trình giảm nghèo giai đoạn 2037-2040 nêu số liệu này.\nGiai đoạn "
                             "trên, ngành chức năng đã hỗ trợ mua 31.750 lượt thẻ BHYT. Hỗ trợ sửa chữa 4.426 căn nhà.",
                             date="2040-10-15"))
    assert claims["108.444 lượt"].period == "2037/2040"
    assert claims["31.750 lượt"].period == "2037/2040"
    assert claims["4.426 căn nhà"].period == "2037/2040"


def test_a_crop_named_alone_in_a_list_of_outputs_takes_the_measure_of_the_total():
    claims = by_text(extract("Năm 2040, tổng sản lượng lương thực đạt 905.867 tấn; trong đó thóc là 888.132 tấn, giảm "
                             "0,34% (3.042 tấn); ngô là 17.724 tấn, giảm 10,74%.", date="2040-11-28"))
    assert claims["888.132 tấn"].subject == "sản lượng thóc"
    assert claims["0,34%"].subject == "sản lượng thóc"
    assert claims["17.724 tấn"].subject == "sản lượng ngô"


def test_a_share_given_in_brackets_after_a_noun_and_the_rise_after_the_bracket_are_that_nouns():
    claims = by_text(extract("7 tháng năm 2040, xuất khẩu tăng mạnh, đưa tổng kim ngạch xuất khẩu đạt 4,8 tỷ USD. Trong "
                             "đó, thị trường châu Á (chiếm tỷ trọng 63,42% trong tổng kim ngạch xuất khẩu) tăng 10,43% so "
                             "với cùng kỳ; thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ.",
                             date="2040-08-10"))
    assert claims["4,8 tỷ USD"].subject == "tổng kim ngạch xuất khẩu"
    assert claims["63,42%"].subject == "thị trường châu Á"
    assert claims["10,43%"].subject == "thị trường châu Á"
    assert claims["6,33%"].subject == "thị trường châu Âu"
    assert claims["70,94%"].subject == "thị trường châu Âu"


def test_the_share_of_a_count_in_brackets_stays_the_counts():
    claims = by_text(extract("Toàn tỉnh có 2.150 hộ nghèo (chiếm tỷ lệ 2,15%).", date="2040-08-10"))
    assert claims["2,15%"].subject.endswith("hộ nghèo")



def test_a_fall_said_before_the_rate_it_moves_is_a_fall_of_that_rate():
    claims = by_text(extract("Tỉnh Hà Giang năm 2040 giảm tỷ lệ hộ nghèo 6,26%. Các huyện Quản Bạ, Yên Minh đều giảm tỷ lệ "
                             "hộ nghèo đa chiều trên 7%. Năm 2041, toàn tỉnh phấn đấu tiếp tục giảm tỷ lệ hộ nghèo đa chiều "
                             "4,7%.", date="2040-12-10"))
    assert (claims["7%"].value, claims["7%"].measure, claims["7%"].subject) == (-7, "change", "tỷ lệ hộ nghèo đa chiều")
    assert claims["7%"].place == ["Quản Bạ", "Yên Minh"]
    assert (claims["4,7%"].value, claims["4,7%"].place) == (-4.7, "Hà Giang")


def test_numbers_that_are_years_of_a_span_rates_or_storm_names_are_not_figures():
    claims = by_text(extract("Giai đoạn 2011-2015 huyện chỉ có 1 xã đạt chuẩn. Đến cuối năm 2040 tỷ lệ hộ nghèo còn 4,21%. "
                             "Cơn bão số 3 gây ảnh hưởng đến 12 xã. Tỷ lệ nghèo là 1,87%, cao thứ năm trong 6 vùng của cả "
                             "nước.", date="2040-12-10"))
    assert set(claims) == {"1 xã", "4,21%", "12 xã", "1,87%"}


def test_an_earlier_times_figure_in_brackets_beside_an_estimate_is_known():
    claims = by_text(extract("GRDP 9 tháng năm 2040 ước tính tăng 6,12% so với cùng kỳ năm trước (9 tháng năm 2039 tăng "
                             "5,99%).", date="2040-10-05"))
    assert claims["6,12%"].modality == "estimate"
    assert (claims["5,99%"].modality, claims["5,99%"].period) == ("actual", "2039-01/2039-09")


def test_this_figure_said_again_at_another_time_keeps_the_measure_of_the_figure_before():
    claims = by_text(extract("Chỉ số công nghiệp 11 tháng năm 2040 tăng 5,9% so với cùng kỳ, ước tính năm 2040 con số này "
                             "là 6,2%.", date="2040-12-05"))
    assert (claims["6,2%"].measure, claims["6,2%"].basis, claims["6,2%"].modality) == ("growth", "same_period", "estimate")


def test_the_same_indicator_broken_down_by_product_after_an_estimated_total_is_estimated():
    claims = by_text(extract("6 tháng đầu năm 2040 kim ngạch xuất khẩu toàn tỉnh ước đạt 1.168 triệu USD, tăng 4,5% so "
                             "với cùng kỳ.\n\nTrong đó, kinh tế tư nhân đạt 722 triệu USD, tăng 10,8%. Các mặt hàng có giá "
                             "trị xuất khẩu tăng như: hàng dệt may 644 triệu USD, tăng 4,1%; hàng thủy sản 13,7 triệu USD, "
                             "tăng 87,4%.", date="2040-07-28"))
    assert {claims[t].modality for t in ("722 triệu USD", "644 triệu USD", "13,7 triệu USD", "87,4%")} == {"estimate"}


def test_a_running_total_of_a_longer_span_after_an_estimated_month_is_its_own():
    claims = by_text(extract("Tổng mức bán lẻ hàng hóa tháng 3/2040 ước đạt 3 nghìn tỷ đồng, tăng 10%. Tính chung quý I, "
                             "tổng mức bán lẻ hàng hóa đạt khoảng 9 nghìn tỷ đồng, tăng 12,4%.", date="2040-04-05"))
    assert claims["9 nghìn tỷ đồng"].modality == "actual"


def test_the_quarters_of_a_year_compared_with_last_year_are_compared_with_the_same_quarters():
    claims = by_text(extract("Ước cả năm 2040, GRDP tăng 6,27% so với năm trước. Trong đó, khu vực dịch vụ tăng 7,26% so "
                             "với năm trước (quý I tăng 7,66%; quý II tăng 6,51%).", date="2040-12-29"))
    assert claims["7,26%"].basis == "prior_year"
    assert claims["7,66%"].basis == claims["6,51%"].basis == "same_period"


def test_an_estimate_typed_with_u_for_u_horn_is_an_estimate():
    claims = by_text(extract("Uớc thực hiện 6 tháng năm 2040 là 6.826 tỷ đồng.", date="2040-06-20"))
    assert claims["6.826 tỷ đồng"].modality == "estimate"


def test_a_communes_or_wards_own_report_is_about_that_commune():
    text = ("Năm 2040 là năm đầu triển khai Nghị quyết Đại hội Đảng bộ phường Tân Lập Mới lần thứ I và Nghị quyết Đại hội "
            "Đảng bộ TP. Huế.\n\nTổng thu ngân sách phường ước đạt 191 tỉ đồng, đạt 106% dự toán.")
    assert main_place(text, find_places(text)) == "Tân Lập Mới"
    text = ("Ngày 18-8, đồng chí A, Phó Chủ tịch HĐND tỉnh Gia Lai dự Đại hội Đảng bộ xã Tân Lập Mới.\n\nSau sáp nhập, "
            "xã có tổng diện tích tự nhiên hơn 133 km2, với 23 thôn.")
    assert main_place(text, find_places(text)) == "Tân Lập Mới"


def test_the_span_a_record_is_set_in_and_the_season_a_figure_equals_are_not_its_time():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp quý I/2040 tăng hơn 12,74% - đây là mức tăng trưởng cao nhất từ "
                             "năm 2036 đến nay. Vụ Xuân năm nay, năng suất lúa ước đạt khoảng 60 tạ/ha, tương đương với vụ "
                             "xuân năm ngoái.\n\nCây lúa đã cấy 18.420 ha.", date="2040-05-29"))
    assert claims["12,74%"].period == "2040-01/2040-03"
    assert claims["18.420 ha"].period.startswith("2040")


def test_the_parts_of_a_months_rise_hold_in_that_month_in_a_report_on_the_months_from_january():
    claims = by_text(extract("Thanh Hóa: Chỉ số công nghiệp 9 tháng năm 2040 tăng 16,03% so với cùng kỳ\n\nChỉ số sản xuất "
                             "công nghiệp toàn ngành ước tính tháng 9-2040 tăng 10,67% so với tháng trước. Trong đó, công "
                             "nghiệp khai khoáng tăng 1,59% so với tháng trước.", date="2040-09-30"))
    assert claims["10,67%"].period == "2040-09"
    assert claims["1,59%"].period == "2040-09"


def test_a_years_capital_plan_dates_its_targets_not_the_results_to_date():
    claims = by_text(extract("Tính đến ngày 31/8/2040, tỉnh đã giải ngân 2.537 tỷ đồng. Trong đó, kế hoạch vốn đầu tư công "
                             "năm 2040: đã phân bổ 5.564,5 tỷ đồng, khối lượng thực hiện đạt 2.603 tỷ đồng. Kế hoạch vốn "
                             "năm 2040 là 6.000 tỷ đồng.", date="2040-09-07"))
    assert claims["2.603 tỷ đồng"].period == "2040-01/2040-08-31"
    assert claims["6.000 tỷ đồng"].period == "2040"


def test_the_same_time_said_above_is_the_day_named_before():
    claims = by_text(extract("Tính đến ngày 15/10/2040, toàn tỉnh đã thu hoạch 108.827 ha lúa.\n\nDiện tích gieo trồng vụ "
                             "đông đến cùng thời điểm nêu trên như sau: ngô 10.266 ha; lạc 792 ha.", date="2040-10-30"))
    assert claims["10.266 ha"].period == "2040-01/2040-10-15"


def test_a_month_and_year_joined_by_a_dot_are_that_month():
    claims = by_text(extract("Đến hết tháng 9.2040, tổng nguồn vốn đạt hơn 3.579 tỉ đồng."))
    assert claims["3.579 tỉ đồng"].period == "2040-09"


def test_a_bracket_with_a_figure_of_its_own_does_not_date_the_figure_before_it():
    claims = by_text(extract("Tình hình kinh tế - xã hội tháng 4 năm 2040\nTính chung 4 tháng, chỉ số sản xuất công nghiệp "
                             "ước tăng 15,5% so với cùng kỳ (4 tháng đầu năm 2039 do ảnh hưởng của dịch nên IIP giảm "
                             "11,5%). Trong đó, ngành khai khoáng tăng 11,1%.", date="2040-05-01"))
    assert claims["15,5%"].period == claims["11,1%"].period == "2040-01/2040-04"
    assert claims["11,5%"].period == "2039-01/2039-04"


def test_what_is_compared_with_the_month_before_is_the_months_own_figure():
    claims = by_text(extract("Báo cáo tháng 3 năm 2040\n\nSản xuất công nghiệp tháng 3 tăng 9,7% so với tháng trước, lũy kế "
                             "quý I tăng 12,7%. Kim ngạch xuất khẩu đạt 85 triệu USD gấp đôi so với tháng trước, lũy kế "
                             "180,8 triệu USD.", date="2040-04-09"))
    assert claims["85 triệu USD"].period == "2040-03"
    assert claims["180,8 triệu USD"].period == "2040-01/2040-03"


def test_a_communes_own_report_keeps_the_commune_though_a_district_locates_it_or_was_its_old_one():
    text = ("Đảng bộ xã Tân Lập Mới tổ chức Đại hội lần thứ nhất ở tỉnh Đắk Lắk.\n\nXã Tân Lập Mới được thành lập trên "
            "cơ sở sáp nhập 3 xã của huyện Cư M'gar cũ. Toàn xã có 12 thôn. Đảng bộ xã Tân Lập Mới đặt mục tiêu …")
    assert main_place(text, find_places(text)) == "Tân Lập Mới"
    text = "Đảng bộ xã Tân Lập Mới (Núi Thành) tổ chức Đại hội.\n\nNhiệm kỳ qua, thu nhập của xã đạt 40 triệu đồng."
    assert main_place(text, find_places(text)) == "Tân Lập Mới"
