"""Claims read from sentences: what each figure measures, against what, how sure, about what, where, when.
Sentences are written for these tests (real articles stay in ../shared)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import Claim, analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402

BUDGET = ("Huyện Tân Uyên: kết quả 6 tháng\n"
          "Thu ngân sách nhà nước trên địa bàn huyện Tân Uyên 6 tháng năm 2022 đạt 45,6 tỷ đồng, đạt 91,2% dự toán "
          "huyện giao (50 tỷ đồng), tăng 12,5% so với cùng kỳ năm 2021.")



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
            "Năm 2022, thu ngân sách trên địa bàn ước đạt 50 tỷ đồng, tăng 12,7% so với cùng kỳ.")
    headline, body = [c for c in extract(text) if c.unit == "%"]
    assert (headline.value, headline.modality) == (12, "estimate")
    assert body.modality == "estimate"


def test_a_headline_figure_said_as_done_in_the_body_stays_actual():
    text = "Huyện có thêm 3 xã đạt chuẩn\nNăm 2022, huyện có thêm 3 xã đạt chuẩn nông thôn mới; dự kiến năm 2023 có 4 xã."
    assert extract(text)[0].modality == "actual"


def test_a_planned_fall_stated_beside_a_fall_is_negative_too():
    claims = by_text(extract("Năm 2022, tỷ lệ hộ nghèo toàn huyện giảm 1,6%, đạt 120% so với kế hoạch giao đầu năm "
                             "(kế hoạch là 1,3%/năm)."))
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
    claim = by_text(extract("Năm 2020, tổng giá trị sản xuất đạt 687,641 tỷ đồng (giá hiện hành)."))["687,641 tỷ đồng"]
    assert claim.value == 687.641e9 and claim.subject == "tổng giá trị sản xuất"


def test_a_base_dated_before_the_verb_is_read_through_its_slashes():
    claims = by_text(extract("Dư nợ tín dụng đến 30/9/2022 là 8.400 tỷ đồng; so với 31/12/2021 tăng 640 tỷ đồng (+8,2%)."))
    assert (claims["640 tỷ đồng"].measure, claims["640 tỷ đồng"].basis) == ("change", "prior_year_end")
    assert claims["+8,2%"].basis == "prior_year_end"


def test_the_items_of_an_estimated_total_are_estimates_until_the_list_ends():
    text = ("- Tín dụng: Dư nợ cho vay ước thực hiện đến 30/6/2021 là 9.800 tỷ đồng, cụ thể như sau:\n"
            "+ Dư nợ của các ngân hàng thương mại là 8.100 tỷ đồng.\n"
            "+ Dư nợ của Ngân hàng Chính sách xã hội là 1.700 tỷ đồng.\n"
            "- Nợ xấu đến 30/6/2021 là 120 tỷ đồng.")
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
    claims = by_text(extract("Năm 2023, tổng vốn đầu tư toàn xã hội ước đạt 1.864 tỷ đồng/KH 1.700-1.800 tỷ đồng."))
    assert claims["1.700-1.800 tỷ đồng"].subject == "tổng vốn đầu tư toàn xã hội"


def test_lower_than_is_a_verb_not_a_subject():
    claims = by_text(extract("Năm 2023, số hộ nghèo là 2.436 hộ, chiếm tỷ lệ 7,18%, thấp hơn 1,42% so với năm 2022."))
    assert claims["1,42%"].subject == "số hộ nghèo"


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
    claims = by_text(extract("Năm 2021, có 2 huyện đã hoàn thành chỉ tiêu tỉnh giao là Duy Xuyên (101,4%), Tiên Phước (100,6%)."))
    assert (claims["101,4%"].measure, claims["101,4%"].basis, claims["101,4%"].place) == ("ratio", "target", "Duy Xuyên")


def test_a_list_item_without_a_verb_keeps_the_estimate_of_the_item_before():
    claims = by_text(extract("Nhiều mặt hàng tăng, gồm cà phê ước đạt 12,5 triệu USD (tăng 8,1%); hạt điều 40,2 triệu USD "
                             "(tăng 3,3%); cao su đạt 7,7 triệu USD.", date="2023-09-30"))
    assert claims["40,2 triệu USD"].modality == "estimate" and claims["3,3%"].modality == "estimate"
    assert claims["7,7 triệu USD"].modality == "actual"  # its own verb: a new statement


def test_a_plan_word_before_a_conjunction_is_the_base_of_the_figure_before():
    claims = by_text(extract("Khu vực thương mại ước đạt 1.286 tỷ đồng, đạt 52,7% kế hoạch và tăng 4,15% so cùng kỳ.",
                             date="2021-06-30"))
    assert (claims["4,15%"].measure, claims["4,15%"].modality) == ("growth", "estimate")


def test_the_same_period_of_a_named_year_is_the_same_period():
    claim = by_text(extract("Sáu tháng đầu năm 2017 thành lập mới 420 doanh nghiệp, tổng vốn đăng ký tăng 58,34% "
                            "so với cùng kỳ năm 2016.", date="2017-07-05"))["58,34%"]
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
    claims = by_text(extract("Toàn tỉnh gieo trồng được 64.380 ha, vượt 2,64% (vượt 1.658 ha) so với kế hoạch và tăng "
                             "1,27% (tăng 807 ha) so với cùng kỳ.", date="2024-06-28"))
    assert claims["2,64%"].basis == "plan" and claims["1,27%"].basis == "same_period"


def test_the_aspect_between_a_figure_and_its_base_does_not_hide_the_base():
    claim = by_text(extract("Xuất khẩu cà phê giảm 18,28% về lượng nhưng tăng 10,55% về giá trị so với cùng kỳ.",
                            date="2022-03-05"))["10,55%"]
    assert claim.basis == "same_period"


def test_the_parts_listed_after_phan_theo_keep_the_estimate_of_the_total():
    claims = by_text(extract("GRDP 6 tháng đầu năm 2023 ước tính tăng 5,17% so với cùng kỳ. Phân theo khu vực: nông "
                             "nghiệp tăng 2,84% (đóng góp 0,63%); công nghiệp tăng 0,52% (đóng góp tăng 0,17%).",
                             date="2023-06-27"))
    assert claims["2,84%"].modality == "estimate" and claims["2,84%"].period == "2023-01/2023-06"
    assert (claims["0,17%"].measure, claims["0,17%"].modality) == ("share", "estimate")


def test_billions_with_nothing_after_them_are_dong():
    claim = by_text(extract("Doanh thu du lịch ước đạt 1.235 tỷ, đạt 81,6% kế hoạch.", date="2017-10-01"))["1.235 tỷ"]
    assert (claim.value, claim.unit) == (1235e9, "VND")


def test_the_plan_year_of_a_ratio_is_not_carried_as_the_period():
    claims = by_text(extract("Trong 2 tháng đầu năm 2022, xuất khẩu ước đạt 146 triệu USD, đạt 17,94% kế hoạch năm 2022. "
                             "Cụ thể, cà phê ước đạt 12,06 ngàn tấn.", date="2022-03-05"))
    assert claims["12,06 ngàn tấn"].period == "2022-01/2022-02"


def test_a_period_after_a_comparison_belongs_to_the_compared_figure():
    claim = by_text(extract("Riêng quý III năm 2020, chỉ số sản xuất công nghiệp tăng 5,48% so với cùng kỳ, cao hơn "
                            "mức tăng của quý II (1,7%).", date="2020-09-30"))["5,48%"]
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
    claims = by_text(extract("Khách nội địa là 412 ngàn lượt đạt 78,64% kế hoạch năm tăng 9,3% so với cùng kỳ.",
                             date="2017-10-01"))
    assert (claims["9,3%"].measure, claims["9,3%"].modality) == ("growth", "actual")
    planned = by_text(extract("Công nghiệp - xây dựng ước tăng 9,12%/KH tăng 8-9%.", date="2022-12-20"))["8-9%"]
    assert planned.modality == "target"


def test_a_label_before_a_colon_names_the_figure_after_it():
    claims = by_text(extract("Cơ cấu giá trị sản xuất nông, lâm nghiệp đạt 44,16%; công nghiệp - xây dựng: 31,74%; "
                             "dịch vụ: 24,1%.", date="2017-12-20"))
    assert claims["44,16%"].subject == "Cơ cấu giá trị sản xuất nông, lâm nghiệp"
    assert (claims["31,74%"].subject, claims["24,1%"].subject) == ("công nghiệp - xây dựng", "dịch vụ")


def test_the_items_of_a_list_of_targets_are_targets():
    claims = by_text(extract("Các chỉ tiêu chủ yếu của kế hoạch là: Tốc độ tăng trưởng kinh tế đạt từ 6,8% trở lên; "
                             "kim ngạch xuất khẩu đạt 1,6 tỷ USD; có thêm 7 xã đạt chuẩn nông thôn mới.", date="2019-12-26"))
    assert {claims[t].modality for t in ("6,8%", "1,6 tỷ USD", "7 xã")} == {"target"}


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
    claims = by_text(extract("Năm 2021, tốc độ tăng giá trị sản xuất (theo giá so sánh 2010) đạt 14,5%."))
    assert claims["14,5%"].subject.startswith("tốc độ tăng giá trị sản xuất") and claims["14,5%"].measure == "growth"


def test_the_count_in_brackets_after_a_rate_counts_its_group():
    claims = by_text(extract("Năm 2025, tỷ lệ số xã đạt chuẩn nông thôn mới đạt 50% (8 xã)."))
    assert claims["8 xã"].subject == "xã đạt chuẩn nông thôn mới"


def test_a_heading_of_main_targets_makes_its_items_targets():
    claims = by_text(extract("MỘT SỐ CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 1. Tốc độ tăng tổng giá trị sản phẩm bình quân "
                             "hàng năm đạt 11,5%. 2. Thu nhập bình quân một người: 95 triệu đồng.", date="2025-06"))
    assert claims["11,5%"].modality == claims["95 triệu đồng"].modality == "target"
    assert claims["11,5%"].basis == "same_period"  # (a growth rate each year keeps its default base, as the dev gold reads it)


def test_sectors_take_the_modality_of_the_economy_s_growth():
    claims = by_text(extract("Năm 2021, GRDP ước tăng 8,27% so cùng kỳ. Theo Cục Thống kê, đây là mức tăng khá.\n"
                             "Trong mức tăng chung, khu vực dịch vụ tăng 9,41%, đóng góp 4,52 điểm phần trăm."))
    assert claims["9,41%"].modality == claims["4,52 điểm phần trăm"].modality == "estimate"


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


def test_figures_said_in_turn_hold_for_the_places_listed_in_that_order():
    claims = by_text(extract("Năm 2023, kim ngạch xuất khẩu của cả nước tăng. Theo sau là Lào Cai, Yên Bái và Sơn La, "
                             "với kim ngạch xuất khẩu lần lượt đạt 5,6 tỷ USD, 5,3 tỷ USD và 5,1 tỷ USD."))
    assert [claims[t].place for t in ("5,6 tỷ USD", "5,3 tỷ USD", "5,1 tỷ USD")] == ["Lào Cai", "Yên Bái", "Sơn La"]


def test_figures_in_turn_take_the_places_of_the_sentence_before_when_theirs_names_none():
    claims = by_text(extract("Dẫn đầu là Lào Cai, thứ hai là Yên Bái. Kim ngạch lần lượt là: 5,6 tỷ USD và 5,3 tỷ USD."))
    assert (claims["5,6 tỷ USD"].place, claims["5,3 tỷ USD"].place) == ("Lào Cai", "Yên Bái")


def test_a_count_of_provinces_belongs_to_the_country():
    assert extract("Năm 2023 có 19 tỉnh đạt kim ngạch trên 1 tỷ USD.")[0].place == "Việt Nam"


def test_a_month_opening_a_sentence_without_its_year_is_in_the_year_reported_on():
    claims = by_text(extract("Lũy kế 9 tháng năm 2025, xuất khẩu đạt 80 tỷ USD. Tháng 9, xuất khẩu đạt 9 tỷ USD."))
    assert (claims["80 tỷ USD"].period, claims["9 tỷ USD"].period) == ("2025-01/2025-09", "2025-09")


def test_a_period_said_inside_a_later_item_of_a_list_is_that_item_s_own():
    claims = by_text(extract("6 tháng đầu năm 2016, chăn nuôi ổn định; tổng đàn lợn tại thời điểm 1/4/2016 là 794 "
                             "nghìn con; sản lượng thịt lợn hơi ước 77 nghìn tấn."))
    assert (claims["794 nghìn con"].period, claims["77 nghìn tấn"].period) == ("2016-04-01", "2016-01/2016-06")


def test_a_figure_whose_sentence_names_no_indicator_keeps_the_one_said_before():
    claims = by_text(extract("Năm 2022, kim ngạch xuất khẩu của Hà Giang đạt 5 tỷ USD. Lào Cai đứng thứ 2 với 4 tỷ USD."))
    assert claims["4 tỷ USD"].subject == "kim ngạch xuất khẩu" and claims["4 tỷ USD"].place == "Lào Cai"


def test_the_indicator_before_a_comma_leads_a_league_table():
    claims = by_text(extract("Về kim ngạch xuất khẩu, Lào Cai dẫn đầu với 20 tỷ USD, Yên Bái đứng thứ hai với 15 tỷ USD."))
    assert claims["20 tỷ USD"].subject == "kim ngạch xuất khẩu" == claims["15 tỷ USD"].subject


def test_an_amount_that_falls_by_a_measured_quantity_changes_and_its_percent_restates_the_fall():
    claims = by_text(extract("Năm 2023, diện tích lúa giảm 300 ha (bằng 1,2%)."))
    assert (claims["300 ha"].measure, claims["300 ha"].value) == ("change", -300)
    assert (claims["1,2%"].measure, claims["1,2%"].value, claims["1,2%"].basis) == ("growth", -1.2, "same_period")


def test_the_same_crop_season_a_year_before_is_the_same_period():
    claim = by_text(extract("Vụ xuân 2016, năng suất lúa đạt 69,3 tạ/ha, tăng 0,1 tạ/ha so với vụ xuân 2015."))["0,1 tạ/ha"]
    assert (claim.measure, claim.basis) == ("change", "same_period")


def test_a_verb_with_its_degree_and_a_restatement_s_opener_are_not_the_subject():
    claims = by_text(extract("Năm 2022, kim ngạch xuất khẩu đạt 14 tỷ USD, tăng mạnh 60%, tương đương tăng thêm 5 tỷ USD."))
    assert claims["60%"].subject == "kim ngạch xuất khẩu" == claims["5 tỷ USD"].subject


def test_the_noun_counted_after_a_verb_of_happening_names_the_count():
    assert extract("Trong năm 2023 xảy ra 5 vụ tai nạn giao thông.")[0].subject.startswith("vụ tai nạn giao thông")


def test_a_trading_floor_is_no_plan_given():
    assert extract("Năm 2023, sàn giao dịch việc làm tổ chức 12 phiên.")[0].modality == "actual"


def test_points_after_a_growth_rate_are_a_change_and_a_contribution_in_points_a_share():
    claims = by_text(extract("Tốc độ tăng trưởng kinh tế năm 2024 đạt 7,5%, tăng 0,48 điểm phần trăm so với cùng kỳ; "
                             "khu vực dịch vụ tăng 3%, đóng góp 0,31 điểm phần trăm."))
    assert (claims["0,48 điểm phần trăm"].measure, claims["0,31 điểm phần trăm"].measure) == ("change", "share")


def test_up_to_a_day_leaves_no_word_of_the_period_in_the_subject():
    claim = extract("Thu ngân sách nhà nước tính đến ngày 30/9/2024 đạt 100 tỷ đồng.")[0]
    assert (claim.subject, claim.period) == ("Thu ngân sách nhà nước", "2024-01/2024-09-30")


def test_a_line_broken_inside_a_figure_or_after_a_comma_is_read_as_a_space():
    claims = by_text(extract("Trong 10 tháng năm 2012, số khách đạt 3.475\nnghìn lượt khách, doanh thu ước đạt 692 tỷ đồng,\n"
                             "tăng 18,2%."))
    assert claims["3.475\nnghìn lượt khách"].value == 3475000
    assert (claims["18,2%"].modality, claims["18,2%"].period) == ("estimate", "2012-01/2012-10")


def test_a_target_set_out_after_phan_dau_reaches_past_a_comma():
    claims = by_text(extract("Năm 2030, tỉnh phấn đấu thêm 7 xã đạt chuẩn, đồng thời nâng bình quân đạt trên 12 tiêu chí/xã."))
    assert claims["7 xã"].modality == "target" == claims["12 tiêu chí/xã"].modality


def test_a_place_inside_a_bracket_does_not_hold_the_count_after_it():
    text = "Huyện Lạc Sơn có diện tích 457 km2 (bằng 1/3 diện tích của tỉnh Hòa Bình) có 26 xã. Lạc Sơn có 29 xã."
    claims = by_text(extract(text))
    assert claims["26 xã"].place == "Lạc Sơn"
    assert (claims["1/3"].measure, round(claims["1/3"].value, 2), claims["1/3"].unit) == ("share", 33.33, "%")


def test_the_words_after_a_count_belong_to_its_noun_not_to_the_next_figure():
    claims = by_text(extract("Đến nay, cả nước có 1.860 xã đạt chuẩn nâng cao và 340 xã đạt chuẩn kiểu mẫu."))
    assert claims["340 xã"].subject == "xã đạt chuẩn kiểu mẫu"


def test_a_share_or_an_amount_names_what_it_measures_after_it_when_nothing_comes_before():
    assert extract("Đến nay, cả nước có khoảng 78% số xã đạt chuẩn.")[0].subject.startswith("số xã đạt chuẩn")
    assert extract("Hơn 1 tỷ USD vốn FDI đổ vào Việt Nam năm 2023")[0].subject.startswith("vốn FDI")


def test_a_count_of_what_a_rate_is_of_keeps_the_rate_s_indicator():
    claims = by_text(extract("Năm 2020, khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt."))
    assert claims["3.000 lượt"].subject == "khách quốc tế"


def test_the_indicator_after_with_is_what_a_ranked_place_measures():
    claim = extract("Năm 2022, Hà Giang là địa phương thu hút nhiều vốn nhất với tổng vốn đăng ký 306 triệu USD.")[0]
    assert claim.subject == "tổng vốn đăng ký"


def test_a_headline_count_takes_the_body_estimate_whatever_its_counting_noun():
    claims = extract("10 tháng, lượng khách đạt trên 3,4 triệu lượt người\n"
                     "Trong 10 tháng năm 2012, tổng số khách ước đạt 3.475 nghìn lượt khách.")
    assert claims[0].modality == "estimate"


def test_a_district_named_once_stays_the_article_s_place_beside_communes():
    text = ("Na Rì: kết quả 6 tháng\nNăm 2023, huyện Na Rì đạt 943 ha cây ăn quả. Xã Cường Lợi đạt chuẩn; "
            "xã Kim Lư đạt chuẩn nâng cao.")
    assert analyse(text).place == "Na Rì"


def test_an_estimate_framing_a_sentence_with_its_day_covers_its_figures():
    claims = by_text(extract("Ước tính đến ngày 30-9-2024, tổng diện tích gieo trồng là 77 ngàn ha, đạt 100,09% kế hoạch."))
    assert claims["77 ngàn ha"].modality == "estimate" == claims["100,09%"].modality


def test_a_growth_rate_said_again_as_its_rise_is_a_change_in_points():
    claims = by_text(extract("Năm 2023, tốc độ tăng trưởng giá trị sản xuất đạt 9,64%, tăng 0,41% so với năm 2022."))
    assert (claims["0,41%"].measure, claims["0,41%"].basis) == ("change", "prior_year")


def test_now_said_after_the_subject_with_hien_is_the_article_s_date():
    claims = by_text(extract("6 tháng đầu năm 2023, tổng đàn trâu bò hiện có hơn 8.416 con.", date="2023-07-10"))
    assert claims["8.416 con"].period == "2023-07-10"


def test_a_month_named_with_its_figure_without_a_year_is_that_month():
    claims = by_text(extract("Tính chung 10 tháng năm 2016, chỉ số tăng 7,2%. Chỉ số sản xuất tháng 10 của cả nước "
                             "ước tăng 7% so với cùng kỳ2015."))
    assert (claims["7%"].period, claims["7,2%"].basis, claims["7%"].basis) == ("2016-10", "same_period", "same_period")


def test_the_year_a_work_is_carried_into_is_not_its_period():
    claim = extract("Tính đến hết tháng 10/2023 chuyển tiếp 01 công trình sang năm 2024.")[0]
    assert claim.period == "2023-10"


def test_setting_a_target_makes_the_figures_after_it_targets():
    assert extract("Tỉnh A đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024.")[0].modality == "target"


def test_a_count_of_targets_is_a_fact_and_exceeding_on_them_is_no_change():
    claims = by_text(extract("Kết quả thực hiện kế hoạch năm 2022 so với 15 chỉ tiêu theo Nghị quyết, dự kiến vượt đối "
                             "với 4 chỉ tiêu quan trọng."))
    assert claims["15 chỉ tiêu"].modality == "actual"
    assert (claims["4 chỉ tiêu"].measure, claims["4 chỉ tiêu"].modality) == ("level", "expected")


def test_a_period_after_riêng_or_a_cause_belongs_to_what_follows():
    claims = by_text(extract("Dự kiến tăng trưởng GRDP 9 tháng năm 2024 đạt khoảng 7,5-8%, riêng Quý III ước đạt 8,5%. "
                             "Tính chung 4 tháng đầu năm 2022, thương nghiệp đạt 20 tỷ đồng do từ đầu năm đến nay "
                             "hàng hóa dồi dào.", date="2022-05-10"))
    assert claims["7,5-8%"].period == "2024-01/2024-09"
    assert claims["20 tỷ đồng"].period == "2022-01/2022-04"


def test_a_year_still_to_come_in_the_headline_does_not_date_the_facts_after_it():
    claim = extract("Định hướng phát triển tỉnh A đến năm 2030\nTỉnh A có diện tích tự nhiên là 6.071km2.",
                    date="2023-06-22")[0]
    assert (claim.period, claim.modality) == ("2023-06-22", "actual")


def test_a_figure_of_the_same_period_a_year_before_is_of_that_period():
    claims = by_text(extract("Tính chung 11 tháng năm 2021, doanh thu giảm 8,7%, loại trừ giá giảm 10,4% "
                             "(cùng kỳ năm 2020 giảm 3,8%)."))
    assert claims["3,8%"].period == "2020-01/2020-11" and claims["10,4%"].period == "2021-01/2021-11"


def test_a_headline_figure_takes_the_period_of_its_statement_in_the_body():
    claims = extract("Bán lẻ tăng gần 13% so cùng kỳ\nTháng 10/2018, chỉ số giá tăng 0,32%. Tính chung 10 tháng năm "
                     "2018, tổng mức bán lẻ tăng gần 13% so với cùng kỳ năm 2017.")
    assert claims[0].period == "2018-01/2018-10"


def test_an_estimate_framing_a_sentence_with_months_in_words_covers_its_figures():
    claims = by_text(extract("Dự ước hai tháng đầu năm 2010, tổng mức bán lẻ đạt 59.694 tỉ đồng, tăng 34,7%."))
    assert claims["59.694 tỉ đồng"].modality == "estimate" == claims["34,7%"].modality


def test_bases_named_without_voi_or_as_a_whole_year():
    claims = by_text(extract("Đến hết tháng 9/2021, cả nước có 187 huyện đạt chuẩn, tăng 21 đơn vị so cuối năm 2020. "
                             "Tổng diện tích trồng lúa cả năm 2019 là 128.430ha, giảm 1.860ha (bằng 1,43%) so với cả năm 2018."))
    assert (claims["21 đơn vị"].measure, claims["21 đơn vị"].basis, claims["21 đơn vị"].period) == \
        ("change", "prior_year_end", "2021-09")
    assert claims["1.860ha"].basis == "prior_year" == claims["1,43%"].basis


def test_an_amount_restating_a_fall_after_bang_is_the_fall():
    claim = by_text(extract("Năm 2017, năng suất lúa vụ mùa đạt 41,2 tạ/ha, giảm 20% (bằng 10,3 tạ/ha)."))["10,3 tạ/ha"]
    assert (claim.measure, round(claim.value, 3)) == ("change", -1.03)


def test_the_noun_after_a_figure_belongs_to_it_and_a_share_of_the_number_of_names_it():
    claims = by_text(extract("Vụ mùa năm 2019, toàn tỉnh gieo trồng 58.214ha lúa, giảm 1.273ha so với vụ mùa năm 2018. "
                             "Năm 2022 có 9 tỉnh có 100% số xã đạt chuẩn."))
    assert "lúa" != claims["1.273ha"].subject
    assert claims["100%"].subject.startswith("số xã đạt chuẩn")


def test_the_size_of_a_top_list_is_a_rank_not_a_claim():
    claims = by_text(extract("Năm 2024, 5 địa phương có kim ngạch xuất khẩu cao nhất cả nước lần lượt là Lào Cai "
                             "(3,5 tỷ USD) và Yên Bái (2,8 tỷ USD)."))
    assert "5 địa phương" not in claims and claims["3,5 tỷ USD"].place == "Lào Cai"


def test_a_figure_in_an_opening_with_phrase_holds_for_the_place_of_its_clause():
    claims = by_text(extract("Năm 2025, xuất khẩu cả nước tăng. Đáng chú ý, với 76 tỷ USD, Lào Cai đã dẫn đầu cả nước; "
                             "Yên Bái đạt 5 tỷ USD, Sơn La 4 tỷ USD."))
    assert claims["76 tỷ USD"].place == "Lào Cai" and claims["4 tỷ USD"].place == "Sơn La"


def test_places_joined_by_commas_share_a_figure_and_a_heading_place_holds_its_section():
    claims = by_text(extract("Quý 1/2023, thu từ du lịch của Lào Cai, Yên Bái và Sơn La tăng hơn gấp đôi cùng kỳ.\n\n"
                             "Hà Giang\n\nQuý 1/2023, tổng khách du lịch đạt 5,88 triệu lượt khách.\n\n"
                             "Khách nội địa ước đạt 4,9 triệu lượt khách."))
    assert claims["gấp đôi"].place == ["Lào Cai", "Yên Bái", "Sơn La"]
    assert claims["4,9 triệu lượt khách"].place == "Hà Giang"


# Round two on unseen reports (issue 13): lists of targets, regions, provinces compared, plan terms.

def test_a_resolution_headline_makes_the_body_a_list_of_targets():
    claims = by_text(extract("Mường Tè: Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế – xã hội năm 2024\n\n"
                             "Tổng thu ngân sách đạt 53 tỷ đồng. Trồng mới 2.000ha rừng; duy trì tỷ lệ che phủ rừng đạt 59%.",
                             date="2024-01"))
    assert {c.modality for c in claims.values()} == {"target"}
    assert claims["59%"].subject == "tỷ lệ che phủ rừng"
    results = extract("Mường Tè: Kết quả thực hiện nhiệm vụ năm 2023\n\nTổng thu ngân sách đạt 53 tỷ đồng.", date="2024-01")
    assert results[0].modality == "actual"


def test_a_list_announced_as_the_main_targets_without_a_colon_goes_on_after_ben_canh_do():
    claims = by_text(extract("Năm 2019, huyện Mường Tè tập trung thực hiện các chỉ tiêu chủ yếu như tốc độ tăng trưởng đạt "
                             "15%; đàn bò 38,4 nghìn con (6 tháng đầu năm đạt 100,7%); tỷ lệ hộ nghèo còn 3,15%. Bên cạnh "
                             "đó, hoàn thành xây dựng 5 xã nông thôn mới.", date="2019-08"))
    assert claims["15%"].modality == claims["38,4 nghìn con"].modality == claims["5 xã"].modality == "target"
    assert claims["38,4 nghìn con"].period == "2019"
    assert (claims["100,7%"].measure, claims["100,7%"].modality) == ("ratio", "actual")  # the result so far


def test_the_country_named_before_its_verb_holds_the_figure_and_a_list_of_provinces_is_no_topic():
    claims = by_text(extract("Năm 2019, một số tỉnh năng suất lúa giảm so với cùng kỳ năm trước: Bến Tre giảm 8,3 tạ/ha; "
                             "An Giang giảm 2,5 tạ/ha. Sản lượng lúa cả nước ước tính đạt 20,5 triệu tấn.", date="2019-07"))
    assert claims["20,5 triệu tấn"].place == "Việt Nam" and claims["8,3 tạ/ha"].place == "Bến Tre"
    assert claims["8,3 tạ/ha"].subject == "năng suất lúa"  # the lead before the colon, without its comparison
    claims = by_text(extract("Năm 2019, các tỉnh giảm: Bến Tre giảm 8,3 tạ/ha; An Giang giảm 2,5 tạ/ha.\n"
                             "Sản lượng lúa đạt 20,5 triệu tấn.", date="2019-07", place="Việt Nam"))
    assert claims["20,5 triệu tấn"].place == "Việt Nam"


def test_a_region_of_the_country_is_where_not_what():
    claims = by_text(extract("Năm 2019, diện tích lúa đông xuân đạt 3.123 nghìn ha, trong đó các địa phương phía Bắc đạt "
                             "1.117 nghìn ha; sản lượng lúa ở miền Bắc đạt 7,1 triệu tấn.", date="2019-07"))
    assert claims["1.117 nghìn ha"].subject == "diện tích lúa đông xuân"
    assert claims["7,1 triệu tấn"].subject == "sản lượng lúa"


def test_a_province_heading_a_line_with_its_figure_holds_its_section():
    claims = by_text(extract("6 tháng năm 2024, GDP cả nước tăng 6,42%; Lào Cai, Yên Bái, Sơn La và Hà Giang tăng trên 10%.\n\n"
                             "Hà Nam: 10,39%\n\nTổng sản phẩm trong tỉnh 6 tháng đầu năm 2024 ước đạt 26.891 tỷ đồng.",
                             date="2024-07"))
    assert claims["10,39%"].place == claims["26.891 tỷ đồng"].place == "Hà Nam"


def test_the_same_crop_season_before_and_a_label_of_each_year_name_their_bases():
    claims = by_text(extract("Năm 2019, năng suất lúa đông xuân đạt 65,7 tạ/ha, giảm 0,7 tạ/ha so với vụ đông xuân trước. "
                             "Tỷ lệ tăng chi đầu tư phát triển bình quân hằng năm: 9,5%.", date="2019-07"))
    assert claims["0,7 tạ/ha"].basis == "same_period" and claims["9,5%"].basis == "prior_year"


def test_an_annual_average_in_a_plan_holds_over_the_plans_term():
    claims = by_text(extract("NHỮNG CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2025-2030: 1. Thu nhập bình quân một người đến năm 2030: "
                             "120 triệu đồng. 2. Sản lượng thủy sản bình quân hàng năm: 8.400 tấn. 3. Tổng vốn đầu tư "
                             "toàn xã hội thời kỳ 2026-2030: 14.200 tỷ đồng.", date="2025-07", place="Tam Đường"))
    assert claims["14.200 tỷ đồng"].period == "2026/2030"
    assert claims["8.400 tấn"].period == "2025/2030" and claims["120 triệu đồng"].period == "2030"


def test_hien_before_the_country_is_the_articles_now():
    claim = extract("Hiện cả nước có 2.045 xã được công nhận đạt chuẩn nông thôn mới.", date="2017-03")[0]
    assert claim.period == "2017-03"


def test_an_average_count_names_its_own_subject():
    claims = by_text(extract("Đến tháng 9/2021, toàn tỉnh có 312 xã đạt chuẩn; bình quân toàn tỉnh đạt 16,4 tiêu chí/xã."))
    assert claims["16,4 tiêu chí/xã"].subject == "bình quân tiêu chí"


def test_places_recognised_are_a_status_at_the_end_and_new_ones_a_flow():
    claims = by_text(extract("Trong 6 tháng đầu năm 2022, cả nước có 3 tỉnh đã được công nhận hoàn thành nhiệm vụ xây dựng "
                             "nông thôn mới; có thêm 27 xã được công nhận đạt chuẩn nông thôn mới."))
    assert claims["3 tỉnh"].period == "2022-06" and claims["27 xã"].period == "2022-01/2022-06"


def test_the_natural_increase_of_the_population_is_a_rate_not_a_growth():
    claim = extract("Năm 2023, tỷ lệ tăng dân số tự nhiên của huyện Mường Tè ở mức 0,9%.")[0]
    assert (claim.measure, claim.basis) == ("level", None)


def test_a_comma_glued_before_a_count_separates_list_items():
    claims = by_text(extract("Đến nay, huyện Mường Tè có 06 xã đạt 15-18 tiêu chí,01 xã đạt dưới 10 tiêu chí.", date="2020-10-08"))
    assert claims["01 xã"].value == 1 and claims["10 tiêu chí"].qualifier == "under"


def test_the_rate_of_the_base_period_in_brackets_and_a_comparison_past_a_comma():
    claims = by_text(extract("11 tháng năm 2022, tỷ lệ giải ngân vốn đầu tư công của cả nước 11 tháng qua đạt 58,33% kế hoạch, "
                             "thấp hơn so với cùng kỳ năm 2021 (63,86%).", date="2022-12"))
    assert (claims["58,33%"].measure, claims["58,33%"].basis) == ("ratio", "plan")
    assert (claims["63,86%"].value, claims["63,86%"].measure, claims["63,86%"].period) == (63.86, "ratio", "2021-01/2021-11")
    assert claims["58,33%"].subject == "tỷ lệ giải ngân vốn đầu tư công"


def test_a_whole_years_crop_named_with_its_noun_does_not_date_the_next_sentences():
    claims = by_text(extract("9 tháng đầu năm 2020, huyện Mường Tè gieo trồng 11.409 ha. Năng suất lúa cả năm ước đạt 54 tạ/ha. "
                             "Sản lượng hải sản khai thác 13.863 tấn.", date="2020-10-08"))
    assert claims["54 tạ/ha"].period == "2020" and claims["13.863 tấn"].period == "2020-01/2020-09"


def test_provinces_counted_out_of_63_are_the_countrys():
    claims = by_text(extract("Trong nửa đầu năm 2021, có 15/63 địa phương có tỉ lệ giải ngân đạt trên 3% gồm: Cao Bằng, "
                             "Tuyên Quang, Lào Cai, Vĩnh Phúc và Ninh Bình.", date="2021-07"))
    assert claims["15/63 địa phương"].place == "Việt Nam" == claims["3%"].place


def test_a_growth_rate_keeps_its_name_and_a_subject_survives_a_comma_before_du_kien():
    claims = by_text(extract("Năm 2020, tốc độ tăng trưởng đạt 8,58%. Tỷ lệ hộ nghèo cuối năm 2020, dự kiến còn 2,89%.",
                             place="Tân Kỳ"))
    assert claims["8,58%"].subject == "tốc độ tăng trưởng"
    assert claims["2,89%"].subject == "Tỷ lệ hộ nghèo" and claims["2,89%"].modality == "expected"


def test_an_item_kept_up_after_an_estimate_is_a_fact_and_names_what_it_keeps():
    claims = by_text(extract("Năm 2019, tổng thu ngân sách ước đạt 11 tỷ đồng, bằng 142% kế hoạch; duy trì và nâng cao "
                             "19/19 tiêu chí xây dựng nông thôn mới; duy trì và giữ vững 5 làng văn hóa.", place="Mường Tè"))
    assert claims["11 tỷ đồng"].modality == "estimate" and claims["19/19 tiêu chí"].modality == "actual"
    assert claims["5 làng"].subject.startswith("làng văn hóa")


def test_a_fall_by_a_range_after_giam_tu_is_negative_at_both_ends():
    claim = extract("Năm 2023, mực và thủy sản khác giảm từ 9 - 15% so với cùng kỳ 2022.")[0]
    assert (claim.value, claim.value_max, claim.measure) == (-9, -15, "growth")


def test_the_provinces_of_a_region_are_no_province_named_dong():
    claims = by_text(extract("5 tháng năm 2021, ngành Công Thương các tỉnh Đồng bằng sông Cửu Long cho biết xuất khẩu thủy "
                             "sản của Đồng bằng sông Cửu Long đạt 2 tỷ USD; Sóc Trăng đạt 346,5 triệu USD."))
    assert claims["2 tỷ USD"].place != "Đồng" and claims["346,5 triệu USD"].place == "Sóc Trăng"


def test_a_ratio_to_the_whole_years_plan_keeps_the_figures_period():
    claims = by_text(extract("Sản lượng thịt gia cầm quý I/2022 ước đạt 507,3 nghìn tấn, tăng 5,3% so với quý I/2021 và đạt "
                             "25% kế hoạch cả năm 2022.", place="Việt Nam"))
    assert claims["25%"].period == claims["507,3 nghìn tấn"].period == "2022-01/2022-03"


def test_while_and_a_league_tables_lead_are_not_the_subject():
    claims = by_text(extract("Quý I/2022, tổng số trâu của cả nước giảm khoảng 2%; trong khi tổng số bò tăng khoảng 1,1%. "
                             "Đứng đầu xuất khẩu toàn vùng là tỉnh Sóc Trăng với 346,5 triệu USD."))
    assert claims["1,1%"].subject == "tổng số bò" and claims["346,5 triệu USD"].subject == "kim ngạch xuất khẩu"


def test_the_cells_of_a_table_flattened_to_text_take_the_rows_unit_and_the_columns_year():
    claims = extract("Chỉ tiêu chủ yếu của huyện\n ĐVT 2021 2022 Sơ bộ 2023\n"
                     "1. Mật độ dân số Ng/km2 210 214\n \n219\n2. Thu nhập bình quân đầu người Triệu đồng 40,5 44,1 48\n"
                     "3. Dân số trung bình\nTrong đó: Nam\nNữ\nNgười 100 50 50 102 51 51 104 52 52\n")
    cells = [(c.text, c.value, c.unit, c.period, c.modality, c.subject) for c in claims]
    assert cells[:3] == [("210", 210, "người/km2", "2021", "actual", "Mật độ dân số"),
                         ("214", 214, "người/km2", "2022", "actual", "Mật độ dân số"),
                         ("219", 219, "người/km2", "2023", "estimate", "Mật độ dân số")]
    assert [(c.value, c.unit, c.period) for c in claims[3:6]] == [(40.5e6, "VND", "2021"), (44.1e6, "VND", "2022"),
                                                                  (48e6, "VND", "2023")]
    assert len(claims) == 6  # a row with sub-rows flattened among its cells is left out, not guessed


def test_a_list_of_targets_announced_by_a_heading_with_a_colon_runs_over_its_bulleted_lines():
    claims = by_text(extract("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022:\n\n1. Về kinh tế:\n\n- Tổng diện tích gieo trồng 772 ha\n\n"
                             "+ Lúa 507 ha\n\n2. Về xã hội:\n\n- Tỷ lệ tăng dân số tự nhiên: 0,9%\n\n"
                             "Năm 2021, thu ngân sách đạt 5 tỷ đồng.", date="2022-01-06"))
    assert all(claims[t].modality == "target" for t in ("772 ha", "507 ha", "0,9%"))
    assert claims["0,9%"].measure == "level"  # the rate's name says "tăng", no rise is said
    assert claims["5 tỷ đồng"].modality == "actual"  # prose after the list is no item of it


def test_one_and_five_in_words_count_only_before_a_counted_noun():
    claims = by_text(extract("Năm 2023, toàn tỉnh có thêm một huyện đạt chuẩn; xã A còn năm tiêu chí chưa đạt. "
                             "Đây là một huyện miền núi, trong năm xã đạt thêm 2 tiêu chí; mỗi xã một sản phẩm."))
    assert (claims["một huyện"].value, claims["năm tiêu chí"].value) == (1, 5)
    assert set(claims) == {"một huyện", "năm tiêu chí", "2 tiêu chí"}


def test_a_group_counted_in_words_and_said_again_is_no_new_claim():
    claims = by_text(extract("Bắc Ninh và Thái Nguyên đạt 10 tỷ USD. Hai tỉnh nói trên chiếm 30% kim ngạch."))
    assert "Hai tỉnh" not in claims and "30%" in claims


def test_a_cause_before_the_indicator_it_moved_is_not_its_subject():
    claim = extract("Năm 2023, giá tôm giảm mạnh khiến kim ngạch xuất khẩu giảm 20% so với cùng kỳ.")[0]
    assert claim.subject == "kim ngạch xuất khẩu"


def test_a_line_broken_before_the_verb_keeps_the_subject_and_a_plan_word_is_not_joined_to_it():
    claims = by_text(extract("Năm 2023, tổng thu ngân sách trên địa bàn huyện\nđạt 500 tỷ đồng, đạt trên 98% kế hoạch "
                             "năm, tổng sản lượng lương thực đạt 53.000 tấn."))
    assert claims["500 tỷ đồng"].subject.startswith("tổng thu ngân sách")
    assert claims["53.000 tấn"].subject == "tổng sản lượng lương thực"


def test_a_yearbook_table_with_its_unit_said_once_gives_each_rows_place_its_cells():
    claims = extract("Diện tích lúa đông xuân\nphân theo huyện\n\nĐơn vị tính - Unit: Ha\n\n2021\n\nSơ bộ\nPrel.\n2022\n\n"
                     "TỔNG SỐ - TOTAL\n\n1.200,50\n\n1.180,00\n\n1. Huyện Lập Thạch\nLap Thach district\n\n400,00\n\n"
                     "410,25\n")
    cells = [(c.text, c.value, c.unit, c.period, c.modality, c.place) for c in claims]
    assert cells == [("1.200,50", 1200.5, "ha", "2021", "actual", None), ("1.180,00", 1180, "ha", "2022", "estimate", None),
                     ("400,00", 400, "ha", "2021", "actual", "Lập Thạch"),
                     ("410,25", 410.25, "ha", "2022", "estimate", "Lập Thạch")]
    assert {c.subject for c in claims} == {"Diện tích lúa đông xuân"}


def test_a_text_opening_on_its_one_province_holds_for_it_beside_a_district_named_once():
    claims = extract("Tại Hà Tĩnh, kinh tế năm 2022 phục hồi, tăng trưởng ước đạt 3,98%. Năm 2022, có thêm huyện "
                     "Hương Sơn được công nhận huyện đạt chuẩn NTM; toàn tỉnh có thêm 4 xã đạt chuẩn nông thôn mới.")
    assert {c.place for c in claims} == {"Hà Tĩnh"}


def test_a_sentence_going_on_from_a_goal_with_no_time_of_its_own_sets_goals_of_the_same_year():
    claims = by_text(extract("Cả nước phấn đấu đến năm 2020 số xã đạt chuẩn nông thôn mới chiếm 50%. Bình quân cả nước đạt "
                             "15 tiêu chí/xã. Hiện cả nước có 2.045 xã đạt chuẩn.", date="2017-03"))
    assert (claims["15 tiêu chí/xã"].modality, claims["15 tiêu chí/xã"].period) == ("target", "2020")
    assert claims["2.045 xã"].modality == "actual"


def test_a_resolution_titled_over_two_lines_sets_targets():
    claims = by_text(extract("NGHỊ QUYẾT\n\nVề kế hoạch phát triển kinh tế - xã hội năm 2025\n\nHỘI ĐỒNG NHÂN DÂN HUYỆN\n\n"
                             "Điều 2. Các chỉ tiêu năm 2025\n\n- Thu nhập bình quân đầu người: 55 triệu đồng;\n\n"
                             "- Xây dựng 3-4 xã đạt chuẩn nông thôn mới nâng cao.", date="2024-12-20"))
    assert {c.modality for c in claims.values()} == {"target"}
    assert claims["55 triệu đồng"].period == "2025"


def test_ti_le_spelled_with_i_is_a_rate_like_ty_le():
    claim = by_text(extract("Năm 2026, huyện phấn đấu giảm tỉ lệ hộ nghèo 0,5%.", date="2025-12-01"))["0,5%"]
    assert (claim.measure, claim.value) == ("change", -0.5)


def test_a_count_added_with_tang_them_and_no_base_is_a_level():
    claims = by_text(extract("Đến năm 2030 có 60 thôn đạt chuẩn nông thôn mới (tăng thêm 12 thôn).", date="2025-01-01"))
    assert (claims["12 thôn"].measure, claims["12 thôn"].basis) == ("level", None)
    named = by_text(extract("Năm 2024 có 60 thôn đạt chuẩn, tăng thêm 12 thôn so với năm 2023."))["12 thôn"]
    assert named.measure == "change"


def test_a_percent_before_a_group_it_counts_is_of_that_group_not_the_indicator_carried():
    claims = by_text(extract("Năm 2025, chi ngân sách địa phương đạt 300 tỷ đồng; duy trì 100% xã, thị trấn đạt chuẩn "
                             "quốc gia về y tế; 96% gia đình đạt chuẩn văn hóa."))
    assert claims["100%"].subject.startswith("xã, thị trấn đạt chuẩn") and claims["96%"].subject.startswith("gia đình")


def test_amounts_listed_after_one_verb_are_each_of_the_noun_after_them():
    claims = by_text(extract("Trong năm, lực lượng kiểm lâm tạm giữ 12 m3 gỗ xẻ, 15 m3 gỗ tròn và 300 kg than củi."))
    assert claims["15 m3"].subject == "gỗ tròn" and claims["300 kg"].subject == "than củi"


def test_actions_listed_with_a_comma_stay_in_the_subject():
    claim = by_text(extract("Năm 2024, tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt 85%."))["85%"]
    assert claim.subject.startswith("tỷ lệ rác thải") and claim.measure == "level"


def test_a_year_right_after_a_multiple_is_its_base_not_its_period():
    claims = by_text(extract("Năm 2023, huyện Tân Uyên thu ngân sách 80 tỷ đồng, gấp 1,5 lần năm 2022. Trong đó, "
                             "thu nội địa 60 tỷ đồng."))
    assert (claims["1,5 lần"].basis, claims["1,5 lần"].period) == ("prior_year", "2023")
    assert claims["60 tỷ đồng"].period == "2023"


def test_up_to_the_middle_of_a_month_a_flow_runs_from_january():
    claim = by_text(extract("Tính đến giữa tháng 11/2024, huyện Tân Uyên đã thu được 90 tỷ đồng."))["90 tỷ đồng"]
    assert claim.period == "2024-01/2024-11"


def test_a_figure_said_to_be_this_figure_keeps_the_indicator_before():
    claims = by_text(extract("Năm 2024, tổng thu ngân sách của huyện Tân Uyên đạt 120 tỷ đồng. Tuy nhiên, con số này "
                             "chỉ bằng 95% dự toán."))
    assert claims["95%"].subject == claims["120 tỷ đồng"].subject


def test_a_rank_in_a_league_table_names_no_indicator():
    claims = by_text(extract("Năm 2024, kim ngạch xuất khẩu của Lào Cai đạt 3 tỷ USD. Yên Bái từ vị trí thứ 8 rơi "
                             "khỏi top 10, đứng thứ 12 trong bảng xếp hạng với 1,2 tỷ USD."))
    assert claims["1,2 tỷ USD"].subject.startswith("kim ngạch xuất khẩu")
    assert claims["1,2 tỷ USD"].place == "Yên Bái"


def test_a_fall_by_a_range_keeps_its_sign_after_a_degree_word():
    claim = by_text(extract("Năm 2024, tỷ lệ hộ nghèo của các xã đều giảm mạnh từ 1-3% so với năm 2023."))["1-3%"]
    assert (claim.value, claim.value_max, claim.measure) == (-1, -3, "change")


def test_a_threshold_from_n_upwards_leaves_no_word_in_the_next_subject():
    claims = by_text(extract("Năm 2024, huyện có 15 hộ đạt doanh thu từ 1 tỷ đồng trở lên, tăng 4 hộ so với năm 2023."))
    assert "trở" not in claims["4 hộ"].subject


def test_the_plan_named_after_a_figure_is_not_the_subject_of_the_next():
    claims = by_text(extract("Năm 2024, thu ngân sách huyện Tân Uyên đạt 130 tỷ đồng, vượt 8% dự toán được giao và "
                             "tăng 12% so với cùng kỳ."))
    assert claims["12%"].subject.startswith("thu ngân sách")


def test_january_to_december_is_the_year():
    claim = by_text(extract("Từ đầu năm đến nay, huyện Tân Uyên trồng mới 200 ha rừng.", date="2024-12"))["200 ha"]
    assert claim.period == "2024"


def test_an_item_with_its_own_verb_does_not_take_the_estimate_of_the_item_before():
    claims = by_text(extract("Trong 9 tháng năm 2024, huyện Tân Uyên đón 80.000 lượt khách, trong đó:\n"
                             "- Khách lưu trú ước đạt 50.000 lượt, tăng 5% so với cùng kỳ.\n"
                             "- Khách quốc tế là 3.000 lượt, tăng 2% so với cùng kỳ."))
    assert claims["50.000 lượt"].modality == "estimate"
    assert claims["3.000 lượt"].modality == "actual" and claims["2%"].modality == "actual"


def test_a_rise_about_an_indicator_is_of_that_indicator_and_since_the_first_year():
    claims = by_text(extract("Năm 2024, Lào Cai có sự tăng trưởng mạnh về kim ngạch từ 2 tỷ USD năm 2023 lên "
                             "3,1 tỷ USD năm 2024, tăng hơn 1 tỷ USD."))
    assert claims["2 tỷ USD"].subject.startswith("kim ngạch")
    assert (claims["1 tỷ USD"].measure, claims["1 tỷ USD"].basis) == ("change", "prior_year")


def test_a_percent_of_a_total_in_brackets_after_a_rate_is_that_rate_as_a_share():
    claim = by_text(extract("Năm 2024, huyện Tân Uyên nâng tỷ lệ chăn nuôi bò theo hướng trang trại "
                            "(khoảng 40% tổng đàn)."))["40%"]
    assert "tỷ lệ chăn nuôi bò" in claim.subject and claim.measure == "share"


def test_phat_hien_is_a_verb_of_counting_not_hien_now():
    claim = by_text(extract("Huyện Ia Pa phát hiện 12 vụ vi phạm về bảo vệ rừng", date="2024-10"))["12 vụ"]
    assert claim.subject.startswith("vụ vi phạm") and "phát hiện" in claim.subject


def test_the_money_a_programme_spends_is_a_flow_up_to_now():
    claims = by_text(extract("Đến nay, huyện đạt 5/9 tiêu chí huyện nông thôn mới. Các mô hình khuyến nông được triển "
                             "khai với tổng kinh phí 750 triệu đồng.", date="2024-10"))
    assert claims["5/9 tiêu chí"].period == "2024-10"
    assert claims["750 triệu đồng"].period == "2024-01/2024-10"


def test_a_count_of_targets_heading_a_group_of_a_target_list_is_a_target_and_an_annual_average_keeps_the_term():
    claims = by_text(extract("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 I. Về kinh tế (9 chỉ tiêu) 1. Thu nhập bình quân "
                             "đầu người đến năm 2030: 90 triệu đồng. II. Về xã hội (6 chỉ tiêu) 2. Tốc độ tăng dân số "
                             "bình quân hằng năm dưới 1,1%.", date="2025-07"))
    assert claims["9 chỉ tiêu"].modality == "target" and claims["6 chỉ tiêu"].modality == "target"
    assert claims["90 triệu đồng"].period == "2030"
    assert claims["1,1%"].period == "2025/2030"


def test_the_words_right_after_a_figure_up_to_a_comma_are_its_own_not_the_next_figures_subject():
    claims = by_text(extract("Trong năm, kiểm lâm tiêu hủy 6,5 kg động vật hoang dã, tạm giữ 4 ô tô, 3 xe máy."))
    assert claims["4 ô tô"].subject == "ô tô tạm giữ"


def test_an_article_of_a_resolution_heading_its_targets_covers_the_list_below_it():
    claims = by_text(extract("Kỳ họp thứ 5 HĐND huyện\n\nĐiều 1. Nhất trí báo cáo kết quả năm 2024.\n\n"
                             "Điều 2. Về các chỉ tiêu chủ yếu năm 2025\n\n1. Chỉ tiêu kinh tế\n\n"
                             "- Thu nhập bình quân đầu người: 55 triệu đồng;\n\n- Tổng sản lượng lương thực: 40.000 tấn.\n\n"
                             "Điều 3. Tổ chức thực hiện. Năm 2024 thu ngân sách đạt 120 tỷ đồng.", date="2024-12-20"))
    assert claims["55 triệu đồng"].modality == "target" and claims["40.000 tấn"].modality == "target"
    assert claims["120 tỷ đồng"].modality == "actual"


# Round 16 (social statistics, investment, New Rural Development, provincial year reports)

def test_earlier_years_in_general_are_not_the_year_before_and_the_first_month_is_january():
    claims = by_text(extract("Vốn FDI tháng đầu năm đạt 2 tỉ USD\n\nTừ đầu năm đến ngày 25.1, tỉnh thu hút 12 dự án "
                             "mới, tăng 20% so với cùng kỳ năm 2022. Có 9 lượt dự án cấp phép từ các năm trước "
                             "tăng vốn thêm 45 triệu USD. Vốn thực hiện trong tháng qua ước đạt 80 triệu USD.",
                             date="2023-02"))
    assert claims["2 tỉ USD"].period == "2023-01"
    assert claims["45 triệu USD"].period == "2023-01/2023-01-25"
    assert claims["80 triệu USD"].period == "2023-01"


def test_a_rise_said_about_something_is_a_rise_of_that():
    claims = by_text(extract("Sáu tháng đầu năm 2019, huyện có 30 doanh nghiệp thành lập mới với 200 tỷ đồng vốn, "
                             "tăng 12% về số doanh nghiệp, tăng 1,5 lần về số vốn đăng ký so với cùng kỳ."))
    # (the number of the enterprises counted before it: "số doanh nghiệp" names the count of the founded ones)
    assert claims["12%"].subject == "số doanh nghiệp thành lập mới"
    assert claims["1,5 lần"].subject == "số vốn đăng ký"


def test_a_school_year_is_the_period_of_the_sentences_after_it():
    claims = by_text(extract("Trong năm học 2020-2021, Sở công nhận 20 trường đạt chuẩn quốc gia. Trong đó, "
                             "8 trường mầm non và 12 trường tiểu học."))
    assert claims["20 trường"].period == "2020/2021"
    assert claims["8 trường"].period == "2020/2021"


def test_the_rate_said_after_a_count_is_the_share_that_count_is_of_its_whole():
    claims = by_text(extract("Năm 2021, cả tỉnh có tổng cộng 310 trường đạt chuẩn quốc gia, tỷ lệ 62,4%. "
                             "Toàn huyện có 14 xã (70%) đạt chuẩn nông thôn mới."))
    assert (claims["62,4%"].measure, claims["62,4%"].subject) == ("share", "trường đạt chuẩn quốc gia")
    assert claims["310 trường"].subject == "trường đạt chuẩn quốc gia"
    assert claims["70%"].measure == "share"


def test_places_left_out_in_a_bracket_are_not_where_the_figure_holds():
    claims = by_text(extract("Cả nước có 50 tỉnh (trừ Hà Nội và Cần Thơ) công nhận 900 sản phẩm OCOP.", date="2022-05"))
    assert claims["900 sản phẩm"].place != ["Hà Nội", "Cần Thơ"]
    assert "Hà Nội" not in (claims["900 sản phẩm"].place or "")


def test_to_exceed_by_a_percent_with_no_base_named_is_to_exceed_the_plan():
    claims = by_text(extract("Năm 2022, tỷ lệ dân số tham gia BHYT đạt 92,1%, vượt 0,6%."))
    assert (claims["0,6%"].measure, claims["0,6%"].basis) == ("change", "plan")


def test_the_figure_a_resolution_set_after_la_is_a_target():
    claims = by_text(extract("Tỷ lệ trẻ em được tiêm chủng đạt 97% (vượt so với Nghị quyết đề ra là 90%)."))
    assert claims["97%"].modality == "actual" and claims["90%"].modality == "target"


def test_figures_listed_respectively_after_an_assigned_rate_are_all_targets():
    claims = by_text(extract("Năm 2025, tỉnh A và tỉnh B có mức tăng trưởng GRDP được Trung ương giao ở mức cao, "
                             "lần lượt là 9% và 9,5%. Chỉ tiêu thu ngân sách của tỉnh A và tỉnh B lần lượt là 5.000 tỷ đồng "
                             "và 6.000 tỷ đồng."))
    for text in ("9%", "9,5%", "5.000 tỷ đồng", "6.000 tỷ đồng"):
        assert claims[text].modality == "target", text
    assert claims["9%"].measure == "growth"


def test_a_bare_number_with_its_share_in_brackets_counts_what_the_sentence_numbers():
    claims = by_text(extract("Năm 2020, số lượng trường đạt chuẩn quốc gia bậc mầm non là 40 (50,5%), tiểu học 62 (80%)."))
    assert (claims["40"].value, claims["40"].unit) == (40, "trường")
    assert (claims["62"].unit, claims["80%"].measure) == ("trường", "share")


def test_millions_with_no_unit_count_the_noun_that_opens_the_phrase():
    claims = by_text(extract("Trong 9 tháng đầu năm 2024 lượt khách lưu trú gần 1,2 triệu (tăng 15% so với cùng kỳ). "
                             "Doanh thu đạt 5 triệu.", date="2024-10"))
    assert (claims["1,2 triệu"].value, claims["1,2 triệu"].unit, claims["1,2 triệu"].qualifier) == (1.2e6, "lượt khách", "under")
    assert claims["15%"].subject == "lượt khách lưu trú"
    assert (claims["5 triệu"].value, claims["5 triệu"].unit) == (5e6, "VND")  # money, its "đồng" left out


def test_millions_with_no_unit_after_each_household_are_money_and_after_a_population_people():
    claims = by_text(extract("Mỗi hộ được hỗ trợ 3 triệu. Dân số toàn tỉnh đạt 1,2 triệu, tăng 2%.", date="2030-10"))
    assert (claims["3 triệu"].value, claims["3 triệu"].unit) == (3e6, "VND")
    assert (claims["1,2 triệu"].value, claims["1,2 triệu"].unit) == (1.2e6, "người")


def test_a_word_of_purpose_after_millions_is_not_what_they_count():
    claims = by_text(extract("Mỗi hộ được hỗ trợ 3 triệu đồng để sửa nhà, 2 triệu để mua giống.", date="2030-10"))
    assert claims["3 triệu đồng"].unit == "VND"
    assert all(claim.unit != "để mua" for claim in claims.values())


def test_an_amount_restated_as_a_percent_shares_the_base_named_after_the_percent():
    claims = by_text(extract("Dân số trung bình năm 2019 của tỉnh A là 900.000 người, tăng 10.000 người, tương ứng "
                             "tăng 1,1% so với năm 2018."))
    assert (claims["10.000 người"].measure, claims["10.000 người"].basis) == ("change", "prior_year")


def test_a_rank_kept_at_the_top_is_not_the_subject():
    claims = by_text(extract("Năm 2024, tỉnh A tiếp tục giữ vững vị trí dẫn đầu với mức tăng 11,2%."))
    assert "giữ vững" not in (claims["11,2%"].subject or "")


def test_a_long_rate_phrase_keeps_the_rate_it_opens_with():
    claims = by_text(extract("Năm 2023, tỷ lệ người khuyết tật từ 16 tuổi trở lên ở các xã vùng sâu được hỗ trợ học "
                             "nghề và tìm việc làm phù hợp theo chính sách của tỉnh đạt 100%."))
    assert claims["100%"].subject.lower().startswith("tỷ lệ") and claims["100%"].measure == "level"


def test_a_percent_bracketed_after_a_share_is_one_more_part_of_the_whole():
    claims = by_text(extract("Năm 2023, nông nghiệp chiếm 20%, dịch vụ chiếm 45% (thuế sản phẩm là 7%)."))
    assert claims["7%"].measure == "share"


def test_all_the_countrys_provinces_name_a_set_not_a_count():
    claims = by_text(extract("Chính phủ giao chỉ tiêu cho 63 tỉnh, thành trên cả nước. Năm 2024, GRDP của cả 63 tỉnh, "
                             "thành đều tăng; 8 tỉnh tăng trên 10%; 63/63 tỉnh đạt chuẩn phổ cập."))
    assert not any(text.startswith("63 tỉnh") for text in claims)
    assert "8 tỉnh" in claims and "63/63 tỉnh" in claims


def test_a_text_that_compares_its_unnamed_province_with_the_country_is_not_about_the_country():
    claims = by_text(extract("UBND tỉnh họp phiên thường kỳ\n\nSáu tháng qua, kinh tế của tỉnh tăng 9,5% (đứng thứ 4 "
                             "so với cả nước). Số doanh nghiệp thành lập mới tăng 6% so với cùng kỳ."))
    assert claims["9,5%"].place is None and claims["6%"].place is None


def test_places_splitting_a_figure_in_brackets_do_not_hold_the_figures_after_it():
    claims = by_text(extract("Năm 2022, xã Hòa Bình và xã Hòa Lạc đạt chuẩn: tỷ lệ hộ nghèo còn 1,2% (Hòa Bình 0,9%, "
                             "Hòa Lạc 1,5%); tỷ lệ tham gia bảo hiểm y tế đạt 96%."))
    assert claims["0,9%"].place == "Hòa Bình"
    assert claims["96%"].place == ["Hòa Bình", "Hòa Lạc"]


def test_a_count_of_places_that_says_whose_is_no_claim_and_names_them_again():
    text = ("Tỉnh A công nhận 2 xã Hòa Bình và Hòa Lạc, huyện Yên Phong đạt chuẩn năm 2022.\n\n"
            "Đến nay, bộ mặt 2 xã ngày càng khang trang: thu nhập bình quân đạt 60 triệu đồng/người/năm; "
            "tỷ lệ hộ nghèo còn 1%.")
    claims = extract(text)
    assert [c.text for c in claims if c.unit == "xã"] == ["2 xã"]
    found = by_text(claims)
    assert found["1%"].place == ["Hòa Bình", "Hòa Lạc"]


def test_phan_dau_sets_out_every_item_of_its_list():
    claims = by_text(extract("Nhiệm kỳ 2020-2025, huyện phấn đấu tốc độ tăng trưởng bình quân đạt 8%; thu nhập bình "
                             "quân đầu người đạt 60 triệu đồng; tổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng."))
    assert all(claims[t].modality == "target" for t in ("8%", "60 triệu đồng", "5.000 tỷ đồng"))


def test_uoc_opening_a_sentence_on_a_noun_makes_every_item_an_estimate():
    claims = by_text(extract("Năm 2023, huyện A phát triển chăn nuôi. Ước tổng đàn lợn 20.000 con, giá trị chăn nuôi "
                             "lợn đạt 3 tỷ đồng/ha/năm; đàn gà 1,2 triệu con, sản lượng thịt 9.000 tấn."))
    assert all(claims[t].modality == "estimate" for t in ("20.000 con", "3 tỷ đồng/ha/năm", "1,2 triệu con",
                                                          "9.000 tấn"))


def test_a_now_said_inside_a_clause_does_not_date_the_sentences_after_it():
    claims = by_text(analyse("Năm 2021, huyện A đạt nhiều kết quả. Độ che phủ rừng hiện nay 60%. Giá trị sản xuất "
                             "nông nghiệp ước đạt 500 tỷ đồng.", date="2021-12-20").claims)
    assert claims["500 tỷ đồng"].period == "2021"


def test_a_period_after_va_opens_the_next_statement():
    claims = by_text(analyse("Năm 2021, huyện A thu ngân sách 90 tỷ đồng; đến nay, toàn huyện đạt bình quân 15 tiêu "
                             "chí/xã và cuối năm nay có thêm 3 xã đạt chuẩn.", date="2021-12-20").claims)
    assert claims["15 tiêu chí/xã"].period == "2021-12-20"


def test_the_parts_of_a_total_in_its_sentence_hold_over_the_totals_time():
    claims = by_text(extract("Từ đầu năm đến nay, huyện đã tuyển sinh 900 học viên, trong đó, 500 học viên nghề nông "
                             "nghiệp, 300 học viên nghề may và lớp ngắn hạn 100 học viên.", date="2022-11-20"))
    assert claims["900 học viên"].period == claims["100 học viên"].period


def test_the_first_figure_of_a_change_said_up_to_now_is_of_an_earlier_time_not_told():
    claims = by_text(extract("Đến nay, tỷ lệ lao động nông nghiệp của huyện giảm từ 60% xuống còn 45%.", date="2022-10-07"))
    assert claims["60%"].period is None and claims["45%"].period == "2022-10-07"


def test_an_average_over_the_whole_term_holds_over_the_term():
    claims = by_text(extract("Nhiệm kỳ 2020-2025, huyện phấn đấu tốc độ tăng trưởng bình quân của cả nhiệm kỳ đạt 8%."))
    assert claims["8%"].period == "2020/2025"


def test_a_goal_with_no_time_of_its_own_is_for_the_term_the_text_sets_out():
    claims = by_text(extract("Nhiệm kỳ 2020-2025, huyện phấn đấu thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu "
                             "đồng.\n\nPhấn đấu tỷ lệ hộ gia đình văn hóa đạt 95%; có 10/10 xã đạt chuẩn."))
    assert claims["60 triệu đồng"].period == "2025"
    assert claims["95%"].period == "2020/2025" and claims["10/10 xã"].period == "2020/2025"


def test_the_effort_of_phan_dau_does_not_make_a_sentence_a_plan():
    text = ("Hội nghị xã A: tổng kết năm 2019, bàn nhiệm vụ năm 2020.\n\nNăm 2019, nhờ sự phấn đấu của cả hệ thống, "
            "kinh tế trong năm phát triển khá. Cơ cấu kinh tế: nông nghiệp chiếm 30%.")
    assert by_text(extract(text))["30%"].period == "2019"


def test_the_year_of_a_plan_aimed_at_is_not_the_period_of_the_figures_after_it():
    text = ("Kinh tế 9 tháng đầu năm 2022 tiếp tục phục hồi, là cơ sở nhằm hoàn thành nhiệm vụ, kế hoạch năm 2022. "
            "Theo đó, doanh thu bán lẻ tăng 10%.")
    assert by_text(extract(text, date="2022-09-28"))["10%"].period == "2022-01/2022-09"


def test_a_number_no_month_can_be_after_thang_is_a_figure():
    claims = by_text(extract("Doanh thu dịch vụ ước tính trong 9 tháng 640 tỷ đồng, bằng 70% kế hoạch.",
                             date="2022-10-05"))
    assert claims["640 tỷ đồng"].value == 640e9


def test_a_map_scale_is_not_a_claim():
    claims = extract("Sở đã lập bản đồ địa chính tỷ lệ 1/2000 cho khu đất rộng 12 ha.", date="2022-07-05")
    assert [c.text for c in claims] == ["12 ha"]


def test_a_percent_of_a_whole_named_after_it_is_a_share():
    claims = by_text(extract("Đến ngày 5/9/2022, đã thu hoạch 1.200 ha cây trồng, đạt 40% diện tích gieo trồng. "
                             "Trong đó, lúa 800 ha, đạt 45%.", date="2022-09-10"))
    assert (claims["40%"].measure, claims["40%"].basis) == ("share", None)
    # a part's percent said like its total's is a share of the same kind of whole
    assert (claims["45%"].measure, claims["45%"].basis) == ("share", None)


def test_the_parts_of_an_amount_done_so_far_are_flows_too():
    text = ("Tính đến ngày 20/8/2022, tổng diện tích gieo trồng vụ mùa ước 10.000 ha. Trong đó, ngô 2.000 ha, "
            "khoai 500 ha.")
    claims = by_text(extract(text, date="2022-08-25"))
    assert claims["2.000 ha"].period == claims["500 ha"].period == "2022-01/2022-08-20"


def test_a_place_name_with_a_lower_case_syllable_after_its_prefix():
    claim = extract("Năm 2021, huyện Tiên lữ thu ngân sách 5 tỷ đồng.", date="2021-12-20")[0]
    assert claim.place == "Tiên Lữ"


def test_goals_go_on_in_a_january_report_on_the_year_before():
    text = ("Năm 2021, kinh tế xã A phát triển, thu ngân sách đạt 3 tỷ đồng. Năm 2022, xã A phấn đấu thu nhập bình "
            "quân 50 triệu đồng/người/năm. Hộ nghèo còn dưới 2%; 70% dòng họ văn hóa; 95% gia đình văn hóa.")
    claims = by_text(extract(text, date="2022-01-08"))
    assert (claims["2%"].modality, claims["2%"].period) == ("target", "2022")
    assert claims["70%"].subject.startswith("dòng họ") and claims["70%"].modality == "target"


def test_a_bare_verb_takes_the_object_named_after_the_amount():
    claims = by_text(extract("Năm 2021, xã A nhựa hóa 3,5km đường liên thôn xóm vượt 16% kế hoạch.",
                             date="2021-12-20"))
    assert claims["3,5km"].subject.endswith("đường liên thôn xóm")
    # said as an amount, "nhựa hóa" is no rate: the percent above plan is a growth, not points
    assert (claims["16%"].measure, claims["16%"].basis) == ("growth", "plan")


def test_a_headline_growth_takes_the_base_the_body_names():
    text = ("Giá trị sản xuất công nghiệp của huyện A tăng 12,4%\n\nNăm 2021, giá trị sản xuất công nghiệp đạt 300 tỷ "
            "đồng, tăng 12,4% so với năm 2020.")
    claims = [c for c in extract(text, date="2021-12-20") if c.text == "12,4%"]
    assert [c.basis for c in claims] == ["prior_year", "prior_year"]


def test_a_time_said_right_before_another_figure_is_not_the_figure_befores():
    claims = by_text(analyse("Năm 2021, huyện A trồng mới 800 ha, nâng độ che phủ rừng hiện nay 58%.",
                             date="2021-12-20").claims)
    assert claims["800 ha"].period == "2021"


def test_the_parts_of_a_growth_in_brackets_are_growth_rates():
    claims = by_text(extract("Sáu tháng đầu năm 2024, vùng A có GRDP tăng 9,2%. Trong đó, tỉnh Bắc (9,8%) và tỉnh Nam "
                             "(8,1%)."))
    assert (claims["9,8%"].measure, claims["9,8%"].basis) == ("growth", "same_period")
    assert claims["8,1%"].measure == "growth"


def test_one_unit_after_tren_is_what_an_amount_is_per():
    claims = by_text(extract("Năm 2023, giá trị sản phẩm trên 1 ha đất nông nghiệp trồng trọt đạt khoảng 120 triệu đồng. "
                             "Huyện trồng mới 1 ha sâm."))
    assert "1 ha" in claims and claims["1 ha"].subject != "giá trị sản phẩm"  # (the second one, a real figure)
    assert (claims["120 triệu đồng"].value, claims["120 triệu đồng"].unit) == (120e6, "VND/ha")
    assert len([c for c in extract("Giá trị thu được trên 1 ha canh tác đạt 150 triệu đồng.") if c.unit == "ha"]) == 0


def test_categories_of_a_classification_and_the_provinces_a_rank_is_among_are_no_claims():
    claims = by_text(extract("Năm 2022, huyện chọn 4 loại cây chủ lực; các trường ở 3 cấp học đạt chuẩn; năng suất trên "
                             "một đơn vị diện tích đạt 150 triệu đồng/ha; GRDP tăng 9%, đứng thứ ba trong số 63 tỉnh."))
    assert set(claims) == {"150 triệu đồng/ha", "9%"}


def test_a_count_keeps_the_last_words_of_the_standard_it_meets():
    claims = by_text(extract("Năm 2023, có thêm 5 xã được công nhận đạt chuẩn nông thôn mới, 12 xã được công nhận đạt "
                             "chuẩn nông thôn mới nâng cao."))
    assert claims["12 xã"].subject.endswith("nâng cao")


def test_a_disbursement_rate_is_a_ratio_to_the_plan():
    claims = by_text(extract("Năm 2022, tổng vốn đầu tư công 300 tỷ đồng, tỷ lệ giải ngân đạt 81,5%."))
    assert (claims["81,5%"].measure, claims["81,5%"].basis) == ("ratio", "plan")


def test_an_amount_right_after_a_target_word_owned_by_who_set_it_is_the_target_itself():
    claims = by_text(extract("Năm 2025, tỉnh vượt chỉ tiêu 1.400 căn nhà ở xã hội (năm 2025) được Thủ tướng Chính phủ "
                             "giao. Kim ngạch xuất khẩu đạt 4,5 tỷ USD, cao hơn so với chỉ tiêu 1,8 tỷ USD của Nghị "
                             "quyết. Thu ngân sách vượt chỉ tiêu 200 tỷ đồng."))
    for text in ("1.400 căn nhà", "1,8 tỷ USD"):
        assert (claims[text].measure, claims[text].modality) == ("level", "target"), text
    assert claims["200 tỷ đồng"].measure == "change"


def test_what_the_province_assigned_is_the_budget_estimate():
    claims = by_text(extract("Năm 2021, thu ngân sách của huyện đạt 60 tỷ đồng, vượt 15% so với tỉnh giao."))
    assert (claims["15%"].measure, claims["15%"].basis) == ("growth", "estimate")


def test_what_is_still_to_come_by_the_end_of_this_year_is_expected():
    claims = by_text(analyse("Năm 2021, huyện thu ngân sách 50 tỷ đồng và cuối năm nay 3 xã về đích nông thôn mới.",
                             date="2021-11-20").claims)
    assert claims["3 xã"].modality == "expected"
    claims = by_text(analyse("Đến cuối năm nay, huyện đã có 3 xã đạt chuẩn nông thôn mới.", date="2021-12-28").claims)
    assert claims["3 xã"].modality == "actual"


def test_a_ratio_in_a_bracket_opened_after_a_base_takes_that_base():
    claims = by_text(extract("Sáu tháng đầu năm 2022, thu ngân sách tăng khá, có thể vượt dự toán năm (thu nội địa "
                             "đạt 58%, 4.000 tỷ đồng)."))
    assert (claims["58%"].measure, claims["58%"].basis) == ("ratio", "estimate")


def test_a_count_risen_since_last_years_end_is_dated_where_the_count_holds_and_keeps_its_nouns_subject():
    claims = by_text(extract("Tính đến cuối tháng 6-2021, cả nước có 190/660 đơn vị cấp huyện thuộc 50 tỉnh, thành phố "
                             "được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới, tăng 12 đơn vị so cuối năm 2020.",
                             date="2021-07"))
    rise = claims["12 đơn vị"]
    assert (rise.measure, rise.basis, rise.period) == ("change", "prior_year_end", "2021-06")
    assert rise.subject.startswith("đơn vị cấp huyện")


def test_the_rise_of_a_stock_counted_at_the_articles_date_is_dated_there_too():
    claims = by_text(analyse("Toàn huyện có 120 trang trại, tăng 5% so với cùng kỳ.", date="2023-12-21").claims)
    assert claims["120 trang trại"].period == "2023-12-21" and claims["5%"].period == "2023-12-21"


def test_a_place_named_inside_an_earlier_item_of_a_list_is_that_items():
    claims = by_text(extract("Năm 2020, huyện Yên Phong thu ngân sách 300 tỷ đồng. Về nông thôn mới, xã Đông Tiến hoàn "
                             "thành nông thôn mới kiểu mẫu; 6/12 xã đạt nông thôn mới nâng cao; các xã còn lại đạt "
                             "30-40/53 chỉ tiêu."))
    assert claims["30-40/53 chỉ tiêu"].place == "Yên Phong"


def test_the_verb_before_a_rate_after_a_count_is_not_part_of_the_counted_noun():
    claims = by_text(extract("Năm 2022, huyện đưa 250 người đạt 125% kế hoạch năm. Có 6 xã xuất khẩu đạt hơn 10 tỷ đồng."))
    assert "đạt" not in claims["250 người"].subject.split()
    assert claims["10 tỷ đồng"].subject == "kim ngạch xuất khẩu"  # (the value of what is sold abroad)


def test_indicators_joined_before_lan_luot_take_the_figures_in_turn():
    claims = by_text(extract("Năm 2023, GRDP của tỉnh ước tăng 8%. Ngành công nghiệp và xây dựng cũng tăng khá, lần "
                             "lượt đạt 9,5% và 6,1%."))
    assert claims["9,5%"].subject == "Ngành công nghiệp"
    assert claims["6,1%"].subject == "Ngành xây dựng"


def test_a_count_said_of_each_of_the_places_listed_holds_for_all_of_them():
    claims = by_text(extract("Toàn tỉnh có 15 thôn đạt chuẩn thôn kiểu mẫu. Trong đó, huyện Yên Sơn có 4 thôn; các huyện "
                             "Lâm Bình, Hàm Yên, thành phố Tuyên Quang mỗi đơn vị có 3 thôn."))
    assert claims["3 thôn"].place == ["Lâm Bình", "Hàm Yên", "Tuyên Quang"]
    assert claims["3 thôn"].subject == "thôn đạt chuẩn thôn kiểu mẫu"  # (the parts count what the total counted)
    assert claims["15 thôn"].place is None  # (the province is not named; its first district is not the document's place)


def test_an_expectation_framing_the_sentence_with_its_time_covers_the_figure_after_the_comma():
    claims = by_text(extract("Dự kiến đến cuối năm 2023, thu hút FDI của tỉnh đạt gần 1,4 tỷ USD.", date="2023-12-06"))
    assert claims["1,4 tỷ USD"].modality == "expected"


def test_a_count_the_body_says_the_place_has_holds_at_the_texts_date_not_a_later_year():
    text = ("Chăn nuôi phát triển ổn định\n\nToàn huyện có 150 trại chăn nuôi (90 trại gà, 60 trại lợn), tăng 2% so với "
            "cùng kỳ.\n\nTrong năm 2023, huyện tăng cường kiểm tra dịch bệnh.")
    claims = by_text(analyse(text, date="2023-12-20").claims)
    assert [claims[t].period for t in ("150 trại", "90 trại", "60 trại", "2%")] == ["2023-12-20"] * 4



def test_the_year_of_the_figure_a_change_starts_from_dates_only_that_figure():
    claims = by_text(extract("Năm 2023, tỷ lệ hộ nghèo của huyện giảm từ 4,1% năm 2022 xuống còn 3,2%. Tỷ lệ trẻ em "
                             "suy dinh dưỡng còn 9,5%.", date="2024-01-10"))
    assert claims["4,1%"].period == "2022"
    assert claims["3,2%"].period == "2023" and claims["9,5%"].period == "2023"


def test_the_growth_reached_is_the_subject_where_the_words_before_it_name_no_indicator():
    claims = by_text(extract("Năm 2024, có 9 địa phương đạt mức tăng trưởng trên 10%. Tỉnh A được kỳ vọng đạt mức tăng "
                             "từ 12% trở lên. Doanh thu tăng 8% (nếu loại trừ yếu tố giá thì mức tăng là 6%)."))
    assert claims["10%"].subject == "mức tăng trưởng" and claims["12%"].subject == "mức tăng"
    assert claims["6%"].subject != "mức tăng"


def test_a_crop_seasons_year_after_a_date_names_the_season_and_the_date_times_the_figures():
    claims = by_text(extract("Tính đến ngày 15/9/2021, cây trồng vụ thu mùa năm 2021 đã thu hoạch xong; trong đó, lúa 42.360 "
                             "ha, đạt 93,4% diện tích gieo trồng. Tiến độ gieo trồng vụ đông năm 2021 - 2022 đến cùng thời "
                             "điểm trên như sau: ngô 6.720 ha, đạt 64,8% kế hoạch.", date="2021-09-25"))
    assert claims["42.360 ha"].period == claims["6.720 ha"].period == "2021-01/2021-09-15"
    assert (claims["93,4%"].measure, claims["93,4%"].period) == ("share", "2021-09-15")  # a rate holds at the date
    assert (claims["64,8%"].measure, claims["64,8%"].basis) == ("ratio", "plan")


def test_animals_vaccinated_are_a_flow_and_their_percent_of_those_due_a_share():
    claims = by_text(extract("Kết quả tiêm phòng đợt 1 năm 2021 cho đàn vật nuôi tính đến ngày 18/5/2021 như sau: "
                             "vắc xin tụ huyết trùng được 9.400 con, đạt 57,3% diện tiêm; vắc xin dại cho chó được "
                             "6.150 con, đạt 38,2% diện tiêm.", date="2021-05-27"))
    assert claims["9.400 con"].period == claims["6.150 con"].period == "2021-01/2021-05-18"
    assert (claims["57,3%"].measure, claims["57,3%"].basis, claims["57,3%"].period) == ("share", None, "2021-05-18")


def test_a_table_whose_column_heads_name_their_year_and_unit_in_brackets_gives_each_cell():
    text = ("Một số chỉ tiêu lao động năm 2021\nNăm 2020\n(Người)\nSơ bộ\nnăm 2021 (Người)\n"
            "Sơ bộ năm 2021 so với năm 2020 (%)\n1. Lao động có việc làm\n402.118\n405.300\n100,79\n"
            "Phân theo giới tính\nNam\n210.004\n211.950\n100,93\nNữ\n192.114\n193.350\n100,64\n"
            "Khu vực thành thị\n88.200\n")
    claims = by_text(extract(text))
    first, estimate, ratio = claims["402.118"], claims["405.300"], claims["100,79"]
    assert (first.value, first.unit, first.period, first.modality, first.subject) == (
        402118, "người", "2020", "actual", "Lao động có việc làm")
    assert (estimate.period, estimate.modality) == ("2021", "estimate")
    assert (ratio.unit, ratio.measure, ratio.basis, ratio.period, ratio.modality) == (
        "%", "ratio", "prior_year", "2021", "estimate")
    assert claims["211.950"].subject == "Lao động có việc làm Nam"
    assert "88.200" not in claims  # a row that does not fill the columns is left out


def test_the_items_of_a_list_whose_lead_in_names_an_activity_are_flows():
    claims = by_text(extract("Kết quả gieo trồng vụ xuân đến ngày 10/3/2024 như sau: ngô 5.200 ha, đạt 80,1% kế hoạch; "
                             "lạc 410 ha, đạt 62,3% kế hoạch; đậu tương 95 ha.", date="2024-03-15"))
    assert claims["5.200 ha"].period == claims["410 ha"].period == claims["95 ha"].period == "2024-01/2024-03-10"


def test_a_list_announced_as_compared_with_a_base_has_its_items_percents_against_it():
    claims = by_text(extract("Năm 2021, diện tích một số cây trồng cạn giảm so với cùng kỳ: khoai lang 1.245 ha, "
                             "đạt 91,6%; đậu tương 530 ha, đạt 86,3%; lạc 310 ha, tăng 3,8%. Thu ngân sách đạt 50 tỷ "
                             "đồng, đạt 96,5%.", date="2021-11-30"))
    assert (claims["91,6%"].measure, claims["91,6%"].basis) == ("ratio", "same_period")
    assert claims["86,3%"].basis == "same_period"
    assert (claims["96,5%"].measure, claims["96,5%"].basis) == ("ratio", "plan")  # no list: a plan


def test_the_capital_a_project_adds_is_an_amount_not_a_change():
    claims = by_text(extract("Trong 9 tháng năm 2019, 5 dự án xin điều chỉnh tăng vốn khoảng 430 tỷ đồng. "
                             "Dự án B tăng vốn 20 tỷ đồng so với năm trước."))
    assert (claims["430 tỷ đồng"].measure, claims["430 tỷ đồng"].basis) == ("level", None)
    assert (claims["20 tỷ đồng"].measure, claims["20 tỷ đồng"].basis) == ("change", "prior_year")  # a base: a change


def test_visitors_named_by_what_they_came_for_are_one_group_across_a_comma():
    claims = by_text(extract("Quý I năm 2024, tổng lượt khách tham quan, nghỉ dưỡng ước đạt 1,2 triệu lượt khách, "
                             "tăng 15% so với cùng kỳ.", date="2024-04-02"))
    assert claims["1,2 triệu lượt khách"].subject == "tổng lượt khách tham quan, nghỉ dưỡng"
    assert claims["15%"].subject == "tổng lượt khách tham quan, nghỉ dưỡng"


def test_a_source_said_before_the_indicator_and_the_leftovers_of_period_phrases_are_no_part_of_the_subject():
    claims = by_text(extract("Theo số liệu sơ bộ năng suất lúa vụ mùa năm 2020 đạt 54 tạ/ha; sản lượng lúa chung cả năm "
                             "2020 ước đạt 760 ngàn tấn. Thu hút đầu tư từ đầu năm đến cuối tháng 10-2020 là 2,8 ngàn tỷ "
                             "đồng.", date="2020-11-10"))
    assert claims["54 tạ/ha"].subject == "năng suất lúa vụ mùa"
    assert claims["760 ngàn tấn"].subject == "sản lượng lúa chung"
    assert claims["2,8 ngàn tỷ đồng"].subject == "Thu hút đầu tư"


def test_two_animals_listed_with_a_comma_stay_in_the_subject():
    claims = by_text(extract("Kết quả tiêm phòng năm 2022: tiêm phòng tụ huyết trùng trâu, bò được 8.300 con; vắc xin dại "
                             "cho chó được 800 con."))
    assert claims["8.300 con"].subject == "tiêm phòng tụ huyết trùng trâu, bò"


def test_how_much_a_figure_rose_is_not_part_of_its_subject():
    claims = by_text(extract("Năm 2021, sản lượng chè búp tươi tăng khá so với cùng kỳ, tăng 6,4%.", date="2021-12-20"))
    assert claims["6,4%"].subject == "sản lượng chè búp tươi"


def test_the_growth_rate_of_a_place_keeps_its_name_before_the_place():
    claims = by_text(extract("Năm 2022, tốc độ tăng trưởng của huyện đạt 102,5% kế hoạch.", date="2022-12-20"))
    assert claims["102,5%"].subject == "tốc độ tăng trưởng"


def test_in_the_past_year_is_the_year_reported_on():
    assert by_text(extract("Huyện đã trồng được 640 ha rừng trong năm qua.", date="2022-12-20"))["640 ha"].period == "2022"
    claims = by_text(extract("Huyện đã trồng được 640 ha rừng trong năm vừa qua.", date="2023-01-12"))
    assert (claims["640 ha"].period, claims["640 ha"].subject) == ("2022", "trồng rừng")


def test_an_amount_opening_an_item_after_a_count_takes_the_words_after_it():
    claims = by_text(extract("Tính đến ngày 25/8/2021, toàn tỉnh đã trồng được 3,6 triệu cây phân tán; 6,8 nghìn ha "
                             "rừng trồng tập trung, khoanh nuôi rừng 24 nghìn ha.", date="2021-09-05"))
    assert claims["6,8 nghìn ha"].subject == "rừng trồng tập trung"


def test_who_said_a_figure_is_not_its_subject():
    claims = by_text(extract("Ngày 5.7, ông Lê Văn Bình, Chủ tịch UBND huyện, cho biết trong 6 tháng đầu năm 2024, "
                             "tăng trưởng kinh tế là 7,2%.", date="2024-07-05"))
    assert claims["7,2%"].subject == "tăng trưởng kinh tế"


def test_two_things_listed_under_one_indicator_head_are_one_subject_across_a_comma():
    claims = by_text(extract("Năm 2022, doanh thu vận tải, kho bãi tăng 11%; số người tham gia bảo hiểm xã hội, bảo hiểm "
                             "thất nghiệp đạt 9.400 người. Về sản xuất nông nghiệp, diện tích lúa đạt 1.200 ha.",
                             date="2022-12-20"))
    assert claims["11%"].subject == "doanh thu vận tải, kho bãi"
    assert claims["9.400 người"].subject == "số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp"
    assert claims["1.200 ha"].subject == "diện tích lúa"
