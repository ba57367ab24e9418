"""Anyone pastes a report on "Kiểm tra số liệu" and sees its figures, the arithmetic checks and agreement with
approved values; nothing is stored."""

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.documents.models import Document

TEXT = ("Trong 9 tháng năm 2020, thu ngân sách nhà nước trên địa bàn huyện Ba Chẽ đạt 29,577 tỷ đồng, "
        "bằng 82,2% dự toán huyện giao (36 tỷ đồng).")


def test_a_pasted_text_shows_every_figure_and_stores_nothing(visitor):
    response = visitor.post("/kiem-tra-so-lieu/", {"text": TEXT})
    assert response.status_code == 200
    result = response.context["result"]
    assert any("29,577" in f.text for f in result.figures)
    assert result.flags == []  # 82,2% = 29,577 ÷ 36 holds
    assert Document.objects.count() == 0


def test_a_wrong_percentage_is_flagged(visitor):
    response = visitor.post("/kiem-tra-so-lieu/", {"text": TEXT.replace("82,2%", "90%")})
    assert response.context["result"].flags
    assert "⚠" in response.content.decode()


def test_an_uploaded_file_is_read_in_memory(visitor):
    upload = SimpleUploadedFile("bao-cao.txt", TEXT.encode(), content_type="text/plain")
    response = visitor.post("/kiem-tra-so-lieu/", {"file": upload})
    assert any("29,577" in f.text for f in response.context["result"].figures)


def test_a_file_over_the_size_limit_is_refused(visitor, settings):
    from chitieu.portal import services

    upload = SimpleUploadedFile("lon.txt", b"a" * (services.CHECK_MAX_BYTES + 1), content_type="text/plain")
    response = visitor.post("/kiem-tra-so-lieu/", {"file": upload})
    assert response.context["result"] is None and "quá lớn" in response.content.decode()


def test_an_empty_form_says_what_is_missing(visitor):
    response = visitor.post("/kiem-tra-so-lieu/", {})
    assert "Hãy dán văn bản hoặc chọn một tệp" in response.content.decode()


def test_too_many_checks_from_one_address_are_refused(visitor, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "check-rate"}}
    codes = [visitor.post("/kiem-tra-so-lieu/", {"text": "Năm 2020 đạt 5 tỷ đồng."}).status_code for _ in range(12)]
    assert codes[:10] == [200] * 10 and codes[-1] == 429
