"""Claims read from sentences: periods, bases and modalities around plans, targets and statuses.
Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402



def test_the_whole_year_of_a_plan_a_ratio_is_measured_against_frames_no_later_sentence():
    claims = by_text(extract("Kết quả 6 tháng\n6 tháng đầu năm 2023, doanh thu du lịch ước đạt 80 tỷ đồng, bằng 45% "
                             "kế hoạch cả năm. Thu ngân sách ước đạt 120 tỷ đồng, bằng 51% dự toán cả năm.",
                             date="2023-06-28"))
    assert claims["120 tỷ đồng"].period == "2023-01/2023-06"
    assert claims["51%"].period == "2023-01/2023-06"


def test_the_span_of_a_target_named_after_a_figure_dates_the_target_not_the_figures_around_it():
    claims = by_text(extract("Phát triển nông thôn\nHuyện hiện có 12 xã đạt chuẩn nông thôn mới, vượt chỉ tiêu giai đoạn "
                             "2021 - 2025 (chỉ tiêu là 10 xã); 5 xã đạt từ 15 - 18 tiêu chí.", date="2024-05-10"))
    assert claims["12 xã"].period == "2024-05-10"
    assert claims["5 xã"].period == "2024-05-10"
    assert claims["10 xã"].period == "2021/2025"


def test_an_expectation_opening_the_sentence_with_its_time_covers_every_item_without_a_comma():
    claims = by_text(extract("Dự kiến cuối năm 2025 độ che phủ rừng của tỉnh là 48%, tỷ lệ trường học đạt chuẩn quốc gia "
                             "là 75%, tỷ lệ dân số được cấp nước sạch 92%.", date="2025-06-01"))
    assert [claims[t].modality for t in ("48%", "75%", "92%")] == ["expected"] * 3


def test_a_sentence_opening_with_mucticu_lists_targets_of_the_plan_year_described_before():
    text = ("Huyện A tổng kết năm 2023\n\nNăm 2023, thu nhập bình quân đầu người đạt 40 triệu đồng; tỷ lệ hộ nghèo còn "
            "3,1%.\n\nNăm 2024 là năm bứt phá thực hiện các mục tiêu của nhiệm kỳ. Mục tiêu, giảm tỷ lệ hộ nghèo "
            "xuống còn 2,5%; thu nhập bình quân đầu người đạt 44 triệu đồng; giải quyết việc làm cho 2.000 lao động.")
    claims = by_text(extract(text, date="2023-12-05"))
    assert [claims[t].modality for t in ("2,5%", "44 triệu đồng", "2.000 lao động")] == ["target"] * 3
    assert [claims[t].period for t in ("2,5%", "44 triệu đồng", "2.000 lao động")] == ["2024"] * 3
    assert claims["40 triệu đồng"].period == "2023" and claims["40 triệu đồng"].modality == "actual"


def test_the_part_of_a_population_that_received_a_dose_is_a_share_held_at_the_day():
    claims = by_text(extract("Y tế\nTính đến ngày 20/5, số người trên 18 tuổi đã tiêm mũi 3 đạt 87,5%; trẻ em được tiêm "
                             "mũi 1 đạt 60%.", date="2023-05-22"))
    for text in ("87,5%", "60%"):
        assert (claims[text].measure, claims[text].basis, claims[text].period) == ("share", None, "2023-05-20")


def test_the_yearly_targets_of_a_plan_without_a_named_term_hold_up_to_the_horizon_it_names():
    text = ("Bế mạc Đại hội\n\nĐại hội thông qua Nghị quyết. Phấn đấu giá trị sản xuất nông nghiệp tăng bình quân "
            "4,5%/năm; mỗi năm giải quyết việc làm cho 1.200 lao động. Phấn đấu đến năm 2025, 60% số xã đạt chuẩn "
            "nông thôn mới.")
    claims = by_text(extract(text, date="2020-08-12"))
    assert claims["4,5%/năm"].period == "2020/2025"
    assert claims["1.200 lao động"].period == "2020/2025"
    assert claims["60%"].period == "2025"


def test_a_rise_from_a_figure_upward_is_a_rise_of_at_least_it_and_its_plan_base_stays_in_its_item():
    claims = by_text(extract("Nghị quyết đề ra\nPhấn đấu doanh thu dịch vụ mỗi năm tăng từ 10% trở lên so với kế "
                             "hoạch; tỷ lệ trẻ em suy dinh dưỡng giảm bình quân từ 0,5-1%/năm.", date="2020-08-12"))
    rise, fall = claims["10%"], claims["0,5-1%/năm"]
    assert (rise.measure, rise.basis, rise.value, rise.qualifier) == ("growth", "plan", 10, "at_least")
    assert (fall.measure, fall.basis, fall.value, fall.value_max) == ("change", "same_period", -0.5, -1)


def test_the_count_of_targets_a_resolution_sets_is_a_target_over_its_term():
    claims = by_text(extract("Bế mạc Đại hội\n\nĐại hội thông qua Nghị quyết với 21 chỉ tiêu. Phấn đấu đến năm 2025, "
                             "có 70% số xã đạt chuẩn nông thôn mới.", date="2020-08-12"))
    assert (claims["21 chỉ tiêu"].modality, claims["21 chỉ tiêu"].period) == ("target", "2020/2025")
    done = by_text(extract("Kết quả năm 2023\n\nNăm 2023, xã xây dựng 18 chỉ tiêu, đã có 10/18 chỉ tiêu hoàn thành.",
                           date="2023-12-20"))
    assert done["18 chỉ tiêu"].modality == "actual" and done["10/18 chỉ tiêu"].modality == "actual"


def test_a_figure_said_of_some_unnamed_places_has_no_place():
    claims = by_text(extract("Du lịch Việt Nam khởi sắc\n\nCả nước đón 10 triệu lượt khách. Nhiều địa phương thu từ khách "
                             "du lịch trên 5.000 tỷ đồng. Tỉnh Khánh Hòa đón 2 triệu lượt khách.", date="2023-07-01"))
    assert claims["5.000 tỷ đồng"].place is None
    assert claims["2 triệu lượt khách"].place == "Khánh Hòa"


def test_the_whole_a_group_is_counted_among_holds_at_the_texts_date():
    text = ("Hai xã được trao bằng\n\nHôm qua, huyện trao bằng công nhận cho 2 xã. Hai xã này nằm trong số 9 xã của "
            "huyện.\n\nTính tới cuối năm 2023, tỷ lệ hộ nghèo của huyện còn 3,1%.")
    claims = by_text(extract(text, date="2024-02-15"))
    assert claims["9 xã"].period == "2024-02-15"
    assert claims["3,1%"].period == "2023"


def test_sectors_of_the_economy_joined_by_a_comma_are_one_subject():
    claims = by_text(extract("Kinh tế 6 tháng\nKhu vực công nghiệp, xây dựng tăng 6,2%; trên lĩnh vực nông nghiệp, tổng "
                             "diện tích gieo trồng đạt 12.000 ha.", date="2024-07-01"))
    assert claims["6,2%"].subject == "Khu vực công nghiệp, xây dựng"
    assert claims["12.000 ha"].subject == "tổng diện tích gieo trồng"


def test_the_counted_noun_of_a_scaled_count_leaves_out_the_scale():
    claims = by_text(extract("Du lịch\nThành phố đón hơn 2,5 triệu lượt khách, tăng 10%.", date="2024-07-01"))
    assert not claims["2,5 triệu lượt khách"].subject.startswith("triệu")


def test_a_percent_of_the_number_of_a_list_of_places_names_the_whole_list():
    claims = by_text(extract("Y tế\nPhấn đấu đến năm 2025, 100% số xã, thị trấn đạt chuẩn quốc gia về y tế.",
                             date="2020-08-12"))
    assert claims["100%"].subject.startswith("số xã, thị trấn")


def test_what_counted_places_reached_is_part_of_what_is_counted():
    claims = by_text(extract("Nông thôn mới\nHuyện có 7 thôn đạt từ 8 - 9 tiêu chí; 4 thôn đạt 6 tiêu chí; 250 người đạt "
                             "125% kế hoạch.", date="2024-05-10"))
    assert claims["7 thôn"].subject == "thôn đạt từ 8 - 9 tiêu chí"
    assert claims["4 thôn"].subject == "thôn đạt 6 tiêu chí"
    assert "125" not in claims["250 người"].subject


def test_the_whole_a_group_is_counted_among_is_named_by_its_noun_not_by_tong_so():
    claims = by_text(extract("Kinh tế tập thể\nTrong tổng số 20 hợp tác xã tham gia chương trình có 8 hợp tác xã xếp "
                             "loại khá.", date="2024-05-10"))
    assert claims["20 hợp tác xã"].subject.startswith("hợp tác xã tham gia chương trình")
