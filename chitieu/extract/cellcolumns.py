"""Tables flattened to text: one cell a line (a web page's table read as text), a head of short lines naming the columns,

    Chỉ tiêu / KH năm 2021 / Ước thực hiện / So KH / So năm 2020 / Ghi chú

then each row: its label on a line ("1/ Tổng thu ngân sách", "+ Thu nội địa") and its cells one a line
below it, in the columns' order (a row may stop short of the last columns). A statistician reads a cell by its
column: a plan column's figure is a target; a result column's is an estimate where its head says "ước", else what
was done; a comparison column ("So KH", "So năm 2020") holds the result against the base its head names, a
ratio (100% = equal) or, where the cell says "tăng"/"giảm", a growth or change against it, in the result's modality.
The row's label is the subject of its cells. A note on the result ("Ghi chú") is read by the running-text rules in
the result's modality, and a figure in brackets that names what it counts ("(trong đó 40% là nữ)") keeps
its own subject and measure. The same holds for a table whose rows are lines with their cells split by "|" or a tab
("Chỉ tiêu | KH năm 2021 | Thực hiện | Tỷ lệ (%)", then "Thu ngân sách | 50 tỷ đồng | 55 tỷ đồng | 110%").
"""

import bisect
import re
from functools import lru_cache

from .tables import longest_first, table

_LINE_RE = re.compile(r"[^\n]+")
_SEPARATOR_RE = re.compile(r"[ ]*[|\t][ \t]*")
_HEAD_LINE = 40  # a column head is a short line
_PROSE_LINE = 160  # a line this long is running text: the table has ended
_ROW_MARK_RE = re.compile(r"\s*(?:\d{1,2}\s*[/.)]|[ivx]{1,4}[.)]|[+*•])\s*")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DIGIT_RE = re.compile(r"\d")
_RISE_FALL_RE = re.compile(r"(?<!\w)(tăng|giảm)(?!\w)")
_TRAILING_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")
_LABEL_VERB_RE = re.compile(r"^(?:giảm|tăng)\s+(?=tỷ lệ|tỉ lệ)", re.IGNORECASE)  # "Giảm tỷ lệ hộ nghèo": the rate is the indicator


@lru_cache(maxsize=None)
def _result_head_re():
    """A line opening with the head of a result column: every one-cell-a-line table has one after its first line."""
    words = table("columns")
    heads = "|".join(re.escape(w) for w in longest_first(words["estimate"] + words["actual"]))
    return re.compile(rf"\n[ \t]*(?:{heads})(?!\w)", re.IGNORECASE)


def _starts(line, words):
    return any(line == w or line.startswith(w + " ") for w in words)


