"""Where a figure holds when a list names offices after places, when a project is a road between places, and when a
place is named after "thuộc". Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_an_office_listed_after_places_is_the_provinces_not_the_place_before():
    claims = by_text(extract("Nghệ An: giải ngân đạt 52%. Các đơn vị có tỷ lệ giải ngân cao như: Cửa Lò (61,4%), Quỳnh "
                             "Lưu (60,2%), Công an tỉnh (74,1%), Sở Nội vụ (70,3%).", date="2030-09-28"))
    assert claims["60,2%"].place == "Quỳnh Lưu"
    assert claims["74,1%"].place == claims["70,3%"].place == "Nghệ An"


def test_the_places_a_road_runs_between_do_not_locate_its_figures():
    claims = by_text(extract("Nghệ An: giải ngân đạt 52%. Dự án Đường ven biển từ Nghi Sơn (Thanh Hóa) đến Cửa Lò (Nghệ "
                             "An) đã giải ngân 352 tỷ đồng.", date="2030-09-28"))
    assert claims["352 tỷ đồng"].place == "Nghệ An"


def test_a_place_named_after_thuộc_locates_its_item_only():
    claims = by_text(extract("Lâm Đồng có 104 xã đạt chuẩn. Bên cạnh đó, còn 5 xã đạt 17/19 tiêu chí thuộc huyện Đam "
                             "Rông; có 31 xã đạt chuẩn nâng cao.", date="2030-04-15"))
    assert claims["5 xã"].place == claims["17/19 tiêu chí"].place == "Đam Rông"
    assert claims["31 xã"].place == "Lâm Đồng"
