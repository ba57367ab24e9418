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
    assert ("Bà Rịa-Vũng Tàu",) in names("Bà Rịa-Vũng Tàu đạt 5%")


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
