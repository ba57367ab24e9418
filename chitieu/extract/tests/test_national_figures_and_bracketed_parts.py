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


def test_the_measures_of_a_sentence_opening_on_a_crops_season_are_of_that_season():
    text = ("Vụ lúa đông xuân 2031 cả nước gieo trồng được 2,95 triệu ha, tăng 1,5 nghìn ha so với năm 2030; năng suất "
            "lúa đạt 68,8 tạ/ha, tăng 0,4 tạ/ha, sản lượng đạt 20,33 triệu tấn.")
    claims = by_text(analyse(text, date="2032-01-06").claims)
    assert claims["2,95 triệu ha"].subject == "diện tích gieo trồng lúa đông xuân"
    assert claims["68,8 tạ/ha"].subject == "năng suất lúa đông xuân"
    assert claims["20,33 triệu tấn"].subject == "sản lượng lúa đông xuân"


def test_the_items_of_a_list_announced_as_a_trades_goods_are_that_trade_in_them():
    text = ("Quý I/2031, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh ước đạt 1.726 triệu USD, giảm 11,2%. Trong đó, "
            "nhiều mặt hàng xuất khẩu chủ lực của tỉnh giảm sâu so với cùng kỳ như: xơ, sợi dệt sụt giảm mạnh nhất "
            "92,42%; hàng dệt may giảm 33,73%; chất dẻo giảm 14,46%.")
    claims = by_text(analyse(text, date="2031-04-10").claims)
    assert claims["92,42%"].subject == "kim ngạch xuất khẩu xơ, sợi dệt"
    assert claims["33,73%"].subject == "kim ngạch xuất khẩu hàng dệt may"


def test_a_goal_a_citys_value_added_reaches_in_percent_is_its_growth_and_its_list_is_all_targets():
    text = ("HĐND thành phố đã thông qua nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2032 với 22 chỉ tiêu "
            "kinh tế - xã hội chủ yếu. Đáng chú ý thành phố đặt mục tiêu phấn đấu giá trị gia tăng kinh tế đạt 9 – 10%; "
            "giá trị gia tăng bình quân đầu người 130 – 135 triệu đồng; thu ngân sách hơn 3.916 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert (claims["22 chỉ tiêu"].modality, claims["22 chỉ tiêu"].subject) == (
        "target", "chỉ tiêu kinh tế - xã hội chủ yếu")
    assert (claims["9 – 10%"].measure, claims["9 – 10%"].basis, claims["9 – 10%"].modality) == (
        "growth", "same_period", "target")
    assert (claims["130 – 135 triệu đồng"].measure, claims["130 – 135 triệu đồng"].modality) == ("level", "target")
    assert claims["3.916 tỷ đồng"].modality == "target"
    assert {claims[t].period for t in ("9 – 10%", "130 – 135 triệu đồng", "3.916 tỷ đồng")} == {"2032"}


def test_the_targets_a_review_weighs_or_a_result_is_among_are_the_plans_targets():
    claims = by_text(analyse("Trong 28 chỉ tiêu chủ yếu năm 2031, có 17 chỉ tiêu vượt kế hoạch.",
                             date="2031-12-20").claims)
    assert (claims["28 chỉ tiêu"].modality, claims["17 chỉ tiêu"].modality) == ("target", "actual")
    text = "UBND huyện tổ chức hội nghị tổng kết đánh giá 19 chỉ tiêu phát triển kinh tế – xã hội năm 2031."
    claim = analyse(text, date="2031-12-30").claims[0]
    assert (claim.modality, claim.subject) == ("target", "chỉ tiêu phát triển kinh tế – xã hội")


def test_a_grade_said_after_what_is_counted_is_part_of_it():
    text = ("Năm 2031, toàn huyện có 38/38 trường đạt chuẩn Quốc gia mức độ 1, đạt 100%; 25/38 trường chuẩn quốc gia "
            "mức độ 2, đạt 65,78%.")
    claims = by_text(analyse(text).claims)
    assert claims["38/38 trường"].subject == "trường đạt chuẩn Quốc gia mức độ 1"
    assert claims["65,78%"].subject == "trường chuẩn quốc gia mức độ 2"


def test_an_indicator_named_after_a_clause_in_the_same_item_is_the_subject_alone():
    text = ("Năm 2031, thu ngân sách 807,9 tỷ đồng; thương mại, dịch vụ hoạt động tốt, tổng mức bán lẻ hàng hóa và "
            "doanh thu dịch vụ ước đạt 5.233,102 tỷ đồng. Nổi bật là tổng thu ngân sách Nhà nước đạt kết quả cao "
            "nhất từ trước đến nay, ước đạt 3.800 tỷ đồng.")
    claims = by_text(analyse(text).claims)
    assert claims["5.233,102 tỷ đồng"].subject == "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"
    assert claims["3.800 tỷ đồng"].subject == "tổng thu ngân sách Nhà nước"
