"""The dashboards' small world: Quảng Ninh with Ba Chẽ and Bình Liêu and their communes (the criteria tests'
places), the real catalogue and criteria sets, and the demo's own values loaded as `chitieu init --demo` does."""

import pytest

from chitieu.criteria.tests.conftest import ba_che, binh_lieu, quang_ninh, sets  # noqa: F401  (fixtures)

QUIET = dict(log=lambda *a: None)


@pytest.fixture
def demo(catalogue, sets, ba_che, binh_lieu):  # noqa: F811
    """The demo as a clone without ../shared has it: the facts of the two articles and the invented series."""
    pytest.importorskip("chitieu.places.lookup")
    from chitieu.criteria.demo import load_demo_assessments
    from chitieu.indicators.demo import load_demo_values

    load_demo_values(**QUIET)
    load_demo_assessments(**QUIET)
    return {"ba_che": ba_che, "binh_lieu": binh_lieu}
