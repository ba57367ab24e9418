"""Reads the national list of administrative units, before and after the 1 July 2025 reform, from the
installed packages plus the small history file, into plain rows (no database here).

- `vietnamadminunits` (MIT): `dataset.db` table `admin_units_legacy` (63 provinces, 696 districts, the communes
  of just before 1 July 2025, with aliases of older names), table `admin_units` (34 provinces, 3,321 communes
  after), and `converter_2025.json` (old → new mapping, split communes included).
- `vietnam-provinces` 0.6.0: the January 2025 list with official codes, used only to cross-check codes.
- `data/history.yaml`: units of 2020 the packages do not hold (Lương Mông, Minh Cầm, Tình Húc…) and legal bases.

Reference keys name each unit stably: `old:<level>:<code>` (pre-reform), `new:<level>:<code>` (from 1 July 2025),
`province:<code>` (a province that continued unchanged: one row for both eras), `hist:<slug>` (history file).
"""

import datetime
import hashlib
import json
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

import yaml

from chitieu.text import fold, nfc

DATA_DIR = Path(__file__).resolve().parent / "data"
HISTORY_FILE = DATA_DIR / "history.yaml"
REFORM_DATE = datetime.date(2025, 7, 1)
LAST_DAY_BEFORE_REFORM = REFORM_DATE - datetime.timedelta(days=1)

DISTRICT_KINDS = {"Huyện": "huyen", "Quận": "quan", "Thành phố": "thanh_pho", "Thị xã": "thi_xa"}
COMMUNE_KINDS = {"Xã": "xa", "Phường": "phuong", "Thị trấn": "thi_tran", "Đặc khu": "dac_khu"}
KIND_LABELS = {
    "tinh": "Tỉnh", "thanh_pho_tw": "Thành phố", "huyen": "Huyện", "quan": "Quận", "thanh_pho": "Thành phố",
    "thi_xa": "Thị xã", "xa": "Xã", "phuong": "Phường", "thi_tran": "Thị trấn", "dac_khu": "Đặc khu",
}
# Type words the package glues in front of its alias keys ("xatinhhuc", "huyenhoanhbo", "txphucyen").
ALIAS_KEY_PREFIXES = ("thanhpho", "thitran", "thixa", "phuong", "huyen", "quan", "tinh", "xa", "tp", "tx", "tt")


@dataclass
class UnitRow:
    key: str
    level: str
    kind: str
    code: str
    name: str
    full_name: str
    parent_key: str | None
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    source: str


@dataclass
class AliasRow:
    key: str
    name: str
    name_folded: str
    note: str = ""


@dataclass
class SuccessionRow:
    predecessor: str
    successor: str
    date: datetime.date
    share: str
    legal_basis: str


@dataclass
class ReferenceData:
    units: list[UnitRow] = field(default_factory=list)
    aliases: list[AliasRow] = field(default_factory=list)
    successions: list[SuccessionRow] = field(default_factory=list)
    cross_check: dict = field(default_factory=dict)


def compact(key: str) -> str:
    """The package's key form: folded, without spaces or punctuation ("Lương Mông" → "luongmong")."""
    return "".join(ch for ch in fold(key) if ch.isalnum())


def split_full_name(full_name: str, type_words: dict) -> tuple[str, str]:
    """`Huyện Ba Chẽ` → (`huyen`, `Ba Chẽ`); a bare number keeps its type word (`Phường 1`)."""
    full_name = nfc(full_name).strip()
    for word in sorted(type_words, key=len, reverse=True):
        if fold(full_name).startswith(fold(word) + " "):
            name = full_name[len(word) + 1 :].strip()
            kind = type_words[word]
            if name.isdigit():
                name = f"{KIND_LABELS[kind]} {name}"
            return kind, name
    raise ValueError(f"unknown type of administrative unit in {full_name!r}")


def display_name(kind: str, name: str) -> str:
    label = KIND_LABELS[kind]
    return name if fold(name).startswith(fold(label) + " ") else f"{label} {name}"


