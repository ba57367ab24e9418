import io

from django.core.management import call_command


def test_a_token_is_shown_once_and_stored_only_as_a_hash(staff):
    from django.contrib.auth import get_user_model

    from chitieu.api.models import ApiToken

    out, err = io.StringIO(), io.StringIO()
    call_command("token", "create", staff.clerk.username, "--name", "DHIS2", stdout=out, stderr=err)
    key = out.getvalue().strip()
    assert key.startswith("ct_") and "một lần" in err.getvalue()
    stored = ApiToken.objects.get(name="DHIS2")
    assert key not in (stored.key_hash, stored.prefix) and key.startswith(stored.prefix)
    assert get_user_model().objects.get(pk=stored.user_id) == staff.clerk


def test_a_wrong_or_revoked_token_is_refused(call, staff, values):
    from chitieu.api.services import revoke_token

    assert call("get", "/api/v1/me", key=staff.clerk_key).json()["username"] == "clerk_ba_che"
    assert call("get", "/api/v1/values", key="ct_not-a-key").status_code == 401
    revoke_token(staff.clerk_token)
    response = call("get", "/api/v1/values", key=staff.clerk_key)
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")


def test_a_clerk_sees_the_drafts_of_their_place_only(call, staff, values):
    rows = call("get", "/api/v1/values", key=staff.clerk_key, state="draft").json()["results"]
    assert [r["id"] for r in rows] == [values["ba_che_draft"].pk]


def test_a_clerk_enters_a_value_in_scope_and_not_outside(call, staff, places, catalogue):
    entry = {"indicator_code": "forest_planted", "place_id": places.ba_che.pk, "period": "2020-01/2020-06",
             "modality": "actual", "value": "1200", "unit": "ha"}
    created = call("post", "/api/v1/values", key=staff.clerk_key, data=entry)
    assert created.status_code == 201 and created.json()["state"] == "draft"
    outside = call("post", "/api/v1/values", key=staff.clerk_key, data={**entry, "place_id": places.binh_lieu.pk})
    assert outside.status_code == 403 and outside["Content-Type"] == "application/problem+json"
    anonymous = call("post", "/api/v1/values", data=entry)
    assert anonymous.status_code == 401
    wrong_unit = call("post", "/api/v1/values", key=staff.clerk_key, data={**entry, "unit": "tấn"})
    assert wrong_unit.status_code == 422 and wrong_unit.json()["errors"][0]["field"] == "unit"


def test_a_value_goes_through_submission_and_approval(call, staff, values):
    draft = values["ba_che_draft"].pk
    assert call("post", f"/api/v1/values/{draft}/submit", key=staff.clerk_key).json()["state"] == "submitted"
    refused = call("post", f"/api/v1/values/{draft}/approve", key=staff.other_approver_key)
    assert refused.status_code in (403, 404)
    approved = call("post", f"/api/v1/values/{draft}/approve", key=staff.approver_key)
    assert approved.status_code == 200 and approved.json()["state"] == "approved"
    again = call("post", f"/api/v1/values/{draft}/submit", key=staff.clerk_key)
    assert again.status_code == 409
    assert draft in [r["id"] for r in call("get", "/api/v1/values").json()["results"]]
