"""Places of the real reference data, for two provinces only (Quảng Ninh and Lạng Sơn), so that each test
loads its own copy in a fraction of a second. The rows are read once per test session (the reading is pure);
each test stores them through the real loader, inside its own transaction."""

import functools

import pytest

from chitieu.places import reference
from chitieu.places.services import load_reference_places

QUANG_NINH, LANG_SON = "22", "20"
_read_uncached = reference.read_reference
_read_once = functools.lru_cache(maxsize=4)(lambda provinces: _read_uncached(list(provinces)))


@pytest.fixture
def read_cached(monkeypatch):
    def cached(only_provinces=None):
        return _read_once(tuple(only_provinces)) if only_provinces else _read_uncached(only_provinces)

    monkeypatch.setattr(reference, "read_reference", cached)


@pytest.fixture
def places(db, read_cached):
    """Quảng Ninh and Lạng Sơn, before and after the 2025 reform, with their 2020 history."""
    load_reference_places(log=lambda *a: None, only_provinces=[QUANG_NINH, LANG_SON])
