"""Term reviews and multi-year results (a party congress's report on its term, "giai đoạn 2016–2020", ten years of
new rural development): which figures a span of years dates, and what a count of targets says. Sentences are invented
for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_span_of_years_said_later_dates_what_was_done_in_it_not_the_stocks_said_before():
    # The area and the population of a place hold at the article's date; the span a later sentence names dates the
    # money spent in it.
    claims = by_text(extract("Thị xã Mường Lâm về đích nông thôn mới\nThị xã rộng 412,6 km2, có 98.214 nhân khẩu và "
                             "11 phường, xã. Trong 5 năm 2016 - 2020, thị xã đã đầu tư 512,3 tỷ đồng cho các công "
                             "trình nông thôn mới.", date="2021"))
    for figure in ("412,6 km2", "98.214 nhân khẩu"):
        assert claims[figure].period == "2021", figure
    assert claims["512,3 tỷ đồng"].period == "2016/2020"


def test_a_headline_status_holds_at_the_date_not_over_the_term_the_body_reviews():
    claims = extract("Sơn Hà có 100% số xã đạt chuẩn nông thôn mới\n10:15 12/09/2020\nCả giai đoạn (2016 - 2020), "
                     "kinh tế tỉnh tăng bình quân 8,2%/năm.", date="2020-09-12")
    assert claims[0].text.startswith("100%") and claims[0].period == "2020-09-12"
    assert by_text(claims)["8,2%/năm"].period == "2016/2020"


def test_a_yearly_average_keeps_the_term_when_a_running_total_to_now_follows_it():
    claims = by_text(extract("Giai đoạn 2016 - 2020, tỉnh Sơn Hà đạt nhiều kết quả.\nBình quân mỗi năm có thêm trên "
                             "600 hợp tác xã, lũy kế đến nay cả tỉnh có gần 7.000 hợp tác xã.", date="2020"))
    assert claims["600 hợp tác xã"].period == "2016/2020"
    assert claims["7.000 hợp tác xã"].period == "2020"


def test_a_rise_said_with_an_amount_gives_the_amount_reached():
    claim = by_text(extract("Vốn FDI vào tỉnh tăng nhanh với hơn 3,2 tỷ USD.", date="2020"))["3,2 tỷ USD"]
    assert (claim.measure, claim.basis, claim.qualifier) == ("level", None, "over")


def test_all_of_a_count_out_of_its_whole_is_a_claim():
    # "cả 18/18 chỉ tiêu … đều đạt": how many of the whole met it (unlike "cả 6 tỉnh … đều tăng", a group said again)
    claim = by_text(extract("Báo cáo cho thấy cả 18/18 chỉ tiêu chủ yếu của Nghị quyết đều đạt.",
                            date="2020-10-08"))["18/18 chỉ tiêu"]
    assert (claim.value, claim.of) == (18, 18)


def test_a_structure_listed_part_by_part_compares_each_part_with_the_year_named_last():
    claims = by_text(extract("Cơ cấu kinh tế tiếp tục chuyển dịch, dịch vụ chiếm 52,1%, tăng 9,4%; công nghiệp - xây dựng chiếm "
                             "30,2%, giảm 2,5%; nông nghiệp chiếm 17,7%, giảm 6,9% so với năm 2015.", date="2020"))
    for figure, value in (("9,4%", 9.4), ("2,5%", -2.5), ("6,9%", -6.9)):
        assert (claims[figure].measure, claims[figure].basis, claims[figure].value) == ("change", "other", value)


def test_a_duration_that_sets_the_scene_names_no_indicator():
    claims = extract("Qua 8 năm thực hiện, huyện Tân Hà có 21 xã được công nhận đạt chuẩn nông thôn mới.", date="2019")
    assert by_text(claims)["21 xã"].subject == "xã được công nhận đạt chuẩn nông thôn mới"


def test_a_percent_after_has_is_of_the_group_named_after_it():
    # "huyện đầu tiên của tỉnh có 100% xã đạt chuẩn": the words before "có" name who has it, not what is measured
    claims = extract("Huyện trở thành đơn vị thứ hai của tỉnh có 100% xã đạt chuẩn nông thôn mới kiểu mẫu.",
                     date="2020-09-12")
    assert by_text(claims)["100%"].subject == "xã đạt chuẩn nông thôn mới kiểu mẫu"


def test_counts_of_different_nouns_joined_by_a_comma_share_what_follows_the_last():
    claims = by_text(extract("Yên Bái hiện có 41 xã, 3 thị trấn đạt chuẩn văn minh đô thị.", date="2019"))
    assert claims["41 xã"].subject == "xã đạt chuẩn văn minh đô thị"
    assert claims["3 thị trấn"].subject == "thị trấn đạt chuẩn văn minh đô thị"


def test_a_rise_rate_that_names_no_indicator_is_of_the_amount_before_it():
    claims = by_text(extract("Kim ngạch xuất khẩu cả giai đoạn đạt 2.410 triệu USD, tốc độ tăng bình quân 14,2%.",
                             date="2020"))
    assert "kim ngạch xuất khẩu" in claims["14,2%"].subject.lower()


def test_a_province_locating_a_district_not_yet_named_is_not_where_its_figures_hold():
    claims = by_text(extract("Phát triển nông thôn huyện Văn Chấn\nLà huyện miền núi của tỉnh Yên Bái có diện tích "
                             "120.800 ha, dân số 158.000 người, Văn Chấn là địa phương có nhiều đồng bào dân tộc.",
                             date="2020"))
    assert claims["120.800 ha"].place == claims["158.000 người"].place == "Văn Chấn"


def test_the_targets_met_and_their_parts_hold_over_the_term_reviewed():
    claims = by_text(extract("Sơn Hà chuẩn bị Đại hội\n10:15 12/09/2020\nTheo báo cáo chính trị, cả 18/18 chỉ tiêu chủ "
                             "yếu của nhiệm kỳ đều đạt và vượt. Trong đó, có 11 chỉ tiêu vượt cao. Kinh tế 5 năm (2016 - "
                             "2020) tăng bình quân 8,2%/năm.", date="2020-09-12"))
    assert claims["18/18 chỉ tiêu"].period == claims["11 chỉ tiêu"].period == "2016/2020"


def test_the_communes_holding_a_decision_of_recognition_are_a_status():
    claims = by_text(extract("Đến nay, số xã đạt chuẩn (đủ 19 tiêu chí) và đã có quyết định công nhận là 37 xã.",
                             date="2021-02-03"))
    assert claims["37 xã"].period == "2021-02-03"
