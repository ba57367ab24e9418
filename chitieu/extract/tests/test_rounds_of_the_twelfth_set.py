"""Rules from the twelfth set of unseen rounds (December 2026). Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402
from chitieu.extract.workcopy import working_copy  # noqa: E402


def test_revenue_split_into_its_kinds_after_an_estimated_total_is_estimated_too():
    text = ("Thu ngân sách nhà nước 6 tháng đầu năm của tỉnh tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt trên 4.197 tỷ "
            "đồng, đạt 56,41% dự toán. Thu trên địa bàn đạt trên 2.000 tỷ đồng, so với dự toán đạt 50,31%; thu nội địa "
            "ước tính đạt 1.823 tỷ đồng.\n\nƯớc thực hiện chi ngân sách địa phương 6 tháng đầu năm đạt trên 3.647 tỷ "
            "đồng. Các khoản chi chủ yếu gồm: chi đầu tư phát triển 390 tỷ đồng, đạt 49,12% dự toán; chi sự nghiệp "
            "văn xã gần 1.600 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-07-12").claims)
    assert claims["2.000 tỷ đồng"].modality == "estimate"
    assert claims["50,31%"].modality == "estimate"
    assert claims["390 tỷ đồng"].modality == "estimate"
    assert claims["1.600 tỷ đồng"].modality == "estimate"


def test_a_kind_larger_than_the_estimated_total_is_no_part_of_it():
    text = ("Thu ngân sách ước đạt 400 tỷ đồng. Thu từ đất đạt 520 tỷ đồng, thu thuế đạt 300 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-07-12").claims)
    assert claims["520 tỷ đồng"].modality == "actual"


def test_a_part_singled_out_after_the_breakdown_of_an_estimated_total_is_estimated():
    text = ("Trong 3 tháng đầu năm 2031, tổng thu ngân sách trên địa bàn huyện ước thực hiện là 235 tỷ đồng, đạt 24% dự "
            "toán. Trong đó, thu ngân sách do huyện quản lý 127 tỷ đồng. Cụ thể, thu thuế và phí 73 tỷ đồng; thu tài "
            "chính 4 tỷ đồng. Riêng thu ngân sách tỉnh quản lý 108 tỷ đồng, bằng 23% dự toán.")
    claims = by_text(analyse(text, date="2031-04-05").claims)
    assert claims["108 tỷ đồng"].modality == "estimate"


def test_a_concession_and_carrying_out_are_no_part_of_the_subject():
    text = ("Thu ngân sách nhà nước của tỉnh tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt 4.197 tỷ đồng. Ước thực "
            "hiện chi ngân sách địa phương đạt 3.647 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-07-12").claims)
    assert claims["4.197 tỷ đồng"].subject == "Thu ngân sách nhà nước"
    assert claims["3.647 tỷ đồng"].subject == "chi ngân sách địa phương"


def test_a_first_since_a_year_is_not_the_figures_time_and_a_mark_passed_bounds_it():
    text = ("Tính chung 10 tháng qua, có 91.143 lao động ra nước ngoài làm việc. Lần đầu tiên kể từ năm 2010, số lao "
            "động sang Nhật Bản vượt mốc 15.000 người (đạt 16.282 người).")
    claims = by_text(analyse(text, date="2034-10-29").claims)
    assert claims["15.000 người"].period == "2034-01/2034-10"
    assert claims["15.000 người"].qualifier == "over"
    assert claims["15.000 người"].subject == "số lao động sang Nhật Bản"
    assert claims["16.282 người"].subject == "số lao động sang Nhật Bản"


def test_what_happened_is_counted_not_the_verb_that_it_happened():
    claims = by_text(analyse("Trên địa bàn đã xảy ra 12 vụ cháy rừng.", date="2031-05-01").claims)
    assert claims["12 vụ"].subject == "vụ cháy rừng"


def test_reaching_all_of_the_things_counted_is_a_share_not_a_plan_done():
    claims = by_text(analyse("Hai huyện A Lưới và Nam Đông đạt 100% tiêu chí nông thôn mới.", date="2031-05-01").claims)
    assert (claims["100%"].measure, claims["100%"].basis) == ("share", None)
    money = by_text(analyse("Huyện đã giải ngân 100% các nguồn vốn được giao.", date="2031-05-01").claims)
    assert (money["100%"].measure, money["100%"].basis) == ("ratio", "plan")


def test_a_rate_over_the_population_is_the_rates_level_not_a_comparison():
    text = "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 60,23% so với dân số toàn tỉnh."
    claims = by_text(analyse(text, date="2031-05-01").claims)
    assert (claims["60,23%"].measure, claims["60,23%"].basis) == ("level", None)


def test_a_bound_that_defines_a_group_of_places_holds_in_the_places_listed_after_it_or_none():
    text = ("Trong 9 tháng đầu năm 2034, có 2 địa phương tăng trưởng GRDP trên 20% và rất nhiều địa phương tăng "
            "trưởng trên 10%. Các địa phương khác có mặt trong top 10 đều tăng trưởng trên 11%: Cần Thơ, Đà Nẵng và "
            "Thanh Hóa. Ngoài ra có 2 tỉnh đạt kim ngạch trên 10 tỉ USD là Bình Dương (14,8 tỉ USD); Đồng Nai (10,9 tỉ "
            "USD).")
    claims = analyse(text, date="2034-10-05").claims
    bounds = [c for c in claims if c.qualifier == "over"]
    assert [c.place for c in bounds] == [None, None, ["Cần Thơ", "Đà Nẵng", "Thanh Hóa"], ["Bình Dương", "Đồng Nai"]]
    assert [c.subject for c in bounds[:3]] == ["tăng trưởng GRDP"] * 3


def test_a_bound_said_of_places_a_named_place_holds_is_that_places():
    text = "Hiện nay Quảng Ninh có 3 xã đạt thu nhập bình quân trên 30 triệu đồng/năm."
    claims = by_text(analyse(text, date="2034-01-14").claims)
    assert claims["30 triệu đồng/năm"].place == "Quảng Ninh"


def test_a_rate_said_at_some_places_keeps_its_own_subject_and_place():
    text = ("Huyện Nam Đàn: thu nhập bình quân đạt 36 triệu đồng/người; tỉ lệ hộ nghèo tại các xã đều dưới 5% và trên "
            "địa bàn toàn huyện năm 2031 là 3,16%.")
    claims = by_text(analyse(text, date="2032-01-05").claims)
    assert claims["5%"].subject == "tỉ lệ hộ nghèo tại các xã"
    assert claims["5%"].place == "Nam Đàn"


def test_a_line_cut_at_a_fixed_width_goes_on_on_the_next_even_before_a_number():
    lines = ["Năm 2031, mặc dù chịu ảnh hưởng của bão, nhưng nhìn chung năng suất",
             "của các loại cây trồng chính đều tăng hơn so với cùng kỳ. Sản lượng lương",
             "thực có hạt đạt 385,8 nghìn tấn, tăng 6,84% so với năm",
             "2030; trong đó, sản lượng lúa đạt 320,3 nghìn",
             "tấn, tăng 8,77%; sản lượng ngô đạt 65,5",
             "nghìn tấn, giảm 1,68% do diện tích",
             "gieo trồng giảm."]
    text = "\n".join(lines)
    claims = by_text(analyse(text).claims)
    assert claims["6,84%"].basis == "prior_year"
    assert claims["8,77%"].basis == "prior_year"


def test_a_paragraph_a_line_keeps_its_line_breaks():
    text = "Thu ngân sách đạt 500 tỷ đồng, tăng 5% so với năm\n2030 là năm đầu của kế hoạch.\nChi ngân sách đạt 400 tỷ đồng."
    assert working_copy(text).count("\n") == 2


def test_a_months_index_against_december_and_the_average_of_the_same_months():
    text = ("Tháng 11/2031, chỉ số giá tiêu dùng (CPI) tăng 0,11% so với tháng trước, tăng 7,34% so với cùng  kỳ và "
            "tăng 7,18% so với tháng 12. Chỉ số giá tiêu dùng bình quân 11 tháng tăng 4,17% so với bình quân cùng kỳ.")
    claims = by_text(analyse(text, date="2031-12-02").claims)
    assert [claims[t].basis for t in ("0,11%", "7,34%", "7,18%", "4,17%")] == \
        ["other", "same_period", "prior_year_end", "same_period"]


def test_a_base_two_years_back_is_another_base_not_the_same_period():
    text = "CPI tháng 11/2031 tăng 7,18% so với tháng 12/2029; quý III/2031 tăng 5% so với quý III/2030."
    claims = by_text(analyse(text, date="2031-12-02").claims)
    assert claims["7,18%"].basis == "other"
    assert claims["5%"].basis == "same_period"


def test_what_a_group_adds_to_the_index_is_its_contribution():
    text = ("Chỉ số nhóm nhà ở tăng 1,14% so với tháng trước, góp phần CPI chung tăng 0,16%. Nhóm giao thông tăng "
            "0,18%, qua đó góp phần tăng CPI chung 0,02%.")
    claims = by_text(analyse(text, date="2031-09-01").claims)
    assert (claims["0,16%"].measure, claims["0,16%"].basis) == ("share", None)
    assert claims["0,02%"].measure == "share"


def test_transports_work_is_counted_in_tonne_and_passenger_kilometres():
    text = "Hành khách vận chuyển ước đạt 2.076 ngàn người, luân chuyển đạt 169 triệu người.km; hàng hóa luân chuyển 192 triệu tấn.km."
    claims = by_text(analyse(text, date="2031-10-01").claims)
    assert claims["169 triệu người.km"].unit == "người.km"
    assert (claims["192 triệu tấn.km"].unit, claims["192 triệu tấn.km"].value) == ("tonne.km", 192e6)
    assert claims["2.076 ngàn người"].unit == "người"


def test_a_sentence_opened_as_an_estimate_is_one_even_of_the_years_end():
    text = ("Huyện đã hỗ trợ 500 hộ. Ước tính của huyện, đến cuối năm nay, tỷ lệ hộ nghèo toàn huyện giảm còn dưới "
            "1,3%, giảm 7,56% so với năm 2025. Trong đó, số hộ nghèo đồng bào dân tộc thiểu số giảm còn dưới 3%.")
    claims = by_text(analyse(text, date="2031-03").claims)
    assert [claims[t].modality for t in ("500 hộ", "1,3%", "7,56%", "3%")] == ["actual", "estimate", "estimate", "estimate"]


def test_the_next_kind_of_area_after_a_rates_change_changes_in_points_too():
    text = ("Tỉ lệ hộ nghèo tại khu vực thị trấn giảm 5,27%, nông thôn giảm 5,03%; tỉ lệ hộ cận nghèo ở thị trấn tăng "
            "2,41%, ở nông thôn tăng 0,8%.")
    claims = analyse(text, date="2031-12").claims
    assert [c.measure for c in claims] == ["change"] * 4


def test_the_commune_an_article_headed_by_its_district_speaks_of_is_the_communes():
    text = ("Ninh Phước: Thành tựu từ xây dựng nông thôn mới\n\nThời gian qua, lãnh đạo xã Phước Vinh (huyện Ninh Phước) "
            "đã chỉ đạo nhiều giải pháp. Năm 2030, xã được công nhận đạt chuẩn, thu nhập bình quân đầu người đạt 27,82 "
            "triệu đồng/người/năm. Tỷ lệ hộ nghèo của xã cũng giảm còn 3,99%.")
    claims = by_text(analyse(text, date="2031-09-26").claims)
    assert claims["27,82 triệu đồng/người/năm"].place == "Phước Vinh"
    assert claims["3,99%"].place == "Phước Vinh"


def test_the_presidents_name_is_no_city():
    text = ("Toàn tỉnh có 412 trường. Các trường đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh, tỷ lệ "
            "phòng học kiên cố đạt trên 80%.")
    assert {c.place for c in analyse(text, date="2031-09").claims} == {None}


def test_figures_given_to_a_province_the_text_never_names_are_not_its_districts():
    text = ("Tỷ lệ tốt nghiệp THCS trên địa bàn tỉnh đạt bình quân 99,85%. Nhiều đơn vị có tỷ lệ cao như huyện Cai Lậy "
            "(99,67%), huyện Gò Công Tây (99,28%). Toàn tỉnh có 36 học sinh không đủ điều kiện tốt nghiệp.")
    claims = by_text(analyse(text, date="2031-05-30").claims)
    assert claims["99,85%"].place is None
    assert claims["36 học sinh"].place is None
    assert claims["99,67%"].place == "Cai Lậy"


def test_a_base_after_a_bracket_and_the_rest_of_the_noun_is_the_figures_base_too():
    text = ("Năm học 2030-2031, toàn tỉnh có 131.323 học sinh tiểu học, tăng 10.217 học sinh tiểu học (tăng hơn 280 lớp) "
            "so với năm học trước.")
    claims = by_text(analyse(text, date="2030-09").claims)
    assert claims["10.217 học sinh"].basis == "prior_year"
    assert claims["280 lớp"].basis == "prior_year"


def test_a_price_indexs_groups_are_of_the_month_the_index_is_said_to_have_reached():
    text = ("Sau 4 tháng giảm liên tiếp, đến tháng 3/2031, chỉ số giá tiêu dùng đã tăng trở lại với mức tăng 0,19% so với "
            "tháng trước. Chỉ số giá tiêu dùng tăng chủ yếu do nhóm hàng ăn và dịch vụ ăn uống tăng 0,42%; nhóm văn hoá, "
            "giải trí và du lịch tăng 0,68%.")
    claims = by_text(analyse(text, date="2031-03").claims)
    assert [claims[t].period for t in ("0,19%", "0,42%", "0,68%")] == ["2031-03"] * 3


def test_the_groups_of_an_index_in_the_sentence_after_its_rise_are_compared_as_it_was():
    text = ("Đến tháng 3/2031, chỉ số giá tiêu dùng đã tăng 0,19% so với tháng trước. Chỉ số giá tiêu dùng tăng chủ yếu "
            "do sự tăng giá ở các nhóm hàng ăn và dịch vụ ăn uống, tăng 0,42%; nhóm văn hoá tăng 0,68%. Doanh thu bán "
            "lẻ hàng hóa tăng 5%.")
    claims = by_text(analyse(text, date="2031-04-02").claims)
    assert [claims[t].basis for t in ("0,19%", "0,42%", "0,68%", "5%")] == ["other", "other", "other", "same_period"]
    assert claims["0,42%"].subject == "sự tăng giá ở các nhóm hàng ăn và dịch vụ ăn uống"


def test_a_paragraph_that_opens_on_a_commune_after_a_list_of_communes_speaks_of_it():
    text = ("Đồng Tháp vừa công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao là Mỹ Xương (huyện Cao Lãnh); Mỹ An, Đốc Binh "
            "Kiều (huyện Tháp Mười).\n\nXã Mỹ An, huyện Tháp Mười đạt chuẩn nông thôn mới vào năm 2037. Giai đoạn 2037 - "
            "2042, xã đã huy động trên 52,7 tỷ đồng. Đến nay, 100% đường trục xã được nhựa hóa.\n\nĐồng Tháp có 120 xã "
            "đạt chuẩn.")
    claims = by_text(analyse(text, date="2042-10-01").claims)
    assert claims["52,7 tỷ đồng"].place == claims["100%"].place == "Mỹ An"
    assert claims["120 xã"].place == "Đồng Tháp"
