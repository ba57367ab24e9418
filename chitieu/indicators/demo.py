"""The demo's own values (data/demo_facts.yaml): the facts of the two 2020 articles (Ba Chẽ, Bình Liêu) with
their source, and invented series around them (other years, quarters, the communes) marked as such.

It runs before the documents demo: where ../shared is present, the claims accepted from the articles replace
the facts stored here (a `demo` value gives way to its claim), so the figures then link to their sentences;
where it is absent, the facts stay and still carry their publisher and date. Values are stored approved (the
public sees approved values only), through `record_value`, and a second run changes nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

from chitieu.indicators.models import DataValue, Indicator
from chitieu.indicators.services import record_value
from chitieu.periods import Period

DEMO_FILE = Path(__file__).parent / "data" / "demo_facts.yaml"
APPROVED = DataValue.State.APPROVED
INVENTED = {"invented": True, "file": "demo_facts.yaml"}


class DemoDataError(ValueError):
    pass


def read_demo_file(path: Path = DEMO_FILE) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _resolve_places(spec: dict, log) -> dict:
    from chitieu.places import lookup

    found = {}
    for key, entry in spec.items():
        on = entry.get("on")
        on = datetime.date.fromisoformat(str(on)) if on else None
        try:
            found[key] = lookup.resolve_place(entry["name"], parent=entry.get("parent"), on=on)
        except (lookup.PlaceNotFound, lookup.AmbiguousPlace) as error:
            log(f"  ! demo_facts.yaml places.{key}: “{entry['name']}”: {error}; bỏ qua")
    return found


@dataclass
class _DemoStore:
    """What every value of the demo is written against: the catalogue by code, and the keys of the values already
    accepted from an article's claim (read once: a query per value made the demo's load a third slower)."""
    indicators: dict
    claimed: set

    @classmethod
    def read(cls) -> _DemoStore:
        claimed = set(DataValue.objects.exclude(source=DataValue.Source.DEMO)
                      .values_list("indicator_id", "place_id", "period", "modality", "issuer"))
        return cls({i.code: i for i in Indicator.objects.all()}, claimed)


def _store(demo, code, place, period, modality, value, *, issuer="", detail, where):
    indicator = demo.indicators.get(code)
    if indicator is None:
        raise DemoDataError(f"demo_facts.yaml {where}: indicator “{code}” is not in the catalogue")
    if (indicator.pk, place.pk, str(period), modality, issuer) in demo.claimed:
        return 0  # a value accepted from an article's claim is not overwritten by the demo's copy of the same fact
    record_value(indicator=indicator, place=place, period=str(period), modality=modality, value=Decimal(str(value)),
                 issuer=issuer, source=DataValue.Source.DEMO, source_detail=detail, state=APPROVED)
    return 1


def load_demo_values(log=print, path: Path = DEMO_FILE):
    data = read_demo_file(path)
    demo = _DemoStore.read()
    if not demo.indicators:
        log("  ! demo: danh mục chỉ tiêu chưa được nạp; bỏ qua")
        return
    places = _resolve_places(data.get("places", {}), log)
    sources = data.get("sources", {})
    facts = invented = 0
    for number, fact in enumerate(data.get("facts", []), start=1):
        place = places.get(fact["place"])
        if place is None:
            continue
        source = sources[fact["source"]]
        detail = {
            "fact": True, "publisher": source["publisher"], "published": str(source["published"]),
            "url": source.get("url") or "", "corpus_doc": source.get("corpus_doc", ""),
            "stated": fact.get("stated", []),
        }
        facts += _store(demo, fact["indicator"], place, fact["period"], fact["modality"], fact["value"],
                        issuer=fact.get("issuer", ""), detail=detail, where=f"facts[{number}]")
    fact_values = {(f["place"], f["indicator"]): f for f in data.get("facts", []) if f["modality"] == "actual"}
    spec = data.get("invented", {})
    for entry in spec.get("flows", []):
        if entry["place"] in places:
            invented += _flow(demo, places[entry["place"]], entry, fact_values.get((entry["place"], entry["indicator"])))
    for entry in spec.get("points", []):
        if entry["place"] in places:
            invented += _points(demo, places[entry["place"]], entry, fact_values.get((entry["place"], entry["indicator"])))
    for entry in spec.get("communes", []):
        if entry["place"] in places:
            invented += _communes(demo, places[entry["place"]], entry, spec, log)
    log(f"  {facts} số liệu từ hai bài báo 2020, {invented} số liệu mẫu (tự đặt, ghi rõ là dữ liệu minh họa)")


def _quarters(year):
    return [Period.parse(f"{year}-{m:02d}/{year}-{m + 2:02d}") for m in (1, 4, 7, 10)]


def _ytd_like(span: Period, year: int) -> Period:
    """The same span as the fact's (first nine months, to 30 November) in another year."""
    return Period(span.kind, span.start.replace(year=year), span.end.replace(year=year))


