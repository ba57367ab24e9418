"""The subject of a figure: the indicator phrase on its left (`Thu ngân sách nhà nước trên địa bàn … đạt`),
without the verb that introduces the figure, the period and place phrases and the connectives around it."""

import bisect
import re
from functools import lru_cache

from .tables import longest_first, table

_CLAUSE_CUT_RE = re.compile(r"[;:()\[\]\n\"“”]|\s[-–]\s(?=[A-ZĐ])|\.\s")
_GLOSS_RE = re.compile(r"\(([^()\d;,]{1,30})\)")
_COMPARISON_RE = re.compile(r"(?<!\w)[Ss]o\s+(?!sánh)[^,;:()]*?(?=\s(?:tăng|giảm|đạt|bằng|cao|thấp|vượt|thì)(?!\w)|\s*,|$)")
# A closed bracket holding a date, a price basis or a figure ("(giá so sánh năm 2010)", "(2011–2020)") between a
# subject and its verb: the subject survives it ("GRDP (giá so sánh năm 2010) ước đạt").
# "Thu ngân sách vượt dự toán 37,8%": the verb and the base right before the figure are no part of what it measures.
_EXCEEDS_BASE_RE = re.compile(r"(?<!\w)vượt(?:\s+mức)?\s+(?:dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)"
                              r"[^,;:()\d]{0,40}$", re.IGNORECASE)
_DATED_BRACKET_RE = re.compile(r"\([^()\n]{0,60}\d[^()\n]{0,60}\)")
# A rank in a league table ("Xếp thứ 2 là Bắc Ninh với kim ngạch …", "ở vị trí thứ ba với", "tiếp đến là"): it says
# where the place stands, not what is measured; the indicator is the one of the lead sentence.
_RANK_RE = re.compile(r"(?<!\w)(?:(?:xếp|đứng)(?:\s+ở)?(?:\s+vị\s+trí)?\s+thứ\s+\w+"
                      r"|(?:(?:vẫn\s+)?(?:giữ\s+vững|giữ|duy\s+trì)\s+|ở\s+|từ\s+)?vị\s+trí\s+thứ\s+\w+"
                      r"|(?:rơi\s+khỏi|ra\s+khỏi|lọt\s+vào|lọt|vào|trong)\s+top\s+\d+"
                      r"|(?:tiếp\s+(?:đến|theo)|cuối\s+cùng|kế\s+đến)\s+là"
                      r"|(?:(?:tiếp\s+tục\s+)?(?:giữ\s+vững|giữ|duy\s+trì)\s+)?(?:vị\s+trí\s+)?dẫn\s+đầu(?:\s+về)?)(?:\s+là)?"
                      r"(?:\s+(?:trong|trên)\s+bảng\s+xếp\s+hạng|\s+cả\s+nước)?(?!\w)",
                      re.IGNORECASE)
# "theo giá so sánh 2010", "theo giá hiện hành": how a value is priced, not what it is.
_PRICE_BASIS_RE = re.compile(r"(?<!\w)theo giá (?:so sánh(?: năm)?(?: \d{4})?|hiện hành|thực tế|cố định(?: năm)?(?: \d{4})?)(?!\w)")
MAX_SUBJECT_WORDS = 18
_LETTER_RE = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=None)
def _edge_words():
    """The phrases dropped at either end of a subject, as word tuples (matched word by word: linear time)."""
    cues = table("cues")
    trailing = cues["subject_trailing"] + ["của", "tại", "ở", "trong", "và", "thì", "với", "là"]
    to_tuples = lambda words: frozenset(tuple(w.split()) for w in words if w.strip())  # noqa: E731
    trailing, leading = to_tuples(trailing), to_tuples(cues["subject_leading"])
    longest = max(len(t) for t in trailing | leading)
    # A phrase can only be dropped at the end when the last word ends one (at the start, when the first word opens one).
    return trailing, leading, longest, frozenset(t[-1] for t in trailing), frozenset(t[0] for t in leading)


@lru_cache(maxsize=None)
def _edge_sizes():
    """For each word that ends a trailing phrase (opens a leading one): the lengths of those phrases, longest first,
    so that only they are tried."""
    trailing, leading, _longest, _last_words, _first_words = _edge_words()
    ends, opens = {}, {}
    for words in trailing:
        ends.setdefault(words[-1], set()).add(len(words))
    for words in leading:
        opens.setdefault(words[0], set()).add(len(words))
    return ({w: tuple(sorted(sizes, reverse=True)) for w, sizes in ends.items()},
            {w: tuple(sorted(sizes, reverse=True)) for w, sizes in opens.items()})


@lru_cache(maxsize=None)
def _kept_words():
    return frozenset(table("cues")["subject_trailing_kept"])


