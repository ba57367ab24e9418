"""Demo assessments consistent with the two dev articles (Ba Chẽ, 16/11/2020; Bình Liêu, 05/12/2020).

What the articles state is recorded as stated; where they give only a range or an average, the per-commune
figures are illustrative (chosen to reproduce the reported figure) and each such assessment says so in its note.
Evidence points at the article by corpus doc id and the span of the gold claim (read from ../shared when
present); the article text itself is never copied.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings

from chitieu.criteria.models import CriteriaSet
from chitieu.criteria.services import record_assessment, record_target

BA_CHE_DOC = "000_8dde6379ea004507"
BINH_LIEU_DOC = "004_ff70d712946b5a71"
BA_CHE_DATE = datetime.date(2020, 11, 16)
BINH_LIEU_DATE = datetime.date(2020, 11, 30)
PROVINCIAL_SET = "quangninh_commune_2016_2020"
ADVANCED_SET = "quangninh_commune_advanced_2016_2020"

ILLUSTRATIVE = "Minh họa: bài báo chỉ nêu {what}; số của từng xã được chọn để khớp con số đó."

# Ba Chẽ: the five communes on the advanced set, "3-7/8 tiêu chí" between them.
BA_CHE_ADVANCED = {"Lương Mông": 3, "Minh Cầm": 4, "Nam Sơn": 5, "Thanh Lâm": 6, "Đạp Thanh": 7}
BA_CHE_FULL = ["Thanh Sơn", "Đồn Đạc"]
# Bình Liêu: criteria and indicators met of the provincial set, averaging 19 and 50,3 over the six communes.
BINH_LIEU_PROVINCIAL = {
    "Hoành Mô": (20, 53), "Đồng Tâm": (20, 53), "Húc Động": (20, 53),
    "Đồng Văn": (18, 48), "Lục Hồn": (18, 48), "Vô Ngại": (18, 47),
}


def gold_span(doc, unit, value, of=None):
    """{doc, start, end} of the gold claim with this unit and value, or just {doc} when ../shared is absent."""
    path = Path(settings.SHARED_DIR) / "corpus" / "dev" / "gold" / f"{doc}.jsonl"
    evidence = {"doc": doc}
    if not path.exists():
        return evidence
    for line in path.read_text(encoding="utf-8").splitlines():
        claim = json.loads(line)
        if claim.get("unit") == unit and claim.get("value") == value and (of is None or claim.get("of") == of):
            evidence.update(start=claim["start"], end=claim["end"])
            return evidence
    return evidence


def _place(name, parent, on_date, log):
    from chitieu.places import lookup

    try:
        return lookup.resolve_place(name, parent=parent, on=on_date)
    except (lookup.PlaceNotFound, lookup.AmbiguousPlace) as error:
        log(f"  ! demo: “{name}” ({parent}): {error.__class__.__name__}; bỏ qua")
        return None


def load_demo_assessments(log=print):
    try:
        provincial = CriteriaSet.objects.get(code=PROVINCIAL_SET)
        advanced = CriteriaSet.objects.get(code=ADVANCED_SET)
    except CriteriaSet.DoesNotExist:
        log("  ! demo: bộ tiêu chí Quảng Ninh chưa được nạp (chạy load_reference_sets trước); bỏ qua")
        return
    try:
        from chitieu.places import lookup  # noqa: F401
    except ImportError:
        log("  ! demo: chưa có chitieu.places.lookup; bỏ qua")
        return
    count = 0

    ba_che = _place("huyện Ba Chẽ", "Quảng Ninh", BA_CHE_DATE, log)
    if ba_che is not None:
        full = gold_span(BA_CHE_DOC, "tiêu chí", 20)
        full_indicators = gold_span(BA_CHE_DOC, "chỉ tiêu", 53)
        for name in BA_CHE_FULL:
            commune = _place(name, ba_che, BA_CHE_DATE, log)
            if commune:
                record_assessment(
                    place=commune, criteria_set=provincial, assessed_on=BA_CHE_DATE, criteria_met_count=20,
                    indicators_met_count=53, evidence={**full, "indicators_claim": full_indicators},
                    note="Theo bài báo: đủ cả 20 tiêu chí và 53 chỉ tiêu; hồ sơ xin công nhận đang được chuẩn bị.",
                )
                count += 1
        range_claim = gold_span(BA_CHE_DOC, "tiêu chí", 3, of=8)
        for name, criteria_met in BA_CHE_ADVANCED.items():
            commune = _place(name, ba_che, BA_CHE_DATE, log)
            if not commune:
                continue
            record_assessment(
                place=commune, criteria_set=advanced, assessed_on=BA_CHE_DATE, criteria_met_count=criteria_met,
                evidence=range_claim, note=ILLUSTRATIVE.format(what="khoảng từ 3 đến 7 trên 8 tiêu chí cho cả 5 xã"),
            )
            # Working on the advanced set presupposes the commune already reached the provincial standard.
            record_assessment(
                place=commune, criteria_set=provincial, assessed_on=BA_CHE_DATE, criteria_met_count=20,
                indicators_met_count=53, evidence={"doc": BA_CHE_DOC},
                note="Suy ra: theo bài báo xã đang phấn đấu theo bộ tiêu chí nâng cao, tức là đã đạt chuẩn nông thôn mới.",
            )
            count += 2
        record_target(
            place=ba_che, criteria_set=provincial, deadline=datetime.date(2020, 12, 31), target_count=7, out_of=7,
            issuer="huyện Ba Chẽ", evidence=gold_span(BA_CHE_DOC, "xã", 7, of=7),
            note="Mục tiêu của huyện: cả 7 xã đạt chuẩn trong năm 2020 (Báo Quảng Ninh, 16/11/2020).",
        )

    binh_lieu = _place("huyện Bình Liêu", "Quảng Ninh", BINH_LIEU_DATE, log)
    if binh_lieu is not None:
        average = {**gold_span(BINH_LIEU_DOC, "tiêu chí", 19), "indicators_claim": gold_span(BINH_LIEU_DOC, "chỉ tiêu", 50.3)}
        for name, (criteria_met, indicators_met) in BINH_LIEU_PROVINCIAL.items():
            commune = _place(name, binh_lieu, BINH_LIEU_DATE, log)
            if commune:
                record_assessment(
                    place=commune, criteria_set=provincial, assessed_on=BINH_LIEU_DATE, criteria_met_count=criteria_met,
                    indicators_met_count=indicators_met, evidence=average,
                    note=ILLUSTRATIVE.format(what="mức bình quân của các xã (19 tiêu chí, 50,3 chỉ tiêu)"),
                )
                count += 1
        hoanh_mo = _place("Hoành Mô", binh_lieu, BINH_LIEU_DATE, log)
        if hoanh_mo:
            record_assessment(
                place=hoanh_mo, criteria_set=advanced, assessed_on=BINH_LIEU_DATE, criteria_met_count=7,
                indicators_met_count=26,
                evidence={**gold_span(BINH_LIEU_DOC, "tiêu chí", 7, of=8),
                          "indicators_claim": gold_span(BINH_LIEU_DOC, "chỉ tiêu", 26, of=27)},
                note="Theo bài báo: còn thiếu 1 tiêu chí và 1 chỉ tiêu của bộ nâng cao; huyện dự kiến xã đạt chuẩn nâng cao trong năm 2020.",
            )
            count += 1
    log(f"  {count} đánh giá mẫu")
