from chitieu.indicators.models import Indicator, IndicatorPhrase
from chitieu.indicators.services import find_indicator, load_catalogue

quiet = lambda *a: None  # noqa: E731


def test_it_loads_the_indicators_of_the_seed_articles_with_their_units(catalogue):
    expected = {
        "production_value": "VND", "budget_revenue": "VND", "budget_revenue_domestic": "VND", "budget_revenue_trade": "VND",
        "public_investment_volume": "VND", "public_investment_disbursed": "VND", "forest_planted": "ha",
        "large_timber_forest": "ha", "poor_households": "hộ", "poverty_rate": "%", "near_poor_rate": "%",
        "schools_national_standard": "trường", "ntm_communes": "xã", "economic_growth": "%",
        "grdp": "VND", "income_per_capita": "VND/person/year", "social_investment": "VND", "retail_sales": "VND",
        "rural_roads_hardened": "km", "health_insurance_coverage": "%", "trained_labour_rate": "%",
    }
    for code, unit in expected.items():
        assert catalogue[code].unit == unit, code


def test_it_records_kind_aggregation_direction_and_parts(catalogue):
    poverty = catalogue["poverty_rate"]
    assert poverty.kind == Indicator.Kind.RATE
    assert poverty.aggregation == Indicator.Aggregation.WEIGHTED_MEAN and poverty.weight.code == "households"
    assert poverty.good_direction == Indicator.Direction.DOWN
    assert catalogue["budget_revenue_domestic"].parent.code == "budget_revenue"
    assert catalogue["budget_revenue"].kind == Indicator.Kind.FLOW


def test_it_is_safe_to_load_twice(catalogue):
    indicators, phrases = Indicator.objects.count(), IndicatorPhrase.objects.count()
    load_catalogue(log=quiet)
    assert (Indicator.objects.count(), IndicatorPhrase.objects.count()) == (indicators, phrases)


def test_an_indicator_is_found_by_code_or_by_a_phrase_without_diacritics(catalogue):
    assert find_indicator("budget_revenue").code == "budget_revenue"
    assert find_indicator("tong thu NSNN").code == "budget_revenue"
    assert find_indicator("Tỷ lệ hộ nghèo").code == "poverty_rate"
    assert find_indicator("chỉ tiêu không có") is None


def test_the_criteria_app_finds_the_catalogue_codes_it_links_to(catalogue):
    for code in ("rural_income_per_capita", "poverty_rate", "health_insurance_coverage"):
        assert code in catalogue
