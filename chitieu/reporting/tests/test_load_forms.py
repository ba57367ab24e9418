"""Forms are data: `chitieu init` loads data/forms/*.yaml; the load is safe to repeat and a bad file is
refused with its name and entry."""

import pytest

from chitieu.reporting.loader import FormFileError, load_forms
from chitieu.reporting.models import ReportForm


def test_the_shipped_forms_are_loaded_with_their_rows_targets_and_rules(forms):
    monthly = forms["ktxh-thang"]
    codes = list(monthly.rows.values_list("indicator__code", flat=True))
    assert codes[:2] == ["production_value", "production_value_agriculture"]
    assert {"budget_revenue", "public_investment_disbursed", "forest_planted", "poor_households"} <= set(codes)
    assert monthly.periodicity == "month" and monthly.level_list == ["district", "commune"]
    assert monthly.due_rule == "after_cutoff" and monthly.due_days == 3
    assert [str(t) for t in monthly.targets.all()] == ["Dự toán (HĐND huyện)", "Dự toán (UBND tỉnh)", "Kế hoạch (HĐND xã)"]
    ntm = forms["ntm-xa"]
    assert ntm.level_list == ["commune"] and ntm.rows.get(indicator__code="ntm_average_criteria").name == "Số tiêu chí nông thôn mới xã đã đạt"
    assert forms["ktxh-quy"].periodicity == "quarter"


def test_loading_twice_changes_nothing_and_restores_a_forms_rows(forms):
    monthly = forms["ktxh-thang"]
    count = monthly.rows.count()
    monthly.rows.filter(indicator__code="forest_planted").delete()
    load_forms(log=lambda *a: None)
    assert ReportForm.objects.count() == 3 and monthly.rows.count() == count


def test_a_form_made_in_the_admin_is_left_alone(forms):
    ReportForm.objects.create(code="bieu-rieng", name="Biểu riêng của tỉnh", periodicity="year", levels="district")
    load_forms(log=lambda *a: None)
    assert ReportForm.objects.filter(code="bieu-rieng").exists()


@pytest.mark.parametrize("text, message", [
    ("code: x\nname: X\nperiodicity: weekly\nlevels: [commune]\nindicators: [households]\n", "periodicity 'weekly'"),
    ("code: x\nname: X\nperiodicity: month\nlevels: [hamlet]\nindicators: [households]\n", "levels ['hamlet']"),
    ("code: x\nname: X\nperiodicity: month\nlevels: [commune]\nindicators: [households, no_such_code]\n", "indicators[2] names 'no_such_code'"),
    ("code: x\nname: X\nperiodicity: month\nlevels: [commune]\n", "`indicators` is missing"),
    ("code: x\nname: X\nperiodicity: month\nlevels: [commune]\nindicators: [households]\ntargets: [{label: Kế hoạch}]\n", "targets[1] needs an `issuer`"),
])
def test_a_bad_form_file_is_refused_naming_the_file_and_entry(catalogue, tmp_path, text, message):
    (tmp_path / "bieu-loi.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(FormFileError) as error:
        load_forms(log=lambda *a: None, folder=tmp_path)
    assert str(error.value).startswith("bieu-loi.yaml") and message in str(error.value)
    assert not ReportForm.objects.exists()


def test_init_loads_the_forms(catalogue):
    from django.conf import settings

    assert "chitieu.reporting.loader.load_forms" in settings.CHITIEU_REFERENCE_STEPS
