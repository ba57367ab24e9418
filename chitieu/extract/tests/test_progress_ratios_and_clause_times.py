"""Ratios of a flow and its parts to a plan or an estimate, the time of a clause set off by commas, programme names
that hold target words, and a headline that names its place. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_headline_opening_on_a_district_and_a_colon_names_the_article_place():
    text = ("Phú Lộc: 6 tháng đầu năm, thu ngân sách ước đạt 52 tỷ đồng\n\n"
            "UBND huyện Phúu Lộc tổ chức hội nghị sơ kết. Thu ngân sách 6 tháng ước đạt 52 tỷ đồng, bằng 55% dự toán.")
    extraction = analyse(text, date="2024-06-20")
    assert extraction.place == "Phú Lộc"
    assert by_text(extraction.claims)["55%"].place == "Phú Lộc"


def test_a_national_target_programme_is_a_name_not_a_target():
    claims = by_text(extract("Đến hết tháng 8/2023, Chương trình mục tiêu quốc gia giảm nghèo bền vững đã giải ngân "
                             "được 35,2%. Các tỉnh có tỷ lệ giải ngân cao là: Yên Bái 41,3%, Hà Giang 38,6%.",
                             date="2023-09-12"))
    rate = claims["35,2%"]
    assert (rate.measure, rate.basis, rate.modality, rate.period) == ("ratio", "plan", "actual", "2023-01/2023-08")
    assert claims["41,3%"].period == "2023-01/2023-08"


def test_a_time_set_off_by_commas_opens_the_next_clause():
    claims = by_text(extract("Vốn đầu tư công năm 2024 của huyện là 150 tỷ đồng, đến nay, huyện đã giải ngân 98 tỷ "
                             "đồng.", date="2024-07-20"))
    assert claims["150 tỷ đồng"].period == "2024"
    assert claims["98 tỷ đồng"].period == "2024-01/2024-07-20"


def test_capital_allocated_to_date_is_a_running_total():
    claims = by_text(extract("Đến nay, huyện đã phân bổ chi tiết 88 tỷ đồng, đạt 91% kế hoạch.", date="2024-07-20"))
    assert claims["88 tỷ đồng"].period == "2024-01/2024-07-20"


def test_the_rise_in_points_of_a_ratio_to_plan_holds_over_the_ratio_span():
    claims = by_text(extract("Tỷ lệ giải ngân vốn đầu tư công 6 tháng ước đạt 55,3% kế hoạch, tăng 7,2% so cùng kỳ.",
                             date="2024-07-05"))
    assert claims["55,3%"].period == "2024-01/2024-06"
    rise = claims["7,2%"]
    assert (rise.measure, rise.period) == ("change", "2024-01/2024-06")


def test_parts_ranked_by_an_unnamed_rate_are_ratios_to_the_base_of_their_total():
    text = ("Tổng thu ngân sách trên địa bàn tỉnh đến hết ngày 31/3 đạt 1.250 tỷ đồng, bằng 27% dự toán năm.\n\n"
            "Một số khoản thu đạt tỷ lệ khá là thuế bảo vệ môi trường (41%), thu tiền thuê đất (38%). Các địa phương "
            "đều thu bám sát tiến độ; trong đó, một số huyện đạt tỷ lệ thu cao là Di Linh (33%), Lâm Hà (30%).")
    claims = by_text(extract(text, date="2021-04"))
    for figure in ("41%", "38%", "33%", "30%"):
        assert (claims[figure].measure, claims[figure].basis, claims[figure].period) \
            == ("ratio", "estimate", "2021-01/2021-03-31"), figure


def test_a_count_of_years_after_a_start_dates_its_own_paragraph_only():
    text = ("Huyện Tân Lạc có 16 xã.\nNăm 2011, huyện bắt đầu xây dựng nông thôn mới. Sau 12 năm thực hiện chương trình "
            "mục tiêu quốc gia, thu nhập bình quân đạt 55 triệu đồng/người/năm.\nToàn huyện có 320 km đường giao thông.")
    claims = by_text(extract(text, date="2024-03-10"))
    assert claims["16 xã"].period == "2024-03-10"
    assert claims["55 triệu đồng/người/năm"].period == "2023"
    assert claims["320 km"].period == "2024-03-10"


def test_a_year_in_brackets_after_a_noun_dates_that_noun_figure_only():
    text = ("Năm 2019, huyện Hải Hậu được công nhận đạt chuẩn nông thôn mới. Huyện có 35 xã và 2 thị trấn với dân số "
            "(năm 2018) là 265.400 người. Huyện có 3 bệnh viện đa khoa.")
    claims = by_text(extract(text))
    assert claims["265.400 người"].period == "2018"
    assert claims["2 thị trấn"].period != "2018"
    assert claims["3 bệnh viện"].period != "2018"


def test_one_year_after_a_programme_before_the_verb_and_figure_dates_the_amount():
    claims = by_text(extract("Vốn ngân sách trung ương bố trí cho Chương trình mục tiêu quốc gia xây dựng nông thôn "
                             "mới của tỉnh năm 2023 là 8.200 tỷ đồng.", date="2023-10-20"))
    assert (claims["8.200 tỷ đồng"].period, claims["8.200 tỷ đồng"].modality) == ("2023", "target")


def test_a_change_of_a_count_said_again_in_brackets_as_a_percent_is_the_change_of_its_share():
    claims = by_text(extract("Đến nay, cả nước có 6.012/8.177 xã đạt chuẩn nông thôn mới (chiếm 73,5%), tăng 16 xã "
                             "(tăng 0,2%) so với tháng 6-2023.", date="2023-08-15"))
    rise = claims["0,2%"]
    assert (rise.measure, rise.period) == ("change", claims["16 xã"].period)


def test_a_headline_ratio_said_again_in_the_body_with_its_base_takes_that_base():
    text = ("Thu ngân sách 6 tháng đạt 47%\n\n"
            "Tổng thu NSNN trên địa bàn huyện 6 tháng đạt 96,4 tỷ đồng, bằng 47% dự toán năm, tăng 9% so với cùng kỳ.")
    claims = extract(text, date="2022-07-02")
    headline, body = sorted((c for c in claims if c.text == "47%"), key=lambda c: c.start)
    assert (headline.measure, headline.basis) == ("ratio", "estimate") == (body.measure, body.basis)


def test_the_first_rate_of_a_fall_written_without_its_unit_is_a_percent_of_the_same_indicator():
    claims = by_text(extract("Tỷ lệ hộ nghèo toàn huyện giảm từ 38,15 ở thời điểm đầu năm xuống còn 31,02% vào cuối "
                             "năm 2019.", date="2020-01-20"))
    first, second = claims["38,15"], claims["31,02%"]
    assert (first.unit, first.value, first.measure) == ("%", 38.15, "level")
    assert (second.measure, second.subject) == ("level", first.subject)


def test_an_area_per_farming_zone_keeps_its_denominator():
    claims = by_text(extract("Huyện quy hoạch các vùng rau an toàn tập trung với quy mô từ 20-80 ha/vùng."))
    assert (claims["20-80 ha/vùng"].unit, claims["20-80 ha/vùng"].value_max) == ("ha/vùng", 80)


def test_the_first_item_of_a_list_announced_by_la_is_named_by_its_own_words():
    text = ("Thu ngân sách quý I đạt 812 tỷ đồng, bằng 26% dự toán. Nhiều khoản thu đạt tỷ lệ cao là thuế thu nhập cá "
            "nhân (61%), thu tiền sử dụng đất (44%).")
    claims = by_text(extract(text, date="2022-04-10"))
    assert claims["61%"].subject == "thuế thu nhập cá nhân"
    assert claims["44%"].subject == "thu tiền sử dụng đất"


def test_an_abbreviated_counting_noun_is_written_out_in_the_subject():
    claims = by_text(extract("Sáu tháng đầu năm thành lập mới 310 DN, tổng vốn đăng ký 2.150 tỉ đồng, tăng 12,4% về số "
                             "DN.", date="2019-07-03"))
    assert "DN" not in claims["12,4%"].subject and "doanh nghiệp" in claims["12,4%"].subject


def test_classes_opened_are_named_by_the_classes_counted():
    claims = by_text(extract("Tổ chức khai giảng 15 lớp đào tạo nghề cho lao động nông thôn, với 420 học viên theo học.",
                             date="2017-02-15"))
    assert claims["15 lớp"].subject.startswith("lớp đào tạo nghề cho lao động nông thôn")


def test_people_placed_are_no_capital_allotted():
    claims = by_text(extract("Năm 2023, huyện đã bố trí việc làm cho 300 lao động.", date="2023-12-15"))
    assert claims["300 lao động"].modality == "actual"
