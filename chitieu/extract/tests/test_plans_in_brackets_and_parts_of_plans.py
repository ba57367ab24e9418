"""Rules from a round of unseen reports: the plan's own amount in a bracket after a ratio to that plan, the parts of
a planned total, and an item after ";" that opens on a verb of its own. Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_amount_in_a_bracket_after_a_ratio_to_the_plan_is_the_plans_own():
    claims = by_text(extract("Thu nhập bình quân đầu người năm 2040 ước đạt 81,5 triệu đồng, đạt 90,6% KH "
                             "(KH trên 90 triệu đồng).", date="2041-01-08"))
    assert claims["81,5 triệu đồng"].modality == "estimate"
    assert (claims["90,6%"].measure, claims["90,6%"].basis) == ("ratio", "plan")
    assert claims["90 triệu đồng"].modality == "target"


def test_a_plan_word_right_after_a_percent_is_still_that_ratios_base():
    claims = by_text(extract("Năm 2040, giá trị sản xuất đạt 78,6% kế hoạch năm tăng 9,3%.", date="2041-01-08"))
    assert (claims["78,6%"].measure, claims["78,6%"].basis) == ("ratio", "plan")


def test_the_parts_of_a_planned_total_are_planned_amounts():
    claims = by_text(extract("Kế hoạch thu ngân sách năm 2040 được giao là 412,5 tỷ đồng, trong đó thu thuế 250,1 tỷ "
                             "đồng, thu tiền sử dụng đất là 140 tỷ đồng, thu khác 22,4 tỷ đồng.", date="2040-07-03"))
    for figure in ("412,5 tỷ đồng", "250,1 tỷ đồng", "140 tỷ đồng", "22,4 tỷ đồng"):
        assert claims[figure].modality == "target", figure


def test_a_part_of_a_plan_that_says_what_was_done_is_a_result():
    claims = by_text(extract("Dự toán vốn năm 2040 được giao 300 tỷ đồng, trong đó đã giải ngân 120 tỷ đồng.",
                             date="2040-07-03"))
    assert claims["300 tỷ đồng"].modality == "target"
    assert claims["120 tỷ đồng"].modality == "actual"


def test_an_item_after_a_semicolon_that_opens_on_its_own_verb_is_a_result():
    claims = by_text(extract("Số lao động có việc làm mới ước đạt 3.100 người, đạt 95% kế hoạch; đào tạo nghề cho "
                             "1.250 người, đạt 89% kế hoạch.", date="2041-01-08"))
    assert claims["3.100 người"].modality == claims["95%"].modality == "estimate"
    assert claims["1.250 người"].modality == claims["89%"].modality == "actual"


def test_an_item_after_a_semicolon_without_a_verb_stays_in_the_estimate():
    claims = by_text(extract("Sản lượng chè ước đạt 2.700 tấn, đạt 97% kế hoạch; quế 640 ha, đạt 91% kế hoạch.",
                             date="2041-01-08"))
    for figure in ("2.700 tấn", "97%", "640 ha", "91%"):
        assert claims[figure].modality == "estimate", figure


def test_a_report_on_carrying_out_the_goals_of_the_half_year_dates_the_figures_after_it():
    text = ("Kỳ họp thảo luận báo cáo về thực hiện các nhiệm vụ, mục tiêu phát triển kinh tế - xã hội 6 tháng đầu năm, "
            "nhiệm vụ, giải pháp 6 tháng cuối năm 2040. Tổng diện tích gieo trồng vụ xuân 5.100 ha, đạt 104% kế hoạch.")
    claims = by_text(extract(text, date="2040-07-20"))
    assert claims["5.100 ha"].period == claims["104%"].period == "2040-01/2040-06"
    assert claims["5.100 ha"].modality == "actual"


def test_a_range_of_percents_reached_is_a_ratio_to_the_plan():
    claims = by_text(extract("Năm 2040, có 20/24 chỉ tiêu đạt từ 80-100%, 4/24 chỉ tiêu đạt từ 60-80% kế hoạch; "
                             "thu ngân sách đạt từ 90-95% dự toán.", date="2041-01-08"))
    assert (claims["80-100%"].measure, claims["80-100%"].basis) == ("ratio", "plan")
    assert (claims["60-80%"].measure, claims["60-80%"].basis) == ("ratio", "plan")
    assert (claims["90-95%"].measure, claims["90-95%"].basis) == ("ratio", "estimate")


def test_ck_after_a_percent_is_the_same_period_a_year_before():
    claims = by_text(extract("Năm 2040, sản lượng lương thực đạt 21.300 tấn, bằng 104,2% CK; giá trị sản xuất tăng 6,1% CK.",
                             date="2041-01-08"))
    assert (claims["104,2%"].measure, claims["104,2%"].basis) == ("ratio", "same_period")
    assert (claims["6,1%"].measure, claims["6,1%"].basis) == ("growth", "same_period")


def test_the_tasks_a_district_sets_for_next_year_are_targets():
    text = ("Năm 2040, thu ngân sách đạt 31 tỷ đồng.\n\nNăm 2041, huyện đề ra một số nhiệm vụ trọng tâm: sản lượng "
            "lương thực đạt trên 20.000 tấn. Diện tích chè 650 ha; diện tích quế 420 ha.")
    claims = by_text(extract(text, date="2041-01-08"))
    assert claims["31 tỷ đồng"].modality == "actual"
    for figure in ("20.000 tấn", "650 ha", "420 ha"):
        assert claims[figure].modality == "target", figure


def test_a_text_on_a_province_in_general_and_a_district_in_particular_is_about_the_district():
    text = ("Tình hình kinh tế 6 tháng đầu năm 2040 trên địa bàn tỉnh Lâm Đồng nói chung và huyện Đức Trọng nói riêng "
            "phát triển ổn định.\n\nTổng thu ngân sách 6 tháng đạt 215 tỷ đồng, đạt 41% kế hoạch.")
    claims = by_text(extract(text, date="2040-07-10"))
    assert claims["215 tỷ đồng"].place == claims["41%"].place == "Đức Trọng"


def test_this_locality_is_the_one_the_text_is_about_not_one_named_in_an_aside():
    text = ("Quý I/2040, tốc độ tăng trưởng GRDP của Nghệ An ước đạt 6,9%, đứng thứ 2 khu vực (chỉ sau Thanh Hóa với "
            "11,2%).\n\nTrong đó, khu vực dịch vụ của địa phương này ước tính tăng 5,1%.")
    claims = by_text(extract(text, date="2040-04-05"))
    assert claims["11,2%"].place == "Thanh Hóa"
    assert claims["5,1%"].place == "Nghệ An"


def test_an_average_rise_named_before_its_figure_is_a_growth():
    claims = by_text(extract("Giai đoạn 2036-2040, vốn đầu tư toàn xã hội tăng bình quân ước đạt 18,2%/năm "
                             "(KH 15%/năm).", date="2041-01-05"))
    assert (claims["18,2%/năm"].measure, claims["18,2%/năm"].modality) == ("growth", "estimate")
    assert (claims["15%/năm"].measure, claims["15%/năm"].modality) == ("growth", "target")


def test_a_total_raised_to_since_the_start_of_the_year_holds_now():
    text = ("Từ đầu năm đến nay, có 312 doanh nghiệp thành lập mới (tăng 8% so với cùng kỳ), nâng tổng số doanh nghiệp "
            "đang hoạt động trên địa bàn lên 6.450 doanh nghiệp với tổng vốn đăng ký 98.200 tỷ đồng.")
    claims = by_text(extract(text, date="2040-06-28"))
    assert claims["312 doanh nghiệp"].period == "2040-01/2040-06-28"
    assert claims["6.450 doanh nghiệp"].period == claims["98.200 tỷ đồng"].period == "2040-06-28"


def test_the_parts_of_a_planned_total_said_in_the_next_sentence_are_planned_too():
    claims = by_text(extract("Kế hoạch vốn đầu tư công năm 2040 là 312.500 triệu đồng. Trong đó, ngân sách cấp tỉnh là "
                             "201.000 triệu đồng, ngân sách cấp huyện là 111.500 triệu đồng.", date="2040-07-05"))
    for figure in ("312.500 triệu đồng", "201.000 triệu đồng", "111.500 triệu đồng"):
        assert claims[figure].modality == "target", figure


def test_the_crops_listed_after_an_estimated_total_ending_with_trong_do_are_estimates():
    text = ("Sản lượng lương thực có hạt ước đạt 98.400 tấn, giảm 2,1% so với cùng kỳ. Trong đó:\n\n"
            "Cây lúa: Gieo cấy 12.300 ha, đạt 101% kế hoạch; sản lượng đạt 70.100 tấn.\n\n"
            "Cây ngô: Diện tích gieo trồng 5.200 ha, giảm 8% so với cùng kỳ.\n\n"
            "Chăn nuôi phát triển ổn định, đàn bò có 95.000 con.")
    claims = by_text(extract(text, date="2040-09-28"))
    for figure in ("12.300 ha", "101%", "70.100 tấn", "5.200 ha", "8%"):
        assert claims[figure].modality == "estimate", figure
    assert claims["95.000 con"].modality == "actual"


def test_the_sections_after_the_index_of_industrial_production_take_its_modality_not_the_gdps():
    text = ("Tổng sản phẩm trên địa bàn 6 tháng ước tính tăng 6,1% so với cùng kỳ.\n\n"
            "Chỉ số sản xuất công nghiệp tháng 6 tăng 7,4% so với cùng kỳ năm trước. Trong đó, ngành khai khoáng "
            "tăng 5,2%; ngành công nghiệp chế biến, chế tạo tăng 8,1%.")
    claims = by_text(extract(text, date="2040-06-29"))
    assert claims["6,1%"].modality == "estimate"
    for figure in ("7,4%", "5,2%", "8,1%"):
        assert claims[figure].modality == "actual", figure


def test_the_only_district_a_text_names_is_its_place_when_it_speaks_of_the_district():
    text = ("Năm 2040, tình hình kinh tế của huyện được duy trì, sản lượng lương thực đạt trên 18.200 tấn, đạt 103% so "
            "với nghị quyết đề ra; thu ngân sách trên địa bàn đạt 21,4 tỷ đồng.\n\nVăn hóa, giáo dục, y tế tiếp tục "
            "được quan tâm. Năm 2041, huyện Chợ Đồn phấn đấu sản lượng lương thực đạt 18.500 tấn.")
    claims = by_text(extract(text, date="2041-01-06"))
    assert claims["18.200 tấn"].place == claims["21,4 tỷ đồng"].place == "Chợ Đồn"


def test_the_plan_half_of_a_done_and_planned_pair_is_the_plan_of_the_year_of_what_was_done():
    text = ("Hội nghị tổng kết năm 2040, triển khai nhiệm vụ năm 2041.\n\nNăm 2040, kinh tế huyện ổn định.\n\n"
            "Diện tích gieo trồng ước đạt trên 4.100 ha; trồng rừng đạt 405/350 ha, đạt 115,7% kế hoạch.\n\n"
            "Nhiệm vụ trọng tâm năm 2041, huyện phấn đấu trồng rừng 400 ha.")
    claims = by_text(extract(text, date="2040-12"))
    assert (claims["405"].modality, claims["405"].period) == ("actual", "2040")
    assert (claims["350 ha"].modality, claims["350 ha"].period) == ("target", "2040")
    assert (claims["400 ha"].modality, claims["400 ha"].period) == ("target", "2041")


def test_a_subject_drops_goes_on_and_this_province_before_its_verb():
    claims = by_text(extract("Năm 2040, tốc độ tăng trưởng kinh tế tiếp tục đạt 7,2%; chỉ số sản xuất công nghiệp của "
                             "tỉnh này tăng 9,4%.", date="2041-01-05"))
    assert claims["7,2%"].subject == "tốc độ tăng trưởng kinh tế"
    assert claims["9,4%"].subject == "chỉ số sản xuất công nghiệp"


def test_a_paragraph_headed_by_a_crop_names_the_crop_of_its_measures():
    text = ("Sản xuất nông nghiệp 9 tháng năm 2040:\n\nCây lúa: Năng suất bình quân đạt 57,1 tạ/ha; sản lượng đạt "
            "80.200 tấn.\n\nCây ngô: Sản lượng đạt 31.400 tấn.")
    claims = by_text(extract(text, date="2040-09-28"))
    assert claims["80.200 tấn"].subject == "sản lượng lúa"
    assert claims["31.400 tấn"].subject == "Sản lượng ngô"


def test_the_communes_named_after_a_count_are_who_they_are_not_what_is_counted():
    claims = by_text(extract("Đến hết tháng 6 năm 2040, huyện Na Hang đã có 3 xã là: Năng Khả, Sơn Phú và Thanh Tương "
                             "đạt chuẩn nông thôn mới.", date="2040-07-10"))
    assert claims["3 xã"].subject == "xã đạt chuẩn nông thôn mới"
    assert claims["3 xã"].place == "Na Hang"


def test_the_goals_that_go_on_after_a_horizon_are_for_that_year():
    text = ("Đảng bộ xã nhiệm kỳ 2040-2045 đặt mục tiêu đến năm 2045, tốc độ tăng giá trị sản xuất bình quân đạt "
            "8%/năm; thu ngân sách trên địa bàn đạt trên 25 tỷ đồng. Thu nhập bình quân đầu người đạt trên 90 triệu "
            "đồng/năm. Tỷ lệ hộ nghèo giảm còn 1,5%.")
    claims = by_text(extract(text, date="2040-08-20"))
    assert (claims["8%/năm"].modality, claims["8%/năm"].period) == ("target", "2040/2045")
    for figure in ("25 tỷ đồng", "90 triệu đồng/năm", "1,5%"):
        assert (claims[figure].modality, claims[figure].period) == ("target", "2045"), figure


def test_a_bracket_of_the_corresponding_figures_of_another_time_gives_each_its_counterparts_kind_and_that_time():
    text = ("6 tháng đầu năm 2040, khu vực nông nghiệp chiếm tỷ trọng 20,4%; khu vực công nghiệp chiếm 31,9%; khu vực "
            "dịch vụ chiếm 43,8% (cơ cấu tương ứng của 6 tháng đầu năm 2039 là: 22,8%; 25,8%; 47,2%). Quý I/2041, "
            "khu vực công nghiệp chiếm 42,1%; khu vực dịch vụ chiếm 32,0% (Cơ cấu tương ứng của cùng kỳ năm 2040 là: "
            "40,1%; 32,2%).")
    claims = by_text(extract(text, date="2041-04-05"))
    assert claims["43,8%"].period == "2040-01/2040-06"
    for figure, subject in (("22,8%", "khu vực nông nghiệp"), ("25,8%", "khu vực công nghiệp"), ("47,2%", "khu vực dịch vụ")):
        assert (claims[figure].measure, claims[figure].period, claims[figure].subject) == ("share", "2039-01/2039-06", subject)
    for figure, subject in (("40,1%", "khu vực công nghiệp"), ("32,2%", "khu vực dịch vụ")):
        assert (claims[figure].measure, claims[figure].period, claims[figure].subject) == ("share", "2040-01/2040-03", subject)


def test_a_ratio_to_a_resolution_of_a_year_is_dated_by_the_report_not_by_that_year():
    text = ("9 tháng năm 2040, tổng thu ngân sách ước đạt 4.100 tỷ đồng, đạt 81% so với Nghị quyết của Tỉnh ủy năm 2040."
            "\n\nGiá trị xuất khẩu ước đạt 1.250 triệu USD, bằng 72% kế hoạch năm.")
    claims = by_text(extract(text, date="2040-09-27"))
    for figure in ("4.100 tỷ đồng", "81%", "1.250 triệu USD", "72%"):
        assert claims[figure].period == "2040-01/2040-09", figure


def test_the_district_whose_party_committee_meets_is_a_place():
    text = ("Sáng 10/7, Ban chấp hành Đảng bộ huyện Long Điền khóa XII tổ chức hội nghị sơ kết 6 tháng đầu năm 2040.\n\n"
            "Tổng doanh thu thương mại, dịch vụ đạt hơn 9.800 tỷ đồng, đạt 58% so kế hoạch.")
    claims = by_text(extract(text, date="2040-07-10"))
    assert claims["9.800 tỷ đồng"].place == claims["58%"].place == "Long Điền"


def test_the_one_place_a_text_names_late_is_its_place():
    text = ("Trong năm 2040, cấp ủy, chính quyền các cấp đã hoàn thành cơ bản các chỉ tiêu. Cụ thể: trồng rừng được "
            "610 ha, đạt 115% kế hoạch; thu ngân sách đạt 108% kế hoạch.\n\nBên cạnh kết quả đạt được, việc thực hiện "
            "các nhiệm vụ năm 2040 của huyện Na Rì vẫn còn hạn chế.")
    claims = by_text(extract(text, date="2040-12-20"))
    assert claims["610 ha"].place == claims["108%"].place == "Na Rì"


def test_the_lie_of_the_land_is_no_region():
    claims = by_text(extract("Năm 2040, xã Tiên Cảnh phát triển du lịch sinh thái vùng trung du với kinh phí hỗ trợ "
                             "trên 3,6 tỷ đồng.", date="2040-12-20"))
    assert claims["3,6 tỷ đồng"].place == "Tiên Cảnh"


def test_a_rise_after_an_excess_with_no_base_is_against_the_same_period():
    claims = by_text(extract("Năm 2040, giá trị sản xuất ước đạt 10.200 tỷ đồng, vượt 1,6% và tăng 10%.", date="2040-12-05"))
    assert (claims["1,6%"].measure, claims["1,6%"].basis) == ("growth", "plan")
    assert (claims["10%"].measure, claims["10%"].basis) == ("growth", "same_period")


def test_a_shifting_structure_measured_at_prices_named_in_a_bracket_changes_in_points():
    claims = by_text(extract("Năm 2040, cơ cấu kinh tế (theo giá hiện hành) chuyển dịch như sau: ngành nông nghiệp "
                             "chiếm 38,1%, giảm 0,07% so với năm 2039.", date="2041-01-05"))
    assert claims["38,1%"].measure == "share"
    assert (claims["0,07%"].measure, claims["0,07%"].basis, claims["0,07%"].value) == ("change", "prior_year", -0.07)


def test_targets_likely_to_be_met_are_expected_and_only_they():
    text = ("Nhiệm kỳ 2036-2040, xã có 16/30 chỉ tiêu đạt và vượt, 12/30 chỉ tiêu có khả năng sẽ đạt vào cuối nhiệm kỳ. "
            "Trong đó, thu nhập bình quân đầu người đạt 52 triệu đồng.")
    claims = by_text(extract(text, date="2038-05-10"))
    assert claims["16/30 chỉ tiêu"].modality == "actual"
    assert claims["12/30 chỉ tiêu"].modality == "expected"
    assert claims["52 triệu đồng"].modality == "actual"


def test_a_sectors_growth_of_another_span_than_the_estimated_whole_keeps_its_own_modality():
    text = ("GRDP 6 tháng đầu năm 2040 ước tính tăng 8,1%.\n\nKhu vực dịch vụ quý I tăng 3,4%, quý II tăng 12,2%, "
            "6 tháng đầu năm tăng 7,9%.")
    claims = by_text(extract(text, date="2040-06-29"))
    assert claims["8,1%"].modality == "estimate"
    assert claims["3,4%"].modality == claims["12,2%"].modality == "actual"
    assert claims["7,9%"].modality == "estimate"


def test_a_contribution_that_pulls_the_growth_down_is_a_negative_share():
    claims = by_text(extract("Quý I/2040, thuế sản phẩm tăng 0,9%, đóng góp giảm 0,04 điểm phần trăm.", date="2040-04-05"))
    assert (claims["0,04 điểm phần trăm"].measure, claims["0,04 điểm phần trăm"].value) == ("share", -0.04)


def test_the_results_of_a_term_reviewed_in_the_year_it_ends_are_the_terms():
    text = ("Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2040-2045.\n\nNhiệm kỳ 2035-2040, xã đạt được nhiều kết "
            "quả quan trọng: đã đào tạo nghề cho 930 người, nâng tỷ lệ lao động qua đào tạo đạt 61%; tổng thu ngân "
            "sách trên địa bàn đạt 14,2 tỷ đồng.")
    claims = by_text(extract(text, date="2040-07-28"))
    assert claims["930 người"].period == claims["14,2 tỷ đồng"].period == "2035/2040"
    assert claims["61%"].period == "2040"


def test_a_term_still_running_does_not_date_a_years_results():
    text = "Thực hiện Nghị quyết nhiệm kỳ 2035-2040, năm 2038 huyện đạt nhiều kết quả: thu ngân sách đạt 14,2 tỷ đồng."
    claims = by_text(extract(text, date="2038-12-20"))
    assert claims["14,2 tỷ đồng"].period == "2038"


def test_a_release_of_the_statistics_office_that_names_places_only_later_as_its_parts_is_about_the_country():
    text = ("Theo số liệu Cục Thống kê vừa công bố, 10 tháng năm 2040, tổng mức bán lẻ hàng hóa ước đạt 6.100 nghìn tỷ "
            "đồng, tăng 9,1% so với cùng kỳ năm trước.\n\nTrong tháng 10, nhiều hoạt động dịch vụ tăng khá. So với cùng "
            "kỳ, doanh thu du lịch lữ hành tăng 18,2%, lưu trú tăng 14%.\n\nMột số địa phương có mức tăng khá: Đà Nẵng "
            "tăng 15,6%, Cần Thơ tăng 12,1%.")
    claims = by_text(extract(text, date="2040-11-06"))
    assert claims["6.100 nghìn tỷ đồng"].place == claims["9,1%"].place == "Việt Nam"
    assert claims["15,6%"].place == "Đà Nẵng"


def test_the_month_of_a_meeting_does_not_date_the_figures_it_hears():
    text = ("9 tháng đầu năm 2040, tỉnh vẫn giữ vững mục tiêu tăng trưởng hai con số khi GRDP ước đạt 10,2%. Đặc biệt, "
            "thu ngân sách tăng 31% so với cùng kỳ năm trước.\n\nPhiên họp thường kỳ tháng 9 của UBND tỉnh diễn ra ngày "
            "7/10. Quy mô nền kinh tế theo giá hiện hành đạt 198.000 tỷ đồng.")
    claims = by_text(extract(text, date="2040-10-08"))
    for figure in ("10,2%", "31%", "198.000 tỷ đồng"):
        assert claims[figure].period == "2040-01/2040-09", figure


def test_a_district_described_before_its_name_and_located_in_its_province_is_the_texts_place():
    text = ("Mặc dù UBND tỉnh Quảng Nam giao thu ngân sách nội địa hơn 200 tỷ đồng, huyện miền núi Nam Giang năm 2040 đã "
            "thu đến 480 tỷ đồng.\n\nÔng A, Chủ tịch UBND huyện Nam Giang, tỉnh Quảng Nam cho biết huyện đã hoàn thành "
            "18/18 chỉ tiêu. Tổng thu nội địa dự toán UBND tỉnh Quảng Nam giao là 210 tỷ đồng.")
    claims = by_text(extract(text, date="2040-12-29"))
    assert claims["480 tỷ đồng"].place == claims["18/18 chỉ tiêu"].place == "Nam Giang"


def test_a_date_known_to_the_month_takes_the_day_its_lead_names():
    text = ("(QNO) - Sáng ngày 7/1, huyện Nam Giang tổ chức hội nghị tổng kết năm 2040.\n\n"
            "Đến nay, toàn huyện có 12 xã đạt chuẩn nông thôn mới.")
    claims = by_text(extract(text, date="2041-01"))
    assert claims["12 xã"].period == "2041-01-07"


def test_a_branch_named_alone_in_a_list_of_parts_is_measured_as_the_item_before_it_or_the_total():
    text = ("Năm 2040, giá trị sản xuất nông, lâm nghiệp ước đạt 305 tỷ đồng; trong đó giá trị sản xuất nông nghiệp đạt "
            "219 tỷ đồng; lâm nghiệp đạt 82 tỷ đồng. Tổng giá trị sản xuất ước đạt 105.954 tỷ đồng, trong đó công "
            "nghiệp tăng 22,3%.")
    claims = by_text(extract(text, date="2041-01-05"))
    assert claims["82 tỷ đồng"].subject == "giá trị sản xuất lâm nghiệp"
    assert claims["22,3%"].subject == "giá trị sản xuất công nghiệp"


def test_the_figures_of_an_earlier_time_set_beside_an_estimate_are_known():
    text = ("10 tháng năm 2040, tổng mức bán lẻ ước đạt 5.100 nghìn tỷ đồng, tăng 9,3% so với cùng kỳ năm trước (cùng kỳ "
            "năm 2039 tăng 8,8%). GDP quý III ước tính tăng 2,6% so với cùng kỳ năm trước, cao hơn quý II (0,4%) nhưng "
            "thấp hơn quý I (3,7%).")
    claims = by_text(extract(text, date="2040-11-06"))
    assert claims["9,3%"].modality == claims["2,6%"].modality == "estimate"
    for figure in ("8,8%", "0,4%", "3,7%"):
        assert claims[figure].modality == "actual", figure


def test_a_preliminary_source_frames_its_sentence_as_an_estimate():
    claims = by_text(extract("Theo thống kê sơ bộ từ Cục Hải quan, tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu "
                             "đạt 391 tỷ USD, tăng 16,2% so với cùng kỳ.", date="2040-11-07"))
    assert claims["391 tỷ USD"].modality == claims["16,2%"].modality == "estimate"


def test_the_places_listed_after_an_estimated_total_are_its_estimated_parts():
    text = ("Doanh thu bán lẻ hàng hóa 10 tháng năm 2040 ước đạt 4.400 nghìn tỷ đồng, tăng 8% so với cùng kỳ năm trước. "
            "Một số địa phương có doanh thu tăng so với cùng kỳ năm trước như: Đà Nẵng tăng 9,4%; Cần Thơ tăng 8,7%.")
    claims = by_text(extract(text, date="2040-11-06"))
    assert claims["9,4%"].modality == claims["8,7%"].modality == "estimate"
    assert claims["9,4%"].place == "Đà Nẵng"


def test_a_base_that_opens_the_clause_is_the_figures_and_one_before_the_next_figure_is_that_ones():
    claims = by_text(extract("Chỉ số giá tiêu dùng tháng 9 tăng 1,1% so với tháng trước. So với tháng 12-2039, CPI tháng "
                             "9 tăng 3,1% và so với cùng kỳ năm trước tăng 3,7%.", date="2040-09-29"))
    assert claims["1,1%"].basis == "other"
    assert claims["3,1%"].basis == "prior_year_end"
    assert claims["3,7%"].basis == "same_period"


def test_a_base_named_in_one_item_is_not_the_next_items_with_a_subject_of_its_own():
    claims = by_text(extract("Năm 2040, giá trị sản xuất nông nghiệp tăng 7,7% so với năm 2039; giá trị sản xuất công "
                             "nghiệp đạt 1.876 tỷ đồng, tăng 6,8%.", date="2041-01-05"))
    assert claims["7,7%"].basis == "prior_year"
    assert claims["6,8%"].basis == "same_period"


def test_names_and_the_unit_of_an_average_are_no_counts():
    claims = by_text(extract("Năm 2040, tỉnh vận hành mô hình chính quyền địa phương 2 cấp; 7 địa phương có tốc độ tăng "
                             "trưởng 2 chữ số; vốn đăng ký bình quân một doanh nghiệp đạt 14,4 tỷ đồng.", date="2041-01-05"))
    assert set(claims) == {"7 địa phương", "14,4 tỷ đồng"}


def test_a_budget_revised_in_the_year_is_a_plan_and_its_parts_too():
    claims = by_text(extract("Tổng thu cân đối ngân sách năm 2040 sau điều chỉnh gần 216 tỷ đồng. Tổng chi sau điều chỉnh "
                             "gần 216 tỷ đồng, gồm: chi đầu tư phát triển hơn 18,5 tỷ đồng, chi thường xuyên hơn 194,5 tỷ "
                             "đồng. Diện tích lúa sau điều chỉnh đạt 120 ha.", date="2040-09-18"))
    for figure in ("18,5 tỷ đồng", "194,5 tỷ đồng"):
        assert claims[figure].modality == "target", figure
    assert claims["120 ha"].modality == "actual"


def test_capital_registered_since_the_start_of_the_year_is_a_flow_and_a_total_raised_to_is_held():
    text = ("Tính từ đầu năm đến ngày 20-5, tổng vốn đăng ký của nhà đầu tư nước ngoài đạt hơn 11,07 tỉ USD. Vốn thực hiện "
            "đạt khoảng 8,25 tỉ USD. Từ đầu năm đến nay, có 312 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp "
            "lên 6.450 doanh nghiệp với tổng vốn đăng ký 98.200 tỷ đồng.")
    claims = by_text(extract(text, date="2040-05-28"))
    assert claims["11,07 tỉ USD"].period == claims["8,25 tỉ USD"].period == "2040-01/2040-05-20"
    assert claims["98.200 tỷ đồng"].period == "2040-05-28"


def test_a_running_total_to_now_that_opens_a_paragraph_frames_all_of_it():
    text = ("9 tháng năm 2040, cấp mới 157 dự án FDI.\n\nLũy kế đến nay, trên địa bàn tỉnh có gần 32.000 doanh nghiệp "
            "đăng ký hoạt động. Có 3.089 dự án trong nước với tổng vốn hơn 693 ngàn tỷ đồng.")
    claims = by_text(extract(text, date="2040-10"))
    assert claims["157 dự án"].period == "2040-01/2040-09"
    for figure in ("32.000 doanh nghiệp", "3.089 dự án", "693 ngàn tỷ đồng"):
        assert claims[figure].period == "2040-10", figure


def test_enterprises_events_up_to_a_day_are_counted_from_january():
    claims = by_text(extract("Đến ngày 15/9, có 2.411 doanh nghiệp thành lập mới. Ngoài ra, có 635 doanh nghiệp đăng ký "
                             "quay trở lại hoạt động, giảm 12%; có 1.160 doanh nghiệp tạm ngừng hoạt động.",
                             date="2040-09-28"))
    for figure in ("2.411 doanh nghiệp", "635 doanh nghiệp", "1.160 doanh nghiệp"):
        assert claims[figure].period == "2040-01/2040-09-15", figure


def test_a_crop_season_that_opens_its_clause_is_the_period_of_the_figures_after_it():
    text = ("Kết thúc vụ đông xuân 2039-2040, cả tỉnh gieo trồng được 31.394 ha, đạt 101,9% kế hoạch. Trong 6 tháng đầu "
            "năm 2040, diện tích lúa vụ Đông Xuân 2039-2040 toàn huyện gieo cấy được 5.120 ha.")
    claims = by_text(extract(text, date="2040-06-28"))
    assert claims["31.394 ha"].period == claims["101,9%"].period == "2039/2040"
    assert claims["5.120 ha"].period == "2040-01/2040-06"


def test_the_parts_of_a_planned_count_after_trong_do_co_are_planned_each_in_its_own_item():
    claims = by_text(extract("Mục tiêu đến năm 2045 toàn tỉnh phấn đấu có ít nhất 155/194 xã đạt chuẩn nông thôn mới. "
                             "Trong đó, có 64 xã đạt chuẩn nông thôn mới nâng cao và 16 xã đạt chuẩn kiểu mẫu."))
    for figure in ("155/194 xã", "64 xã", "16 xã"):
        assert claims[figure].modality == "target", figure


def test_a_part_of_a_planned_count_that_says_it_is_done_is_a_result():
    claims = by_text(extract("Mục tiêu đến năm 2045 toàn tỉnh có 155 xã đạt chuẩn nông thôn mới. Trong đó, đã có 64 xã "
                             "đạt chuẩn."))
    assert claims["155 xã"].modality == "target"
    assert claims["64 xã"].modality == "actual"


def test_the_parts_after_a_total_reached_and_the_plan_it_beat_are_parts_of_what_was_reached():
    claims = by_text(extract("Năm 2040, tổng thu ngân sách đạt 175.785 tỷ đồng, vượt 3,8% so với dự toán 169.420 tỷ đồng, "
                             "trong đó: thu nội địa là 156.998 tỷ đồng (vượt 3,2% dự toán), thu từ hoạt động xuất nhập "
                             "khẩu là 16.866 tỷ đồng (vượt 12,5% dự toán).", date="2041-01-10"))
    assert claims["169.420 tỷ đồng"].modality == "target"
    assert claims["156.998 tỷ đồng"].modality == claims["16.866 tỷ đồng"].modality == "actual"


def test_a_part_a_thousand_times_its_total_has_its_dot_as_the_decimal_mark():
    claims = by_text(extract("Doanh thu du lịch ước đạt 195,136 tỷ đồng, tăng 10,61% so với cùng kỳ, riêng doanh thu từ "
                             "khách quốc tế là 120.984 tỷ đồng, chiếm 62% tổng doanh thu.", date="2040-10-27"))
    assert claims["120.984 tỷ đồng"].value == 120_984_000_000
