"""Rules from the eighth set of unseen rounds (December 2026). On the reports of congresses and council sessions (r131):
the five years "qua" are the term just ended, what is held at the end of a reviewed term is of its last year, a yearly
average belongs to its own item, the year a review sets its direction for is no year of its results, and the people a
meeting counts are counted on its day. On provincial releases (r133): an estimate named as the source, the branches of
an index. On texts comparing provinces and reviews with targets (r137, r138): lists of targets named after their count
or under their heading, a target's "ước", a rise against a whole year. On undated texts (r134): the year they name.
Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402

CONGRESS = "Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2045 - 2050.\n\n"


def test_the_five_years_just_past_are_the_term_just_ended():
    claims = by_text(extract(CONGRESS + "5 năm qua, tốc độ tăng trưởng kinh tế bình quân hằng năm của xã đạt 9,4%, "
                                        "vượt chỉ tiêu nghị quyết.", date="2045-06-20"))
    assert claims["9,4%"].period == "2040/2045"


def test_a_result_said_in_the_term_a_text_reviews_is_the_terms():
    text = CONGRESS + ("Nhiệm kỳ 2040 - 2045, Đảng bộ đã lãnh đạo hoàn thành các mục tiêu đề ra.\n\n"
                       "Trong nhiệm kỳ, Đảng bộ xã đã kết nạp được 120 đảng viên mới. Thu nhập bình quân đầu người đạt "
                       "65 triệu đồng/năm, vượt xa mục tiêu Đại hội.")
    claims = by_text(extract(text, date="2045-06-20"))
    assert claims["120 đảng viên"].period == "2040/2045"
    # what is held at the end of the term (an income a year) is of its last year
    assert claims["65 triệu đồng/năm"].period == "2045"


def test_a_yearly_average_in_an_earlier_item_does_not_date_a_share_in_a_later_one():
    claims = by_text(extract(CONGRESS + "5 năm qua, tăng trưởng kinh tế bình quân hằng năm đạt 10,2%; tỷ trọng ngành "
                                        "dịch vụ chiếm 45%, nông nghiệp 20%.", date="2045-06-20"))
    assert claims["10,2%"].period == "2040/2045"
    assert claims["45%"].period == "2045"


def test_the_year_a_review_sets_its_direction_for_is_not_the_year_of_its_results():
    text = ("Tại kỳ họp, các đại biểu nghe báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2045 và "
            "phương hướng, nhiệm vụ năm 2046. Theo đó, tổng sản lượng lương thực đạt 2.450 tấn; thu ngân sách trên địa "
            "bàn đạt 12 tỷ đồng.")
    claims = by_text(extract(text, date="2045-12-18"))
    assert claims["2.450 tấn"].period == "2045"
    assert claims["12 tỷ đồng"].period == "2045"


def test_the_people_a_meeting_counts_are_counted_on_its_day():
    text = CONGRESS + ("Dự Đại hội có 180 đại biểu đại diện cho 960 đảng viên trong toàn Đảng bộ.\n\n"
                       "Đại hội đã bầu Ban Chấp hành khóa V gồm 17 đồng chí; Đại hội cũng bầu 12 đại biểu đi dự Đại hội "
                       "cấp trên.")
    claims = by_text(extract(text, date="2045-06-20"))
    assert [claims[text].period for text in ("180 đại biểu", "960 đảng viên", "17 đồng chí", "12 đại biểu")] \
        == ["2045-06-20"] * 4


# From the work round r133 (provincial monthly releases).

def test_an_estimate_named_as_the_source_makes_the_sentence_an_estimate():
    claims = by_text(extract("Theo dự ước, lượng khách du lịch trong tháng 7 đạt 1,2 triệu lượt.", date="2045-07-28"))
    assert claims["1,2 triệu lượt"].modality == "estimate"


def test_the_branches_of_an_index_said_as_its_level_are_compared_with_the_same_month():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp tháng 3 năm 2045 ước tăng 12,5% so với cùng kỳ. Trong đó, ngành "
                             "khai khoáng ước bằng 91,2%; ngành công nghiệp chế biến chế tạo tăng 14,1%.", date="2045-03-28"))
    assert (claims["91,2%"].measure, claims["91,2%"].basis, claims["91,2%"].period) == ("ratio", "same_period", "2045-03")
    assert claims["14,1%"].period == "2045-03"


def test_the_next_sentence_on_a_branch_goes_on_listing_the_branches_of_the_month():
    claims = by_text(extract("Chỉ số sản xuất toàn ngành công nghiệp tháng 5 năm 2045 tăng 6,0% so với cùng kỳ năm trước. "
                             "Trong đó, ngành khai khoáng tăng 9,1%. Ngành sản xuất và phân phối điện tăng 3,4%.",
                             date="2045-06-02"))
    assert claims["3,4%"].period == "2045-05"


def test_an_industry_section_named_with_its_commas_is_one_subject():
    claims = by_text(extract("Trong đó, ngành khai khoáng tăng 9,1%. Ngành cung cấp nước, hoạt động quản lý và xử lý rác "
                             "thải, nước thải tăng 4,0% so với cùng kỳ năm trước.", date="2045-06-02"))
    assert claims["4,0%"].subject == "Ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"


def test_the_place_a_sentence_opens_on_holds_for_the_figures_right_after_it():
    text = ("Đảng bộ xã Tân Hòa tổ chức Đại hội lần thứ V. 5 năm qua, thu nhập bình quân đầu người của xã đạt 60 triệu "
            "đồng.\n\nSáng cùng ngày, Đảng bộ xã Bình Minh cũng khai mạc Đại hội.\n\nNhiệm kỳ 2040 - 2045, Đảng bộ xã "
            "Bình Minh lãnh đạo hoàn thành các chỉ tiêu đề ra. Kinh tế tăng trưởng khá, tốc độ tăng trưởng bình quân "
            "hằng năm đạt 11,5%.")
    claims = by_text(extract(text, date="2045-06-20"))
    assert claims["11,5%"].place == "Bình Minh"


# From the work rounds r137 (provinces compared) and r138 (provincial reviews with targets).

def test_the_total_of_a_noun_is_no_verb_so_the_item_stays_in_the_estimate():
    claims = by_text(extract("Cụ thể, GRDP ước đạt 21.000 tỷ đồng (bằng 40% kế hoạch); tổng mức bán lẻ hàng hóa và dịch vụ "
                             "30.000 tỷ đồng (bằng 50% kế hoạch).", date="2045-07-02"))
    assert claims["30.000 tỷ đồng"].modality == "estimate"


def test_the_sentence_that_names_the_targets_a_plan_counted_lists_targets():
    claims = by_text(extract("UBND tỉnh đề ra 15 chỉ tiêu kinh tế - xã hội năm 2046. Trọng tâm là, GRDP tăng hơn 9%; tỷ lệ "
                             "bao phủ bảo hiểm y tế đạt 95%.", date="2045-12-10"))
    assert [claims[text].modality for text in ("9%", "95%")] == ["target", "target"]


def test_a_heading_naming_the_targets_before_the_first_numbered_item_announces_the_list():
    claims = by_text(extract("Các chỉ tiêu kinh tế - xã hội năm 2046 1. Tăng trưởng kinh tế (GRDP) từ 7% đến 7,5%. 2. Kim "
                             "ngạch xuất khẩu 1.800 triệu USD, tăng 2% so với ước thực hiện năm 2045.", date="2045-12-10"))
    assert [claims[text].modality for text in ("7% đến 7,5%", "1.800 triệu USD", "2%")] == ["target"] * 3


def test_a_place_named_after_a_time_and_a_comma_opens_the_paragraph_it_is_about():
    text = ("Hà Nội thu ngân sách năm 2045 ước đạt 500.000 tỷ đồng.\n\nMới chỉ tính đến hết tháng 11/2045, Bà Rịa-Vũng "
            "Tàu đã hoàn thành nhiều chỉ tiêu kế hoạch đề ra. Trong đó, tổng thu ngân sách trên địa bàn là 110.000 tỷ "
            "đồng. Cụ thể, thu dầu thô đạt 268,1% dự toán.")
    claims = by_text(extract(text, date="2045-12-26"))
    # (the name as the text writes it; the months of the review that the paragraph opens on)
    assert [claims[text].place for text in ("110.000 tỷ đồng", "268,1%")] == ["Bà Rịa-Vũng Tàu"] * 2
    assert claims["110.000 tỷ đồng"].period == "2045-01/2045-11"


def test_the_ước_of_a_target_the_sentence_sets_is_the_plans_wording():
    claims = by_text(extract("Năm 2046, địa phương đặt chỉ tiêu tốc độ tăng trưởng kinh tế (GRDP) ước tăng 8,5%, GRDP bình "
                             "quân đầu người ước đạt 90 triệu đồng/người.", date="2046-04-25"))
    assert [claims[text].modality for text in ("8,5%", "90 triệu đồng/người")] == ["target", "target"]


def test_a_rise_against_a_whole_year_is_of_the_year_after_that_its_sentence_names():
    text = ("Trong quý I/2047, GRDP của tỉnh tăng 7,1%.\n\nVới tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 15,2% so với "
            "năm 2045, tỉnh là địa phương có tốc độ tăng GRDP cao nhất cả nước trong năm 2046.")
    claim = by_text(extract(text, date="2047-04-25"))["15,2%"]
    assert (claim.period, claim.basis) == ("2046", "prior_year")


# From the round r134, opened after its final score.

def test_an_undated_text_is_of_the_year_it_names_bare_not_of_the_starting_points_of_its_figures():
    text = ("Quyết định công nhận hai huyện hoàn thành nhiệm vụ xây dựng nông thôn mới 2047.\nĐến nay, thu nhập bình quân "
            "đầu người toàn huyện tăng từ 10,3 triệu đồng (năm 2039) lên 43,5 triệu đồng; tỷ lệ hộ nghèo giảm từ 22,1% "
            "(năm 2039) xuống còn 2,4%.")
    claims = by_text(extract(text))
    assert [claims[text].period for text in ("10,3 triệu đồng", "43,5 triệu đồng", "2,4%")] == ["2039", "2047", "2047"]


# From the round r135, opened after its final score.

def test_hiện_opening_a_structure_or_a_party_body_dates_it_at_the_article():
    text = ("Đại hội Đảng bộ xã Hòa An lần thứ I, nhiệm kỳ 2045 - 2050.\n\nHiện Đảng bộ có 40 chi bộ với 900 đảng viên. "
            "Nhiệm kỳ 2040 - 2045, kinh tế chuyển dịch đúng hướng. Hiện tỷ trọng giá trị sản xuất nông - lâm - thủy sản "
            "chiếm 30%.")
    claims = by_text(extract(text, date="2045-07-28"))
    assert [claims[text].period for text in ("40 chi bộ", "30%")] == ["2045-07-28", "2045-07-28"]


def test_the_delegates_taking_part_and_the_members_appointed_are_counted_on_the_meetings_day():
    text = ("Đảng bộ xã tổ chức Đại hội lần thứ I với sự tham gia của 120 đại biểu đại diện cho hơn 600 đảng viên.\n\n"
            "Dự và chỉ đạo đại hội có đồng chí Lê Văn A, cùng 150 đại biểu chính thức.\n\nTỉnh ủy chỉ định Ban chấp hành "
            "Đảng bộ xã gồm 26 ủy viên.")
    claims = by_text(extract(text, date="2045-08-12"))
    assert {claims[text].period for text in ("120 đại biểu", "600 đảng viên", "150 đại biểu", "26 ủy viên")} \
        == {"2045-08-12"}


def test_a_commitment_or_a_cause_before_an_indicator_is_no_part_of_its_name():
    claims = by_text(extract("Tỉnh Trà Vinh cam kết giải ngân trên 98% kế hoạch. Diện tích cây hàng năm giảm 1.200 ha, do "
                             "giảm diện tích trồng mì 800 ha.", date="2045-04-10"))
    assert claims["98%"].subject == "giải ngân"
    assert claims["800 ha"].subject == "diện tích trồng mì"
