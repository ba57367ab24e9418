"""The workflow tests use the cycle's cast of the root conftest (clerks and approvers held at places) and the
real indicator catalogue."""

import pytest



@pytest.fixture
def budget(catalogue):
    return catalogue["budget_revenue"]


@pytest.fixture
def enter(budget, cycle_places):
    """`enter(user, value, place=xã Đạp Thanh, **more)`: a budget revenue of 2020 entered through the service."""
    from chitieu.workflow.services import enter_value

    def _enter(user, value, place=None, **more):
        fields = {"indicator": budget, "place": place or cycle_places.dap_thanh, "period": "2020",
                  "modality": "actual", "value": value, "unit": "tỷ đồng", **more}
        return enter_value(user=user, **fields)

    return _enter
