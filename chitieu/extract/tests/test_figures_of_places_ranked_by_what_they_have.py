"""League tables and lists of places or bodies: a figure said of places that have it is the indicator they have, a place
pointed back to is who acted, and a body's figure in a bracket is of the list's indicator (December 2026, from a round
of texts comparing provinces read after it was scored). Sentences are invented for these tests (real articles stay
outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_each_places_figure_in_a_ranked_list_is_the_indicator_the_places_have():
    claims = by_text(analyse("Năm 2031, top 10 tỉnh, thành có tăng trưởng GRDP cao nhất cả nước gồm: Hải Phòng "
                             "(12,38%), Quảng Ninh (10,28%).").claims)
    assert claims["12,38%"].subject == claims["10,28%"].subject == "tăng trưởng GRDP"
    claims = by_text(analyse("Năm 2031, 05 địa phương có kim ngạch nhập khẩu cao nhất cả nước lần lượt là Hà Nội "
                             "(26,96 tỷ USD), Bắc Ninh (24,11 tỷ USD).").claims)
    assert claims["26,96 tỷ USD"].subject == "kim ngạch nhập khẩu"


def test_the_place_that_leads_in_an_indicator_is_measured_by_it():
    claims = by_text(analyse("Trong 9 tháng năm 2031, Hà Nội là địa phương dẫn đầu cả nước về kim ngạch xuất khẩu với "
                             "31,1 tỷ USD; Bắc Ninh xếp thứ hai với 28,66 tỷ USD.").claims)
    assert claims["31,1 tỷ USD"].subject == claims["28,66 tỷ USD"].subject == "kim ngạch xuất khẩu"


def test_a_count_of_places_keeps_what_they_have_in_its_name():
    claims = by_text(analyse("Năm 2031, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD.").claims)
    assert claims["09 tỉnh, thành"].subject.startswith("tỉnh, thành phố có kim ngạch xuất khẩu")
    assert claims["01 tỷ USD"].subject == "kim ngạch xuất khẩu"


def test_a_place_pointed_back_to_is_who_lowered_the_rate():
    claims = by_text(analyse("Tỉnh miền núi biên giới này đã giảm tỷ lệ hộ nghèo từ 58,2% năm 2016 xuống còn 27,9% năm "
                             "2031.", date="2032-01-10").claims)
    assert [(claims[t].subject, claims[t].measure, claims[t].value) for t in ("58,2%", "27,9%")] == [
        ("tỷ lệ hộ nghèo", "level", 58.2), ("tỷ lệ hộ nghèo", "level", 27.9)]


def test_the_rise_that_names_a_rate_in_a_ranking_keeps_its_rise():
    text = ("Bắc Giang dẫn đầu với IIP 9 tháng tăng 40%. Xếp sau về tốc độ tăng IIP 9 tháng đầu năm 2031 là Cần Thơ "
            "(30,9%), Quảng Nam (30,3%).")
    claims = by_text(analyse(text, date="2031-10-01").claims)
    assert claims["30,9%"].subject == claims["30,3%"].subject == "tốc độ tăng IIP"


def test_a_bodys_figure_in_a_list_of_brackets_is_of_the_lists_indicator():
    text = ("Nhiều đơn vị và địa phương có tỷ lệ giải ngân đạt cao như: Ngân hàng Nhà nước (62,75%), Ngân hàng Phát "
            "triển (100%), Tiền Giang (62,12%).")
    claims = by_text(analyse(text, date="2031-09-06").claims)
    assert {claims[t].subject for t in ("62,75%", "100%", "62,12%")} == {"tỷ lệ giải ngân"}
    assert claims["62,12%"].place == "Tiền Giang"


def test_the_country_a_place_leads_is_no_place_of_its_figure():
    claims = by_text(analyse("Đơn cử như Bình Dương, địa phương có thu nhập bình quân đầu người cao nhất cả nước (8,29 "
                             "triệu đồng/người/tháng).", date="2031-03-03").claims)
    assert claims["8,29 triệu đồng/người/tháng"].place == "Bình Dương"


def test_a_province_pointed_back_to_with_what_it_is_is_the_one_named_before():
    text = ("Lai Châu là một trong những địa phương khó khăn nhất cả nước. Theo thống kê, tỉnh miền núi biên giới này đã "
            "giảm tỷ lệ hộ nghèo từ 58,2% năm 2016 xuống còn 27,9% năm 2031.")
    claims = by_text(analyse(text, date="2032-03-03").claims)
    assert claims["58,2%"].place == claims["27,9%"].place == "Lai Châu"


def test_a_second_place_set_beside_the_first_after_its_figure_holds_its_own_figure():
    claims = by_text(analyse("Trong tháng 9/2031, kim ngạch xuất khẩu của Bắc Ninh đạt 4,2 tỷ USD, trong khi của thành "
                             "phố Hồ Chí Minh là 3,4 tỷ USD.", date="2031-10-05").claims)
    assert (claims["4,2 tỷ USD"].place, claims["3,4 tỷ USD"].place) == ("Bắc Ninh", "Hồ Chí Minh")


def test_a_threshold_crossed_is_a_bound_of_the_growth_not_an_excess_over_a_plan():
    claims = by_text(analyse("Có 4 tỉnh, thành phố khác cũng ghi nhận tăng trưởng GRDP vượt ngưỡng 10%.",
                             date="2031-07-09").claims)
    ten = claims["10%"]
    assert (ten.measure, ten.basis, ten.qualifier, ten.subject) == ("growth", "same_period", "over", "tăng trưởng GRDP")


def test_the_step_from_one_rate_to_the_next_said_again_is_a_change_in_points_between_their_times():
    text = ("Lai Châu đã giảm tỷ lệ hộ nghèo từ 58,2% năm 2016 xuống còn 27,9% năm 2031, tương đương mức giảm đáng kinh "
            "ngạc 30,3%.")
    step = by_text(analyse(text, date="2032-03-03").claims)["30,3%"]
    assert (step.measure, step.value, step.basis, step.period, step.subject) == (
        "change", -30.3, "other", "2016/2031", "tỷ lệ hộ nghèo")
    step = by_text(analyse("Tỷ lệ hộ nghèo giảm từ 5,2% năm 2030 xuống 4,1% năm 2031, tương đương giảm 1,1%.",
                           date="2032-03-03").claims)["1,1%"]
    assert (step.measure, step.value, step.basis, step.period) == ("change", -1.1, "prior_year", "2031")
