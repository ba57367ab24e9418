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
    if "đvt" not in low and "đơn vị tính" not in low:
        return []
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
    return claims + _read_unit_tables(work, low, place, found)


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
        label, cells, table_claims = None, [], []
        # (rows end at running text or at the next table's head: every line is read by one table only)
        for start, end in itertools.chain([first_row], lines, [(len(low), len(low))]):
            line = low[start:end].strip()
            if start < len(low) and not line:
                continue
            if start < len(low) and _NUMBER_LINE_RE.fullmatch(line):
                cells.append((start + len(low[start:end]) - len(low[start:end].lstrip()), len(line)))
                continue
            if start < len(low) and (len(line) > _PROSE_LINE or _UNIT_HEAD_RE.match(line) or _HEAD_RE.match(line)):
                start = len(low)
            if label is not None and len(cells) == len(columns):
                table_claims.append(_label_row(work, low, label, cells, columns, unit_words, title, place))
            if cells or label is None:
                label, cells = (start, end), []
            if start >= len(low):
                break
        # A row naming no place (the total) is not of the text's place where that place is one of the rows.
        row_places = {row[0].place for row, named in table_claims if named and row}
        for row, named in table_claims:
            for claim in row:
                if not named and claim.place in row_places:
                    claim.place = None
            claims.extend(row)
    return claims


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
