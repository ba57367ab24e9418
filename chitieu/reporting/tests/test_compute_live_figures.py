"""The entry screen computes % of plan, growth and change in points as the clerk types (entry.js); the server
computes them with chitieu.indicators.derived and chitieu.formatting (sheet.py). Both must give the same
words for the same numbers: this runs the browser's code under Node on a table of cases."""

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from chitieu.formatting import vi_number, vi_percent, vi_points
from chitieu.indicators.models import Indicator
from chitieu.reporting.sheet import change_text, progress_text
from chitieu.reporting.units import UnitChoice
from chitieu.reporting.validation import read_number

SCRIPT = Path(__file__).resolve().parents[1] / "static" / "reporting" / "entry.js"
NODE = shutil.which("node") or shutil.which("nodejs")

pytestmark = pytest.mark.skipif(NODE is None, reason="needs Node.js to run entry.js outside a browser")

BILLION = UnitChoice("tỷ đồng", Decimal(10) ** 9)
HECTARE = UnitChoice("ha", Decimal(1))
PERCENT = UnitChoice("%", Decimal(1))
MILLION_PER_PERSON = UnitChoice("triệu đồng/người/năm", Decimal(10) ** 6)

# (kind, canonical unit, value, other (target or earlier), unit shown)
CASES = [
    ("flow", "VND", "29577000000", "36000000000", BILLION),
    ("flow", "VND", "29577000000", "20640000000", BILLION),
    ("flow", "VND", "36000000000", "36000000000", BILLION),
    ("flow", "VND", "1000000", "3000000", BILLION),
    ("flow", "ha", "3772", "3500", HECTARE),
    ("flow", "ha", "82.15", "100", HECTARE),
    ("flow", "ha", "0", "100", HECTARE),
    ("flow", "ha", "120", "0", HECTARE),
    ("flow", "ha", "1234567.891", "1000", HECTARE),
    ("stock", "hộ", "950", "1000", HECTARE),
    ("stock", "hộ", "999.95", "1000", HECTARE),
    ("rate", "%", "1.3", "2.14", PERCENT),
    ("rate", "%", "12.5", "12.5", PERCENT),
    ("rate", "%", "95.505", "90", PERCENT),
    ("rate", "VND/person/year", "52000000", "48500000", MILLION_PER_PERSON),
    ("rate", "VND/person/year", "45000000", "48500000", MILLION_PER_PERSON),
]


def indicator(kind, unit):
    return Indicator(code="x", name_vi="x", name_en="x", unit=unit, kind=kind, aggregation="none")


def run_js(expressions):
    program = f"""
const api = require({json.dumps(str(SCRIPT))});
const cases = {json.dumps(expressions)};
console.log(JSON.stringify(cases.map(([name, args]) => api[name](...args))));
"""
    result = subprocess.run([NODE, "-e", program], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def js_kind(kind):
    return "rate" if kind == "rate" else "amount"


def test_percent_of_plan_and_growth_read_the_same_in_the_browser_and_on_the_server():
    expressions, expected = [], []
    for kind, unit, value, other, shown in CASES:
        ind = indicator(kind, unit)
        args = [js_kind(kind), unit == "%", float(value), float(other), float(shown.factor), shown.label]
        expressions.append(["progressText", args])
        expected.append(progress_text(ind, Decimal(value), Decimal(other), shown))
        expressions.append(["changeText", args])
        expected.append(change_text(ind, Decimal(value), Decimal(other), shown))
    assert run_js(expressions) == expected


@pytest.mark.parametrize("function, python", [("viNumber", vi_number), ("viPercent", vi_percent), ("viPoints", vi_points)])
def test_numbers_are_formatted_the_same(function, python):
    numbers = ["0", "1", "-1", "29.577", "1234567.891", "0.05", "-0.004", "82.15", "99.9999", "1000", "-43.25"]
    assert run_js([[function, [float(n)]] for n in numbers]) == [python(Decimal(n)) for n in numbers]


def test_numbers_are_read_the_same_as_typed():
    typed = ["29,577", "3.772", "1,3", "1.234,5", "-5", "29577000000", "29,577 tỷ", "12 ha"]
    results = run_js([["parseNumber", [t]] for t in typed])
    for text, result in zip(typed, results):
        number, unit = read_number(text)
        assert Decimal(str(result["value"])) == number and result["unit"] == unit, text
    assert run_js([["parseNumber", ["khoảng mười"]], ["parseNumber", [""]]]) == [None, None]
