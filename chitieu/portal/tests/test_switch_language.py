"""Vietnamese first; the header's language switch turns the interface into English and back."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_interface_is_vietnamese_by_default(places, visitor):
    page = visitor.get("/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert '<html lang="vi">' in page and "Tỉnh, thành phố" in page


def test_the_language_switch_turns_the_pages_into_english_and_back(ba_che, visitor):
    response = visitor.post("/i18n/setlang/", {"language": "en", "next": f"/p/{ba_che.pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/p/{ba_che.pk}/"
    page = visitor.get(f"/p/{ba_che.pk}/").content.decode()
    assert '<html lang="en">' in page
    assert "This unit no longer exists." in page and "From 1/7/2025 part of" in page
    assert "District level · Rural district" in page
    assert "Huyện Ba Chẽ" in page  # names of places are never translated

    visitor.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert "Đơn vị này không còn tồn tại." in visitor.get(f"/p/{ba_che.pk}/").content.decode()


def test_an_invalid_date_is_refused_in_the_chosen_language(ba_che, visitor):
    visitor.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = visitor.get(f"/p/{ba_che.pk}/", {"on": "hôm qua"})
    assert response.status_code == 400 and 'lang="en"' in response.content.decode()
