"""The cast of the cache tests: a cache shared between requests (the tests' default is a dummy one), a commune
of a district and an indicator."""

import pytest

from chitieu.indicators.models import Indicator
from chitieu.pagecache.services import public_data_changed
from chitieu.places.models import Place


@pytest.fixture
def shared_cache(settings):
    settings.CACHES = {**settings.CACHES, "public": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                                      "LOCATION": "test-public-pages"}}
    public_data_changed()


@pytest.fixture
def commune(db):
    district = Place.objects.create(level="district", kind="huyen", name="Ba Chẽ", full_name="Huyện Ba Chẽ")
    return Place.objects.create(level="commune", kind="xa", name="Đạp Thanh", full_name="Xã Đạp Thanh", parent=district)


@pytest.fixture
def forest(db):
    return Indicator.objects.create(code="trong-rung", name_vi="Trồng rừng", name_en="Afforestation", unit="ha",
                                    kind="flow", aggregation="sum")
