import pytest
from django.core.management import CommandError, call_command

from chitieu.criteria.demo import load_demo_assessments

@pytest.fixture
def demo(sets, ba_che, binh_lieu):
    pytest.importorskip("chitieu.places.lookup")
    load_demo_assessments(log=lambda *a: None)

def show(*args):
    from io import StringIO

    out = StringIO()
    call_command("criteria", "show", *args, stdout=out)
    return out.getvalue()

def test_the_commune_board_prints_criteria_and_indicators_met(demo):
    text = show("Hoành Mô", "--date", "2020-12-01")
    assert "7/8 tiêu chí, 26/27 chỉ tiêu — CHƯA ĐẠT CHUẨN" in text
    assert "20/20 tiêu chí, 53/53 chỉ tiêu — ĐẠT CHUẨN" in text
    assert "Còn thiếu: 1 tiêu chí, 1 chỉ tiêu" in text
    assert "004_ff70d712946b5a71" in text

def test_the_district_board_prints_the_average_and_the_target(demo):
    text = show("huyện Bình Liêu", "--date", "2020-12-01")
    assert "bình quân 19 tiêu chí và 50,3 chỉ tiêu/xã" in text
    text = show("Ba Chẽ", "--in", "Quảng Ninh", "--date", "2020-12-01", "--set", "quangninh_commune_2016_2020")
    assert "7/7 xã đạt chuẩn" in text
    assert "Mục tiêu 7/7 xã đạt chuẩn" in text and "đã đạt" in text

def test_a_past_date_before_any_assessment_says_so(demo):
    assert "chưa có đánh giá" in show("Hoành Mô", "--date", "2019-01-01")

def test_an_unknown_place_or_set_is_a_clear_error(demo):
    with pytest.raises(CommandError, match="không tìm thấy đơn vị “Atlantis”"):
        show("Atlantis")
    with pytest.raises(CommandError, match="không có bộ tiêu chí “nope”"):
        show("Hoành Mô", "--set", "nope")

def test_import_through_the_command_reports_errors_and_exits(sets, binh_lieu, tmp_path):
    path = tmp_path / "sai.csv"
    path.write_text("place,parent,set,date,code,value\nHoành Mô,Bình Liêu,khong_co,2020-11-30,1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="1 lỗi; không ghi gì"):
        call_command("criteria", "import", str(path))
