"""Period phrases and the period strings of the spec they stand for."""

from chitieu.extract.periods import DocDate, find_periods, year_earlier, year_of_period


def periods(text, date=None, year=None):
    found = find_periods(text.lower(), DocDate.parse(date) if date else None, year)
    return [(m.flow, m.stock, m.base) for m in found]


def test_nine_months_of_a_year():
    assert periods("9 tháng năm 2021, thu ngân sách đạt")[0][0] == "2021-01/2021-09"


def test_up_to_a_day_is_a_running_total_for_a_flow_and_the_day_for_a_stock():
    assert periods("thu ngân sách đến 31/10/2021 đạt")[0][:2] == ("2021-01/2021-10-31", "2021-10-31")


def test_as_of_a_day_is_a_running_total_for_a_flow_and_the_day_for_a_stock():
    # spec, Periods: "tính đến ngày D" runs from 1 January for an amount done over time, is the point D for a stock
    assert periods("tính đến ngày 20/6/2022, dư nợ là")[0][:2] == ("2022-01/2022-06-20", "2022-06-20")
    assert periods("thời điểm 30/9/2020, huyện giải ngân")[0][:2] == ("2020-01/2020-09-30", "2020-09-30")


def test_a_deadline_is_a_point():
    assert periods("trước ngày 31/12/2021 hoàn thành")[0][:2] == ("2021-12-31", "2021-12-31")


def test_an_n_month_span_holds_a_stock_at_its_end():
    assert periods("6 tháng đầu năm 2022, tổng đàn heo")[0][:2] == ("2022-01/2022-06", "2022-06")


def test_a_year_that_qualifies_a_noun_is_not_the_period():
    for text in ("tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2021-2025 còn", "theo giá so sánh năm 2010 đạt",
                 "Chương trình mục tiêu quốc gia (2011-2020) đã", "tiêm phòng đợt 2 năm 2022, cụ thể"):
        assert all(base for _, _, base in periods(text)), text  # none of its own: dropped, or set aside as a base


def test_a_year_said_as_the_time_of_a_figure_is_its_period():
    assert periods("thu ngân sách năm 2020 đạt")[0] == ("2020", "2020", False)


def test_up_to_a_month():
    assert periods("đến tháng 8/2021, tỷ lệ hộ nghèo còn")[0][:2] == ("2021-01/2021-08", "2021-08")


def test_a_quarter_in_roman_numerals():
    assert periods("GRDP quý III/2023 tăng")[0][0] == "2023-07/2023-09"


def test_a_quarter_takes_its_year_from_the_document():
    assert periods("trong quý 2, doanh thu tăng", date="2022-08-01")[0][0] == "2022-04/2022-06"


def test_a_plan_phase():
    assert periods("giai đoạn 2021 - 2025, huyện phấn đấu")[0][0] == "2021/2025"


def test_the_first_half_without_a_year_uses_the_document_date():
    assert periods("6 tháng đầu năm, giá trị sản xuất", date="2024-07")[0][0] == "2024-01/2024-06"


def test_since_the_start_of_the_year_runs_to_the_document_date():
    assert periods("từ đầu năm đến nay, toàn huyện", date="2020-11-16")[0][0] == "2020-01/2020-11-16"


def test_now_is_the_document_date():
    assert periods("hiện nay toàn tỉnh có", date="2023-11-05")[0][1] == "2023-11-05"


def test_this_year_is_the_document_year():
    assert periods("năm nay huyện trồng", date="2019-05-02")[0][0] == "2019"


def test_ever_is_not_now():
    assert periods("cao nhất từ trước đến nay", date="2019-05-02") == []


def test_a_comparison_year_is_a_base_not_the_period():
    found = periods("năm 2021 tăng 6% so với năm 2020")
    assert found == [("2021", "2021", False), ("2020", "2020", True)]


def test_a_reference_date_is_not_a_period():
    assert periods("theo Quyết định 1572/QĐ-TTg năm 2020 của Thủ tướng") == []


def test_a_term_of_office_is_not_a_period():
    assert periods("HĐND huyện khóa XXI, nhiệm kỳ 2021-2026 họp") == []


def test_a_target_period_is_its_year():
    assert year_of_period("2020-01/2020-09") == "2020"
    assert year_of_period("2021/2025") == "2021/2025"


def test_the_same_period_a_year_earlier():
    assert year_earlier("2024-01/2024-03") == "2023-01/2023-03"
    assert year_earlier(None) is None


def test_the_document_date_accepts_a_month():
    assert str(DocDate.parse("2024-04")) == "2024-04"
    assert DocDate.parse("2024-13") is None
    assert DocDate.parse("hôm qua") is None