_EDGE_PUNCTUATION = frozenset((",", ".", "-", "–", "+"))


def _strip_edges(phrase: str) -> str:
    trailing, leading, _longest, _last_words, _first_words = _edge_words()
    ending_sizes, opening_sizes = _edge_sizes()
    words = phrase.replace(",", " , ").split() if "," in phrase else phrase.split()
    changed = True
    while changed and words:
        changed = False
        while words and words[-1] in _EDGE_PUNCTUATION:
            words.pop()
        while words and words[0] in _EDGE_PUNCTUATION:
            words.pop(0)
        if not words:
            break
        sizes = ending_sizes.get(words[-1].lower())
        if sizes and len(words) >= 2 and f"{words[-2]} {words[-1]}".lower() in _kept_words():
            sizes = None  # "phát hiện": a word of its own, not "hiện" (now)
        if sizes:
            count = len(words)
            for size in sizes:  # the longest phrase the text ends with
                if size <= count and (size == 1 or tuple(w.lower() for w in words[-size:]) in trailing):
                    del words[-size:]
                    changed = True
                    break
            if changed:
                continue
        sizes = opening_sizes.get(words[0].lower())
        if sizes:
            count = len(words)
            for size in sizes:
                if size <= count and (size == 1 or tuple(w.lower() for w in words[:size]) in leading):
                    del words[:size]
                    changed = True
                    break
    return " ".join(words).replace(" , ", ", ").strip(" ,")


def _last_piece(segment: str) -> str:
    """The last comma-separated piece, rejoined with the pieces before it when it ends a list (`nông, lâm nghiệp và thủy sản`)."""
    if "," not in segment:
        return segment
    pieces = segment.split(",")
    phrase = pieces[-1]
    index = len(pieces) - 1
    sectors = _sector_words()
    while index > 0 and (" và " in phrase or phrase.strip()[:1].islower()) and pieces[index - 1].strip() \
            and not _names_nothing(pieces[index - 1]) and _strip_edges(pieces[index - 1]) \
            and (len(pieces[index - 1].split()) <= 3 and pieces[index - 1].strip()[:1].islower()
                 or pieces[index - 1].split()[-1].lower() in sectors  # "giá trị sản xuất nông, lâm nghiệp"
                 or " ".join(pieces[index - 1].split()[-2:]).lower() in sectors  # "công nghiệp chế biến, chế tạo"
                 or _joins_economy_sectors(pieces[index - 1], phrase)):  # "công nghiệp, xây dựng"
        index -= 1
        phrase = pieces[index] + "," + phrase
    if index > 0 and _listed_action(phrase) and _listed_action(pieces[index - 1], at_end=True):
        phrase = pieces[index - 1] + "," + phrase  # "được thu gom, xử lý": one action listed in two words
    return phrase


@lru_cache(maxsize=None)
def _economy_sectors():
    return frozenset(table("cues")["economy_sectors"])


def _joins_economy_sectors(before, after):
    """`before` ends on a sector of the economy and `after` opens on another: one list ("công nghiệp, xây dựng")."""
    sectors = _economy_sectors()
    return " ".join(before.split()[-2:]).lower() in sectors and " ".join(after.split()[:2]).lower() in sectors


