"""Tables flattened to text (from a PDF, a DOCX or a web page): a head line naming the unit column and the years,

    ĐVT 2018 2019 2020 Sơ bộ 2021
    3. Mật độ dân số Ng/km2 133 135 136 138

and numbered rows below it whose cells are bare numbers: each cell is a claim of the row's label (subject), in the
row's unit, for its column's year. The cells carry no unit of their own, so the running-text rules never see them.
A row whose cells do not fit the columns (more numbers than columns: sub-rows flattened in among them) or whose
unit is not one the quantity reader knows is left out rather than guessed.
"""

import itertools
import re

from .confidence import confidence
from .model import Claim
from .quantities import find_quantities

# The head line: the unit column, then two or more columns each a year, perhaps marked as preliminary, estimated,
# planned or done ("Sơ bộ 2023", "Ước TH 2024", "KH 2025").
_COLUMN = r"(?:(?:sơ bộ|ước tính|ước th|ước|kh|kế hoạch|th|thực hiện)[ \t]+)?(?:năm[ \t]+)?(?:19|20)\d\d"
_HEAD_RE = re.compile(rf"(?m)^[ \t]*(?:stt[ \t]+)?(?:(?:các[ \t]+)?chỉ tiêu[ \t]+)?(?:đvt|đơn vị tính)[ \t]+"
                      rf"((?:{_COLUMN}[ \t]*){{2,}})$")
_COLUMN_RE = re.compile(rf"({_COLUMN})")
_COLUMN_MODALITY = (("sơ bộ", "estimate"), ("ước", "estimate"), ("kh", "target"), ("kế hoạch", "target"))
_ROW_RE = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+")
# A cell: a bare number (Vietnamese decimals with a comma, thousands with points), nothing glued to it.
_CELL_RE = re.compile(r"(?<![\w.,/%])\d+(?:[.,]\d+)*(?![\w/%]|[.,]\d)")
# Unit abbreviations of table heads that running text spells out.
_ABBREVIATIONS = {"ng": "người", "tr.đ": "triệu đồng", "trđ": "triệu đồng", "tr.đồng": "triệu đồng"}
_WORDED_LINE_RE = re.compile(r"\n[^\n]*?[^\W\d_]")
_TABLE_REACH = 20000  # a table's rows are looked for this far below its head line
_PROSE_LINE = 160  # a line this long is running text: the table has ended


def read_table_cells(work, low, place):
    """The claims of the cells of every flattened table in the text (none where no head line names years)."""
    bracketed = _read_bracket_unit_tables(work, low, place) if "(" in low else []
    if "đvt" not in low and "đơn vị tính" not in low:
        return bracketed
    claims, found = [], []
    heads = list(_HEAD_RE.finditer(low))
    for index, head in enumerate(heads):
        columns = [_column(m.group(1)) for m in _COLUMN_RE.finditer(head.group(1))]
        end = heads[index + 1].start() if index + 1 < len(heads) else len(low)
        end = _table_end(low, head.end(), min(end, head.end() + _TABLE_REACH))
        rows = list(_ROW_RE.finditer(low, head.end(), end))
        for row_index, row in enumerate(rows):
            row_end = rows[row_index + 1].start() if row_index + 1 < len(rows) else end
            claims.extend(_row_cells(work, low, row.end(), row_end, columns, place))
        found.append((head.start(), end))
    claims += _read_unit_tables(work, low, place, found)
    if bracketed:  # (a cell is read by one reader only)
        taken = {c.start for c in bracketed}
        claims = bracketed + [c for c in claims if c.start not in taken]
    return claims


