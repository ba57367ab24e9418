import datetime
from decimal import Decimal

from chitieu.indicators.derived import growth, place_table
from chitieu.indicators.display import row_text
from chitieu.indicators.services import record_value


def row_of(place, code, **kwargs):
    return next(row for row in place_table(place, **kwargs) if row.indicator.code == code)


def test_the_share_of_each_estimate_is_computed_from_the_three_values(ba_che_budget, places):
    row = row_of(places.ba_che, "budget_revenue")
    assert row.result == ba_che_budget["result"]
    shares = {progress.issuer: round(progress.percent, 1) for progress in row.targets}
    assert shares == {"HĐND huyện": Decimal("82.2"), "UBND tỉnh": Decimal("86.4")}
    text = row_text(row)
    assert text.result == "29,577 tỷ đồng"
    assert [t.progress.split(";")[0] for t in text.targets] == ["đạt 82,2%", "đạt 86,4%"]
    assert "còn 6,423 tỷ đồng" in text.targets[0].progress


def test_growth_is_computed_against_the_same_period_a_year_earlier(ba_che_budget, catalogue, places):
    record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2019-01/2019-09",
                 modality="actual", value=Decimal("20.64"), unit="tỷ đồng")
    row = row_of(places.ba_che, "budget_revenue")
    assert row.earlier.period == "2019-01/2019-09"
    assert round(row.growth_percent, 1) == Decimal("43.3")
    assert row_text(row).growth == "+43,3% so với cùng kỳ"


def test_a_rate_changes_in_points_not_in_percent(catalogue, places):
    poverty = catalogue["poverty_rate"]
    record_value(indicator=poverty, place=places.ba_che, period="2019-09", modality="actual", value="2.14", unit="%")
    record_value(indicator=poverty, place=places.ba_che, period="2020-09", modality="actual", value="1.3", unit="%")
    record_value(indicator=poverty, place=places.ba_che, period="2020", modality="target", value="1.5", unit="%")
    row = row_of(places.ba_che, "poverty_rate")
    assert row.change_points == Decimal("-0.84") and row.growth_percent is None
    assert row.targets[0].percent is None and row.targets[0].gap_points == Decimal("-0.2")
    assert row_text(row).growth == "-0,84 điểm % so với cùng kỳ"


def test_growth_is_relative():
    assert growth(Decimal(150), Decimal(100)) == Decimal(50)
    assert growth(Decimal(1), Decimal(0)) is None


def test_a_target_of_another_year_is_not_compared(ba_che_budget, catalogue, places):
    record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2021", modality="target",
                 value=40, unit="tỷ đồng", issuer="HĐND huyện")
    row = row_of(places.ba_che, "budget_revenue")
    assert {t.target.period for t in row.targets} == {"2020"}


def test_the_table_as_it_stood_on_a_past_date_leaves_out_later_results(ba_che_budget, catalogue, places):
    record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020", modality="actual",
                 value=38, unit="tỷ đồng")
    assert row_of(places.ba_che, "budget_revenue").result.period == "2020"
    then = row_of(places.ba_che, "budget_revenue", on_date=datetime.date(2020, 11, 16))
    assert then.result.period == "2020-01/2020-09"


def test_a_place_without_values_has_an_empty_table(places, catalogue):
    assert place_table(places.dap_thanh) == []


def test_a_district_figure_is_checked_against_the_sum_of_its_communes(ba_che_budget, catalogue, places):
    for commune, amount in ((places.dap_thanh, "12.5"), (places.thanh_son, "10")):
        record_value(indicator=catalogue["budget_revenue"], place=commune, period="2020-01/2020-09",
                     modality="actual", value=amount, unit="tỷ đồng")
    row = row_of(places.ba_che, "budget_revenue")
    assert row.rollup.value == Decimal("22500000000") and (row.rollup.parts, row.rollup.units) == (2, 2)
    assert row_text(row).rollup == "Cộng các đơn vị trực thuộc: 22,5 tỷ đồng (2/2)"


def test_a_rate_rolls_up_as_a_mean_weighted_by_its_weight(catalogue, places):
    for commune, rate, households in ((places.dap_thanh, "2", 300), (places.thanh_son, "5", 100)):
        record_value(indicator=catalogue["poverty_rate"], place=commune, period="2020", modality="actual", value=rate)
        record_value(indicator=catalogue["households"], place=commune, period="2020", modality="actual", value=households)
    from chitieu.indicators.derived import rollup

    assert rollup(catalogue["poverty_rate"], places.ba_che, "2020").value == Decimal("2.75")
    assert rollup(catalogue["economic_growth"], places.ba_che, "2020") is None  # does not aggregate
