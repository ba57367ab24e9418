"""Quotas handed out to places and the figure a plan set at a time (December 2026, from a round of sector news read
after it was scored). Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_quota_handed_out_and_its_shares_by_place_are_targets():
    claims = by_text(analyse(
        "UBND tỉnh vừa giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài năm 2031 cho các địa phương, với tổng "
        "số 1.800 chỉ tiêu. Trong đó, Quế Sơn được giao cao nhất với 270 chỉ tiêu, tiếp đến lần lượt là Thăng Bình "
        "250, Đại Lộc 240, Tiên Phước 180.", date="2031-03-05").claims)
    assert {claims[text].modality for text in ("1.800 chỉ tiêu", "270 chỉ tiêu", "250", "180")} == {"target"}
    assert "giao chỉ tiêu đưa người lao động" in claims["1.800 chỉ tiêu"].subject


def test_the_count_of_a_resolutions_targets_is_still_a_fact():
    claims = by_text(analyse("Kết quả thực hiện kế hoạch năm 2031 so với 15 chỉ tiêu theo Nghị quyết, có 11 chỉ tiêu "
                             "đạt và vượt.", date="2031-12-20").claims)
    assert claims["15 chỉ tiêu"].modality == "actual"


def test_the_figure_a_plan_set_at_the_start_of_the_year_names_is_the_target():
    claims = by_text(analyse("Kim ngạch xuất khẩu 7 tháng tăng gần 12%, vượt tốc độ tăng trưởng theo kế hoạch đề ra "
                             "đầu năm 2031 là 8,42%.", date="2031-08-05").claims)
    assert claims["8,42%"].modality == "target"
    assert claims["8,42%"].subject.startswith("tốc độ tăng trưởng")


def test_two_places_with_bare_counts_after_an_announced_list_are_counted_too():
    claims = by_text(analyse(
        "UBND tỉnh giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài năm 2031, với tổng số 1.800 chỉ tiêu. "
        "Trong đó, Quế Sơn được giao cao nhất với 270 chỉ tiêu, tiếp đến lần lượt là Thăng Bình 250, Tiên Phước 180.",
        date="2031-03-05").claims)
    assert (claims["250"].place, claims["250"].unit) == ("Thăng Bình", "chỉ tiêu")
    assert claims["180"].place == "Tiên Phước"