def package_versions() -> str:
    return f"vietnamadminunits {metadata.version('vietnamadminunits')}; vietnam-provinces {metadata.version('vietnam-provinces')}"


def history_digest() -> str:
    return hashlib.sha1(HISTORY_FILE.read_bytes()).hexdigest()[:12]


def _query(sql):
    from vietnamadminunits.database import query

    return query(sql)


def _alias_keys(raw: str | None, own_name: str) -> list[str]:
    """The package's alias list without entries that only repeat another one with a type word in front."""
    if not raw:
        return []
    keys = list(dict.fromkeys(json.loads(raw)))
    kept = []
    for key in keys:
        stripped = next((key[len(p) :] for p in ALIAS_KEY_PREFIXES if key.startswith(p) and key[len(p) :] in keys), None)
        if stripped is None and key != compact(own_name):
            kept.append(key)
    return kept


def read_reference(only_provinces=None) -> ReferenceData:
    """Every unit, alias and succession, as rows. `only_provinces`: pre-reform province codes to keep (tests)."""
    history = yaml.safe_load(HISTORY_FILE.read_text(encoding="utf-8"))
    reform = history["reform_2025"]
    wanted = set(only_provinces) if only_provinces else None
    data = ReferenceData()
    source_old = f"vietnamadminunits {metadata.version('vietnamadminunits')} (admin_units_legacy)"
    source_new = f"vietnamadminunits {metadata.version('vietnamadminunits')} (admin_units)"

    legacy = [
        r
        for r in _query(
            "SELECT province, provinceCode, provinceKey, provinceAlias, district, districtType, districtCode, districtKey,"
            " districtAlias, ward, wardType, wardCode, wardKey, wardAlias FROM admin_units_legacy"
            " ORDER BY provinceCode, districtCode, wardCode"
        )
        if wanted is None or r["provinceCode"] in wanted
    ]
    current = _query(
        "SELECT province, provinceCode, provinceKey, provinceAlias, ward, wardType, wardCode, wardKey, wardAlias"
        " FROM admin_units ORDER BY provinceCode, wardCode"
    )
    converter = json.loads(resources.files("vietnamadminunits").joinpath("data/converter_2025.json").read_text("utf-8"))

    # Provinces: which old ones went into which new one; an unchanged one (same single predecessor, code and
    # name) stays one row for both eras so that 2020 and today's data sit on the same unit.
    old_provinces = {r["provinceKey"]: r for r in legacy}
    new_provinces = {r["provinceKey"]: r for r in current}
    old_key_of_province, new_key_of_province, continuing = {}, {}, set()
    for new_pkey, old_pkeys in converter["DICT_PROVINCE"].items():
        new_row = new_provinces[new_pkey]
        if wanted is not None and not any(k in old_provinces for k in old_pkeys):
            continue
        if old_pkeys == [new_pkey] and new_pkey in old_provinces:
            old_row = old_provinces[new_pkey]
            if old_row["provinceCode"] == new_row["provinceCode"] and old_row["province"] == new_row["province"]:
                continuing.add(new_pkey)
                old_key_of_province[new_pkey] = new_key_of_province[new_pkey] = f"province:{new_row['provinceCode']}"
                continue
        new_key_of_province[new_pkey] = f"new:province:{new_row['provinceCode']}"
        for old_pkey in old_pkeys:
            if old_pkey in old_provinces:
                old_key_of_province[old_pkey] = f"old:province:{old_provinces[old_pkey]['provinceCode']}"
                data.successions.append(
                    SuccessionRow(old_key_of_province[old_pkey], new_key_of_province[new_pkey], REFORM_DATE, "whole", reform["provinces"])
                )

    def province_kind(full_name):
        return "thanh_pho_tw" if fold(full_name).startswith("thanh pho ") else "tinh"

    def add_aliases(key, raw, own_name, note):
        for alias in _alias_keys(raw, own_name):
            data.aliases.append(AliasRow(key, alias, alias, note))

    alias_note = f"vietnamadminunits {metadata.version('vietnamadminunits')} (dạng khóa không dấu)"
    seen = set()
    old_commune_key, old_district_key, district_of = {}, {}, {}
    for r in legacy:
        pkey = old_key_of_province[r["provinceKey"]]
        if pkey not in seen:
            seen.add(pkey)
            kind = province_kind(r["province"])
            name = split_full_name(r["province"], {"Tỉnh": kind, "Thành phố": kind})[1]
            until = None if r["provinceKey"] in continuing else LAST_DAY_BEFORE_REFORM
            data.units.append(UnitRow(pkey, "province", kind, r["provinceCode"], name, display_name(kind, name), None, None, until, source_old))
            add_aliases(pkey, r["provinceAlias"], name, alias_note)
        dkey = f"old:district:{r['districtCode']}"
        old_district_key[(r["provinceKey"], r["districtKey"])] = dkey
        if dkey not in seen:
            seen.add(dkey)
            kind, name = split_full_name(r["district"], DISTRICT_KINDS)
            data.units.append(
                UnitRow(dkey, "district", kind, r["districtCode"], name, display_name(kind, name), pkey, None, LAST_DAY_BEFORE_REFORM, source_old)
            )
            add_aliases(dkey, r["districtAlias"], name, alias_note)
        if r["wardCode"]:
            ckey = f"old:commune:{r['wardCode']}"
            old_commune_key[(r["provinceKey"], r["districtKey"], r["wardKey"])] = ckey
            district_of[ckey] = dkey
            kind, name = split_full_name(r["ward"], COMMUNE_KINDS)
            data.units.append(
                UnitRow(ckey, "commune", kind, r["wardCode"], name, display_name(kind, name), dkey, None, LAST_DAY_BEFORE_REFORM, source_old)
            )
            add_aliases(ckey, r["wardAlias"], name, alias_note)

    new_commune_key = {}
    for r in current:
        if r["provinceKey"] not in new_key_of_province:
            continue
        pkey = new_key_of_province[r["provinceKey"]]
        if pkey not in seen:
            seen.add(pkey)
            kind = province_kind(r["province"])
            name = split_full_name(r["province"], {"Tỉnh": kind, "Thành phố": kind})[1]
            data.units.append(UnitRow(pkey, "province", kind, r["provinceCode"], name, display_name(kind, name), None, REFORM_DATE, None, source_new))
            add_aliases(pkey, r["provinceAlias"], name, alias_note)
        ckey = f"new:commune:{r['wardCode']}"
        new_commune_key[(r["provinceKey"], r["wardKey"])] = ckey
        kind, name = split_full_name(r["ward"], COMMUNE_KINDS)
        data.units.append(UnitRow(ckey, "commune", kind, r["wardCode"], name, display_name(kind, name), pkey, REFORM_DATE, None, source_new))
        add_aliases(ckey, r["wardAlias"], name, alias_note)

    # Communes (and the island districts that had none) → new communes.
    def old_unit(old_key):
        province, district, ward = old_key.split("_")
        if ward:
            return old_commune_key.get((province, district, ward))
        return old_district_key.get((province, district))

    def commune_basis(new_pkey):
        code = new_provinces[new_pkey]["provinceCode"]
        return reform["communes_by_province"].get(code, reform["communes_default"])

    links = []
    for new_pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in wards.items():
            for old_key in old_keys:
                links.append((old_unit(old_key), new_commune_key.get((new_pkey, new_wkey)), "whole", new_pkey))
    for new_pkey, splits in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, targets in splits.items():
            for target in targets:
                links.append((old_unit(old_key), new_commune_key.get((new_pkey, target["newWardKey"])), "part", new_pkey))
    by_district = {}
    for old, new, share, new_pkey in links:
        if old is None or new is None:
            continue  # outside the provinces asked for
        data.successions.append(SuccessionRow(old, new, REFORM_DATE, share, commune_basis(new_pkey)))
        if old.startswith("old:commune:"):
            by_district.setdefault(district_of[old], {}).setdefault(new, set()).add((old, share))
    # A district went wholly into a new commune only if all its communes did; otherwise in part.
    communes_of = {}
    for commune, district in district_of.items():
        communes_of.setdefault(district, set()).add(commune)
    basis_of = {s.successor: s.legal_basis for s in data.successions}
    for district, targets in by_district.items():
        for new, sources in targets.items():
            whole = len(targets) == 1 and all(s == "whole" for _, s in sources) and {o for o, _ in sources} == communes_of[district]
            data.successions.append(SuccessionRow(district, new, REFORM_DATE, "whole" if whole else "part", basis_of[new]))

    _apply_history(data, history)
    data.cross_check = cross_check_codes(data)
    return data


