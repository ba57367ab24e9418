from decimal import Decimal

from django.urls import reverse

from chitieu.indicators.models import DataValue


def test_staff_enter_a_value_in_ty_dong_and_it_is_stored_in_dong(catalogue, places, admin_client):
    response = admin_client.post(reverse("admin:indicators_datavalue_add"), {
        "indicator": catalogue["budget_revenue"].pk, "place": places.ba_che.pk, "period": "2020-01/2020-09",
        "modality": "actual", "issuer": "", "value": "29,577", "unit": "tỷ đồng", "note": "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    value = DataValue.objects.get()
    assert value.value == Decimal("29577000000") and value.source == "entered"


def test_the_admin_form_names_a_wrong_unit(catalogue, places, admin_client):
    response = admin_client.post(reverse("admin:indicators_datavalue_add"), {
        "indicator": catalogue["budget_revenue"].pk, "place": places.ba_che.pk, "period": "2020",
        "modality": "actual", "value": "5", "unit": "ha",
    })
    assert response.status_code == 200
    assert "không dùng được" in response.content.decode()
    assert not DataValue.objects.exists()
