"""The document's own date and place, when the caller does not pass them."""

from chitieu.extract import analyse
from chitieu.extract.document import find_dateline, infer_year
from chitieu.extract.places import find_places, main_place
from chitieu.extract.workcopy import working_copy


def test_it_reads_a_dateline_with_a_time():
    assert str(find_dateline("Tin huyện\n\n03/02/2021 08:15\n\nNội dung bài viết.")) == "2021-02-03"


def test_it_reads_a_dateline_with_a_weekday():
    assert str(find_dateline("Tiêu đề\nThứ 3, 09/03/2021 | 10:12\nNội dung")) == "2021-03-09"


def test_it_prefers_the_article_date_to_the_page_header_crawl_date():
    text = "Thứ Hai, 14/10/2024 09:00 (GMT+7)\nTiêu đề bài\nThứ 5, 18/02/2021\nNội dung bài báo."
    assert str(find_dateline(text)) == "2021-02-18"


def test_it_reads_a_posted_on_label():
    assert str(find_dateline("Ngày đăng: 07/01/2019, 10:24 am | Lượt xem: 12")) == "2019-01-07"


def test_it_does_not_take_a_reference_date_for_a_dateline():
    assert find_dateline("Theo Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh, huyện có 3 xã.") is None


def test_it_guesses_the_year_from_the_title_when_there_is_no_date():
    assert infer_year("kết quả giảm nghèo năm 2022\nso với năm 2021, số hộ nghèo giảm.") == 2022


def test_it_guesses_the_year_after_the_comparison_year():
    assert infer_year("tổng giá trị sản xuất ước tăng 9% so với năm 2021.") == 2022


def test_the_main_place_is_the_most_mentioned_district():
    text = working_copy("Huyện Văn Lãng: thu ngân sách tăng\nHuyện Văn Lãng đạt kết quả tốt. Xã Tân Mỹ có 2 thôn. "
                        "Văn Lãng sẽ tiếp tục phấn đấu.")
    assert main_place(text, find_places(text)) == "Văn Lãng"


def test_an_article_naming_no_place_has_no_main_place():
    text = "Thu ngân sách của tỉnh tăng 10% so với cùng kỳ."
    assert main_place(text, find_places(text)) is None


def test_a_year_a_change_started_from_is_not_the_year_reported_on():
    low = "từ chỗ bình quân mỗi xã chỉ đạt 3 tiêu chí năm 2011, đến nay đạt 16 tiêu chí.\nriêng năm 2015, có 40 xã đạt chuẩn."
    assert infer_year(low) == 2015


def test_a_year_a_goal_is_set_for_is_not_the_year_reported_on():
    low = "đến nay, toàn tỉnh có 3 xã đạt từ 15-18 tiêu chí.\ntỉnh phấn đấu đến năm 2015, có 5% số xã đạt chuẩn."
    assert infer_year(low) is None
    assert infer_year("năm 2013, toàn tỉnh có 3 xã đạt chuẩn; mục tiêu đến năm 2015 có 7 xã đạt chuẩn.") == 2013


def test_a_whole_year_in_a_january_report_about_the_year_before_is_that_year():
    text = ("Kết quả thực hiện nhiệm vụ năm 2019\n"
            "Năm 2019, tổng sản lượng lương thực cả năm ước đạt 31 vạn tấn, đạt 100,2% kế hoạch.")
    claims = analyse(text, date="2020-01-06").claims
    assert {c.period for c in claims} == {"2019"}


def test_a_news_lead_that_opens_with_a_day_dates_the_article_in_the_year_it_reports_on():
    text = ("Ngày 17/4, Sở Kế hoạch và Đầu tư cho biết trong quý 1/2021 tỉnh thu hút 1,2 tỉ USD vốn FDI. "
            "Đến nay, tỉnh có 950 dự án FDI.")
    extraction = analyse(text)
    assert extraction.date == "2021-04-17"
    assert {c.text: c for c in extraction.claims}["950 dự án"].period == "2021-04-17"


def test_a_day_inside_the_text_is_not_a_lead_date():
    assert analyse("Năm 2021, thu ngân sách đạt 5 tỷ đồng; hội nghị tổng kết họp ngày 20/12.").date is None


def test_a_day_inside_a_sentence_is_not_a_news_lead():
    from chitieu.extract import analyse

    text = "Theo số liệu thống kê đến ngày 15/5, toàn tỉnh có tổng đàn trâu 115,7 nghìn con. Năm 2021, đàn lợn tăng."
    assert analyse(text).date != "2021-05-15"