@lru_cache(maxsize=None)
def _listed_actions_re():
    words = "|".join(re.escape(w) for w in sorted(table("cues")["listed_actions"], key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{words})$"), re.compile(rf"\s*(?:{words})(?:\s+\w+)?\s*$")


def _listed_action(piece, at_end=False):
    """The piece ends on a listed action (at_end), or is only one (and a verb that introduces the figure)."""
    ends_re, only_re = _listed_actions_re()
    return bool(ends_re.search(piece.strip().lower())) if at_end else bool(only_re.fullmatch(piece.lower()))


@lru_cache(maxsize=None)
def _sector_words():
    return frozenset(table("cues")["enumerated_sector_words"])


def _blanked(work, start, end, blanks):
    """work[start:end] with the spans of `blanks` (sorted (start, end) pairs, each short) turned to spaces."""
    first = bisect.bisect_left(blanks, (start - 300,))
    last = bisect.bisect_left(blanks, (end,))
    if first == last:
        return work[start:end]
    pieces = []
    done = start
    for s, e in blanks[first:last]:
        s, e = max(s, done), min(e, end)
        if s < e:
            pieces.append(work[done:s])
            pieces.append(" " * (e - s))
            done = e
    if not pieces:
        return work[start:end]
    pieces.append(work[done:end])
    return "".join(pieces)


_LAST_CUT_CHAR_RE = re.compile(r'(?s).*[;:()\[\]\n"“”]')  # up to the last character that cuts a clause


def _last_cut_end(segment: str) -> int:
    """Where the last clause cut of the segment (_CLAUSE_CUT_RE) ends, 0 if none: found from the right."""
    last_cut = _LAST_CUT_CHAR_RE.match(segment)  # (one scan back from the end, in C)
    end = last_cut.end() if last_cut else 0
    stop = segment.rfind(". ")
    if stop >= 0:
        end = max(end, stop + 2)
    for dash in (" - ", " – "):
        at = segment.rfind(dash, end)
        while at >= 0 and at + 3 > end:
            # a capital after the dash opens an item; capitals on both sides join a name (Nông – Lâm – Thủy sản)
            word_start = segment.rfind(" ", 0, at) + 1
            if segment[at + 3:at + 4] in _CAPITALS and segment[word_start:word_start + 1] not in _CAPITALS:
                end = at + 3
                break
            at = segment.rfind(dash, end, at + 2)
    return end


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


# (also "với" of a league table: "Về kim ngạch xuất khẩu, Bình Dương dẫn đầu với 20 tỷ USD")
_INTRODUCING_VERB_RE = re.compile(r"(?<!\w)(?:ước|đạt|tăng|giảm|chiếm|sơ bộ|với|dự kiến|lần lượt|lũy kế|luỹ kế)(?!\w)", re.IGNORECASE)


def subject_before(work: str, start: int, end: int, blanks: list[tuple[int, int]], after_figure: bool = False) -> str | None:
    """The subject phrase in work[start:end], or None when the words there only introduce the figure. With
    `after_figure` (work[start] follows another figure) the words before a comma are that figure's, not a subject."""
    if end <= start:
        return None
    segment = _blanked(work, start, end, blanks)
    # An inline gloss "(GRDP)" is part of the phrase; "so với …" never is.
    if "(" in segment:
        segment = _GLOSS_RE.sub(lambda m: " " + m.group(1) + " ", segment)
        if ")" in segment:
            segment = _DATED_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), segment)
    if "thứ" in segment or "dẫn đầu" in segment or "tiếp" in segment or "cuối cùng" in segment or "top" in segment:
        segment = _RANK_RE.sub(" ", segment)
    if "so " in segment or "So " in segment:
        segment = _COMPARISON_RE.sub(" ", segment)
    if "theo giá" in segment:
        segment = _PRICE_BASIS_RE.sub(" ", segment)
    if "vượt" in segment:
        segment = _EXCEEDS_BASE_RE.sub(" ", segment)
    cut = _last_cut_end(segment)
    label = None
    if cut and segment[:cut].rstrip().endswith(":"):
        label = segment[:segment[:cut].rstrip().rfind(":")]
    if cut:
        segment = segment[cut:]
    segment = " ".join(segment.split())
    if after_figure and not cut and "," in segment and segment.split(",", 1)[0].strip():
        # "tiêu hủy 6,5 kg khỉ vàng, tạm giữ 4 ô tô": the words right after the figure before, up to the comma, are
        # its own noun, not a piece of this figure's subject
        phrase = _strip_edges(_last_piece(segment[segment.find(",") + 1:])) or _strip_edges(_last_piece(segment))
    else:
        phrase = _strip_edges(_last_piece(segment))
    if not phrase and "," in segment and (cut or not after_figure) \
            and _INTRODUCING_VERB_RE.search(segment, segment.rfind(",")):
        # "Khu vực A, ước đạt N": the words after the comma only introduce the figure; the subject is before it
        phrase = _strip_edges(_last_piece(segment[:segment.rfind(",")]))
    if label is not None and _names_nothing(phrase):
        # "Công nghiệp – Xây dựng: 31,74%", "Trồng rừng: Kế hoạch 1.200 ha": the label before the colon names it
        label_cut = _last_cut_end(label)
        phrase = _strip_edges(_last_piece(" ".join(label[label_cut:].split())))
    if "gồm" in phrase:
        opener = _list_opener_re().search(phrase)
        if opener is not None and phrase[opener.end():].strip():
            phrase = _strip_edges(phrase[opener.end():])  # "các mặt hàng chủ lực gồm thủy sản": the item named
    if "," in phrase and len(phrase.split()) > MAX_SUBJECT_WORDS:
        phrase = _strip_edges(phrase.split(",")[-1])
    cause = _CAUSE_RE.search(phrase) if "khiến" in phrase or " cho " in phrase or " theo " in phrase \
        or "dẫn đến" in phrase else None
    if cause is not None and phrase[cause.end():].strip():
        phrase = _strip_edges(phrase[cause.end():])  # "giá tôm giảm khiến kim ngạch …": what the cause moved
    words = phrase.split()
    if not words or not _LETTER_RE.search(phrase):
        return None
    if len(words) > MAX_SUBJECT_WORDS:
        # a long phrase keeps its last words, unless it opens with the rate it names ("Tỷ lệ người cao tuổi từ 70
        # tuổi trở lên được bảo trợ bởi …": what is measured is said first, the rest only qualifies it)
        head = " ".join(words[:2]).lower()
        phrase = " ".join(words[:MAX_SUBJECT_WORDS] if head in ("tỷ lệ", "tỉ lệ") else words[-MAX_SUBJECT_WORDS:])
    return phrase


