"""Reporting forms from their data files (`data/forms/*.yaml`), loaded by `chitieu init`.

Safe to run twice: a form is keyed by its code and made to match its file (rows, targets, rules). Forms
made in the admin, with codes no file uses, are left alone. A bad file stops the load with an error that
names the file and the entry at fault, and changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from django.db import transaction

from chitieu.reporting.models import LEVELS, FormIndicator, FormTarget, ReportForm
from chitieu.reporting.schedule import PERIODICITIES

FORMS_DIR = Path(__file__).parent / "data" / "forms"


class FormFileError(ValueError):
    pass


def load_forms(log=print, folder: Path = FORMS_DIR):
    from chitieu.indicators.models import Indicator

    paths = sorted(Path(folder).glob("*.yaml"))
    by_code = {i.code: i for i in Indicator.objects.all()}
    parsed = [_parse(path, by_code) for path in paths]
    codes = [entry["code"] for entry in parsed]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise FormFileError(f"{folder}: the form codes {', '.join(repeated)} appear in more than one file")
    with transaction.atomic():
        for entry in parsed:
            _save(entry)
    log(f"  {len(parsed)} biểu mẫu báo cáo")
    return {entry["code"]: ReportForm.objects.get(code=entry["code"]) for entry in parsed}


def _parse(path: Path, indicators: dict) -> dict:
    where = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise FormFileError(f"{where}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise FormFileError(f"{where}: a form file holds one mapping (code, name, periodicity, levels, indicators…)")
    for key in ("code", "name", "periodicity", "levels", "indicators"):
        if not data.get(key):
            raise FormFileError(f"{where}: `{key}` is missing")
    if data["periodicity"] not in PERIODICITIES:
        raise FormFileError(f"{where}: periodicity {data['periodicity']!r} is not one of {', '.join(PERIODICITIES)}")
    levels = data["levels"] if isinstance(data["levels"], list) else [data["levels"]]
    bad = [level for level in levels if level not in LEVELS]
    if bad:
        raise FormFileError(f"{where}: levels {bad} are not among {', '.join(LEVELS)}")
    due = data.get("due") or {}
    rule = due.get("rule", ReportForm.DueRule.AFTER_CUTOFF)
    if rule not in ReportForm.DueRule.values:
        raise FormFileError(f"{where}: due.rule {rule!r} is not one of {', '.join(ReportForm.DueRule.values)}")
    rows = []
    for number, item in enumerate(data["indicators"], start=1):
        item = {"code": item} if isinstance(item, str) else dict(item or {})
        code = item.get("code")
        if code not in indicators:
            raise FormFileError(f"{where}: indicators[{number}] names {code!r}, which is not in the catalogue")
        rows.append({"indicator": indicators[code], "label": item.get("label", ""), "required": bool(item.get("required", False))})
    codes = [r["indicator"].code for r in rows]
    if len(set(codes)) < len(codes):
        raise FormFileError(f"{where}: an indicator appears twice")
    targets = []
    for number, item in enumerate(data.get("targets") or [], start=1):
        if not isinstance(item, dict) or not item.get("issuer"):
            raise FormFileError(f"{where}: targets[{number}] needs an `issuer` (and a `label`: Kế hoạch, Dự toán)")
        targets.append({"label": item.get("label", "Kế hoạch"), "issuer": item["issuer"]})
    checks = data.get("checks") or {}
    return {
        "code": data["code"], "rows": rows, "targets": targets, "file": where,
        "fields": {
            "name": data["name"], "description": data.get("description", ""), "periodicity": data["periodicity"],
            "levels": ",".join(levels), "due_rule": rule, "due_days": int(due.get("days", 3)), "active": data.get("active", True),
            "jump_percent": Decimal(str(checks.get("jump_percent", 50))), "jump_points": Decimal(str(checks.get("jump_points", 10))),
            "history_factor": Decimal(str(checks.get("history_factor", "1.5"))),
        },
    }


def _save(entry: dict) -> ReportForm:
    form, _created = ReportForm.objects.update_or_create(
        code=entry["code"], defaults={**entry["fields"], "source_file": entry["file"]})
    form.rows.exclude(indicator__in=[r["indicator"] for r in entry["rows"]]).delete()
    for position, row in enumerate(entry["rows"], start=1):
        FormIndicator.objects.update_or_create(
            form=form, indicator=row["indicator"],
            defaults={"position": position, "label": row["label"], "required": row["required"]})
    form.targets.exclude(issuer__in=[t["issuer"] for t in entry["targets"]]).delete()
    for position, target in enumerate(entry["targets"], start=1):
        FormTarget.objects.update_or_create(form=form, issuer=target["issuer"],
                                            defaults={"label": target["label"], "position": position})
    return form
