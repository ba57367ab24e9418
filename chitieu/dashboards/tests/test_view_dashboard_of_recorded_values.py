"""A visitor opens the dashboard of a place whose values were just recorded: a growth the source states beside the one
the figures give (flagged where they disagree, kept where the source's sentence states it), and drafts kept off."""

from decimal import Decimal

from chitieu.dashboards import services
from chitieu.dashboards.tests.reading import page, text_of
from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value


def test_a_stated_growth_that_the_figures_do_not_give_is_flagged(visitor, catalogue, ba_che):
    revenue = catalogue["budget_revenue"]
    record_value(indicator=revenue, place=ba_che, period="2019-01/2019-09", modality="actual", value=Decimal("25e9"))
    record_value(indicator=revenue, place=ba_che, period="2020-01/2020-09", modality="actual", value=Decimal("29.577e9"),
                 source=DataValue.Source.DEMO, source_detail={"fact": True, "publisher": "Báo Quảng Ninh", "published": "2020-11-16",
                                                              "stated": [{"measure": "growth", "basis": "same_period", "value": 43.3}]})
    text = text_of(page(visitor, ba_che))
    assert "nguồn ghi +43,3% · hệ thống tính +18,3% — ⚠ không khớp" in text


def test_draft_values_stay_off_the_public_dashboard(visitor, catalogue, ba_che):
    record_value(indicator=catalogue["budget_revenue"], place=ba_che, period="2020", modality="actual", value=Decimal("4e10"),
                 state=DataValue.State.DRAFT)
    assert "40 tỷ đồng" not in text_of(page(visitor, ba_che))


def test_a_growth_stated_in_the_same_sentence_as_an_accepted_figure_is_shown_beside_the_computed_one(catalogue, ba_che):
    from chitieu.documents.models import Claim, Document

    document = Document.objects.create(title="Ba Chẽ: Hiệu quả từ thực hiện chủ đề năm", text="…", content_hash="x" * 64,
                                       format="txt")
    figure = Claim.objects.create(document=document, start=100, end=115, text="29,577 tỷ đồng", value=29577e6,
                                  unit="VND", measure="level", modality="actual")
    Claim.objects.create(document=document, start=150, end=156, text="43,3%", value=43.3, unit="%", measure="growth",
                         basis="same_period", modality="actual")
    revenue = catalogue["budget_revenue"]
    record_value(indicator=revenue, place=ba_che, period="2019-01/2019-09", modality="actual", value=Decimal("20.64e9"))
    record_value(indicator=revenue, place=ba_che, period="2020-01/2020-09", modality="actual", value=Decimal("29.577e9"),
                 source=DataValue.Source.CLAIM, source_detail={"claim": figure.pk, "document": document.pk, "title": document.title})
    row = next(r for r in services.place_dashboard(ba_che).rows if r.indicator.code == "budget_revenue")
    growth = next(d for d in row.derived if d.measure == "growth")
    assert (growth.stated, round(growth.computed, 1), growth.disagrees) == (Decimal("43.3"), Decimal("43.3"), False)
    assert growth.source == document.title