@lru_cache(maxsize=None)
def _list_opener_re():
    """The last word that opens a list inside a subject phrase ("… gồm", "bao gồm")."""
    words = sorted(table("cues")["subject_list_openers"], key=len, reverse=True)
    return re.compile(r"(?s).*(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+")


# A cause before what it moved: the subject is what comes after the connective (the last one).
_CAUSE_RE = re.compile(r"(?s).*(?<!\w)(?:khiến cho|khiến|làm cho|kéo theo|dẫn đến)\s+")


def _names_nothing(phrase):
    """Only words that name a plan, a base or a column of a table (Kế hoạch, KH 2023, Thực hiện), or none."""
    base_only = _base_only_words()
    return all(word.lower() in base_only or word.isdigit() for word in phrase.split())


@lru_cache(maxsize=None)
def _base_only_words():
    cues = table("cues")
    return frozenset(cues["base_only_words"]) | frozenset(cues["table_column_words"])


# Where the words after a count stop naming what is counted; "đạt chuẩn" names it (xã đạt chuẩn nông thôn mới).
# What a count's noun is said to have done is part of what it counts (xã đạt chuẩn nông thôn mới, xã đạt thu nhập
# bình quân…, trường hoàn thành…); a figure, a clause boundary or a comparison ends it.
_NOUN_CUT_RE = re.compile(r"[,;:()\[\].\n\d]|\s(?:và|với|tăng|giảm|chiếm|bằng|là|của|so với|so|trong đó|gồm)\s")
_REACHED_END_RE = re.compile(r"(?<!\w)(?:đạt|từ)\s*$")
# (the figure and its noun, ending its phrase: not "từ 3 sao trở lên", not the first end of "từ 20 đến dưới 30 …")
_THRESHOLD_AT_RE = re.compile(r"\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s+[^\W\d]+(?:\s+[^\W\d]+)?"
                              r"(?=\s*(?:[,;.:()\n]|$|(?:và|thì|hoặc)(?!\w)))")
_BRACKET_AFTER_RE = re.compile(r"\s*\([^()\n]{0,60}\)")


_PERCENT_AT_RE = re.compile(r"\d[\d.,]*\s*%")
_VERB_BEFORE_FIGURE_END_RE = re.compile(r"(?:\s+(?:ước|đạt|là|chiếm|bằng|gần|trên|hơn|khoảng|được))+\s*$")
# Words kept after a count: enough for "xã được công nhận đạt chuẩn nông thôn mới nâng cao" (the standard's last words
# tell which one it is).
_NOUN_AFTER_WORDS = 10


def noun_after(work: str, start: int, end: int, blanks: list[tuple[int, int]]) -> str | None:
    """The words after a count (`19 dự án [phát triển sản xuất]`) up to the end of its phrase; a bracket right
    after the count (`56/98 xã (57,1%) hoàn thành …`) is passed over."""
    bracket = _BRACKET_AFTER_RE.match(work, start)
    if bracket:
        start, end = bracket.end(), max(end, min(len(work), bracket.end() + 80))
    segment = _blanked(work, start, end, blanks)
    cut = _NOUN_CUT_RE.search(segment)
    if cut:
        segment = segment[:cut.start()]
    if _REACHED_END_RE.search(segment, max(0, len(segment) - 12)):
        # "29 xã đạt từ 15 - 18 tiêu chí": what the counted places reached (the figure after, a claim of its own)
        # is part of what is counted
        segment = segment.rstrip()
        threshold = _THRESHOLD_AT_RE.match(work, start + len(segment))
        if threshold is not None:
            segment = work[start:threshold.end()]
    if _PERCENT_AT_RE.match(work, start + cut.start() if cut else end):
        # "250 người đạt 125% kế hoạch": the verb that introduces the rate after the count is not part of the counted
        # noun (an amount after it keeps it: "6 tỉnh xuất khẩu đạt hơn 10 tỷ USD" leaves "xuất khẩu" to that amount)
        segment = _VERB_BEFORE_FIGURE_END_RE.sub("", segment)
    words = segment.split()
    return " ".join(words[:_NOUN_AFTER_WORDS]).strip(" /-–+") or None