# A table whose unit is said once for all its cells ("Đơn vị tính - Unit: Ha", "ĐVT: tấn") and whose years head its
# columns each on a line of its own (a statistical yearbook's page): each row is a label (a place, "TỔNG SỐ") and then
# one number a line, one for each column; the table's title (its first line of words) is what every cell measures.
_UNIT_HEAD_RE = re.compile(r"(?m)^[ \t]*(?:đvt|đơn vị tính)[^:\n\d]{0,20}:[ \t]*([^\n:]{1,20}?)[ \t]*$")
_YEAR_LINE_RE = re.compile(rf"{_COLUMN}")
_COLUMN_MARK_RE = re.compile(r"(?:sơ bộ|prel\.?|ước tính|ước|kế hoạch|kh|th|thực hiện|estimate|plan)")
_NUMBER_LINE_RE = re.compile(r"\d+(?:[.,]\d+)*")
_TITLE_REACH = 400
_BREAKDOWN_RE = re.compile(r"(?<!\w)(?:phân theo|chia theo|phân tổ theo)(?!\w)")


def _read_unit_tables(work, low, place, found):
    claims = []
    for head in _UNIT_HEAD_RE.finditer(low):
        unit_words = work[head.start(1):head.end(1)]
        if _unit_of(unit_words) is None or any(start <= head.start() < end for start, end in found):
            continue
        lines = _lines(low, head.end(), min(len(low), head.end() + _TABLE_REACH))
        columns, mark, first_row = [], None, None
        for start, end in lines:
            line = low[start:end].strip()
            if not line:
                continue
            if _YEAR_LINE_RE.fullmatch(line):
                year, modality = _column(line)
                columns.append((year, modality if modality != "actual" else _mark_modality(mark)))
                mark = None
            elif _COLUMN_MARK_RE.fullmatch(line):
                mark = line
            else:
                first_row = (start, end)
                break
        if len(columns) < 2 or first_row is None:
            continue
        title = _title_before(work, low, head.start())
        table_claims = []
        rows, _stop = _table_rows(low, first_row, lines, lambda line, _start: _UNIT_HEAD_RE.match(line) or _HEAD_RE.match(line))
        pending = None  # a label line with no cells of its own: the first line of a label said on two
        for label, cells in rows:
            if not cells:
                pending = pending or label
                continue
            label, pending = pending or label, None
            if len(cells) == len(columns):
                table_claims.append(_label_row(work, low, label, cells, columns, unit_words, title, place))
        # A row naming no place (the total) is not of the text's place where that place is one of the rows.
        row_places = {row[0].place for row, named in table_claims if named and row}
        for row, named in table_claims:
            for claim in row:
                if not named and claim.place in row_places:
                    claim.place = None
            claims.extend(row)
    return claims


def _table_rows(low, first_row, lines, ends_table):
    """The rows of a table flattened one cell a line, from its first row on: [((start, end) of a line of words, the
    cells after it as (start, length))], and where the table stopped. It stops at running text, at a line that
    `ends_table(line, start)` says opens something else (the next table's head: every line is read by one table
    only), or where its lines run out."""
    rows, label, cells = [], None, []
    for start, end in itertools.chain([first_row], lines, [(len(low), len(low))]):
        line = low[start:end].strip()
        if start < len(low) and not line:
            continue
        if start < len(low) and _NUMBER_LINE_RE.fullmatch(line):
            cells.append((start + len(low[start:end]) - len(low[start:end].lstrip()), len(line)))
            continue
        if label is not None:
            rows.append((label, cells))
        if start >= len(low) or len(line) > _PROSE_LINE or ends_table(line, start):
            return rows, end
        label, cells = (start, end), []
    return rows, len(low)


def _mark_modality(mark):
    return next((m for word, m in _COLUMN_MODALITY + (("prel", "estimate"),) if mark and mark.startswith(word)), "actual")


def _lines(low, start, end):
    """(start, end) of each line of low[start:end], one at a time (a reader stops where its table ends)."""
    position = start
    while position < end:
        line_end = low.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        yield position, line_end
        position = line_end + 1


def _title_before(work, low, position):
    """The first line of words within _TITLE_REACH before the unit's line (a table's number, "151.1", is skipped)."""
    for start, end in _lines(low, max(0, position - _TITLE_REACH), position):
        text = work[start:end].strip()
        if any(c.isalpha() for c in text) and not text[:1].isdigit():
            breakdown = _BREAKDOWN_RE.search(low, start, end)  # "… phân theo huyện": how the rows split it
            return " ".join(work[start:breakdown.start() if breakdown else end].split()) or None
    return None


