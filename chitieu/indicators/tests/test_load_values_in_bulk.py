"""`chitieu.indicators.bulk.bulk_load_values`: millions of values through COPY (PostgreSQL) or bulk_create,
never overwriting a value already stored, refusing a malformed row by its position."""

import datetime
from decimal import Decimal

import pytest

from chitieu.indicators.bulk import BadBulkRow, bulk_load_values
from chitieu.indicators.models import DataValue, Indicator
from chitieu.indicators.services import record_value
from chitieu.places.models import Place


@pytest.fixture
def commune(db):
    return Place.objects.create(level="commune", kind="xa", code="06985", name="Đạp Thanh", full_name="Xã Đạp Thanh")


@pytest.fixture
def indicator(db):
    return Indicator.objects.create(code="trong-rung", name_vi="Trồng rừng", name_en="Afforestation", unit="ha",
                                    kind="flow", aggregation="sum")


def test_values_load_in_bulk_approved_with_their_periods_and_provenance(commune, indicator, admin_user):
    rows = [(indicator.pk, commune.pk, f"2020-{m:02d}/2020-{m + 2:02d}", "actual", "", 10.5 * m) for m in (1, 4, 7, 10)]
    rows.append((indicator.pk, commune.pk, "2020", "target", "UBND huyện", 100))
    result = bulk_load_values(rows, name="thu-nghiem", user=admin_user, chunk=2)
    assert (result.loaded, result.skipped) == (5, 0)
    quarter = DataValue.objects.get(period="2020-04/2020-06")
    assert (quarter.period_start, quarter.period_end) == (datetime.date(2020, 4, 1), datetime.date(2020, 6, 30))
    assert quarter.value == Decimal("42") and quarter.unit == "ha" and quarter.state == DataValue.State.APPROVED
    assert quarter.source_detail == {"bulk": "thu-nghiem"} and quarter.approved_by == admin_user
    assert DataValue.objects.public().count() == 5


def test_a_value_already_stored_is_kept_and_counted_as_skipped(commune, indicator):
    record_value(indicator=indicator, place=commune, period="2021", modality="actual", value=7)
    result = bulk_load_values([(indicator.pk, commune.pk, "2021", "actual", "", 99),
                               (indicator.pk, commune.pk, "2022", "actual", "", 8)])
    assert (result.loaded, result.skipped) == (1, 1)
    assert DataValue.objects.get(period="2021").value == Decimal("7")


@pytest.mark.parametrize("row, message", [
    (("indicator", "place", "2020-13", "actual", "", 1), "row 1: period"),
    (("indicator", "place", "2020", "guess", "", 1), "row 1: modality"),
    ((0, "place", "2020", "actual", "", 1), "row 1: no indicator"),
    (("indicator", 0, "2020", "actual", "", 1), "row 1: no place"),
])
def test_a_malformed_row_is_refused_by_its_position(commune, indicator, row, message):
    ids = {"indicator": indicator.pk, "place": commune.pk}
    row = tuple(ids.get(cell, cell) if isinstance(cell, str) else cell for cell in row)
    with pytest.raises(BadBulkRow, match=message):
        bulk_load_values([row])
    assert not DataValue.objects.exists()
