"""Target lists under a heading, rankings by a rise, structures of the economy, counts of where.
Sentences are written for these tests (real articles stay in ../shared)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_heading_naming_a_coming_year_makes_its_numbered_items_targets_of_that_year():
    text = ("Kế hoạch của huyện\n\nCác chỉ tiêu phát triển năm 2031\n\n1. Doanh thu du lịch 520 tỷ đồng, tăng 6% so "
            "với ước thực hiện năm 2030. 2. Tỷ lệ hộ dùng nước sạch 92%.")
    claims = by_text(extract(text, date="2030-12-20"))
    assert all(claims[t].modality == "target" and claims[t].period == "2031" for t in ("520 tỷ đồng", "6%", "92%"))
    assert claims["6%"].measure == "growth" and claims["6%"].basis == "prior_year"


def test_a_heading_naming_a_year_already_past_heads_results():
    claims = by_text(extract("Báo cáo\n\nCác chỉ tiêu phát triển năm 2019\n\n1. Doanh thu du lịch đạt 520 tỷ đồng.",
                             date="2021-01-10"))
    assert claims["520 tỷ đồng"].modality == "actual"


def test_so_uoc_thuc_hien_of_the_year_before_is_the_prior_year():
    claims = by_text(extract("Năm 2024, sản lượng thủy sản đạt 9.000 tấn, tăng 4% so ước thực hiện năm 2023."))
    assert claims["4%"].basis == "prior_year" and claims["4%"].period == "2024"


def test_a_term_heading_over_a_paragraph_of_prose_makes_its_goals_targets_of_the_term():
    text = ("Đại hội huyện\n\nMột số chỉ tiêu chủ yếu (nhiệm kỳ 2026 - 2031)\n\nTốc độ tăng trưởng kinh tế bình quân "
            "đạt 9%/năm. Phấn đấu mỗi năm trồng mới từ 50 ha rừng tập trung trở lên.")
    claims = by_text(extract(text, date="2026-05-10"))
    assert claims["9%/năm"].modality == "target" and claims["9%/năm"].period == "2026/2031"
    assert claims["50 ha"].period == "2026/2031" and claims["50 ha"].qualifier == "at_least"


def test_percents_of_places_ranked_by_a_rise_are_growths():
    text = ("Chỉ số sản xuất công nghiệp 6 tháng tăng ở 40 tỉnh và giảm ở 3 tỉnh. Tỉnh có chỉ số tăng cao nhất là "
            "Hà Giang với 20,5%. Xếp sau về tốc độ tăng là Lào Cai (15,2%), Yên Bái (12,1%).")
    claims = by_text(extract(text, date="2024-07-05"))
    for figure in ("20,5%", "15,2%", "12,1%"):
        assert (claims[figure].measure, claims[figure].basis) == ("growth", "same_period")
    assert (claims["40 tỉnh"].measure, claims["40 tỉnh"].value) == ("level", 40)
    assert (claims["3 tỉnh"].measure, claims["3 tỉnh"].value) == ("level", 3)


def test_a_ranking_after_a_sentence_about_growth_ranks_growths():
    claims = by_text(extract("Tăng trưởng GRDP quý I của các tỉnh trong vùng đều khá. Hà Giang dẫn đầu với 12,3%, tiếp "
                             "theo là Lào Cai (10,1%).", date="2024-04-05"))
    assert claims["12,3%"].measure == "growth" and claims["10,1%"].measure == "growth"
    assert claims["12,3%"].subject == "Tăng trưởng GRDP" and claims["10,1%"].basis == "same_period"


def test_a_heading_with_its_year_and_a_colon_opens_a_list_of_targets_in_its_own_paragraph():
    claims = by_text(extract("Kế hoạch của xã\n\nChỉ tiêu năm 2031: 1. Thu ngân sách 40 tỷ đồng, tăng 5% so ước thực "
                             "hiện năm 2030; 2. Tỷ lệ hộ nghèo 2%.", date="2030-12-20"))
    assert [(claims[t].modality, claims[t].period) for t in ("40 tỷ đồng", "5%", "2%")] == [("target", "2031")] * 3


def test_the_items_of_an_economic_structure_are_shares():
    claims = by_text(extract("Cơ cấu kinh tế đến năm 2030: công nghiệp khoảng 55%; dịch vụ 35%; nông nghiệp 10%.",
                             date="2025-10-01"))
    assert [claims[t].measure for t in ("55%", "35%", "10%")] == ["share"] * 3


def test_a_rise_or_fall_of_a_share_in_brackets_is_a_change_of_that_share():
    claims = by_text(extract("Năm 2024, cơ cấu kinh tế chuyển dịch theo hướng giảm tỷ trọng nông nghiệp (giảm 3,2% so "
                             "với năm 2015), tăng tỷ trọng dịch vụ (tăng 2,1% so với năm 2015)."))
    assert (claims["3,2%"].measure, claims["3,2%"].value) == ("change", -3.2)
    assert claims["3,2%"].subject == "tỷ trọng nông nghiệp" and claims["2,1%"].subject == "tỷ trọng dịch vụ"
    assert claims["2,1%"].measure == "change"


def test_a_fall_by_a_percent_of_a_rate_named_after_it_is_a_change_in_points():
    claims = by_text(extract("Năm 2025, huyện đề ra 12 chỉ tiêu, trong đó phấn đấu giảm 3% tỷ lệ hộ nghèo.",
                             date="2024-12-20"))
    assert (claims["3%"].measure, claims["3%"].value, claims["3%"].subject) == ("change", -3, "tỷ lệ hộ nghèo")


def test_a_plans_breakthroughs_and_a_school_regime_are_not_figures():
    texts = [c.text for c in extract("Nghị quyết đề ra 4 khâu đột phá. Phấn đấu 70% học sinh tiểu học được học 2 "
                                     "buổi/ngày.", date="2025-10-01")]
    assert texts == ["70%"]


def test_a_range_written_without_tu_is_one_figure():
    (claim,) = extract("Năm 2024, khu vực dịch vụ chiếm 30,1% đến 30,5% GRDP.")
    assert (claim.value, claim.value_max, claim.measure) == (30.1, 30.5, "share")


def test_a_share_that_each_year_should_reach_is_a_share_at_least():
    (claim,) = extract("Phấn đấu hằng năm có từ 85% chi bộ hoàn thành tốt nhiệm vụ trở lên.", date="2025-10-01")
    assert (claim.measure, claim.qualifier, claim.modality) == ("share", "at_least", "target")


def test_a_ranking_by_a_named_rise_takes_that_rise_as_its_subject():
    claims = by_text(extract("Tăng trưởng của vùng khá đều. Xếp sau về tốc độ tăng doanh thu 6 tháng là Lào Cai (15,2%).",
                             date="2024-07-05"))
    assert claims["15,2%"].subject == "tốc độ tăng doanh thu"


def test_the_manufacturing_section_is_one_sector_name_across_its_comma():
    (claim,) = extract("Năm 2024, ngành công nghiệp chế biến, chế tạo tăng 9,1%.")
    assert claim.subject == "ngành công nghiệp chế biến, chế tạo"


def test_the_next_part_of_a_share_rising_in_brackets_keeps_the_share_word():
    claims = by_text(extract("Năm 2024, cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công nghiệp (tăng 2,1% so "
                             "với năm 2015) và dịch vụ (tăng 1,4% so với năm 2015)."))
    assert claims["1,4%"].subject == "tỷ trọng dịch vụ" and claims["1,4%"].measure == "change"


def test_a_share_held_by_each_of_several_unnamed_places_has_no_place():
    claims = by_text(extract("Tỉnh Nam Định: năm 2024, 12 huyện có 100% số xã đạt chuẩn nông thôn mới."))
    assert claims["100%"].place is None


def test_the_items_after_a_rate_and_a_colon_are_that_rate_of_each_group():
    claims = by_text(extract("Năm 2024, tỷ lệ trẻ em được tiêm chủng đầy đủ: khu vực thành thị 98%, khu vực nông thôn 95%."))
    assert claims["98%"].subject == "tỷ lệ trẻ em được tiêm chủng đầy đủ khu vực thành thị"
    assert claims["95%"].subject == "tỷ lệ trẻ em được tiêm chủng đầy đủ khu vực nông thôn"


def test_exceeding_the_estimate_said_before_the_figure_is_no_part_of_the_subject():
    (claim,) = extract("Năm 2024, thu ngân sách của huyện vượt dự toán tỉnh giao 21%.")
    assert (claim.subject, claim.measure, claim.basis) == ("thu ngân sách", "growth", "estimate")


def test_counts_of_targets_for_a_year_ahead_are_that_years_targets():
    # a count of targets ("N chỉ tiêu") in a text about a year after the article's: the targets of that year's plan
    text = ("Hội đồng nhân dân huyện thông qua 20 nhóm chỉ tiêu của năm 2032. Trong đó, có 9 chỉ tiêu kinh tế, "
            "7 chỉ tiêu xã hội.\n\n9 chỉ tiêu kinh tế gồm:\n\n- Tốc độ tăng trưởng: 8%")
    claims = extract(text, date="2031-12-05")
    counts = [c for c in claims if c.unit == "chỉ tiêu"]
    assert len(counts) == 3 and all(c.modality == "target" and c.period == "2032" for c in counts)


def test_counts_of_targets_of_the_articles_own_year_stay_facts():
    claims = by_text(extract("Năm 2032, xã tiếp tục xây dựng 15 chỉ tiêu phát triển.", date="2032-01-10"))
    assert claims["15 chỉ tiêu"].modality == "actual"


def test_the_targets_of_a_resolution_are_counted_as_targets():
    # "N chỉ tiêu chủ yếu của Nghị quyết": the targets the resolution set; how many were met is a fact
    text = "Trong 18 chỉ tiêu chủ yếu của Nghị quyết, có 15/18 chỉ tiêu đạt và vượt kế hoạch."
    claims = by_text(extract(text, date="2037"))
    assert claims["18 chỉ tiêu"].modality == "target" and claims["15/18 chỉ tiêu"].modality == "actual"
    # (in a sentence naming the resolution's term, those met are counted over the term)
    text = "Trong 18 chỉ tiêu của Nghị quyết, nhiệm kỳ 2032 - 2037, có 15/18 chỉ tiêu đạt; 03 chỉ tiêu không đạt."
    claims = by_text(extract(text, date="2037"))
    assert claims["15/18 chỉ tiêu"].period == "2032/2037" and claims["03 chỉ tiêu"].period == "2032/2037"


def test_a_pair_after_a_comparison_holds_two_facts_not_done_and_plan():
    # "gấp N lần … (A/B)": the two values compared; a bare pair "813/520ha" is still done/plan
    text = "Thu nhập bình quân gấp 1,5 lần của tỉnh (90/60 triệu đồng). Trồng rừng đạt 700/650ha."
    claims = by_text(extract(text, date="2038"))
    assert claims["60 triệu đồng"].modality == "actual" and claims["90"].modality == "actual"
    assert claims["650ha"].modality == "target"
    # (and where the comparison names its year, the second value is that year's)
    pair = by_text(extract("Quy mô kinh tế tăng gấp 2 lần so năm 2033 (240/120 tỷ đồng).", date="2038"))
    assert (pair["120 tỷ đồng"].period, pair["120 tỷ đồng"].modality, pair["240"].period) == ("2033", "actual", "2038")


def test_the_rate_of_poverty_reduction_is_a_fall_in_points():
    # "Tỷ lệ giảm nghèo … N%": the poverty rate's fall, a change in points (negative), no base named: same period
    claims = by_text(extract("Chỉ tiêu năm 2041:\n\n- Tỷ lệ giảm nghèo đa chiều trên 2,5%", date="2040-12-10"))
    claim = claims["2,5%"]
    assert (claim.measure, claim.value, claim.basis, claim.qualifier) == ("change", -2.5, "same_period", "over")


def test_a_pair_of_rates_in_a_bracket_after_a_compared_growth_is_two_growths():
    # "(A/B%)" with decimals is no fraction of counts: two rates, here the growth compared and its base's growth
    text = "Trong 5 năm, tốc độ tăng trưởng của huyện cao hơn mức chung của tỉnh (12,4/8,75%)."
    claims = by_text(extract(text, date="2042"))
    assert claims["12,4"].value == 12.4 and claims["8,75%"].value == 8.75
    assert all(claims[t].measure == "growth" and claims[t].modality == "actual" for t in ("12,4", "8,75%"))
    assert "tốc độ tăng trưởng" in claims["12,4"].subject  # (what was named before the bracket)


def test_a_percent_of_the_number_of_units_is_their_share():
    # "N% số xã …", "Số đơn vị cấp huyện đạt chuẩn trên N%": a share of all such units, not a ratio to a plan
    text = "Theo kế hoạch, đến năm 2045 số xã đạt chuẩn trên 80%, trong đó 40% số xã đạt chuẩn nâng cao."
    claims = by_text(extract(text, date="2040-05-01"))
    assert all((claims[t].measure, claims[t].basis) == ("share", None) for t in ("80%", "40%"))
    plan = by_text(extract("Số xã đạt chuẩn đạt 90% kế hoạch.", date="2040-05-01"))["90%"]
    assert (plan.measure, plan.basis) == ("ratio", "plan")


def test_the_units_served_as_a_percent_are_a_share():
    # "Hộ gia đình được dùng nước sạch: N%": the households served, a part of all households
    claims = by_text(extract("- Hộ gia đình được dùng nước sạch: 91,5%\n- Hộ nghèo còn 2,5%", date="2040-05-01"))
    assert claims["91,5%"].measure == "share" and claims["2,5%"].measure == "level"


def test_a_multiple_of_another_places_figure_has_another_base():
    # "gấp N lần của tỉnh": the province's figure is the base, neither a plan nor the same period
    claims = by_text(extract("Thu nhập bình quân đầu người gấp 1,4 lần của tỉnh.", date="2043"))
    assert (claims["1,4 lần"].measure, claims["1,4 lần"].basis) == ("ratio", "other")


def test_a_yearly_amount_as_a_percent_of_the_economy_is_a_share():
    # "vốn đầu tư hàng năm khoảng N% GRDP": a share held each year, not a rise against the year before
    claims = by_text(extract("Tổng vốn đầu tư hàng năm khoảng 32% GRDP; thu ngân sách mỗi năm tăng 11%.", date="2044"))
    assert (claims["32%"].measure, claims["32%"].basis) == ("share", None)
    assert (claims["11%"].measure, claims["11%"].basis) == ("growth", "same_period")  # (dev gold: a yearly growth rate)


def test_a_clause_opening_on_the_weight_of_listed_sectors_states_a_share():
    # "tỷ trọng A, B và C, D trong GRDP đạt N%": a share, though the subject kept is only the last part listed
    text = "Năm 2046, tăng trưởng đạt 7%; tỷ trọng nông nghiệp, công nghiệp và xây dựng, dịch vụ trong GRDP đạt 71,5%."
    claims = by_text(extract(text, date="2046-12-30"))
    assert (claims["71,5%"].measure, claims["71,5%"].basis) == ("share", None)


def test_a_position_out_of_a_group_of_provinces_is_a_rank_not_a_claim():
    claims = by_text(extract("Năm 2022, quy mô nền kinh tế của tỉnh ước đạt 27,6 nghìn tỉ đồng, xếp vị trí 9/14 tỉnh "
                             "vùng Bắc Trung bộ và duyên hải miền Trung; xếp thứ 4/5 tỉnh trong khu vực.",
                             date="2022-12-20"))
    assert set(claims) == {"27,6 nghìn tỉ đồng"}


def test_a_headline_announcing_the_targets_of_a_coming_year_heads_the_whole_text():
    # the headline, a dateline, then the items in prose: all are targets of the headline's year
    text = ("Những chỉ tiêu chủ yếu đến năm 2030\n\nThứ Hai, 12-10-2025, 08:15\n\nVề kinh tế: (1) Thu nhập bình quân "
            "đầu người: từ 90 đến 95 triệu đồng. (2) Vốn đầu tư toàn xã hội: từ 2,4 đến 2,6 triệu tỷ đồng (theo giá "
            "hiện hành). (3) Tỷ lệ gia đình được công nhận danh hiệu Gia đình văn hóa đạt 85%; tỷ lệ thất nghiệp dưới 3%.")
    claims = by_text(extract(text, date="2025-10-12"))
    assert claims["2,4 đến 2,6 triệu tỷ đồng"].value == 2.4e15
    for figure in ("90 đến 95 triệu đồng", "2,4 đến 2,6 triệu tỷ đồng", "85%", "3%"):
        assert claims[figure].modality == "target" and claims[figure].period == "2030"


def test_a_headline_naming_the_year_running_does_not_reach_past_its_dateline():
    text = ("Các chỉ tiêu chủ yếu năm 2030\n\nThứ Sáu, 20-12-2030, 09:00\n\nNăm 2030, thu nhập bình quân đầu người "
            "đạt 95 triệu đồng.")
    claims = by_text(extract(text, date="2030-12-20"))
    assert claims["95 triệu đồng"].modality == "actual"


def test_a_line_striving_for_the_targets_listed_below_it_heads_them():
    text = ("Năm 2047, huyện phấn đấu đạt các chỉ tiêu chủ yếu sau:\n1. Tốc độ tăng giá trị sản xuất 8,5%.\n"
            "2. Thu ngân sách trên địa bàn 210 tỷ đồng.\nNăm 2046, thu ngân sách đạt 190 tỷ đồng.")
    claims = by_text(extract(text, date="2046-12-18"))
    assert (claims["8,5%"].modality, claims["8,5%"].period) == ("target", "2047")
    assert (claims["210 tỷ đồng"].modality, claims["210 tỷ đồng"].period) == ("target", "2047")
    assert (claims["190 tỷ đồng"].modality, claims["190 tỷ đồng"].period) == ("actual", "2046")


def test_a_sectors_rise_in_the_shifting_structure_is_a_change_of_its_share():
    text = ("Năm 2030, cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, dịch vụ tăng 1,37%, công nghiệp - xây dựng tăng "
            "0,92% so với năm 2029; thu ngân sách đạt 600 tỷ đồng.")
    claims = by_text(extract(text, date="2031-01-10"))
    for figure in ("1,37%", "0,92%"):
        assert (claims[figure].measure, claims[figure].basis) == ("change", "prior_year")


def test_a_base_said_after_the_last_of_a_run_of_rises_is_each_ones():
    claims = by_text(extract("Năm 2030, giá trị sản xuất công nghiệp tăng 12%, dịch vụ tăng 8% so với kế hoạch.",
                             date="2031-01-10"))
    assert claims["12%"].measure == "growth" and claims["12%"].basis == claims["8%"].basis == "plan"


def test_amid_the_countrys_growth_the_rate_reached_is_the_gdps_growth():
    text = ("Theo ông A, khi GDP cả nước năm 2030 tăng trưởng khá, đạt 7,4%, tăng trưởng GRDP của nhiều địa phương "
            "cũng khả quan.")
    claims = by_text(extract(text, date="2031-01-05"))
    assert claims["7,4%"].subject == "GDP" and claims["7,4%"].measure == "growth"
    assert claims["7,4%"].basis == "same_period" and claims["7,4%"].place == "Việt Nam"


def test_places_ranked_after_a_count_of_them_are_ranked_by_the_rise_named_between():
    text = ("Năm 2030, cả nước có 7 địa phương đạt tăng trưởng hai con số, dẫn đầu là Hà Nam (12,85%), tiếp theo là "
            "Ninh Bình (11,2%).")
    claims = by_text(extract(text, date="2031-01-06"))
    assert claims["7 địa phương"].place == "Việt Nam"
    for figure, place in (("12,85%", "Hà Nam"), ("11,2%", "Ninh Bình")):
        assert (claims[figure].measure, claims[figure].basis, claims[figure].place) == ("growth", "same_period", place)


def test_a_resolution_on_next_years_tasks_reports_the_year_under_review_as_results():
    text = ("Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2031\nHĐND tỉnh đánh giá năm 2030, tốc độ tăng "
            "trưởng kinh tế ước đạt 7,2%, thu ngân sách đạt 6.100 tỷ đồng, vượt 5% dự toán.\nNăm 2031, tỉnh phấn đấu thu "
            "ngân sách 6.500 tỷ đồng; có thêm 15 xã đạt chuẩn nông thôn mới.")
    claims = by_text(extract(text, date="2030-12-12"))
    assert claims["6.100 tỷ đồng"].modality == claims["5%"].modality == "actual"
    assert claims["6.100 tỷ đồng"].period == "2030"
    for figure in ("6.500 tỷ đồng", "15 xã"):
        assert claims[figure].modality == "target" and claims[figure].period == "2031"


def test_a_places_rise_after_a_count_of_places_measures_the_growth_named_not_the_count():
    claims = by_text(extract("Quý I/2030, 58/63 tỉnh có tăng trưởng dương; trong đó Hải Phòng tăng cao nhất với 12,1%, "
                             "Bắc Giang đứng thứ hai với 11,5%.", date="2030-04-06"))
    assert claims["12,1%"].subject.startswith("tăng trưởng") and claims["12,1%"].place == "Hải Phòng"
    assert claims["11,5%"].subject.startswith("tăng trưởng")
