"""Places of figures in reports that name a district with its province, and in articles that rank localities
(round 25: new rural development reports, league tables). Sentences are written for these tests (real articles stay
in ../shared)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_province_after_its_district_only_locates_it():
    claims = by_text(extract("Sau 6 năm, thu nhập bình quân đầu người toàn huyện Yên Lạc, tỉnh Hòa Bình tăng từ "
                             "12,4 triệu đồng lên 41,2 triệu đồng; tỷ lệ hộ nghèo còn 3,1%."))
    assert claims["41,2 triệu đồng"].place == "Yên Lạc" and claims["3,1%"].place == "Yên Lạc"


def test_a_count_of_communes_after_a_district_and_its_province_is_the_districts():
    claims = by_text(extract("Đến nay, huyện Phù Cát, tỉnh Bình Định đã có 17/17 xã đạt chuẩn nông thôn mới, 3/3 thị "
                             "trấn đạt chuẩn đô thị văn minh, tỷ lệ hộ nghèo giảm còn 2,8%."))
    assert claims["17/17 xã"].place == "Phù Cát"
    assert claims["3/3 thị trấn"].place == "Phù Cát"  # further on in the district's sentence, still the district's


def test_places_counted_in_the_country_named_after_them_are_the_countrys():
    claims = by_text(extract("Huyện Mỹ Tú có 12 xã. Chỉ số sản xuất công nghiệp quý I tăng ở 48 địa phương và giảm "
                             "ở 15 địa phương trên cả nước."))
    assert claims["48 địa phương"].place == "Việt Nam" and claims["15 địa phương"].place == "Việt Nam"


def test_an_article_whose_headline_ranks_localities_is_about_the_country():
    text = ("Top 5 địa phương có doanh thu bán lẻ tăng cao nhất quý I\n"
            "Địa phương có doanh thu bán lẻ tăng cao nhất là Phú Yên với 21,3%.\n\nCả quý I, tổng mức bán lẻ "
            "hàng hóa ước tăng 7,2% so với cùng kỳ. Theo UBND tỉnh Phú Yên, doanh thu của tỉnh Phú Yên đạt "
            "8.120 tỷ đồng.")
    claims = by_text(extract(text))
    assert claims["7,2%"].place == "Việt Nam"
    assert claims["21,3%"].place == "Phú Yên" and claims["8.120 tỷ đồng"].place == "Phú Yên"


def test_a_year_in_brackets_after_the_from_figure_is_that_figures_only():
    claims = by_text(extract("Đến nay, thu nhập bình quân đầu người của huyện tăng từ 9,8 triệu đồng (năm 2011) lên "
                             "47,2 triệu đồng; tỷ lệ hộ nghèo giảm từ 18,4% (năm 2011) xuống còn 2,6%.",
                             date="2019-11-20"))
    assert claims["9,8 triệu đồng"].period == "2011" and claims["18,4%"].period == "2011"
    assert claims["47,2 triệu đồng"].period != "2011" and claims["2,6%"].period != "2011"


def test_years_of_effort_counted_past_the_last_year_reported_tell_no_period():
    claims = by_text(extract("Năm 2023, thu nhập bình quân đầu người của huyện đạt 96 triệu đồng/người/năm. Sau 8 năm "
                             "nỗ lực, huyện đã hoàn thành 9 tiêu chí huyện nông thôn mới nâng cao."))
    assert claims["9 tiêu chí"].period != "2031"


def test_a_running_total_opening_a_sentence_without_figures_frames_the_league_after_it():
    text = ("Trong tháng 9, xuất khẩu của Đồng Nai đạt 2,1 tỷ USD. Lũy kế 9 tháng năm 2024, Đồng Nai vẫn xếp thứ ba.\n\n"
            "Bình Dương đứng thứ tư với kim ngạch xuất khẩu đạt 24,3 tỷ USD.")
    claims = by_text(extract(text, date="2024-10-08"))
    assert claims["2,1 tỷ USD"].period == "2024-09"
    assert claims["24,3 tỷ USD"].period == "2024-01/2024-09"


def test_a_count_after_a_comma_and_a_qualifier_names_its_own_noun():
    claims = by_text(extract("Tính đến tháng 8/2023, tỉnh đã đón 3,4 triệu lượt khách nội địa, hơn 120.000 lượt khách "
                             "quốc tế.", date="2023-09-05"))
    assert "quốc tế" in claims["120.000 lượt khách"].subject
    assert claims["120.000 lượt khách"].period == "2023-01/2023-08"


def test_places_counted_by_the_share_they_have_keep_that_share_in_what_is_counted():
    claims = by_text(extract("Bên cạnh đó, 9 tỉnh có 100% số xã đạt chuẩn NTM; 2 tỉnh trong số này được công nhận "
                             "hoàn thành nhiệm vụ."))
    assert claims["9 tỉnh"].subject == "tỉnh có 100% số xã đạt chuẩn NTM"
    assert claims["100%"].measure == "share"


def test_a_trade_value_without_its_direction_is_of_the_trade_named_before():
    text = ("Ba địa phương nhập khẩu nhiều nhất vẫn giữ vị trí. Kim ngạch lần lượt của ba địa phương này là: 21,4 tỷ "
            "USD; 18,9 tỷ USD và 12,5 tỷ USD.")
    claims = by_text(extract(text, date="2023-07-10"))
    assert claims["21,4 tỷ USD"].subject.lower() == "kim ngạch nhập khẩu"
    assert claims["12,5 tỷ USD"].subject.lower() == "kim ngạch nhập khẩu"


def test_an_amount_added_after_its_growth_rate_is_the_change():
    claims = by_text(extract("Hà Nam xếp thứ 11 với 2,7 tỷ USD, tăng 18,6% so với cùng kỳ năm trước, tương đương kim "
                             "ngạch tăng thêm 0,42 tỷ USD."))
    assert claims["0,42 tỷ USD"].measure == "change" and claims["0,42 tỷ USD"].basis == "same_period"
    added = by_text(extract("Quý I, tỉnh điều chỉnh vốn 6 dự án với tổng vốn đăng ký tăng thêm 1,2 tỷ USD."))
    assert added["1,2 tỷ USD"].measure == "level"  # the added capital itself


def test_years_of_effort_and_striving_already_made_set_no_target():
    claims = by_text(extract("Sau 6 năm nỗ lực và phấn đấu, huyện Krông Nô đã hoàn thành 9 tiêu chí huyện nông thôn "
                             "mới nâng cao."))
    assert claims["9 tiêu chí"].modality == "actual"


def test_an_estimate_reaches_the_rise_said_just_before_it_in_its_clause():
    claims = by_text(extract("Năm 2023, Kiên Lương đón khoảng 1,2 triệu lượt khách (tăng 38% so với cùng kỳ, ước đạt "
                             "112% so với kế hoạch)."))
    assert claims["38%"].modality == "estimate" and claims["112%"].modality == "estimate"
    assert claims["1,2 triệu lượt khách"].modality == "actual"  # (its own verb, outside the bracket)
    more = by_text(extract("Năm 2023, lượng khách quốc tế tăng gấp 2 lần, ước đạt 40 nghìn lượt."))
    assert more["2 lần"].modality == "estimate"


def test_points_written_with_the_percent_sign_are_points_of_a_rate():
    claims = by_text(extract("Tỷ lệ hộ nghèo giảm còn 3,4%, bình quân mỗi năm giảm 1,5 điểm %."))
    assert claims["1,5 điểm %"].unit == "%" and claims["1,5 điểm %"].measure == "change"
    assert claims["1,5 điểm %"].value == -1.5


def test_a_count_with_its_own_verb_after_it_needs_not_the_headline_verb_before_it():
    claims = by_text(extract("Công nhận 4 huyện đạt chuẩn nông thôn mới năm 2019\nThủ tướng vừa ký quyết định."))
    assert claims["4 huyện"].subject == "huyện đạt chuẩn nông thôn mới"


def test_toan_left_before_a_place_ends_no_subject():
    claims = by_text(extract("Thu nhập bình quân đầu người toàn huyện Ea Súp năm 2019 đạt 38,5 triệu đồng."))
    assert claims["38,5 triệu đồng"].subject == "Thu nhập bình quân đầu người"


def test_a_league_entry_without_an_indicator_goes_on_with_the_last_one_of_its_unit():
    text = ("Kim ngạch xuất khẩu của Long An đạt 13,6 tỷ USD và của Thái Nguyên đạt 12,4 tỷ USD. Đáng chú ý, cả 6 địa "
            "phương dẫn đầu đều tăng so với cùng kỳ.\nHà Nam đứng thứ 11 với xấp xỉ 2 tỷ USD.")
    claims = by_text(extract(text, date="2022-09-10"))
    assert claims["2 tỷ USD"].subject.lower() == "kim ngạch xuất khẩu"


def test_a_paragraph_without_a_place_before_its_figures_is_of_the_district_it_names_after_them():
    text = ("Hai huyện về đích nông thôn mới nâng cao\n"
            "Năm 2023, thu nhập bình quân đầu người ở 9/9 xã đạt hơn 85 triệu đồng/người/năm. Sau 6 năm, huyện Cần Đước "
            "đã hoàn thành 9 tiêu chí huyện nông thôn mới nâng cao.\n"
            "Đến nay, huyện Ba Tơ có 13/13 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo của huyện Ba Tơ giảm còn "
            "3,2%. Huyện Ba Tơ có 4 xã đạt chuẩn nâng cao.")
    claims = by_text(extract(text))
    assert claims["85 triệu đồng/người/năm"].place == "Cần Đước" and claims["9/9 xã"].place == "Cần Đước"
    assert claims["13/13 xã"].place == "Ba Tơ"


def test_visits_received_are_counted_as_the_visitors():
    claims = by_text(extract("Tính đến tháng 6/2024, tỉnh đã đón được 4,2 triệu lượt khách nội địa.", date="2024-07-02"))
    # (the visitors, not their visits: "5,2 triệu lượt khách" is "khách du lịch" in the dev gold, as in r157's)
    assert claims["4,2 triệu lượt khách"].subject == "khách nội địa"


def test_where_the_counted_units_lie_does_not_cut_what_they_are_counted_for():
    claims = by_text(extract("Tính đến nay, cả nước có 187 đơn vị cấp huyện thuộc 49 tỉnh, thành phố được công nhận "
                             "đạt chuẩn nông thôn mới, tăng 8 đơn vị so với cuối năm 2020."))
    assert claims["187 đơn vị"].subject == "đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới"
    assert claims["8 đơn vị"].subject == claims["187 đơn vị"].subject
    assert "tỉnh, thành phố" in claims["49 tỉnh, thành phố"].subject


def test_places_counted_below_a_threshold_keep_the_threshold_in_what_is_counted():
    claims = by_text(extract("Trong 9 tháng, 3 tỉnh có kim ngạch dưới ngưỡng 50 triệu USD, gồm: Lai Châu đạt 21 triệu USD."))
    assert claims["3 tỉnh"].subject == "tỉnh có kim ngạch dưới ngưỡng 50 triệu USD"
    assert claims["50 triệu USD"].qualifier == "under"


def test_a_count_said_of_the_whole_district_is_the_district_the_text_speaks_of():
    text = ("Huyện Hưng Hà và huyện Kiến Xương về đích nông thôn mới\nĐến nay, tỷ lệ hộ nghèo của huyện Hưng Hà, tỉnh "
            "Thái Bình giảm còn 1,9%. Hiện toàn huyện đã có 33/33 xã đạt chuẩn nông thôn mới.\nHuyện Kiến Xương có "
            "32/32 xã đạt chuẩn.")
    claims = by_text(extract(text))
    assert claims["33/33 xã"].place == "Hưng Hà"


def test_rank_words_opening_a_league_entry_are_not_its_indicator():
    claims = by_text(extract("Trong quý I/2024, cả nước có 9 tỉnh đạt doanh thu du lịch trên 2.000 tỷ đồng. Dẫn đầu là "
                             "Kiên Giang với 4.300 tỷ đồng, tiếp đến là Lào Cai với 2.900 tỷ đồng.", date="2024-04-05"))
    assert claims["4.300 tỷ đồng"].subject == "doanh thu du lịch" and claims["4.300 tỷ đồng"].place == "Kiên Giang"
    assert claims["2.900 tỷ đồng"].subject == "doanh thu du lịch"
    rice = by_text(extract("Về sản lượng lúa, dẫn đầu vùng là Sóc Trăng với 2,1 triệu tấn, tiếp theo là Bạc Liêu 1,4 "
                           "triệu tấn.", date="2024-01-15"))
    assert rice["2,1 triệu tấn"].subject == "sản lượng lúa" and rice["1,4 triệu tấn"].subject == "sản lượng lúa"
    rates = by_text(extract("Năm 2023, tỷ lệ hộ dùng nước sạch của vùng đạt 81%, cao nhất là Hà Nam (99%), thấp nhất là "
                            "Lai Châu (52,4%)."))
    assert rates["52,4%"].subject == rates["81%"].subject


def test_raising_a_running_total_is_not_part_of_its_name():
    claims = by_text(extract("Năm 2021, toàn tỉnh có thêm 14 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên "
                             "97 xã, chiếm 71,3% tổng số xã."))
    assert claims["97 xã"].subject == "tổng số xã đạt chuẩn"


def test_a_plan_written_after_its_result_is_of_the_same_indicator():
    claims = by_text(extract("Năm 2023, tổng đàn dê đạt 8.420 con/KH 8.000-8.500 con, đàn ong 1.250 đàn/KH 1.100 đàn."))
    assert claims["8.000-8.500 con"].subject == claims["8.420 con"].subject == "tổng đàn dê"
    assert claims["8.000-8.500 con"].modality == "target"


def test_communes_counted_by_the_share_of_criteria_they_reached_keep_it():
    claims = by_text(extract("Đến nay, toàn huyện có 3 xã đạt 19/19 tiêu chí nông thôn mới, 5 xã đạt từ 15-18 "
                             "tiêu chí."))
    assert claims["3 xã"].subject == "xã đạt 19/19 tiêu chí nông thôn mới"
    assert claims["19/19 tiêu chí"].of == 19


def test_an_undated_texts_guessed_year_is_not_the_time_of_a_figure_that_names_none():
    # (the year is guessed from "so với năm 2019" alone: the text does not tell when its figures hold)
    claims = by_text(extract("Tỷ lệ hộ nghèo của huyện còn 2,1%, giảm 1,2% so với năm 2019."))
    assert claims["2,1%"].period is None
    titled = by_text(extract("Kết quả giảm nghèo năm 2020\nTỷ lệ hộ nghèo của huyện còn 2,1%, giảm 1,2% so với năm "
                             "2019."))
    assert titled["2,1%"].period == "2020"


def test_a_rise_from_one_figure_to_another_over_a_span_holds_at_its_two_ends():
    claims = by_text(extract("Sau 8 năm thực hiện (2016-2024), thu nhập bình quân tăng từ 21 triệu đồng lên 64 triệu "
                             "đồng/người/năm; tỷ lệ hộ nghèo giảm từ 11,4% xuống 2,2%.", date="2024-09-01"))
    assert claims["21 triệu đồng"].period == "2016" and claims["11,4%"].period == "2016"
    assert claims["64 triệu đồng/người/năm"].period == "2024" and claims["2,2%"].period == "2024"


def test_a_rate_per_year_holds_over_the_span_said_before_it():
    claims = by_text(extract("Hà Nam là tỉnh có mức tăng trưởng GRDP bình quân cao nhất vùng trong giai đoạn "
                             "2016-2022, với tốc độ tăng trưởng đạt khoảng 10,4%/năm. Xếp thứ hai là Thái Bình với tốc độ "
                             "tăng trưởng đạt khoảng 8,7%/năm.", date="2023-03-02"))
    assert claims["10,4%/năm"].period == "2016/2022" and claims["8,7%/năm"].period == "2016/2022"


def test_a_place_frame_alone_names_no_indicator():
    claims = by_text(extract("Năm 2019, tỷ lệ hộ nghèo ở tất cả các xã đều dưới 4% và trên địa bàn toàn huyện Yên Thành là "
                             "2,7%."))
    assert claims["2,7%"].subject == claims["4%"].subject


def test_a_count_out_of_a_whole_with_its_noun_after_the_bracketed_share():
    claims = by_text(extract("Huyện Kim Bảng có 15/15 (100%) xã đã được công nhận đạt chuẩn nông thôn mới."))
    assert claims["15/15"].unit == "xã" and claims["15/15"].of == 15
    assert claims["100%"].measure == "share"
    dated = by_text(extract("Ngày 16/5 (thứ hai), xã họp dân."))
    assert "16/5" not in dated


def test_a_paragraph_without_a_place_goes_on_about_the_district_of_the_one_before():
    text = ("Hai huyện đạt chuẩn nông thôn mới\nHuyện Thanh Chương có 38/38 xã đạt chuẩn nông thôn mới. Thu nhập bình "
            "quân của huyện Thanh Chương đạt 45 triệu đồng/người.\n\nHuyện Lý Nhân có 20/20 xã đạt chuẩn nông thôn "
            "mới.\n\nCác xã đều có mô hình sản xuất hiệu quả. Thu nhập bình quân đầu người năm 2019 là 49 triệu "
            "đồng/người.")
    claims = by_text(extract(text))
    assert claims["49 triệu đồng/người"].place == "Lý Nhân"


def test_all_of_a_group_already_counted_is_not_counted_again():
    claims = by_text(extract("Năm địa phương dẫn đầu đạt 61 tỷ USD. Đáng nói là cả 5 địa phương xuất khẩu chủ lực đều "
                             "tăng so với cùng kỳ."))
    assert "5 địa phương" not in claims


def test_places_listed_after_nhu_keep_the_indicator_of_the_lead():
    claims = by_text(extract("Một số huyện còn số hộ chưa có nước sạch khá cao, như Mường Tè còn 1.204 hộ, Sìn Hồ 986 "
                             "hộ, Phong Thổ 742 hộ."))
    for text in ("1.204 hộ", "986 hộ", "742 hộ"):
        assert claims[text].subject == "số hộ chưa có nước sạch"
    assert claims["986 hộ"].place == "Sìn Hồ"


def test_a_threshold_inside_the_indicators_name_stays_in_the_subject_of_the_figure_after_it():
    claims = by_text(extract("Đến nay số xã đạt từ 15 tiêu chí trở lên là 42 xã, tăng 9 xã so với năm 2018."))
    assert claims["42 xã"].subject.startswith("số xã đạt từ 15 tiêu chí")
    assert claims["9 xã"].subject == claims["42 xã"].subject


def test_a_bare_name_of_a_rise_after_an_amount_is_that_amounts_rise():
    claims = by_text(extract("Năm 2021, tổng giá trị sản xuất nông nghiệp đạt 412,5 tỷ đồng, tốc độ tăng đạt 6,4%, vượt "
                             "1,4% so với kế hoạch."))
    assert claims["6,4%"].subject == "tổng giá trị sản xuất nông nghiệp"
    assert claims["6,4%"].measure == "growth" and claims["1,4%"].measure == "change"


def test_a_noun_after_a_comma_with_its_own_verb_and_figure_opens_the_next_item():
    claims = by_text(extract("Trong đó, khách quốc tế ước đạt 52.300 lượt, khách du lịch nội địa ước đạt 2,4 triệu lượt."))
    assert "52.300 lượt" in claims and claims["2,4 triệu lượt"].subject == "khách du lịch nội địa"
    listed = by_text(extract("Năm 2023, huyện triển khai 35 dự án, công trình với tổng vốn 120 tỷ đồng."))
    assert listed["35 dự án, công trình"].unit == "dự án"


def test_places_where_an_indicator_rose_or_fell_are_counted_as_such():
    claims = by_text(extract("Tổng mức bán lẻ hàng hóa quý I/2024 so với cùng kỳ tăng ở 58 địa phương và giảm ở 5 địa "
                             "phương trên cả nước."))
    assert claims["58 địa phương"].subject == "địa phương có tổng mức bán lẻ hàng hóa tăng"
    assert claims["5 địa phương"].subject == "địa phương có tổng mức bán lẻ hàng hóa giảm"
    assert claims["5 địa phương"].place == "Việt Nam" and claims["5 địa phương"].measure == "level"


def test_a_rate_announced_after_a_long_count_that_is_its_share_is_a_share():
    claims = by_text(extract("Đến nay, huyện Ba Tơ có 13/13 xã đã được UBND tỉnh Quảng Ngãi công nhận xã nông thôn "
                             "mới, tỷ lệ đạt 100%."))
    assert claims["100%"].measure == "share"
    assert claims["100%"].subject == claims["13/13 xã"].subject


def test_the_authority_that_recognised_is_not_where_the_figure_holds():
    claims = by_text(extract("Đến nay, huyện Ba Tơ có 13/13 xã đã được UBND tỉnh Quảng Ngãi công nhận xã nông thôn "
                             "mới, tỷ lệ đạt 100%."))
    assert claims["100%"].place == "Ba Tơ" and claims["13/13 xã"].place == "Ba Tơ"
