"""Every table of a dashboard as one structure, rendered as HTML beside its chart and written to CSV and XLSX by
the same code path, so that the page and the downloads never say different things. A cell has the text a person
reads (Vietnamese number format) and, for figures, the number a spreadsheet computes with."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from chitieu.dashboards import status as rules
from chitieu.formatting import vi_percent, vi_points
from chitieu.indicators.display import _language, amount, chart_scale, period_label


@dataclass
class Cell:
    text: str
    number: Decimal | float | None = None
    css: str = ""
    lines: list | None = None  # shown one under the other; `text` joins them for the downloads


@dataclass
class Table:
    key: str  # the download's name: status, series-budget_revenue, ranking, ntm
    title: str
    columns: list
    rows: list = field(default_factory=list)  # lists of Cell
    notes: list = field(default_factory=list)
    chart: dict | None = None  # the chart's data (same figures), for <script type="application/json">


def _lang():
    return _language()


def _name(indicator):
    return indicator.name_en if _lang() == "en" else indicator.name_vi


def _num(value, unit):
    return Cell(amount_text(value, unit), float(value) if value is not None else None, "num")


def amount_text(value, unit):
    from chitieu.formatting import vi_amount

    return vi_amount(value, unit, language=_lang()) if value is not None else ""


def _status_cell(verdict: rules.Status) -> Cell:
    return Cell(f"{verdict.icon} {verdict.label}", None, f"status status-{verdict.code}")


def demo_mark(invented: bool) -> str:
    return _("dữ liệu minh họa") if invented else ""


def status_table(dashboard) -> Table:
    table = Table("status", _("Kết quả so với kế hoạch"), [
        _("Chỉ tiêu"), _("Kỳ"), _("Kết quả"), _("Kế hoạch"), _("Mức cần đạt đến kỳ này"), _("Tình trạng"),
        _("Số suy ra: theo nguồn / hệ thống tính"), _("Cộng các đơn vị trực thuộc"), _("Nguồn"),
    ])
    for row in dashboard.rows:
        unit = row.indicator.unit
        if row.result is not None:
            result_cell = _num(row.result.value, unit)
            period = period_label(row.result.period)
        elif row.computed_result is not None:
            result_cell = Cell(f"{amount_text(row.computed_result.value, unit)} ({_('tính từ đơn vị trực thuộc')} "
                               f"{row.computed_result.parts}/{row.computed_result.units})",
                               float(row.computed_result.value), "num computed")
            period = period_label(row.computed_period)
        else:
            expected = row.base.expected if row.base else []
            result_cell = Cell("; ".join(f"{_('Dự kiến')} {amount(v)}" for v in expected))
            period = period_label(expected[0].period) if expected else ""
        derived_lines = [derived_text(d) for d in row.derived]
        rollup = rollup_text(row.rollup, unit) if row.rollup else ""
        statuses = row.statuses or [None]
        for index, target_status in enumerate(statuses):
            if target_status is None:
                target, expected = Cell(""), Cell("")
                verdict = (_status_cell(rules.Status(rules.NONE)) if row.indicator.good_direction == "neutral"
                           else Cell(_("– chưa có kế hoạch"), None, "status status-none"))
            else:
                who = f" ({target_status.target.issuer})" if target_status.target.issuer else ""
                target = Cell(f"{amount(target_status.target)}{who}", float(target_status.target.value), "num")
                expected = _num(target_status.status.expected, unit)
                verdict = _status_cell(target_status.status)
            first = index == 0
            table.rows.append([
                Cell(_name(row.indicator) if first else "", None, "name"), Cell(period if first else ""),
                result_cell if first else Cell(""), target, expected, verdict,
                Cell("; ".join(derived_lines) if first else "", None,
                     "derived disagree" if first and any(d.disagrees for d in row.derived) else "derived",
                     lines=derived_lines if first else None),
                Cell(rollup if first else "", None, "rollup disagree" if first and row.rollup and row.rollup.disagrees else "rollup"),
                Cell(source_text(row) if first else ""),
            ])
    return table


def derived_text(derived) -> str:
    measure_points = derived.measure == "change"
    def fmt(value):
        return vi_points(value, language=_lang()) if measure_points else vi_percent(value, signed=derived.measure == "growth", language=_lang())
    parts = []
    if derived.stated is not None:
        parts.append(_("nguồn ghi %s") % fmt(derived.stated))
    if derived.computed is not None:
        parts.append(_("hệ thống tính %s") % fmt(derived.computed))
    text = f"{derived.label}: " + " · ".join(parts)
    if derived.disagrees:
        text += " — " + _("⚠ không khớp (chênh quá mức làm tròn)")
    elif derived.stated is not None and derived.computed is not None:
        text += " ✔"
    return text


def rollup_text(check, unit) -> str:
    text = amount_text(check.value, unit)
    text = _("%(value)s (%(parts)s/%(units)s đơn vị có số liệu)") % {"value": text, "parts": check.parts, "units": check.units}
    if check.disagrees:
        text += " — " + _("⚠ khác số báo cáo")
    elif not check.complete:
        text += " — " + _("chưa đủ đơn vị, không so sánh")
    return text


def source_text(row) -> str:
    value = row.result
    if value is None:
        return _("Tính từ các đơn vị trực thuộc") if row.computed_result else ""
    detail = value.source_detail or {}
    if row.invented:
        return _("Dữ liệu minh họa (tự đặt)") if detail.get("invented") else _("Có dùng dữ liệu minh họa (tự đặt)")
    if detail.get("fact"):
        from chitieu.dashboards.services import _source_of

        return _source_of(value)[0]
    from chitieu.indicators.display import source_text as value_source

    return value_source(value)


def series_table(row) -> Table | None:
    series = row.series
    if not series:
        return None
    unit = row.indicator.unit
    magnitude = max((abs(p["value"].value) for p in series["points"]), default=0)
    divisor, unit_words = chart_scale(unit, magnitude)
    issuers = series["issuers"]
    columns = [_("Kỳ"), _("Kết quả"), _("Cùng kỳ năm trước")] + [_("Kế hoạch năm (%s)") % i for i in issuers]
    table = Table(f"series-{row.indicator.code}", _name(row.indicator), columns)
    categories, results, earlier, targets = [], [], [], {i: [] for i in issuers}

    def scaled(value):
        return float(Decimal(value.value) / divisor) if value is not None else None

    for point in series["points"]:
        label = period_label(point["period"])
        categories.append(label)
        results.append(scaled(point["value"]))
        earlier.append(scaled(point["earlier"]))
        cells = [Cell(label), _num(point["value"].value, unit),
                 _num(point["earlier"].value, unit) if point["earlier"] else Cell("", None, "num")]
        for issuer in issuers:
            target = point["targets"].get(issuer)
            targets[issuer].append(scaled(target))
            cells.append(_num(target.value, unit) if target else Cell("", None, "num"))
        table.rows.append(cells)
    expected = _expected_line(row, series, divisor)
    if expected:  # the table carries every line of the chart
        table.columns.append(expected["name"])
        for cells, value in zip(table.rows, expected["data"]):
            number = Decimal(str(value)) * divisor if value is not None else None
            cells.append(_num(number, unit) if number is not None else Cell("", None, "num"))
    table.chart = {
        "kind": "series", "title": table.title, "unit": unit_words, "categories": categories,
        # Flows are amounts of a span (bars); stocks and rates are levels at a date (a line).
        "shape": "bar" if row.indicator.kind == "flow" else "line",
        "series": [{"name": _("Kết quả"), "data": results, "role": "result"},
                   {"name": _("Cùng kỳ năm trước"), "data": earlier, "role": "earlier"}]
                  + [{"name": _("Kế hoạch năm (%s)") % i, "data": targets[i], "role": "target"} for i in issuers]
                  + ([expected] if expected else []),
    }
    if series["invented"]:
        table.notes.append(_("Có dữ liệu minh họa (tự đặt) trong biểu đồ này."))
    return table


def _expected_line(row, series, divisor):
    """For a flow over part of a year: what the first issuer's target asks for by the end of each period (the
    share of the year elapsed), the line the status rule compares the bars with."""
    if row.indicator.kind != "flow" or not series["issuers"]:
        return None
    from chitieu.dashboards.status import elapsed_share
    from chitieu.periods import Period

    issuer = series["issuers"][0]
    data = []
    for point in series["points"]:
        target = point["targets"].get(issuer)
        period = Period.parse(point["period"])
        if target is None or period.kind == "year":
            data.append(None)
            continue
        share = elapsed_share(period, Period.parse(target.period))
        data.append(float(Decimal(target.value) * share / divisor))
    if not any(v is not None for v in data):
        return None
    return {"name": _("Mức cần đạt theo tiến độ (%s)") % issuer, "data": data, "role": "expected"}


def ranking_table(dashboard) -> Table | None:
    ranking = dashboard.ranking
    if not ranking:
        return None
    indicator = ranking["indicator"]
    unit = indicator.unit
    table = Table("ranking", _("%(indicator)s — %(period)s: xếp hạng các đơn vị trực thuộc") % {
        "indicator": _name(indicator), "period": period_label(ranking["period"])}, [_("Hạng"), _("Đơn vị"), _("Giá trị")])
    magnitude = max((abs(v.value) for v in ranking["values"]), default=0)
    divisor, unit_words = chart_scale(unit, magnitude)
    for rank, value in enumerate(ranking["values"], start=1):
        table.rows.append([Cell(str(rank)), Cell(value.place.full_name), _num(value.value, unit)])
    for place in ranking["missing"]:
        table.rows.append([Cell("–"), Cell(place.full_name), Cell(_("chưa có số liệu"))])
    check = ranking["check"]
    computed = _("Bình quân gia quyền các đơn vị") if indicator.aggregation == "weighted_mean" else _("Cộng các đơn vị")
    table.rows.append([Cell(""), Cell(f"{computed} ({check.parts}/{check.units})"), _num(check.value, unit)])
    if ranking["reported"] is not None:
        table.rows.append([Cell(""), Cell(_("Số báo cáo của %s") % (dashboard.place.name if dashboard.place else _("cả nước"))),
                           _num(ranking["reported"].value, unit)])
        if check.disagrees:
            table.notes.append(_("⚠ Số báo cáo khác tổng của các đơn vị trực thuộc quá mức làm tròn."))
    if indicator.good_direction == "down":
        table.notes.append(_("Chỉ tiêu càng thấp càng tốt: xếp từ thấp đến cao."))
    if ranking["invented"]:
        table.notes.append(_("Có dữ liệu minh họa (tự đặt) trong biểu đồ này."))
    reference = ranking["reported"].value if ranking["reported"] is not None else check.value
    table.chart = {
        "kind": "ranking", "title": table.title, "unit": unit_words,
        "categories": [v.place.full_name for v in ranking["values"]],
        "series": [{"name": _name(indicator), "data": [float(v.value / divisor) for v in ranking["values"]], "role": "result"}],
        "reference": {"name": _("Toàn địa bàn"), "value": float(reference / divisor)} if indicator.aggregation == "weighted_mean" else None,
        "subtitle": _("Toàn địa bàn: %s") % amount_text(reference, unit),
    }
    return table


def ntm_table(dashboard) -> Table | None:
    ntm = dashboard.ntm
    if not ntm:
        return None
    day = ntm["on_date"]
    title = _("Nông thôn mới: tiến độ các xã theo %(set)s, ngày %(date)s") % {
        "set": ntm["criteria_set"].name, "date": f"{day:%d/%m/%Y}"}
    numbers = [number for number, _name in ntm["criteria"]]
    table = Table("ntm", title, [_("Xã"), _("Tiêu chí đạt"), _("Đạt chuẩn")] + [f"TC{n}" for n in numbers])
    marks = {True: "✔", False: "✖", None: "–"}
    for row in ntm["rows"]:
        met = f"{row['criteria_met'] if row['criteria_met'] is not None else '?'}/{row['criteria_total'] or '?'}"
        name = row["place"].name + (" *" if row["demonstration"] else "")
        table.rows.append([Cell(name), Cell(met, row["criteria_met"], "num"),
                           Cell(_("✔ đạt") if row["reaches"] else (_("✖ chưa đạt") if row["reaches"] is False else _("– chưa rõ")))]
                          + [Cell(marks[cell]) for cell in row["cells"]])
    table.notes.append(_("%(meeting)s/%(total)s xã đạt chuẩn ngày %(date)s (các xã của địa bàn vào ngày đó).") % {
        "meeting": ntm["meeting"], "total": ntm["communes_total"], "date": f"{day:%d/%m/%Y}"})
    for target in ntm["targets"]:
        table.notes.append(target.summary())
    if ntm["has_demonstration"]:
        table.notes.append(_("* Đánh giá minh họa: bài báo chỉ nêu con số chung, số của từng xã được chọn để khớp con số đó "
                             "hoặc được suy ra; không phải kết quả đánh giá chính thức."))
    if all(cell is None for row in ntm["rows"] for cell in row["cells"]):
        table.notes.append(_("Chưa có kết quả từng tiêu chí (chỉ có số tiêu chí đạt): các ô tiêu chí để trống."))
    table.chart = {
        "kind": "ranking", "title": title, "unit": _("tiêu chí"),
        "categories": [r["place"].name for r in ntm["rows"]],
        "series": [{"name": _("Tiêu chí đạt"), "data": [r["criteria_met"] for r in ntm["rows"]], "role": "result"}],
        "reference": None, "subtitle": table.notes[0], "max": max((r["criteria_total"] or 0) for r in ntm["rows"]) or None,
    }
    return table


def all_tables(dashboard) -> list[Table]:
    tables = [status_table(dashboard)]
    tables += [t for t in (series_table(r) for r in dashboard.rows) if t]
    tables += [t for t in (ranking_table(dashboard), ntm_table(dashboard)) if t]
    return tables
