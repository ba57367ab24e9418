"""The portal reads the real reference places of Quảng Ninh and Lạng Sơn, loaded the way the places app's
tests load them."""

import pytest

from chitieu.places.lookup import find_places
from chitieu.places.tests.conftest import places, read_cached  # noqa: F401 (fixtures)


@pytest.fixture
def ba_che(places):  # noqa: F811
    """Huyện Ba Chẽ, the 2020 district (abolished on 1 July 2025)."""
    (district,) = find_places("huyện Ba Chẽ", parent="Quảng Ninh")
    return district
