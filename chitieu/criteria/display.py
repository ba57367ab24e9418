"""Boards as lines of text, for the terminal (`chitieu criteria show`)."""

from chitieu.criteria.boards import COMPARISON_SIGNS
from chitieu.formatting import vi_number
from chitieu.criteria.models import Verification

MARK = {True: "✔", False: "✘", None: "·"}


def number(value):
    if value is None:
        return "—"
    return vi_number(value, 1) if value == value.to_integral_value() or abs(value) >= 1 else vi_number(value, 6)


def verdict(value, yes="ĐẠT CHUẨN", no="CHƯA ĐẠT CHUẨN", unknown="chưa xác định"):
    return {True: yes, False: no, None: unknown}[value]


def board_lines(board):
    criteria_set = board.criteria_set
    lines = [f"{board.place} — {criteria_set.name}", f"  Căn cứ: {criteria_set.legal_basis}"]
    if board.assessment is None:
        lines.append(f"  Chưa có đánh giá đến ngày {board.on_date:%d/%m/%Y}.")
        return lines
    assessment = board.assessment
    who = f", người đánh giá: {assessment.assessed_by}" if assessment.assessed_by else ""
    lines.append(f"  Đánh giá ngày {assessment.assessed_on:%d/%m/%Y} ({assessment.get_status_display().lower()}{who})"
                 f" — xem tại ngày {board.on_date:%d/%m/%Y}")
    if board.region is not None:
        flag = "" if board.region.verified else " (chưa kiểm chứng)"
        lines.append(f"  Vùng áp dụng ngưỡng: {board.region.get_region_display()}{flag}")
    lines.append(f"  Kết quả: {board.summary()} — {verdict(board.reaches_standard)}")
    for row in board.criteria:
        counts = f" ({row.indicators_met}/{row.indicators_total} chỉ tiêu)" if row.indicators_total else ""
        unverified = "" if row.name_verified else " [tên chưa kiểm chứng]"
        lines.append(f"   {MARK[row.met]} {row.number:>2}. {row.name}{unverified}{counts}")
        for ind in row.indicators:
            if ind.met is True:
                continue
            lines.append("        " + indicator_line(ind))
    for condition in board.conditions:
        detail = f" — {condition.detail}" if condition.detail else ""
        lines.append(f"   {MARK[condition.met]} ĐK {condition.code}. {condition.text}{detail}")
    missing = board.missing_criteria
    if missing and board.criteria:
        lines.append("  Còn thiếu: " + "; ".join(f"TC {r.number} {r.name}" for r in missing))
    elif board.criteria_total is not None and board.criteria_met is not None and board.criteria_met < board.criteria_total:
        lines.append(f"  Còn thiếu: {board.criteria_total - board.criteria_met} tiêu chí"
                     + (f", {board.indicators_total - board.indicators_met} chỉ tiêu"
                        if board.indicators_total is not None and board.indicators_met is not None else ""))
    for note in board.notes:
        lines.append(f"  ※ {note}")
    if assessment.note:
        lines.append(f"  Ghi chú: {assessment.note}")
    if assessment.recognition_decision:
        lines.append(f"  Quyết định công nhận: {assessment.recognition_decision}")
    evidence = assessment.evidence or {}
    if evidence:
        lines.append("  Căn cứ đánh giá: " + evidence_text(evidence))
    return lines


def short(text, length=70):
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def indicator_line(ind):
    indicator = ind.indicator
    sign = COMPARISON_SIGNS.get(indicator.comparison, indicator.comparison)
    unverified = "" if indicator.verification == Verification.VERIFIED else f" [{indicator.get_verification_display().lower()}]"
    if ind.result is None:
        return f"· {indicator.code} {short(indicator.name)}: chưa đánh giá{unverified}"
    if ind.threshold is not None:
        word = "vượt" if indicator.comparison == "<=" else "thiếu"
        gap = f", {word} {number(ind.shortfall)} {indicator.unit}".rstrip() if ind.shortfall is not None else ""
        return (f"✘ {indicator.code} {short(indicator.name)}: {number(ind.value)} {indicator.unit} "
                f"(yêu cầu {sign} {number(ind.threshold)}{gap}){unverified}")
    return f"✘ {indicator.code} {short(indicator.name)}: không đạt{unverified}"


def evidence_text(evidence):
    parts = []
    if evidence.get("doc"):
        span = f" [{evidence['start']}:{evidence['end']}]" if evidence.get("start") is not None else ""
        parts.append(f"văn bản {evidence['doc']}{span}")
    if evidence.get("claim_text"):
        parts.append(f"“{evidence['claim_text']}”")
    if evidence.get("file"):
        parts.append(f"tệp {evidence['file']}" + (f", dòng {evidence['row']}" if evidence.get("row") else ""))
    if evidence.get("note"):
        parts.append(evidence["note"])
    return "; ".join(parts) or str(evidence)


def district_lines(dboard):
    lines = [f"{dboard.place} — tổng hợp nông thôn mới đến ngày {dboard.on_date:%d/%m/%Y}",
             f"  Số xã: {len(dboard.communes)}"]
    for summary in dboard.sets:
        lines.append(f"  ▸ {summary.criteria_set.name}: {summary.summary()}")
        for board in summary.boards:
            lines.append(f"     {MARK[board.reaches_standard]} {board.place.name}: {board.summary()}"
                         f" (đánh giá {board.assessment.assessed_on:%d/%m/%Y})")
        for commune in summary.unassessed:
            lines.append(f"     · {commune.name}: chưa có đánh giá")
    for board in dboard.own:
        lines.append(f"  ▸ Tiêu chí của huyện — {board.criteria_set.name}: {board.summary()}")
        for condition in board.conditions:
            detail = f" — {condition.detail}" if condition.detail else ""
            lines.append(f"     {MARK[condition.met]} ĐK {condition.code}. {condition.text[:90]}{detail}")
    what = "huyện đạt chuẩn" if dboard.place.level == "district" else "hoàn thành nhiệm vụ xây dựng nông thôn mới"
    lines.append(f"  Đủ điều kiện công nhận {what}: "
                 + verdict(dboard.can_be_recognised, yes="có", no="chưa", unknown="chưa đánh giá"))
    for progress in dboard.targets:
        lines.append(f"  ◎ {progress.summary()}")
    return lines
