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


def test_a_value_entered_in_the_admin_is_a_draft_the_public_does_not_see(catalogue, places, admin_client, client):
    admin_client.post(reverse("admin:indicators_datavalue_add"), {
        "indicator": catalogue["budget_revenue"].pk, "place": places.ba_che.pk, "period": "2020-01/2020-09",
        "modality": "actual", "issuer": "", "value": "29,577", "unit": "tỷ đồng", "note": "",
    })
    assert DataValue.objects.get().state == DataValue.State.DRAFT
    assert "29,577 tỷ đồng" not in client.get(places.ba_che.get_absolute_url()).content.decode()


def test_an_admin_edit_of_an_approved_value_becomes_a_proposed_change_and_keeps_its_link_to_the_sentence(
        catalogue, places, clerk_client):
    from chitieu.indicators.services import record_value

    stored = record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020-01/2020-09",
                          modality="actual", value="29.577", unit="tỷ đồng", source="claim",
                          source_detail={"claim": 7, "quote": "29,577 tỷ đồng"})
    response = clerk_client.post(reverse("admin:indicators_datavalue_change", args=[stored.pk]), {
        "value": "1", "unit": "tỷ đồng", "note": "", "reason": "sửa nhầm"}, follow=True)
    assert "đề nghị thay đổi" in response.content.decode()
    stored.refresh_from_db()
    assert stored.value == Decimal("29577000000") and stored.source_detail["claim"] == 7
    assert stored.proposed_changes.get().new_value == Decimal("1000000000")


def test_a_clerk_of_a_commune_sees_and_edits_only_its_values_in_the_admin(catalogue, places, client):
    from chitieu.accounts.services import create_user
    from chitieu.indicators.services import record_value

    clerk = create_user("can_bo_dap_thanh", "clerk", places=[places.dap_thanh])
    client.force_login(clerk)
    mine = record_value(indicator=catalogue["budget_revenue"], place=places.dap_thanh, period="2020", modality="actual",
                        value=3, unit="tỷ đồng", state=DataValue.State.DRAFT)
    theirs = record_value(indicator=catalogue["budget_revenue"], place=places.thanh_son, period="2020",
                          modality="actual", value=4, unit="tỷ đồng", state=DataValue.State.DRAFT)
    listing = client.get(reverse("admin:indicators_datavalue_changelist")).content.decode()
    assert "Xã Đạp Thanh" in listing and "Xã Thanh Sơn" not in listing
    assert client.get(reverse("admin:indicators_datavalue_change", args=[theirs.pk])).status_code == 403
    client.post(reverse("admin:indicators_datavalue_change", args=[mine.pk]), {"value": "3,5", "unit": "tỷ đồng"})
    mine.refresh_from_db()
    assert mine.value == Decimal("3500000000")
    assert [entry.via for entry in __import__("chitieu.workflow.services", fromlist=["x"]).value_history(mine)][-1] == "admin"