def _label_row(work, low, label, cells, columns, unit_words, title, place):
    from .places import find_places  # (places imports nothing of this module; kept local to keep start-up lean)
    label_work, label_low = work[label[0]:label[1]], low[label[0]:label[1]]
    named = [m for m in find_places(label_work, label_low) if not m.country and len(m.names) == 1]
    row_place = named[0].names[0] if len(named) == 1 else place
    claims = []
    for (start, length), (year, modality) in zip(cells, columns):
        quantity = _read(work[start:start + length], unit_words)
        if quantity is None:
            return [], bool(named)
        claims.append(Claim(start=start, end=start + length, text=work[start:start + length], value=quantity.value,
                            unit=quantity.unit, measure="level", modality=modality, subject=title, place=row_place,
                            period=year,
                            confidence=confidence("own" if title else "none", "sentence",
                                                  "sentence" if named else ("document" if place else "none"),
                                                  "cue" if modality != "actual" else "default", "unit")))
    return claims, bool(named)


def _column(text):
    year = text[-4:]
    modality = next((m for word, m in _COLUMN_MODALITY if text.startswith(word)), "actual")
    return year, modality


def _table_end(low, start, limit):
    """The first line of running text below the head line (or `limit`)."""
    position = start
    while position < limit:
        line_end = low.find("\n", position + 1)
        line_end = limit if line_end < 0 or line_end > limit else line_end
        if line_end - position > _PROSE_LINE:
            return position
        position = line_end
    return limit


def _row_cells(work, low, start, end, columns, place):
    first = _CELL_RE.search(low, start, end)
    if first is not None:  # the cells end at the first line below them with words (running text, a note)
        worded = _WORDED_LINE_RE.search(low, first.end(), end)
        end = worded.start() if worded else end
    cells = list(_CELL_RE.finditer(low, start, end))
    if not cells or len(cells) > len(columns):
        return []
    label_words = work[start:cells[0].start()].split()
    for size in (2, 1):  # the unit is the label's last word or two ("%", "Ng/km2", "Triệu đồng")
        if len(label_words) <= size:
            continue
        unit_words = " ".join(label_words[-size:])
        unit = _unit_of(unit_words)
        if unit is not None:
            break
    else:
        return []
    subject = " ".join(label_words[:-size]).strip(" :-–")
    claims = []
    for cell, (year, modality) in zip(cells, columns):
        quantity = _read(cell.group(0), unit_words)
        if quantity is None:
            return []
        claims.append(Claim(start=cell.start(), end=cell.end(), text=work[cell.start():cell.end()],
                            value=quantity.value, unit=quantity.unit, measure="level", modality=modality,
                            subject=subject or None, place=place, period=year,
                            confidence=confidence("own", "sentence", "document" if place else "none",
                                                  "cue" if modality != "actual" else "default", "unit")))
    return claims


def _unit_of(unit_words):
    quantity = _read("1", unit_words)
    return quantity.unit if quantity is not None else None


def _read(number, unit_words):
    """The quantity `number unit_words` reads as, if the whole phrase is one figure with a unit."""
    first, _, rest = unit_words.partition("/")
    first = _ABBREVIATIONS.get(first.lower(), first)
    phrase = f"{number} {first}" + (f"/{rest}" if rest else "")
    found = find_quantities(phrase, phrase=True)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(phrase) or not found[0].unit:
        return None
    return found[0]


