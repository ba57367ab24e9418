"""The quantity parser against its own corpus (corpus/quantities_vi.tsv) and properties of any input."""

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.extract.quantities import find_quantities, parse_quantity, parse_unit
from chitieu.extract.tests.reading import by_text

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


def test_a_count_over_a_smaller_count_is_done_against_planned_not_a_part_of_a_whole():
    done, plan = find_quantities("số người tham gia bảo hiểm thất nghiệp là 24.318/24.050 người")
    assert (done.value, done.unit, done.role, done.of) == (24318, "người", "done", None)
    assert (plan.value, plan.unit, plan.role, plan.text) == (24050, "người", "plan", "24.050 người")
    (part,) = find_quantities("có 14/17 xã đạt chuẩn")
    assert (part.value, part.of) == (14, 17)


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
    assert find_quantities("Xếp thứ 6 và 7 lần lượt là Long An và Bình Dương; có 03 vị trí mới.") == []
    assert find_quantities("Riêng 06 địa phương này chiếm 58%.")[0].text == "58%"


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


def test_ten_thousand_in_words():
    assert parse_quantity("hai vạn tấn").as_json() == {"value": 20000, "unit": "tonne"}
    assert parse_quantity("ba vạn rưỡi").as_json() == {"value": 35000, "unit": ""}


def test_dollars_and_cents():
    assert parse_quantity("2 đô la và 23 xen").as_json() == {"value": 2.23, "unit": "USD"}


def test_cents_said_without_và_or_in_words_or_as_a_spoken_tail():
    assert parse_quantity("5 đô 40 xu").as_json() == {"value": 5.4, "unit": "USD"}
    assert parse_quantity("ba đô la và 15 xen").as_json() == {"value": 3.15, "unit": "USD"}
    assert parse_quantity("4 đô la và ba mươi lăm xen").as_json() == {"value": 4.35, "unit": "USD"}
    assert parse_quantity("bảy đô 80").as_json() == {"value": 7.8, "unit": "USD"}
    assert parse_quantity("dưới một đô la và 50 xu").as_json() == {"value": 1.5, "unit": "USD", "qualifier": "under"}


def test_a_comparison_said_with_không_bounds_the_figure_the_other_way():
    assert parse_quantity("không hơn 5.000 đồng").as_json()["qualifier"] == "at_most"
    assert parse_quantity("không cao hơn 5.000 đồng").as_json()["qualifier"] == "at_most"
    assert parse_quantity("không ít hơn 2,5 đô la").as_json()["qualifier"] == "at_least"
    assert parse_quantity("không dưới 90%").as_json()["qualifier"] == "at_least"
    assert parse_quantity("không tới 3.000 đồng").as_json()["qualifier"] == "under"
    # without "không" a comparison is a difference, no bound
    assert "qualifier" not in parse_quantity("thấp hơn 4%").as_json()


def test_a_decimal_said_in_words_on_both_sides_of_the_point():
    assert parse_quantity("từ 2 phẩy 5 đến hai chấm tám đô la").as_json() == {
        "value": 2.5, "unit": "USD", "min": 2.5, "max": 2.8}


def test_a_capital_m_glued_to_a_number_is_millions_and_a_small_m_metres():
    assert parse_quantity("2,5M").as_json() == {"value": 2500000, "unit": ""}
    assert parse_quantity("$4M").as_json() == {"value": 4000000, "unit": "USD"}
    assert parse_quantity("2,5m").as_json()["unit"] == "m"


def test_a_currency_code_the_spec_has_none_for_is_that_currency():
    assert parse_quantity("GBP4,50").as_json() == {"value": 4.5, "unit": "GBP"}
    assert parse_quantity("JPY 1.000").as_json() == {"value": 1000, "unit": "JPY"}
    assert [(q.value, q.unit) for q in find_quantities("thu về 20 rupees mỗi ngày")] == [(20, "INR")]


def test_a_range_with_the_currency_on_each_end():
    assert parse_quantity("VND1000-VND2000").as_json() == {"value": 1000, "unit": "VND", "min": 1000, "max": 2000}
    assert [q.text for q in find_quantities("giá từ VND1000-VND2000 một kg")] == ["VND1000-VND2000"]


def test_both_halves_of_a_pair_each_with_its_unit():
    done, plan = find_quantities("trồng rừng 30 ha/45 ha")
    assert (done.value, done.role, plan.value, plan.role) == (30, "done", 45, "plan")


