"""Subjects read alike in reports of many kinds (families of subject errors seen in several rounds of unseen reports):
the text's own spelling, the place phrase at a subject's end, a crop's measures, averages, rates and group measures.
Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_subject_keeps_the_spelling_the_text_gives_it():
    claims = by_text(extract("Tỉ lệ che phủ rừng của huyện đạt 61,4%. Giá trị sản xuất nông, lâm, thuỷ sản ước đạt "
                             "820 tỷ đồng.", date="2022-12-20"))
    assert claims["61,4%"].subject == "Tỉ lệ che phủ rừng"
    assert "thuỷ sản" in claims["820 tỷ đồng"].subject


def test_where_an_indicator_is_counted_is_dropped_at_the_end_of_its_subject():
    claims = by_text(extract("Tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh đạt khoảng 9.300 tỷ đồng. Nợ xấu trên địa "
                             "bàn tỉnh chiếm 1,2% tổng dư nợ.", date="2023-06-28"))
    assert claims["9.300 tỷ đồng"].subject == "Tổng vốn đầu tư toàn xã hội"
    assert claims["1,2%"].subject == "Nợ xấu"


def test_an_indicator_defined_by_its_territory_keeps_it():
    claims = by_text(extract("Thu ngân sách nhà nước trên địa bàn ước đạt 640 tỷ đồng. Tổng sản phẩm trên địa bàn "
                             "tăng 7,1% so với cùng kỳ. Riêng thu trên địa bàn huyện được 85 tỷ đồng.",
                             date="2023-06-28"))
    assert claims["640 tỷ đồng"].subject == "Thu ngân sách nhà nước trên địa bàn"
    assert claims["7,1%"].subject.startswith("Tổng sản phẩm trên địa bàn")
    assert claims["85 tỷ đồng"].subject.endswith("thu trên địa bàn huyện")


def test_a_bare_measure_of_a_crop_names_the_crop_of_the_figure_before_it():
    claims = by_text(extract("Năng suất lúa vụ chiêm ước đạt 61 tạ/ha, tăng 1,2 tạ/ha; sản lượng ước đạt 352 nghìn "
                             "tấn. Năm nay trồng được 215 ha ngô lai, năng suất đạt 48 tạ/ha.", date="2022-07-10"))
    assert claims["352 nghìn tấn"].subject.startswith("sản lượng lúa vụ chiêm")
    assert claims["48 tạ/ha"].subject == "năng suất ngô lai"


def test_an_item_of_a_list_of_areas_naming_only_a_crop_takes_the_areas_measure():
    claims = by_text(extract("Diện tích chè đạt 4.120 ha, quế 2.300 ha, hồi hơn 610 ha.", date="2023-12-15"))
    assert claims["2.300 ha"].subject == "Diện tích quế"
    assert claims["610 ha"].subject == "Diện tích hồi"


def test_a_bare_measure_after_another_bare_measure_or_in_a_new_paragraph_is_left_alone():
    claims = by_text(extract("Diện tích thu hoạch 1.450 ha, sản lượng thu hoạch ước đạt 8.900 tấn.\n\nNăng suất khoai "
                             "tây đạt 190 tạ/ha.\n\nSản lượng ước đạt 12.000 tấn.", date="2024-05-20"))
    assert claims["8.900 tấn"].subject == "sản lượng thu hoạch"
    assert claims["12.000 tấn"].subject == "Sản lượng"


def test_a_bare_measure_opening_a_sentence_names_the_crop_of_the_sentence_before():
    claims = by_text(extract("Diện tích thu hoạch lúa chiêm đạt 2.150 ha. Sản lượng thu hoạch ước đạt 12.400 tấn; năng "
                             "suất ước đạt 57,7 tạ/ha.", date="2024-05-20"))
    assert claims["12.400 tấn"].subject == "Sản lượng thu hoạch lúa chiêm"
    assert claims["57,7 tạ/ha"].subject == "năng suất lúa chiêm"


def test_an_average_count_keeps_the_unit_it_is_averaged_over():
    claims = by_text(extract("Sau ba năm triển khai, bình quân mỗi xã có 17,5 tiêu chí. Ở huyện miền núi, mỗi xã đạt "
                             "bình quân 12 tiêu chí.", date="2019-12-30"))
    assert claims["17,5 tiêu chí"].subject == "bình quân tiêu chí mỗi xã"
    assert claims["12 tiêu chí"].subject == "bình quân tiêu chí mỗi xã"


def test_the_rule_a_figure_is_counted_by_and_a_dangling_theo_are_dropped_at_the_end():
    claims = by_text(extract("Đến cuối năm, tỷ lệ hộ nghèo theo tiêu chí còn 2,15%. Giá trị sản xuất công nghiệp "
                             "9 tháng năm 2021 theo (giá so sánh 2010) ước đạt 31.500 tỷ đồng. Số thôn đạt chuẩn văn "
                             "hóa theo quy định là 48 thôn.", date="2021-10-01"))
    assert claims["2,15%"].subject == "tỷ lệ hộ nghèo"
    assert not claims["31.500 tỷ đồng"].subject.endswith("theo")
    assert claims["48 thôn"].subject == "Số thôn đạt chuẩn văn hóa"


def test_a_percent_said_as_chiem_ty_le_after_a_count_is_the_rate_of_what_it_counts():
    claims = by_text(extract("Sau rà soát, số hộ cận nghèo của xã còn 2.310 hộ, chiếm tỷ lệ 6,12%. Có 41/52 trường "
                             "đạt chuẩn quốc gia, chiếm tỷ lệ 78,8%.", date="2023-01-05"))
    assert claims["6,12%"].subject == "tỷ lệ hộ cận nghèo"
    assert not claims["78,8%"].subject.startswith("tỷ lệ")  # a fraction is already the rate, as a count


def test_a_measure_said_after_the_count_of_a_group_is_that_measure_of_the_group():
    claims = by_text(extract("Lũy kế, tỉnh thu hút 845 dự án FDI với tổng vốn đăng ký 12,4 tỷ USD. Quý I có 230 doanh "
                             "nghiệp đăng ký mới, tổng vốn đăng ký 1.960 tỷ đồng.", date="2022-04-02"))
    assert claims["12,4 tỷ USD"].subject == "tổng vốn đăng ký dự án FDI"
    assert claims["1.960 tỷ đồng"].subject == "tổng vốn đăng ký doanh nghiệp đăng ký mới"


def test_a_measure_after_a_count_of_places_is_left_as_said():
    claims = by_text(extract("Dự án trồng rừng gỗ lớn được triển khai ở 7 xã, với tổng diện tích 960 ha.",
                             date="2022-04-02"))
    assert claims["960 ha"].subject == "tổng diện tích"


def test_two_counts_joined_by_and_are_counted_for_what_is_said_after_the_second():
    claims = by_text(extract("Dự kiến đến cuối năm 2025, 12/12 xã và 96/96 thôn ra khỏi diện đặc biệt khó khăn. Năm "
                             "2023 huyện có 5 xã và 2 thị trấn.", date="2025-03-01"))
    assert claims["12/12 xã"].subject == "xã ra khỏi diện đặc biệt khó khăn"
    assert claims["96/96 thôn"].subject == "thôn ra khỏi diện đặc biệt khó khăn"
    assert claims["5 xã"].subject == "xã"  # (nothing said after the second: each counts its own noun)


def test_a_bracket_listing_names_does_not_cut_the_subject_around_it():
    claims = by_text(extract("Có 3/3 thị trấn (An Phú, Bình Hòa, Tân Lập) đạt chuẩn đô thị văn minh, đạt 100%. Mục tiêu "
                             "tỷ lệ trạm y tế (xã, phường) đạt chuẩn quốc gia từ 90 đến 95%.", date="2021-10-01"))
    assert claims["100%"].subject == "thị trấn đạt chuẩn đô thị văn minh"
    assert claims["90 đến 95%"].subject.endswith("tỷ lệ trạm y tế đạt chuẩn quốc gia")


def test_places_counted_for_reaching_a_share_of_a_group_keep_that_share_in_what_is_counted():
    claims = by_text(extract("Trong 11 huyện, thị xã, thành phố có 4 đơn vị đạt 100% số xã nông thôn mới. Huyện có "
                             "250 người đạt 125% kế hoạch.", date="2019-05-02"))
    assert claims["4 đơn vị"].subject == "đơn vị đạt 100% số xã nông thôn mới"
    assert claims["250 người"].subject == "người"  # (a ratio of the count's own is not part of what it counts)


def test_what_an_effort_helped_move_is_the_subject_not_the_effort():
    claims = by_text(extract("Công tác dạy nghề được làm tốt, góp phần giảm tỷ lệ hộ nghèo của xã xuống còn 12,6%.",
                             date="2021-12-28"))
    assert claims["12,6%"].subject.startswith("tỷ lệ hộ nghèo")


def test_the_result_after_nen_is_the_subject_not_its_cause():
    claims = by_text(extract("Năm nay thời tiết thuận lợi, dịch hại được kiểm soát tốt nên năng suất lạc ước đạt 32 tạ/ha.",
                             date="2021-12-28"))
    assert claims["32 tạ/ha"].subject == "năng suất lạc"


def test_a_base_given_in_a_bracket_is_that_bases_value_of_the_rate_compared():
    claims = by_text(extract("Tỷ lệ hộ dân dùng nước sạch đạt 88,2%, thấp hơn 1,8% so với chỉ tiêu huyện giao (90%).",
                             date="2022-12-20"))
    assert claims["90%"].subject == "chỉ tiêu Tỷ lệ hộ dân dùng nước sạch"


def test_targets_met_and_exceeded_are_one_result_of_the_count():
    claims = by_text(extract("Trong nhiệm kỳ, có 27/30 chỉ tiêu đạt và vượt kế hoạch đề ra; có 03 chỉ tiêu không đạt.",
                             date="2021-10-01"))
    assert claims["27/30 chỉ tiêu"].subject == "chỉ tiêu đạt và vượt kế hoạch đề ra"
    assert claims["03 chỉ tiêu"].subject == "chỉ tiêu không đạt"


def test_a_connective_of_cause_or_contrast_is_no_part_of_the_subject_and_a_yardstick_set_against_a_rise_is_one():
    claims = by_text(extract("Các xã đều tăng tiêu chí, bình quân tăng 2,7 tiêu chí/xã, trong khi đó của cả nước là "
                             "2,1 tiêu chí/xã. Vì vậy tổng diện tích gieo trồng đạt 21.500 ha.", date="2040-12-20"))
    assert claims["2,1 tiêu chí/xã"].subject == claims["2,7 tiêu chí/xã"].subject == "bình quân tiêu chí"
    assert (claims["2,1 tiêu chí/xã"].measure, claims["2,1 tiêu chí/xã"].basis) == ("change", "same_period")
    assert claims["21.500 ha"].subject == "tổng diện tích gieo trồng"


def test_a_count_after_a_decision_that_recognises_it_is_named_by_its_noun():
    claims = by_text(extract("Chủ tịch UBND tỉnh vừa ký quyết định công nhận thêm 5 xã đạt chuẩn nông thôn mới.",
                             date="2040-12-20"))
    assert claims["5 xã"].subject.startswith("xã đạt chuẩn nông thôn mới")


def test_the_items_of_a_list_of_places_and_what_each_has_are_named_by_their_own_words_not_the_lists_lead():
    claims = by_text(extract("UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện Chư Jút có 1 xã đạt chuẩn nông thôn mới và "
                             "bình quân chung toàn huyện mỗi xã đạt 13 tiêu chí/xã.", date="2040-01-20"))
    assert claims["1 xã"].subject == "xã đạt chuẩn nông thôn mới"
    assert claims["13 tiêu chí/xã"].subject == "bình quân tiêu chí mỗi xã"


def test_a_figure_after_a_comma_and_deu_all_of_them_measures_what_the_words_before_the_comma_name():
    claims = by_text(extract("Hà Nội và TP HCM cũng có tốc độ tăng trưởng khá cao, đều trên 7%.", date="2040-07-05"))
    assert claims["7%"].measure == "growth"
