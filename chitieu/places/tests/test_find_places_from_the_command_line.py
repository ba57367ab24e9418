import pytest
from django.core.management import CommandError, call_command


def run(capsys, *args):
    call_command("places", *args)
    return capsys.readouterr().out


def test_it_prints_every_candidate_with_hierarchy_dates_and_successors(places, capsys):
    out = run(capsys, "Ba Chẽ")
    assert "2 units match" in out
    assert "Huyện Ba Chẽ, Tỉnh Quảng Ninh  [202]  … – 30/06/2025" in out
    assert "Xã Ba Chẽ, Tỉnh Quảng Ninh  [06970]  01/07/2025 – nay" in out
    assert "became: Xã Ba Chẽ, Tỉnh Quảng Ninh (một phần)" in out


def test_a_date_and_a_parent_narrow_the_answer(places, capsys):
    out = run(capsys, "Thanh Sơn", "--on", "2020", "--parent", "Ba Chẽ")
    assert "Xã Thanh Sơn, Huyện Ba Chẽ" in out and "match" not in out
    assert "legal basis: Nghị quyết 1679/NQ-UBTVQH15" in out


def test_an_unknown_name_or_a_bad_date_is_an_error(places):
    with pytest.raises(CommandError, match="no administrative unit named 'Xyz'"):
        call_command("places", "Xyz")
    with pytest.raises(CommandError, match="expected a date"):
        call_command("places", "Ba Chẽ", "--on", "hôm qua")
