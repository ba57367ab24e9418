"""What is counted when the words after a count run past their limit inside a term, when the counted noun comes after a
bracket, and when a comma piece before the subject lost its object to a place or time read apart. Sentences are
written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_limit_on_the_words_after_a_count_does_not_cut_a_term_in_two():
    claims = by_text(extract("Đến cuối năm 2030, tỉnh Sóc Trăng đã có 3 huyện hoàn thành mục tiêu quốc gia xây dựng nông "
                             "thôn mới.", date="2031-02-03"))
    assert claims["3 huyện"].subject == "huyện hoàn thành mục tiêu quốc gia xây dựng nông thôn mới"


def test_a_counted_noun_after_the_counts_bracket_is_read_once():
    claims = by_text(extract("Huyện Lý Nhân có 20/20 (100%) xã đã được công nhận đạt chuẩn nông thôn mới.",
                             date="2031-02-03"))
    assert claims["20/20"].subject == "xã đã được công nhận đạt chuẩn nông thôn mới"


def test_a_piece_ending_on_a_word_that_wants_an_object_lists_nothing_with_the_subject():
    claims = by_text(extract("Theo kế hoạch, mục tiêu của Thái Bình đến năm 2035, số xã đạt chuẩn nông thôn mới nâng cao "
                             "trên 80%.", date="2031-09-23"))
    assert claims["80%"].subject == "số xã đạt chuẩn nông thôn mới nâng cao"


def test_short_lower_case_pieces_before_it_still_list_one_sector():
    claims = by_text(extract("Giá trị sản xuất nông, lâm nghiệp và thủy sản ước đạt 1.250 tỷ đồng.", date="2031-09-23"))
    assert claims["1.250 tỷ đồng"].subject == "Giá trị sản xuất nông, lâm nghiệp và thủy sản"


def test_a_count_defined_by_a_rate_reached_keeps_the_rate_in_what_is_counted():
    claims = by_text(extract("Đến ngày 23/4/2031, có 17 đơn vị giải ngân dưới 20%; 12 địa phương có tỷ lệ giải ngân "
                             "đạt trên 35%.", date="2031-04-25"))
    assert claims["17 đơn vị"].subject == "đơn vị giải ngân dưới 20%"
    assert claims["12 địa phương"].subject == "địa phương có tỷ lệ giải ngân đạt trên 35%"


def test_a_full_stop_inside_an_abbreviation_does_not_cut_what_is_counted():
    claims = by_text(extract("Cả nước có 40 tỉnh, thành phố trực thuộc T.Ư có đơn vị cấp huyện đạt chuẩn.", date="2031-11-02"))
    assert claims["40 tỉnh, thành phố"].subject.startswith("tỉnh, thành phố trực thuộc T.Ư")


def test_mat_bang_is_a_word_not_bang_before_the_figure():
    claims = by_text(extract("Giải phóng mặt bằng đạt 127,42% kế hoạch.", date="2031-11-02"))
    assert claims["127,42%"].subject == "Giải phóng mặt bằng"
