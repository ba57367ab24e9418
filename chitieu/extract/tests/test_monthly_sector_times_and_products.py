"""When a figure of a monthly sector report holds, and how sure it is, when the month is said "trong tháng", when a
running total opens the clause after it ("tính chung 9 tháng"), when "hiện" follows the month a sentence opens on, and
when products are listed after an estimated value of industry with "như". Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_trong_thang_before_an_expected_figure_is_the_month_reported_on():
    claims = by_text(extract("Bán lẻ 7 tháng năm 2031 tăng khá. Tổng mức bán lẻ hàng hóa trong tháng dự kiến đạt 4.071 tỷ "
                             "đồng, tăng 1,39% so với tháng trước.", date="2031-07-25"))
    assert claims["4.071 tỷ đồng"].period == "2031-07"


def test_a_running_total_opening_the_next_clause_dates_only_its_own_figure():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp 9 tháng tăng hơn 10%\n\nTheo Sở Công Thương, trong tháng 9, chỉ số "
                             "sản xuất công nghiệp tăng hơn 11,8% so với cùng kỳ năm trước, tính chung 9 tháng qua, chỉ số "
                             "sản xuất công nghiệp tăng hơn 10%.", date="2031-10"))
    assert claims["11,8%"].period == "2031-09"
    assert by_text(extract("Theo Sở Công Thương, trong tháng 9, chỉ số sản xuất công nghiệp tăng hơn 11,8% so với cùng kỳ "
                           "năm trước, tính chung 9 tháng qua, chỉ số sản xuất công nghiệp tăng hơn 10%.",
                           date="2031-10"))["10%"].period == "2031-01/2031-09"


def test_hien_in_a_sentence_opening_on_a_month_is_that_month():
    claims = by_text(extract("Đến tháng 11/2031, toàn tỉnh hiện có 200/264 xã được công nhận đạt chuẩn nông thôn mới.",
                             date="2031-11-22"))
    assert claims["200/264 xã"].period == "2031-11"


def test_hien_alone_is_the_texts_date():
    claims = by_text(extract("Toàn tỉnh hiện có 200/264 xã được công nhận đạt chuẩn nông thôn mới.", date="2031-11-22"))
    assert claims["200/264 xã"].period == "2031-11-22"


def test_products_listed_with_nhu_after_an_estimated_value_of_industry_are_estimates():
    claims = by_text(extract("Tháng 1/2031, giá trị sản xuất công nghiệp toàn tỉnh ước đạt 60,2 ngàn tỷ đồng, tăng 6,4% so "
                             "với cùng kỳ.\n\nMột số sản phẩm tăng trưởng mạnh như tôm đông lạnh tăng 19,78%, mực đông lạnh "
                             "tăng 18,64%.", date="2031-02"))
    assert claims["19,78%"].modality == claims["18,64%"].modality == "estimate"


def test_so_without_voi_before_a_month_names_another_base():
    claims = by_text(extract("Cả nước có 4.806 xã đạt chuẩn nông thôn mới, tăng 54 xã so tháng 10.", date="2031-12-02"))
    assert claims["54 xã"].basis == "other"
