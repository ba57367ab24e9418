from decimal import Decimal

import pytest

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import InvalidValue, find_value, record_value


def test_a_value_given_in_ty_dong_is_stored_in_dong(catalogue, places, clerk):
    value = record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020-01/2020-09",
                         modality="actual", value="29.577", unit="tỷ đồng", user=clerk)
    assert value.value == Decimal("29577000000") and value.unit == "VND"
    assert value.created_by == clerk and value.updated_by == clerk
    assert str(value.period_start) == "2020-01-01" and str(value.period_end) == "2020-09-30"


def test_a_unit_that_does_not_measure_the_indicator_is_refused(catalogue, places):
    with pytest.raises(InvalidValue) as error:
        record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020", modality="actual",
                     value=5, unit="ha")
    assert error.value.field == "unit"
    assert not DataValue.objects.exists()


def test_a_counting_noun_agrees_on_its_first_syllable(catalogue, places):
    value = record_value(indicator=catalogue["tourists"], place=places.ba_che, period="2020", modality="actual",
                         value=1200, unit="lượt")
    assert value.unit == "lượt khách"


@pytest.mark.parametrize("field, changes", [
    ("period", {"period": "9 tháng 2020"}),
    ("period", {"period": "2020-13"}),
    ("modality", {"modality": "guess"}),
    ("value", {"value": "nhiều"}),
    ("value", {"value": None}),
    ("place", {"place": None}),
])
def test_it_rejects_a_value_with_a_bad_field_and_names_the_field(catalogue, places, field, changes):
    given = {"indicator": catalogue["forest_planted"], "place": places.ba_che, "period": "2020", "modality": "actual",
             "value": 3772, "unit": "ha", **changes}
    with pytest.raises(InvalidValue) as error:
        record_value(**given)
    assert error.value.field == field


def test_two_estimates_of_the_same_revenue_by_different_issuers_are_both_kept(ba_che_budget, catalogue, places):
    targets = DataValue.objects.filter(indicator=catalogue["budget_revenue"], modality="target")
    assert sorted((t.issuer, t.value) for t in targets) == [("HĐND huyện", Decimal("36000000000")), ("UBND tỉnh", Decimal("34230000000"))]


def test_recording_the_same_key_again_updates_the_value_and_keeps_who_created_it(ba_che_budget, catalogue, places, clerk, reviewer):
    updated = record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020-01/2020-09",
                           modality="actual", value=29.6, unit="tỷ đồng", user=clerk,
                           source="imported", source_detail={"file": "q3.xlsx", "row": 4})
    assert updated.pk == ba_che_budget["result"].pk
    assert updated.value == Decimal("29600000000")
    assert updated.created_by == reviewer and updated.updated_by == clerk
    assert updated.source_detail == {"file": "q3.xlsx", "row": 4}
    assert DataValue.objects.filter(modality="actual").count() == 1


def test_a_stored_value_is_found_by_its_key(ba_che_budget, catalogue, places):
    found = find_value(catalogue["budget_revenue"], places.ba_che, "2020", "target", "UBND tỉnh")
    assert found == ba_che_budget["province"]
    assert find_value(catalogue["budget_revenue"], places.ba_che, "2020", "target", "") is None
