"""Rules from the seventh set of unseen rounds (December 2026): a crop season's year dates its figures, a running total
in a report of the year runs to the report's month, "hết ngày D" is by that day, a place in a guest's office or among
the units merged into a new one is not where a figure holds, and a unit's prefix may be one letter and a dot.
Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.places import find_places, main_place  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_year_right_after_a_crop_season_dates_the_seasons_figures_not_the_reports_month():
    claims = by_text(extract("Tình hình kinh tế - xã hội tháng 11 năm 2040 tỉnh Hòa Bình\nTổng diện tích gieo trồng vụ "
                             "Mùa 2040 đạt 53,47 nghìn ha, giảm 0,9% so với vụ Mùa năm 2039. Trong đó, cây lúa 40,2 nghìn "
                             "ha.", date="2040-12-03"))
    assert claims["53,47 nghìn ha"].period == "2040"
    assert claims["0,9%"].period == "2040"
    assert claims["40,2 nghìn ha"].period == "2040"


def test_the_year_of_a_season_compared_with_is_a_base_not_the_period():
    claims = by_text(extract("Năng suất lúa vụ Xuân đạt 60 tạ/ha, tăng 1,3% so với vụ Xuân 2039.", date="2040-06-20"))
    assert claims["1,3%"].period != "2039"


def test_a_running_total_in_a_report_of_the_year_runs_from_january_to_the_reports_month():
    claims = by_text(extract("GRDP quý 4 đạt 8,05% (cả năm ước đạt 8,44%). Lũy kế tổng sản lượng thủy sản ước đạt "
                             "300.838 tấn, tăng 12,9%.", date="2040-12-29"))
    assert claims["300.838 tấn"].period == "2040"  # (January to December: the year)


def test_a_running_total_alone_in_an_article_is_not_dated_by_the_articles_month():
    claims = by_text(extract("Lũy kế đến nay, huyện đã hỗ trợ 500 hộ làm nhà ở.", date="2040-12-29"))
    assert claims["500 hộ"].period != "2040-01/2040-12"


def test_by_the_end_of_a_day_without_to_is_a_span_from_january_for_an_amount_done():
    claims = by_text(extract("Thu ngân sách nhà nước, số liệu hết ngày 26/12/2040, đạt 28.569 tỷ đồng, tăng 11,8% so "
                             "với cùng kỳ.", date="2040-12-29"))
    assert claims["11,8%"].period == "2040-01/2040-12-26"


def test_a_place_in_the_office_of_a_guest_from_a_larger_unit_is_not_where_the_figure_holds():
    claims = by_text(extract("Phường Kinh Môn: Đại hội Đảng bộ lần thứ I\nĐại hội Đảng bộ phường Kinh Môn (Hải Phòng) lần thứ I, nhiệm kỳ 2040-2045 khai mạc. Cùng dự "
                             "có ông Nguyễn Văn A, Phó Chủ tịch UBND TP Hải Phòng và 200 đại biểu đại diện cho 1.450 đảng "
                             "viên của Đảng bộ.", date="2040-08-15"))
    assert claims["200 đại biểu"].place == "Kinh Môn"
    assert claims["1.450 đảng viên"].place == "Kinh Môn"


def test_the_units_merged_into_a_new_commune_do_not_hold_its_figures():
    claims = by_text(extract("Xã Nghĩa Hành sau khi được thành lập trên cơ sở sáp nhập từ 3 xã: Phú Sơn, Nghĩa Hành và "
                             "Tân Hương (huyện Tân Kỳ cũ), có diện tích tự nhiên 112 km2, dân số 22.312 người.",
                             date="2040-08-19"))
    assert claims["112 km2"].place == "Nghĩa Hành"
    assert claims["22.312 người"].place == "Nghĩa Hành"


def test_a_one_letter_prefix_and_a_dot_name_a_unit_of_two_words():
    mentions = find_places("P.Phong Quảng được thành lập trên cơ sở sáp nhập P.Phong Hải (TX.Phong Điền cũ) và "
                           "H.Quảng Điền.")
    assert [m.names[0] for m in mentions] == ["Phong Quảng", "Phong Hải", "Phong Điền", "Quảng Điền"]
    assert [m.merged for m in mentions] == [False, True, True, True]


def test_a_one_letter_and_a_dot_before_a_single_word_is_a_person_not_a_unit():
    assert find_places("Ảnh: P.Hoa") == []


def test_a_bracket_saying_what_a_total_takes_in_leaves_the_total_as_the_subject():
    claims = by_text(extract("Tổng diện tích gieo trồng cây hàng năm (bao gồm cả cây sắn) đạt 53,47 nghìn ha.",
                             date="2040-12-03"))
    assert claims["53,47 nghìn ha"].subject == "Tổng diện tích gieo trồng cây hàng năm"


def test_a_list_between_two_paragraphs_of_goals_goes_on_with_them():
    claims = by_text(extract("Đại hội đặt mục tiêu tổng thu ngân sách đến năm 2045 là hơn 180 tỷ đồng; tổng vốn đầu tư "
                             "toàn xã hội từ 10.000 tỷ đồng.\n\nThu nhập bình quân đầu người đạt trên 85 triệu đồng; tỷ lệ "
                             "hộ nghèo dưới 0,5%.\n\nTỷ lệ lao động qua đào tạo đến năm 2045 đạt 78,75%.",
                             date="2040-08-18"))
    assert (claims["85 triệu đồng"].modality, claims["85 triệu đồng"].period) == ("target", "2045")
    assert (claims["0,5%"].modality, claims["0,5%"].period) == ("target", "2045")


def test_a_paragraph_after_goals_that_reports_what_is_keeps_its_own_time():
    claims = by_text(extract("Đại hội đặt mục tiêu đến năm 2045 có 180 trường đạt chuẩn; tỷ lệ hộ nghèo dưới 0,5%.\n\n"
                             "Bậc mầm non có 171 trường; bậc tiểu học có 90 trường.\n\nNhiệm kỳ qua, xã đã đạt nhiều kết "
                             "quả.", date="2040-08-18"))
    assert claims["171 trường"].modality == "actual"


def test_a_year_said_to_be_the_last_of_a_term_is_reviewed_not_the_term():
    claims = by_text(extract("Phường A: Nhiều chỉ tiêu đạt kế hoạch\nNăm 2040 là năm cuối thực hiện Nghị quyết Đại hội "
                             "Đảng bộ các cấp, nhiệm kỳ 2035-2040. Giá trị tổng sản phẩm ước đạt 38.383 tỷ đồng; tổng thu "
                             "ngân sách ước đạt 1.318 tỷ đồng.", date="2040-12-12"))
    assert claims["38.383 tỷ đồng"].period == "2040"
    assert claims["1.318 tỷ đồng"].period == "2040"


def test_the_term_just_ended_is_the_time_of_the_results_said_of_it():
    claims = by_text(extract("Đại hội Đảng bộ phường A lần thứ I, nhiệm kỳ 2040-2045 khai mạc. Đại biểu ghi nhận những kết "
                             "quả đạt được trong nhiệm kỳ qua. Tổng giá trị sản xuất tăng 10,86%/năm; thu nhập bình quân "
                             "đầu người đạt 86 triệu đồng.", date="2040-08-15"))
    assert claims["10,86%/năm"].period == "2035/2040"
    assert claims["86 triệu đồng"].period == "2040"


def test_a_count_joined_to_another_noun_or_to_whom_it_stands_for_names_itself():
    claims = by_text(extract("Cùng dự có ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh và 200 đại biểu đại diện cho 1.450 "
                             "đảng viên của Đảng bộ.", date="2040-08-15"))
    assert claims["200 đại biểu"].subject == "đại biểu"
    assert claims["1.450 đảng viên"].subject == "đảng viên"


def test_the_pivotal_year_is_no_count_of_villages():
    claims = extract("Tạo tiền đề để hoàn thành mục tiêu năm bản lề 2040. Xã có năm bản đạt chuẩn.", date="2040-09-20")
    assert [claim.text for claim in claims] == ["năm bản"]


def test_a_seasons_harvest_in_a_monthly_report_is_of_the_seasons_year():
    claims = by_text(extract("Tình hình kinh tế - xã hội tháng 11 năm 2040\nKết quả sản xuất vụ thu mùa. Năng "
                             "suất lúa mùa đạt 52,1 tạ/ha, giảm 3,0% so với cùng kỳ; sản lượng lương thực có hạt 729,4 "
                             "nghìn tấn, giảm 4,7% so với vụ mùa năm 2039.", date="2040-11-29"))
    assert claims["52,1 tạ/ha"].period == "2040"
    assert claims["729,4 nghìn tấn"].period == "2040"


def test_a_seasons_figure_said_in_the_month_keeps_the_month():
    claims = by_text(extract("Tình hình kinh tế - xã hội tháng 8 năm 2040\nTrong tháng, diện tích lúa Xuân thu hoạch đạt "
                             "6.369 ha.", date="2040-08-28"))
    assert claims["6.369 ha"].period == "2040-08"


def test_indicators_compared_with_the_year_before_announce_results_not_targets():
    claims = by_text(extract("Một số chỉ tiêu kinh tế, xã hội tiếp tục duy trì được mức tăng trưởng so với cùng kỳ, trong "
                             "đó: chỉ số sản xuất công nghiệp tháng 4 tăng 8,42% so cùng kỳ.", date="2040-05"))
    assert (claims["8,42%"].modality, claims["8,42%"].period) == ("actual", "2040-04")


def test_a_word_of_a_places_name_is_no_cue_of_a_plan():
    claims = by_text(extract("Huyện Giao Thủy có 500 ha lúa.", date="2040-10-26"))
    assert claims["500 ha"].modality == "actual"


def test_an_amount_written_with_its_sign_is_a_rise_or_fall():
    claims = by_text(extract("Sản lượng trứng gia cầm 381.656 nghìn quả, tăng 9,9% (+34.414 nghìn quả) so với cùng kỳ. "
                             "Diện tích lúa giảm nhiều ở huyện Ý Yên (-338 ha), Trực Ninh (-227 ha).", date="2040-10-26"))
    assert (claims["+34.414 nghìn quả"].measure, claims["+34.414 nghìn quả"].basis) == ("change", "same_period")
    assert (claims["-227 ha"].measure, claims["-227 ha"].value) == ("change", -227)


def test_the_fatherland_front_of_vietnam_is_a_body_not_the_country():
    claims = by_text(extract("Tham dự có lãnh đạo UBMTTQ Việt Nam tỉnh. Giá trị sản xuất nông nghiệp ước đạt 795 tỷ đồng.",
                             date="2040-02-15"))
    assert claims["795 tỷ đồng"].place != "Việt Nam"


def test_the_sectors_listed_after_a_structures_change_change_in_points_too():
    claims = by_text(extract("Với kết quả như trên thì cơ cấu kinh tế khu vực nông, lâm nghiệp và thủy sản giảm 1,02%; khu "
                             "vực công nghiệp và xây dựng tăng 4,19%; khu vực dịch vụ giảm 2,19% so với cùng kỳ năm "
                             "trước.", date="2040-07-01"))
    assert claims["1,02%"].subject == "cơ cấu kinh tế khu vực nông, lâm nghiệp và thủy sản"
    assert [claims[t].measure for t in ("1,02%", "4,19%", "2,19%")] == ["change"] * 3


def test_a_count_of_targets_out_of_all_exceeded_is_how_many_not_a_change():
    claims = by_text(extract("Trong tổng số 25 chỉ tiêu của xã đề ra, đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu.",
                             date="2040-12-23"))
    assert (claims["10/25 chỉ tiêu"].measure, claims["10/25 chỉ tiêu"].basis) == ("level", None)


def test_a_running_total_said_as_cong_don_keeps_the_indicator_before_it():
    claims = by_text(extract("Diện tích ngô thu hoạch trong tháng ước đạt 5.821 ha; cộng dồn từ đầu năm ước 14.304 ha.",
                             date="2040-08-28"))
    assert claims["14.304 ha"].subject == claims["5.821 ha"].subject
    assert claims["14.304 ha"].period == "2040-01/2040-08"


def test_the_targets_set_counted_then_named_after_trong_do_are_targets():
    claims = by_text(extract("Nhiệm kỳ 2040-2045, phường đề ra 27 chỉ tiêu cụ thể, trong đó có tốc độ tăng tổng giá trị sản "
                             "phẩm bình quân hàng năm trên 10,6%; tỷ lệ giải quyết hồ sơ hành chính đúng hạn đạt 100%.",
                             date="2040-08-14"))
    assert [claims[t].modality for t in ("10,6%", "100%")] == ["target", "target"]


def test_a_growth_rate_each_year_said_before_its_figure_keeps_its_default_base():
    claims = by_text(extract("Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 8%. Tỷ lệ hộ nghèo bình quân mỗi năm giảm "
                             "1,17%.", date="2040-12-14"))
    assert (claims["8%"].measure, claims["8%"].basis) == ("growth", "same_period")
    assert (claims["1,17%"].measure, claims["1,17%"].basis) == ("change", "prior_year")


def test_the_level_that_assigned_said_right_after_a_percent_is_its_base():
    claims = by_text(extract("Thu ngân sách nhà nước đạt 135,7% xã giao. Giảm 693 hộ nghèo, đạt 192,5% tỉnh giao. 100% xã "
                             "giao thông thuận lợi.", date="2040-12-23"))
    assert (claims["135,7%"].measure, claims["135,7%"].basis) == ("ratio", "estimate")
    assert (claims["192,5%"].measure, claims["192,5%"].basis, claims["192,5%"].subject) == ("ratio", "target", "hộ nghèo")
    assert claims["100%"].measure == "share"


def test_places_counted_at_a_rate_they_reached_are_a_status_at_the_date():
    claims = by_text(extract("Giải ngân vốn đầu tư công cả nước đến ngày 31/8/2040 là hơn 299.447 tỷ đồng. Có 11 bộ, cơ quan "
                             "trung ương và 33 địa phương có tỉ lệ giải ngân đạt từ 40%.", date="2040-09-06"))
    assert claims["33 địa phương"].period == "2040-08-31"


def test_a_text_whose_figures_start_before_any_place_and_then_ranks_provinces_is_about_the_country():
    text = ("Theo đó, chỉ số IIP tháng 11 tăng 5,3% so với cùng kỳ năm 2039. Bên cạnh đó, Tổng cục Thống kê cho biết, địa "
            "phương có chỉ số IIP tăng cao nhất là Bắc Giang với 36,4%. Theo UBND tỉnh Bắc Giang, … Thấp nhất là Cần "
            "Thơ với 2,1%.")
    assert main_place(text, find_places(text)) == "Việt Nam"


def test_a_provinces_own_text_naming_its_province_after_the_figures_stays_the_provinces():
    text = ("Chỉ số IIP tháng 11 tăng 5,3% so với cùng kỳ. Toàn tỉnh có 12 khu công nghiệp. So với Bắc Giang và Hải "
            "Dương, Bắc Ninh vẫn dẫn đầu.")
    assert main_place(text, find_places(text)) != "Việt Nam"
