def test_the_place_page_links_to_the_reports_of_its_periods(visitor, world):
    page = visitor.get(world.ba_che.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Báo cáo định kỳ" in html
    assert f"/reports/{world.ba_che.pk}/docx/?period=2020-01/2020-09" in html


def test_anyone_downloads_the_report_in_each_format(visitor, world):
    for fmt, magic in (("docx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")):
        response = visitor.get(f"/reports/{world.ba_che.pk}/{fmt}/", {"period": "2020-01/2020-09"})
        assert response.status_code == 200, fmt
        assert response.content.startswith(magic)
        assert "attachment" in response["Content-Disposition"]


def test_a_bad_period_or_format_is_refused(visitor, world):
    assert visitor.get(f"/reports/{world.ba_che.pk}/docx/", {"period": "chín tháng"}).status_code == 400
    assert visitor.get(f"/reports/{world.ba_che.pk}/odt/", {"period": "2020"}).status_code == 404
