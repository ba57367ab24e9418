"""Rules from the thirteenth set of unseen rounds (December 2026). Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_groups_of_a_price_index_opened_by_their_count_keep_its_base():
    text = ("Chỉ số giá tiêu dùng tháng 6/2031 tăng 0,42% so với tháng 5/2031. Trong tháng có 4/11 nhóm hàng có chỉ số "
            "tăng nhẹ là nhóm hàng ăn và dịch vụ ăn uống tăng 0,70%; nhóm giao thông tăng 0,69%.")
    claims = by_text(analyse(text, date="2031-07-03").claims)
    assert claims["0,42%"].basis == "other"
    assert claims["0,70%"].basis == "other"
    assert claims["0,69%"].basis == "other"


def test_the_same_quarter_of_the_year_before_is_the_same_period():
    text = "Chỉ số giá tiêu dùng quý I năm 2031 tăng 3,16% so với quý này năm trước."
    assert by_text(analyse(text).claims)["3,16%"].basis == "same_period"


def test_an_index_that_edges_up_grows():
    claims = by_text(analyse("Giá vàng tháng 5/2031 nhích 0,4% so với tháng trước.").claims)
    assert claims["0,4%"].measure == "growth"
    assert claims["0,4%"].subject == "Giá vàng"


def test_the_year_of_the_population_a_rate_is_counted_over_is_not_the_rate_s_period():
    text = ("Đến thời điểm này, toàn tỉnh có 949.376 người tham gia bảo hiểm xã hội, đạt 99,09% kế hoạch năm 2037. "
            "Số người tham gia bảo hiểm y tế là 947.566 người, tỷ lệ bao phủ đạt 80,98% dân số năm 2036. Số thu đạt "
            "trên 2.483 tỷ đồng.")
    claims = by_text(analyse(text, date="2037-10").claims)
    assert claims["80,98%"].period == claims["947.566 người"].period == "2037-10"
    assert claims["2.483 tỷ đồng"].period.startswith("2037")


def test_a_speaker_before_a_colon_names_no_indicator():
    text = "Ông Nguyễn Văn A, Giám đốc Sở cho biết: năm 2031 toàn tỉnh có 993.341 người tham gia BHXH bắt buộc."
    assert by_text(analyse(text).claims)["993.341 người"].subject == "người tham gia BHXH bắt buộc"


def test_a_rise_of_about_so_many_people_keeps_the_indicator_of_the_count_before():
    text = "Đến nay, toàn tỉnh có 949.376 người tham gia bảo hiểm xã hội, tăng trên 72.000 người."
    claims = by_text(analyse(text, date="2031-10").claims)
    assert claims["72.000 người"].subject == "người tham gia bảo hiểm xã hội"


def test_a_sentence_opened_as_an_estimate_to_the_year_s_end_is_estimated_though_it_says_sẽ():
    text = "Ước đến hết năm 2031, toàn tỉnh sẽ tạo việc làm mới cho 62.000 lao động, đạt 6,9%."
    claims = by_text(analyse(text, date="2031-09").claims)
    assert claims["62.000 lao động"].modality == "estimate"
    assert claims["6,9%"].modality == "estimate"


def test_sẽ_alone_still_says_what_is_expected():
    claims = by_text(analyse("Năm 2031, tỉnh sẽ tạo việc làm mới cho 62.000 lao động.", date="2031-09").claims)
    assert claims["62.000 lao động"].modality == "expected"


def test_what_a_count_of_people_served_reached_in_brackets_is_against_its_plan():
    text = "Năm 2031, đã tuyển sinh giáo dục nghề nghiệp cho 29.802 người (đạt 86,38%)."
    claims = by_text(analyse(text, date="2031-09").claims)
    assert (claims["86,38%"].measure, claims["86,38%"].basis) == ("ratio", "plan")


def test_what_a_count_of_communes_reached_in_brackets_is_their_share_of_all():
    claims = by_text(analyse("Năm 2031 có 60 xã đạt chuẩn nông thôn mới nâng cao (đạt 33,1%).").claims)
    assert claims["33,1%"].measure == "share"


def test_benefits_and_referrals_given_to_date_are_counted_from_january():
    text = ("Đến thời điểm hiện tại, toàn tỉnh đã đào tạo được 4.144 lao động; quyết định hưởng trợ cấp thất nghiệp cho "
            "822 người và giới thiệu việc làm cho 876 người.")
    claims = by_text(analyse(text, date="2031-04").claims)
    assert claims["822 người"].period == "2031-01/2031-04"
    assert claims["876 người"].period == "2031-01/2031-04"


def test_a_bare_number_after_số_and_its_counting_noun_counts_that_noun():
    text = "Năm 2031, số hộ nghèo giảm còn 1.746 hộ; số hộ cận nghèo 1.491 (tương đương 20,74%)."
    claims = by_text(analyse(text).claims)
    assert (claims["1.491"].value, claims["1.491"].unit, claims["1.491"].subject) == (1491, "hộ", "số hộ cận nghèo")


def test_a_bare_fraction_after_số_and_its_counting_noun_is_a_count_out_of_its_whole():
    claims = by_text(analyse("Năm 2031, xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57.").claims)
    assert (claims["44/57"].value, claims["44/57"].of, claims["44/57"].unit) == (44, 57, "chỉ tiêu")


def test_a_number_after_số_that_names_a_document_is_no_count():
    claims = analyse("Theo Quyết định số 1234, năm 2031 có 5 xã đạt chuẩn.").claims
    assert [c.text for c in claims] == ["5 xã"]


def test_a_change_said_again_as_a_percent_is_its_growth_with_its_sign_and_base():
    text = "So với cuối năm 2030, số hộ nghèo giảm 574 hộ, tương đương 9,02%."
    claim = by_text(analyse(text).claims)["9,02%"]
    assert (claim.value, claim.measure, claim.basis) == (-9.02, "growth", "prior_year_end")
    text = "Năm 2031, năng suất lúa đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2030, tương đương 7,6%)."
    claim = by_text(analyse(text).claims)["7,6%"]
    assert (claim.value, claim.measure, claim.basis) == (7.6, "growth", "prior_year")


def test_a_price_higher_by_a_range_than_the_crop_year_before_is_a_change_against_the_same_period():
    text = ("Tháng 5/2031, giá sầu riêng Thái Lan dao động từ 50.000 - 80.000 đồng/kg (cao hơn từ 15.000 - 38.000 "
            "đồng/kg so với niên vụ trước).")
    claim = by_text(analyse(text).claims)["15.000 - 38.000 đồng/kg"]
    assert (claim.value, claim.value_max, claim.measure, claim.basis) == (15000, 38000, "change", "same_period")


def test_the_next_places_of_a_list_count_what_the_first_one_did():
    text = ("Những địa phương có số hộ nghèo giảm nhiều trong năm 2031 gồm: Thị trấn Tô Hạp 101 hộ, xã Ba Cụm Bắc 92 hộ, "
            "xã Sơn Bình 80 hộ.")
    claims = by_text(analyse(text).claims)
    assert claims["92 hộ"].subject == claims["80 hộ"].subject == claims["101 hộ"].subject
    assert "số hộ nghèo giảm" in claims["92 hộ"].subject
    assert (claims["92 hộ"].place, claims["80 hộ"].place) == ("Ba Cụm Bắc", "Sơn Bình")


def test_a_month_estimated_before_a_comma_dates_the_clause_after_it():
    text = ("Ước 2 tháng đầu năm 2031, toàn tỉnh vận chuyển được hơn 5,020 triệu lượt hành khách.\n\nRiêng vận chuyển "
            "hàng hóa ước tháng 2, toàn tỉnh vận chuyển được hơn 500.000 tấn hàng hóa các loại.")
    claims = by_text(analyse(text, date="2031-02-28").claims)
    assert claims["5,020 triệu lượt"].period == "2031-01/2031-02"
    assert (claims["500.000 tấn"].period, claims["500.000 tấn"].modality) == ("2031-02", "estimate")


def test_guest_days_served_to_date_are_counted_from_january():
    text = "Tính đến tháng 6/2031, ngành du lịch đã phục vụ trên 6,5 triệu ngày khách, tăng 13,8% so với cùng kỳ."
    claim = by_text(analyse(text).claims)["6,5 triệu ngày khách"]
    assert (claim.value, claim.unit, claim.period) == (6_500_000, "ngày khách", "2031-01/2031-06")


def test_the_size_of_a_top_list_of_destinations_is_no_count():
    for text in ("Hội An đứng đầu 10 điểm đến tại Việt Nam thu hút khách quốc tế năm 2031.",
                 "Năm 2031, TripAdvisor vừa bình chọn 10 điểm đến tại Việt Nam thu hút đông đảo du khách quốc tế."):
        assert analyse(text).claims == []
    assert by_text(analyse("Năm 2031, tỉnh có 10 điểm đến mới.").claims)["10 điểm đến"].unit == "điểm đến"


def test_a_part_singled_out_with_riêng_after_an_estimated_total_is_estimated():
    text = ("Tính chung 5 tháng đầu năm 2031, toàn tỉnh ước đón khoảng 2.183.450 lượt khách, tăng 11,6% so cùng kỳ, "
            "riêng khách quốc tế có khoảng 282.315 lượt khách, tăng 13,93% so cùng kỳ.")
    claims = by_text(analyse(text).claims)
    assert claims["282.315 lượt khách"].modality == claims["13,93%"].modality == "estimate"


def test_risen_by_as_much_as_a_percent_is_a_growth():
    text = "Trong 6 tháng đầu năm 2031, lượt khách tham quan tăng đến 21% với hơn 1,1 triệu lượt."
    claim = by_text(analyse(text).claims)["21%"]
    assert (claim.measure, claim.basis) == ("growth", "same_period")
    assert by_text(analyse("Năm 2031, tỷ lệ hộ nghèo giảm đến 2%.").claims)["2%"].measure == "level"


def test_the_average_stay_in_days_is_a_figure_though_days_alone_are_a_duration():
    text = "Năm 2031, khách qua lưu trú đạt khoảng 4 triệu lượt khách. Ngày lưu trú bình quân 2,1 ngày."
    claim = by_text(analyse(text).claims)["2,1 ngày"]
    assert (claim.value, claim.unit) == (2.1, "day")
    assert analyse("Năm 2031, hội chợ diễn ra trong 3 ngày.").claims == []


def test_percents_of_what_was_disbursed_are_against_the_capital_plan():
    text = ("Năm 2031, một số chủ đầu tư có tỷ lệ giải ngân khá như Sở Nông nghiệp và Phát triển nông thôn 41,3%, Văn "
            "phòng UBND tỉnh 49,67%.")
    for claim in analyse(text).claims:
        assert (claim.measure, claim.basis) == ("ratio", "plan")
    assert by_text(analyse("Năm 2031, tỷ lệ hộ nghèo là 3%.").claims)["3%"].measure == "level"


def test_what_a_plan_allots_is_a_target_and_what_was_disbursed_of_it_is_not():
    text = ("Năm 2031 huyện được phân bổ kế hoạch vốn để đầu tư cơ sở hạ tầng là 203.537 triệu đồng cho 80 công trình, "
            "dự án. Trong đó, nguồn vốn xây dựng cơ bản được phân bổ 155.637 triệu đồng cho 37 công trình, dự án, đã "
            "giải ngân thanh toán 21.900 triệu đồng, đạt 14,07%KH.")
    claims = by_text(analyse(text).claims)
    assert claims["155.637 triệu đồng"].modality == claims["37 công trình, dự án"].modality == "target"
    assert claims["21.900 triệu đồng"].modality == "actual"
    claims = by_text(analyse("Năm 2031, tỉnh đã phân bổ chi tiết hơn 13.092 tỷ đồng, đạt 94,8%.").claims)
    assert claims["13.092 tỷ đồng"].modality == "actual"


def test_an_average_said_after_a_count_is_another_figure_not_the_count_s_rate():
    claims = by_text(analyse("Trong năm 2031, huyện tăng 23 tiêu chí, tính bình quân đạt 11,62 tiêu chí/xã.").claims)
    assert (claims["23 tiêu chí"].unit, claims["11,62 tiêu chí/xã"].unit) == ("tiêu chí", "tiêu chí/xã")


def test_places_that_have_already_reached_the_standard_are_no_target():
    text = ("Năm 2031, huyện phấn đấu có thêm 2 xã về đích xây dựng NTM, đảm bảo bền vững các tiêu chí ở 4 xã đã về "
            "đích.")
    claims = by_text(analyse(text).claims)
    assert (claims["2 xã"].modality, claims["4 xã"].modality) == ("target", "actual")


def test_how_many_of_the_targets_set_were_reached_is_a_result():
    text = "Năm 2031, Hương Thủy đạt và vượt 17 chỉ tiêu KT-XH chủ yếu đề ra. Năm 2032, Hương Thủy đề ra 13 chỉ tiêu."
    claims = by_text(analyse(text, date="2031-12-19").claims)
    assert (claims["17 chỉ tiêu"].modality, claims["13 chỉ tiêu"].modality) == ("actual", "target")


def test_a_rise_that_stands_at_a_percent_is_a_growth_against_its_base():
    text = "Chỉ số giá tiêu dùng (CPI) tháng 7/2031 tăng nhẹ ở mức 0,37% so với tháng 6, tăng 0,95% so với cùng kỳ."
    claims = by_text(analyse(text).claims)
    assert (claims["0,37%"].measure, claims["0,37%"].basis) == ("growth", "other")
    assert (claims["0,95%"].measure, claims["0,95%"].basis) == ("growth", "same_period")
    assert by_text(analyse("Năm 2031, tỷ lệ hộ nghèo giảm ở mức 2%.").claims)["2%"].measure == "level"


def test_a_part_s_two_rises_said_as_the_total_s_are_against_its_two_bases_in_turn():
    text = ("Kim ngạch xuất khẩu hàng hóa tháng 3/2031 ước đạt hơn 3,122 tỷ USD, tăng 36,4% so với tháng trước và giảm "
            "7,7% so với cùng kỳ. Trong đó, khu vực kinh tế trong nước đạt 587,3 triệu USD, tăng 36,8% và giảm 8,9% so "
            "với cùng kỳ.")
    claims = by_text(analyse(text).claims)
    assert (claims["36,8%"].basis, claims["8,9%"].basis) == ("other", "same_period")


def test_a_comparison_written_with_two_spaces_before_a_range_reads_as_with_one():
    text = ("Tháng 5/2031, giá sầu riêng dao động từ 50.000 - 80.000 đồng/kg (cao  hơn từ 15.000 - 38.000 đồng/kg so "
            "với niên vụ trước).")
    assert by_text(analyse(text).claims)["15.000 - 38.000 đồng/kg"].measure == "change"
