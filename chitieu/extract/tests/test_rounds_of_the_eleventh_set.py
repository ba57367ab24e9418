"""Rules from the eleventh set of unseen rounds (December 2026). Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.places import find_places  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_places_area_yield_and_output_keep_their_own_units():
    text = ("Diện tích, năng suất, sản lượng lúa của các huyện lần lượt là: huyện An Lạc 626 ha, 54,55 tạ/ha, 3.415 tấn; "
            "huyện Bình Yên 3.104 ha, 57,85 tạ/ha, 17.958 tấn.")
    claims = by_text(analyse(text, date="2031-06").claims)
    assert claims["54,55 tạ/ha"].unit == "tonne/ha"
    assert claims["3.415 tấn"].unit == "tonne"
    assert claims["17.958 tấn"].unit == "tonne"


def test_amounts_of_named_places_after_a_rate_still_take_the_rate():
    text = "Thu nhập bình quân của An Lạc 2,25 triệu đồng/người/tháng, Bình Yên 2,44 triệu đồng năm 2031."
    claims = by_text(analyse(text, date="2031-12").claims)
    assert claims["2,44 triệu đồng"].unit == "VND/person/month"


def test_the_items_of_a_list_of_amounts_harvested_to_a_day_run_from_january():
    text = ("Tính đến ngày 15/10 toàn tỉnh đã thu hoạch được 15.232 tấn lúa, 387.899 tấn ngô, 338 tấn khoai lang, "
            "45 tấn đậu tương.")
    claims = analyse(text, date="2031-10-20").claims
    assert [c.period for c in claims] == ["2031-01/2031-10-15"] * 4


def test_the_same_time_a_year_before_is_a_base_not_the_figures_time():
    text = ("Tính đến ngày 18/10, đã thu hoạch được 25.688 ha lúa, bằng 90,1% so cùng thời điểm năm trước; năng suất "
            "bình quân ước đạt 57,3 tạ/ha.")
    claims = by_text(analyse(text, date="2031-11-07").claims)
    assert claims["90,1%"].basis == "same_period"
    assert not claims["57,3 tạ/ha"].period.startswith("2030")


def test_targets_set_out_after_the_plans_year_are_of_that_year():
    text = ("Hội nghị thông qua nghị quyết phương hướng thực hiện các nhiệm vụ năm 2041 với mục tiêu chính: Phấn đấu, "
            "đưa tổng giá trị sản xuất các ngành đạt 12.984 tỷ đồng, tăng 16,6% so với năm 2040.")
    claims = by_text(analyse(text, date="2040-12-05").claims)
    assert claims["12.984 tỷ đồng"].modality == "target"
    assert claims["12.984 tỷ đồng"].period == "2041"


def test_an_indexs_edition_year_dates_its_scores():
    text = ("Địa phương giành vị trí á quân trong bảng xếp hạng PCI 2033 với 70,94 điểm.\n\nCác vị trí tiếp theo "
            "của bảng xếp hạng PCI 2033 lần lượt là Hải Phòng (70,34 điểm), Bắc Giang (69,75 điểm).")
    assert {c.period for c in analyse(text, date="2034-05-13").claims} == {"2033"}


def test_a_rate_alone_in_brackets_after_a_rise_measures_the_subject_that_rose():
    text = ("Sản lượng thịt hơi xuất chuồng tăng 2,1%.\nChỉ số sản xuất công nghiệp (IIP) tháng 5, tăng cao (+13,11%) so "
            "với tháng trước.\nKhu vực nông, lâm nghiệp và thủy sản tăng nhẹ (+0,95%).")
    claims = by_text(analyse(text, date="2034-06-05").claims)
    assert claims["+13,11%"].subject.startswith("Chỉ số sản xuất công nghiệp")
    assert claims["+0,95%"].subject == "Khu vực nông, lâm nghiệp và thủy sản"


def test_a_word_of_time_alone_before_the_rise_keeps_the_indicator_carried():
    text = ("Chỉ số tăng trưởng GRDP qua các quý như sau: quý I giảm mạnh (-11,38%); sang quý II tiếp tục giảm nhiều hơn "
            "(-13,01%).")
    claims = by_text(analyse(text, date="2034-01-05").claims)
    assert claims["-13,01%"].subject != "sang"


def test_a_sites_address_is_neither_a_counted_noun_nor_part_of_a_subject():
    text = ("Cập nhật: 17:17 24/07/2032 GMT+7\nbaophutho.vn Từ đầu năm đến nay, toàn tỉnh đã trồng trên 8.300ha rừng "
            "tập trung.")
    claims = analyse(text, date="2032-07-24").claims
    assert [c.text for c in claims] == ["8.300ha"]
    assert "baophutho" not in claims[0].subject


def test_each_places_rise_in_a_list_is_its_growth_not_the_rate_before_rising_again():
    text = ("Nhiều địa phương ghi nhận tốc độ tăng GRDP cao hơn tốc độ tăng GDP như: Hậu Giang tăng 12,67%; Bình Thuận "
            "tăng 9,86%; Hải Phòng tăng 9,65%; Khánh Hòa tăng 9,07%.")
    assert {c.measure for c in analyse(text, date="2033-04").claims} == {"growth"}


def test_a_growth_rate_said_again_as_its_rise_is_still_a_change_in_points():
    claims = by_text(analyse("Tốc độ tăng trưởng kinh tế năm 2033 đạt 9,64%, tăng 0,41% so với năm 2032.", date="2034-01").claims)
    assert claims["0,41%"].measure == "change"


def test_targets_counted_before_who_set_them_are_targets_and_those_reached_are_not():
    text = ("Với 27 chỉ tiêu chủ yếu Ban Chấp hành Đảng bộ huyện đề ra, đã có 26 chỉ tiêu đạt và vượt kế hoạch đề ra.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["27 chỉ tiêu"].modality == "target"
    assert claims["26 chỉ tiêu"].modality == "actual"


def test_a_month_after_the_indicator_dates_it_with_a_comma_before_the_verb():
    text = ("Tóm lược tình hình kinh tế - xã hội tháng 5 năm 2034\nLũy kế 5 tháng, sản lượng thịt hơi tăng 2,1%. "
            "Chỉ số sản xuất công nghiệp (IIP) tháng 5, tăng cao (+13,11%) so với tháng trước.")
    claims = by_text(analyse(text, date="2034-06-03").claims)
    assert claims["+13,11%"].period == "2034-05"


@pytest.mark.parametrize("text", [
    "Năm 2038 huyện tạo được bước chuyển tích cực; trong đó, so với năm 2037 giá trị sản xuất ngành nông nghiệp tăng 3,5%.",
    "So với cùng kỳ năm trước giá trị sản xuất ngành nông nghiệp tăng 3,5%.",
])
def test_a_base_opening_the_clause_without_a_comma_ends_at_its_time(text):
    claims = analyse(text, date="2038-12").claims
    assert claims[0].subject == "giá trị sản xuất ngành nông nghiệp"


@pytest.mark.parametrize("text, value, value_max, qualifier", [
    ("Có 11 tỉnh đạt tốc độ tăng trưởng từ khoảng 8% đến dưới 10%.", 8, 10, "about"),
    ("Giá bán từ 1.000 đồng đến hơn 2.000 đồng một kg.", 1000, 2000, None),
])
def test_a_range_with_its_unit_at_both_ends_and_a_bound_word_on_the_upper_end(text, value, value_max, qualifier):
    ranged = [c for c in analyse(text, date="2033-07").claims if c.value_max is not None]
    assert [(c.value, c.value_max, c.qualifier) for c in ranged] == [(value, value_max, qualifier)]


def test_a_persons_name_right_after_a_units_prefix_is_no_place():
    text = ("Cục trưởng Cục Thống kê tỉnh Hà Thị Hồng Nhung phát biểu tại buổi họp báo.\nNăm 2040, tỉnh Vĩnh Phúc có "
            "11.778 doanh nghiệp.")
    assert [m.names for m in find_places(text)] == [("Vĩnh Phúc",)]
    assert analyse(text, date="2040-12-29").claims[0].place == "Vĩnh Phúc"


def test_the_whole_region_is_the_region_named_before():
    text = ("Tính đến hết tháng 4/2037, toàn bộ diện tích lúa Đông Xuân vùng Đồng bằng sông Cửu Long được thu hoạch xong. "
            "Theo báo cáo sơ bộ, năng suất lúa toàn vùng năm nay đạt 62,7 tạ/ha.\nDẫn đầu toàn vùng là Long An với 3 tỷ USD.")
    claims = by_text(analyse(text, date="2037-05").claims)
    assert claims["62,7 tạ/ha"].place == "Đồng bằng sông Cửu Long"
    assert claims["3 tỷ USD"].place == "Long An"


def test_who_said_a_figure_is_not_what_it_measures():
    text = "Giám đốc Sở Tài chính Đặng Phong cho biết ước thu ngân sách nhà nước trên địa bàn năm 2032 đạt 32.144 tỷ đồng."
    assert analyse(text, date="2032-11").claims[0].subject == "thu ngân sách nhà nước trên địa bàn"


def test_the_result_alone_names_no_indicator():
    text = ("Kim ngạch xuất khẩu 5 tháng của cả nước tăng 15%. Theo đó, Bắc Ninh và Bình Dương dẫn đầu với kết quả lần "
            "lượt là 17,53 tỷ USD và 14,37 tỷ USD.")
    claims = by_text(analyse(text, date="2041-06").claims)
    assert claims["17,53 tỷ USD"].subject.startswith("Kim ngạch xuất khẩu")


def test_now_before_a_figures_bound_dates_it_to_the_article():
    text = "Dân số trung bình tỉnh Bình Định hiện khoảng 1,5 triệu người (nam chiếm 49,7%, nữ chiếm 50,3%)."
    assert analyse(text, date="2032-12-29").claims[0].period == "2032-12-29"
