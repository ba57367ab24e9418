"""Claims read from sentences: what each figure measures, against what, how sure, about what, where, when.
Sentences are written for these tests (real articles stay in ../shared)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import Claim, analyse, extract  # noqa: E402

BUDGET = ("Huyện Tân Uyên: kết quả 6 tháng\n"
          "Thu ngân sách nhà nước trên địa bàn huyện Tân Uyên 6 tháng năm 2022 đạt 45,6 tỷ đồng, đạt 91,2% dự toán "
          "huyện giao (50 tỷ đồng), tăng 12,5% so với cùng kỳ năm 2021.")


def by_text(claims):
    return {c.text: c for c in claims}


def test_a_budget_sentence_holds_four_claims():
    claims = by_text(extract(BUDGET))
    assert set(claims) >= {"45,6 tỷ đồng", "91,2%", "50 tỷ đồng", "12,5%"}
    level, ratio, plan, growth = (claims[t] for t in ("45,6 tỷ đồng", "91,2%", "50 tỷ đồng", "12,5%"))
    assert (level.value, level.unit, level.measure, level.modality) == (45.6e9, "VND", "level", "actual")
    assert (ratio.measure, ratio.basis, ratio.modality) == ("ratio", "estimate", "actual")
    assert (plan.measure, plan.modality, plan.period) == ("level", "target", "2022")
    assert (growth.measure, growth.basis, growth.value) == ("growth", "same_period", 12.5)


def test_the_subject_carries_to_the_figures_after_it():
    claims = by_text(extract(BUDGET))
    assert claims["45,6 tỷ đồng"].subject.startswith("Thu ngân sách nhà nước")
    assert claims["12,5%"].subject == claims["45,6 tỷ đồng"].subject


def test_place_and_period_come_from_the_sentence():
    claim = by_text(extract(BUDGET))["45,6 tỷ đồng"]
    assert claim.place == "Tân Uyên" and claim.period == "2022-01/2022-06"


def test_a_fall_of_a_rate_is_a_negative_change_in_points():
    claims = by_text(extract("Đến tháng 9/2021, tỷ lệ hộ nghèo còn 2,4%, giảm 0,6% so với cùng kỳ."))
    assert (claims["2,4%"].measure, claims["2,4%"].period) == ("level", "2021-09")
    assert (claims["0,6%"].measure, claims["0,6%"].value, claims["0,6%"].basis) == ("change", -0.6, "same_period")


def test_a_fall_of_an_amount_is_a_negative_growth():
    claim = by_text(extract("Năm 2021, kim ngạch xuất khẩu giảm 4,5% so với năm 2020."))["4,5%"]
    assert (claim.measure, claim.value, claim.basis) == ("growth", -4.5, "prior_year")


def test_a_done_plan_pair_yields_an_actual_and_a_target():
    claims = extract("Năm 2021, trồng rừng gỗ lớn đạt 640/500ha, đạt 128% kế hoạch.")
    done, plan = [c for c in claims if c.unit == "ha"]
    assert (done.value, done.modality) == (640, "actual")
    assert (plan.value, plan.modality) == (500, "target")
    assert by_text(claims)["128%"].basis == "plan"


def test_an_estimate_marks_the_figures_after_it_in_the_sentence():
    claims = extract("Năm 2022, giá trị sản xuất ước đạt 1.200 tỷ đồng, tăng 8% so với năm 2021. Thu ngân sách đạt 30 tỷ đồng.")
    assert [c.modality for c in claims] == ["estimate", "estimate", "actual"]
    assert claims[1].basis == "prior_year"


def test_the_parts_of_an_estimated_total_are_estimates():
    claims = extract("Năm 2023, tổng thu ngân sách ước đạt 900 tỷ đồng. Trong đó, thu nội địa 700 tỷ đồng; "
                     "thu xuất nhập khẩu 200 tỷ đồng.")
    assert [c.modality for c in claims] == ["estimate"] * 3


def test_expected_and_target_figures():
    claims = extract("Dự kiến đến hết năm 2021, có thêm 4 xã đạt chuẩn. Năm 2022 huyện phấn đấu trồng 800 ha rừng.")
    assert [(c.modality, c.period) for c in claims] == [("expected", "2021"), ("target", "2022")]


def test_a_share_and_a_count_out_of_a_whole():
    claims = by_text(extract("Năm 2020, huyện có 6/8 xã đạt chuẩn nông thôn mới (75%); vốn ngân sách chiếm 62%."))
    assert (claims["6/8 xã"].value, claims["6/8 xã"].of) == (6, 8)
    assert claims["75%"].measure == "share" and claims["62%"].measure == "share"


def test_a_figure_holds_for_the_places_listed_before_it():
    claims = extract("Huyện Tân Uyên\nNăm 2020, xã Phúc Khoa và Trung Đồng đều đạt 19 tiêu chí.")
    assert sorted(claims[-1].place) == ["Phúc Khoa", "Trung Đồng"]


def test_relative_periods_resolve_against_the_document_date():
    text = "Từ đầu năm đến nay, toàn huyện trồng mới 300 ha rừng. Hiện nay toàn huyện có 12 hợp tác xã."
    claims = extract(text, date="2021-08-10")
    assert [c.period for c in claims] == ["2021-01/2021-08-10", "2021-08-10"]


def test_the_dateline_gives_the_document_date_when_the_caller_does_not():
    extraction = analyse("Tin tức\n\n10/08/2021 09:30\n\nTừ đầu năm đến nay, huyện trồng mới 300 ha rừng.")
    assert extraction.date == "2021-08-10"
    assert extraction.claims[0].period == "2021-01/2021-08-10"


def test_the_caller_place_is_the_fallback_place():
    claims = extract("Năm 2020, thu ngân sách đạt 30 tỷ đồng.", place="huyện Tân Uyên")
    assert claims[0].place == "Tân Uyên"


def test_analyse_flags_a_percent_that_does_not_match_its_target():
    extraction = analyse("Năm 2022, thu ngân sách đạt 45,6 tỷ đồng, đạt 98% dự toán (50 tỷ đồng).")
    assert [f.kind for f in extraction.flags] == ["ratio_vs_target"]
    assert extraction.flags[0].expected == pytest.approx(91.2)


def test_a_claim_serialises_with_the_spec_fields():
    row = extract(BUDGET)[0].to_dict("doc1")
    assert row["doc"] == "doc1" and set(row) >= {"start", "end", "text", "value", "value_max", "unit", "of",
                                                 "qualifier", "measure", "basis", "modality", "subject", "place",
                                                 "period"}
    assert isinstance(extract(BUDGET)[0], Claim)


def test_an_estimate_carries_past_a_comparison_to_the_share_of_plan():
    claims = by_text(extract("Năm 2021, giá trị sản xuất ước đạt 150 tỷ đồng, tăng 9% so với năm 2020, đạt 96,5% kế hoạch năm."))
    assert (claims["96,5%"].modality, claims["96,5%"].basis) == ("estimate", "plan")
    assert claims["96,5%"].subject == "giá trị sản xuất"


def test_a_signed_percent_in_brackets_after_a_comparison_is_the_growth_itself():
    claim = by_text(extract("Năm 2023, GRDP của huyện ước đạt 15 tỷ đồng, so với cùng kỳ giảm (-4,7%)."))["-4,7%"]
    assert (claim.measure, claim.value, claim.basis, claim.period) == ("growth", -4.7, "same_period", "2023")


def test_the_year_of_a_plan_after_a_figure_is_not_the_figure_s_period():
    claim = by_text(extract("6 tháng đầu năm 2024, thu ngân sách đạt 40 tỷ đồng, bằng 48,5% kế hoạch cả năm."))["48,5%"]
    assert (claim.measure, claim.basis, claim.period) == ("ratio", "plan", "2024-01/2024-06")


def test_a_share_of_roads_brought_to_standard_is_a_rate_at_the_article_date():
    claims = by_text(analyse("Đường trục xã được cứng hóa đạt 92%.", date="2024-03-15").claims)
    assert (claims["92%"].measure, claims["92%"].period) == ("level", "2024-03-15")


def test_investment_over_a_period_is_a_flow():
    claim = by_text(extract("Đến cuối tháng 6/2021, huy động vốn đầu tư phát triển ước đạt 6.950 tỷ đồng."))["6.950 tỷ đồng"]
    assert claim.period == "2021-01/2021-06"


def test_a_plan_word_alone_is_not_the_subject_of_the_growth_after_it():
    claims = by_text(extract("Năm 2022, thu ngân sách trên địa bàn đạt 52 tỷ đồng, bằng 104% dự toán, tăng 6,2%."))
    assert claims["6,2%"].subject == claims["52 tỷ đồng"].subject == "thu ngân sách trên địa bàn"


def test_a_count_after_a_verb_is_named_by_its_noun_phrase():
    claim = by_text(extract("Năm 2023, huyện đã phê duyệt 12 dự án liên kết sản xuất."))["12 dự án"]
    assert claim.subject.startswith("dự án liên kết sản xuất")


def test_communes_meeting_the_standard_keep_the_standard_in_their_subject():
    claim = by_text(extract("Năm 2022, toàn huyện có 9 xã đạt chuẩn nông thôn mới."))["9 xã"]
    assert claim.subject.startswith("xã đạt chuẩn nông thôn mới")


def test_a_contribution_to_growth_is_the_sectors_contribution():
    claims = by_text(extract("Năm 2022, khu vực dịch vụ tăng 7,1%, đóng góp 3,2 điểm phần trăm."))
    assert claims["3,2 điểm phần trăm"].subject == "khu vực dịch vụ đóng góp"
    assert claims["7,1%"].subject == "khu vực dịch vụ"


def test_a_headline_figure_takes_the_modality_of_its_fuller_statement_in_the_body():
    text = ("Thu ngân sách huyện tăng hơn 12%\n"
            "Năm 2022, thu ngân sách trên địa bàn ước đạt 50 tỷ đồng, tăng 12,4% so với cùng kỳ.")
    headline, body = [c for c in extract(text) if c.unit == "%"]
    assert (headline.value, headline.modality) == (12, "estimate")
    assert body.modality == "estimate"


def test_a_headline_figure_said_as_done_in_the_body_stays_actual():
    text = "Huyện có thêm 3 xã đạt chuẩn\nNăm 2022, huyện có thêm 3 xã đạt chuẩn nông thôn mới; dự kiến năm 2023 có 4 xã."
    assert extract(text)[0].modality == "actual"


def test_a_planned_fall_stated_beside_a_fall_is_negative_too():
    claims = by_text(extract("Năm 2022, tỷ lệ hộ nghèo toàn huyện giảm 1,6%, đạt 120% so với chỉ tiêu giao đầu năm "
                             "(chỉ tiêu là 1,3%/năm)."))
    plan = claims["1,3%/năm"]
    assert (plan.value, plan.measure, plan.modality) == (-1.3, "change", "target")


def test_a_plan_compared_with_a_share_is_a_share_not_the_difference():
    claims = by_text(extract("Năm 2021, số người tham gia BHTN chiếm tỷ lệ 30,5% lực lượng lao động, cao hơn 0,5% "
                             "so với chỉ tiêu tỉnh giao (30%)."))
    assert (claims["30%"].measure, claims["30%"].modality) == ("share", "target")


def test_a_plan_named_after_a_comma_is_not_the_base_of_the_growth_before_it():
    claims = by_text(extract("Năm 2022, GRDP tăng 8,2%, vượt mục tiêu đề ra (mục tiêu 7%)."))
    assert (claims["8,2%"].measure, claims["8,2%"].basis) == ("growth", "same_period")
    assert claims["7%"].modality == "target"


def test_a_province_grdp_with_a_comma_before_three_digits_is_read_in_thousands_of_billions():
    claims = by_text(extract("Năm 2023, GRDP của tỉnh theo giá so sánh 2010 ước đạt 98,765 tỷ đồng, tăng 5,2%."))
    assert claims["98,765 tỷ đồng"].value == 98765e9
    assert claims["98,765 tỷ đồng"].subject == "GRDP"


def test_a_district_output_with_a_decimal_comma_stays_in_billions():
    claim = by_text(extract("Năm 2020, tổng giá trị sản xuất theo giá hiện hành đạt 687,641 tỷ đồng."))["687,641 tỷ đồng"]
    assert claim.value == 687.641e9 and claim.subject == "tổng giá trị sản xuất"


def test_a_base_dated_before_the_verb_is_read_through_its_slashes():
    claims = by_text(extract("Dư nợ tín dụng đến 30/9/2022 là 8.400 tỷ đồng; so với 31/12/2021 tăng 640 tỷ đồng (+8,2%)."))
    assert (claims["640 tỷ đồng"].measure, claims["640 tỷ đồng"].basis) == ("change", "prior_year_end")
    assert claims["+8,2%"].basis == "prior_year_end"


def test_the_items_of_an_estimated_total_are_estimates_until_the_list_ends():
    text = ("- Tín dụng: Tổng dư nợ ước thực hiện đến 30/9/2022 là 9.800 tỷ đồng, cụ thể như sau:\n"
            "+ Dư nợ của các ngân hàng thương mại là 8.100 tỷ đồng.\n"
            "+ Dư nợ của Ngân hàng Chính sách xã hội là 1.700 tỷ đồng.\n"
            "- Nợ xấu đến 30/9/2022 là 120 tỷ đồng.")
    claims = by_text(extract(text))
    assert [claims[t].modality for t in ("9.800 tỷ đồng", "8.100 tỷ đồng", "1.700 tỷ đồng")] == ["estimate"] * 3
    assert claims["120 tỷ đồng"].modality == "actual"


def test_a_figure_for_a_year_after_the_article_is_a_target():
    claims = analyse("Năm 2014, huyện phấn đấu hoàn thành; dự án hoàn thành các tiêu chí của 4 xã trong năm 2015.",
                     date="2014-06-10").claims
    assert by_text(claims)["4 xã"].modality == "target"


def test_without_a_date_a_later_year_does_not_make_a_target():
    claim = by_text(extract("Đến nay, có 71 xã đạt chuẩn nông thôn mới năm 2014."))["71 xã"]
    assert claim.modality == "actual"


def test_a_preliminary_figure_does_not_mark_the_next_quarter_after_a_semicolon():
    claims = by_text(extract("Năm 2023, GRDP sơ bộ quý I giảm (-8,4%); sang quý II tiếp tục giảm (-9,1%)."))
    assert claims["-8,4%"].modality == "estimate" and claims["-9,1%"].modality == "actual"


def test_a_plan_after_slash_kh_keeps_the_subject_of_its_figure():
    claims = by_text(extract("Năm 2022, tổng vốn đầu tư toàn xã hội ước đạt 2.337 tỷ đồng/KH 2.000-2.100 tỷ đồng."))
    assert claims["2.000-2.100 tỷ đồng"].subject == "tổng vốn đầu tư toàn xã hội"


def test_lower_than_is_a_verb_not_a_subject():
    claims = by_text(extract("Năm 2022, số hộ nghèo là 1.015 hộ, chiếm tỷ lệ 5,93%, thấp hơn 1,89% so với năm 2021."))
    assert claims["1,89%"].subject == "số hộ nghèo"


def test_a_count_keeps_what_its_noun_achieved_and_passes_over_a_bracket():
    claims = by_text(extract("Đến hết năm 2023, tỉnh có 40/90 xã (44,4%) hoàn thành các tiêu chí xã nông thôn mới nâng cao; "
                             "có 12 xã đạt thu nhập bình quân trên 60 triệu đồng/năm."))
    assert claims["40/90 xã"].subject.startswith("xã hoàn thành các tiêu chí")
    assert claims["12 xã"].subject.startswith("xã đạt thu nhập bình quân")


def test_a_growth_exceeding_its_resolution_target_by_a_percent_exceeds_it_in_points():
    claims = by_text(extract("Năm 2021, GRDP ước tăng 7,5% so với năm 2020 (vượt mục tiêu Nghị quyết 0,5%)."))
    assert (claims["0,5%"].measure, claims["0,5%"].basis) == ("change", "target")


def test_an_amount_exceeding_its_plan_by_a_percent_is_a_growth():
    claims = by_text(extract("Năm 2021, kim ngạch nhập khẩu ước đạt 2,5 tỷ USD, tăng 53%, vượt 40% kế hoạch."))
    assert (claims["40%"].measure, claims["40%"].basis) == ("growth", "plan")


def test_places_that_completed_their_plan_are_listed_with_their_ratios():
    claims = by_text(extract("Năm 2021, có 2 huyện đã hoàn thành chỉ tiêu tỉnh giao là Quế Sơn (100,1%), Nam Giang (100,9%)."))
    assert (claims["100,1%"].measure, claims["100,1%"].basis, claims["100,1%"].place) == ("ratio", "target", "Quế Sơn")


def test_a_list_item_without_a_verb_keeps_the_estimate_of_the_item_before():
    claims = by_text(extract("Nhiều mặt hàng tăng, gồm cà phê ước đạt 12,5 triệu USD (tăng 8,1%); hạt điều 40,2 triệu USD "
                             "(tăng 3,3%); cao su đạt 7,7 triệu USD.", date="2023-09-30"))
    assert claims["40,2 triệu USD"].modality == "estimate" and claims["3,3%"].modality == "estimate"
    assert claims["7,7 triệu USD"].modality == "actual"  # its own verb: a new statement


def test_a_plan_word_before_a_conjunction_is_the_base_of_the_figure_before():
    claims = by_text(extract("Dịch vụ ước đạt 3.741 tỷ đồng, đạt 48,58% kế hoạch và tăng 2,49% so cùng kỳ.",
                             date="2020-06-30"))
    assert (claims["2,49%"].measure, claims["2,49%"].modality) == ("growth", "estimate")


def test_the_same_period_of_a_named_year_is_the_same_period():
    claim = by_text(extract("Sáu tháng đầu năm 2017 thành lập mới 420 doanh nghiệp, tổng vốn đăng ký tăng 72,66% "
                            "về số vốn so với cùng kỳ năm 2016.", date="2017-07-05"))["72,66%"]
    assert claim.basis == "same_period"


def test_a_plan_year_named_in_the_lead_is_not_the_period_of_the_results_after_it():
    text = ("Huyện Tân Hồng họp đánh giá kết quả và triển khai phương hướng, nhiệm vụ năm 2015.\n\n"
            "Theo báo cáo, thu nhập bình quân đạt 28 triệu đồng/người/năm.")
    claim = by_text(extract(text, date="2014-12-28"))["28 triệu đồng/người/năm"]
    assert (claim.period, claim.modality) == ("2014", "actual")


def test_a_headline_below_the_page_date_takes_the_body_estimate():
    text = ("Thứ 3, 29/11/2022, 07:29\n\nHuyện Hưng Hà: giá trị sản xuất tăng 10,79%\n\n"
            "Tổng giá trị sản xuất toàn huyện ước đạt 14.802 tỷ đồng, tăng 10,79% so với cùng kỳ.")
    headline = extract(text, date="2022-09-22")[0]
    assert (headline.text, headline.modality) == ("10,79%", "estimate")


def test_a_rate_said_after_a_count_out_of_its_whole_is_a_share():
    claims = by_text(extract("Toàn tỉnh có 71/179 trường mầm non đạt chuẩn, đạt tỷ lệ 39,7%; vùng nông thôn có "
                             "47/147 trường đạt chuẩn (tỷ lệ 32%).", date="2017-06-01"))
    assert (claims["39,7%"].measure, claims["39,7%"].basis) == ("share", None)
    assert claims["32%"].measure == "share"


def test_a_yearly_average_fall_of_a_rate_is_a_change_against_the_year_before():
    claim = by_text(extract("Tỷ lệ hộ nghèo giảm còn 1,36% vào cuối năm 2020, bình quân mỗi năm giảm 1,17%.",
                            date="2020-08-10"))["1,17%"]
    assert (claim.measure, claim.basis, claim.value, claim.subject) == ("change", "prior_year", -1.17, "Tỷ lệ hộ nghèo")


def test_a_base_named_after_a_bracketed_amount_is_the_figures_base():
    claims = by_text(extract("Toàn tỉnh gieo trồng được 81.195 ha, vượt 3,08% (vượt 2.425 ha) so với kế hoạch và tăng "
                             "0,94% (tăng 755 ha) so với cùng kỳ.", date="2024-06-28"))
    assert claims["3,08%"].basis == "plan" and claims["0,94%"].basis == "same_period"


def test_the_aspect_between_a_figure_and_its_base_does_not_hide_the_base():
    claim = by_text(extract("Xuất khẩu cà phê giảm 18,28% về lượng nhưng tăng 10,55% về giá trị so với cùng kỳ.",
                            date="2022-03-05"))["10,55%"]
    assert claim.basis == "same_period"


def test_the_parts_listed_after_phan_theo_keep_the_estimate_of_the_total():
    claims = by_text(extract("GRDP 6 tháng đầu năm 2024 ước tính tăng 3,02% so với cùng kỳ. Phân theo khu vực: nông "
                             "nghiệp tăng 4,26% (đóng góp 0,86%); công nghiệp tăng 0,40% (đóng góp tăng 0,12%).",
                             date="2024-06-28"))
    assert claims["4,26%"].modality == "estimate" and claims["4,26%"].period == "2024-01/2024-06"
    assert (claims["0,12%"].measure, claims["0,12%"].modality) == ("share", "estimate")


def test_billions_with_nothing_after_them_are_dong():
    claim = by_text(extract("Tổng doanh thu du lịch ước đạt 1.496 tỷ, đạt 87,38% kế hoạch.", date="2017-10-01"))["1.496 tỷ"]
    assert (claim.value, claim.unit) == (1496e9, "VND")


def test_the_plan_year_of_a_ratio_is_not_carried_as_the_period():
    claims = by_text(extract("Trong 2 tháng đầu năm 2022, xuất khẩu ước đạt 146 triệu USD, đạt 17,94% kế hoạch năm 2022. "
                             "Cụ thể, cà phê ước đạt 12,06 ngàn tấn.", date="2022-03-05"))
    assert claims["12,06 ngàn tấn"].period == "2022-01/2022-02"


def test_a_period_after_a_comparison_belongs_to_the_compared_figure():
    claim = by_text(extract("Riêng trong quý III năm 2020, chỉ số sản xuất công nghiệp tăng 7,32% so với cùng kỳ, cao hơn "
                            "mức tăng của quý II (2,09%).", date="2020-09-30"))["7,32%"]
    assert claim.period == "2020-07/2020-09"


def test_the_structure_of_the_economy_is_made_of_shares():
    claims = by_text(extract("Cơ cấu giá trị sản xuất Nông – Lâm – Thủy sản đạt 44,16%; Công nghiệp – Xây dựng: 31,74%.",
                             date="2017-12-20"))
    assert claims["44,16%"].measure == "share" and claims["31,74%"].measure == "share"
    assert claims["44,16%"].subject == "Cơ cấu giá trị sản xuất Nông – Lâm – Thủy sản"


def test_a_verb_of_the_clause_before_a_semicolon_does_not_govern_the_next_figure():
    claim = by_text(extract("Có thêm 1 trường đạt chuẩn quốc gia; 96,38% dân số tham gia bảo hiểm y tế.",
                            date="2017-12-20"))["96,38%"]
    assert (claim.measure, claim.basis) == ("share", None)


def test_a_plan_word_right_after_a_ratio_is_its_base_not_a_new_target():
    claims = by_text(extract("Khách quốc tế là 289 ngàn lượt đạt 85,03% kế hoạch năm tăng 11,8% so với cùng kỳ.",
                             date="2017-10-01"))
    assert (claims["11,8%"].measure, claims["11,8%"].modality) == ("growth", "actual")
    planned = by_text(extract("Công nghiệp ước tăng 10,85%/KH tăng 7,5-8,5%.", date="2022-12-20"))["7,5-8,5%"]
    assert planned.modality == "target"


def test_a_label_before_a_colon_names_the_figure_after_it():
    claims = by_text(extract("Cơ cấu giá trị sản xuất nông, lâm nghiệp đạt 44,16%; công nghiệp - xây dựng: 31,74%; "
                             "dịch vụ: 24,1%.", date="2017-12-20"))
    assert claims["44,16%"].subject == "Cơ cấu giá trị sản xuất nông, lâm nghiệp"
    assert (claims["31,74%"].subject, claims["24,1%"].subject) == ("công nghiệp - xây dựng", "dịch vụ")


def test_the_items_of_a_list_of_targets_are_targets():
    claims = by_text(extract("Các chỉ tiêu chủ yếu đề ra là: Tốc độ tăng trưởng kinh tế đạt từ 7,5% trở lên; giá trị "
                             "xuất khẩu đạt 2,2 tỷ USD; có thêm 10 xã đạt chuẩn nông thôn mới.", date="2019-12-26"))
    assert {claims[t].modality for t in ("7,5%", "2,2 tỷ USD", "10 xã")} == {"target"}


def test_a_plan_year_in_the_lead_is_the_period_of_the_plan_items_that_follow():
    text = ("25 nhóm chỉ tiêu năm 2024 vừa được HĐND tỉnh thông qua. 11 chỉ tiêu kinh tế gồm:\n"
            "- Tốc độ tăng trưởng kinh tế: trên 10%\n- Thu ngân sách nhà nước: 12.800 tỷ đồng\n")
    claims = by_text(extract(text, date="2023-12-11"))
    assert (claims["12.800 tỷ đồng"].modality, claims["12.800 tỷ đồng"].period) == ("target", "2024")


def test_a_count_of_targets_announcing_a_list_is_actual_and_its_items_are_targets():
    text = "8 chỉ tiêu xã hội gồm:\n\n- Tỷ lệ trường học đạt chuẩn quốc gia: 68%\n\n- Tỷ lệ bao phủ BHYT đạt trên 97%\n"
    claims = by_text(extract(text, date="2023-12-11"))
    assert claims["8 chỉ tiêu"].modality == "actual"
    assert claims["68%"].modality == claims["97%"].modality == "target"


def test_a_rate_to_reach_in_a_list_of_targets_is_a_target_level_not_a_percent_of_plan():
    text = "3 chỉ tiêu môi trường gồm:\n\n- Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%\n"
    claim = by_text(extract(text, date="2023-12-11"))["96%"]
    assert (claim.measure, claim.basis, claim.modality) == ("level", None, "target")


def test_a_place_after_cua_locates_the_place_before_it():
    text = "Hải Hậu là huyện đồng bằng ven biển của tỉnh Nam Định, có 32 xã và 3 thị trấn, dân số gần 30 vạn người."
    assert by_text(extract(text))["30 vạn người"].place == "Hải Hậu"


def test_a_cue_framing_the_sentence_with_its_period_covers_every_figure_of_it():
    claims = by_text(extract("Ước quý III năm 2020, tổng vốn đầu tư thực hiện là 1.370,4 tỷ đồng, đạt 32,1% kế hoạch năm.",
                             date="2020-09-25"))
    assert claims["1.370,4 tỷ đồng"].modality == claims["32,1%"].modality == "estimate"


def test_a_base_named_by_a_quarter_and_its_year_is_the_same_period():
    claim = by_text(extract("Doanh thu bán lẻ quý I/2025 ước đạt 12.239 tỷ đồng (tăng 8,2% so với quý I/2024).",
                            date="2025-04-05"))["8,2%"]
    assert claim.basis == "same_period"


def test_a_stock_in_an_n_month_report_holds_at_the_end_of_the_span():
    claims = by_text(extract("6 tháng đầu năm 2022, tổng đàn heo 92.942 con, tăng 6% so với cùng kỳ; sản lượng "
                             "kén tằm đạt 3.400 tấn."))
    assert claims["92.942 con"].period == claims["6%"].period == "2022-06"
    assert claims["3.400 tấn"].period == "2022-01/2022-06"


def test_up_to_a_day_a_flow_runs_from_january_and_a_stock_is_the_day():
    claims = by_text(extract("Tính đến ngày 15/9/2020, huyện giải ngân 7,3 tỷ đồng; tỷ lệ hộ nghèo còn 3,2%."))
    assert claims["7,3 tỷ đồng"].period == "2020-01/2020-09-15"
    assert claims["3,2%"].period == "2020-09-15"


def test_public_investment_done_up_to_a_day_is_a_flow_from_january():
    claims = by_text(extract("Khối lượng thực hiện vốn đầu tư công tính đến 15/9/2020 đạt 7,625 tỷ đồng."))
    assert claims["7,625 tỷ đồng"].period == "2020-01/2020-09-15"


def test_a_year_that_qualifies_a_noun_is_not_carried_to_later_figures():
    claims = by_text(extract("Báo cáo tháng 10/2023.\nTheo chuẩn nghèo giai đoạn 2021-2025, huyện còn 320 hộ nghèo. "
                             "Tỷ lệ hộ nghèo còn 2,1%.", date="2023-10-20"))
    assert claims["320 hộ"].period != "2021/2025" and claims["2,1%"].period != "2021/2025"


def test_now_carries_within_its_paragraph():
    claims = by_text(extract("Đến nay, giá trị sản xuất đạt 80% kế hoạch. Thu ngân sách gần 421 tỷ đồng.",
                             date="2020-10-28"))
    assert claims["421 tỷ đồng"].period == "2020-01/2020-10-28"


def test_an_amount_restating_a_growth_keeps_its_measure_sign_and_base():
    claims = by_text(extract("Năm 2020, sản lượng lúa giảm 3,1% (2.000 tấn) so với năm 2019."))
    assert (claims["2.000 tấn"].measure, claims["2.000 tấn"].value, claims["2.000 tấn"].basis) == \
        ("change", -2000, "prior_year")
    claims = by_text(extract("Năm 2021, xuất khẩu tăng 13,2% (tương ứng tăng 16 tỷ USD)."))
    assert claims["16 tỷ USD"].measure == "change" and claims["16 tỷ USD"].value == 16e9


def test_the_amount_a_ratio_stands_for_is_a_level():
    claims = by_text(extract("Năm 2020, giá trị sản xuất đạt gần 80% kế hoạch, tương đương 5.919 tỷ đồng."))
    assert (claims["5.919 tỷ đồng"].measure, claims["5.919 tỷ đồng"].basis) == ("level", None)


def test_an_explicit_minus_wins_over_the_verb():
    assert extract("Năm 2020, GRDP tăng -2% so với cùng kỳ.")[0].value == -2


def test_the_base_value_of_the_same_period_is_that_period_a_year_earlier():
    claims = by_text(extract("6 tháng đầu năm 2023, Hải Phòng có kim ngạch 11,5 tỷ USD, tương đương so với kết quả "
                             "11,47 tỷ USD của cùng kỳ 2022."))
    assert (claims["11,47 tỷ USD"].measure, claims["11,47 tỷ USD"].period) == ("level", "2022-01/2022-06")


def test_a_month_before_in_the_same_year_is_another_base():
    claims = by_text(extract("Tháng 6/2023, xuất khẩu đạt 29 tỷ USD, tăng 5% so với tháng 5/2023."))
    assert claims["5%"].basis == "other"


def test_a_league_table_keeps_the_indicator_of_its_lead():
    claims = by_text(extract("Năm 2023, TP HCM dẫn đầu về kim ngạch xuất khẩu với 19,95 tỷ USD. Xếp thứ 2 là "
                             "Bắc Ninh với kim ngạch xuất khẩu đạt 17,06 tỷ USD; Bình Dương ở vị trí thứ ba với "
                             "kim ngạch đạt 14,75 tỷ USD."))
    assert "thứ" not in claims["17,06 tỷ USD"].subject and "thứ" not in claims["14,75 tỷ USD"].subject
    assert claims["19,95 tỷ USD"].place == "Hồ Chí Minh" and claims["17,06 tỷ USD"].place == "Bắc Ninh"


def test_a_subject_survives_a_bracket_before_its_verb():
    claims = by_text(extract("Năm 2022, tốc độ tăng giá trị sản xuất (giá so sánh năm 2010) đạt 16%."))
    assert claims["16%"].subject.startswith("tốc độ tăng giá trị sản xuất") and claims["16%"].measure == "growth"


def test_the_count_in_brackets_after_a_rate_counts_its_group():
    claims = by_text(extract("Năm 2025, tỷ lệ số xã đạt chuẩn nông thôn mới đạt 50% (8 xã)."))
    assert claims["8 xã"].subject == "xã đạt chuẩn nông thôn mới"


def test_a_heading_of_main_targets_makes_its_items_targets():
    claims = by_text(extract("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025 1. Tốc độ tăng giá trị sản xuất bình quân "
                             "hàng năm đạt 16%. 2. Thu nhập bình quân đầu người: 60 triệu đồng.", date="2020-08"))
    assert claims["16%"].modality == claims["60 triệu đồng"].modality == "target"
    assert claims["16%"].basis == "prior_year"


def test_sectors_take_the_modality_of_the_economy_s_growth():
    claims = by_text(extract("Năm 2022, GRDP ước tăng 12,64% so cùng kỳ. Theo Cục Thống kê, đây là lần đầu tiên.\n"
                             "Trong mức tăng chung, khu vực dịch vụ tăng 13,19%, đóng góp 6,88 điểm phần trăm."))
    assert claims["13,19%"].modality == claims["6,88 điểm phần trăm"].modality == "estimate"


def test_each_claim_has_a_confidence_that_falls_with_each_field_defaulted():
    claims = by_text(extract("Năm 2020, thu ngân sách huyện Ba Chẽ đạt 36 tỷ đồng. Tăng 5%.\n12 xã đạt chuẩn."))
    assert all(0 <= c.confidence <= 1 for c in claims.values())
    assert claims["36 tỷ đồng"].confidence > claims["5%"].confidence
    assert extract(BUDGET)[0].to_dict("d")["confidence"] == extract(BUDGET)[0].confidence


def test_a_count_said_as_the_rise_of_the_indicator_keeps_that_indicator():
    claims = by_text(extract("Năm 2020, số lao động có việc làm đạt 12.000 người, tăng 500 người (tăng 3%); "
                             "giảm 86 hộ cận nghèo."))
    assert claims["500 người"].subject == "số lao động có việc làm"
    assert "cận nghèo" in claims["86 hộ"].subject


def test_a_percent_restating_a_change_is_its_growth():
    claims = by_text(extract("Năm 2020, diện tích lúa là 25.000 ha, giảm 300 ha (bằng 1,2%)."))
    assert (claims["1,2%"].measure, claims["1,2%"].value) == ("growth", -1.2)


def test_a_described_year_and_the_months_still_to_come_are_not_the_period():
    text = ("Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2021\n"
            "Năm 2021 là năm đầu tiên thực hiện kế hoạch 5 năm; thu ngân sách trên địa bàn đạt 76,75%.")
    assert extract(text, date="2021-07-12")[0].period == "2021-01/2021-06"


def test_a_herd_said_of_a_quarter_holds_at_its_end_and_a_national_note_is_about_the_country():
    claims = by_text(extract("Tổng số trâu của cả nước trong quý I/2022 giảm khoảng 2% so với quý I/2021; sản lượng "
                             "thịt trâu hơi xuất chuồng quý I/2022 ước đạt 33,9 nghìn tấn.", date="2022-04-20"))
    assert claims["2%"].period == "2022-03" and claims["33,9 nghìn tấn"].period == "2022-01/2022-03"
    assert claims["33,9 nghìn tấn"].place == "Việt Nam"


def test_a_national_event_is_not_the_country_as_a_place():
    from chitieu.extract.places import find_places

    assert find_places("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng") == []


def test_now_said_after_the_subject_is_the_article_s_date():
    claims = by_text(extract("Năm 2015, tỷ lệ hộ nghèo là 12%. Tỷ lệ hộ nghèo nay còn 2,1%.", date="2023-10-20"))
    assert (claims["12%"].period, claims["2,1%"].period) == ("2015", "2023-10-20")
