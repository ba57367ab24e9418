"""The quantity parser against its own corpus (corpus/quantities_vi.tsv) and properties of any input."""

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.extract.quantities import find_quantities, parse_quantity, parse_unit

CORPUS = Path(__file__).parent / "corpus" / "quantities_vi.tsv"


def corpus_rows():
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, expected = line.split("\t")
            yield pytest.param(phrase, json.loads(expected), id=phrase)


@pytest.mark.parametrize("phrase,expected", list(corpus_rows()))
def test_it_reads_each_phrase_of_the_corpus(phrase, expected):
    quantity = parse_quantity(phrase)
    assert (quantity.as_json() if quantity else None) == expected


def test_it_splits_a_done_and_plan_pair_into_two_figures():
    done, plan = find_quantities("trồng rừng gỗ lớn đạt 813/520ha")
    assert (done.value, done.unit, done.role) == (813, "ha", "done")
    assert (plan.value, plan.unit, plan.role, plan.text) == (520, "ha", "plan", "520ha")


def test_it_leaves_out_dates_references_ranks_and_page_counters():
    text = ("Theo Quyết định 1572/QĐ-TTg ngày 15/9/2020, dịch Covid-19 lần thứ 2 trên đường tỉnh 330, "
            "tỉnh đứng thứ 12/63. Hôm nay: 843. Đã truy cập: 7274728. Sản phẩm OCOP 3 sao.")
    assert find_quantities(text) == []


def test_it_keeps_a_figure_that_follows_a_reference():
    found = find_quantities("Thực hiện Nghị quyết số 12, có 3 xã vượt Nghị quyết 0,36%")
    assert [(q.value, q.unit) for q in found] == [(3, "xã"), (0.36, "%")]


def test_it_converts_units_to_canonical_ones():
    assert parse_unit("tỷ đồng") == ("VND", 1e9)
    assert parse_unit("triệu USD") == ("USD", 1e6)
    assert parse_unit("ha") == ("ha", 1.0)
    assert parse_unit("hộ") == ("hộ", 1.0)
    assert parse_unit("vạn tấn") == ("tonne", 1e4)
    assert parse_unit("quả táo xanh") is None


def test_old_style_tone_marks_and_decomposed_text_read_alike():
    modern = find_quantities("Xã Hòa Bình có 12 hộ, thủy lợi đạt 80%")
    old_style = find_quantities("Xã Hoà Bình có 12 hộ, thuỷ lợi đạt 80%")
    decomposed = find_quantities(unicodedata.normalize("NFD", "Xã Hòa Bình có 12 hộ, thủy lợi đạt 80%"))
    assert [q.as_json() for q in modern] == [q.as_json() for q in old_style] == [q.as_json() for q in decomposed]


def vietnamese(number: int, decimals: str) -> str:
    grouped = f"{number:,}".replace(",", ".")
    return grouped + ("," + decimals if decimals else "")


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from(["", "5", "25", "125"]))
def test_a_number_written_the_vietnamese_way_reads_back(number, decimals):
    written = vietnamese(number, decimals) + " tấn"
    expected = float(f"{number}.{decimals or 0}")
    assert parse_quantity(written).value == pytest.approx(expected)


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("triệu", 1e6), ("tỷ", 1e9), ("nghìn tỷ", 1e12)]))
def test_scale_words_multiply(number, scale):
    word, factor = scale
    assert parse_quantity(f"{number} {word} đồng").value == pytest.approx(number * factor)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_figures_within_the_text_and_never_fails(text):
    normalized = unicodedata.normalize("NFC", text)
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(normalized)
        assert normalized[quantity.start:quantity.end] == quantity.text
    parse_quantity(text)


def test_double_digit_growth_is_not_a_count():
    assert find_quantities("Tốc độ tăng trưởng đạt 2 con số, cao nhất vùng; đàn trâu có 300 con.") != []
    assert [q.text for q in find_quantities("Tốc độ tăng trưởng đạt 2 con số, cao nhất vùng; đàn trâu có 300 con.")] == ["300 con"]


def test_digits_that_only_follow_muoi_start_no_number_in_words():
    assert find_quantities("hạ tầng được đầu tư đồng bộ, ngày mốt hộ dân nhận tiền") == []


def test_a_page_view_counter_is_no_count():
    assert find_quantities("8,973 lượt xem · 12 lượt chia sẻ") == []


def test_a_spoken_tail_after_a_scale_is_read_only_before_money_or_the_end():
    assert [(q.value, q.unit) for q in find_quantities("thu 2 tỷ 5 đồng, hỗ trợ 3 triệu 2 hộ")] == [(2.5e9, "VND"), (2, "hộ")]