def test_a_label_ending_in_a_time_word_does_not_hide_its_figure():
    assert [q.value for q in find_quantities("Sản lượng thủy sản bình quân hằng năm: 8.400 tấn.")] == [8400]


def test_hon_after_a_comparative_is_no_qualifier():
    assert find_quantities("thấp hơn 2% so với năm trước")[0].qualifier is None
    assert find_quantities("Cao hơn 3 tỷ đồng")[0].qualifier is None
    assert find_quantities("đạt hơn 5 tỷ đồng")[0].qualifier == "over"


def test_a_headline_opening_on_mot_and_steps_of_a_ranking_are_no_figures():
    assert find_quantities("Một huyện tăng 9 bậc trên bảng xếp hạng") == []
    assert [q.value for q in find_quantities("Huyện có một xã đạt chuẩn.")] == [1]


def test_provinces_and_cities_counted_together_keep_the_first_noun():
    first = find_quantities("cả nước có 9 tỉnh, thành phố đạt chuẩn")[0]
    assert (first.text, first.unit) == ("9 tỉnh, thành phố", "tỉnh")
    assert find_quantities("có 4 tỉnh, thành vượt kế hoạch")[0].text == "4 tỉnh, thành"
    assert find_quantities("gồm 7 huyện, thị xã")[0].unit == "huyện"


def test_a_range_with_the_scale_said_at_both_ends():
    assert parse_quantity("2 triệu - 3 triệu đồng").as_json() == {
        "value": 2000000, "unit": "VND", "min": 2000000, "max": 3000000}
    assert parse_quantity("50 nghìn – 70 nghìn đồng/kg").as_json() == {
        "value": 50000, "unit": "VND/kg", "min": 50000, "max": 70000}


def test_a_multiple_without_its_word_for_times():
    assert parse_quantity("tăng gấp 3").as_json() == {"value": 3, "unit": "times"}


def test_more_ways_to_say_about_and_under_and_hectares():
    assert parse_quantity("trên dưới 100 người").as_json() == {"value": 100, "unit": "người", "qualifier": "about"}
    assert parse_quantity("chưa tới 1%").as_json() == {"value": 1, "unit": "%", "qualifier": "under"}
    assert parse_quantity("9 héc-ta").as_json() == {"value": 9, "unit": "ha"}


def test_a_noun_after_a_comma_that_opens_the_next_items_subject_is_not_a_list_of_nouns():
    first, _second = find_quantities("thành thị có 120.000 người, lao động ở nông thôn là 300.000 người")
    assert (first.text, first.unit) == ("120.000 người", "người")
    (listed,) = find_quantities("huyện có 35 dự án, công trình đã hoàn thành")
    assert listed.text == "35 dự án, công trình"


def test_a_comma_before_three_digits_ending_in_hundreds_groups_thousands_in_a_plain_amount():
    from chitieu.extract import extract
    assert [c.value for c in extract("Năm 2020, huyện trồng mới 1,500 ha rừng.")] == [1500]
    assert [c.value for c in extract("Đàn vịt có 2,500 triệu con.")] == [2500000]
    assert [c.value for c in extract("Năm 2020, xã trồng 0,500 ha hoa.")] == [0.5]


def test_a_farm_is_counted_by_its_one_syllable_noun():
    from chitieu.extract import extract
    claims = extract("Năm 2022, toàn huyện có 85 trại chăn nuôi lợn.")
    assert [(c.text, c.unit) for c in claims] == [("85 trại", "trại")]


def test_a_fraction_in_words_reads_as_its_parts_alone_and_as_a_share_of_a_whole():
    assert parse_quantity("hai phần ba").as_json() == {"value": 2, "unit": "", "of": 3}
    assert parse_quantity("một phần tư số hộ").as_json() == {"value": 1, "unit": "", "of": 4}
    assert parse_quantity("hai phần trăm").as_json() == {"value": 2, "unit": "%"}  # a percent, not 2/100
    (share,) = find_quantities("Số hộ có nước sạch chiếm ba phần năm số hộ của xã.")
    assert (share.text, round(share.value, 2), share.unit, share.role) == ("ba phần năm", 60, "%", "fraction")
    assert find_quantities("ba phần năm hộ dân trong thôn đã được hỗ trợ") == []  # no part said: no "năm hộ" either