def _flow(demo, place, entry, fact):
    code, shares = entry["indicator"], [Decimal(str(s)) for s in entry["shares"]]
    current = entry.get("current") or ({"period": fact["period"], "value": fact["value"]} if fact else None)
    span = Period.parse(str(current["period"])) if current else None
    count = 0
    for year, total in entry.get("years", {}).items():
        total = Decimal(str(total))
        quarters = [total * s for s in shares]
        count += _store(demo, code, place, year, "actual", _round(total), detail=INVENTED, where=code)
        for period, value in zip(_quarters(year), quarters):
            count += _store(demo, code, place, period, "actual", _round(value), detail=INVENTED, where=code)
        if span is not None:
            count += _store(demo, code, place, _ytd_like(span, int(year)), "actual",
                            _round(_share_of_year(span, shares) * total), detail=INVENTED, where=code)
    if span is not None:
        year = span.start.year
        if entry.get("current"):
            count += _store(demo, code, place, span, "actual", current["value"], detail=INVENTED, where=code)
        full = [q for q in _quarters(year) if q.end <= span.end]
        share = _share_of_year(span, shares) or Decimal(1)
        for index, period in enumerate(full):
            value = Decimal(str(current["value"])) * shares[index] / share
            count += _store(demo, code, place, period, "actual", _round(value), detail=INVENTED, where=code)
    count += _targets(demo, place, code, entry)
    return count


def _share_of_year(span: Period, shares) -> Decimal:
    """The share of a year's flow falling in the span: whole quarters by their shares, the rest pro rata."""
    total = Decimal(0)
    for share, quarter in zip(shares, _quarters(span.start.year)):
        if quarter.end <= span.end:
            total += share
        elif quarter.start <= span.end:
            total += share * Decimal((span.end - quarter.start).days + 1) / quarter.length_days()
    return total


def _targets(demo, place, code, entry):
    count = 0
    for issuer, by_year in (entry.get("targets") or {}).items():
        for year, value in by_year.items():
            count += _store(demo, code, place, year, "target", value, issuer=issuer, detail=INVENTED, where=code)
    return count


def _month_key(text):
    year, month = str(text).split("-")
    return int(year), int(month)


def _points(demo, place, entry, fact):
    """Values at month ends; the quarter ends between two given points are interpolated."""
    code = entry["indicator"]
    given = {}
    for key, value in entry["values"].items():
        if value is None:
            value = fact["value"] if fact else None
        if value is not None:
            given[_month_key(key)] = Decimal(str(value))
    count = 0
    if entry.get("yearly"):
        for (year, _month), value in given.items():
            count += _store(demo, code, place, year, "actual", value, detail=INVENTED, where=code)
        return count + _targets(demo, place, code, entry)
    keys = sorted(given)
    for (y0, m0), (y1, m1) in zip(keys, keys[1:]):
        start, end = y0 * 12 + m0, y1 * 12 + m1
        for month in range(start, end + 1):
            if month % 3 or month == end and (y1, m1) == keys[-1] and fact is not None:
                continue
            value = given[(y0, m0)] + (given[(y1, m1)] - given[(y0, m0)]) * (month - start) / (end - start)
            year, month_of_year = divmod(month - 1, 12)
            count += _store(demo, code, place, f"{year}-{month_of_year + 1:02d}", "actual", _round(value, 2),
                            detail=INVENTED, where=code)
    return count + _targets(demo, place, code, entry)


def _communes(demo, district, entry, spec, log):
    from chitieu.places import lookup

    rates = next((p for p in spec.get("points", []) if p["place"] == entry["place"] and p["indicator"] == "poverty_rate"), None)
    if rates is None:
        return 0
    communes = {}
    for name in entry["shares"]:
        try:
            communes[name] = lookup.resolve_place(name, parent=district, on=datetime.date(2020, 11, 16))
        except (lookup.PlaceNotFound, lookup.AmbiguousPlace) as error:
            log(f"  ! demo: “{name}” ({district}): {error}; bỏ qua")
    weights = {name: Decimal(str(entry["shares"][name])) * Decimal(str(entry["poverty_weights"][name])) for name in communes}
    norm = sum(weights.values(), Decimal(0)) / sum((Decimal(str(entry["shares"][n])) for n in communes), Decimal(0))
    count = 0
    for key, rate in rates["values"].items():
        year, month = _month_key(key)
        if rate is None:
            rate = DataValue.objects.get(indicator__code="poverty_rate", place=district, period=str(key), modality="actual").value
        households_total = Decimal(str(entry["households"][year]))
        period = f"{year}-{month:02d}"
        sums = {"households": 0, "poor_households": 0}
        for name, commune in communes.items():
            households = int((households_total * Decimal(str(entry["shares"][name]))).quantize(1, ROUND_HALF_UP))
            poor = int((households * Decimal(str(rate)) / 100 * Decimal(str(entry["poverty_weights"][name])) / norm)
                       .quantize(1, ROUND_HALF_UP))
            count += _store(demo, "households", commune, period, "actual", households, detail=INVENTED, where="communes")
            count += _store(demo, "poor_households", commune, period, "actual", poor, detail=INVENTED, where="communes")
            count += _store(demo, "poverty_rate", commune, period, "actual", _round(Decimal(poor) * 100 / households, 2),
                            detail=INVENTED, where="communes")
            sums["households"] += households
            sums["poor_households"] += poor
        for code, total in sums.items():
            count += _store(demo, code, district, period, "actual", total, detail=INVENTED, where="communes")
    return count


def _round(value, decimals=0):
    quantum = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    return Decimal(str(value)).quantize(quantum, ROUND_HALF_UP)
