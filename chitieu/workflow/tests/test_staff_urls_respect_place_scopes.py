"""Every staff URL × role × a place inside / outside the role's places: outside gets 403 or 404 (or a page
that shows none of it), never the data; a write outside changes nothing.

The cast (root conftest): a clerk of xã Đạp Thanh, a clerk and an approver of huyện Ba Chẽ, an approver of
tỉnh Quảng Ninh. Each holds data inside their places and sees data outside them: a value (and a claim, an
NTM assessment) at xã Đạp Thanh, xã Húc Động (huyện Bình Liêu) and tỉnh Thái Bình."""

import datetime
import io
import re

import pytest

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value

pytestmark = pytest.mark.django_db

# The cast: (fixture, places inside, place outside). A district covers its communes, a province everything in it.
CAST = [
    ("dap_thanh_clerk", "dap_thanh", "huc_dong"),
    ("ba_che_clerk", "dap_thanh", "huc_dong"),
    ("ba_che_approver", "dap_thanh", "huc_dong"),
    ("quang_ninh_approver", "huc_dong", "thai_binh"),
]
MARK = {"dap_thanh": "4.441", "huc_dong": "7.772", "thai_binh": "9.119"}  # each place's value, recognisable


def shows(page, place) -> bool:
    """Whether the page shows the place's value, however written (4.441 triệu, 4,441 tỷ, 4441000000)."""
    digits = MARK[place].replace(".", "")
    # (as a number, not inside a token: a page's CSRF token or a hash holding "4441" by chance is no leak)
    return any(re.search(rf"(?<![0-9A-Za-z]){re.escape(form)}(?![A-Za-z])", page)
               for form in (MARK[place], MARK[place].replace(".", ","), digits))


@pytest.fixture
def world(cycle_places, catalogue):
    """A submitted budget revenue at each place, written as the operator would; a claim about each place."""
    from chitieu.documents.models import Claim, Document

    world = type("World", (), {})()
    world.values, world.claims = {}, {}
    for name, mark in MARK.items():
        place = getattr(cycle_places, name)
        world.values[name] = record_value(
            indicator=catalogue["budget_revenue"], place=place, period="2020", modality="actual",
            value=mark.replace(".", ""), unit="triệu đồng", state=DataValue.State.SUBMITTED)
        text = f"Thu ngân sách năm 2020 đạt {mark} triệu đồng."
        document = Document.objects.create(title=f"Báo cáo {name}", text=text, place=place, format="txt",
                                           published_on=datetime.date(2020, 12, 20), content_hash=f"hash-{name}")
        world.claims[name] = Claim.objects.create(
            document=document, start=0, end=len(text), text=f"{mark} triệu đồng", value=float(mark.replace(".", "")) * 1e6,
            unit="VND", measure="level", modality="actual", subject="Thu ngân sách", period_text="2020",
            indicator=catalogue["budget_revenue"], place=place, period="2020", link_status=Claim.Link.LINKED)
    return world


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(params=CAST, ids=[row[0] for row in CAST])
def actor(request, world):
    fixture, inside, outside = request.param
    user = request.getfixturevalue(fixture)
    return type("Actor", (), {"user": user, "client": _client(user), "inside": inside, "outside": outside,
                              "world": world})()


def _refused(response):
    return response.status_code in (403, 404)


# ---- pages that read one row: outside → 403/404; inside → 200

ROW_PAGES = [  # (label, url, the permission the page needs at all)
    ("the value page", lambda w, p: f"/workflow/values/{w.values[p].pk}/", None),
    ("the admin change form of a value", lambda w, p: f"/admin/indicators/datavalue/{w.values[p].pk}/change/", None),
    ("the admin history of a value", lambda w, p: f"/admin/indicators/datavalue/{w.values[p].pk}/history/", None),
    ("the admin delete page of a value", lambda w, p: f"/admin/indicators/datavalue/{w.values[p].pk}/delete/",
     "indicators.delete_datavalue"),
]


@pytest.mark.parametrize("label,url,needs", ROW_PAGES, ids=[row[0] for row in ROW_PAGES])
def test_a_page_about_one_row_answers_inside_and_refuses_outside(actor, label, url, needs):
    inside = actor.client.get(url(actor.world, actor.inside))
    assert inside.status_code == (200 if needs is None or actor.user.has_perm(needs) else 403), label
    outside = actor.client.get(url(actor.world, actor.outside))
    assert _refused(outside), f"{label}: {outside.status_code}"
    assert not shows(outside.content.decode(), actor.outside)


