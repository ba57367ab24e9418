"""Parts of a total named by where they lie, a month opening a clause after the sentence's source, the parts a
sentence spells out after "Cụ thể … :", and what an estimated total's parts can be (December 2026, from a round of
sector news read after it was scored). Sentences are invented for these tests (real articles stay outside the
repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_part_named_only_by_where_it_lies_is_the_totals_indicator_there():
    text = ("Đến nay, toàn tỉnh có 465 dự án đầu tư nước ngoài với tổng vốn đăng ký 33,1 tỷ USD (trong KCN 292 dự án "
            "với tổng vốn đầu tư 15,4 tỷ USD; ngoài KCN 173 dự án với tổng vốn đầu tư 17,7 tỷ USD).")
    claims = by_text(analyse(text, date="2031-04-10").claims)
    assert claims["292 dự án"].subject == "dự án đầu tư nước ngoài trong KCN"
    assert claims["173 dự án"].subject == "dự án đầu tư nước ngoài ngoài KCN"
    assert claims["15,4 tỷ USD"].subject == "tổng vốn đầu tư dự án đầu tư nước ngoài trong KCN"


def test_the_parts_of_a_total_by_area_keep_its_indicator_but_not_its_tong():
    text = ("Dân số trung bình năm 2031 ước đạt 1.250.000 người, trong đó khu vực thành thị 400.000 người, khu vực "
            "nông thôn 850.000 người. Tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng (trong nước 9.000 tỷ đồng; "
            "ngoài nước 3.000 tỷ đồng).")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["400.000 người"].subject == "Dân số trung bình khu vực thành thị"
    assert claims["850.000 người"].subject == "Dân số trung bình khu vực nông thôn"
    assert claims["9.000 tỷ đồng"].subject == "vốn đầu tư toàn xã hội trong nước"
    assert claims["3.000 tỷ đồng"].period == claims["12.000 tỷ đồng"].period


def test_the_sibling_of_a_part_replaces_the_part_before_it():
    claims = by_text(analyse("Năm 2031, thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%.").claims)
    assert claims["80%"].subject == "thu gom rác thải khu vực nông thôn"


def test_a_sector_after_a_sector_is_no_part_of_it():
    text = ("GRDP năm 2031 tăng 7,2%; trong đó khu vực công nghiệp và xây dựng tăng 9,22%; khu vực dịch vụ tăng 8,55%.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["8,55%"].subject == "khu vực dịch vụ"


def test_a_noun_naming_a_part_before_its_own_figure_ends_the_count_before_it():
    text = "Dân số ước đạt 1.250.000 người, khu vực thành thị 400.000 người, khu vực nông thôn 850.000 người."
    assert [c.text for c in analyse(text, date="2031-12-20").claims] == ["1.250.000 người", "400.000 người",
                                                                        "850.000 người"]
    # (a noun of the list, with a figure said of the whole list, stays on it)
    claims = analyse("Năm 2031, huyện khởi công 35 dự án, công trình với tổng vốn 500 tỷ đồng.").claims
    assert claims[0].text == "35 dự án, công trình"


def test_a_month_said_after_the_sentences_source_is_its_time():
    text = ("Theo báo cáo của Cục Thống kê tỉnh, tháng 5, tổng mức bán hàng hóa và doanh thu dịch vụ tiêu dùng trên "
            "địa bàn tỉnh được hơn 10.125 tỷ đồng, giảm 5,65% so với tháng trước.")
    claims = by_text(analyse(text, date="2031-05-31").claims)
    assert claims["10.125 tỷ đồng"].period == "2031-05"
    assert claims["10.125 tỷ đồng"].subject == "tổng mức bán hàng hóa và doanh thu dịch vụ tiêu dùng"


def test_a_headline_opening_on_a_month_and_a_colon_is_of_that_month():
    claims = analyse("Tháng 5: Tổng mức bán lẻ hàng hóa đạt hơn 10.125 tỷ đồng\n\nNội dung.", date="2031-05-31").claims
    assert claims[0].period == "2031-05"


def test_the_parts_spelled_out_after_cu_the_and_a_colon_are_the_estimates_parts():
    text = ("Tháng 5, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 5.266 tỷ đồng, giảm 7,75% so "
            "với tháng trước. Cụ thể các ngành như: du lịch lữ hành 10 tỷ đồng, giảm 40,78%; thương mại hơn 4.203 tỷ "
            "đồng, tăng 1,06%.")
    claims = by_text(analyse(text, date="2031-05-31").claims)
    assert (claims["10 tỷ đồng"].modality, claims["40,78%"].modality) == ("estimate", "estimate")
    assert claims["1,06%"].basis == claims["7,75%"].basis


def test_a_figure_larger_than_the_estimated_total_before_is_no_part_of_it():
    lead = ("Theo báo cáo của Cục Thống kê tỉnh, tháng 5, tổng mức bán hàng hóa trên địa bàn tỉnh được hơn 10.125 tỷ "
            "đồng, giảm 5,65% so với tháng trước; trong đó, tổng mức bán lẻ ước đạt gần 5.266 tỷ đồng, giảm 7,75%.")
    claims = [c for c in analyse(f"{lead}\n\n{lead}", date="2031-05-31").claims if c.text == "10.125 tỷ đồng"]
    assert [c.modality for c in claims] == ["actual", "actual"]


def test_a_bare_measure_after_voi_is_of_what_its_own_sentence_names():
    text = ("Sản lượng gỗ khai thác năm 2031 ước đạt 583 ngàn m3, tăng 5,9%. Sản xuất thủy sản năm 2031 duy trì mức "
            "tăng trưởng nhẹ với tổng sản lượng ước đạt 56.424 tấn, tăng 1.231 tấn.")
    claims = by_text(analyse(text, date="2032-01-05").claims)
    assert "gỗ" not in claims["56.424 tấn"].subject


def test_a_rise_by_a_multiple_in_a_list_of_rises_takes_the_lists_base():
    text = ("Một số ngành trọng điểm tăng cao so với năm trước như: dệt tăng 23,06%; sản xuất than cốc tăng gấp 2,3 "
            "lần; sản xuất hóa chất tăng 80,78%.")
    claims = by_text(analyse(text, date="2031-11-10").claims)
    assert claims["2,3 lần"].basis == claims["23,06%"].basis == "prior_year"


def test_the_place_overtaken_is_the_reference_of_the_rank_not_where_the_figure_holds():
    text = ("Trong tháng 1/2031, Bắc Ninh đã vượt TP HCM để trở thành địa phương có kim ngạch xuất khẩu lớn nhất của "
            "Việt Nam với 3,36 tỷ USD. Kế tiếp là TP HCM với 2,66 tỷ USD.")
    claims = by_text(analyse(text, date="2031-02-13").claims)
    assert (claims["3,36 tỷ USD"].place, claims["3,36 tỷ USD"].subject) == ("Bắc Ninh", "kim ngạch xuất khẩu")
    assert (claims["2,66 tỷ USD"].place, claims["2,66 tỷ USD"].subject) == ("Hồ Chí Minh", "kim ngạch xuất khẩu")


def test_the_month_before_said_after_a_superlative_is_a_time_and_places_pointed_back_to_are_no_count():
    text = ("TP HCM là địa phương có tổng kim ngạch xuất nhập khẩu hàng hóa lớn nhất tháng trước với 6,46 tỷ USD. "
            "Trong 8 tỉnh/thành phố trên, Bình Dương là địa phương có mức tăng trưởng thấp nhất với -37%.")
    claims = by_text(analyse(text, date="2031-02-13").claims)
    assert "8 tỉnh" not in claims
    assert (claims["6,46 tỷ USD"].period, claims["6,46 tỷ USD"].subject) == (
        "2031-01", "tổng kim ngạch xuất nhập khẩu hàng hóa")
    assert claims["-37%"].subject == "tổng kim ngạch xuất nhập khẩu hàng hóa"
    # (a count of places across the country is a count)
    assert [c.text for c in analyse("Năm 2031 có 8 tỉnh trên cả nước đạt chuẩn.").claims] == ["8 tỉnh"]


def test_a_rise_said_ve_so_x_is_of_the_figure_before_that_x_names():
    text = ("Trong tháng 11/2031, toàn tỉnh có thêm 109 doanh nghiệp thành lập mới, với số vốn đăng ký 2.638 tỷ đồng, "
            "giảm 12,1% về số doanh nghiệp và tăng 238,7% về số vốn đăng ký so với cùng kỳ. Lũy kế 11 tháng, toàn tỉnh "
            "có 1.105 doanh nghiệp thành lập mới, tổng số vốn đăng ký 14.513 tỷ đồng; giảm 8,6% về số doanh nghiệp và "
            "tăng 34,9% về số vốn đăng ký so với cùng kỳ.")
    claims = by_text(analyse(text, date="2031-12-05").claims)
    assert claims["12,1%"].subject == claims["8,6%"].subject == "số doanh nghiệp thành lập mới"
    assert claims["238,7%"].subject == claims["34,9%"].subject == "số vốn đăng ký doanh nghiệp thành lập mới"


def test_visits_received_by_a_sector_are_of_the_visitors():
    text = "Trong 6 tháng đầu năm 2031, ngành du lịch Thanh Hóa ước đón gần 10,5 triệu lượt khách du lịch, tăng 7,3%."
    claims = by_text(analyse(text, date="2031-06-25").claims)
    assert claims["10,5 triệu lượt khách"].subject == claims["7,3%"].subject == "khách du lịch"
    # (visitors named before the verb keep their name)
    text = "Tổng số lượt khách do cơ sở lưu trú phục vụ 6 tháng đầu năm 2031 ước đạt 5,1 triệu lượt."
    assert analyse(text).claims[0].subject == "Tổng số lượt khách do cơ sở lưu trú phục vụ"


def test_the_reducing_of_a_rate_said_as_a_noun_is_its_fall_in_points():
    claims = by_text(analyse("Kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2031 là 0,47%, đạt 100% kế hoạch.").claims)
    assert (claims["0,47%"].measure, claims["0,47%"].value) == ("change", -0.47)


def test_a_list_partner_after_a_slash_is_part_of_the_counted_noun_but_a_denominator_is_not():
    claims = analyse("Trong tháng 1/2031, cả nước có 8 tỉnh/thành phố đạt kim ngạch từ 1 tỷ USD trở lên.").claims
    assert claims[0].text == "8 tỉnh/thành phố"
    claims = analyse("Đến tháng 9/2031, bình quân toàn tỉnh đạt 16,4 tiêu chí/xã.").claims
    assert claims[0].unit == "tiêu chí/xã"
