"""Rules from the rounds of unseen reports annotated in December 2026: a day said inside a sentence dates that
sentence only, a crop season without its year frames its clause, a running total after an estimated month is an
estimate, a national office cited in the lead makes a national release, and what the level above "gave" is a
budget's estimate or any other indicator's target. Sentences are invented for these tests (real articles stay
outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_day_said_inside_a_sentence_dates_that_sentence_only():
    claims = by_text(extract("Trong 6 tháng đầu năm 2040, huyện đạt nhiều kết quả. Kinh tế phục hồi, tính đến ngày "
                             "30/6/2040 tổng thu ngân sách đạt 832 tỷ đồng. Tổng chi ngân sách là 453 tỷ đồng.",
                             date="2040-07"))
    assert claims["832 tỷ đồng"].period == "2040-01/2040-06-30"
    assert claims["453 tỷ đồng"].period == "2040-01/2040-06"


def test_a_day_that_opens_its_sentence_still_frames_the_sentences_after_it():
    claims = by_text(extract("Trong 9 tháng năm 2040, huyện đạt nhiều kết quả. Tính đến ngày 15/9/2040, tổng số công "
                             "trình thực hiện là 35 công trình. Tổng khối lượng đã thực hiện trên 7,6 tỷ đồng.",
                             date="2040-09"))
    assert claims["35 công trình"].period == "2040-09-15"
    assert claims["7,6 tỷ đồng"].period == "2040-01/2040-09-15"


def test_budget_revenue_balanced_on_the_territory_is_a_flow():
    claims = by_text(extract("Tính đến ngày 30/6/2040, thu cân đối ngân sách trên địa bàn 41 tỷ đồng.", date="2040-07"))
    assert claims["41 tỷ đồng"].period == "2040-01/2040-06-30"


def test_a_crop_season_without_its_year_that_opens_its_clause_is_the_years():
    claims = by_text(extract("Tình hình kinh tế tháng 5 năm 2040.\nƯớc tính kết thúc vụ Đông Xuân, tổng diện tích "
                             "gieo trồng cây hằng năm đạt 45.958 ha, tăng 1,19%. Trong đó, diện tích lúa ước thực hiện "
                             "15.203 ha.", date="2040-06-05"))
    assert claims["45.958 ha"].period == "2040"
    assert claims["15.203 ha"].period == "2040"


def test_a_crop_season_after_its_noun_does_not_set_the_period():
    claims = by_text(extract("Tháng 5 năm 2040, diện tích gieo trồng ngô vụ Đông Xuân, đạt 13.736 ha.",
                             date="2040-06-05"))
    assert claims["13.736 ha"].period == "2040-05"


def test_a_running_total_after_an_estimated_month_is_an_estimate():
    claims = by_text(extract("Kim ngạch xuất khẩu tháng 5 ước đạt 3,4 tỷ USD, tăng 23,3% so với cùng kỳ; lũy kế 5 "
                             "tháng đạt 14,8 tỷ USD, tăng 9,9% so với cùng kỳ.", date="2040-06"))
    assert claims["14,8 tỷ USD"].modality == "estimate"
    assert claims["14,8 tỷ USD"].period == "2040-01/2040-05"
    assert claims["14,8 tỷ USD"].subject == "Kim ngạch xuất khẩu"
    assert claims["9,9%"].modality == "estimate"


def test_a_clause_naming_another_single_period_is_still_a_new_statement():
    claims = by_text(extract("Doanh thu quý I năm 2040 ước đạt 100 tỷ đồng; quý II năm 2040 đạt 120 tỷ đồng.",
                             date="2040-07"))
    assert claims["100 tỷ đồng"].modality == "estimate"
    assert claims["120 tỷ đồng"].modality == "actual"


def test_the_running_total_of_the_year_named_runs_to_the_reports_month():
    claims = by_text(extract("Sau 10 tháng năm 2040, chỉ số sản xuất tăng 18,71%. Tháng 10/2040 tăng 32,26%; lũy kế "
                             "năm 2040 tăng 11,8% so với cùng kỳ.", date="2040-11"))
    assert claims["11,8%"].period == "2040-01/2040-10"


def test_an_estimate_framed_by_a_date_reaches_the_whole_sentence():
    claims = by_text(extract("Dự ước đến 31/12/2040, số lao động được tạo việc làm mới là 1.050 người, đạt 140% kế "
                             "hoạch, trong đó xuất khẩu lao động 65 người.", date="2040-12"))
    for figure in ("1.050 người", "140%", "65 người"):
        assert claims[figure].modality == "estimate", figure


def test_a_stock_held_in_a_january_report_on_the_year_before_is_that_years():
    claims = by_text(extract("Kinh tế năm 2040 của tỉnh\nNăm 2040, sản lượng lúa đạt 500.000 tấn. Ước tính số lượng "
                             "đàn vật nuôi hiện có như sau: đàn trâu 67.510 con, đàn bò 168.915 con.", date="2041-01"))
    assert claims["67.510 con"].period == "2040"
    assert claims["168.915 con"].period == "2040"


def test_a_target_by_the_end_of_the_year_is_the_years():
    claims = by_text(extract("Đến nay, nông dân đã thả nuôi 96.392 ha. Mục tiêu phấn đấu là đạt tổng sản lượng "
                             "968.580 tấn vào cuối năm.", date="2040-11"))
    assert claims["96.392 ha"].period == "2040-01/2040-11"
    assert claims["968.580 tấn"].period == "2040"


def test_a_lead_citing_the_national_statistics_office_is_a_national_release():
    extraction = analyse("Theo báo cáo của Tổng cục Thống kê, trong năm 2040, tổng thu ngân sách Nhà nước ước đạt hơn "
                         "2 triệu tỷ đồng.\n\nDưới đây là những địa phương thu lớn nhất.\n\nHà Nội\n\nTổng thu trên địa "
                         "bàn Hà Nội năm 2040 ước thực hiện 509.300 tỷ đồng.", date="2041-01-28")
    claims = by_text(extraction.claims)
    assert claims["2 triệu tỷ đồng"].place == "Việt Nam"
    assert claims["509.300 tỷ đồng"].place == "Hà Nội"


def test_a_provincial_statistics_office_cited_with_one_place_stays_that_places():
    extraction = analyse("Theo Cục Thống kê, 9 tháng năm 2020 tổng mức bán lẻ ước đạt 2.000 tỷ đồng.\n\nTỉnh Lào Cai "
                         "tiếp tục đẩy mạnh thương mại.", date="2020-10-05")
    assert extraction.place == "Lào Cai"


def test_what_the_province_gave_is_a_target_for_households_and_an_estimate_for_a_budget():
    claims = by_text(extract("Năm 2040, số hộ nghèo giảm 693 hộ, đạt 192,5% so với tỉnh giao. Thu ngân sách đạt "
                             "300 tỷ đồng, đạt 120% so với tỉnh giao.", date="2041-01-08"))
    assert claims["192,5%"].basis == "target"
    assert claims["120%"].basis == "estimate"


def test_a_base_ending_the_line_before_is_not_the_base_of_a_month_opening_the_next():
    claims = by_text(extract("Tổng sản lượng thịt lợn hơi tăng 28,69% so cùng kỳ\n\nTháng 10 vừa qua, tổng đàn gia súc "
                             "phát triển ổn định. Tổng đàn lợn đạt 150.282 con, tăng 0,66% so với cùng kỳ.",
                             date="2040-11-24"))
    assert claims["150.282 con"].period == "2040-10"


def test_five_months_said_in_words_before_the_start_of_the_year():
    claims = by_text(extract("Năm tháng đầu năm, có 250 doanh nghiệp quay trở lại hoạt động.", date="2040-06"))
    assert claims["250 doanh nghiệp"].period == "2040-01/2040-05"


def test_since_the_start_of_the_year_runs_to_the_span_a_text_dated_to_its_month_names():
    claims = by_text(extract("Từ đầu năm đến nay, toàn tỉnh có 513 doanh nghiệp đăng ký thành lập mới. Năm tháng đầu "
                             "năm, có 250 doanh nghiệp quay trở lại hoạt động.", date="2040-06"))
    assert claims["513 doanh nghiệp"].period == "2040-01/2040-05"


def test_since_the_start_of_the_year_keeps_the_day_of_a_text_dated_to_the_day():
    claims = by_text(extract("Từ đầu năm đến nay, toàn tỉnh có 513 doanh nghiệp đăng ký thành lập mới. Năm tháng đầu "
                             "năm, có 250 doanh nghiệp quay trở lại hoạt động.", date="2040-06-10"))
    assert claims["513 doanh nghiệp"].period == "2040-01/2040-06-10"


def test_the_month_of_a_figure_that_will_be_reached():
    claims = by_text(extract("Dự ước sản lượng thịt hơi xuất chuồng tháng 3 sẽ đạt 5.827 tấn. Tính chung quý I, sản "
                             "lượng đạt 18.188 tấn.", date="2040-03"))
    assert claims["5.827 tấn"].period == "2040-03"
    assert claims["18.188 tấn"].period == "2040-01/2040-03"


def test_a_count_in_a_bracket_that_says_it_restates_the_fall_keeps_its_sign_and_base():
    claims = by_text(extract("Có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm "
                             "161 doanh nghiệp). Dân số giảm 1,2% (giảm 300 người).", date="2040-06"))
    assert (claims["161 doanh nghiệp"].measure, claims["161 doanh nghiệp"].value) == ("change", -161)
    assert claims["161 doanh nghiệp"].basis == "same_period"
    assert (claims["300 người"].measure, claims["300 người"].value) == ("change", -300)


def test_a_bare_count_in_a_bracket_after_a_rise_is_its_own_figure():
    claims = by_text(extract("Vốn đầu tư tăng 12% (12 dự án).", date="2040-06"))
    assert claims["12 dự án"].measure == "level"


def test_a_count_out_of_a_whole_said_with_trong():
    claims = by_text(extract("Có 09 trong 12 nhóm hàng tăng khá; 3 trong số 10 tỉnh đạt chuẩn.", date="2040-06"))
    assert (claims["09 trong 12 nhóm hàng"].value, claims["09 trong 12 nhóm hàng"].of) == (9, 12)
    assert (claims["3 trong số 10 tỉnh"].value, claims["3 trong số 10 tỉnh"].of) == (3, 10)


def test_exports_and_imports_said_as_two_halves_are_one_subject():
    claims = by_text(extract("Thu cân đối ngân sách từ hoạt động xuất, nhập khẩu ước đạt 271.300 tỷ đồng.",
                             date="2041-01-20"))
    assert claims["271.300 tỷ đồng"].subject == "Thu cân đối ngân sách từ hoạt động xuất, nhập khẩu"


def test_a_comparison_right_before_the_figure_names_no_subject():
    claims = by_text(extract("Đến nay, nông dân đã thả nuôi 96.392 ha, cao hơn cùng kỳ năm trước 843 ha.",
                             date="2040-11"))
    assert claims["843 ha"].subject == claims["96.392 ha"].subject


def test_keeping_up_a_rise_is_no_part_of_what_rose():
    claims = by_text(extract("Sau 10 tháng năm 2040, chỉ số sản xuất công nghiệp tiếp tục duy trì mức tăng trưởng "
                             "18,71% so với cùng kỳ năm trước.", date="2040-11"))
    assert claims["18,71%"].subject == "chỉ số sản xuất công nghiệp"


def test_an_item_after_a_bracketed_rise_joined_by_and_stays_in_the_estimate():
    claims = by_text(extract("Kim ngạch xuất khẩu 8 tháng năm 2040 ước đạt 1.533 triệu USD, gồm thủy sản ước đạt 19,7 "
                             "triệu USD (tăng 25,9%); thép 560 triệu USD (tăng 44,6%) và giày, da các loại gần 139 "
                             "triệu USD (tăng 31,8%).", date="2040-09"))
    assert claims["139 triệu USD"].modality == "estimate"
    assert claims["31,8%"].modality == "estimate"


def test_will_after_an_estimate_is_its_tense_not_a_forecast():
    claims = by_text(extract("Dự ước sản lượng thịt hơi xuất chuồng tháng 3 sẽ đạt 5.827 tấn. Năm 2041, sản lượng sẽ đạt "
                             "7.000 tấn.", date="2040-03"))
    assert claims["5.827 tấn"].modality == "estimate"
    assert claims["7.000 tấn"].modality == "expected"


def test_ratios_listed_without_a_base_take_the_base_that_closes_the_list():
    claims = by_text(extract("Đàn gia cầm đạt 8.657 nghìn con, bằng 98,01%; đàn bò ước đạt 7.980 con, bằng 94,79%; đàn "
                             "trâu 4.143 con, bằng 96,01% so cùng kỳ. Thu ngân sách đạt 50 tỷ đồng, bằng 90%; chi ngân "
                             "sách 40 tỷ đồng, bằng 80% dự toán.", date="2040-11"))
    for figure in ("98,01%", "94,79%", "96,01%"):
        assert (claims[figure].measure, claims[figure].basis) == ("ratio", "same_period"), figure
    assert claims["90%"].basis == "estimate"


def test_a_ratio_alone_with_no_base_is_to_the_plan():
    claims = by_text(extract("Thu ngân sách đạt 50 tỷ đồng, bằng 90%; tỷ lệ hộ nghèo còn 2%.", date="2040-11"))
    assert claims["90%"].basis == "plan"


def test_a_place_named_as_the_reference_of_a_rank_does_not_hold_the_figure():
    claims = by_text(extract("Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước trong quý "
                             "I/2040, với GRDP tăng 13,93%.", date="2040-04"))
    assert claims["13,93%"].place == "Trà Vinh"


def test_the_first_quarter_said_in_words():
    claims = by_text(extract("GRDP tại 57 tỉnh, thành ghi nhận tăng trưởng trong quý đầu tiên của năm 2040.",
                             date="2040-04"))
    assert claims["57 tỉnh, thành"].period == "2040-01/2040-03"


def test_licensing_projects_since_the_start_of_the_year_is_a_flow():
    claims = by_text(extract("Từ đầu năm đến nay, toàn tỉnh cấp phép cho 6 dự án đầu tư.", date="2040-04-20"))
    assert claims["6 dự án"].period == "2040-01/2040-04-20"


def test_a_now_after_a_comma_is_the_next_clauses():
    claims = by_text(extract("Với tăng trưởng GRDP trong quý I/2040 ước đạt 14,18%, Bắc Giang hiện là địa phương dẫn "
                             "đầu.", date="2040-04"))
    assert claims["14,18%"].period == "2040-01/2040-03"


def test_the_same_period_of_the_year_before_said_as_what_rose_is_that_periods_and_known():
    claims = by_text(extract("Trong 10 tháng năm 2040, chỉ số sản xuất công nghiệp ước tính tăng 8,3% so với cùng kỳ "
                             "năm trước, trong khi cùng kỳ năm 2039 tăng 0,5%. Ngành chế biến tăng 9,6% (cùng kỳ năm "
                             "trước tăng 0,7%).", date="2040-11-15"))
    assert (claims["0,5%"].period, claims["0,5%"].modality) == ("2039-01/2039-10", "actual")
    assert (claims["0,7%"].period, claims["0,7%"].modality) == ("2039-01/2039-10", "actual")
    assert (claims["9,6%"].period, claims["9,6%"].modality) == ("2040-01/2040-10", "estimate")


def test_the_base_said_after_the_figure_before_is_not_the_next_figures_subject():
    claims = by_text(extract("Tổng thu ngân sách ước thực hiện 39.491 tỷ đồng, đạt 55% dự toán Thủ tướng Chính phủ giao "
                             "và 50% dự toán điều chỉnh HĐND tỉnh thông qua.", date="2040-06"))
    assert claims["50%"].subject == "Tổng thu ngân sách"


def test_a_units_word_without_its_name_is_not_what_is_counted():
    claims = by_text(extract("Thị trấn có 1.655 hộ kinh doanh cá thể.", date="2040-07"))
    assert claims["1.655 hộ"].subject == "hộ kinh doanh cá thể"


def test_of_them_and_a_hope_name_nothing():
    claims = by_text(extract("Chăn nuôi quy mô nông hộ đạt 40.366 hộ, trong số đó có 11.460 hộ chăn nuôi lợn. Năm 2040, "
                             "tỉnh kỳ vọng đón 4,8 triệu lượt khách.", date="2040-03"))
    assert claims["11.460 hộ"].subject == "hộ chăn nuôi lợn"
    assert claims["4,8 triệu lượt khách"].subject == "lượt khách"


def test_targets_announced_with_their_year_open_a_list_of_targets():
    claims = by_text(extract("Mục tiêu năm 2041, toàn tỉnh giải quyết việc làm mới cho trên 22.500 lao động, nâng tỷ lệ "
                             "lao động qua đào tạo lên 69,5%.", date="2041-01-10"))
    assert claims["22.500 lao động"].modality == "target"
    assert claims["69,5%"].modality == "target"


def test_what_a_list_of_targets_says_will_be_done_is_a_target():
    claims = by_text(extract("Chỉ tiêu, nhiệm vụ năm 2041: tỉnh sẽ giải quyết việc làm 23.000 người.", date="2041-01-10"))
    assert (claims["23.000 người"].modality, claims["23.000 người"].period) == ("target", "2041")
    assert claims["23.000 người"].subject == "giải quyết việc làm"


def test_a_day_said_at_a_time_of_day():
    claims = by_text(extract("Tính đến trưa ngày 28/12, tỉnh thu ngân sách đạt 12.259 tỷ đồng.\n\nCụ thể, thu nội địa "
                             "đạt 11.040 tỷ đồng.", date="2040-12-28"))
    assert claims["12.259 tỷ đồng"].period == "2040-01/2040-12-28"
    assert claims["11.040 tỷ đồng"].period == "2040-01/2040-12-28"


def test_units_added_over_a_span_are_counted_over_it_whatever_state_they_reached():
    claims = by_text(extract("Trong quý 1 năm 2040, tỉnh có thêm 1 huyện, 14 xã đạt chuẩn nông thôn mới. Đến nay toàn "
                             "tỉnh có 20 huyện đạt chuẩn.", date="2040-04-09"))
    assert claims["1 huyện"].period == "2040-01/2040-03"
    assert claims["14 xã"].period == "2040-01/2040-03"
    assert claims["20 huyện"].period == "2040-04-09"


def test_a_caption_credit_and_an_officials_name_are_not_part_of_a_place_name():
    extraction = analyse("Trụ sở UBND huyện Đại Lộc Ảnh: Mạnh Cường\nTheo Cục trưởng Cục Thuế TP. Hồ Chí Minh Nguyễn "
                         "Nam Bình, 5 tháng đầu năm 2040, thu ngân sách đạt 185.104 tỷ đồng.", date="2040-06")
    assert by_text(extraction.claims)["185.104 tỷ đồng"].place == "Hồ Chí Minh"
    assert "Đại Lộc Ảnh" not in {name for claim in extraction.claims for name in [claim.place]}


def test_an_office_after_a_place_is_not_a_second_place_of_a_list():
    claims = by_text(extract("Tại hội nghị các tỉnh Quảng Nam, Cục Trồng trọt cho biết tỉnh gieo trồng 1.575 ha.",
                             date="2040-07-11"))
    assert claims["1.575 ha"].place == "Quảng Nam"


def test_a_change_in_the_bracket_of_a_share_or_a_ratio_said_higher_is_in_points():
    claims = by_text(extract("Khối lượng thực hiện bằng 46,8% kế hoạch (cao hơn cùng kỳ 3,2%). Có 11.572 hộ nghèo, "
                             "chiếm tỷ lệ 3,04% (giảm 0,75%). Thu đạt 90% dự toán (tăng 5% so với cùng kỳ).",
                             date="2040-09-07"))
    assert claims["3,2%"].measure == "change"
    assert (claims["0,75%"].measure, claims["0,75%"].value) == ("change", -0.75)
    assert claims["5%"].measure == "growth"


def test_a_running_total_raised_by_a_forecast_is_a_forecast():
    claims = by_text(extract("Bước sang tháng 6/2040, Cục Thuế dự tính số thu được 21.345 tỷ đồng, tăng 24,1%; nâng mức "
                             "thu lũy kế 6 tháng lên 206.461 tỷ đồng, đạt 58,7% dự toán.", date="2040-06"))
    assert claims["21.345 tỷ đồng"].modality == "expected"
    assert claims["206.461 tỷ đồng"].modality == "expected"
    assert claims["206.461 tỷ đồng"].period == "2040-01/2040-06"


def test_a_cause_before_a_count_names_nothing_counted():
    claims = by_text(extract("Cũng do ảnh hưởng của dịch COVID-19 nên từ đầu năm đến nay có 69 doanh nghiệp giải thể.",
                             date="2040-12-10"))
    assert claims["69 doanh nghiệp"].subject == "doanh nghiệp giải thể"


def test_since_the_start_of_the_year_runs_to_the_end_of_the_month_the_text_names():
    claims = by_text(extract("Tính đến cuối tháng 11-2040, toàn tỉnh có 337 doanh nghiệp thành lập mới. Từ đầu năm đến "
                             "nay có 69 doanh nghiệp giải thể.", date="2040-12"))
    assert claims["69 doanh nghiệp"].period == "2040-01/2040-11"


def test_a_rise_in_the_bracket_of_a_structure_share_with_its_base_is_the_amounts_growth():
    claims = by_text(extract("Thành phần điện tiêu dùng chiếm tỷ trọng 60,05% (tăng 4,24% so với cùng kỳ năm 2039).",
                             date="2040-12"))
    assert claims["4,24%"].measure == "growth"


def test_one_of_the_n_is_not_a_count_out_of_a_whole():
    claims = by_text(extract("Gia Lai là 1 trong 8 địa phương có mức tăng trưởng dưới 8%.", date="2040-10"))
    assert "8 địa phương" in claims


def test_a_bracket_with_its_own_indicator_and_verb_does_not_restate_the_rise():
    claims = by_text(extract("Vùng đồng bằng sông Hồng có 34,7 nghìn doanh nghiệp mới, tăng 6,5% (vốn đăng ký đạt 426,2 "
                             "nghìn tỷ đồng, tăng 30,9%).", date="2040-11"))
    assert claims["426,2 nghìn tỷ đồng"].measure == "level"


def test_what_a_part_adds_to_the_rise_of_the_whole_is_its_contribution():
    claims = by_text(extract("Nhóm giáo dục tăng 31,53% (tác động làm CPI bình quân 6 tháng tăng 2,49%). Khu vực nông "
                             "nghiệp tăng 1,57%, làm tăng 0,15 điểm phần trăm; ngành khai khoáng giảm 7,2%, làm giảm 1,1 "
                             "điểm % trong mức tăng chung. Số người có việc làm tăng 5%.", date="2040-06"))
    assert claims["2,49%"].measure == "share"
    assert (claims["0,15 điểm phần trăm"].measure, claims["0,15 điểm phần trăm"].subject) == ("share", "Khu vực nông nghiệp")
    assert (claims["1,1 điểm %"].measure, claims["1,1 điểm %"].value) == ("share", -1.1)
    assert claims["5%"].measure == "growth"


def test_the_branches_of_manufacturing_listed_after_an_estimated_index_are_its_parts():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp tháng 8 ước tăng 11,2% so với cùng kỳ. Các ngành công nghiệp "
                             "tăng trưởng mạnh là dệt tăng 13,3%, đồ uống tăng 14,7%. Doanh thu bán lẻ trên địa bàn "
                             "tăng 10%.", date="2040-09"))
    assert claims["13,3%"].modality == "estimate"
    assert claims["14,7%"].modality == "estimate"
    assert claims["10%"].modality == "actual"


def test_a_school_year_in_the_cause_of_a_figure_does_not_date_the_sentences_after_it():
    claims = by_text(extract("CPI bình quân 6 tháng năm 2040 tăng 5,39%. Nhóm giáo dục tăng 31,53% do các trường học áp "
                             "dụng mức tăng học phí trong năm học 2039-2040. Nhóm nhà ở tăng 6,02%.", date="2040-06-28"))
    assert claims["6,02%"].period == "2040-01/2040-06"


def test_the_year_a_comparison_starts_from_is_not_the_quarters():
    claims = by_text(extract("GDP quý I tăng 6,93% và là mức tăng cao nhất của quý I kể từ năm 2020 đến nay. Bắc Giang "
                             "tăng 13,82%.", date="2040-04-16"))
    assert claims["13,82%"].period == "2040-01/2040-03"


def test_by_the_end_of_a_month_runs_from_january_for_an_amount():
    claims = by_text(extract("Theo Tổng cục Hải quan, hết tháng 5/2040, tỉnh thu về kim ngạch xuất khẩu 12,15 tỷ USD. Hết "
                             "tháng 5, toàn tỉnh có 120 doanh nghiệp đang hoạt động.", date="2040-06"))
    assert claims["12,15 tỷ USD"].period == "2040-01/2040-05"
    assert claims["120 doanh nghiệp"].period == "2040-05"


def test_a_year_said_inside_a_sentence_of_a_report_on_part_of_it_dates_that_sentence_only():
    claims = by_text(extract("Trong 6 tháng đầu năm 2040, kinh tế huyện tăng trưởng khá. Toàn huyện có 8 sản phẩm đăng "
                             "ký OCOP trong năm 2040. Tổng giá trị sản xuất ngành dịch vụ ước đạt hơn 367 tỷ đồng.",
                             date="2040-07-15"))
    assert claims["367 tỷ đồng"].period == "2040-01/2040-06"


def test_a_year_that_opens_its_sentence_still_dates_the_sentences_after_it():
    claims = by_text(extract("GRDP quý IV/2040 ước tăng 7,40%. Trong cả năm 2040, GRDP ước tăng 12,64%. Thành phố xếp thứ "
                             "2 trong vùng (sau Hậu Giang, tăng 13,94%).", date="2041-01-05"))
    assert claims["13,94%"].period == "2040"


def test_a_count_said_with_a_rate_counts_what_the_rate_is_of():
    claims = by_text(extract("Tỷ lệ hộ nghèo chung cả nước 4,03% với 1.057.374 hộ phân theo các khu vực như sau.",
                             date="2041-02"))
    assert claims["1.057.374 hộ"].subject.startswith("số hộ nghèo")
