"""A small world for the documents tests: a province with two districts (one commune name in both, so
that it is ambiguous), two catalogue indicators, and helpers to store documents and claims directly."""

import datetime
import itertools

import pytest

from chitieu.documents.models import Claim, Document
from chitieu.documents.services import content_hash


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def world(db):
    from chitieu.indicators.models import Indicator, IndicatorPhrase
    from chitieu.places.models import Place

    class World:
        pass

    w = World()
    w.province = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    w.district = Place.objects.create(
        level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ", parent=w.province,
        valid_to=datetime.date(2025, 6, 30),
    )
    w.other_district = Place.objects.create(
        level="district", kind="huyen", code="203", name="Tiên Yên", full_name="Huyện Tiên Yên", parent=w.province,
        valid_to=datetime.date(2025, 6, 30),
    )
    w.commune = Place.objects.create(
        level="commune", kind="xa", code="06985", name="Đạp Thanh", full_name="Xã Đạp Thanh", parent=w.district,
        valid_to=datetime.date(2025, 6, 30),
    )
    # One commune name in two districts: "Thanh Sơn" alone is ambiguous at the province level.
    w.thanh_son = Place.objects.create(level="commune", kind="xa", code="06970", name="Thanh Sơn", full_name="Xã Thanh Sơn", parent=w.district)
    w.thanh_son_too = Place.objects.create(level="commune", kind="xa", code="07000", name="Thanh Sơn", full_name="Xã Thanh Sơn", parent=w.other_district)

    w.budget = Indicator.objects.create(
        code="thu-ngan-sach", name_vi="Thu ngân sách nhà nước trên địa bàn", name_en="State budget revenue",
        unit="VND", kind="flow", aggregation="sum",
    )
    for phrase in ("tổng thu NSNN", "thu ngân sách", "thu NSNN"):
        IndicatorPhrase.objects.create(indicator=w.budget, phrase=phrase)
    w.forest = Indicator.objects.create(
        code="trong-rung", name_vi="Diện tích trồng rừng tập trung", name_en="New forest planted", unit="ha",
        kind="flow", aggregation="sum",
    )
    IndicatorPhrase.objects.create(indicator=w.forest, phrase="trồng rừng")
    w.poverty = Indicator.objects.create(
        code="ty-le-ho-ngheo", name_vi="Tỷ lệ hộ nghèo", name_en="Poverty rate", unit="%", kind="rate",
        aggregation="weighted_mean", good_direction="down",
    )
    return w


@pytest.fixture
def make_document(db):
    made = itertools.count()

    def make(text="Huyện Ba Chẽ tổng kết công tác năm 2020 với nhiều kết quả tích cực trong phát triển kinh tế.",
             title="Tổng kết năm 2020", place=None, published_on=datetime.date(2020, 12, 20), category="tin_tuc"):
        return Document.objects.create(
            title=title, text=text, place=place, published_on=published_on, category=category,
            content_hash=content_hash(f"{title}\n{text}\n{next(made)}"), format="txt",
        )

    return make


@pytest.fixture
def make_claim(world, make_document):
    """A claim on its own little document, linked like the mapping would have linked it."""

    def make(value=35.2e9, *, text="35,2 tỷ đồng", subject="Thu ngân sách nhà nước trên địa bàn", unit="VND",
             modality="actual", measure="level", period="2020", indicator=None, place=None, linked=True, document=None):
        sentence = f"{subject} năm 2020 đạt {text}, vượt dự toán."
        document = document or make_document(text=sentence, place=world.district)
        start = document.text.find(text)
        start = start if start >= 0 else 0
        indicator = indicator if indicator is not None else (world.budget if linked else None)
        return Claim.objects.create(
            document=document, start=start, end=start + len(text), text=text, value=value, unit=unit,
            measure=measure, modality=modality, subject=subject, period_text=period or "",
            indicator=indicator, place=place or (world.district if linked else None), period=period if linked else None,
            link_status=Claim.Link.LINKED if linked else Claim.Link.UNLINKED,
            link_problems="" if linked else "không khớp chỉ tiêu nào trong danh mục",
        )

    return make
