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


def test_the_urbanisation_rate_is_a_level_not_a_growth():
    claims = by_text(extract("Năm 2022, tổng sản phẩm trên địa bàn tăng 6,1% so với năm 2021; tốc độ đô thị hóa đạt "
                             "58%; tỷ lệ hộ nghèo còn 1,4%.", date="2022-12-28"))
    assert (claims["58%"].measure, claims["58%"].basis) == ("level", None)
    assert claims["6,1%"].measure == "growth"


def test_a_fraction_of_counts_with_its_members_named_then_its_percent_is_a_share_held_now():
    claims = extract("Huyện Gò Công Tây có 12/12 xã được công nhận xã nông thôn mới, đạt 100%. 2/2 thị trấn "
                     "(Vĩnh Bình, Long Bình) đạt chuẩn đô thị văn minh, đạt 100%.", date="2024-05-10")
    shares = [(c.measure, c.basis, c.period) for c in claims if c.text == "100%"]
    assert shares == [("share", None, "2024-05-10")] * 2
    assert by_text(claims)["12/12 xã"].period == "2024-05-10"


def test_indicators_said_not_yet_met_announce_results_not_targets():
    text = ("Năm 2030, huyện có 20/22 chỉ tiêu đạt kế hoạch. Song vẫn còn một số chỉ tiêu chưa hoàn thành kế hoạch, "
            "cụ thể là: mới có 4/11 xã đạt chuẩn NTM, sản lượng lương thực chỉ đạt hơn 41.200 tấn.")
    claims = by_text(extract(text, date="2030-12-20"))
    assert claims["4/11 xã"].modality == claims["41.200 tấn"].modality == "actual"
    assert claims["41.200 tấn"].period == "2030"


def test_a_plan_said_reached_right_after_a_count_is_not_the_base_of_the_next_figure():
    text = ("Năm 2030, thị xã có 25/28 chỉ tiêu đạt và vượt kế hoạch đề ra, giúp tốc độ tăng trưởng kinh tế đạt 8,15%, "
            "cao hơn mức chung của tỉnh.")
    claims = by_text(extract(text, date="2031-01-08"))
    assert claims["8,15%"].measure == "growth" and claims["8,15%"].basis == "same_period"


def test_a_plan_bracketed_after_its_base_is_the_plan_of_the_figures_own_period():
    text = ("Nghị quyết về phát triển kinh tế - xã hội năm 2031\n20/12/2030 10:15\nMột số chỉ tiêu chủ yếu đề ra là: tỷ "
            "lệ dân số tham gia BHYT đạt 95%; tổng thu ngân sách trên địa bàn vượt so với dự toán Trung ương giao "
            "(7.250 tỷ đồng); vốn đầu tư toàn xã hội đạt 38 nghìn tỷ đồng.")
    claims = by_text(extract(text, date="2030-12-20"))
    plan = claims["7.250 tỷ đồng"]
    assert (plan.measure, plan.modality, plan.period) == ("level", "target", "2031")
    assert plan.subject == "tổng thu ngân sách trên địa bàn"
    # in a report of results, the bracketed plan is a target of the year reported, the bracketed base a fact before
    claims = by_text(extract("Năm 2030, thu ngân sách đạt 120 tỷ đồng, vượt so với dự toán tỉnh giao (100 tỷ đồng), "
                             "tăng 8% so với cùng kỳ năm 2029 (111 tỷ đồng).", date="2030-12-20"))
    assert (claims["100 tỷ đồng"].modality, claims["100 tỷ đồng"].period) == ("target", "2030")
    assert (claims["111 tỷ đồng"].modality, claims["111 tỷ đồng"].period) == ("actual", "2029")


def test_a_count_of_targets_is_named_by_the_targets_and_what_they_reached():
    claims = by_text(extract("Năm 2030, kinh tế - xã hội của huyện có nhiều chuyển biến tích cực: có 27/29 chỉ "
                             "tiêu đạt và vượt kế hoạch đề ra.", date="2030-12-20"))
    assert claims["27/29 chỉ tiêu"].subject == "chỉ tiêu đạt và vượt kế hoạch"
    claims = by_text(extract("Năm 2030, với nhiều nỗ lực, cố gắng, huyện Tam Dương đã hoàn thành và hoàn thành "
                             "vượt mức 25/26 chỉ tiêu.", date="2030-12-20"))
    assert claims["25/26 chỉ tiêu"].subject == "chỉ tiêu hoàn thành và hoàn thành vượt mức"


def test_an_expected_count_by_the_end_of_the_year_is_named_by_what_it_counts():
    claims = by_text(extract("Toàn huyện hiện có 2 xã đạt chuẩn NTM nâng cao; dự kiến đến cuối năm có thêm 3 xã đạt "
                             "chuẩn NTM nâng cao.", date="2030-10-20"))
    assert claims["3 xã"].subject == "xã đạt chuẩn NTM nâng cao" and claims["3 xã"].modality == "expected"


def test_current_prices_do_not_end_a_run_of_goals():
    text = ("Phấn đấu đến năm 2030, GRDP bình quân đầu người đạt 9.000 USD. Vốn đầu tư toàn xã hội đạt 3 triệu tỷ đồng "
            "(theo giá hiện hành). Tỷ lệ đô thị hóa đạt 60%.")
    claims = by_text(extract(text, date="2025-10-15"))
    for figure in ("3 triệu tỷ đồng", "60%"):
        assert claims[figure].modality == "target" and claims[figure].period == "2030"


