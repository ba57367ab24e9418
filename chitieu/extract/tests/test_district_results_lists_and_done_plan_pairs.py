"""How sure a district report's figures are when its list of results is announced with a hyphenated field name, when a
done/plan pair is said in the bracket after a ratio to the plan, and when a count's pair has a plan below what was done.
Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_list_of_targets_said_reached_is_results_even_with_a_hyphenated_field():
    claims = by_text(extract("Năm 2030, nhiều chỉ tiêu phát triển kinh tế-xã hội của huyện đạt và vượt so với kế hoạch "
                             "như: tổng diện tích cây trồng đạt 50.445 ha; giải quyết việc làm cho 3.190 lao động, đạt "
                             "212,7% kế hoạch.", date="2030-12-20"))
    assert claims["50.445 ha"].modality == claims["3.190 lao động"].modality == "actual"


def test_a_list_of_targets_set_is_still_targets():
    claims = by_text(extract("Các chỉ tiêu chủ yếu năm 2031 như: tổng diện tích cây trồng 51.000 ha; giải quyết việc làm "
                             "cho 3.000 lao động.", date="2030-12-20"))
    assert claims["51.000 ha"].modality == "target"


def test_of_a_done_plan_pair_in_the_bracket_after_a_ratio_to_plan_the_first_is_done():
    claims = extract("Tổng vốn đầu tư ước thực hiện giải ngân năm 2030 đạt 100% kế hoạch (814,3/814,3 tỷ đồng).",
                     date="2030-12-20")
    done, plan = [c for c in claims if c.text.startswith("814,3")]
    assert done.modality == "estimate"
    assert plan.modality == "target"


def test_a_counts_plan_below_what_was_done_is_a_figure_of_its_own():
    claims = by_text(extract("Tổng đàn gia súc, gia cầm toàn xã có 17.919 con/14.066 con, đạt 127,39% KH, trong đó đàn "
                             "gia súc có trên 7.700 con.", date="2030-07-04"))
    assert claims["14.066 con"].modality == "target"
    assert claims["17.919 con"].modality == "actual"
    assert claims["7.700 con"].period == claims["17.919 con"].period == "2030-07-04"


def test_targets_met_over_a_half_year_are_counted_over_it_and_what_the_town_has_at_its_end():
    claims = by_text(extract("Trong 6 tháng đầu năm thị trấn Chợ Mới đã thực hiện đạt và vượt 6/14 chỉ tiêu; Thị trấn có "
                             "1.655 hộ cơ sở sản xuất kinh doanh.", date="2030-07-10"))
    assert claims["6/14 chỉ tiêu"].period == "2030-01/2030-06"
    assert claims["1.655 hộ"].period == "2030-06"


def test_those_who_went_abroad_over_the_months_are_counted_over_them():
    claims = by_text(extract("Tính chung 10 tháng qua, có 91.143 lao động ra nước ngoài làm việc.", date="2030-11-05"))
    assert claims["91.143 lao động"].period == "2030-01/2030-10"
