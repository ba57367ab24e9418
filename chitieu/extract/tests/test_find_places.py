"""Place names in the text: prefixed, in lists, bare province and district names."""

from chitieu.extract.places import bare_name, find_places, main_place


def names(text):
    return [m.names for m in find_places(text)]


def test_it_finds_a_commune_after_its_prefix():
    assert ("Tân Lập",) in names("Năm nay xã Tân Lập có 12 hộ thoát nghèo.")


def test_it_keeps_a_list_of_communes_together():
    assert ("Phong Vân", "Tân Sơn") in names("Hai xã Phong Vân và Tân Sơn đã đạt 19 tiêu chí.")


def test_it_does_not_join_the_district_that_holds_a_commune():
    found = names("Cơ sở sản xuất ở xã Tân Lập, huyện Lục Ngạn mở rộng.")
    assert ("Tân Lập",) in found and ("Lục Ngạn",) in found


def test_it_reads_a_list_after_a_colon():
    found = names("Các xã còn lại là: Phong Vân, Kiên Lao, Biên Sơn và Tân Hoa thực hiện tiếp.")
    assert ("Phong Vân", "Kiên Lao", "Biên Sơn", "Tân Hoa") in found


def test_it_knows_a_province_named_without_prefix():
    assert ("Long An",) in names("Trong quý I, Long An thu hút 5 dự án mới.")


def test_a_school_named_after_a_place_is_not_a_place():
    assert ("Tân Lập",) not in names("Trường Tiểu học Tân Lập được công nhận.")


def test_an_acronym_after_a_prefix_is_not_a_place():
    assert names("Huyện có 3 xã NTM kiểu mẫu.") == []


def test_a_passed_place_loses_its_prefix():
    assert bare_name("huyện Ba Chẽ") == "Ba Chẽ"
    assert bare_name("TP. Hạ Long") == "Hạ Long"
    assert bare_name("Quảng Ninh") == "Quảng Ninh"


def test_an_acronym_before_the_name_is_not_part_of_it():
    from chitieu.extract.places import find_places
    assert [m.names for m in find_places("huyện UBND Krông Pa đã trao giấy chứng nhận")] == [("Krông Pa",)]


def test_a_district_named_once_in_the_opening_is_the_article_place():
    from chitieu.extract import analyse
    text = "Theo UBND huyện Đức Trọng, 6 tháng đầu năm 2020 giá trị sản xuất ước đạt 2.715 tỷ đồng."
    assert analyse(text).place == "Đức Trọng"


def test_a_province_in_brackets_locates_the_district_before_it():
    from chitieu.extract import analyse
    text = ("Thanh Hà (Hải Dương): thêm 2 xã đạt chuẩn\nTỉnh Hải Dương công nhận 2 xã của huyện Thanh Hà "
            "(Hải Dương) đạt chuẩn nông thôn mới nâng cao, huyện Thanh Hà có 7 xã đạt chuẩn.")
    assert analyse(text).place == "Thanh Hà"


def test_districts_in_brackets_after_communes_the_gazetteer_lacks_locate_them_and_are_not_the_article_place():
    text = ("Chủ tịch UBND tỉnh vừa công nhận 4 xã đạt chuẩn nông thôn mới nâng cao gồm Đại Quang (Đại Lộc), Tam "
            "Xuân 2 (Núi Thành), Điện Quang (Điện Bàn). Như vậy, đến nay Quảng Nam đã có 118 xã đạt chuẩn. Trong đó, "
            "có 1 xã đạt chuẩn kiểu mẫu (Đại Hiệp, Đại Lộc). Mục tiêu Quảng Nam đặt ra là 155 xã.")
    assert main_place(text, find_places(text)) == "Quảng Nam"


def test_the_name_of_an_office_holder_after_a_prefix_is_not_a_place():
    from chitieu.extract.places import find_places
    text = "Chủ tịch UBND huyện Đỗ Hùng Sơn chủ trì. UBND xã Quảng Phú Cầu báo cáo."
    assert [m.names for m in find_places(text)] == [("Quảng Phú Cầu",)]


def test_short_forms_of_ho_chi_minh_city():
    for text in ("TP HCM dẫn đầu cả nước.", "TP.HCM dẫn đầu cả nước.", "Kinh tế TPHCM tăng."):
        assert ("Hồ Chí Minh",) in names(text), text


def test_a_province_with_a_lower_case_second_syllable():
    assert ("Thanh Hóa",) in names("Năm 2022, Thanh hóa có 27 huyện.")


def test_a_two_part_province_with_or_without_spaces_round_its_dash():
    assert ("Bà Rịa - Vũng Tàu",) in names("tỉnh Bà Rịa - Vũng Tàu có 8 huyện")
    assert ("Bà Rịa - Vũng Tàu",) in names("Bà Rịa-Vũng Tàu đạt 5%")  # (the list's spelling, whatever the dash)


def test_a_national_park_is_not_the_district_it_is_named_after():
    assert names("Vườn quốc gia Ba Vì đón 5.000 lượt khách.") == []


