"""Rules from the fourteenth set of unseen rounds (December 2026). Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_goal_set_before_the_indicator_and_the_must_before_its_verb_are_not_part_of_its_subject():
    text = ("Năm 2031, tỉnh Bắc Kạn đặt mục tiêu tổng sản phẩm trên địa bàn phải đạt 12.000 tỷ đồng, thu ngân sách phải "
            "đạt 900 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-01-10").claims)
    assert claims["12.000 tỷ đồng"].subject == "tổng sản phẩm trên địa bàn"
    assert claims["12.000 tỷ đồng"].modality == "target"
    assert claims["900 tỷ đồng"].subject == "thu ngân sách"


def test_the_same_period_typed_with_the_tone_of_also_is_the_same_period():
    text = "Tổng mức bán lẻ hàng hóa tháng 2/2031 ước đạt 7.195 tỷ đồng, tăng 17,4% so với cũng kỳ năm trước."
    claims = by_text(analyse(text).claims)
    assert claims["17,4%"].basis == "same_period"
    assert claims["17,4%"].text == "17,4%"


def test_also_hoping_is_read_as_written():
    from chitieu.extract.workcopy import working_copy
    text = "Doanh nghiệp cũng kỳ vọng doanh thu tăng 10% so với cũng kỳ năm 2030."
    assert working_copy(text) == "Doanh nghiệp cũng kỳ vọng doanh thu tăng 10% so với cùng kỳ năm 2030."


def test_a_percent_with_its_bound_before_its_group_is_a_share_of_that_group():
    text = ("Năm 2031, phấn đấu kết nạp 55 đảng viên mới; 90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; "
            "100% số xã đạt chuẩn.")
    claims = by_text(analyse(text, date="2030-12-10").claims)
    assert claims["90%"].measure == "share"
    assert claims["90%"].qualifier == "at_least"
    assert claims["90%"].subject == "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"
    assert claims["55 đảng viên"].measure == "level"


def test_rice_cropped_twice_a_year_is_a_kind_of_rice_not_a_count():
    text = ("Năm 2031, xã có 5 chỉ tiêu đạt kế hoạch là diện tích lúa 2 vụ, nuôi trồng thủy sản; xảy ra 2 vụ cháy rừng; "
            "đất chuyên trồng lúa nước 2 vụ còn 120 ha.")
    claims = by_text(analyse(text, date="2031-12-10").claims)
    assert set(claims) == {"5 chỉ tiêu", "2 vụ", "120 ha"}
    assert claims["2 vụ"].subject == "vụ cháy rừng"


def test_what_stands_now_after_an_estimate_is_a_statement_of_its_own():
    text = ("Trong 10 tháng năm 2031, thu ngân sách của xã ước đạt 650 triệu đồng, đạt 80% dự toán năm, hiện có 5 chỉ "
            "tiêu đạt và vượt kế hoạch.")
    claims = by_text(analyse(text, date="2031-10-20").claims)
    assert claims["650 triệu đồng"].modality == claims["80%"].modality == "estimate"
    assert claims["5 chỉ tiêu"].modality == "actual"


def test_a_commune_an_earlier_item_acts_on_is_not_where_the_later_items_hold():
    text = ("Huyện Đất Đỏ tổng kết năm 2030. Năm 2031, huyện phấn đấu xây dựng 6/6 xã đạt chuẩn nông thôn mới nâng cao; "
            "xây dựng xã Long Tân đạt chuẩn nông thôn mới kiểu mẫu; thu ngân sách trên địa bàn 504,983 tỷ đồng.")
    claims = by_text(analyse(text, date="2030-12-15").claims)
    assert claims["504,983 tỷ đồng"].place == "Đất Đỏ"


def test_a_district_that_visits_a_commune_leaves_the_figures_to_the_commune():
    text = ("HĐND huyện Thới Bình giám sát tình hình kinh tế - xã hội tại xã Tân Phú\n"
            "Theo báo cáo của UBND xã, trong 10 tháng đầu năm 2031, tình hình phát triển kinh tế của xã đạt khá. Thu "
            "ngân sách nhà nước ước đạt gần 650 triệu đồng, đạt gần 80% dự toán năm. Về xây dựng nông thôn mới, đến nay "
            "xã đạt 16/19 tiêu chí. Lãnh đạo HĐND huyện ghi nhận kết quả của xã.")
    extraction = analyse(text, date="2031-10-25")
    assert extraction.place == "Tân Phú"
    assert {claim.place for claim in extraction.claims} == {"Tân Phú"}


def test_a_district_s_own_report_that_names_a_commune_stays_the_district_s():
    text = ("UBND huyện Thới Bình tổng kết năm 2031\n"
            "Năm 2031, thu ngân sách của huyện đạt 65 tỷ đồng; xã Tân Phú đạt 16/19 tiêu chí nông thôn mới.")
    assert analyse(text, date="2031-12-25").place == "Thới Bình"


def test_the_first_months_of_the_year_run_to_the_span_the_report_names():
    text = ("Kỳ họp đánh giá kết quả 6 tháng đầu năm và triển khai nhiệm vụ cuối năm 2031.\n"
            "Những tháng đầu năm 2031, tình hình kinh tế của huyện Minh Hóa có chuyển biến tích cực. Trong đó, tổng sản "
            "lượng lương thực đạt gần 8.000 tấn; giá trị sản xuất công nghiệp tăng 3,97%.")
    claims = by_text(analyse(text, date="2031-07").claims)
    assert claims["8.000 tấn"].period == claims["3,97%"].period == "2031-01/2031-06"


def test_the_cause_given_in_a_bracket_is_compared_as_the_rise_it_explains():
    text = ("Tháng 11/2031, giá tiêu dùng nhóm hàng ăn giảm so với tháng trước (chủ yếu do giá thực phẩm giảm nhưng giá "
            "lương thực lại tăng 0,15%). Chỉ số giá nhóm giáo dục tăng 10,53% so với tháng 12 năm trước (do giá dịch vụ "
            "giáo dục tăng 13,12%), nhóm giao thông tăng 2% so với tháng trước (do giá xăng tăng 5%).")
    claims = by_text(analyse(text, date="2031-11-28").claims)
    assert claims["0,15%"].basis == "other"
    assert claims["13,12%"].basis == claims["10,53%"].basis == "prior_year_end"
    assert claims["13,12%"].subject == "giá dịch vụ giáo dục"
    assert claims["5%"].basis == "other"


_PRICE_RELEASE = (
    "Chỉ số giá tiêu dùng (CPI) tháng 11/2031 trên địa bàn tỉnh tăng 0,11% so với tháng trước, tăng 7,18% so với tháng "
    "12. Chỉ số giá tiêu dùng bình quân 11 tháng qua tăng 4,17% so với bình quân cùng kỳ.\n"
    "Trong 11 nhóm hàng hóa và dịch vụ chủ yếu để tính chỉ số giá, có 4 nhóm có chỉ số giá tương đương tháng trước, "
    "gồm: Đồ uống và thuốc lá; Giáo dục. 5 nhóm có chỉ số giá tăng, trong đó, may mặc tăng 0,43%; nhà ở tăng 0,31%. "
    "Trong số các nhóm hàng hóa, dịch vụ này, so với tháng 12-2030, có 10/11 nhóm hàng hóa, dịch vụ có chỉ số giá "
    "tăng. Trong đó, giáo dục tăng 10,53%, 8 nhóm có chỉ số giá tăng nhẹ từ 0,3% đến dưới 2%.")


def test_an_index_s_groups_counted_against_a_base_rise_against_it():
    claims = by_text(analyse(_PRICE_RELEASE, date="2031-12").claims)
    assert claims["0,43%"].basis == claims["0,31%"].basis == "other"
    assert claims["10,53%"].basis == "prior_year_end"
    assert claims["0,3% đến dưới 2%"].basis == "prior_year_end"


def test_what_is_compared_with_the_month_before_or_december_is_of_the_month():
    claims = by_text(analyse(_PRICE_RELEASE, date="2031-12").claims)
    assert claims["4,17%"].period == "2031-01/2031-11"
    assert claims["0,43%"].period == claims["4 nhóm"].period == claims["5 nhóm"].period == "2031-11"
    assert claims["10,53%"].period == "2031-11"


def test_the_comparisons_of_an_estimate_opened_on_their_base_are_estimates():
    text = ("Vận tải hành khách trên địa bàn tỉnh tháng 9/2031 ước đạt 2.076 ngàn người; so với tháng trước, vận chuyển "
            "tăng 0,8%, luân chuyển tăng 1,18%; so với cùng kỳ năm trước, vận chuyển tăng 17,02%. Doanh thu vận tải đạt "
            "300 tỷ đồng; so với tháng trước, doanh thu tăng 2%.")
    claims = by_text(analyse(text, date="2031-09-25").claims)
    assert [claims[t].modality for t in ("2.076 ngàn người", "0,8%", "1,18%", "17,02%")] == ["estimate"] * 4
    assert claims["300 tỷ đồng"].modality == claims["2%"].modality == "actual"


def test_a_city_run_by_the_centre_named_once_in_the_headline_is_the_text_s_place():
    text = "CPI trên địa bàn TP. Hồ Chí Minh tăng 0,82%\n\nNhóm giao thông tăng 2,05%, nhóm giáo dục tăng 4,5%."
    extraction = analyse(text, date="2031-12")
    assert extraction.place == "Hồ Chí Minh"
    assert {claim.place for claim in extraction.claims} == {"Hồ Chí Minh"}


def test_a_heading_that_opens_on_a_place_and_a_dash_heads_its_section():
    text = ("Bắc Giang - Tăng trưởng ấn tượng\n\nTheo Cục Thống kê Bắc Giang, GRDP của tỉnh này năm 2031 tăng 13,45%.\n\n"
            "Hậu Giang - Đạt vị trí hàng đầu vùng Đồng bằng sông Cửu Long\n\nTheo Cục Thống kê Hậu Giang, kinh tế của "
            "tỉnh này trong năm 2031 có bước tiến khá. Tổng sản phẩm trên địa bàn (GRDP) tăng 12,27%, đứng đầu vùng "
            "Đồng bằng sông Cửu Long và xếp thứ hai cả nước.")
    claims = by_text(analyse(text, date="2032-01").claims)
    assert claims["12,27%"].place == "Hậu Giang"


def test_places_counted_in_a_region_are_the_region_s():
    text = ("Giai đoạn 2025-2031, top 10 địa phương có tăng trưởng GRDP cao nhất cả nước có 4 địa phương thuộc vùng Đồng "
            "bằng sông Hồng, 4 địa phương thuộc vùng Trung du và miền núi phía Bắc và 2 địa phương thuộc vùng Tây Nguyên.")
    places = [claim.place for claim in analyse(text, date="2032-01").claims]
    assert places == ["Đồng bằng sông Hồng", "Trung du và miền núi phía Bắc", "Tây Nguyên"]


def test_the_places_listed_after_a_bound_and_its_time_hold_it():
    text = ("Theo báo cáo của Tổng cục Hải quan, có 8 địa phương có kim ngạch xuất khẩu đạt trên 10 tỷ USD trong 10 tháng "
            "đầu năm 2031 gồm: Bắc Giang, Bắc Ninh, Hà Nội và TP. Hồ Chí Minh. Những địa phương có kim ngạch trên 20 tỷ "
            "USD gồm có: TP. HCM, Bắc Ninh.")
    claims = by_text(analyse(text, date="2031-11-20").claims)
    assert claims["10 tỷ USD"].place == ["Bắc Giang", "Bắc Ninh", "Hà Nội", "Hồ Chí Minh"]
    assert claims["20 tỷ USD"].place == ["Hồ Chí Minh", "Bắc Ninh"]


def test_the_same_figure_a_month_earlier_in_its_bracket_is_of_the_month_before():
    text = ("Chỉ số giá tiêu dùng tháng 11/2031 tăng 0,82% so với tháng trước. Các nhóm hàng ăn và dịch vụ ăn uống tăng "
            "0,33% (tháng trước tăng 0,31%); trong đó nhóm lương thực tăng 0,53% (tháng trước tăng 0,28%).")
    claims = by_text(analyse(text, date="2031-12-02").claims)
    assert (claims["0,33%"].period, claims["0,31%"].period) == ("2031-11", "2031-10")
    assert claims["0,31%"].subject == "nhóm hàng ăn và dịch vụ ăn uống"
    assert claims["0,28%"].period == "2031-10"


def test_the_most_of_a_ranking_of_rises_is_a_rise():
    text = ("So với cùng kỳ, CPI tháng 11/2031 tăng 4,67% với 10/11 nhóm hàng tăng giá, nhóm giáo dục tăng cao nhất với "
            "mức 14,67%; tiếp theo là nhóm nhà ở với mức tăng 6,86%. Trong tháng, 5 nhóm có chỉ số giá tăng, trong đó, "
            "tăng nhiều nhất là nhóm giao thông, với 1,66%; may mặc tăng 0,43%.")
    claims = by_text(analyse(text, date="2031-12-02").claims)
    assert (claims["14,67%"].measure, claims["14,67%"].basis) == ("growth", "same_period")
    assert (claims["1,66%"].measure, claims["1,66%"].subject) == ("growth", "nhóm giao thông")


def test_a_multiple_among_the_groups_rises_is_against_their_base():
    text = ("Chỉ số giá tiêu dùng tháng 11/2031 tăng 0,11% so với tháng trước. So với tháng 12-2030, có 10/11 nhóm hàng "
            "hóa, dịch vụ có chỉ số giá tăng. Trong đó, tăng cao nhất là nhóm thuốc và dịch vụ y tế, gấp 2,6 lần, giáo "
            "dục tăng 10,53%.")
    claims = by_text(analyse(text, date="2031-12").claims)
    assert (claims["2,6 lần"].measure, claims["2,6 lần"].basis) == ("ratio", "prior_year_end")
    assert claims["10,53%"].basis == "prior_year_end"


def test_a_revenue_named_with_a_list_under_its_head_keeps_the_whole_list():
    text = ("Lũy kế 8 tháng năm 2031, doanh thu hoạt động vận tải, kho bãi và dịch vụ hỗ trợ vận tải ước đạt 3.084,3 tỷ "
            "đồng. Tổng doanh thu hoạt động vận tải, kho bãi và dịch vụ hỗ trợ vận tải tháng 8 đạt gần 450 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-09-05").claims)
    assert claims["3.084,3 tỷ đồng"].subject == "doanh thu hoạt động vận tải, kho bãi và dịch vụ hỗ trợ vận tải"
    assert claims["450 tỷ đồng"].subject == "Tổng doanh thu hoạt động vận tải, kho bãi và dịch vụ hỗ trợ vận tải"


def test_an_ellipsis_inside_an_item_does_not_cut_its_subject():
    text = ("Chỉ số sản xuất công nghiệp tháng 2/2031 ước tăng 13,7% so với tháng trước, trong đó: ngành công nghiệp chế "
            "biến, chế tạo ước tăng 14,3%; ngành sản xuất và phân phối điện, khí đốt, nước nóng... ước tăng 15,2%.")
    claims = by_text(analyse(text, date="2031-03-01").claims)
    assert claims["15,2%"].subject == "ngành sản xuất và phân phối điện, khí đốt, nước nóng"


def test_the_work_of_and_bringing_to_are_not_part_of_the_subject():
    text = ("Năm 2031, công tác giải ngân vốn đầu tư công ước đạt 715 tỷ đồng; huyện có 30/32 chỉ tiêu đạt kế hoạch, "
            "đưa tốc độ phát triển kinh tế đạt 7,36%.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["715 tỷ đồng"].subject == "giải ngân vốn đầu tư công"
    assert claims["7,36%"].subject == "tốc độ phát triển kinh tế"


def test_changes_in_brackets_are_against_the_base_closing_their_sentence():
    text = ("Đến cuối năm 2031, toàn tỉnh có 11.572 hộ nghèo (giảm 2.955 hộ), chiếm tỷ lệ 3,04% (giảm 0,75%); có 12.947 "
            "hộ cận nghèo (giảm 2.539 hộ), chiếm tỷ lệ 3,37% (giảm 0,67%) so với cuối năm 2030.")
    claims = by_text(analyse(text, date="2032-01-10").claims)
    assert [claims[t].basis for t in ("2.955 hộ", "0,75%", "2.539 hộ", "0,67%")] == ["prior_year_end"] * 4


def test_a_rate_reached_is_the_rate_s_level():
    text = ("Bảo hiểm y tế là 2.885.885 người, đạt 92,34% dân số; số học sinh, sinh viên tham gia bảo hiểm y tế năm 2031 "
            "đạt tỷ lệ 97,92%. Năm 2031, có 1.073 hộ thoát nghèo, đạt tỷ lệ 165,08% so với chỉ tiêu tỉnh giao.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert (claims["97,92%"].measure, claims["97,92%"].basis) == ("level", None)
    assert (claims["165,08%"].measure, claims["165,08%"].basis) == ("ratio", "target")


def test_an_index_s_groups_in_a_paragraph_of_their_own_follow_the_release_s_lead_comparison():
    text = ("Tháng 5/2031, CPI tăng 0,16% so với tháng trước, tăng 3,1% so với tháng 12/2030 và tăng 1,3% so với cùng kỳ "
            "năm trước. Bình quân 5 tháng đầu năm 2031, CPI trên địa bàn tỉnh tăng 2,11%.\n\n"
            "Trong 11 nhóm hàng hóa và dịch vụ chính, có 06 nhóm tăng là nhóm hàng ăn và dịch vụ ăn uống tăng 0,38%; "
            "nhóm đồ uống và thuốc lá tăng 0,64%. Có 03 nhóm giảm là nhóm giao thông giảm 2,15%.")
    claims = by_text(analyse(text, date="2031-05-28").claims)
    assert [claims[t].basis for t in ("0,38%", "0,64%", "2,15%")] == ["other"] * 3
    assert [claims[t].period for t in ("06 nhóm", "0,38%", "03 nhóm")] == ["2031-05"] * 3


_RETAIL_RELEASE = (
    "Tổng mức bán lẻ 5 tháng đầu năm 2031 tăng 28,3% so với 5 tháng đầu năm 2029 và tăng 12% so với 5 tháng đầu năm "
    "2030. Cụ thể, doanh thu bán lẻ hàng hóa ước đạt 1.993 nghìn tỷ đồng, tăng 10,7% so với cùng kỳ năm trước.\n"
    "Một số tỉnh/thành phố có doanh thu bán lẻ hàng hóa tăng cao như: Bắc Ninh (tăng 19,6%); Bình Định (tăng 14,8%); "
    "Hà Nội (tăng 7,9%) so với cùng kỳ năm trước.")


def test_the_same_months_of_an_older_year_are_another_base():
    claims = by_text(analyse(_RETAIL_RELEASE, date="2031-06-01").claims)
    assert (claims["28,3%"].basis, claims["12%"].basis) == ("other", "same_period")


def test_places_that_have_the_estimated_indicator_give_its_parts_by_area():
    claims = by_text(analyse(_RETAIL_RELEASE, date="2031-06-01").claims)
    for text in ("19,6%", "14,8%", "7,9%"):
        assert (claims[text].modality, claims[text].basis) == ("estimate", "same_period")
        assert claims[text].subject == "doanh thu bán lẻ hàng hóa"
    assert claims["19,6%"].place == "Bắc Ninh"


def test_the_same_period_of_an_older_year_is_another_base():
    text = ("Tính chung 4 tháng năm 2031, khách quốc tế đạt 6,2 triệu lượt người, tăng 68,3% so với cùng kỳ năm trước; "
            "tăng 3,9% so với cùng kỳ năm 2026 và tăng 5% so với cùng kỳ năm 2030. Tháng 4/2031, chỉ số sản xuất giảm "
            "2% so với cùng kỳ năm 2031.")
    claims = by_text(analyse(text, date="2031-04-29").claims)
    assert [claims[t].basis for t in ("68,3%", "3,9%", "5%")] == ["same_period", "other", "same_period"]
    assert claims["2%"].basis == "same_period"  # (the figure's own year named: a slip for the year before)


def test_the_use_of_a_capacity_is_a_rate():
    text = "Doanh thu du lịch năm 2031 ước đạt 441,5 tỷ đồng, đạt 16,8% kế hoạch. Công suất sử dụng phòng ước đạt 51%."
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert (claims["51%"].measure, claims["51%"].basis) == ("level", None)


def test_a_base_phrase_ends_at_and_before_the_next_figure_s_own_time():
    text = ("Xuất khẩu của khối doanh nghiệp FDI trong tháng 7/2031 đạt hơn 12,15 tỷ USD, giảm 1,6% so với tháng trước và "
            "7 tháng/2031 đạt 81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD so với cùng kỳ năm trước.")
    claims = by_text(analyse(text, date="2031-08").claims)
    assert (claims["1,6%"].basis, claims["1,6%"].period) == ("other", "2031-07")
    assert claims["81,09 tỷ USD"].period == "2031-01/2031-07"
    assert (claims["19,8%"].basis, claims["19,8%"].period) == ("same_period", "2031-01/2031-07")


def test_a_rise_of_a_period_a_year_apart_from_an_older_one_is_the_same_period():
    text = ("Tính chung 2 tháng đầu năm 2031, IIP ước tính tăng 19,01% so với cùng kỳ năm trước (cao hơn tốc độ tăng 7,14% "
            "của cùng kỳ năm 2030 so với cùng kỳ năm 2029).")
    claims = by_text(analyse(text, date="2031-03").claims)
    assert claims["7,14%"].basis == "same_period"


def test_the_basket_of_a_price_index_is_not_a_figure():
    text = ("Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2031 tăng 1,55% so với tháng trước. Trong số 11 nhóm hàng hóa và "
            "dịch vụ tiêu dùng chính thì có 06 nhóm tăng giá so với tháng trước, 03 nhóm giảm.")
    claims = by_text(analyse(text, date="2031-10").claims)
    assert "11 nhóm hàng" not in claims
    assert claims["06 nhóm"].value == 6


def test_a_whole_that_is_no_index_s_basket_stays_a_claim():
    text = "Kinh tế tập thể\nTrong tổng số 20 nhóm hộ tham gia chương trình năm 2031 có 8 nhóm hộ xếp loại khá."
    assert "20 nhóm" in by_text(analyse(text, date="2031-12").claims)


def test_goods_that_have_the_estimated_revenue_give_its_parts():
    text = ("Doanh thu bán lẻ hàng hóa tháng 11/2031 ước đạt 11.188,22 tỉ đồng, tăng 6,5% so với tháng trước. Một số nhóm "
            "hàng có doanh thu tăng so với cùng kỳ như: lương thực, thực phẩm tăng 7,71%; xăng dầu tăng 18,44%.")
    claims = by_text(analyse(text, date="2031-11-25").claims)
    assert claims["7,71%"].modality == claims["18,44%"].modality == "estimate"
    assert claims["7,71%"].subject == "lương thực, thực phẩm"


def test_the_classification_a_release_breaks_its_total_into_is_no_figure_nor_are_its_counts_changes():
    text = ("Doanh thu bán lẻ hàng hóa tháng 1/2031 ước đạt 8.642,53 tỉ đồng. Trong 12 nhóm ngành hàng, có 6 nhóm tăng "
            "và 6 nhóm giảm so với tháng trước.")
    extraction = analyse(text, date="2031-02-01")
    counts = [claim for claim in extraction.claims if claim.unit == "nhóm"]
    assert [(claim.value, claim.measure, claim.basis) for claim in counts] == [(6, "level", None), (6, "level", None)]