def test_per_mille_is_a_tenth_of_a_percent():
    from chitieu.extract import extract
    assert parse_quantity("12,4‰").as_json() == {"value": 1.24, "unit": "%"}
    assert parse_quantity("6,8 phần nghìn").as_json() == {"value": 0.68, "unit": "%"}
    claims = by_text(extract("Năm 2021, tỷ suất sinh thô của tỉnh là 16,3‰, giảm 0,4‰ so với năm 2020."))
    assert (round(claims["16,3‰"].value, 3), claims["16,3‰"].measure) == (1.63, "level")
    assert (round(claims["0,4‰"].value, 3), claims["0,4‰"].measure) == (-0.04, "change")


def test_money_in_a_currency_the_spec_has_no_code_for_is_in_its_iso_code_not_dong_or_dollars():
    assert parse_quantity("150 tỷ yên").as_json() == {"value": 150000000000, "unit": "JPY"}
    assert parse_quantity("4 triệu đô la Úc").as_json() == {"value": 4000000, "unit": "AUD"}
    assert parse_quantity("2,9 triệu bảng Anh/năm").as_json() == {"value": 2900000, "unit": "GBP/year"}
    text = ("Vốn vay ODA đạt 150 tỷ yên, 2 tỷ nhân dân tệ, 40 triệu NDT, 30 tỷ won, 6 triệu bảng Anh "
            "và 4 triệu đô la Úc; vốn đầu tư đạt 12 triệu USD.")
    assert [q.unit for q in find_quantities(text)] == ["JPY", "CNY", "CNY", "KRW", "GBP", "AUD", "USD"]
    assert [q.unit for q in find_quantities("thu ngân sách đạt 120 tỷ đồng, Yên Bái tăng 5%")] == ["VND", "%"]


def test_one_part_of_a_group_is_no_count():
    # "1 bộ phận bà con" is "some of the people"; twelve desks are counted
    found = find_quantities("Đời sống 1 bộ phận bà con còn khó khăn; huyện có 12 bộ phận một cửa.")
    assert [q.text for q in found] == ["12 bộ phận"]


def test_a_vaccination_count_after_tiem_phong_is_a_figure_and_a_room_number_is_not():
    found = find_quantities("Đàn lợn được tiêm phòng 8.400 con; họp tại phòng 212.")
    assert [(q.value, q.unit) for q in found] == [(8400, "con")]


def test_the_dong_sign_and_energy_at_every_scale():
    assert parse_quantity("1.500.000 ₫").as_json() == {"value": 1500000, "unit": "VND"}
    assert parse_quantity("268,4 TWh").as_json() == {"value": 268400000000, "unit": "kWh"}
    assert parse_quantity("1,2 GW").as_json() == {"value": 1200, "unit": "MW"}


def test_a_rate_per_a_unit_no_list_knows_keeps_that_unit_as_written():
    assert parse_quantity("2,28 triệu đồng/lượng").as_json() == {"value": 2280000, "unit": "VND/lượng"}
    assert parse_quantity("262,9 USD/cổ phiếu").as_json() == {"value": 262.9, "unit": "USD/cổ phiếu"}
    assert parse_quantity("22,13 triệu đồng/m²").as_json() == {"value": 22130000, "unit": "VND/m2"}
    assert parse_quantity("100 km/giờ").as_json() == {"value": 100, "unit": "km/giờ"}
    # (a percent's "/năm" stays out of its unit; a list of nouns joined by a slash is no rate)
    assert parse_quantity("0,4%/năm").as_json() == {"value": 0.4, "unit": "%"}
    assert [q.unit for q in find_quantities("có 8 tỉnh/thành phố đạt")] == ["tỉnh"]


def test_a_digit_right_after_its_place_word_is_the_next_place_down():
    assert [parse_quantity(p).value for p in ("một triệu hai", "một trăm hai", "hai nghìn ba")] == [1200000, 120, 2300]
    assert [parse_quantity(p).value for p in ("một trăm linh hai", "hai mươi ba", "ba trăm hai mươi")] == [102, 23, 320]


def test_a_figure_is_written_without_the_error_of_its_scaling():
    assert parse_quantity("34,23 tỷ đồng").as_json()["value"] == 34230000000
    assert parse_quantity("1,23456789").as_json()["value"] == 1.23456789


def test_a_figure_glued_to_the_rise_or_fall_before_it_is_read():
    # (pages that lost a space at a tag's edge: "chế tạotăng1,36%")
    found = [(q.text, q.value) for q in find_quantities("ngành chế biến, chế tạotăng1,36%; khai khoánggiảm0,4%")]
    assert found == [("1,36%", 1.36), ("0,4%", 0.4)]