def test_a_count_with_a_verb_of_its_own_after_a_semicolon_leaves_the_estimate_before():
    text = "Năm 2030, thu ngân sách ước đạt 5.800 tỷ đồng, vượt 12% dự toán; toàn tỉnh có 120 xã đạt chuẩn nông thôn mới."
    claims = by_text(extract(text, date="2030-12-12"))
    assert claims["12%"].modality == "estimate" and claims["120 xã"].modality == "actual"
    # (a goal's list keeps its goal)
    claims = by_text(extract("Năm 2031, phấn đấu thu ngân sách đạt 5.800 tỷ đồng; có thêm 12 xã đạt chuẩn nông thôn "
                             "mới.", date="2030-12-12"))
    assert claims["12 xã"].modality == "target"


def test_a_goal_a_congress_set_for_a_year_is_a_target_of_that_year():
    text = ("Nghị quyết Đại hội Đảng bộ huyện đề ra đến năm 2030 có 85% số xã đạt chuẩn nông thôn mới; đến nay đã có "
            "70% số xã đạt chuẩn.")
    claims = by_text(extract(text, date="2029-06-10"))
    goal = claims["85%"]
    assert (goal.modality, goal.period, goal.subject) == ("target", "2030", "số xã đạt chuẩn nông thôn mới")
    assert claims["70%"].modality == "actual" and claims["70%"].period == "2029-06-10"
    # (a standard named by its phase still names no time)
    claims = by_text(extract("Theo chuẩn nghèo giai đoạn 2026-2030, toàn huyện còn 1.200 hộ nghèo.", date="2029-06-10"))
    assert claims["1.200 hộ"].period == "2029-06-10"


def test_the_bare_figure_in_a_bracket_after_the_plan_it_exceeds_is_the_plan():
    claims = by_text(extract("Năm 2030, trồng rừng tập trung 1.250 ha, vượt kế hoạch (1.000 ha).", date="2030-12-18"))
    plan = claims["1.000 ha"]
    assert (plan.measure, plan.modality, plan.period) == ("level", "target", "2030")
    claims = by_text(extract("Năm 2030, tốc độ tăng trưởng đạt 8,2%, vượt mục tiêu đề ra (7,5%).", date="2030-12-18"))
    assert (claims["7,5%"].measure, claims["7,5%"].modality) == ("growth", "target")
    assert claims["8,2%"].modality == "actual"


def test_a_resolutions_figure_in_brackets_is_its_target_and_a_rate_in_its_own_item_its_level():
    text = ("Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2030: tốc độ tăng giá trị sản xuất đạt 9,4% (NQ 9%); tỷ lệ "
            "hộ nghèo 2,6% (NQ dưới 3%).")
    claims = by_text(extract(text, date="2030-12-20"))
    assert (claims["9%"].measure, claims["9%"].modality) == ("growth", "target")
    assert (claims["2,6%"].measure, claims["2,6%"].modality) == ("level", "actual")
    assert (claims["3%"].measure, claims["3%"].modality, claims["3%"].qualifier) == ("level", "target", "under")


def test_the_last_item_of_a_list_joined_by_va_names_its_bracketed_figure():
    claims = by_text(extract("Năm 2030, 3 chỉ tiêu không đạt gồm thu ngân sách (đạt 92%), giảm nghèo (đạt 80%) và trồng "
                             "rừng (đạt 85%).", date="2030-12-20"))
    assert claims["85%"].subject == "trồng rừng" and claims["85%"].measure == "ratio"
    assert claims["80%"].subject == "giảm nghèo"


def test_a_count_over_a_smaller_count_is_the_result_and_its_plan_of_one_indicator():
    # no part exceeds its whole: "24.318/24.050 người" is the number reached against the number planned
    claims = by_text(extract("Năm 2021, người tham gia bảo hiểm thất nghiệp là 24.318/24.050 người, tăng 1.120 người "
                             "so với cùng kỳ, đạt 101,1% kế hoạch.", date="2022-02-10"))
    assert (claims["24.318"].value, claims["24.318"].of, claims["24.318"].modality) == (24318, None, "actual")
    plan = claims["24.050 người"]
    assert (plan.value, plan.modality, plan.subject) == (24050, "target", claims["24.318"].subject)
    assert claims["1.120 người"].subject == claims["24.318"].subject


def test_a_target_said_reached_after_a_figures_own_base_is_not_its_base():
    claims = by_text(extract("Năm 2030, tỷ lệ hộ nghèo còn 2,5%, giảm 1,1% so với năm 2029, đạt chỉ tiêu đề ra.",
                             date="2030-12-20"))
    assert (claims["1,1%"].measure, claims["1,1%"].basis) == ("change", "prior_year")
    claims = by_text(extract("Năm 2030, thu ngân sách đạt 50 tỷ đồng, vượt 8% so với dự toán.", date="2030-12-20"))
    assert claims["8%"].basis == "estimate"


def test_the_share_of_a_plan_done_after_a_done_and_plan_pair_holds_when_the_amount_done_does():
    claims = by_text(extract("Đến nay, toàn tỉnh đã trồng rừng được 2.900ha, đạt 72% kế hoạch.\n\nTrong đó huyện "
                             "Đông Sơn trồng được 310/280ha, đạt 110% kế hoạch.", date="2021-07"))
    assert claims["310"].period == "2021-01/2021-07"
    assert claims["110%"].period == claims["310"].period


def test_targets_met_are_a_result_of_the_plans_year_not_a_status_at_the_reports_date():
    claims = by_text(extract("Kết quả, 22/24 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch, trong đó 9 chỉ tiêu vượt.",
                             date="2030-12-22"))
    assert claims["22/24 chỉ tiêu"].period == claims["9 chỉ tiêu"].period == "2030"
    # (the criteria a commune meets are a status at the date)
    claims = by_text(extract("Đến nay, xã A đạt 26/27 chỉ tiêu xã nông thôn mới nâng cao.", date="2030-11-10"))
    assert claims["26/27 chỉ tiêu"].period == "2030-11-10"