def _column(line, words):
    """What a head line names: (kind, None) for a kind of columns.yaml, ("comparison", base), or None."""
    if line in words["ratio"]:
        return "comparison", "plan"
    if _starts(line, words["comparison"]):
        base = next((b for w, b in words["comparison_bases"] if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", line)), None)
        year = _YEAR_RE.search(line)
        if base is None and year:
            base = int(year.group(1))
        return ("comparison", base) if base is not None else None
    for kind in ("label", "note", "unit", "estimate", "actual", "plan"):
        if _starts(line, words[kind]):
            return kind, None
    return None


def _lines(text):
    """(start, end, line) of the lines with words, `start` where the line's first non-space character is."""
    lines = []
    for match in _LINE_RE.finditer(text):
        line = match.group(0)
        stripped = line.lstrip()
        if stripped.strip():
            lines.append((match.start() + len(line) - len(stripped), match.end(), stripped.rstrip()))
    return lines


def _find_head(lines, words, index):
    """(columns, index of the line after the head, year of the table) of the first head from `index` on that names
    three columns or more, one of them a result."""
    while index < len(lines):
        columns, year, j = [], None, index
        while j < len(lines):
            line = lines[j][2].lower()
            if line == "so" and j + 1 < len(lines):  # "So" / "Kế hoạch": one head broken over two lines
                line = "so " + lines[j + 1][2].lower()
                j += 1
            if len(line) > _HEAD_LINE or (_DIGIT_RE.search(_YEAR_RE.sub("", line))):
                break
            column = _column(line, words)
            if column is None:
                break
            if column[0] in ("plan", "estimate", "actual") and _YEAR_RE.search(line):
                year = int(_YEAR_RE.search(line).group(1))
            columns.append(column)
            j += 1
        kinds = [kind for kind, _ in columns if kind != "label"]
        if len(kinds) >= 3 and any(k in ("estimate", "actual") for k in kinds):
            return [c for c in columns if c[0] != "label"], j, year
        index = max(j, index + 1)
    return None, len(lines), None


def _separated_heads(lines, words):
    """(line index, columns, year) of the head lines whose cells are split by "|" or a tab ("Chỉ tiêu | KH 2021 |
    Thực hiện | Tỷ lệ (%)"): three columns or more besides the label's, one of them a result."""
    for index, (_start, _end, line) in enumerate(lines):
        if "|" not in line and "\t" not in line:
            continue
        cells = [c.strip().lower() for c in _SEPARATOR_RE.split(line.strip(" |\t"))]
        columns = [_column(c, words) for c in cells]
        if None in columns or len(columns) < 3:
            continue
        years = [int(m.group(1)) for c, col in zip(cells, columns) if col[0] in ("plan", "estimate", "actual")
                 for m in [_YEAR_RE.search(c)] if m]
        kinds = [kind for kind, _ in columns]
        rest = kinds[1:] if kinds[0] == "label" else kinds
        if len(rest) >= 2 and any(k in ("estimate", "actual") for k in rest) and "label" not in rest:
            yield index, columns, years[0] if years else None


def _read_separated_rows(text, lines, index, columns, year, ordered, starts):
    """The rows below a separated head: the first cell the label, the others the columns' cells in order. Returns
    the index of the line after the table."""
    result_modality = next((k for k, _ in columns if k in ("estimate", "actual")), "actual")
    cell_columns = columns[1:] if columns[0][0] == "label" else columns
    index += 1
    while index < len(lines):
        start, end, line = lines[index]
        if "|" not in line and "\t" not in line:
            break
        index += 1
        bounds, position = [], start
        for piece in _SEPARATOR_RE.split(text[start:end]):
            bounds.append((position, position + len(piece)))
            position += len(piece)
            separator = _SEPARATOR_RE.match(text, position)
            position = separator.end() if separator else position
        bounds = [(a, b) for a, b in bounds if text[a:b].strip()]
        if len(bounds) < 2:
            continue
        mark = _ROW_MARK_RE.match(text, bounds[0][0])
        name = text[mark.end() if mark and mark.end() < bounds[0][1] else bounds[0][0]:bounds[0][1]]
        label = _LABEL_VERB_RE.sub("", _TRAILING_BRACKET_RE.sub("", name).strip(" :-–"), count=1) or None
        if label is None or _DIGIT_RE.match(label):
            continue
        for column, (a, b) in zip(cell_columns, bounds[1:]):
            inside = ordered[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
            _apply(column, inside, text[a:b].lower(), a, label, result_modality, year)
    return index


def apply_cell_columns(text, claims, doc_year):
    """Give the claims in the cells of a one-cell-a-line table (in `text`, the NFC text) their column's modality,
    measure, basis and subject."""
    if "\n" not in text or not claims:
        return
    separated = "|" in text or "\t" in text
    # (most texts: no line opens with a result column's head, so no head is looked for line by line)
    one_a_line = _result_head_re().search(text) is not None
    if not separated and not one_a_line:
        return
    words = table("columns")
    lines = _lines(text)
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    if separated:
        done = 0  # (rows are read once: a head among the rows of the table before it is not read again)
        for head, columns, year in _separated_heads(lines, words):
            if head >= done:
                done = _read_separated_rows(text, lines, head, columns, year or doc_year, ordered, starts)
    if not one_a_line:
        return
    index = 0
    while index < len(lines):
        columns, index, year = _find_head(lines, words, index)
        if columns is None:
            return
        index = _read_rows(lines, index, columns, year or doc_year, ordered, starts)


def _read_rows(lines, index, columns, year, ordered, starts):
    """Apply the columns to the rows from line `index` on; the index of the line where the table ends."""
    result_modality = next((k for k, _ in columns if k in ("estimate", "actual")), "actual")
    label, cell = None, 0
    while index < len(lines):
        start, end, line = lines[index]
        if end - start > _PROSE_LINE:
            break
        index += 1
        inside = ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        mark = _ROW_MARK_RE.match(line)
        unit_cell = label is not None and cell < len(columns) and columns[cell][0] == "unit"
        if (mark and line[mark.end():mark.end() + 1].isalpha()) or (not inside and line[:1].isalpha() and not unit_cell):
            name = _TRAILING_BRACKET_RE.sub("", line[mark.end() if mark else 0:]).strip(" :-–")
            label, cell = _LABEL_VERB_RE.sub("", name, count=1) or None, 0
            continue
        if label is None:
            continue
        if cell < len(columns):
            _apply(columns[cell], inside, line.lower(), start, label, result_modality, year)
        cell += 1
    return index


def _apply(column, claims, line, line_start, label, result_modality, year):
    kind, base = column
    if kind == "unit":
        return
    for claim in claims:
        if kind == "note":
            claim.modality = result_modality
            continue
        bracketed = "(" in line[:claim.start - line_start]
        if kind in ("plan", "estimate", "actual"):
            claim.modality = {"plan": "target"}.get(kind, kind)
            if not bracketed:
                claim.subject, claim.measure, claim.basis = label, "level", None
            continue
        # a comparison of the result with its base
        if isinstance(base, int):
            base = "prior_year" if year and base == year - 1 else "other"
        claim.modality = result_modality
        claim.subject = label
        claim.basis = base
        rise = _RISE_FALL_RE.search(line[:claim.start - line_start])
        if rise is None:
            if claim.unit == "%":
                claim.measure = "ratio"
            continue
        claim.measure = "growth" if claim.unit == "%" else "change"
        if rise.group(1) == "giảm" and claim.value > 0:
            claim.value = -claim.value