# A table flattened one cell a line whose column heads each name a year and, in brackets, the unit of their cells (a
# statistics office's page): "Năm 2020" / "(Người)" / "Ước tính" / "năm 2021 (Người)" / "Ước tính năm 2021 so với năm
# 2020 (%)", then its rows, each a label line and one number a line for each column. A column that compares its year
# with another holds that year's figure as a percent of the other's (a ratio: prior_year for the year before, other
# for any other; same_period against "cùng kỳ"); a column marked "ước tính" or "sơ bộ" holds estimates. A numbered row
# ("1. Dân số trung bình") names an indicator; the unnumbered rows after it ("Nam", "Thành thị") are its parts, their
# subject the indicator and the part together. A row whose numbers do not fill the columns is left out, not guessed.
_MARK = r"(?:sơ bộ|ước tính|ước thực hiện|ước th|ước|kế hoạch|kh|thực hiện|th)"
_BRACKET_HEAD_RE = re.compile(rf"(?m)^[ \t]*(?:{_MARK}[ \t]+)?(?:năm[ \t]+)?(?:19|20)\d\d[ \t]*\n?[ \t]*\([^()\n\d]{{1,20}}\)[ \t]*$")
_HEAD_CELL_RE = re.compile(rf"(?:({_MARK})[ \t]+)?(?:năm[ \t]+)?((?:19|20)\d\d)(?:[ \t]+so(?:[ \t]+với)?[ \t]+(?:(cùng kỳ)(?:[ \t]+năm[ \t]+trước)?"
                           rf"|(?:năm[ \t]+)?((?:19|20)\d\d)))?[ \t]*(?:\(([^()\d]{{1,20}})\))?")
_UNIT_CELL_RE = re.compile(r"\(([^()\d]{1,20})\)")
_MARK_LINE_RE = re.compile(_MARK)
_NUMBERED_ROW_RE = re.compile(r"\d{1,2}[.)][ \t]+")


def _read_bracket_unit_tables(work, low, place):
    claims = []
    search_from = 0
    while True:
        head = _BRACKET_HEAD_RE.search(low, search_from)
        if head is None:
            return claims
        search_from = head.end()
        head_start = head.start()
        previous = low.rfind("\n", 0, max(0, head_start - 1))
        if _MARK_LINE_RE.fullmatch(low[previous + 1:head_start].strip()):
            head_start = previous + 1  # "Ước tính" / "năm 2018 (Người)": a head broken over two lines
        columns = []  # [year, modality, unit words, base]
        pending, first_row = None, None
        lines = _lines(low, head_start, min(len(low), head_start + _TABLE_REACH))
        for start, end in lines:
            line = " ".join(low[start:end].split())
            if not line:
                continue
            cell = _HEAD_CELL_RE.fullmatch(line)
            if cell is not None:
                year = int(cell.group(2))
                base = "same_period" if cell.group(3) else None
                if cell.group(4):
                    base = "prior_year" if int(cell.group(4)) == year - 1 else "other"
                columns.append([year, _mark_modality(cell.group(1) or pending), cell.group(5), base])
                pending = None
                continue
            unit = _UNIT_CELL_RE.fullmatch(line)
            if unit is not None and columns and columns[-1][2] is None:
                columns[-1][2] = unit.group(1)
                continue
            if pending is None and _MARK_LINE_RE.fullmatch(line):
                pending = line
                continue
            first_row = (start, end)
            break
        if len(columns) < 2 or first_row is None or any(c[2] is None or _unit_of(c[2]) is None for c in columns):
            continue
        rows, stop = _table_rows(low, first_row, lines, lambda _line, start: _BRACKET_HEAD_RE.match(low, start))
        search_from = max(search_from, stop)
        indicator = None
        for (start, end), cells in rows:
            text = " ".join(work[start:end].split())
            numbered = _NUMBERED_ROW_RE.match(text)
            if numbered is not None:
                indicator = label = text[numbered.end():].strip(" :-–")
            else:
                label = f"{indicator} {text}" if indicator else text
            if len(cells) == len(columns):
                claims.extend(_bracket_row(work, label, cells, columns, place))


def _bracket_row(work, label, cells, columns, place):
    row = []
    for (start, length), (year, modality, unit_words, base) in zip(cells, columns):
        quantity = _read(work[start:start + length], unit_words)
        if quantity is None:
            return []
        compared = base is not None and quantity.unit == "%"
        row.append(Claim(start=start, end=start + length, text=work[start:start + length], value=quantity.value,
                         unit=quantity.unit, measure="ratio" if compared else "level",
                         basis=base if compared else None, modality=modality, subject=label or None, place=place,
                         period=str(year),
                         confidence=confidence("own", "sentence", "document" if place else "none",
                                               "cue" if modality != "actual" else "default", "unit")))
    return row