def test_a_text_ranking_several_provinces_is_about_the_country():
    from chitieu.extract.places import main_place

    text = ("Cả nước có 5 tỉnh xuất khẩu trên 10 tỷ USD. Bắc Ninh đạt 17 tỷ USD, Bình Dương 14 tỷ USD, "
            "Thái Nguyên 12 tỷ USD, Đồng Nai 10 tỷ USD. Bình Dương giảm 3 tỷ USD.")
    assert main_place(text, find_places(text)) == "Việt Nam"


def test_a_place_name_after_a_family_name_is_a_person_s():
    assert names("Ông Nguyễn Thái Hòa, Phó chủ tịch UBND huyện, chủ trì.") == []


def test_the_country_by_its_name_but_not_inside_an_organisation_s_name():
    assert names("Kim ngạch xuất khẩu của Việt Nam tăng.") == [("Việt Nam",)]
    assert names("Kế hoạch BHXH Việt Nam giao đã đạt.") == []


def test_a_text_comparing_many_provinces_is_about_the_country_even_if_it_says_so_late():
    text = ("Hà Giang đạt 5 tỷ USD, Lào Cai 4 tỷ USD, Yên Bái 3 tỷ USD, Sơn La 2 tỷ USD, Hà Giang tăng mạnh. "
            + "Các tỉnh khác tăng chậm. " * 40 + "Cả nước đạt 100 tỷ USD.")
    assert main_place(text, find_places(text)) == "Việt Nam"


def test_a_minority_language_name_is_known_with_or_without_its_apostrophe_or_inner_capital():
    # the list writes "KBang"; texts write K'Bang, K’Bang and Kbang alike
    for written in ("KBang", "K'Bang", "K’Bang", "Kbang"):
        assert (written,) in names(f"{written} trồng mới 300 ha rừng trong năm nay.")


def test_a_district_named_once_late_is_the_place_of_a_report_that_speaks_of_its_huyen():
    filler = "Tình hình chung ổn định, các ngành tiếp tục triển khai nhiệm vụ được giao. " * 10
    text = (f"Báo cáo của UBND huyện về kết quả 6 tháng\n{filler}Nhờ sự nỗ lực của nhân dân huyện Tân Phước, "
            "tổng giá trị sản xuất của huyện đạt 45% kế hoạch.")
    assert main_place(text, find_places(text)) == "Tân Phước"


def test_common_misspellings_of_a_province_name_are_read_as_it():
    found = names("Các tỉnh như Quãng Ngãi 80%, Đắc Lắc 75% đã công bố.")
    assert ("Quảng Ngãi",) in found and ("Đắk Lắk",) in found


def test_the_country_a_place_is_ranked_in_is_not_a_place_of_the_figure():
    assert ("Việt Nam",) not in names("Tổng thu của tỉnh đạt 500 tỷ đồng, đứng thứ 20 cả nước.")


def test_a_province_written_with_a_dash_takes_its_listed_spelling():
    assert ("Bà Rịa - Vũng Tàu",) in names("Năm 2020, Bà Rịa – Vũng Tàu đón 10 triệu lượt khách.")
    assert ("Thừa Thiên Huế",) in names("Năm 2020, tỉnh Thừa Thiên-Huế đón 3 triệu lượt khách.")
    assert ("Thừa Thiên Huế",) in names("Năm 2020, Thừa Thiên – Huế đón 3 triệu lượt khách.")


def test_a_short_name_of_a_province_the_text_also_names_in_full_is_that_province():
    found = names("Huế hút khách\n\nLượng khách tăng 20%. Tỉnh ủy Thừa Thiên Huế đề ra mục tiêu mới.")
    assert found[0] == ("Thừa Thiên Huế",)
    assert ("Huế",) in names("Tỉnh Thừa Thiên Huế có 9 huyện; thành phố Huế có 27 phường.")


def test_the_country_a_place_is_compared_with_is_no_place():
    assert ("Việt Nam",) not in names("Năm 2020, thu nhập của tỉnh tăng 8%, cao hơn bình quân cả nước.")
    assert ("Việt Nam",) not in names("Sáu tháng qua, kinh tế của tỉnh tăng 9%, đứng thứ 4 so với cả nước.")


def test_a_district_merged_before_the_list_was_made_is_still_a_district():
    assert ("Cát Tiên",) in names("Năm 2019, Cát Tiên trồng mới 200 ha rừng.")


def test_a_province_written_without_its_dash_or_by_its_initials_is_found_under_its_listed_name():
    assert ("Bà Rịa - Vũng Tàu",) in names("Năm 2021, tỉnh Bà Rịa Vũng Tàu có 8 huyện.")
    assert ("Bà Rịa - Vũng Tàu",) in names("Năm 2021, BR-VT đón 4 triệu lượt khách.")
    assert names("Năm 2021, tỉnh Thừa Thiên -Huế đón 2 triệu lượt khách.") == [("Thừa Thiên Huế",)]
    assert ("Thừa Thiên Huế",) in names("Năm 2021, TT-Huế đón 2 triệu lượt khách.")


def test_a_list_of_places_keeps_a_name_with_a_dash_whole():
    found = names("Các địa phương có vốn FDI trên 1 tỷ USD là Bà Rịa - Vũng Tàu, Nghệ An, Bà Rịa-Vũng Tàu và Hải Dương.")
    assert ("Bà Rịa - Vũng Tàu", "Nghệ An", "Bà Rịa - Vũng Tàu", "Hải Dương") in found
