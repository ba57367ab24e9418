"""Claims of results announced by their indicators, whole years of a named year, stocks said "now" in texts dated
to a month, places of commune reports and periods of crop progress. Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_indicators_said_to_have_risen_announce_results_not_targets():
    claims = by_text(extract("Năm 2023, kinh tế huyện Tân Lạc có nhiều chỉ tiêu tăng khá so với cùng kỳ: giá trị sản "
                             "xuất tăng 9,8%; tổng vốn đầu tư đạt 2.150 tỷ đồng; thu ngân sách đạt 310 tỷ đồng.",
                             date="2024-01-20"))
    assert claims["9,8%"].modality == "actual"
    assert claims["2.150 tỷ đồng"].modality == "actual"
    assert claims["310 tỷ đồng"].modality == "actual"


def test_a_list_of_targets_is_still_one():
    claims = by_text(extract("Các chỉ tiêu chủ yếu năm 2025: tốc độ tăng trưởng 9%; thu ngân sách 400 tỷ đồng.",
                             date="2024-12-20"))
    assert claims["9%"].modality == "target"
    assert claims["400 tỷ đồng"].modality == "target"


def test_a_whole_year_is_the_year_its_sentence_names():
    claims = by_text(extract("Theo báo cáo, năm 2021 huyện Mỹ Đức đạt nhiều kết quả: năng suất lúa cả năm đạt "
                             "12,6 tấn/ha; thu nhập bình quân đạt 58 triệu đồng.", date="2022-05-10"))
    assert claims["12,6 tấn/ha"].period == "2021"


def test_a_poverty_standard_of_a_phase_does_not_date_the_rate():
    claims = by_text(extract("Năm 2022, huyện Kim Bôi có tổng vốn đầu tư đạt 800 tỷ đồng; tỷ lệ hộ nghèo theo tiêu "
                             "chí giai đoạn 2021-2025 giảm còn 3,2%.", date="2023-02-01"))
    assert claims["3,2%"].period == "2022"


def test_a_figureless_item_names_the_commune_its_sentence_is_about():
    claims = by_text(extract("Năm qua, xã Bình Hòa có 120 hộ nuôi tôm. Cùng ngày, HĐND xã Phú Thạnh A cũng họp cuối "
                             "năm. Trong năm 2023, kinh tế xã Phú Thạnh A tiếp tục phát triển; tổng thu ngân sách trên "
                             "8 tỷ đồng. Đến nay, toàn xã còn 45 hộ nghèo.", date="2024-01-05"))
    assert claims["120 hộ"].place == "Bình Hòa"
    assert claims["8 tỷ đồng"].place == "Phú Thạnh A"
    assert claims["45 hộ"].place == "Phú Thạnh A"


def test_a_title_in_capitals_names_its_province():
    claims = by_text(extract("TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH LAI CHÂU THÁNG 4 NĂM 2023\n\nTrong tháng, toàn tỉnh "
                             "trồng mới được 320 ha cây ăn quả.", date="2023-04-28"))
    assert claims["320 ha"].place == "Lai Châu"


def test_a_crop_season_of_the_year_before_is_a_base_not_the_period():
    claims = by_text(extract("Tính đến cuối tháng 3, toàn tỉnh gieo cấy được 8.400 ha lúa, giảm 1,2% so vụ đông xuân "
                             "năm trước.", date="2023-03-29"))
    assert claims["1,2%"].period == "2023-01/2023-03"
    assert claims["1,2%"].basis == "same_period"


def test_a_month_named_in_words_ends_a_running_total():
    claims = by_text(extract("Tính đến trung tuần tháng Năm, dự ước toàn tỉnh gieo cấy được 6.210 ha lúa xuân.",
                             date="2023-05-27"))
    assert claims["6.210 ha"].period == "2023-01/2023-05"


def test_a_stock_without_a_time_holds_at_the_month_the_article_is_dated():
    claims = by_text(extract("Toàn tỉnh hiện có 410/560 trường đạt chuẩn quốc gia.\nBậc tiểu học có 150/190 trường "
                             "đạt chuẩn, chiếm tỷ lệ 78,9%.", date="2023-11"))
    assert claims["410/560 trường"].period == "2023-11"
    assert claims["150/190 trường"].period == "2023-11"
    assert claims["78,9%"].period == "2023-11"


def test_in_the_month_of_a_monthly_report_is_its_month():
    claims = by_text(extract("Tính đến cuối tháng 4, toàn tỉnh gieo cấy được 7.300 ha lúa. Trong tháng có 3/9 huyện cho "
                             "thu hoạch, diện tích thu hoạch 850 ha.", date="2023-04-27"))
    assert claims["7.300 ha"].period == "2023-01/2023-04"
    assert claims["850 ha"].period == "2023-04"


def test_figures_spelled_out_after_an_estimate_are_its_parts():
    claims = by_text(extract("Tháng 8/2021, chỉ số sản xuất công nghiệp ước tính tăng 4,6% so với tháng trước. Cụ thể, "
                             "ngành khai khoáng tăng 2,1%; ngành chế biến, chế tạo tăng 5,3%.", date="2021-08-28"))
    assert claims["2,1%"].modality == "estimate"
    assert claims["2,1%"].basis == "other"
    assert claims["5,3%"].modality == "estimate"


def test_spelled_out_statements_with_their_own_words_keep_them():
    claims = by_text(extract("Năm 2022, huyện có 15/17 chỉ tiêu đạt kế hoạch. Cụ thể, giá trị sản xuất ước đạt 3.100 tỷ "
                             "đồng; tăng trưởng kinh tế đạt 8,1%.", date="2022-12-20"))
    assert claims["3.100 tỷ đồng"].modality == "estimate"
    assert claims["8,1%"].modality == "actual"


def test_an_item_listing_nouns_with_commas_is_one_subject():
    claims = by_text(extract("Bốn tháng đầu năm 2023, xuất khẩu đạt 3,2 tỷ USD, trong đó: linh kiện điện tử đạt 1,9 tỷ "
                             "USD; sản phẩm từ nhôm, kẽm đạt 46,2 triệu USD; ngành sản xuất và phân phối điện, khí đốt, "
                             "nước nóng tăng 4,4%.", date="2023-05-02"))
    assert claims["46,2 triệu USD"].subject == "sản phẩm từ nhôm, kẽm"
    assert claims["4,4%"].subject == "ngành sản xuất và phân phối điện, khí đốt, nước nóng"


def test_only_before_the_verb_is_not_part_of_the_subject():
    claims = by_text(extract("Đến ngày 30/6/2022, tỷ lệ bao phủ bảo hiểm y tế mới đạt 88,1% dân số.", date="2022-07-10"))
    assert claims["88,1%"].subject == "tỷ lệ bao phủ bảo hiểm y tế"


def test_a_share_of_an_amount_done_over_a_span_holds_over_it():
    claims = by_text(extract("Tính đến cuối tháng 5, kim ngạch xuất khẩu trên địa bàn tỉnh đạt 4,1 tỷ USD. Trong đó, khu "
                             "vực FDI (chiếm 91% giá trị xuất khẩu toàn tỉnh) đạt 3,7 tỷ USD.", date="2023-06-02"))
    assert claims["91%"].period == "2023-01/2023-05"


def test_a_share_of_progress_holds_at_its_date():
    claims = by_text(extract("Đến ngày 15/10/2023, toàn tỉnh thu hoạch được 90.000 ha lúa, đạt 95,1% diện tích gieo "
                             "trồng.", date="2023-10-20"))
    assert claims["95,1%"].period == "2023-10-15"


def test_this_town_points_back_to_the_one_named_before():
    claims = by_text(extract("Toàn tỉnh Tây Ninh hiện có 300 trường đạt chuẩn. Thị xã Hòa Thành là địa phương có tỷ lệ "
                             "thấp nhất. Ở bậc tiểu học, thị xã này chỉ có 6/15 trường đạt chuẩn.", date="2023-09-01"))
    assert claims["300 trường"].place == "Tây Ninh"
    assert claims["6/15 trường"].place == "Hòa Thành"


def test_in_the_month_of_a_report_dated_early_is_the_month_before():
    claims = by_text(extract("Trong tháng, toàn tỉnh thu hoạch 640 ha ngô.", date="2023-07-03"))
    assert claims["640 ha"].period == "2023-06"


def test_goals_do_not_go_on_into_a_new_paragraph():
    claims = by_text(extract("Huyện phấn đấu đến năm 2025 có 18/18 xã đạt chuẩn nông thôn mới nâng cao.\nBậc tiểu học có "
                             "12/14 trường đạt chuẩn quốc gia.", date="2023-06-12"))
    assert claims["18/18 xã"].modality == "target"
    assert claims["12/14 trường"].modality == "actual"
    assert claims["12/14 trường"].period == "2023-06-12"


def test_all_and_at_are_not_part_of_the_subject():
    claims = by_text(extract("Huyện phấn đấu đến hết năm 2026, toàn bộ 21/21 xã trên địa bàn đạt chuẩn nông thôn mới "
                             "kiểu mẫu.\nỞ bậc học trung học cơ sở có 9/11 trường đạt chuẩn.", date="2024-02-15"))
    assert not claims["21/21 xã"].subject.startswith("toàn bộ")
    assert claims["9/11 trường"].subject == "trường trung học cơ sở đạt chuẩn"  # (the level qualifies the schools)


def test_in_the_month_is_the_month_the_text_named_last():
    claims = by_text(extract("Tính đến cuối tháng 4, toàn tỉnh gieo cấy được 7.300 ha lúa. Trong tháng có 3/9 huyện cho "
                             "thu hoạch, diện tích thu hoạch 850 ha.", date="2023-05-15"))
    assert claims["850 ha"].period == "2023-04"


def test_a_headline_name_is_the_commune_a_text_calls_only_xa():
    claims = by_text(extract("Phước Hưng về đích nông thôn mới nâng cao\nĐến nay, xã đạt 19/19 tiêu chí, thu nhập bình "
                             "quân 61 triệu đồng/người/năm.", date="2023-12-02"))
    assert claims["19/19 tiêu chí"].place == "Phước Hưng"
    assert claims["61 triệu đồng/người/năm"].place == "Phước Hưng"


def test_society_is_not_a_commune_of_the_headline():
    claims = by_text(extract("Phước Hưng: kinh tế khởi sắc\nTổng vốn đầu tư toàn xã hội đạt 500 tỷ đồng.",
                             date="2023-12-02"))
    assert claims["500 tỷ đồng"].place is None


def test_insurance_collections_listed_as_acronyms_are_one_flow():
    claims = by_text(extract("Tính đến ngày 31/8, toàn tỉnh có 402.000 người tham gia BHYT; số thu BHXH, BHYT, BHTN đạt "
                             "1.240 tỷ đồng, bằng 61% kế hoạch.", date="2023-09-06"))
    assert claims["1.240 tỷ đồng"].subject == "số thu BHXH, BHYT, BHTN"
    assert claims["1.240 tỷ đồng"].period == "2023-01/2023-08-31"
    assert claims["402.000 người"].period == "2023-08-31"


def test_a_clause_before_the_comma_is_no_part_of_a_listed_name():
    claims = by_text(extract("Lúa xuân: cơ bản đã kết thúc gieo cấy, dự ước toàn tỉnh gieo cấy được 7.150 ha.",
                             date="2023-03-28"))
    assert claims["7.150 ha"].subject == "gieo cấy"
