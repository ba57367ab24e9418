from decimal import Decimal

import pytest
from django.urls import reverse

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value
from chitieu.indicators.transfer import export_values, import_values


def snapshot():
    return sorted(
        (v.indicator.code, v.place_id, v.period, v.modality, v.issuer, v.value, v.unit, v.note)
        for v in DataValue.objects.select_related("indicator")
    )


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_gives_back_the_same_values(ba_che_budget, catalogue, places, tmp_path, suffix):
    record_value(indicator=catalogue["poverty_rate"], place=places.dap_thanh, period="2020-09-15", modality="actual",
                 value=Decimal("1.333333"), unit="%", note="điều tra giữa kỳ")
    record_value(indicator=catalogue["grdp"], place=places.quang_ninh, period="2021/2025", modality="target",
                 value=Decimal("123456789012345.5"), issuer="Nghị quyết Đại hội")
    before = snapshot()
    path = tmp_path / f"values.{suffix}"
    assert export_values(path) == len(before)
    DataValue.objects.all().delete()
    result = import_values(path)
    assert result.created == len(before)
    assert snapshot() == before


def test_the_template_can_be_downloaded_and_imported_as_it_is(catalogue, places, client, tmp_path):
    response = client.get(reverse("indicators:template", args=["xlsx"]))
    assert response.status_code == 200
    path = tmp_path / "mau.xlsx"
    path.write_bytes(b"".join(response.streaming_content))
    result = import_values(path)
    assert result.created == 2
