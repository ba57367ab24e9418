"""District reports: the count of targets met, a later figure of an item that has its own verb after an estimate, and
the budget's spending task as a base. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_count_of_the_targets_given_that_were_met_is_a_result():
    claims = by_text(extract("Về chỉ tiêu tỉnh giao, có 8 chỉ tiêu đạt và vượt kế hoạch. Nghị quyết đề ra 22 chỉ tiêu "
                             "phấn đấu đạt trong năm.", date="2030-12-23"))
    assert claims["8 chỉ tiêu"].modality == "actual"
    assert claims["22 chỉ tiêu"].modality == "target"


def test_a_later_figure_of_an_item_with_its_own_verb_after_an_estimate_is_that_items():
    claims = by_text(extract("Ước tổng diện tích gieo trồng năm 2030 được hơn 23.100 ha, tăng 4,2% so cùng kỳ; Giá trị "
                             "sản xuất nông nghiệp đạt 1.904 tỷ đồng, tăng 3,3% so cùng kỳ.", date="2030-12-10"))
    assert claims["4,2%"].modality == "estimate"
    assert claims["1.904 tỷ đồng"].modality == claims["3,3%"].modality == "actual"


def test_the_budgets_spending_task_is_its_estimate():
    claims = by_text(extract("Chi ngân sách địa phương ước thực hiện 4 tháng là 4.120 tỷ đồng, đạt 34,2% so với nhiệm vụ "
                             "chi.", date="2030-05-10"))
    assert claims["34,2%"].basis == "estimate"
