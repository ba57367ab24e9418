"""Where a figure holds when a headline opens on a province and its body names one commune, and when a count of places
follows the places another count lists. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_headline_opening_on_a_province_makes_it_the_texts_place_over_the_one_commune_named():
    extraction = analyse("Lạng Sơn xếp thứ ba khu vực\n\nQua rà soát ở 180 xã trong toàn tỉnh Lạng Sơn, bình quân mỗi xã "
                         "đạt 12,4 tiêu chí. Cụ thể, xã Mai Pha đạt 19/19 tiêu chí; 30 xã đạt từ 15-18 tiêu chí.",
                         date="2031-05-02")
    assert extraction.place == "Lạng Sơn"
    claims = by_text(extraction.claims)
    assert claims["12,4 tiêu chí"].place == claims["30 xã"].place == "Lạng Sơn"


def test_a_commune_text_whose_headline_names_the_commune_keeps_it():
    extraction = analyse("Xã Mai Pha đạt chuẩn nông thôn mới nâng cao\n\nNăm 2031, thu ngân sách xã đạt 3,2 tỷ đồng; "
                         "thu nhập bình quân của xã đạt 62 triệu đồng/người/năm.", date="2031-12-20")
    assert extraction.place == "Mai Pha"


def test_a_count_of_places_after_the_places_another_count_lists_is_of_their_whole():
    claims = by_text(extract("Đến nay, toàn tỉnh Ninh Bình có hai huyện Hoa Lư, Yên Khánh và 90 trong số 119 xã đạt "
                             "chuẩn nông thôn mới.", date="2031-09-12"))
    assert claims["90 trong số 119 xã"].place == "Ninh Bình"


def test_a_count_of_smaller_places_right_after_a_named_place_is_still_its():
    claims = by_text(extract("Huyện Hoa Lư có 10 xã đạt chuẩn nông thôn mới.", date="2031-09-12"))
    assert claims["10 xã"].place == "Hoa Lư"


def test_a_village_named_with_thon_is_where_its_figures_hold():
    extraction = analyse("Phước Sơn phát động xây dựng thôn kiểu mẫu\n\nNgày 7/3, UBND xã Phước Ninh tổ chức lễ phát động "
                         "xây dựng thôn nông thôn mới kiểu mẫu Dùi Chiêng. Thôn Dùi Chiêng có 198 hộ với 679 khẩu, có 14 "
                         "hộ nghèo.", date="2031-03")
    claims = by_text(extraction.claims)
    assert claims["198 hộ"].place == claims["14 hộ"].place == "Dùi Chiêng"
    assert claims["198 hộ"].place_level == "village"