def test_this_year_in_a_january_article_about_the_year_before_is_the_calendar_year():
    from chitieu.extract import analyse

    text = ("Kết quả năm 2019\nNăm 2019, sản lượng lương thực cả năm ước đạt 31 vạn tấn. "
            "Năm nay, huyện phấn đấu đạt 32 vạn tấn.")
    claims = {c.text: c for c in analyse(text, date="2020-01-06").claims}
    assert claims["31 vạn tấn"].period == "2019"
    assert claims["32 vạn tấn"].period == "2020"


def test_an_accumulation_from_the_start_of_the_year_runs_to_the_month_reported_on():
    from chitieu.extract import extract

    text = ("Trong tháng 5/2018, toàn tỉnh đã tạo việc làm mới cho 2.740 lao động. Lũy kế từ đầu năm, đã tạo "
            "việc làm cho 10.860 lao động.")
    assert [c.period for c in extract(text, date="2018-06-15")] == ["2018-05", "2018-01/2018-05"]


def test_an_accumulation_without_its_month_keeps_the_period_said_before():
    from chitieu.extract import extract

    text = "Trong 2 tháng đầu năm 2022, xuất khẩu tăng. Cà phê lũy kế xuất khẩu đạt 12,06 ngàn tấn."
    assert extract(text, date="2022-03-05")[0].period == "2022-01/2022-02"


def test_years_after_a_year_said_before_are_counted_from_it():
    from chitieu.extract import extract

    text = ("Năm 2010, thu nhập bình quân chỉ đạt 15 triệu đồng/năm. Sau 10 năm, thu nhập bình quân đầu người đạt "
            "41,31 triệu đồng/năm.")
    assert [c.period for c in extract(text, date="2021-09-10")] == ["2010", "2020"]


def test_a_day_or_a_month_without_its_year_is_in_the_year_reported_on():
    assert periods("thống kê đến ngày 15/5, toàn tỉnh có", year=2021)[0][:2] == ("2021-01/2021-05-15", "2021-05-15")
    assert periods("trong tháng 6, xuất khẩu đạt", date="2023-07-10")[0][:2] == ("2023-06", "2023-06")


def test_the_first_half_said_as_half_of_the_year():
    assert periods("nửa đầu năm 2023, xuất khẩu đạt")[0][0] == "2023-01/2023-06"
    assert periods("nửa cuối năm nay, huyện", date="2023-05-02")[0][0] == "2023-07/2023-12"


def test_the_first_months_of_this_year_are_one_phrase():
    assert periods("Trong 6 tháng đầu năm nay, kinh tế tăng", date="2024-07-10") == [
        ("2024-01/2024-06", "2024-06", False)]


def test_a_month_of_this_year_is_that_month():
    # "tháng 2 năm nay" is one phrase: the month, not the whole year
    assert periods("sản lượng thép tháng 2 năm nay tăng 12%", date="2019-03")[0][:2] == ("2019-02", "2019-02")


def test_the_month_compared_is_the_month_of_the_figure():
    # "chỉ số … tháng 4 so với cùng kỳ năm trước của các tỉnh: …" holds for that month of the year reported on
    assert periods("chỉ số tiêu dùng tháng 4 so với cùng kỳ", date="2018-05")[0][:2] == ("2018-04", "2018-04")


def test_the_last_n_years_end_at_the_year_reported_on():
    # "Trong 5 năm, …" in a report on 2030: the five years up to it; the years ahead are no such span
    assert periods("trong 5 năm, kinh tế tăng trưởng", year=2030)[0][:2] == ("2026/2030", "2026/2030")
    assert periods("tính bình quân 3 năm qua", year=2030)[0][:2] == ("2028/2030", "2028/2030")
    assert periods("trong 5 năm tới, huyện phấn đấu", year=2030) == []


def test_a_year_glued_to_the_word_after_it_is_still_a_year():
    assert periods("thu ngân sách năm 2031ước đạt")[0][:2] == ("2031", "2031")
    assert periods("trong 3 năm\n1. doanh thu", year=2031)[0][:2] == ("2029/2031", "2029/2031")  # (a heading's span)


def test_since_ever_up_to_now_opening_a_clause_is_a_running_total_held_now_and_otherwise_an_idiom():
    found = periods("tính từ trước đến nay, tỉnh thu hút 540 dự án", date="2019-10-05")
    assert found == [("2019-10-05", "2019-10-05", False)]
    assert periods("mức cao nhất từ trước đến nay", date="2019-10-05") == []
