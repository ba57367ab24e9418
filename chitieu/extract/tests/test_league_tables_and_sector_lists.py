"""League tables that compare places, and lists of an economy's sectors (December 2026, read from a batch of
unannotated articles). Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402

INCOMES = ("Người dân tỉnh Hà Tĩnh có thu nhập bình quân/tháng trong năm 2030 là 5,230 triệu đồng, đứng sau Thanh Hóa "
           "với 5,510 triệu đồng. Tiếp đó là các tỉnh: Quảng Bình: 5,150 triệu đồng; Nghệ An: 5,004 triệu đồng.")


def test_the_place_a_rank_is_just_behind_names_no_indicator():
    claims = by_text(analyse(INCOMES, date="2031-01").claims)
    assert "thu nhập bình quân/tháng" in claims["5,510 triệu đồng"].subject
    assert claims["5,510 triệu đồng"].place == "Thanh Hóa"


def test_the_places_that_come_next_keep_the_indicator_of_the_lead():
    claims = by_text(analyse(INCOMES, date="2031-01").claims)
    assert "thu nhập bình quân/tháng" in claims["5,150 triệu đồng"].subject
    assert "thu nhập bình quân/tháng" in claims["5,004 triệu đồng"].subject


def test_places_listed_with_their_figures_in_brackets_after_a_colon_take_the_indicator_of_the_lead():
    text = ("Vào năm 2030, top 10 địa phương có thu nhập bình quân đầu người cao nhất cả nước gồm: Hà Nội (3,652 triệu "
            "đồng), Bình Dương (3,567 triệu đồng), Đà Nẵng (2,944 triệu đồng).")
    claims = by_text(analyse(text, date="2031-10").claims)
    for figure in ("3,652 triệu đồng", "3,567 triệu đồng", "2,944 triệu đồng"):
        assert claims[figure].subject == "thu nhập bình quân đầu người"
    assert claims["3,567 triệu đồng"].place == "Bình Dương"


def test_the_noun_before_a_regions_name_is_part_of_the_place_not_of_the_indicator():
    text = ("Xét theo khu vực, vùng Đông Nam Bộ dẫn đầu về số doanh nghiệp thành lập mới với 32,5 nghìn doanh nghiệp, "
            "tăng 2,7%.")
    claims = by_text(analyse(text, date="2031-07").claims)
    assert claims["32,5 nghìn doanh nghiệp"].subject == "số doanh nghiệp thành lập mới"
    assert claims["32,5 nghìn doanh nghiệp"].place == "Đông Nam Bộ"


def test_the_whole_a_count_is_among_is_counted_without_its_among():
    text = "Trong số 45 tỉnh, thành phố có dự án đầu tư, Hà Nội có số vốn đăng ký lớn nhất với 824,2 triệu USD."
    claims = by_text(analyse(text, date="2031-07").claims)
    assert claims["45 tỉnh, thành phố"].subject == "tỉnh, thành phố có dự án đầu tư"


def test_the_amount_of_the_one_ranked_first_among_those_counted_is_not_of_them():
    text = ("Hà Nội có số vốn đăng ký lớn nhất với 824,2 triệu USD. Trong số 38 quốc gia có dự án, Hàn Quốc dẫn đầu "
            "với 900 triệu USD; Singapore 463,9 triệu USD.")
    claims = by_text(analyse(text, date="2031-07").claims)
    # (the money said before the count of countries, each investor's part of it)
    assert claims["900 triệu USD"].subject == "số vốn đăng ký của Hàn Quốc"
    assert claims["463,9 triệu USD"].subject == "số vốn đăng ký của Singapore"


def test_an_amount_said_of_the_group_counted_in_its_own_clause_stays_that_groups():
    text = "Có 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,452 tỷ USD."
    claims = by_text(analyse(text, date="2031-04").claims)
    assert claims["1,452 tỷ USD"].subject == "tổng vốn đăng ký dự án FDI cấp mới"


def test_the_sectors_listed_after_farming_forestry_and_fishing_take_no_head_from_it():
    text = ("Trong 9 tháng năm 2031, GRDP ước tăng 14,24%; trong đó nông, lâm nghiệp, thủy sản tăng 3,23%; công nghiệp "
            "- xây dựng tăng 18,2%; dịch vụ tăng 11,86%.")
    claims = by_text(analyse(text, date="2031-10").claims)
    assert claims["3,23%"].subject == "nông, lâm nghiệp, thủy sản"
    assert claims["18,2%"].subject == "công nghiệp - xây dựng"
    assert claims["11,86%"].subject == "dịch vụ"


def test_a_branch_named_alone_after_a_measured_branch_is_still_measured_as_it():
    text = "Giá trị sản xuất nông nghiệp năm 2031 đạt 219 tỷ đồng; lâm nghiệp đạt 82 tỷ đồng."
    claims = by_text(analyse(text).claims)
    assert claims["82 tỷ đồng"].subject == "Giá trị sản xuất lâm nghiệp"


def test_how_far_a_figure_exceeded_its_plan_is_no_part_of_what_it_measures():
    text = ("Thu ngân sách Nhà nước 9 tháng năm 2031 đã vượt cao so với dự toán và tăng mạnh so với cùng kỳ, ước đạt "
            "49.325 tỉ đồng, bằng 133% dự toán.")
    claims = by_text(analyse(text).claims)
    assert claims["49.325 tỉ đồng"].subject == "Thu ngân sách Nhà nước"


def test_travel_and_the_rest_are_words_of_their_own_at_the_end_of_a_subject():
    text = ("Trong 4 tháng năm 2031, hàng may mặc tăng 8,6%, phương tiện đi lại tăng 8,3%; các nhóm hàng còn lại "
            "tăng 2,1%.")
    claims = by_text(analyse(text).claims)
    assert claims["8,3%"].subject == "phương tiện đi lại"
    assert claims["2,1%"].subject.endswith("còn lại")


def test_an_economys_output_reaching_a_percent_is_its_growth():
    claims = by_text(analyse("Năm ngoái, GRDP tỉnh đạt 9,01%, đứng thứ hai Bắc Trung Bộ.", date="2031-10").claims)
    assert (claims["9,01%"].measure, claims["9,01%"].basis) == ("growth", "same_period")


def test_an_economys_output_reaching_a_percent_of_its_plan_is_a_ratio_to_the_plan():
    claims = by_text(analyse("Năm 2030, GRDP đạt 95% kế hoạch; GRDP chiếm 9,01% cả nước.", date="2031-01").claims)
    assert (claims["95%"].measure, claims["95%"].basis) == ("ratio", "plan")
    assert claims["9,01%"].measure == "share"


def test_reaching_a_record_is_said_of_the_figure_not_part_of_what_it_measures():
    claims = by_text(analyse("Năm 2030, dòng vốn FDI đạt kỷ lục 1,75 tỷ USD.").claims)
    assert claims["1,75 tỷ USD"].subject == "dòng vốn FDI"


def test_those_counted_after_taking_part_in_a_meeting_are_counted_as_taking_part():
    text = ("Kỳ họp diễn ra với sự tham dự của 77/86 đại biểu HĐND tỉnh. Đại hội có sự tham gia của 120 đại biểu đại diện "
            "cho hơn 600 đảng viên.")
    claims = by_text(analyse(text, date="2031-01-05").claims)
    assert claims["77/86 đại biểu"].subject == "đại biểu HĐND tỉnh tham dự"
    assert claims["120 đại biểu"].subject == "đại biểu tham gia"


def test_a_figure_said_without_its_unit_is_no_part_of_the_next_ones_subject():
    claims = by_text(analyse("Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch năm 2031.").claims)
    assert claims["49,17%"].subject == "Tổng giá trị sản xuất"


def test_a_parts_rise_said_after_its_share_of_the_whole_is_the_parts():
    text = ("Doanh thu bán lẻ hàng hóa bảy tháng năm 2031 đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức và tăng 10,97% so "
            "với cùng kỳ.")
    claims = by_text(analyse(text, date="2031-08").claims)
    assert claims["10,97%"].subject == "Doanh thu bán lẻ hàng hóa"


def test_a_rise_in_real_terms_is_of_the_indicator_said_before_it():
    text = ("Tính chung 11 tháng năm 2031, tổng mức bán lẻ hàng hóa đạt 4.128,5 nghìn tỷ đồng, giảm 8,7% so với cùng kỳ "
            "năm trước, nếu loại trừ yếu tố giá giảm 10,4%.")
    claims = by_text(analyse(text, date="2031-12").claims)
    assert claims["10,4%"].subject == "tổng mức bán lẻ hàng hóa"


def test_a_rate_named_after_a_comma_is_its_own_even_where_the_figure_before_ends_on_its_name():
    text = ("Diện tích rừng đủ tiêu chuẩn để tính độ che phủ toàn quốc năm 2030 là 13.631.934 ha, độ che phủ tương ứng "
            "là 41,19%.")
    claims = by_text(analyse(text).claims)
    assert claims["41,19%"].subject == "độ che phủ"


def test_a_percent_opening_a_part_named_after_it_is_that_parts_share_of_the_total():
    text = ("Tính đến năm 2030, diện tích đất có rừng toàn quốc là 14.491.295 ha, trong đó 70,8% là rừng tự nhiên và "
            "29,2% là rừng trồng. Tổng số lao động là 5.000 người, trong đó 60% là do doanh nghiệp tuyển.")
    claims = by_text(analyse(text).claims)
    assert (claims["70,8%"].measure, claims["70,8%"].subject) == ("share", "rừng tự nhiên")
    assert (claims["29,2%"].measure, claims["29,2%"].subject) == ("share", "rừng trồng")
    assert claims["60%"].subject != "do doanh nghiệp tuyển"


def test_a_count_restating_a_rate_in_a_bracket_counts_what_the_rate_is_of():
    text = ("Năm 2030, tỷ lệ số dân nông thôn được cấp nước hợp vệ sinh đạt 99,18% (tương đương 1.749.600 người). Tỷ lệ "
            "hộ nghèo 4,03% (tương ứng 10.574 hộ).")
    claims = by_text(analyse(text).claims)
    assert claims["1.749.600 người"].subject == "số dân nông thôn được cấp nước hợp vệ sinh"
    assert claims["10.574 hộ"].subject == "số hộ nghèo"


def test_the_words_leading_the_next_count_are_no_part_of_the_noun_counted_before_it():
    text = ("Trong hơn 92.000 doanh nghiệp gia nhập thị trường trong 8 tháng đầu năm 2031 có hơn 73.400 doanh nghiệp mới "
            "thành lập, tăng 19,7%.")
    claims = by_text(analyse(text, date="2031-09").claims)
    assert claims["92.000 doanh nghiệp"].subject == "doanh nghiệp gia nhập thị trường"
    assert claims["73.400 doanh nghiệp"].subject == "doanh nghiệp mới thành lập"


def test_cases_are_counted_as_cases_not_schools():
    text = "Từ đầu năm 2031 đã có 119 doanh nghiệp đăng ký tạm ngừng hoạt động, tăng 37 trường hợp so với cùng kỳ."
    claims = by_text(analyse(text, date="2031-09").claims)
    assert claims["37 trường hợp"].unit == "trường hợp"
    assert claims["37 trường hợp"].subject == "doanh nghiệp đăng ký tạm ngừng hoạt động"
    assert claims["119 doanh nghiệp"].subject == "doanh nghiệp đăng ký tạm ngừng hoạt động"


def test_the_visitors_received_and_served_are_counted_as_visitors():
    claims = by_text(analyse("Năm 2030, các đơn vị kinh doanh du lịch đón và phục vụ 12.749.620 lượt khách.").claims)
    # (the visitors, not their visits, as "khách du lịch" after the count is read; the sentence says they are tourists)
    assert claims["12.749.620 lượt khách"].subject == "khách du lịch"


def test_the_span_of_a_total_raised_after_a_months_figure_is_the_totals_own():
    text = "Nhập khẩu tháng 7 ước đạt 250 triệu USD, nâng tổng kim ngạch nhập khẩu 7 tháng lên hơn 1,98 tỷ USD."
    claims = by_text(analyse(text, date="2031-08-01").claims)
    assert claims["250 triệu USD"].period == "2031-07"
    assert claims["1,98 tỷ USD"].period == "2031-01/2031-07"


def test_an_indicator_named_before_a_comma_and_the_year_its_figure_is_of_keeps_its_name():
    text = ("Đến cuối năm 2030, toàn tỉnh có 4 đơn vị cấp huyện đạt chuẩn. Thu nhập bình quân 1 nhân khẩu 1 tháng, năm "
            "2024 là 2.346 ngàn đồng, đến năm 2030 đạt 3.535,1 ngàn đồng.")
    claims = by_text(analyse(text, date="2031-03").claims)
    assert claims["2.346 ngàn đồng"].subject.startswith("Thu nhập bình quân")
    assert claims["2.346 ngàn đồng"].period == "2024"


def test_the_words_opening_a_list_of_places_end_the_indicator_before_them():
    text = ("Năm 2030, một số huyện có thu nhập bình quân đầu người cao như: Thạch Thất 58 triệu đồng, Gia Lâm 48,9 triệu "
            "đồng. Với mốc thu ngân sách hơn 50.600 tỷ đồng, tỉnh đứng thứ 8.")
    claims = by_text(analyse(text).claims)
    assert claims["58 triệu đồng"].subject == "thu nhập bình quân đầu người"
    assert claims["50.600 tỷ đồng"].subject == "thu ngân sách"


def test_a_concession_opening_the_sentence_leaves_the_indicator_after_its_but():
    for opening in ("mặc dù", "dù"):
        text = f"Năm 2030, {opening} gặp nhiều khó khăn nhưng tổng kim ngạch xuất khẩu ước đạt 2,52 tỷ USD."
        assert by_text(analyse(text).claims)["2,52 tỷ USD"].subject == "tổng kim ngạch xuất khẩu"


def test_a_concession_after_the_indicator_leaves_the_indicator_before_it():
    text = "Thu ngân sách năm 2030 của tỉnh tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt 5.000 tỷ đồng."
    assert by_text(analyse(text).claims)["5.000 tỷ đồng"].subject == "Thu ngân sách"


def test_what_is_said_of_an_indicator_before_its_figure_is_no_part_of_its_name():
    text = ("Năm 2030, kim ngạch xuất khẩu thủy sản tiếp tục ghi nhận mức tăng trưởng ấn tượng, ước tính đạt 1,1 tỷ USD; "
            "cá tra thu về hơn 1,2 tỷ USD. Bắc Giang ghi nhận mức tăng trưởng GRDP cao nhất với 14,33%.")
    claims = by_text(analyse(text).claims)
    assert claims["1,1 tỷ USD"].subject == "kim ngạch xuất khẩu thủy sản"
    assert claims["1,2 tỷ USD"].subject == "cá tra"
    assert "tăng trưởng GRDP" in claims["14,33%"].subject


def test_a_count_joined_after_words_ending_on_a_count_verb_is_read_without_failing():
    # ("xây dựng" is a count verb and "cùng" joins a count: the subject was dropped, then read again)
    claims = by_text(analyse("Năm 2030, lĩnh vực công nghiệp và xây dựng cùng 14.722 doanh nghiệp.").claims)
    assert claims["14.722 doanh nghiệp"].subject == "doanh nghiệp"


def test_a_sector_joined_by_and_after_a_figure_is_a_new_item_whole_with_its_commas():
    text = ("Năm 2030, tỷ trọng khu vực công nghiệp - xây dựng chiếm 56,34%, khu vực dịch vụ chiếm 31,31% và khu vực "
            "nông, lâm nghiệp, thủy sản chiếm 12,35%.")
    assert by_text(analyse(text).claims)["12,35%"].subject == "khu vực nông, lâm nghiệp, thủy sản"


def test_the_next_part_opened_by_the_same_word_is_measured_as_the_part_before_it():
    text = ("Trong tháng 5/2031, CPI khu vực thành thị tăng 0,34% và khu vực nông thôn tăng 0,42%; trong đó chỉ số tăng "
            "nhẹ là nhóm giao thông tăng 0,69%, nhóm văn hóa tăng 0,2%.")
    claims = by_text(analyse(text, date="2031-06").claims)
    assert claims["0,42%"].subject == "CPI khu vực nông thôn"
    assert claims["0,2%"].subject == "nhóm văn hóa"  # (no measure named plainly before "nhóm giao thông")


def test_works_built_or_carried_over_are_counted_with_what_was_done_to_them():
    text = "Năm 2030, huyện đã triển khai thi công 73 công trình; chuyển tiếp 01 công trình sang năm 2031."
    claims = by_text(analyse(text).claims)
    assert claims["73 công trình"].subject == "công trình triển khai thi công"
    assert claims["01 công trình"].subject == "công trình chuyển tiếp"


def test_every_concession_word_of_the_table_is_looked_for():
    text = "Thu ngân sách năm 2030 của tỉnh dẫu gặp nhiều khó khăn nhưng ước tính vẫn đạt 5.000 tỷ đồng."
    assert by_text(analyse(text).claims)["5.000 tỷ đồng"].subject == "Thu ngân sách"
