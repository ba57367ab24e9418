"""A national office's figures in a province's article, a text on the whole country, a name inside a longer name,
and the parts a bracket or a "Trong <the whole>," sentence gives (December 2026, from a round of sector news read
after it was scored). Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_figures_a_national_office_released_are_the_countrys_in_a_provinces_article():
    text = ("Tuyên Quang dẫn đầu về mức tăng chỉ số sản xuất công nghiệp\n\n"
            "Trong 4 tháng đầu năm 2031, Tuyên Quang dẫn đầu với mức tăng 14,8%.\n\n"
            "Theo Tổng cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp tháng 4/2031 ước tính tăng 3,6% so với "
            "tháng trước.\n\nTính chung 4 tháng, IIP ước tính giảm 1,8% so với cùng kỳ năm trước.")
    claims = by_text(analyse(text, date="2031-05-02").claims)
    assert claims["14,8%"].place == "Tuyên Quang"
    assert claims["3,6%"].place == claims["1,8%"].place == "Việt Nam"


def test_a_text_on_the_whole_country_and_its_regions_is_about_the_country():
    text = ("Năm 2031, tổng sản lượng lương thực có hạt trên cả nước đạt 47,87 triệu tấn. Vụ đông xuân, vùng Đồng bằng "
            "sông Cửu Long đạt 10,8 triệu tấn.")
    extraction = analyse(text, date="2032-01-06")
    assert extraction.place == "Việt Nam"
    assert {c.place for c in extraction.claims} == {"Việt Nam", "Đồng bằng sông Cửu Long"}


def test_a_place_name_inside_a_longer_name_is_no_place():
    text = "Người nuôi chuyển sang nuôi hàu Thái Bình Dương. Toàn tỉnh có 23 tổ chức nuôi tôm với 430 ha."
    extraction = analyse(text, date="2031-10-01")
    assert extraction.place is None
    assert analyse("Tỉnh Thái Bình có 5.000 ha nuôi trồng thủy sản.").place == "Thái Bình"


def test_a_contribution_after_last_years_rise_in_brackets_is_added_over_this_years_span():
    text = ("Tính chung 4 tháng đầu năm 2031, IIP ước tính giảm 1,8%. Trong đó, ngành khai khoáng giảm 2,8% (cùng kỳ "
            "năm 2030 tăng 4,1%), làm giảm 0,5 điểm phần trăm trong mức tăng chung.")
    claims = by_text(analyse(text, date="2031-05-02").claims)
    assert claims["4,1%"].period == "2030-01/2030-04"
    assert (claims["0,5 điểm phần trăm"].period, claims["0,5 điểm phần trăm"].value) == ("2031-01/2031-04", -0.5)


def test_the_parts_in_a_bracket_after_a_figure_keep_its_base_past_a_semicolon():
    text = ("Chỉ số giá tiêu dùng tháng 9/2031 tăng 0,24% so với tháng trước (khu vực thành thị tăng 0,27%; khu vực "
            "nông thôn tăng 0,21%); tăng 2,44% so với cùng kỳ năm trước.")
    claims = by_text(analyse(text).claims)
    assert claims["0,27%"].basis == claims["0,21%"].basis == "other"
    assert claims["2,44%"].basis == "same_period"


def test_a_sentence_opening_on_the_whole_in_other_words_lists_its_parts():
    text = ("Trong 6 tháng đầu năm 2031, tổng khách du lịch đến Hà Nội ước đạt 3,042 triệu lượt, tăng 36,9%. Trong số "
            "lượng khách du lịch đến Hà Nội, khách quốc tế đạt 2,150 triệu lượt, tăng 48,4%; khách nội địa đạt 892 "
            "nghìn lượt.")
    claims = by_text(analyse(text, date="2031-06-30").claims)
    assert claims["2,150 triệu lượt"].modality == claims["892 nghìn lượt"].modality == "estimate"
