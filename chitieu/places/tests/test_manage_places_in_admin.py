from chitieu.places.lookup import resolve_place


def test_the_admin_finds_a_place_typed_without_diacritics(places, admin_client):
    page = admin_client.get("/admin/places/place/", {"q": "dap thanh"})
    assert page.status_code == 200
    assert "Xã Đạp Thanh" in page.content.decode()


def test_the_admin_filters_units_existing_today(places, admin_client):
    page = admin_client.get("/admin/places/place/", {"valid": "now", "level__exact": "commune", "q": "Ba Chẽ"})
    body = page.content.decode()
    assert "Xã Ba Chẽ" in body and "Thị trấn Ba Chẽ" not in body


def test_the_admin_page_of_a_place_shows_aliases_and_successions(places, admin_client):
    vo_ngai = resolve_place("xã Vô Ngại")
    body = admin_client.get(f"/admin/places/place/{vo_ngai.id}/change/").content.decode()
    assert "Xã Tiên Yên" in body and "1679/NQ-UBTVQH15" in body


def test_the_succession_and_alias_lists_open(places, admin_client):
    assert admin_client.get("/admin/places/succession/", {"q": "luong mong"}).status_code == 200
    assert admin_client.get("/admin/places/placealias/").status_code == 200
    assert admin_client.get("/admin/places/referencedataset/").status_code == 200
