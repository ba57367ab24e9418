"""Indices with no base, parts of a trade flow named by their partner, league tables' items, rates' changes and the
page lines above a headline (December 2026). Sentences are invented for these tests (real articles stay outside the
repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_an_index_said_with_no_base_is_against_the_same_period_not_a_plan():
    claims = by_text(analyse("Chỉ số sản xuất toàn ngành công nghiệp tháng 5/2031 đạt 110,2%.", date="2031-06-01").claims)
    assert (claims["110,2%"].measure, claims["110,2%"].basis) == ("ratio", "same_period")


def test_a_rate_with_no_base_is_still_against_its_plan():
    claims = by_text(analyse("Tỷ lệ giải ngân vốn đầu tư công năm 2031 đạt 72,2%.", date="2031-12-20").claims)
    assert (claims["72,2%"].measure, claims["72,2%"].basis) == ("ratio", "plan")


def test_a_part_of_a_trade_flow_named_by_its_partner_alone_is_that_flows_part():
    text = "Năm 2031, kim ngạch xuất khẩu sang Hoa Kỳ đạt 12 tỷ USD, sang Nhật Bản đạt 3 tỷ USD."
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["3 tỷ USD"].subject == "kim ngạch xuất khẩu sang Nhật Bản"


def test_the_partners_after_a_total_and_after_a_semicolon_take_the_flow_too():
    text = ("Năm 2031, kim ngạch xuất khẩu đạt 20 tỷ USD, trong đó sang Hoa Kỳ đạt 12 tỷ USD, sang Nhật Bản 3 tỷ USD. "
            "Kim ngạch nhập khẩu từ Trung Quốc đạt 5 tỷ USD, tăng 3%; từ Hàn Quốc đạt 2 tỷ USD, giảm 1%.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["12 tỷ USD"].subject == "kim ngạch xuất khẩu sang Hoa Kỳ"
    assert claims["2 tỷ USD"].subject == "Kim ngạch nhập khẩu từ Hàn Quốc"
    assert claims["1%"].subject == "Kim ngạch nhập khẩu từ Hàn Quốc"


def test_the_next_places_of_a_league_table_are_measured_over_the_leads_time():
    text = ("Hà Nội dẫn đầu với 5.000 doanh nghiệp thành lập mới, TP HCM đứng thứ hai với 4.500 doanh nghiệp, tiếp đến "
            "là Bình Dương với 1.200 doanh nghiệp.")
    claims = by_text(analyse(text, date="2031-10-05").claims)
    assert {claims[f].period for f in ("5.000 doanh nghiệp", "4.500 doanh nghiệp", "1.200 doanh nghiệp")} == {"2031"}


def test_a_rates_change_said_right_after_it_holds_where_the_rate_does():
    claims = by_text(analyse("Tỷ lệ hộ nghèo giảm còn 3,2%, giảm 1,1% so với cuối năm 2030.", date="2031-12-10").claims)
    assert claims["3,2%"].period == claims["1,1%"].period == "2031-12-10"
    assert (claims["1,1%"].measure, claims["1,1%"].basis) == ("change", "prior_year_end")


def test_a_growth_rates_change_against_its_goal_keeps_the_year():
    text = "Tổng sản phẩm trên địa bàn tỉnh năm 2031 ước tăng 7,36% so với năm 2030 (vượt mục tiêu Nghị quyết 0,36%)."
    claims = by_text(analyse(text, date="2032-01-03").claims)
    assert claims["0,36%"].period == "2031"


def test_the_page_lines_above_a_headline_leave_the_headline_to_take_the_bodys_estimate():
    text = ("Trang chủ | Tin tức | Kinh tế\nThứ Ba, 10/12/2031 08:30 (GMT+7)\nLượt xem: 1.234\n"
            "Huyện A: Thu ngân sách đạt 150 tỷ đồng\n"
            "Năm 2031, thu ngân sách trên địa bàn huyện A ước đạt 150 tỷ đồng, tăng 10%.")
    claims = analyse(text).claims
    assert [c.modality for c in claims if c.text == "150 tỷ đồng"] == ["estimate", "estimate"]
    assert not any(c.text.startswith("1.234") for c in claims)


ACCIDENTS = ("Trên địa bàn huyện xảy ra 5 vụ tai nạn giao thông, làm chết 3 người, bị thương 4 người. Cơn bão số 3 đã làm "
             "12 người chết, 5 người mất tích và làm bị thương 30 người.")


def test_those_an_accident_killed_or_hurt_are_counted_not_what_caused_it():
    claims = by_text(analyse(ACCIDENTS, date="2031-12-10").claims)
    assert claims["3 người"].subject == "người chết"
    assert claims["4 người"].subject == "người bị thương"
    assert claims["12 người"].subject == "người chết"
    assert claims["30 người"].subject == "người bị thương"


def test_cases_and_the_harm_they_did_are_counted_over_a_span_like_other_events():
    claims = by_text(analyse(ACCIDENTS, date="2031-12-10").claims)
    assert {claims[f].period for f in ("5 vụ", "3 người", "4 người", "12 người")} == {"2031"}


def test_a_job_found_for_workers_is_no_cause_of_what_is_counted():
    claims = by_text(analyse("Năm 2031, huyện giải quyết việc làm cho 2.000 lao động.", date="2031-12-10").claims)
    assert claims["2.000 lao động"].subject == "giải quyết việc làm"


def test_a_star_rating_is_part_of_what_is_counted():
    text = "Đến nay toàn huyện có 45 sản phẩm OCOP đạt 3 sao trở lên; 13 sản phẩm OCOP 4 sao, 131 sản phẩm OCOP 3 sao."
    claims = by_text(analyse(text, date="2031-12-15").claims)
    assert claims["45 sản phẩm"].subject == "sản phẩm OCOP đạt 3 sao trở lên"
    assert claims["13 sản phẩm"].subject == "sản phẩm OCOP 4 sao"
    assert claims["131 sản phẩm"].subject == "sản phẩm OCOP 3 sao"
    assert "3 sao" not in claims


def test_a_running_totals_frame_opening_an_item_is_when_not_what():
    text = ("Giải ngân vốn đầu tư công đạt 2.100 tỷ đồng, bằng 70% kế hoạch; lũy kế từ đầu chương trình, toàn tỉnh có "
            "95 xã đạt chuẩn NTM; lũy kế 10 tháng, kim ngạch xuất khẩu đạt 24 tỷ USD.")
    claims = by_text(analyse(text, date="2031-11-20").claims)
    assert claims["95 xã"].subject == "xã đạt chuẩn NTM"
    assert claims["24 tỷ USD"].subject == "kim ngạch xuất khẩu"


def test_a_running_total_of_the_same_noun_is_of_what_the_count_before_it_counted():
    text = "Năm 2031 có thêm 10 xã đạt chuẩn nông thôn mới, lũy kế 120 xã; thêm 2 huyện đạt chuẩn (lũy kế đến nay 5 huyện)."
    claims = by_text(analyse(text, date="2031-12-18").claims)
    assert claims["120 xã"].subject == "xã đạt chuẩn nông thôn mới"
    assert claims["5 huyện"].subject == claims["2 huyện"].subject


def test_a_growth_rate_said_as_an_estimate_keeps_its_name():
    claims = by_text(analyse("Kết quả năm 2031: tốc độ tăng trưởng ước đạt 8,1%.", date="2031-12-18").claims)
    assert claims["8,1%"].subject == "tốc độ tăng trưởng"


def test_the_level_a_criterion_requires_is_a_target_of_the_indicator_before_it():
    text = ("Thu nhập bình quân đầu người năm 2030 đạt 58 triệu đồng/người/năm, dự kiến năm 2031 đạt 65 triệu đồng (yêu "
            "cầu của tiêu chí là 66 triệu đồng). Xã còn 4 tiêu chí chưa đạt gồm: thu nhập, nghèo đa chiều.")
    claims = by_text(analyse(text, date="2031-06-12").claims)
    assert (claims["66 triệu đồng"].modality, claims["66 triệu đồng"].subject) == ("target", "Thu nhập bình quân đầu người")
    assert claims["4 tiêu chí"].subject == "tiêu chí chưa đạt"


def test_what_the_people_contribute_is_named_with_the_contribution_and_held_over_the_totals_time():
    text = "Tổng kinh phí thực hiện dự kiến 35 tỷ đồng, trong đó ngân sách nhà nước 20 tỷ đồng, nhân dân đóng góp 5 tỷ đồng."
    claims = by_text(analyse(text, date="2031-06-12").claims)
    assert claims["5 tỷ đồng"].subject == "nhân dân đóng góp"
    assert claims["35 tỷ đồng"].period == claims["20 tỷ đồng"].period == claims["5 tỷ đồng"].period


def test_a_level_of_schooling_said_before_a_count_of_schools_qualifies_them():
    text = "Cấp tiểu học có 22/22 trường đạt chuẩn Quốc gia; bậc THCS có 15 trường."
    claims = by_text(analyse(text, date="2031-06-12").claims)
    assert claims["22/22 trường"].subject == "trường tiểu học đạt chuẩn Quốc gia"
    assert claims["15 trường"].subject == "trường THCS"


def test_a_rise_by_many_times_names_no_indicator():
    text = ("Trong đó, 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,5 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2030 "
            "(35,4 triệu USD).")
    claims = by_text(analyse(text, date="2031-04-02").claims)
    assert "vượt" not in claims["35,4 triệu USD"].subject
    assert "vốn đăng ký" in claims["35,4 triệu USD"].subject


def test_a_time_pointed_back_to_is_no_part_of_a_subject_and_a_count_of_criteria_names_itself():
    text = ("Năm 2010, tỷ lệ hộ nghèo, cận nghèo đến 60%... so với bộ tiêu chí nông thôn mới, thì khi ấy toàn huyện mới "
            "chỉ đạt 2,6/19 tiêu chí.")
    claims = by_text(analyse(text, date="2031-03-15").claims)
    assert claims["2,6/19 tiêu chí"].subject == "tiêu chí"


def test_the_first_half_of_a_pair_is_named_after_its_second():
    claims = by_text(analyse("Năm 2031, toàn tỉnh có 30 ha/45 ha lúa bị ảnh hưởng.", date="2031-10-05").claims)
    assert claims["30 ha"].subject == claims["45 ha"].subject == "lúa bị ảnh hưởng"


def test_a_percent_restating_a_change_holds_where_the_change_does():
    claims = by_text(analyse("Diện tích lúa đạt 45.000 ha, giảm 300 ha (bằng -0,7%).", date="2031-04-05").claims)
    assert claims["45.000 ha"].period == claims["300 ha"].period == claims["-0,7%"].period


def test_the_country_a_figure_is_measured_against_is_not_where_it_holds():
    text = "Thu nhập bình quân đầu người đạt 75 triệu đồng, bằng 80% mức bình quân cả nước."
    claims = by_text(analyse(text, date="2031-10-05").claims)
    assert claims["75 triệu đồng"].place is None
    assert claims["80%"].place is None


def test_the_countrys_rate_set_beside_a_provinces_is_the_same_indicator_in_the_country():
    text = "Tỷ lệ hộ nghèo của tỉnh Yên Bái là 3,5%, cao hơn mức bình quân cả nước (2,9%)."
    claims = by_text(analyse(text, date="2031-10-05").claims)
    assert (claims["2,9%"].subject, claims["2,9%"].place) == ("Tỷ lệ hộ nghèo", "Việt Nam")
    assert claims["3,5%"].place == "Yên Bái"


def test_a_banks_customers_are_counted_at_a_time_not_over_a_span_like_visitors():
    text = "Đến 30/11/2031, dư nợ cho vay hộ nghèo đạt 3.500 tỷ đồng, với 85.000 khách hàng còn dư nợ."
    claims = by_text(analyse(text, date="2031-12-05").claims)
    assert claims["85.000 khách hàng"].period == claims["3.500 tỷ đồng"].period == "2031-11-30"


def test_a_sum_per_cooperative_or_per_worker_keeps_its_denominator():
    text = "Doanh thu bình quân 1,5 tỷ đồng/HTX/năm; thu nhập bình quân 8 triệu đồng/lao động/tháng."
    claims = by_text(analyse(text, date="2031-12-05").claims)
    assert claims["1,5 tỷ đồng/HTX/năm"].unit == "VND/hợp tác xã/year"
    assert claims["8 triệu đồng/lao động/tháng"].unit == "VND/person/month"


def test_an_item_naming_only_other_goods_is_the_same_trade_in_those_goods():
    text = ("Kim ngạch xuất khẩu hàng dệt may đạt 1,2 tỷ USD, chiếm 35% tổng kim ngạch xuất khẩu của tỉnh; hàng thủy sản "
            "500 triệu USD, chiếm 15%; mặt hàng cà phê 300 triệu USD.")
    claims = by_text(analyse(text, date="2031-12-05").claims)
    assert claims["500 triệu USD"].subject == "Kim ngạch xuất khẩu hàng thủy sản"
    assert claims["300 triệu USD"].subject == "Kim ngạch xuất khẩu mặt hàng cà phê"
    assert claims["300 triệu USD"].period == claims["1,2 tỷ USD"].period == "2031"