_PIECES = ["1", "2", "07", "000", "1.000", "2,5", ".", ",", " ", "-", "/", "$", "k", "tr", "triệu", "tỷ", "nghìn", "rưỡi",
           "phẩy", "hai", "mươi", "mốt", "trăm", "linh", "đồng", "đô", "USD", "VND", "%", "ha", "hộ", "từ", "đến", "âm"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_any_run_of_number_pieces_parses_or_says_none_and_never_fails(pieces):
    for joined in ("".join(pieces), " ".join(pieces)):
        quantity = parse_quantity(joined)
        assert quantity is None or quantity.value == quantity.value  # a number, never NaN
        find_quantities(joined)


_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _in_words(number):
    """Vietnamese words of 0 < number < 1 000 000, written as a reader would say it (for the property below)."""
    def below_thousand(n, inside):
        hundreds, tens, units = n // 100, n // 10 % 10, n % 10
        words = []
        if hundreds or inside:
            words += [_DIGITS[hundreds], "trăm"]
        if tens == 0 and units and (hundreds or inside):
            words.append("linh")
        elif tens == 1:
            words.append("mười")
        elif tens > 1:
            words += [_DIGITS[tens], "mươi"]
        if units:
            words.append("mốt" if units == 1 and tens > 1 else "lăm" if units == 5 and tens else _DIGITS[units])
        return words
    thousands, rest = divmod(number, 1000)
    words = below_thousand(thousands, False) + ["nghìn"] if thousands else []
    if rest:
        words += below_thousand(rest, bool(thousands))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999))
def test_a_number_said_in_words_reads_back(number):
    assert parse_quantity(_in_words(number)).value == number


def test_a_count_of_a_noun_no_list_knows_is_still_a_count():
    found = {q.text: q.unit for q in find_quantities("Tỉnh có 40 hồ chứa, 7 chi nhánh mới và 12 phiên.")}
    assert found == {"40 hồ chứa": "hồ chứa", "7 chi nhánh": "chi nhánh", "12 phiên": "phiên"}  # nouns of 1 or 2 words


def test_in_turn_and_a_rank_are_no_figures_and_a_count_said_again_is_no_new_one():
    assert find_quantities("Xếp thứ 4 và 5 lần lượt là Phú Thọ và Đồng Nai; có 02 vị trí mới.") == []
    assert find_quantities("Riêng 08 địa phương nêu trên chiếm 66%.")[0].text == "66%"


def test_a_threshold_keeps_its_qualifier_across_the_word_for_threshold():
    assert find_quantities("4 tỉnh dưới ngưỡng 100 triệu USD")[1].qualifier == "under"


def test_an_open_count_needs_a_word_that_can_name_what_is_counted():
    assert find_quantities("Trong 2 ngày 10 và 11.7, kỳ họp thứ 7 diễn ra; năm 2020 đạt kết quả.") == []
    assert find_quantities("cách đây 2/9 kéo dài") == []  # a day and month, not a fraction of something


def test_a_word_that_folds_to_a_scale_is_not_one():
    found = find_quantities("Huyện có 5 trạm y tế và 3 ngân hàng.")
    assert [(q.value, q.unit) for q in found] == [(5, "trạm"), (3, "ngân hàng")]


def test_tens_and_a_lone_hundred_in_words():
    assert parse_quantity("hai chục hộ").as_json() == {"value": 20, "unit": "hộ"}
    assert parse_quantity("trăm hộ").as_json() == {"value": 100, "unit": "hộ"}
    assert find_quantities("hàng trăm hộ được hỗ trợ") == []  # hundreds of: no figure


def test_dollars_and_cents():
    assert parse_quantity("2 đô la và 23 xen").as_json() == {"value": 2.23, "unit": "USD"}


def test_a_range_with_the_currency_on_each_end():
    assert parse_quantity("VND1000-VND2000").as_json() == {"value": 1000, "unit": "VND", "min": 1000, "max": 2000}
    assert [q.text for q in find_quantities("giá từ VND1000-VND2000 một kg")] == ["VND1000-VND2000"]


def test_both_halves_of_a_pair_each_with_its_unit():
    done, plan = find_quantities("trồng rừng 30 ha/45 ha")
    assert (done.value, done.role, plan.value, plan.role) == (30, "done", 45, "plan")


def test_a_label_ending_in_a_time_word_does_not_hide_its_figure():
    assert [q.value for q in find_quantities("Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn.")] == [25000]
