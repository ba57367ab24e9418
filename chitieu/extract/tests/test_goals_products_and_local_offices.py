"""Rules from the ninth set of unseen rounds (December 2026): district reviews (r145), provincial releases (r146), NTM
news (r147), congresses and council sessions (r148). A provincial office of a national body reports on its province;
the products listed after an estimate of industry are its parts; a sentence that opens on the year of the goal before
it sets more goals, and so does a list that ends a text after its goals; a reference word that ends a place's name is
no reference; the time after a comma that has its own figure is the next item's; a result said after the term just
ended is the term's; targets completed are the plan year's result. Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_provincial_statistics_office_reports_on_its_province_not_on_the_country():
    text = ("Bán lẻ tháng 2 tăng 2%\n\nTheo số liệu của Cục Thống kê tỉnh, tổng mức bán lẻ hàng hóa tháng 02/2040 ước đạt "
            "400 tỷ đồng, tăng 2% so với tháng trước.")
    assert analyse(text, date="2040-02-25").place is None
    # (the national office, named without its province, still reports the country's figures)
    national = "Theo Tổng cục Thống kê, tổng mức bán lẻ hàng hóa tháng 02/2040 ước đạt 400 nghìn tỷ đồng."
    assert analyse(national, date="2040-02-25").place == "Việt Nam"


def test_the_products_listed_after_an_estimated_index_of_industry_are_estimates_too():
    text = ("Chỉ số sản xuất công nghiệp (IIP) tháng 5 ước tăng 12% so với cùng kỳ.\n\nMột số sản phẩm công nghiệp có mức "
            "tăng trưởng so với cùng kỳ như: Sữa tươi 20 triệu lít, tăng 7%; bia đóng lon 8 triệu lít, tăng 25%.")
    claims = by_text(extract(text, date="2040-05-28"))
    assert {claims[t].modality for t in ("20 triệu lít", "7%", "8 triệu lít", "25%")} == {"estimate"}


def test_the_products_after_an_estimated_value_of_industry_are_its_parts():
    text = ("Giá trị sản xuất công nghiệp 7 tháng ước đạt 8.000 tỷ đồng, bằng 48% kế hoạch. Một số sản phẩm chủ lực vẫn "
            "tăng khá, như: đường tinh chế tăng 28%, đá granit tăng 8%.")
    claims = by_text(extract(text, date="2040-08-05"))
    assert claims["28%"].modality == claims["8%"].modality == "estimate"


def test_a_sentence_opening_on_the_goals_year_sets_more_goals_even_in_an_undated_text():
    text = ("Đến năm 2040, tỉnh phấn đấu có ít nhất 250 xã đạt chuẩn nông thôn mới.\n\nĐến năm 2040, bình quân cả tỉnh "
            "đạt 16,5 tiêu chí/xã; không còn xã dưới 7 tiêu chí. Cụ thể: Huyện Nam Đàn: 23/23 xã, huyện Yên Thành "
            "32/38 xã.")
    claims = by_text(extract(text))
    assert {claims[t].modality for t in ("16,5 tiêu chí/xã", "7 tiêu chí", "23/23 xã", "32/38 xã")} == {"target"}


def test_a_list_ending_the_text_after_the_goals_of_next_year_goes_on_with_them():
    text = ("Theo đó, năm 2041, huyện đề ra các chỉ tiêu phát triển kinh tế - xã hội, trong đó phấn đấu tổng giá trị "
            "sản xuất tăng 10% so với năm 2040.\n\nThu ngân sách nhà nước đạt 160 tỷ đồng, chi ngân sách địa phương "
            "đạt 280 tỷ đồng; giảm tỉ lệ hộ nghèo 0,1% và giải quyết việc làm cho 3.800 lao động.")
    claims = by_text(extract(text, date="2040-12-21"))
    for figure in ("160 tỷ đồng", "280 tỷ đồng", "0,1%", "3.800 lao động"):
        assert (claims[figure].modality, claims[figure].period) == ("target", "2041")


def test_a_reference_word_ending_a_places_name_is_no_reference():
    claims = by_text(extract("Huyện Nghĩa Đàn 15/24 xã, huyện Thanh Chương 18/39 xã, huyện Quỳ Hợp 10/20 xã đạt chuẩn."))
    assert claims["18/39 xã"].value == 18
    # (a reference in two words stays one, and so does a date in a headline's capitals)
    assert "36" not in by_text(extract("Thực hiện Nghị Quyết 36 của Tỉnh ủy, huyện trồng 20 ha rừng."))


def test_a_count_of_units_ends_before_the_name_of_the_next_place():
    claims = extract("Cụ thể: Huyện Nam Đàn: 23/23 xã, huyện Yên Thành 32/38 xã.")
    assert [claim.text for claim in claims] == ["23/23 xã", "32/38 xã"]


def test_a_time_after_a_comma_with_a_figure_of_its_own_is_the_next_items():
    claims = by_text(extract("Trong đó, giai đoạn 2030-2035 huy động được 24.470 tỷ đồng, từ năm 2036 tới nay được "
                             "19.793 tỷ đồng.", date="2039-09-09"))
    assert claims["24.470 tỷ đồng"].period == "2030/2035"
    assert claims["19.793 tỷ đồng"].period == "2036/2039"


def test_a_result_said_after_the_term_just_ended_is_the_terms_not_the_meetings_date():
    text = ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XI diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2045.\n\n"
            "1. Về kết quả, Đại hội khẳng định:\n\nTrong nhiệm kỳ qua, Ban Chấp hành đã lãnh đạo đạt nhiều thành quả: "
            "thu ngân sách Nhà nước trên địa bàn đạt 45.799 tỷ đồng; tỷ lệ xã đạt chuẩn nông thôn mới đạt 83,2%; phát "
            "triển đảng viên mới được 8.793 đảng viên.")
    claims = by_text(extract(text, date="2045-10-15"))
    assert claims["45.799 tỷ đồng"].period == claims["8.793 đảng viên"].period == "2040/2045"
    assert claims["83,2%"].period == "2045"  # (what is held at the term's end, its last year)


def test_targets_completed_are_the_result_of_the_plans_year():
    text = ("Đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2040 cho thấy, huyện đã hoàn thành 12/14 chỉ "
            "tiêu.")
    assert by_text(extract(text, date="2040-12-20"))["12/14 chỉ tiêu"].period == "2040"


def test_now_set_off_by_a_comma_is_the_articles_date():
    text = "Năm 2039, huyện đạt chuẩn nông thôn mới. Hiện, huyện có 15 sản phẩm được xếp hạng OCOP."
    assert by_text(extract(text, date="2040-08-18"))["15 sản phẩm"].period == "2040-08-18"


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    claims = by_text(extract("Tổng giá trị sản xuất đạt 875,5 tỷ đồng.Tổng nguồn vốn đầu tư phát triển đạt 241 tỷ "
                             "đồng.", date="2040-12-20"))
    assert claims["241 tỷ đồng"].subject == "Tổng nguồn vốn đầu tư phát triển"


def test_the_next_in_a_league_of_revenues_and_what_a_rise_shows_are_no_part_of_the_indicator():
    claims = by_text(extract("Thu nội địa đạt 9.877 tỷ đồng; kế đến là thu dầu thô 8.097 tỷ đồng.", date="2040-04-05"))
    assert claims["8.097 tỷ đồng"].subject == "thu dầu thô"
    claims = by_text(extract("Sản xuất công nghiệp tăng trưởng mạnh, biểu hiện qua chỉ số sản xuất ngành công nghiệp "
                             "tháng 7 ước tăng 62%.", date="2040-08-05"))
    assert claims["62%"].subject == "chỉ số sản xuất ngành công nghiệp"


CONGRESS_REVIEW = ("Báo cáo chính trị tại Đại hội cho thấy, trong nhiệm kỳ 2040 – 2045, Đảng bộ huyện đã thực hiện đạt "
                   "và vượt 27/31 chỉ tiêu. Trong đó, thu nhập bình quân đầu người của huyện đã đạt mức 40 triệu "
                   "đồng/năm, gấp 1,47 lần so với năm 2040. Huy động vốn đầu tư phát triển đạt trên 6 nghìn 700 tỷ đồng.")


def test_the_figures_of_the_targets_met_keep_their_own_time_and_a_yearly_level_is_the_terms_last_year():
    claims = by_text(extract(CONGRESS_REVIEW, date="2045-08-12"))
    assert claims["27/31 chỉ tiêu"].period == "2040/2045"
    assert claims["40 triệu đồng/năm"].period == "2045"
    # (compared with the year the term began: the value of the year it ended)
    assert claims["1,47 lần"].period == "2045"


def test_thousands_of_a_larger_scale_after_them_are_read_together():
    claims = by_text(extract(CONGRESS_REVIEW, date="2045-08-12"))
    assert claims["6 nghìn 700 tỷ đồng"].value == 6.7e12


def test_two_percents_done_and_planned_are_two_claims():
    claims = by_text(extract("Nhiều chỉ tiêu Nghị quyết đạt cao như tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số "
                             "xã.", date="2045-10-15"))
    assert (claims["83,2%"].modality, claims["50%"].modality) == ("actual", "target")


def test_a_long_subject_that_opens_with_the_share_it_names_keeps_it():
    claims = by_text(extract("Tỷ trọng các ngành nông lâm thuỷ sản - công nghiệp xây dựng - thương mại dịch vụ tương "
                             "ứng là:64,1% - 29,4% - 6,5%.", date="2040-12-20"))
    assert {claims[t].measure for t in ("64,1%", "29,4%", "6,5%")} == {"share"}
    assert claims["64,1%"].subject.startswith("Tỷ trọng")


def test_the_count_of_a_terms_targets_is_over_the_term_not_at_its_horizon():
    text = ("Đại hội Đại biểu Đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2035-2040 đã bế mạc.\n\nĐại hội đề ra 24 chỉ tiêu, trong "
            "đó đến năm 2040 GRDP đạt 240.000 tỷ đồng.")
    claims = by_text(extract(text, date="2035-09-30"))
    assert claims["24 chỉ tiêu"].period == "2035/2040"
    assert claims["240.000 tỷ đồng"].period == "2040"


def test_a_goal_of_the_vision_year_2050_is_read_as_a_year():
    claims = by_text(extract("Đến năm 2050, tỉnh có 240 xã đạt chuẩn nông thôn mới kiểu mẫu.", date="2025-09-30"))
    assert (claims["240 xã"].period, claims["240 xã"].modality) == ("2050", "target")


def test_a_persons_name_holding_a_district_name_is_no_place():
    text = ("Trong các ngày 11, 12/7, HĐND huyện Na Rì tổ chức kỳ họp thứ 11. Đến dự có đồng chí Đồng Văn Lưu, Phó Chủ "
            "tịch HĐND tỉnh.\n\nTrong 6 tháng đầu năm 2033, diện tích cây trồng vụ xuân đạt 100,1% kế hoạch.")
    assert analyse(text, date="2033-07-12").place == "Na Rì"


def test_events_held_and_acts_issued_over_a_reviewed_term_are_the_terms():
    text = ("Ngày 29.4, HĐND huyện tổ chức kỳ họp tổng kết nhiệm kỳ 2026 - 2031.\nNhiệm kỳ 2026 - 2031, HĐND huyện ban hành "
            "135 nghị quyết. HĐND huyện tổ chức 112 cuộc giám sát tại các địa phương.")
    claims = by_text(extract(text, date="2031-04-29"))
    assert claims["135 nghị quyết"].period == claims["112 cuộc"].period == "2026/2031"


def test_what_is_said_of_each_year_of_a_reviewed_term_holds_over_it():
    text = ("Đại hội Đảng bộ xã nhiệm kỳ 2030 - 2035.\n\nNhiệm kỳ 2025 - 2030, kinh tế của xã phát triển. Hàng năm có 95% "
            "tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.")
    assert by_text(extract(text, date="2030-05-10"))["95%"].period == "2025/2030"


def test_the_goal_pursued_is_a_target_though_will_comes_first():
    claims = by_text(extract("Nhiệm kỳ 2030-2035, Đảng bộ xã sẽ tập trung lãnh đạo thực hiện mục tiêu thu nhập bình quân "
                             "đạt 51 triệu đồng/người/năm.", date="2030-05-10"))
    assert claims["51 triệu đồng/người/năm"].modality == "target"
    # (but a comparison with the goal is no goal)
    claims = by_text(extract("Tăng trưởng đạt 5%, thấp hơn so với mục tiêu Đại hội đề ra (mục tiêu: tăng trưởng bình "
                             "quân 7-8% mỗi năm).", date="2033-12-20"))
    assert claims["5%"].modality == "actual"


def test_the_tasks_and_goals_a_congress_sets_out_are_targets_what_it_passes_is_done():
    claims = by_text(extract("Đại hội thống nhất đề ra 10 nhóm nhiệm vụ, giải pháp. Đại hội đã thông qua 17 đề án.",
                             date="2034-06-28"))
    assert claims["10 nhóm nhiệm vụ"].modality == "target"
    assert claims["17 đề án"].modality == "actual"


def test_the_branches_after_an_estimated_gross_output_are_its_parts():
    text = ("Tổng giá trị sản xuất 6 tháng đầu năm ước đạt gần 2.000 tỷ đồng, tăng 10,2% so với cùng kỳ; cả 3 lĩnh vực kinh "
            "tế đều tăng (nông, lâm, thủy sản tăng 7,4%; công nghiệp - xây dựng tăng 12,25%).")
    claims = by_text(extract(text, date="2038-07-26"))
    assert claims["7,4%"].modality == claims["12,25%"].modality == "estimate"


def test_an_ellipsis_glued_to_a_capital_ends_the_estimate_before_it():
    claims = by_text(extract("Năm 2033, thu ngân sách ước đạt 7,3 tỷ đồng, sản lượng lương thực ước đạt trên 19 ngàn "
                             "tấn...Trên lĩnh vực văn hóa-xã hội, giải quyết việc làm cho 1.250 lao động.",
                             date="2033-12-13"))
    assert claims["1.250 lao động"].modality == "actual"


def test_a_years_average_against_the_year_befores_average_is_against_the_year_before():
    claims = by_text(extract("Chỉ số giá tiêu dùng bình quân năm 2034 tăng 3,12% so với bình quân năm 2033.",
                             date="2034-12-25"))
    assert claims["3,12%"].basis == "prior_year"
    claims = by_text(extract("Khối lượng hành khách giảm 6,33% so với cùng tháng năm trước.", date="2038-07-25"))
    assert claims["6,33%"].basis == "same_period"


GRDP_QUARTER = ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2036 ước tăng 8,01% so với cùng kỳ (sơ bộ quý I/2035 tăng "
                "7,90% so với cùng kỳ); trong đó ngành dịch vụ tăng 6,32%. Trong 8,01% tăng trưởng của quý I/2036, "
                "ngành nông, lâm nghiệp và thuỷ sản đóng góp 0,35 điểm phần trăm; ngành dịch vụ đóng góp 1,90 điểm phần "
                "trăm. Ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%; ngành dịch vụ chiếm 32,21%, tăng "
                "0,01%.")


def test_a_preliminary_figure_of_an_earlier_time_in_brackets_is_still_preliminary():
    claims = by_text(extract(GRDP_QUARTER, date="2036-03-22"))
    assert (claims["7,90%"].modality, claims["7,90%"].period) == ("estimate", "2035-01/2035-03")


def test_a_growth_named_again_by_its_noun_and_the_contributions_to_it_are_the_estimates_parts():
    claims = extract(GRDP_QUARTER, date="2036-03-22")
    again = [c for c in claims if c.text == "8,01%"][1]
    assert (again.measure, again.basis, again.modality) == ("growth", "same_period", "estimate")
    contributions = by_text(claims)
    assert contributions["0,35 điểm phần trăm"].modality == contributions["1,90 điểm phần trăm"].modality == "estimate"


def test_the_shift_of_a_share_said_after_it_is_a_change_in_points():
    claims = by_text(extract(GRDP_QUARTER, date="2036-03-22"))
    assert claims["1,19%"].measure == claims["0,01%"].measure == "change"
    # (but an amount's rise, after its share in brackets, is the amount's growth)
    claims = by_text(extract("Doanh thu bán lẻ ước đạt 12.239 tỷ đồng (chiếm gần 60%, tăng 8,2% so với quý I/2034).",
                             date="2035-03-28"))
    assert claims["8,2%"].measure == "growth"
    claims = by_text(extract("Trong đó, vốn ngân sách cấp huyện đạt trên 2,1 nghìn tỷ đồng, chiếm gần 44%, tăng 52,7%.",
                             date="2035-09-28"))
    assert claims["52,7%"].measure == "growth"


def test_a_rise_said_about_a_quantity_ends_before_the_next_rise():
    claims = by_text(extract("Xuất khẩu gạo đạt 929.000 tấn, tăng 4,2% về lượng nhưng giảm 8,3% về giá trị.",
                             date="2034-03-20"))
    assert claims["4,2%"].subject == "lượng"


def test_the_next_places_of_a_league_table_in_a_new_sentence_keep_its_indicator():
    text = ("Hàn Quốc tiếp tục là nhà đầu tư nước ngoài lớn nhất, với tổng vốn đạt 89,11 tỷ USD. Theo sau là Singapore "
            "với 82,3 tỷ USD. Trong bảng xếp hạng, các địa phương khác trong top 10 bao gồm: Đồng Nai với 37,2 tỷ USD.")
    claims = by_text(extract(text, date="2034-12-01"))
    assert claims["37,2 tỷ USD"].subject == "tổng vốn"
    assert claims["82,3 tỷ USD"].subject == "tổng vốn của Singapore"  # (an investor country: its part)


def test_what_is_set_up_or_issued_is_named_by_the_noun_counted():
    claims = by_text(extract("Huyện thành lập mới 136 doanh nghiệp. Kỳ họp thứ 21 đã thông qua 3 nghị quyết.",
                             date="2034-12-20"))
    assert claims["136 doanh nghiệp"].subject == "doanh nghiệp thành lập mới"
    assert claims["3 nghị quyết"].subject == "nghị quyết thông qua"


def test_the_items_of_goals_announced_with_their_horizon_are_targets():
    text = ("Đại hội đề ra mục tiêu đến năm 2034: lao động trong độ tuổi được qua đào tạo đạt trên 50%; giảm tỷ lệ hộ "
            "nghèo bình quân từ 3% trở lên; phấn đấu 100% đường trục liên xã được nhựa hóa.")
    claims = by_text(extract(text, date="2029-06-20"))
    assert (claims["50%"].modality, claims["50%"].period) == ("target", "2034")
    assert claims["50%"].measure != "ratio"
    # (a fall of a rate by at least some points, said with the rate between, is a change; the next item is its own)
    assert (claims["3%"].measure, claims["3%"].value) == ("change", -3)
    assert claims["100%"].measure != "change"


def test_the_plan_of_a_year_set_out_and_a_goal_to_reach_are_targets():
    claims = by_text(extract("Theo kế hoạch năm 2034, toàn tỉnh trồng mới tập trung 9.100ha rừng sản xuất; trồng rừng "
                             "phòng hộ, đặc dụng 50ha; trồng gần 2.400 cây phân tán.", date="2034-03-01"))
    assert {claims[t].modality for t in ("9.100ha", "50ha", "2.400 cây")} == {"target"}
    claims = by_text(extract("Huyện phát triển sản xuất công nghiệp ổn định với mục tiêu đạt tốc độ tăng trưởng năm 2034 "
                             "là 20%.", date="2034-03-01"))
    assert claims["20%"].modality == "target"



def test_the_results_reported_on_a_past_years_plan_are_of_that_year():
    text = ("Trước đó, các đại biểu được nghe báo cáo tình hình thực hiện nghị quyết HĐND về phát triển kinh tế - xã hội "
            "năm 2033 với các nội dung chủ yếu như: thu nhập bình quân đầu người ước đạt trên 65,29 triệu đồng/năm.")
    assert by_text(extract(text, date="2034-01-02"))["65,29 triệu đồng/năm"].period == "2033"


def test_the_five_years_of_a_congress_review_are_the_term_just_ended():
    text = ("Đại hội Đảng bộ xã nhiệm kỳ 2035 - 2040.\n\nTrong 5 năm, nhân dân đã cải tạo được 61ha vườn tạp; tỷ lệ hộ "
            "nghèo còn 3%.")
    claims = by_text(extract(text, date="2035-04-10"))
    assert claims["61ha"].period == "2030/2035"


NATIONAL_INDEX = ("Tính chung cả năm 2034, chỉ số sản xuất toàn ngành công nghiệp của cả nước ước tính tăng 7,6%, cao hơn "
                  "mức tăng 5,9% của năm 2033.\n\nHải Phòng là địa phương có chỉ số sản xuất công nghiệp năm 2034 tăng "
                  "cao nhất, tăng 12,3% so với năm 2033. Tiếp đến là Long An tăng 12,2%; Đà Nẵng tăng 10,9%. Riêng Vĩnh "
                  "Phúc và Bắc Ninh có chỉ số ngành công nghiệp năm 2034 giảm so với năm 2033 với mức giảm lần lượt là "
                  "2,6 và 12,8%.")


def test_the_growth_of_the_time_compared_with_is_a_growth():
    assert by_text(extract(NATIONAL_INDEX, date="2034-12-28"))["5,9%"].measure == "growth"


def test_the_same_index_by_province_after_the_countrys_estimate_is_its_part():
    claims = by_text(extract(NATIONAL_INDEX, date="2034-12-28"))
    assert {claims[t].modality for t in ("12,3%", "12,2%", "10,9%")} == {"estimate"}
    # (the next places of the ranking are compared as the first)
    assert claims["12,2%"].basis == claims["10,9%"].basis == "prior_year"


def test_two_falls_said_respectively_are_both_falls_in_percent():
    claims = by_text(extract(NATIONAL_INDEX, date="2034-12-28"))
    assert (claims["2,6"].unit, claims["2,6"].value, claims["12,8%"].value) == ("%", -2.6, -12.8)


def test_places_listed_with_their_rates_after_a_growth_lead_are_growths():
    text = ("Một số địa phương ghi nhận mức tăng trưởng cao về tổng sản phẩm trên địa bàn (GRDP) trong 9 tháng đầu năm "
            "nay, bao gồm: Hải Phòng (12,28%), Quảng Ninh (8,6%).")
    claims = by_text(extract(text, date="2031-10-05"))
    assert claims["12,28%"].measure == claims["8,6%"].measure == "growth"


def test_a_quarter_without_its_year_after_a_year_its_sentence_names_is_of_that_year():
    claims = by_text(extract("GDP năm 2030 của nước ta tăng 2,91% (quý I tăng 3,68%; quý II tăng 0,39%).",
                             date="2031-01-03"))
    assert (claims["3,68%"].period, claims["3,68%"].modality) == ("2030-01/2030-03", "actual")


def test_a_month_later_than_the_texts_own_is_of_the_year_before():
    claims = by_text(extract("Sản lượng hàng hóa vận chuyển trong tháng 12 ước đạt 644.000 tấn.", date="2035-01-14"))
    assert claims["644.000 tấn"].period == "2034-12"


def test_a_breakdown_of_registered_money_is_no_part_of_an_estimate_of_money_spent():
    text = ("Vốn FDI thực hiện trong tháng qua ước tính đạt 850 triệu USD, tăng 6,3% so với cùng kỳ năm 2033.\n\n"
            "Vốn FDI của các dự án cấp mới trong tháng đầu năm tập trung vào ngành công nghiệp chế biến, chế tạo với số "
            "vốn đăng ký đạt 834,9 triệu USD, chiếm 67,1% tổng vốn đăng ký cấp mới; hoạt động kinh doanh bất động sản "
            "đạt 297,4 triệu USD, chiếm 23,9%.")
    claims = by_text(extract(text, date="2034-02-02"))
    assert claims["834,9 triệu USD"].modality == claims["297,4 triệu USD"].modality == "actual"


def test_an_amount_after_a_part_named_is_not_the_amount_of_the_count_before():
    text = ("Tính đến ngày 20/10, nhà đầu tư nước ngoài đã đầu tư vào 59 tỉnh, thành phố, trong đó Hà Nội thu hút "
            "nhiều vốn nhất với tổng số vốn đăng ký 6,15 tỷ USD, chiếm 22% tổng vốn đầu tư.")
    assert by_text(extract(text, date="2038-10-25"))["6,15 tỷ USD"].period == "2038-01/2038-10-20"


def test_the_year_of_a_figure_compared_with_is_carried_to_no_later_item():
    text = ("Tăng trưởng kinh tế năm 2031 ước đạt 5,06%, thấp hơn so với mục tiêu của nghị quyết nhưng cao hơn mức tăng "
            "2,11% của năm 2030; giá trị sản xuất công nghiệp ước đạt 4.221,3 tỷ đồng.")
    claims = by_text(extract(text, date="2031-12-28"))
    assert claims["4.221,3 tỷ đồng"].period == "2031"
    # (and a comparison with the goal past a comma leaves the growth a growth)
    assert (claims["5,06%"].measure, claims["5,06%"].basis) == ("growth", "same_period")


def test_a_sectors_growth_named_by_the_economys_indicator_is_a_part_of_the_estimate():
    text = ("GRDP năm 2034 ước tăng 7,12%. Cụ thể, GRDP khu vực nông, lâm nghiệp và thủy sản tăng 3,07%, đóng góp 0,55 "
            "điểm % vào mức tăng trưởng chung.\nGRDP khu vực công nghiệp và xây dựng tăng 9,35%, đóng góp 2,58 điểm %.")
    claims = by_text(extract(text, date="2034-12-06"))
    assert {claims[t].modality for t in ("3,07%", "9,35%", "2,58 điểm %")} == {"estimate"}


def test_the_tail_of_a_unit_before_a_rise_names_no_indicator():
    claims = by_text(extract("Khối lượng hành khách luân chuyển đạt 70.552.000 ngàn lượt khách.km- tăng 1,15% so tháng "
                             "trước.", date="2035-01-14"))
    assert claims["1,15%"].subject == "Khối lượng hành khách luân chuyển"


def test_the_amount_a_plan_of_capital_is_said_to_be_is_a_target():
    claims = by_text(extract("Được biết, năm 2034 tổng kế hoạch vốn đầu tư công theo các Quyết định của Thủ tướng Chính "
                             "phủ là hơn 5.466 tỷ đồng.", date="2034-09-25"))
    assert claims["5.466 tỷ đồng"].modality == "target"
    # (what was done of it is not: "giải ngân … đạt 4.249 tỷ đồng")
    claims = by_text(extract("Kế hoạch vốn năm 2034 đã giải ngân đạt 4.249 tỷ đồng.", date="2034-09-25"))
    assert claims["4.249 tỷ đồng"].modality == "actual"


def test_the_countrys_currency_is_no_place():
    text = ("Theo báo cáo của Cục Thống kê tỉnh, đến cuối tháng 8, huy động vốn toàn tỉnh ước đạt 111.980 tỷ đồng. Trong "
            "đó, huy động bằng đồng Việt Nam 109.390 tỷ đồng.")
    assert analyse(text, date="2032-08-28").place is None
