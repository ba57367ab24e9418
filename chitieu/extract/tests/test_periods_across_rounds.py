"""Periods whose errors recurred across several rounds of unseen reports: what accumulates over the year and what
is held at a date ("tính đến ngày D", "đến nay"), and a percent said of the amount right before it. Sentences are
invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


@pytest.mark.parametrize("sentence, figure", [
    ("Tính đến ngày 12/8/2022, lực lượng chức năng đã phát hiện 37 vụ vi phạm về lâm sản.", "37 vụ"),
    ("Tính đến ngày 12/8/2022, bộ phận một cửa đã tiếp nhận 2.640 hồ sơ.", "2.640 hồ sơ"),
    ("Tính đến ngày 12/8/2022, huyện đã khởi công 7 công trình giao thông.", "7 công trình"),
    ("Tính đến ngày 12/8/2022, các chi bộ đã kết nạp 85 đảng viên mới.", "85 đảng viên"),
    ("Tính đến ngày 12/8/2022, trung tâm đã đào tạo nghề cho 1.450 lao động nông thôn.", "1.450 lao động"),
    ("Tính đến ngày 12/8/2022, hợp tác xã đã tiêu thụ 2.100 tấn nhãn.", "2.100 tấn"),
    ("Tính đến ngày 12/8/2022, bảo hiểm xã hội huyện đã cấp 4.200 thẻ bảo hiểm y tế.", "4.200 thẻ"),
    ("Tính đến ngày 12/8/2022, các xã đã xây dựng được 18 km đường bê tông.", "18 km"),
])
def test_an_event_counted_to_a_day_runs_from_january(sentence, figure):
    # Cases found, files received, works started, members admitted, people trained, goods sold, cards issued and
    # roads built are counted as they happen: up to a day they run from 1 January to it.
    assert by_text(extract(sentence, date="2022-08-20"))[figure].period == "2022-01/2022-08-12"


def test_an_event_counted_to_now_runs_from_january_to_the_articles_date():
    claims = by_text(extract("Đến nay, lực lượng kiểm lâm đã phát hiện 21 vụ vi phạm; toàn huyện có 14 trang trại.",
                             date="2022-08-20"))
    assert claims["21 vụ"].period == "2022-01/2022-08-20"
    assert claims["14 trang trại"].period == "2022-08-20"  # what is held now stays a point


def test_a_percent_of_a_stock_dated_to_a_day_holds_at_that_day():
    # "45 xã đạt chuẩn, đạt 90% kế hoạch": the ratio is the count's, so it holds when the count does.
    claims = by_text(extract("Tính đến ngày 20/5/2024, toàn tỉnh có 63 xã đạt chuẩn nông thôn mới, đạt 92% kế hoạch; "
                             "thu ngân sách đạt 410 tỷ đồng, đạt 45% dự toán.", date="2024-05-25"))
    assert claims["63 xã"].period == "2024-05-20"
    assert claims["92%"].period == "2024-05-20"
    assert claims["410 tỷ đồng"].period == "2024-01/2024-05-20"
    assert claims["45%"].period == "2024-01/2024-05-20"  # a flow's ratio runs over the flow's span


def test_the_growth_of_a_stock_dated_to_a_day_holds_at_that_day():
    claims = by_text(extract("Đến ngày 30/9/2023, tổng số hợp tác xã đang hoạt động là 214 hợp tác xã (tăng 6,5%).",
                             date="2023-10-04"))
    assert claims["214 hợp tác xã"].period == "2023-09-30"
    assert claims["6,5%"].period == "2023-09-30"


def test_the_volume_of_work_done_is_a_flow_however_it_is_worded():
    claims = by_text(extract("Tính đến ngày 10/9/2021, khối lượng đã thực hiện đạt 5,4 tỷ đồng, đạt 88% kế hoạch vốn.",
                             date="2021-09-15"))
    assert claims["5,4 tỷ đồng"].period == "2021-01/2021-09-10"
    assert claims["88%"].period == "2021-01/2021-09-10"


def test_a_bare_count_of_months_the_text_named_as_its_span_is_that_span_again():
    # "5 tháng" alone is a duration unless the text has named "5 tháng đầu năm" as what it reports on
    claims = by_text(extract("Trong tháng 4/2019 sản lượng thủy sản ước đạt 3.120 tấn; dự ước 4 tháng đầu năm 2019 "
                             "đạt 12.450 tấn. Sản lượng khai thác trong tháng 4/2019 đạt 2.700 tấn; 4 tháng khai thác "
                             "10.980 tấn, tăng 3,1% so cùng kỳ.", date="2019-04-28"))
    assert claims["12.450 tấn"].period == "2019-01/2019-04"
    assert claims["10.980 tấn"].period == "2019-01/2019-04"
    assert claims["2.700 tấn"].period == "2019-04"
    # a count of months the text never named as its span is not read as one
    claims = by_text(extract("Sản lượng khai thác trong tháng 4/2019 đạt 2.700 tấn; 4 tháng khai thác 10.980 tấn.",
                             date="2019-04-28"))
    assert claims["10.980 tấn"].period != "2019-01/2019-04"


def test_a_count_out_of_its_whole_holds_at_the_end_of_the_span():
    # A count of a fixed set in a state ("31/40 tuyến", "9/9 xã") and a percent announced as a rate are held at a
    # time: in a quarterly report they hold at its last month, not from January.
    claims = by_text(extract("Báo cáo tình hình kinh tế - xã hội quý I năm 2023.\nTrong quý, các hợp tác xã vận tải "
                             "khôi phục 31/40 tuyến xe khách, đạt tỷ lệ 77,5%. Doanh thu vận tải đạt 96 tỷ đồng.",
                             date="2023-04-06"))
    assert claims["31/40 tuyến"].period == "2023-03"
    assert claims["77,5%"].period == "2023-03"
    assert claims["96 tỷ đồng"].period == "2023-01/2023-03"  # an amount done over the quarter stays a span


def test_places_that_meet_a_standard_are_counted_at_the_end_of_the_span():
    claims = by_text(extract("6 tháng đầu năm 2023, toàn tỉnh có 74 xã đạt chuẩn nông thôn mới; có thêm 4 xã đạt "
                             "chuẩn nông thôn mới nâng cao.", date="2023-07-04"))
    assert claims["74 xã"].period == "2023-06"
    assert claims["4 xã"].period == "2023-01/2023-06"  # those newly reaching it are counted over the span


def test_a_yearly_rate_in_a_list_of_targets_keeps_the_plans_term():
    text = ("Các chỉ tiêu chủ yếu đến năm 2030\nThứ Ba, 12-09-2025\n(1) Tốc độ tăng trưởng GRDP bình quân giai đoạn "
            "2026 - 2030: từ 8,0 đến 8,5%/năm. (2) Cơ cấu kinh tế năm 2030: dịch vụ chiếm 55%. (3) Tổng vốn đầu tư "
            "xã hội: khoảng 900 nghìn tỷ đồng (tăng từ 10 đến 11%/năm).")
    claims = by_text(extract(text))
    assert claims["8,0 đến 8,5%/năm"].period == "2026/2030"
    assert claims["10 đến 11%/năm"].period == "2026/2030"
    assert claims["55%"].period == "2030"  # a level set for the horizon keeps the horizon's year


def test_a_share_in_brackets_of_the_count_before_it_holds_when_that_count_does():
    claims = by_text(extract("Nếu năm 2020, toàn huyện có 1.200 hộ nghèo (chiếm 9,1%) và 900 hộ cận nghèo (chiếm 6,8%), "
                             "thì đến cuối năm 2023, con số này giảm còn 310 hộ nghèo.", date="2024-03-01"))
    assert claims["900 hộ"].period == "2020"
    assert claims["6,8%"].period == "2020"
    assert claims["310 hộ"].period == "2023"


def test_the_criteria_a_district_meets_in_an_n_month_report_are_held_at_the_span_end():
    claims = by_text(extract("6 tháng đầu năm, tổng giá trị sản xuất đạt 3.200 tỷ đồng. Xây dựng NTM, toàn huyện đạt "
                             "512 tiêu chí, tăng 9 tiêu chí so với 2020, có thêm 2 xã về đích.", date="2021-07-20"))
    assert claims["3.200 tỷ đồng"].period == "2021-01/2021-06"
    assert claims["512 tiêu chí"].period == "2021-06"
    assert claims["9 tiêu chí"].period == "2021-06"
    assert claims["2 xã"].period == "2021-01/2021-06"  # communes newly meeting it are counted over the months


def test_units_named_by_their_activity_are_counted_at_a_day():
    # "hợp tác xã sản xuất", "cơ sở sản xuất": the activity names the unit counted, a stock held at the day.
    claims = by_text(extract("Tính đến ngày 30/6/2023, toàn huyện có 38 hợp tác xã sản xuất nông nghiệp. Các làng nghề "
                             "có 410 cơ sở sản xuất tiểu thủ công nghiệp; giá trị sản xuất công nghiệp đạt 620 tỷ đồng.",
                             date="2023-07-05"))
    assert claims["38 hợp tác xã"].period == "2023-06-30"
    assert claims["410 cơ sở"].period == "2023-06-30"
    assert claims["620 tỷ đồng"].period == "2023-01/2023-06-30"  # the value produced is still a flow


def test_what_is_held_in_a_half_year_report_is_read_at_its_last_month():
    claims = by_text(extract("Báo cáo kinh tế - xã hội 6 tháng đầu năm 2023.\n6 tháng đầu năm 2023, độ che phủ rừng "
                             "đạt 61,8%; toàn tỉnh còn 3.900 hộ nghèo; có 96 dự án FDI còn hiệu lực. Tổng nguồn vốn huy "
                             "động của các ngân hàng đạt 41.000 tỷ đồng. Vốn huy động đầu tư toàn xã hội đạt 9.500 tỷ "
                             "đồng.", date="2023-07-04"))
    for figure in ("61,8%", "3.900 hộ", "96 dự án", "41.000 tỷ đồng"):
        assert claims[figure].period == "2023-06", figure
    assert claims["9.500 tỷ đồng"].period == "2023-01/2023-06"  # investment made over the half year is a flow


def test_the_year_of_a_numbered_round_names_the_round_even_after_its_number_and_a_comma():
    # "đợt 1, năm 2021" names the round of recognition (like "tiêm phòng đợt 2 năm 2022"), not the figures' time
    claims = by_text(extract("Sáng 12/5, Hội đồng thẩm định tỉnh đã bỏ phiếu công nhận xã đạt chuẩn nông thôn mới đợt 1, "
                             "năm 2021.\n\nTheo đó, 100% thành viên đồng ý công nhận 3 xã đạt chuẩn.", date="2021-05-12"))
    assert claims["100%"].period == "2021-05-12"


def test_to_the_end_of_a_quarter_runs_from_january_for_a_flow_and_holds_there_for_a_stock():
    claims = by_text(extract("Đến hết quý III/2022, huyện đã giải ngân 86 tỷ đồng vốn đầu tư công; có 14/16 xã đạt "
                             "chuẩn nông thôn mới.", date="2022-10-06"))
    assert claims["86 tỷ đồng"].period == "2022-01/2022-09"
    assert claims["14/16 xã"].period == "2022-09"


def test_early_in_a_month_and_the_time_of_the_report_date_what_was_done_to_them():
    claims = by_text(extract("Tính đến đầu tháng 11, nông dân đã thu hoạch 31.000 ha lúa mùa.", date="2022-11-08"))
    assert claims["31.000 ha"].period == "2022-01/2022-11"
    claims = by_text(extract("Tính đến thời điểm báo cáo, huyện đã giải ngân 54 tỷ đồng; có 9 xã đạt chuẩn.",
                             date="2022-11-08"))
    assert claims["54 tỷ đồng"].period == "2022-01/2022-11-08"
    assert claims["9 xã"].period == "2022-11-08"