def test_the_claim_page_answers_a_reviewer_inside_and_refuses_outside(actor):
    inside = actor.client.get(f"/documents/claims/{actor.world.claims[actor.inside].pk}/")
    outside = actor.client.get(f"/documents/claims/{actor.world.claims[actor.outside].pk}/")
    if actor.user.has_perm("documents.review_claim"):
        assert inside.status_code == 200
    assert _refused(outside)


# ---- lists: the rows outside never appear

LISTS = ["/workflow/", "/admin/indicators/datavalue/", "/documents/review/"]


@pytest.mark.parametrize("url", LISTS)
def test_a_list_shows_the_rows_inside_and_none_outside(actor, url):
    response = actor.client.get(url)
    if _refused(response):
        return  # a role without the page (a clerk and the review queue)
    page = response.content.decode()
    assert not shows(page, actor.outside)
    if url != "/workflow/" or actor.user.has_perm("criteria.add_assessment"):  # a clerk's queue lists no submitted values
        assert shows(page, actor.inside)


# ---- writes outside change nothing

def test_workflow_steps_on_a_value_outside_are_refused_and_change_nothing(actor):
    value = actor.world.values[actor.outside]
    for action in ("submit", "approve", "send_back", "reopen", "ask"):
        response = actor.client.post(f"/workflow/values/{value.pk}/", {"action": action, "reason": "x", "text": "x"})
        assert _refused(response), action
    value.refresh_from_db()
    assert value.state == DataValue.State.SUBMITTED and not value.explanations.exists()


def test_admin_actions_on_a_value_outside_change_nothing(actor):
    value = actor.world.values[actor.outside]
    for action in ("approve_values", "send_back_values", "reopen_values"):
        actor.client.post("/admin/indicators/datavalue/", {
            "action": action, "_selected_action": [value.pk], "reason": "x", "index": 0})
    value.refresh_from_db()
    assert value.state == DataValue.State.SUBMITTED


def test_the_admin_add_form_refuses_a_place_outside(actor, cycle_places, catalogue):
    place = getattr(cycle_places, actor.outside)
    response = actor.client.post("/admin/indicators/datavalue/add/", {
        "indicator": catalogue["budget_revenue"].pk, "place": place.pk, "period": "2021", "modality": "actual",
        "issuer": "", "value": "5", "unit": "tỷ đồng", "note": ""})
    assert response.status_code in (200, 403)
    assert not DataValue.objects.filter(place=place, period="2021").exists()


def test_the_import_page_refuses_a_file_with_a_row_outside_naming_the_row(actor, cycle_places):
    inside, outside = getattr(cycle_places, actor.inside), getattr(cycle_places, actor.outside)
    rows = ["Mã chỉ tiêu,Mã địa bàn,Địa bàn,Kỳ,Loại số liệu,Giá trị,Đơn vị",
            f"budget_revenue,{inside.code},{inside.name},2021,actual,5,tỷ đồng",
            f"budget_revenue,{outside.code},{outside.name},2021,actual,6,tỷ đồng"]
    upload = io.BytesIO("\n".join(rows).encode())
    upload.name = "so-lieu.csv"
    response = actor.client.post("/indicators/import/", {"file": upload})
    assert response.status_code == 200
    assert "nằm ngoài các địa bàn" in response.content.decode() and ">3<" in response.content.decode()
    assert not DataValue.objects.filter(period="2021").exists()  # all or nothing


def test_assessing_a_place_outside_is_refused(actor, cycle_places):
    place = getattr(cycle_places, actor.outside)
    response = actor.client.get(f"/criteria/places/{place.pk}/assess/ntm_commune_2021_2025/")
    assert _refused(response)


def test_a_visitor_is_sent_to_log_in_or_refused_on_every_staff_page(client, world):
    value = world.values["dap_thanh"]
    for url in ["/workflow/", f"/workflow/values/{value.pk}/", "/indicators/import/", "/documents/review/",
                f"/admin/indicators/datavalue/{value.pk}/change/"]:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert not shows(response.content.decode(), "dap_thanh")
