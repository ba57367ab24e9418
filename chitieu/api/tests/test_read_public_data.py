def test_anyone_reads_approved_values_without_a_token(call, values):
    response = call("get", "/api/v1/values")
    assert response.status_code == 200
    body = response.json()
    ids = {row["id"] for row in body["results"]}
    assert values["ba_che_revenue"].pk in ids and values["dap_thanh_revenue"].pk in ids
    assert values["ba_che_draft"].pk not in ids and values["binh_lieu_draft"].pk not in ids
    row = next(r for r in body["results"] if r["id"] == values["ba_che_revenue"].pk)
    assert (row["indicator"], row["place_code"], row["period"], row["value"], row["state"]) == (
        "budget_revenue", "202", "2020-01/2020-09", 29577000000.0, "approved")


def test_values_filter_by_indicator_place_descendants_period_and_modality(call, values, places):
    only = call("get", "/api/v1/values", place=places.ba_che.pk).json()
    assert {r["place_id"] for r in only["results"]} == {places.ba_che.pk}
    below = call("get", "/api/v1/values", place=places.ba_che.pk, descendants="true").json()
    assert {r["place_id"] for r in below["results"]} == {places.ba_che.pk, places.dap_thanh.pk}
    targets = call("get", "/api/v1/targets", indicator_code="budget_revenue").json()
    assert [r["issuer"] for r in targets["results"]] == ["HĐND huyện"]
    in_range = call("get", "/api/v1/values", period_from="2020-01-01", period_to="2020-09-30", modality="actual").json()
    assert [r["id"] for r in in_range["results"]] == [values["ba_che_revenue"].pk]


def test_pages_are_stable_and_link_to_the_next(call, values):
    from chitieu.places.models import Place

    first = call("get", "/api/v1/values", limit=2).json()
    assert len(first["results"]) == 2 and first["previous"] is None and "after=" in first["next"]
    second = call("get", first["next"].replace("http://testserver", "")).json()
    assert second["results"][0]["id"] > first["results"][1]["id"] and second["next"] is None
    by_offset = call("get", "/api/v1/values", limit=2, offset=2).json()
    assert by_offset["results"] == second["results"] and by_offset["previous"]
    places = call("get", "/api/v1/places", limit=2).json()
    assert places["count"] == Place.objects.count() and places["next"].endswith("offset=2")


def test_other_states_need_a_token_and_errors_are_problem_details(call, values):
    response = call("get", "/api/v1/values", state="draft")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 401 and problem["title"] and problem["detail"]
    too_many = call("get", "/api/v1/values", limit=5000)
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "query.limit"


def test_a_place_carries_its_history(call, places):
    body = call("get", f"/api/v1/places/{places.dap_thanh.pk}").json()
    assert body["path_name"] == "Xã Đạp Thanh, Huyện Ba Chẽ, Tỉnh Quảng Ninh"
    assert [s["place"]["name"] for s in body["successors"]] == ["Ba Chẽ"]
    assert [a["code"] for a in body["ancestors"]] == ["202", "22"]


def test_indicators_and_search(call, catalogue, places):
    budget = call("get", "/api/v1/indicators/budget_revenue").json()
    assert budget["unit"] == "VND"
    found = call("get", "/api/v1/search", q="Ba Chẽ").json()
    assert {p["full_name"] for p in found["places"]} >= {"Huyện Ba Chẽ", "Xã Ba Chẽ"}


def test_the_schema_and_the_docs_are_served(call):
    schema = call("get", "/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.") and "/api/v1/values" in schema["paths"]
    assert call("get", "/api/v1/docs").status_code == 200


def test_the_public_is_rate_limited(call, values, settings):
    from django.core.cache import cache

    cache.clear()
    settings.CHITIEU_API_RATES = {"public": "2/m", "token": "100/m"}
    assert [call("get", "/api/v1/indicators").status_code for _ in range(3)] == [200, 200, 429]
    cache.clear()


def test_a_search_count_beyond_the_ranked_candidates_says_it_is_only_a_lower_bound(call, db, monkeypatch):
    from chitieu.documents import search
    from chitieu.documents.models import Document

    for n in range(5):
        Document.objects.create(title=f"Báo cáo {n}", text="Thu ngân sách", format="txt", content_hash=f"lb-{n}")
    monkeypatch.setattr(search, "CANDIDATES", 3)
    capped = call("get", "/api/v1/documents", q="ngân sách", limit=2).json()
    assert (capped["count"], capped["count_is_lower_bound"], len(capped["results"])) == (3, True, 2)
    exact = call("get", "/api/v1/documents", q="ngân sách", limit=2, offset=4).json()
    assert (exact["count"], exact["count_is_lower_bound"]) == (5, False)
