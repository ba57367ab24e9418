"""The reporting tests' world: the real catalogue, the shipped forms, and the cast's places (conftest.py at the
root: cycle_places, dap_thanh_clerk, ba_che_clerk, ba_che_approver, quang_ninh_approver)."""

from decimal import Decimal

import pytest

from chitieu.indicators.services import record_value


@pytest.fixture
def forms(catalogue):
    from chitieu.reporting.loader import load_forms

    return load_forms(log=lambda *a: None)


@pytest.fixture
def monthly(forms):
    return forms["ktxh-thang"]


@pytest.fixture
def store(catalogue):
    """`store(code, place, period, value, unit=None, modality="actual", issuer="")`: a value already in the store,
    approved (as history is)."""

    def put(code, place, period, value, unit=None, modality="actual", issuer=""):
        return record_value(indicator=catalogue[code], place=place, period=period, modality=modality, issuer=issuer,
                            value=Decimal(str(value)), unit=unit, state="approved")

    return put
