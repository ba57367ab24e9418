"""The dashboards' small world: Quảng Ninh with Ba Chẽ and Bình Liêu and their communes (the criteria tests'
places), the real catalogue and criteria sets, and the demo's own values loaded as `chitieu init --demo` does."""

import pytest
from django.db import transaction

from chitieu.criteria.tests.conftest import (ba_che, binh_lieu, make_ba_che, make_binh_lieu, make_quang_ninh,  # noqa: F401
                                             quang_ninh, sets)

QUIET = dict(log=lambda *a: None)


def _load_the_demo():
    from chitieu.criteria.demo import load_demo_assessments
    from chitieu.indicators.demo import load_demo_values

    load_demo_values(**QUIET)
    load_demo_assessments(**QUIET)


@pytest.fixture
def demo(catalogue, sets, ba_che, binh_lieu):  # noqa: F811
    """The demo as a clone without ../shared has it: the facts of the two articles and the invented series."""
    pytest.importorskip("chitieu.places.lookup")
    _load_the_demo()
    return {"ba_che": ba_che, "binh_lieu": binh_lieu}


@pytest.fixture(scope="module")
def demo_of_the_module(django_db_setup, django_db_blocker):
    """The same demo, loaded once for a whole module whose tests only read it or roll back what they add (loading
    it takes about 3 s, once per test made the dashboards' tests a minute of CI): it stays in a transaction that each
    test's own nests in, and that is rolled back when the module ends, as Django's TestCase.setUpTestData does."""
    pytest.importorskip("chitieu.places.lookup")
    from chitieu.criteria.services import load_reference_sets
    from chitieu.indicators.services import load_catalogue

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_catalogue(**QUIET)
            load_reference_sets(**QUIET)
            province = make_quang_ninh()
            world = {"ba_che": make_ba_che(province), "binh_lieu": make_binh_lieu(province)}
            _load_the_demo()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield world
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