def _apply_history(data, history):
    known = {u.key: u for u in data.units}
    # Keys of the history file may name a continuing province by either era.
    for unit in list(known.values()):
        if unit.key.startswith("province:"):
            code = unit.key.split(":")[1]
            known[f"old:province:{code}"] = known[f"new:province:{code}"] = unit

    for entry in history.get("units", []):
        parent = known.get(entry["parent"])
        if parent is None:
            continue  # a province left out of a partial load
        kind = entry["kind"]
        unit = UnitRow(
            entry["key"], "commune" if kind in COMMUNE_KINDS.values() else "district", kind, str(entry.get("code", "")),
            entry["name"], display_name(kind, entry["name"]), parent.key, entry.get("valid_from"), entry.get("valid_to"),
            f"history.yaml: {entry['source']}",
        )
        data.units.append(unit)
        known[unit.key] = unit
    for entry in history.get("validity", []):
        unit = known.get(entry["key"])
        if unit is not None:
            unit.valid_from = entry.get("valid_from", unit.valid_from)
            unit.valid_to = entry.get("valid_to", unit.valid_to)
            unit.source = f"{unit.source}; history.yaml: {entry['source']}"
    for entry in history.get("successions", []):
        successor = known.get(entry["to"])
        if successor is None:
            continue
        basis = entry["legal_basis"] + ("" if entry.get("verified", False) else " [chưa kiểm chứng]")
        for old_key in entry["from"]:
            predecessor = known[old_key]
            data.successions.append(SuccessionRow(predecessor.key, successor.key, entry["date"], entry["share"], basis))
            # The package lists the merged unit's old name as an alias; now that the old unit is a row of its
            # own, the alias would make "Minh Cầm" ambiguous between the unit and its successor.
            data.aliases = [
                a for a in data.aliases if not (a.key == successor.key and compact(a.name) == compact(predecessor.name))
            ]
    for entry in history.get("aliases", []):
        unit = known.get(entry["key"])
        if unit is not None:
            for name in entry["names"]:
                data.aliases.append(AliasRow(unit.key, nfc(name), fold(name), entry.get("note", "history.yaml")))


def cross_check_codes(data) -> dict:
    """Compares the pre-reform codes and names with vietnam-provinces 0.6.0 (the January 2025 list)."""
    import vietnam_provinces

    listed = {}
    for row in json.loads(Path(vietnam_provinces.FLAT_DIVISIONS_JSON_PATH).read_text(encoding="utf-8")):
        listed[("province", f"{row['province_code']:02d}")] = row["province_name"]
        listed[("district", f"{row['district_code']:03d}")] = row["district_name"]
        if row.get("ward_code") is not None:
            listed[("commune", f"{row['ward_code']:05d}")] = row["ward_name"]
    result = {"same": 0, "renamed": [], "missing": []}
    for unit in data.units:
        if unit.key.startswith("new:") or unit.key.startswith("hist:"):
            continue
        other = listed.get((unit.level, unit.code))
        if other is None:
            result["missing"].append(f"{unit.code} {unit.full_name}")
        elif compact(other) == compact(unit.full_name) or compact(other).endswith(compact(unit.name)):
            result["same"] += 1
        else:
            result["renamed"].append(f"{unit.code} {unit.full_name} ≠ {other}")
    return result
