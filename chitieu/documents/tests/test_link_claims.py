import datetime

import pytest

from chitieu.documents.mapping import Mapper, apply_link
from chitieu.documents.models import Claim


def claim(subject, *, unit="VND", measure="level", place=None, period="2020", qualifier="", value_max=None):
    return Claim(
        start=0, end=1, text="1", value=1, unit=unit, measure=measure, modality="actual", subject=subject,
        place_text=place, period_text=period or "", qualifier=qualifier, value_max=value_max,
    )


@pytest.mark.parametrize("subject", [
    "Thu ngân sách nhà nước trên địa bàn",
    "Tổng thu ngân sách nhà nước trên địa bàn huyện",
    "tổng thu NSNN",
    "thu ngân sách",
    "THU NGAN SACH NHA NUOC",
])
def test_it_links_every_wording_of_the_budget_revenue_to_one_indicator(world, subject):
    link = Mapper().link(claim(subject), world.district)
    assert link.indicator == world.budget
    assert link.linked


def test_it_links_a_claim_to_the_indicator_whose_unit_fits(world):
    mapper = Mapper()
    assert mapper.link(claim("trồng rừng tập trung", unit="ha"), world.district).indicator == world.forest
    assert mapper.link(claim("tỷ lệ hộ nghèo", unit="%"), world.district).indicator == world.poverty
    unfit = mapper.link(claim("trồng rừng tập trung", unit="VND"), world.district)
    assert unfit.indicator is None and "đơn vị" in " ".join(unfit.problems)


def test_it_leaves_a_subject_that_is_in_no_catalogue_indicator_unlinked_with_the_reason(world):
    link = Mapper().link(claim("số khách du lịch đến tham quan", unit="lượt khách"), world.district)
    assert link.indicator is None
    assert not link.linked
    assert "không khớp chỉ tiêu" in link.problems[0]


@pytest.mark.parametrize("measure", ["ratio", "change"])
def test_it_does_not_link_a_derived_figure_to_the_indicator(world, measure):
    link = Mapper().link(claim("Thu ngân sách nhà nước", unit="%", measure=measure), world.district)
    assert link.indicator is None
    assert "suy ra" in link.problems[0]


def test_it_does_not_link_a_threshold_as_a_value(world):
    link = Mapper().link(claim("thu ngân sách", qualifier="over"), world.district)
    assert link.indicator is None


def test_it_links_the_place_named_in_the_claim_inside_the_documents_district(world):
    link = Mapper().link(claim("thu ngân sách", place="Thanh Sơn"), world.district)
    assert link.place == world.thanh_son


def test_it_leaves_a_place_name_that_fits_two_units_unlinked(world):
    link = Mapper().link(claim("thu ngân sách", place="Thanh Sơn"), world.province)
    assert link.place is None
    assert "nhiều đơn vị" in " ".join(link.problems)


def test_it_falls_back_to_the_documents_place_when_the_claim_names_none(world):
    assert Mapper().link(claim("thu ngân sách", place=None), world.district).place == world.district


def test_it_recognises_the_documents_own_place_named_in_the_claim(world):
    assert Mapper().link(claim("thu ngân sách", place="Ba Chẽ"), world.district).place == world.district


def test_it_looks_the_place_up_on_the_date_of_the_period(world):
    world.commune.valid_to = datetime.date(2019, 12, 31)
    world.commune.save()
    link = Mapper().link(claim("thu ngân sách", place="Đạp Thanh", period="2020"), world.district)
    assert link.place is None


def test_it_leaves_a_claim_without_period_unlinked_instead_of_guessing_one(world):
    link = Mapper().link(claim("thu ngân sách", period=None), world.district)
    assert link.period is None
    assert not link.linked


def test_it_keeps_the_canonical_period_string(world):
    link = Mapper().link(claim("thu ngân sách", period="2020-01/2020-09"), world.district)
    assert link.period == "2020-01/2020-09"
    stored = apply_link(claim("thu ngân sách", period="2020-01/2020-09"), link)
    assert stored.link_status == Claim.Link.LINKED and stored.link_problems == ""


def test_pending_claims_are_linked_again_when_the_catalogue_grows(world, make_claim, capsys):
    from django.core.management import call_command

    from chitieu.indicators.models import Indicator

    claim = make_claim(linked=False, subject="số khách du lịch", unit="lượt khách", value=1200)
    tourists = Indicator.objects.create(
        code="khach-du-lich", name_vi="Số lượt khách du lịch", name_en="Tourist arrivals", unit="lượt khách",
        kind="flow", aggregation="sum",
    )
    call_command("ingest", "--relink")
    claim.refresh_from_db()
    assert claim.indicator == tourists and claim.link_status == Claim.Link.LINKED
    assert "1 nhận định được gắn lại" in capsys.readouterr().out


def test_a_target_knows_who_set_it_from_its_subject():
    from chitieu.documents.mapping import issuer_for

    assert issuer_for("dự toán huyện giao Thu ngân sách nhà nước trên địa bàn") == "HĐND huyện"
    assert issuer_for("dự toán tỉnh giao thu ngân sách") == "UBND tỉnh"
    assert issuer_for("Nghị quyết HĐND tỉnh giao") == "HĐND tỉnh"
    assert issuer_for("Thu ngân sách nhà nước") == ""


def test_the_level_the_text_gives_a_place_sets_homonyms_of_other_levels_aside(world):
    from chitieu.places.models import Place

    district = Place.objects.create(level="district", kind="huyen", code="9001", name="Định Hóa",
                                    full_name="Huyện Định Hóa", parent=world.province)
    commune = Place.objects.create(level="commune", kind="xa", code="90011", name="Định Hóa", full_name="Xã Định Hóa",
                                   parent=world.other_district)
    mapper = Mapper()
    on = datetime.date(2023, 11, 5)
    assert mapper.place_for("Định Hóa", None, on)[0] is None  # two units: not guessed
    assert mapper.place_for("Định Hóa", None, on, "district")[0] == district
    assert mapper.place_for("Định Hóa", None, on, "commune")[0] == commune


def test_a_village_the_text_names_is_left_unlinked_rather_than_given_to_a_commune_of_its_name(world):
    from chitieu.places.models import Place

    Place.objects.create(level="commune", kind="xa", code="90012", name="Dùi Chiêng", full_name="Xã Dùi Chiêng",
                         parent=world.district)
    place, reason = Mapper().place_for("Dùi Chiêng", world.district, datetime.date(2023, 3, 7), "village")
    assert place is None
    assert "thôn" in reason


def test_a_count_of_workers_links_to_an_indicator_counted_in_people():
    from chitieu.documents.mapping import units_agree

    assert units_agree("lao động", "người") and units_agree("người", "nhân khẩu")
    assert not units_agree("hộ", "người")


def test_a_growth_against_last_month_is_not_a_growth_rate_value(world):
    mapper = Mapper()
    _indicator, reason = mapper.indicator_for("chỉ số giá tiêu dùng", "%", "growth", basis="other")
    assert "cùng kỳ" in reason
