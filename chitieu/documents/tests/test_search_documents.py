import datetime

import pytest

from chitieu.documents.search import search_documents


@pytest.fixture
def library(make_document):
    return {
        "budget": make_document(
            title="Thu ngân sách vượt dự toán",
            text="Năm 2020 thu ngân sách nhà nước trên địa bàn huyện đạt 42 tỷ đồng; thu ngân sách từ đất tăng mạnh.",
            published_on=datetime.date(2020, 12, 20), category="tin_tuc",
        ),
        "report": make_document(
            title="Báo cáo kinh tế - xã hội 9 tháng",
            text="Chín tháng đầu năm, ngân sách được điều hành chặt chẽ, thu đạt khá; trồng rừng được 900 ha.",
            published_on=datetime.date(2021, 10, 5), category="bao_cao",
        ),
        "forest": make_document(
            title="Đồng bào trồng rừng gỗ lớn",
            text="Người dân Đạp Thanh trồng rừng keo và quế trên các sườn đồi, thu nhập ổn định hơn.",
            published_on=datetime.date(2022, 3, 1), category="tin_tuc",
        ),
        "decree": make_document(
            title="Quyết định giao dự toán ngân sách",
            text="Ủy ban nhân dân tỉnh giao dự toán thu ngân sách năm 2023 cho các huyện.",
            published_on=datetime.date(2022, 12, 15), category="van_ban",
        ),
    }


def found(results):
    return [d.title for d in results.documents]


def test_it_finds_text_written_with_diacritics_when_searched_without_them(library):
    assert "Đồng bào trồng rừng gỗ lớn" in found(search_documents("dong bao trong rung"))
    assert set(found(search_documents("ngan sach"))) == {
        "Thu ngân sách vượt dự toán", "Báo cáo kinh tế - xã hội 9 tháng", "Quyết định giao dự toán ngân sách",
    }


def test_it_finds_text_searched_with_diacritics_and_đ(library):
    assert found(search_documents("Đạp Thanh")) == ["Đồng bào trồng rừng gỗ lớn"]
    assert found(search_documents("dap thanh")) == ["Đồng bào trồng rừng gỗ lớn"]


def test_it_ranks_the_document_that_says_it_most_first(library):
    results = search_documents("thu ngan sach")
    assert results.documents[0].title == "Thu ngân sách vượt dự toán"
    assert results.total == 3  # the report has the three words too, apart


def test_words_in_quotes_must_follow_each_other(library):
    assert set(found(search_documents('"thu ngan sach"'))) == {"Thu ngân sách vượt dự toán", "Quyết định giao dự toán ngân sách"}


def test_it_filters_by_category_alone(library):
    assert found(search_documents(category="bao_cao")) == ["Báo cáo kinh tế - xã hội 9 tháng"]


def test_it_filters_by_date_range_alone_newest_first(library):
    results = search_documents(date_from=datetime.date(2021, 1, 1), date_to=datetime.date(2022, 6, 30))
    assert found(results) == ["Đồng bào trồng rừng gỗ lớn", "Báo cáo kinh tế - xã hội 9 tháng"]


def test_it_combines_content_category_and_dates(library):
    assert found(search_documents("ngan sach", category="tin_tuc")) == ["Thu ngân sách vượt dự toán"]
    assert found(search_documents("trong rung", date_from=datetime.date(2022, 1, 1))) == ["Đồng bào trồng rừng gỗ lớn"]
    assert found(search_documents("ngan sach", category="van_ban", date_to=datetime.date(2022, 1, 1))) == []


def test_it_finds_nothing_for_a_word_no_document_has(library):
    results = search_documents("hải sản")
    assert results.total == 0 and results.documents == []


def test_the_index_follows_changes_and_deletions(library):
    library["forest"].title = "Người dân làm du lịch cộng đồng"
    library["forest"].text = "Homestay mở cửa đón khách."
    library["forest"].save()
    assert found(search_documents("trong rung")) == ["Báo cáo kinh tế - xã hội 9 tháng"]
    assert found(search_documents("homestay")) == ["Người dân làm du lịch cộng đồng"]
    library["report"].delete()
    assert found(search_documents("trong rung")) == []


def test_it_pages_through_many_results(make_document):
    for n in range(30):
        make_document(title=f"Tin số {n}", text=f"Bản tin thứ {n} nói về ngân sách xã.")
    first = search_documents("ngan sach", limit=20)
    second = search_documents("ngan sach", limit=20, offset=20)
    assert first.total == 30 and len(first.documents) == 20 and len(second.documents) == 10
    assert not {d.pk for d in first.documents} & {d.pk for d in second.documents}


def test_a_common_word_ranks_only_the_most_recent_candidates_and_counts_up_to_a_cap(db, monkeypatch):
    """At a million documents ranking and counting every match takes seconds: the newest CANDIDATES matches are
    ranked and counted ("more than" when they fill up)."""
    from chitieu.documents import search
    from chitieu.documents.models import Document

    for n in range(6):
        Document.objects.create(title=f"Báo cáo {n}", text="Thu ngân sách" + " ngân sách" * n, format="txt",
                                content_hash=f"cap-{n}")
    monkeypatch.setattr(search, "CANDIDATES", 3)
    results = search.search_documents("ngan sach", limit=1)
    assert [d.title for d in results.documents] == ["Báo cáo 5"]  # of the 3 newest, the best
    assert results.total == 3 and results.total_is_lower_bound
    last = search.search_documents("ngan sach", limit=2, offset=4)  # a page beyond the candidates: all ranked
    assert [d.title for d in last.documents] == ["Báo cáo 1", "Báo cáo 0"]
    assert last.total == 6 and not last.total_is_lower_bound
    everything = search.search_documents("", limit=2)
    assert everything.total == 3 and everything.total_is_lower_bound
