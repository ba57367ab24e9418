"""A target of the data store cites the resolution or decision of the documents register that set it: the
register item lists its targets, the place page and the article's headline figures name the decision."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from chitieu.cms.models import DocumentRegisterPage, RegisteredDocumentPage
from chitieu.cms.services import cite_decision, decisions_of, uncite_decision
from chitieu.cms.tests.conftest import make_editor

UA = {"HTTP_USER_AGENT": "Mozilla/5.0"}


@pytest.fixture
def resolution(province_portal):
    register = province_portal.section(DocumentRegisterPage)
    document = register.add_child(instance=RegisteredDocumentPage(
        title="Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2020", slug="nq-12",
        form=RegisteredDocumentPage.Form.RESOLUTION, issuer="HĐND tỉnh Quảng Ninh", number="12/NQ-HĐND",
        issued_on=datetime.date(2019, 12, 10), summary="Kế hoạch phát triển kinh tế - xã hội năm 2020",
    ))
    document.save_revision().publish()
    return document


@pytest.fixture
def values(commune_portal):
    from chitieu.indicators.models import DataValue, Indicator
    from chitieu.indicators.services import load_catalogue, record_value

    load_catalogue(log=lambda *a: None)
    indicator = Indicator.objects.filter(name_vi__icontains="thu ngân sách").first()
    made = {}
    for modality, period, amount in (("target", "2020", 36_000_000_000), ("actual", "2020-01/2020-09", 29_577_000_000)):
        value = record_value(indicator=indicator, place=commune_portal.place, period=period, modality=modality,
                             value=amount, unit="VND", source=DataValue.Source.ENTERED, issuer="HĐND tỉnh" if modality == "target" else "")
        DataValue.objects.filter(pk=value.pk).update(state=DataValue.State.APPROVED)
        value.refresh_from_db()
        made[modality] = value
    return made


def test_a_province_editor_cites_the_resolution_that_set_a_communes_target(resolution, values, province_portal, client):
    editor = make_editor("bien_tap_tinh", province_portal.place)
    cite_decision(values["target"], resolution, user=editor)
    assert decisions_of([values["target"].pk])[values["target"].pk].number == "12/NQ-HĐND"
    register_item = client.get(resolution.url_path, **UA).content.decode()
    assert "Chỉ tiêu do văn bản này giao" in register_item and values["target"].place.full_name in register_item
    place_page = client.get(f"/p/{values['target'].place_id}/", **UA).content.decode()
    assert "12/NQ-HĐND" in place_page and f'href="{resolution.url}"' in place_page
    uncite_decision(values["target"], user=editor)
    assert not decisions_of([values["target"].pk])


def test_only_a_target_cites_a_decision(resolution, values, province_portal):
    with pytest.raises(ValidationError):
        cite_decision(values["actual"], resolution, user=make_editor("bien_tap_tinh", province_portal.place))


def test_a_communes_editor_cannot_cite_the_provinces_register(resolution, values, commune_portal):
    with pytest.raises(PermissionDenied):
        cite_decision(values["target"], resolution, user=make_editor("bien_tap_xa", commune_portal.place))


def test_the_editor_cites_it_from_the_register_documents_screen(resolution, values, province_portal, client):
    client.force_login(make_editor("bien_tap_tinh", province_portal.place))
    screen = client.get(f"/cms-admin/chi-tieu-duoc-giao/{resolution.pk}/")
    assert screen.status_code == 200 and values["target"] in screen.context["citable"]
    client.post(f"/cms-admin/chi-tieu-duoc-giao/{resolution.pk}/", {"target": values["target"].pk})
    assert decisions_of([values["target"].pk])[values["target"].pk].number == "12/NQ-HĐND"
    assert values["target"] not in client.get(f"/cms-admin/chi-tieu-duoc-giao/{resolution.pk}/").context["citable"]
