"""Claims read from sentences: periods inside brackets, running totals (lũy kế), growths said again as amounts,
parts of an estimated total, bases and subjects of lists. Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.quantities import find_quantities  # noqa: E402


def by_text(claims):
    return {c.text: c for c in claims}


def test_a_period_inside_a_bracket_dates_only_its_own_figure():
    claims = by_text(extract("Giá trị sản xuất ước 9 tháng năm 2023 đạt 5.210 tỷ đồng, tăng 8,12% so với cùng kỳ "
                             "(6 tháng tăng 7,4%, quý III tăng 9,3%), trong đó: ngành trồng trọt đạt 1.020 tỷ đồng, "
                             "tăng 2,5%.", date="2023-10-03"))
    assert claims["8,12%"].period == "2023-01/2023-09"
    assert claims["7,4%"].period == "2023-01/2023-06"
    assert claims["9,3%"].period == "2023-07/2023-09"
    assert claims["1.020 tỷ đồng"].period == "2023-01/2023-09"
    assert claims["2,5%"].period == "2023-01/2023-09"


def test_a_running_total_after_a_months_figure_does_not_date_the_next_sentence():
    claims = by_text(extract("Doanh thu vận tải tháng 5 năm 2022 tăng 4,1% so với tháng trước, lũy kế quý II tăng "
                             "6,2% so cùng kỳ. Khối lượng hàng hóa vận chuyển đạt 310 nghìn tấn, lũy kế 1.450 nghìn "
                             "tấn. Trong đó, đường bộ đạt 1.200 nghìn tấn.", date="2022-06-02"))
    assert claims["4,1%"].period == "2022-05"
    assert claims["4,1%"].basis == "other"
    assert claims["310 nghìn tấn"].period == "2022-05"
    assert claims["1.450 nghìn tấn"].period == "2022-01/2022-05"
    assert claims["1.200 nghìn tấn"].period == "2022-01/2022-05"


def test_a_stock_said_at_the_end_of_a_quarter_holds_at_its_last_month():
    claims = by_text(extract("Báo cáo tháng 3 năm 2022. Đến cuối quý I, huyện có 12/15 xã đạt chuẩn văn hóa.",
                             date="2022-04-05"))
    assert claims["12/15 xã"].period == "2022-03"


def test_an_amount_said_with_bang_after_a_growth_is_its_change():
    claims = by_text(extract("Năm 2022, diện tích ngô đạt 2.400 ha, tăng 3,2% so với năm trước (bằng 75 ha); "
                             "đàn dê có 9.800 con, tăng 4%, bằng 380 con so với cùng kỳ.", date="2022-12-20"))
    assert (claims["75 ha"].measure, claims["75 ha"].basis) == ("change", "prior_year")
    assert (claims["380 con"].measure, claims["380 con"].basis) == ("change", "same_period")


def test_the_parts_after_chia_ra_share_the_estimate_of_their_total():
    claims = by_text(extract("Năm 2021, sản lượng chè sơ bộ đạt 8.500 tấn tăng 2,1% chia ra: chè búp đạt 6.300 "
                             "tấn tăng 1,5%; chè cành đạt 2.200 tấn, giảm 0,4% so chính thức năm trước.",
                             date="2021-12-10"))
    assert claims["6.300 tấn"].modality == "estimate"
    assert claims["2.200 tấn"].modality == "estimate"
    assert (claims["0,4%"].basis, claims["0,4%"].modality) == ("prior_year", "estimate")


def test_an_amount_and_the_count_it_was_shared_among_are_two_figures():
    texts = [q.text for q in find_quantities("đã giải ngân 12,5 tỷ đồng/430 hộ và nuôi 210 ha/96 hộ; đạt 9 "
                                             "chỉ tiêu/12 chỉ tiêu; GRDP quý IV/2022 tăng")]
    assert texts == ["12,5 tỷ đồng", "430 hộ", "210 ha", "96 hộ", "9 chỉ tiêu"]


def test_the_item_named_after_gom_is_the_subject():
    claims = by_text(extract("Kim ngạch xuất khẩu đạt 300 triệu USD, trong đó các mặt hàng chính gồm hạt điều đạt "
                             "120 triệu USD.", date="2020-09-30"))
    assert claims["120 triệu USD"].subject == "hạt điều"


def test_luy_ke_before_a_figure_is_not_its_subject():
    claims = by_text(extract("Sản lượng cá đạt 800 tấn. Diện tích nuôi cá lồng ổn định, lũy kế 46 ha.",
                             date="2020-09-30"))
    assert claims["46 ha"].subject.startswith("Diện tích nuôi cá lồng")


def test_a_deadline_in_a_later_clause_does_not_date_a_status_before_it():
    claims = by_text(extract("Huyện duy trì 6/7 xã đạt chuẩn, hoàn thành nhiệm vụ xây dựng đô thị văn minh trước "
                             "năm 2026.", date="2024-02-01"))
    assert claims["6/7 xã"].period == "2024-02-01"
    assert claims["6/7 xã"].modality == "actual"


def test_gift_parcels_are_counted():
    texts = [(q.text, q.unit) for q in find_quantities("hội đã trao 250 phần quà cho học sinh nghèo")]
    assert texts == [("250 phần quà", "phần quà")]


def test_a_part_named_after_trong_do_is_not_the_subject_of_the_next_sentence():
    claims = by_text(extract("Tổng sản lượng gỗ tháng 8 đạt 9.000 m3, tăng 2% so tháng trước; trong đó gỗ keo đạt "
                             "6.100 m3, tăng 3% so tháng trước. Lũy kế 8 tháng đầu năm đạt 70.400 m3.",
                             date="2022-09-05"))
    assert claims["70.400 m3"].subject == "Tổng sản lượng gỗ"
