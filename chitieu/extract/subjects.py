"""The subject of a figure: the indicator phrase on its left (`Thu ngân sách nhà nước trên địa bàn … đạt`),
without the verb that introduces the figure, the period and place phrases and the connectives around it."""

import bisect
import re
from functools import lru_cache

from .tables import Words, longest_first, phrases_re, table

_CLAUSE_CUT_RE = re.compile(r"[;:()\[\]\n\"“”]|\s[-–]\s(?=[A-ZĐ])|\.\s")
_GLOSS_RE = re.compile(r"\(([^()\d;,]{1,30})\)")
# (a base ends at its time, blanked before this runs: "so với năm 2017 giá trị sản xuất ngành nông nghiệp tăng 3,5%"
# names the indicator after "năm 2017")
_COMPARISON_RE = re.compile(r"(?<!\w)[Ss]o\s+(?!sánh)(?:(?:với\s+)?(?:[^\W\d]+\s+){0,3}?\s{3,}(?=[^\W\d])"
                            r"|[^,;:()]*?(?=\s(?:tăng|giảm|đạt|bằng|cao|thấp|vượt|thì|như)(?!\w)|\s*,|$))")
# A closed bracket holding a date, a price basis or a figure ("(giá so sánh năm 2010)", "(2011–2020)") between a
# subject and its verb: the subject survives it ("GRDP (giá so sánh năm 2010) ước đạt").
# "Thu ngân sách vượt dự toán 37,8%": the verb and the base right before the figure are no part of what it measures.
_EXCEEDS_BASE_RE = re.compile(r"(?<!\w)vượt(?:\s+mức)?\s+(?:dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)"
                              r"[^,;:()\d]{0,40}$", re.IGNORECASE)
# "…, cao hơn cùng kỳ năm trước 843ha": a comparison with its base right before the figure measures the indicator
# said before it; it names nothing itself
_HIGHER_THAN_BASE_RE = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?(?:cùng\s+kỳ|kế\s+hoạch|KH|dự\s+toán)"
                                  r"[^,;:()\d]{0,30}$", re.IGNORECASE)
# a base named right after a figure: "… 55% dự toán tỉnh giao", "… 82,2% kế hoạch", "… so với cùng kỳ"
_BASE_AFTER_FIGURE_RE = re.compile(r"\s*(?:dự\s+toán|kế\s+hoạch|kh|chỉ\s+tiêu|nghị\s+quyết|mục\s+tiêu|so\s+với|so)(?!\w)",
                                   re.IGNORECASE)
_DATED_BRACKET_RE = re.compile(r"\([^()\n]{0,60}\d[^()\n]{0,60}\)")
# A closed bracket listing names with commas between a subject's words ("3/3 thị trấn (An Phú, Bình Hòa, Tân Lập) đạt
# chuẩn văn minh đô thị", "Tỷ lệ trạm y tế (xã, phường) đạt chuẩn quốc gia"): it says which ones, and the
# subject runs on over it.
_NAMES_BRACKET_RE = re.compile(r"\([^()\d\n;:]{1,60},[^()\d\n;:]{1,60}\)")
# A rank in a league table ("Xếp thứ 2 là Bắc Ninh với kim ngạch …", "ở vị trí thứ ba với", "tiếp đến là"): it says
# where the place stands, not what is measured; the indicator is the one of the lead sentence.
@lru_cache(maxsize=None)
def _rank_re():
    """A place's rank in a league table, and the field it is ranked in (cues.yaml rank): words naming no indicator."""
    rank = table("cues")["rank"]
    words = {key: phrases_re(rank[key]) for key in rank}
    verbs, holding = words["verbs"], words["holding"]
    return re.compile(rf"(?<!\w)(?:(?:{verbs})(?:\s+ở)?(?:\s+vị\s+trí)?\s+thứ\s+\w+"
                      rf"|(?:(?:vẫn\s+)?(?:{holding})\s+|ở\s+|từ\s+)?vị\s+trí\s+(?:thứ|số)\s+\w+"
                      rf"|(?:(?:{words['top_moves']})\s+)?top\s+\d+"
                      # (and the field the rank is in, up to the place: "thứ 3 trong số các địa phương thu hút nhiều FDI
                      # là Bình Dương với …")
                      rf"|trong\s+số\s+(?:các\s+|những\s+)?(?:{words['fields']})[^,;:()\d]{{0,60}}?(?=\s+là(?!\w))"
                      # ("Kế tiếp là TP HCM với …", "liền kề là Đồng Nai với …", "đứng sau là tỉnh A với …")
                      rf"|(?:{words['next_in_line']})\s+là"
                      rf"|(?:(?:tiếp\s+tục\s+)?(?:{holding})\s+)?(?:vị\s+trí\s+)?(?:dẫn|đứng)\s+đầu"
                      rf"(?:\s+(?:{words['lead_areas']}))?(?:\s+về)?"
                      # ("cao nhất là Nam Định (100%), …, thấp nhất là Điện Biên (31,5%)", "xếp sau là …")
                      rf"|(?:{words['superlatives']})\s+nhất(?=\s+là)|{words['after']}"
                      # ("Bắc Ninh có kim ngạch lớn thứ 2 cả nước với 8,06 tỷ USD")
                      rf"|(?:{words['superlatives']})\s+thứ\s+\w+(?:\s+(?:{words['lead_areas']}))?(?=\s+với(?!\w)))"
                      r"(?:\s+là)?"
                      r"(?:\s+(?:trong|trên)\s+bảng\s+xếp\s+hạng|\s+cả\s+nước)?(?!\w)",
                      re.IGNORECASE)
def says_a_rank(text: str) -> bool:
    """The text gives a place's rank in a league table ("dẫn đầu", "đứng thứ hai với", "tiếp đến là")."""
    return _rank_re().search(text) is not None


# "Qua 8 năm thực hiện", "Trong 3 năm qua": a duration that sets the scene names no indicator.
_SCENE_DURATION_RE = re.compile(r"(?<!\w)(?:sau|qua|trong)\s+(?:hơn\s+|gần\s+)?\d+\s+năm"
                                r"(?:\s+(?:qua|thực\s+hiện|triển\s+khai|xây\s+dựng))?(?!\w)", re.IGNORECASE)
# "theo giá so sánh 2010", "theo giá hiện hành": how a value is priced, not what it is.
# (and "nếu loại trừ yếu tố giá": the same figure in real terms)
_PRICE_BASIS_RE = re.compile(r"(?<!\w)(?:theo giá (?:so sánh(?: năm)?(?: \d{4})?|hiện hành|thực tế|cố định(?: năm)?(?: \d{4})?)"
                             r"|(?:nếu\s+)?loại\s+trừ\s+(?:yếu\s+tố|tác\s+động)\s+(?:tăng\s+)?giá)(?!\w)")
MAX_SUBJECT_WORDS = 18
_LETTER_RE = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=None)
def _edge_words():
    """The phrases dropped at either end of a subject, as word tuples (matched word by word: linear time)."""
    cues = table("cues")
    trailing = cues["subject_trailing"]
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
_BARE_NUMBER_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:,\d+)?")


def _strip_edges(phrase: str) -> str:
    trailing, leading, _longest, _last_words, _first_words = _edge_words()
    ending_sizes, opening_sizes = _edge_sizes()
    kept = _kept_words()
    if "," in phrase:
        phrase = phrase.replace(",", " , ")
    words = phrase.split()
    lows = phrase.lower().split()  # (the same words lower-cased, kept in step with `words`)
    changed = True
    while changed and words:
        changed = False
        while words and words[-1] in _EDGE_PUNCTUATION:
            words.pop()
            lows.pop()
        if words and words[-1].endswith(("…", "...")):  # "hộ cận nghèo…": a list cut short, not part of its name
            words[-1] = words[-1].rstrip(".…")
            lows[-1] = lows[-1].rstrip(".…")
            if not words[-1]:
                words.pop()
                lows.pop()
            changed = True
            continue
        while words and words[0] in _EDGE_PUNCTUATION:
            words.pop(0)
            lows.pop(0)
        if not words:
            break
        count = len(words)
        if count >= 2 and lows[-1][:1].isdigit() and (lows[-2],) in trailing and _BARE_NUMBER_RE.fullmatch(lows[-1]):
            del words[-1]  # "Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17%": a figure said without its unit
            del lows[-1]
            changed = True
            continue
        sizes = ending_sizes.get(lows[-1])
        if sizes and count >= 2 and f"{lows[-2]} {lows[-1]}" in kept:
            sizes = None  # "phát hiện": a word of its own, not "hiện" (now)
        if sizes:
            for size in sizes:  # the longest phrase the text ends with
                if size < count and f"{lows[-size - 1]} {lows[-size]}" in kept:
                    continue  # "nông thôn mới đạt": "mới" ends "thôn mới", it is not "mới đạt" (only reached)
                if size <= count and (size == 1 or tuple(lows[-size:]) in trailing):
                    del words[-size:]
                    del lows[-size:]
                    changed = True
                    break
            if changed:
                continue
        sizes = opening_sizes.get(lows[0])
        if sizes and count >= 2 and f"{lows[0]} {lows[1]}" in kept:
            sizes = None  # "nâng cấp": a word of its own, not "nâng" (raising a total)
        if sizes:
            for size in sizes:
                if size <= count and (size == 1 or tuple(lows[:size]) in leading):
                    del words[:size]
                    del lows[:size]
                    changed = True
                    break
    return " ".join(words).replace(" , ", ", ").strip(" ,")


@lru_cache(maxsize=None)
def _topic_openers():
    return frozenset(table("cues")["topic_openers"])


@lru_cache(maxsize=None)
def _clause_words():
    return frozenset(table("cues")["clause_words"])


def _only_acronyms(piece):
    """Acronyms alone, listed with commas ("BHYT, BHTN"), once the verb after them is dropped."""
    words = [w.strip(",") for w in _strip_edges(piece).split()]
    return bool(words) and all(len(w) > 1 and w.isupper() and w.isalpha() for w in words)


def _ends_on_acronym(piece):
    words = piece.split()
    return bool(words) and len(words[-1]) > 1 and words[-1].isupper() and words[-1].isalpha()


def _last_piece(segment: str, item: bool = False) -> str:
    """The last comma-separated piece, rejoined with the pieces before it when it ends a list (`nông, lâm nghiệp và thủy sản`).
    With `item` (the segment is a whole item of a list, after ";" or ":"), a first piece of plain nouns is rejoined too."""
    if "," not in segment:
        return segment
    pieces = segment.split(",")
    if item and len(segment.split()) <= MAX_SUBJECT_WORDS + 2 \
            and all(piece.strip() and _strip_edges(piece) == " ".join(piece.split()) for piece in pieces[:-1]) \
            and all(piece.strip()[:1].islower() for piece in pieces[1:]) \
            and pieces[0].split()[0].lower() not in _topic_openers() \
            and not any(word.lower() in _clause_words() for piece in pieces[:-1] for word in piece.split()) \
            and (len(pieces) == 2 or _indicator_heads_re().match(_strip_edges(pieces[-1]).lower()) is None):
        # "…; sản phẩm từ chất dẻo, cao su đạt 9,7 triệu USD", "…; ngành khai khoáng, khai thác đá, cát, sỏi
        # giảm 3,4%": an item of a list whose pieces are all plain nouns names one thing with its commas
        # (not a topic set before it: "…; trên lĩnh vực nông nghiệp, tổng diện tích gieo trồng đạt …"; nor a last
        # piece naming an indicator of its own after a clause: "…; thương mại, dịch vụ hoạt động tốt, tổng mức bán lẻ …")
        return segment
    phrase = pieces[-1]
    index = len(pieces) - 1
    sectors = _sector_words()
    while index > 0 and (" và " in phrase or phrase.strip()[:1].islower()) and pieces[index - 1].strip() \
            and pieces[index - 1].split()[-1].lower() not in _words_wanting_an_object() \
            and not _names_nothing(pieces[index - 1]) and _strip_edges(pieces[index - 1]) \
            and (len(pieces[index - 1].split()) <= 3 and pieces[index - 1].strip()[:1].islower()
                 or _ends_on_a_sector_word(pieces[index - 1], sectors)  # "sản xuất nông, lâm nghiệp"
                 or _joins_economy_sectors(pieces[index - 1], phrase)  # "công nghiệp, xây dựng"
                 or _halves_of_a_shared_tail(pieces[index - 1], phrase)  # "hoạt động xuất, nhập khẩu"
                 or _lists_under_one_head(pieces[index - 1], phrase)):  # "doanh thu vận tải, kho bãi"
        index -= 1
        phrase = pieces[index] + "," + phrase
    while index > 0 and _ends_on_acronym(pieces[index - 1]) and _only_acronyms(phrase):
        index -= 1  # "số thu BHXH, BHYT, BHTN đạt …": acronyms listed under one head name one indicator
        phrase = pieces[index] + "," + phrase
    if index > 0 and _listed_action(pieces[index - 1], at_end=True) and _listed_action(_strip_edges(phrase)):
        phrase = pieces[index - 1] + "," + phrase  # "được thu gom, xử lý": one action listed in two words
    elif index > 0 and _ends_on_paired_noun(pieces[index - 1]) and _strip_edges(phrase).lower() in _paired_nouns():
        index -= 1
        phrase = pieces[index] + "," + phrase  # "tiêm phòng tụ huyết trùng trâu, bò": both animals, one phrase
        while index > 0 and _ends_on_a_sector_word(pieces[index - 1], sectors):
            # "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải": one section of the industry
            index -= 1
            phrase = pieces[index] + "," + phrase
    return phrase


def _ends_on_a_sector_word(piece, sectors):
    """The piece ends on a word (or two or three: "chế biến", "cung cấp nước") that opens a list of sectors or names one
    section of the economy with its commas ("giá trị sản xuất nông, lâm nghiệp", "công nghiệp chế biến, chế tạo")."""
    words = piece.lower().split()
    return any(" ".join(words[-n:]) in sectors for n in (1, 2, 3) if len(words) >= n)


@lru_cache(maxsize=None)
def _words_wanting_an_object():
    return frozenset(table("cues")["words_wanting_an_object"])


@lru_cache(maxsize=None)
def _paired_nouns():
    return frozenset(table("cues")["paired_nouns"])


def _ends_on_paired_noun(piece):
    words = piece.lower().split()
    return bool(words) and (words[-1] in _paired_nouns() or " ".join(words[-2:]) in _paired_nouns())


def _halves_of_a_shared_tail(before, after):
    """`before` ends on the first half of two words that share their tail and `after` opens on the second ("xuất, nhập
    khẩu")."""
    words_before, words_after = before.lower().split(), after.lower().split()
    return bool(words_before) and bool(words_after) \
        and table("cues")["shared_tail_halves"].get(words_before[-1]) == words_after[0]


@lru_cache(maxsize=None)
def _economy_sectors():
    return frozenset(table("cues")["economy_sectors"])


def _joins_economy_sectors(before, after):
    """`before` ends on a sector of the economy and `after` opens on another: one list ("công nghiệp, xây dựng")."""
    sectors = _economy_sectors()
    return " ".join(before.split()[-2:]).lower() in sectors and " ".join(after.split()[:2]).lower() in sectors


@lru_cache(maxsize=None)
def _indicator_heads_re(*more: str):
    """The head of an indicator (cues.yaml indicator_heads, and the lists named in `more`), on lower-cased text."""
    words = table("cues")["indicator_heads"] + [w for key in more for w in table("cues")[key]]
    heads = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:tổng\s+)?(?:{heads})(?!\w)")  # (a head said as a total too: "tổng doanh thu")


_NAMED_HOLDER_RE = re.compile(r"(?<!\w)(?:xã|huyện|tỉnh|thị trấn|thị xã|phường|thành phố)\s+(\w)")


def _names_a_holder(work, start, end):
    """work[start:end] names a place by its prefix and capitalised name ("xã Long Hòa"), and the comma before it does
    not go on a list of places ("toàn huyện Nông Cống, tỉnh Thanh Hóa tăng từ …": the words before end on a name)."""
    before = work[max(0, start - 30):max(0, start - 1)].split()
    if before and before[-1][:1].isupper():
        return False
    return any(m.group(1).isupper() for m in _NAMED_HOLDER_RE.finditer(work, start, end))


_LISTED_UNDER_HEAD_WORDS = 9  # at most this many words in the piece after the comma ("kho bãi và dịch vụ hỗ trợ vận tải")
_ON_THE_TERRITORY_END_RE = re.compile(r"\s+trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành phố|thị xã|xã))?$", re.IGNORECASE)


def _lists_under_one_head(before, after):
    """`before` opens on the head of an indicator's name and holds no verb, and `after` is a short piece with no verb:
    one name listing two things under that head ("tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng")."""
    head = _strip_edges(before).lower()
    tail = _strip_edges(after)
    # (the place the whole holds in, said at its end, is no part of the piece: "…, tổ chức tín dụng trên địa bàn tỉnh")
    core = _ON_THE_TERRITORY_END_RE.sub("", tail)
    return bool(head) and bool(tail) and len(core.split()) <= _LISTED_UNDER_HEAD_WORDS \
        and _indicator_heads_re().match(head) is not None \
        and _INTRODUCING_VERB_RE.search(head) is None and _INTRODUCING_VERB_RE.search(tail) is None


_BRACKETED_RISE_RE = re.compile(r"\s*(?:tăng|giảm)\s*", re.IGNORECASE)
# (or the bracket holds the rate alone, its sign at most, right after the verb and a word or two saying how much:
# "Chỉ số sản xuất công nghiệp tháng 5 tăng cao (+13,11%)")
_BARE_BRACKET_RE = re.compile(r"\s*[+\-–]?\s*")
# (not the rise that names a rate, "tốc độ tăng IIP là (30,9%)": a noun, nor a clause whose figure "là" introduces)
_RISE_ENDS_CLAUSE_RE = re.compile(r"(?<!tốc độ\s)(?<!mức\s)(?<!\w)(?:tăng|giảm)(?:\s+(?!là(?!\w))[^\W\d]+){0,2}\s*$",
                                  re.IGNORECASE)


@lru_cache(maxsize=None)
def _growth_verb_re():
    """The first verb that says a subject grew or shrank (cues.yaml growth_verbs), as a whole word."""
    words = "|".join(re.escape(w) for w in longest_first(table("cues")["growth_verbs"]))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _verb_at_end_re():
    """A verb that measures a figure (cues.yaml measure_verbs) ending a phrase, a qualifier after it ("đạt", "tăng hơn")."""
    verbs = table("cues")["measure_verbs"]
    words = "|".join(re.escape(w) for w in longest_first([w for kind in verbs.values() for w in kind]))
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+(?:khoảng|hơn|trên|gần|dưới))?\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def reporting_verbs():
    return Words(table("cues")["reporting_verbs"])


@lru_cache(maxsize=None)
def _listed_actions_re():
    words = "|".join(re.escape(w) for w in sorted(table("cues")["listed_actions"], key=len, reverse=True))
    # (the action may take its object of up to two words: "lưu trú du lịch")
    return re.compile(rf"(?:^|\s)(?:{words})$"), re.compile(rf"\s*(?:{words})(?:\s+\w+){{0,2}}\s*$")


def _listed_action(piece, at_end=False):
    """The piece ends on a listed action (at_end), or is only one (and a verb that introduces the figure)."""
    ends_re, only_re = _listed_actions_re()
    return bool(ends_re.search(piece.strip().lower())) if at_end else bool(only_re.fullmatch(piece.lower()))


@lru_cache(maxsize=None)
def _sector_words():
    return frozenset(table("cues")["enumerated_sector_words"])


def blanked(work, start, end, blanks):
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
_SITE_ADDRESS_RE = re.compile(r"(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:com|vn)(?:\.vn)?(?![\w.])")


def _last_cut_end(segment: str) -> int:
    """Where the last clause cut of the segment (_CLAUSE_CUT_RE) ends, 0 if none: found from the right."""
    last_cut = _LAST_CUT_CHAR_RE.match(segment)  # (one scan back from the end, in C)
    end = last_cut.end() if last_cut else 0
    stop = segment.rfind(". ")
    # (not an ellipsis inside a list's item: "ngành sản xuất và phân phối điện, khí đốt, nước nóng... ước tăng 15,2%")
    if stop >= 0 and not (segment[stop - 1:stop] == "." and segment[stop + 2:stop + 3].islower()):
        end = max(end, stop + 2)
    if ".vn" in segment or ".com" in segment:
        # a site's address ends what stands before it: "Cập nhật: 17:17 24/07/2022 GMT+7 baophutho.vn Từ đầu năm …"
        for site in _SITE_ADDRESS_RE.finditer(segment, end):
            end = site.end()
    for dash in (" - ", " – "):
        at = segment.rfind(dash, end)
        while at >= 0 and at + 3 > end:
            # a capital after the dash opens an item; capitals on both sides join a name (Nông – Lâm – Thủy sản), and
            # so does a short piece in capitals before it ("Nông - Lâm nghiệp - Thủy sản", "Công nghiệp - Xây dựng")
            word_start = segment.rfind(" ", 0, at) + 1
            piece_start = max(end, segment.rfind(dash, 0, at) + 3 if segment.rfind(dash, 0, at) >= 0 else 0)
            piece = segment[piece_start:at].split()
            # (the name may follow common words: "ngành Công nghiệp - Xây dựng", "doanh thu Dịch vụ - Thương mại")
            capital_at = next((i for i in range(max(0, len(piece) - _NAME_PIECE_WORDS), len(piece))
                               if piece[i][:1] in _CAPITALS), len(piece))
            named = piece[capital_at:]
            short_name = 0 < len(named) <= _NAME_PIECE_WORDS \
                and not (len(named) == len(piece) == 1 and named[0].isupper() and len(named[0]) > 1)  # (not a byline: "QNO - …")
            # (and an acronym after the dash goes on the name: "giá trị sản xuất công nghiệp - TTCN")
            after = segment[at + 3:].split(maxsplit=1)[:1]
            acronym_after = bool(after) and len(after[0]) > 1 and after[0].isupper() and after[0].isalpha()
            if segment[at + 3:at + 4] in _CAPITALS and segment[word_start:word_start + 1] not in _CAPITALS \
                    and not short_name and not acronym_after:
                end = at + 3
                break
            at = segment.rfind(dash, end, at + 2)
    return end


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
_NAME_PIECE_WORDS = 3  # words of one part of a name joined by dashes


# (also "với" of a league table: "Về kim ngạch xuất khẩu, Bình Dương dẫn đầu với 20 tỷ USD")
_INTRODUCING_VERB_RE = re.compile(r"(?<!\w)(?:ước|đạt|là|tăng|giảm|chiếm|sơ bộ|với|dự kiến|lần lượt|lũy kế|luỹ kế|đều)(?!\w)", re.IGNORECASE)


def _ends_on_saying(label: str) -> bool:
    """"Ông A, Giám đốc Sở cho biết: …": words before a colon that end on a verb of saying name who speaks, not a
    label of the figures after it."""
    said = reporting_verbs().last(label)
    return said is not None and not label[said.end():].strip(" :")


def subject_before(work: str, start: int, end: int, blanks: list[tuple[int, int]], after_figure: bool = False) -> str | None:
    """The subject phrase in work[start:end], or None when the words there only introduce the figure. With
    `after_figure` (work[start] follows another figure) the words before a comma are that figure's, not a subject."""
    if end <= start:
        return None
    segment = blanked(work, start, end, blanks)
    # An inline gloss "(GRDP)" is part of the phrase; "so với …" never is.
    if "(" in segment:
        if "gồm" in segment:
            # "Tổng diện tích gieo trồng cây hàng năm (bao gồm cả cây sắn) đạt …": a bracket saying what a total takes
            # in is an aside, not a gloss nor a list of items; the total named before it is the subject
            segment = _INCLUDES_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), segment)
        segment = _GLOSS_RE.sub(lambda m: " " + m.group(1) + " ", segment)
        if ")" in segment:
            segment = _DATED_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), segment)
            if "," in segment:
                segment = _NAMES_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), segment)
    folded = segment.lower()  # ("Dẫn đầu là Khánh Hòa với …" opens its sentence)
    if "thứ" in folded or "đầu" in folded or "tiếp" in folded or "cuối cùng" in folded or "top" in folded \
            or "nhất là" in folded or "liền" in folded or "vị trí" in folded \
            or "sau" in folded and ("xếp sau" in folded or "đứng sau" in folded or "theo sau" in folded
                                    or "tiếp sau" in folded or "liền sau" in folded):
        segment = _rank_re().sub(" ", segment)
    if "so " in segment or "So " in segment:
        segment = _COMPARISON_RE.sub(" ", segment)
    if "theo giá" in segment or "loại trừ" in segment:
        segment = _PRICE_BASIS_RE.sub(" ", segment)
    if " năm" in segment:
        segment = _SCENE_DURATION_RE.sub(lambda m: " " * len(m.group(0)), segment)
    if "vượt" in segment:
        segment = _EXCEEDS_BASE_RE.sub(" ", segment)
    if "hơn" in segment:
        segment = _HIGHER_THAN_BASE_RE.sub(" ", segment)
    cut = _last_cut_end(segment)
    before_cut = segment[:cut]
    label = None
    if cut and segment[:cut].rstrip().endswith(":"):
        label = segment[:segment[:cut].rstrip().rfind(":")]
    if cut:
        segment = segment[cut:]
    segment_after_cut = segment
    last_comma = segment.rfind(",")
    # "…, sáng tạo, đến nay huyện Long Điền đã có 5/5 xã": a last piece that holds only a time or a place (blanked) and
    # the verb opens a clause of its own; the piece before it is another clause, not what is measured
    own_clause = last_comma >= 0 and "    " in segment[last_comma:] \
        and _HOLDER_HAS_RE.fullmatch(" ".join(segment[last_comma + 1:].split())) is not None
    segment = " ".join(segment.split())
    if after_figure and not cut and _BASE_AFTER_FIGURE_RE.match(segment):
        # "đạt 55% dự toán Thủ tướng Chính phủ giao và 50% dự toán …": the words after the figure before are its base;
        # after them, only what this figure's clause says itself
        joint = max(segment.rfind(","), segment.rfind(" và "))
        segment = segment[joint + 1:] if joint >= 0 else ""
        if segment.startswith("và "):
            segment = segment[3:]
    if after_figure and not cut and "," in segment and segment.split(",", 1)[0].strip() \
            and not segment.startswith("và "):  # ("… 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm …": a new item)
        # "thu giữ 12 m3 gỗ tròn, tạm giữ 3 xe máy": the words right after the figure before, up to the comma, are
        # its own noun, not a piece of this figure's subject
        # (nor when only a qualifier follows the comma: "14,3 triệu lượt khách trong nước, hơn 1,6 triệu lượt khách quốc
        # tế" names its own noun after the figure)
        phrase = _strip_edges(_last_piece(segment[segment.find(",") + 1:]))
    elif own_clause:
        phrase = ""
    elif after_figure and not cut and " và " in segment and "," not in segment \
            and _indicator_heads_re("joined_item_heads").match(segment.lower(), segment.find(" và ") + 4) \
            and _verb_at_end_re().search(segment) is not None:
        # "… có 1 xã đạt chuẩn nông thôn mới và bình quân chung toàn huyện mỗi xã đạt 13 tiêu chí/xã": the words after
        # the figure before, up to "và", are its noun; what follows "và", an indicator with a verb of its own, names
        # this one
        phrase = _strip_edges(_last_piece(segment[segment.find(" và ") + 4:]))
    else:
        phrase = _strip_edges(_last_piece(segment, item=bool(cut) and before_cut.rstrip().endswith((";", ":"))))
    if not phrase and "," in segment and (cut or not after_figure or segment.startswith(",")) \
            and _INTRODUCING_VERB_RE.search(segment, segment.rfind(",")) \
            and not _names_a_holder(work, max(start, work.rfind(",", start, end) + 1), end):
        # (not when that piece names a place of its own as the holder: "…, với sự chung sức …, đến nay xã Mỹ Phong
        # đã đạt 15 tiêu chí …" — the words before the comma are another clause, not what it reached)
        # "Khu vực A, ước đạt N": the words after the comma only introduce the figure; the subject is before it
        # (also an item after another figure's clause: "…, cây công nghiệp đạt gần 103%, thu ngân sách trên địa bàn, đạt hơn
        # 115% kế hoạch")
        phrase = _strip_edges(_last_piece(segment[:segment.rfind(",")]))
    bare_bracket = not phrase and before_cut.endswith("(") and _BARE_BRACKET_RE.fullmatch(segment) is not None
    if not phrase and before_cut.endswith("(") and (bare_bracket or _BRACKETED_RISE_RE.fullmatch(segment)):
        # "Khu vực dịch vụ tăng trưởng khá (tăng 4,28%)": a rise in brackets after a clause that says its subject grew
        # measures that subject, named before the clause's verb of growth
        clause = before_cut[:-1]
        clause = clause[_last_cut_end(clause):]
        verb = _RISE_ENDS_CLAUSE_RE.search(clause) if bare_bracket else _growth_verb_re().search(clause)
        if verb is not None:
            # (a comma may stand before the verb: "Chỉ số sản xuất công nghiệp (IIP) tháng 5, tăng cao (+13,11%)")
            phrase = _strip_edges(_last_piece(" ".join(clause[:verb.start()].rstrip().rstrip(",").split())))
            if bare_bracket and len(phrase.split()) < 2:
                phrase = ""  # (a word of time alone before the verb names nothing: "sang quý II tiếp tục giảm (-13%)")
    # "Giám đốc Sở Tài chính Đặng Phong cho biết ước thu …": who said it, up to the verb of saying, is not what is
    # measured; the subject is what follows it (cues.yaml reporting_verbs)
    said = reporting_verbs().last(phrase) if phrase else None
    if said is not None:
        # (and when nothing follows it but the figure's time or place, the speaker is no subject either: "Ông A cho biết:
        # năm 2031 toàn tỉnh có 993.341 người tham gia BHXH" counts the people named after the figure)
        phrase = _strip_edges(phrase[said.end():].lstrip(" :"))
    # (not where the item is a place and what it has: "UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện A có 1 xã đạt
    # chuẩn …" counts what is named after the figure)
    if label is not None and _names_nothing(phrase) and not _ends_on_saying(label) \
            and not ("    " in segment_after_cut and _HOLDER_HAS_RE.fullmatch(segment) is not None):
        # "Công nghiệp – Xây dựng: 31,74%", "Trồng rừng: Kế hoạch 1.200 ha": the label before the colon names it
        label_cut = _last_cut_end(label)
        phrase = _strip_edges(_last_piece(" ".join(label[label_cut:].split())))
    if "gồm" in phrase or " như " in phrase:
        # (also "Các mặt hàng xuất khẩu đạt khá so cùng kỳ như Gạo 226 nghìn tấn": the first item named after "như")
        opener = _list_opener_re().search(phrase)
        item = phrase[opener.end():].split() if opener is not None else []
        if item and not (opener.group(0).rstrip().endswith("như") and len(item) >= 2
                         and all(word[:1].isupper() for word in item[:2])):
            # (not a name after "như": "Một số huyện còn số người … khá lớn, như Phước Sơn còn 4.182 người" gives
            # places as examples, the indicator stays the one named before)
            phrase = _strip_edges(phrase[opener.end():])  # "các mặt hàng chủ lực gồm thủy sản": the item named
    if "," in phrase and len(phrase.split()) > MAX_SUBJECT_WORDS:
        phrase = _strip_edges(phrase.split(",")[-1])
    cause = _CAUSE_RE.search(phrase) if "khiến" in phrase or " cho " in phrase or " theo " in phrase \
        or "dẫn đến" in phrase or "góp phần" in phrase or " nên " in phrase or "chủ yếu" in phrase else None
    if cause is not None and phrase[cause.end():].strip():
        phrase = _strip_edges(phrase[cause.end():])  # "giá tôm giảm khiến kim ngạch …": what the cause moved
    elif phrase.endswith(" nên"):
        return None  # "Cũng do ảnh hưởng của dịch nên … có 69 DN giải thể": the cause names nothing that is counted
    # "Thu ngân sách … của tỉnh tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt …": a concession between the indicator and
    # its verb is no part of its name (cues.yaml concession_words; the pattern itself is the only look for them, so
    # that a word added there, "dẫu", is found)
    conceded = _concession_re().search(f" {phrase}")  # (offsets one past the phrase's: a space put before it)
    if conceded is not None:
        if _LETTER_RE.search(phrase[:max(0, conceded.start() - 1)]):
            phrase = _strip_edges(phrase[:conceded.start() - 1])
        elif " nhưng " in phrase[conceded.end() - 2:]:
            # "Năm 2022, mặc dù gặp nhiều khó khăn nhưng tổng kim ngạch xuất khẩu … đạt": a concession opening the
            # phrase; the indicator comes after its "nhưng"
            phrase = _strip_edges(phrase[phrase.find(" nhưng ", conceded.end() - 2) + len(" nhưng "):])
    said = _said_of_it_re().search(phrase)  # (cues.yaml said_of_an_indicator)
    if said is not None and _PLACE_HAVING_RE.match(phrase, said.end()):
        # "Bắc Ninh đã vượt TP HCM để trở thành địa phương có kim ngạch xuất khẩu lớn nhất …": the rank a place rose to
        # names the indicator after it
        phrase = _strip_edges(phrase[said.end():])
    elif said is not None and len(phrase[:said.start()].split()) >= 2:
        # "kim ngạch xuất khẩu thủy sản tiếp tục ghi nhận mức tăng trưởng ấn tượng, ước tính đạt 1,1 tỷ USD": what is
        # said of the indicator before its figure is no part of its name
        phrase = _strip_edges(phrase[:said.start()])
    if phrase.lower().startswith("theo "):
        # "Theo báo cáo phát triển kinh tế 9 tháng năm 2023 giá trị sản xuất ngành nông nghiệp đạt …": the source and the
        # time said before the indicator, with no comma, are no part of its name
        whole = blanked(work, start, end, blanks).strip()
        sourced = _SOURCE_BEFORE_A_TIME_RE.match(whole)
        if sourced is not None:
            phrase = _strip_edges(" ".join(whole[sourced.end():].split())) or phrase
    # "top 10 tỉnh, thành có tăng trưởng GRDP cao nhất cả nước gồm: Bắc Ninh (19,13%), …", "Các địa phương còn lại có số
    # FDI trên 1 tỷ USD", "là địa phương dẫn đầu cả nước về kim ngạch xuất khẩu với 31,1 tỷ USD": a figure said of places
    # that have it is the indicator they have (a count of those places is read after it, not here)
    phrase = indicator_the_places_have(phrase) or phrase
    pointed = _AGENT_POINTED_BACK_RE.match(phrase)
    if pointed is not None and _LETTER_RE.search(phrase, pointed.end()):
        # "tỉnh miền núi biên giới này đã giảm tỷ lệ hộ nghèo từ 58,2% …": who is pointed back to ("… này") is the
        # agent; what it did something to is the indicator
        phrase = _strip_edges(phrase[pointed.end():]) or phrase
    if " thì " in phrase:
        # "Với kết quả như trên thì cơ cấu kinh tế khu vực … giảm 1,02%": what the figure is of comes after the "thì"
        # that closes a condition or a premise
        after = phrase[phrase.rfind(" thì ") + 5:]
        phrase = _strip_edges(after) if _LETTER_RE.search(after) else phrase
    if " như" in phrase:
        # "Tỷ lệ hộ nghèo … 4,03% với 1.057.374 hộ phân theo các khu vực như sau: Tây Nguyên 8,39%": how a list is broken
        # down names nothing of the items' own
        phrase = _strip_edges(_BREAKDOWN_TAIL_RE.sub("", phrase))
    if "địa bàn" in phrase:
        phrase = _without_territory(phrase)
    words = phrase.split()
    if not words or not _LETTER_RE.search(phrase):
        return None
    if len(words) > MAX_SUBJECT_WORDS:
        # a long phrase keeps its last words, unless it opens with the rate it names ("Tỷ lệ người cao tuổi từ 70
        # tuổi trở lên được bảo trợ bởi …": what is measured is said first, the rest only qualifies it)
        # (or with the share it names: "Tỷ trọng các ngành nông lâm thuỷ sản - công nghiệp xây dựng - thương mại …")
        head = " ".join(words[:2]).lower()
        phrase = " ".join(words[:MAX_SUBJECT_WORDS] if head in _measured_first_heads() else words[-MAX_SUBJECT_WORDS:])
    return phrase


@lru_cache(maxsize=None)
def _measured_first_heads():
    return frozenset(table("cues")["measured_first_heads"])


@lru_cache(maxsize=None)
def _territory_named():
    return tuple(table("cues")["territory_named_indicators"])


def _without_territory(phrase: str) -> str:
    """"trên địa bàn (tỉnh)" at the end of a subject says where, and is dropped ("nợ xấu trên địa bàn tỉnh" → nợ xấu),
    except in the name of an indicator defined by its territory (thu ngân sách trên địa bàn, tổng sản phẩm trên địa
    bàn): a name of several words anywhere before it, a single word ("thu") right before it."""
    end = _ON_THE_TERRITORY_END_RE.search(phrase)
    if end is None or not phrase[:end.start()].strip():
        return phrase
    before = " " + " ".join(phrase[:end.start()].lower().split()) + " "
    for name in _territory_named():
        if (" " in name and f" {name} " in before) or before.endswith(f" {name} "):
            return phrase
    return phrase[:end.start()].rstrip(" ,")


_INCLUDES_BRACKET_RE = re.compile(r"\((?:bao\s+)?gồm(?:\s+có)?(?:\s+cả)?\s[^()\n]{0,80}\)")


@lru_cache(maxsize=None)
def _list_opener_re():
    """The last word that opens a list inside a subject phrase ("… gồm", "bao gồm")."""
    words = sorted(table("cues")["subject_list_openers"], key=len, reverse=True)
    return re.compile(r"(?s).*(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+")


_HOLDER_HAS_RE = re.compile(r"(?:(?:hiện|vẫn|cũng|đã)\s+)*(?:có|còn)")
_SOURCE_BEFORE_A_TIME_RE = re.compile(r"(?i)theo\s+[^\W\d][^,;:()\n\d]{0,80}?\s{4,}")


def indicator_the_places_have(phrase: str) -> str | None:
    """"05 địa phương có kim ngạch nhập khẩu cao nhất" → "kim ngạch nhập khẩu": the indicator a group of places is
    named by, or None where the phrase names no such group."""
    having = _PLACES_HAVING_OPENING_RE.match(phrase)
    if having is None or not _LETTER_RE.search(phrase, having.end()):
        return None
    return _strip_edges(phrase[having.end():]) or None


_AGENT_POINTED_BACK_RE = re.compile(r"[^\d,;:()]{0,60}?(?<!\w)(?:này|đó|ấy)\s+(?=(?:đã|đang|vẫn|cũng|tiếp tục|đã\s+và\s+đang)"
                                    r"?\s*(?:giảm|nâng|tăng|hạ|kéo giảm|đưa|có|đạt)(?!\w))", re.IGNORECASE)
# A group of places named by what they have ("top 10 tỉnh, thành có", "Các địa phương còn lại có", "4 tỉnh, thành phố
# khác cũng ghi nhận"), or a locality right before its indicator ("địa phương kim ngạch xuất khẩu", once "dẫn đầu cả
# nước về" is read), not before a verb of its own ("địa phương đặt chỉ tiêu …"); not "có thêm" (a count), "có mặt".
_PLACE_NOUNS = r"(?:địa phương|tỉnh|thành phố|thành|phố|huyện|quận|thị xã|xã|phường|đơn vị)"
_GROUP_WORDS = r"(?:các|những|top|một số|một|nhiều|hầu hết|\d+)"
_PLACES_NAMED = _PLACE_NOUNS + r"(?:\s*(?:,|và)\s*" + _PLACE_NOUNS + r")*(?:\s+(?:còn lại|khác))?"
_HAVING = r"(?:\s+(?:duy nhất|cũng|đều|vẫn))?\s+(?:có|ghi nhận)(?!\s+(?:thêm|mặt)(?!\w))"
_LOCALITY_BEFORE_ITS_INDICATOR = r"(?<=địa phương)(?!\s+(?:đặt|giành|dẫn|đạt|xếp|đứng|được|đã|là|vẫn|cũng)(?!\w))"
_PLACES_HAVING_OPENING_RE = re.compile(rf"(?:{_GROUP_WORDS}\s+)*(?:{_PLACES_NAMED}|còn lại|khác)"
                                       rf"(?:{_HAVING}|{_LOCALITY_BEFORE_ITS_INDICATOR})\s+", re.IGNORECASE)
_PLACE_HAVING_RE = re.compile(r"(?:địa phương|tỉnh|huyện|thành phố|xã)\s+(?:duy nhất\s+)?có\s", re.IGNORECASE)

@lru_cache(maxsize=None)
def _said_of_it_re():
    return re.compile(r"\s(?:" + phrases_re(table("cues")["said_of_an_indicator"]) + r")\s")


@lru_cache(maxsize=None)
def _concession_re():
    return re.compile(r"\s(?:" + phrases_re(table("cues")["concession_words"]) + r")\s")


# A cause before what it moved: the subject is what comes after the connective (the last one).
# ("… đã góp phần giảm tỷ lệ hộ nghèo xuống còn 3,2%": what the effort moved, after the verb that moved it; "thời tiết
# thuận lợi nên năng suất lúa đạt …": the result after "nên", not "trở nên")
# (also the cause of a rise named before the figure it moved by: "Chỉ số giá tiêu dùng tăng chủ yếu do nhóm hàng ăn
# tăng 0,42%": the group's rise)
_CAUSE_RE = re.compile(r"(?s).*(?<!\w)(?:khiến cho|khiến|làm cho|kéo theo|dẫn đến|(?<!trở )nên|chủ yếu (?:là )?do"
                       r"|góp phần(?:\s+(?:làm\s+)?(?:giảm|tăng|nâng cao|nâng|đưa))?)\s+")


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
# ("đạt và vượt kế hoạch", "hoàn thành và vượt": one result said in two verbs, not a second thing counted)
# (not a full stop inside an abbreviation: "tỉnh, thành phố trực thuộc T.Ư")
_NOUN_CUT_RE = re.compile(r"[,;:()\[\]\n\d]|\.(?![^\W\d_])|\s(?:và(?!\s+vượt(?!\w))|với|tăng|giảm|chiếm|bằng|là|của|so với|so|trong đó|gồm)\s"
                          r"|\s(?:bao\s+)?gồm\s*:")  # ("còn 4 tiêu chí chưa đạt gồm: …": the list it opens)
_NEXT_FIGURE_LEAD_RE = re.compile(r"\s(?:có|còn)(?:\s+(?:hơn|gần|khoảng|trên|dưới))?\s*$")
_REACHED_END_RE = re.compile(r"(?<!\w)(?:đạt|từ|ngưỡng|dưới|trên)\s*$")  # (a threshold: "4 tỉnh … dưới ngưỡng 100 triệu USD")
# (the figure and its noun, ending its phrase: not "từ 3 sao trở lên", not the first end of "từ 20 đến dưới 30 …";
# a fraction too, and what it is of: "5 xã đạt 19/19 tiêu chí nông thôn mới")
_THRESHOLD_AT_RE = re.compile(r"\s*\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?(?:\s*%|\s+[^\W\d]+(?:\s+(?!trở(?!\w))[^\W\d]+){0,7}?)"
                              r"(?=\s*(?:[,;.:()\n]|$|(?:và|thì|hoặc)(?!\w)))")
def _number_in_the_noun(segment: str, at: int) -> int | None:
    """Where a number at `at` that is part of what is counted ends (a rating, "3 sao trở lên"; a grade after its word,
    "mức độ 1"), None where it is another figure."""
    rating = _RATING_AT_RE.match(segment, at)
    if rating is None and _GRADE_END_RE.search(segment, max(0, at - 12), at):
        rating = _GRADE_NUMBER_RE.match(segment, at)
    return rating.end() if rating is not None else None


_GRADE_END_RE = re.compile(r"(?<!\w)(?:mức độ|cấp độ|hạng)\s+$", re.IGNORECASE)
_GRADE_NUMBER_RE = re.compile(r"\d+(?!\s*[%/.,]\d)(?![\w,.]\d)")
_RATING_AT_RE = re.compile(r"\d\s*(?:-\s*\d\s*)?sao(?:\s+trở\s+lên)?(?!\w)")
_BRACKET_AFTER_RE = re.compile(r"\s*\([^()\n]{0,60}\)")
_HAS_END_RE = re.compile(r"(?<!\w)có\s*$")
_OF_PLACES_END_RE = re.compile(r"\s*(?<!\w)thuộc\s*$")
_PLACES_COUNTED_AT_RE = re.compile(r"\s*\d+\s+(?:tỉnh|huyện|xã|địa phương)(?:\s*(?:,|và)\s*(?:thành phố|thị xã|thị trấn|phường))?"
                                   r"(?:\s+trực\s+thuộc\s+(?:trung\s+ương|tỉnh|huyện))?\s+(?=[^\W\d])", re.IGNORECASE)
_SHARE_OF_GROUP_AT_RE = re.compile(r"\s*\d[\d.,]*\s*%\s*số\s+(?=[^\W\d])")
_SHARE_HELD_AT_RE = re.compile(r"\s*\d[\d.,]*\s*%\s*(?:số\s+)?(?=[^\W\d])")


_PERCENT_AT_RE = re.compile(r"\d[\d.,]*\s*%")
_VERB_BEFORE_FIGURE_END_RE = re.compile(r"(?:\s+(?:ước|đạt|là|chiếm|bằng|gần|trên|hơn|khoảng|được))+\s*$")
# Words kept after a count: enough for "xã được công nhận đạt chuẩn nông thôn mới nâng cao" (the standard's last words
# tell which one it is).
_NOUN_AFTER_WORDS = 10
# ("là" and a word, not a blank, a figure, a place's prefix or a word that opens a clause of its own)
_WHO_THEY_ARE_RE = re.compile(r"\slà\s(?!(?:những|các|một|nơi|do|vì|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|tp"
                              r"|thôn|bản|tổ)(?!\w))[^\W\d]")


_NAMES_LISTED_AFTER_NOUN_RE = re.compile(r"\s*(?:(?:là|gồm)\s*:?|:)(?:\s|,|(?<!\w)và(?!\w))+"
                                         r"(?=(?:đã\s+)?(?:đạt|được|hoàn thành|về đích)(?!\w))", re.IGNORECASE)


def noun_after(work: str, start: int, end: int, blanks: list[tuple[int, int]]) -> str | None:
    """The words after a count (`19 dự án [phát triển sản xuất]`) up to the end of its phrase; a bracket right
    after the count (`41/76 xã (53,9%) hoàn thành …`) is passed over."""
    bracket = _BRACKET_AFTER_RE.match(work, start)
    if bracket:
        start, end = bracket.end(), max(end, min(len(work), bracket.end() + 80))
    segment = blanked(work, start, end, blanks)
    # "4 xã là: A, B và C đạt chuẩn nông thôn mới": the places named (blanked) between the counted noun and what they
    # did are who they are, not what is counted
    listed = _NAMES_LISTED_AFTER_NOUN_RE.match(segment)
    if listed is not None:
        segment = " " + segment[listed.end():]
    cut = _NOUN_CUT_RE.search(segment)
    while cut is not None and segment[cut.start()].isdigit():
        # "45 sản phẩm OCOP đạt 3 sao trở lên": a rating (no claim) is part of what is counted; so is a grade ("38/38
        # trường đạt chuẩn Quốc gia mức độ 1")
        in_the_noun = _number_in_the_noun(segment, cut.start())
        if in_the_noun is None:
            break
        cut = _NOUN_CUT_RE.search(segment, in_the_noun)
    if cut is not None and _WHO_THEY_ARE_RE.match(segment, cut.start()) and len(segment[:cut.start()].split()) <= 2:
        # "trong đó 80 hộ là đồng bào dân tộc thiểu số": "là" right after the counted noun says which of them are
        # counted (not "3 xã là: A, B", a list of names, blanked, nor a comma before "là": another clause)
        cut = _NOUN_CUT_RE.search(segment, cut.end() - 1)
    next_figure = (cut is None or segment[cut.start()].isdigit()) \
        and not _PERCENT_AT_RE.match(work, start + cut.start() if cut else end)  # ("9 tỉnh có 100% số xã": below)
    if cut:
        segment = segment[:cut.start()]
    if next_figure:
        # "92.000 doanh nghiệp gia nhập thị trường … có hơn 73.400 …": the words that lead the next figure are that
        # figure's, not part of this one's noun
        segment = _NEXT_FIGURE_LEAD_RE.sub("", segment)
    if _REACHED_END_RE.search(segment, max(0, len(segment) - 12)):
        # "23 xã đạt từ 15 - 18 tiêu chí": what the counted places reached (the figure after, a claim of its own)
        # is part of what is counted
        segment = segment.rstrip()
        threshold = _THRESHOLD_AT_RE.match(work, start + len(segment))
        if threshold is not None:
            segment = work[start:threshold.end()]
    located = _PLACES_COUNTED_AT_RE.match(work, start + len(segment)) \
        if _OF_PLACES_END_RE.search(segment, max(0, len(segment) - 8)) else None
    if located is not None:
        # "213 đơn vị cấp huyện thuộc 48 tỉnh, thành phố đã được công nhận đạt chuẩn": "thuộc N
        # tỉnh" only says where they are (a claim of its own); what they are counted for goes on after it
        rest = blanked(work, located.end(), min(len(work), located.end() + 80), blanks)
        rest_cut = _NOUN_CUT_RE.search(rest)
        segment = _OF_PLACES_END_RE.sub("", segment) + " " + (rest[:rest_cut.start()] if rest_cut else rest)
        cut = None
    held = _SHARE_HELD_AT_RE.match(work, start + len(segment)) \
        if _HAS_END_RE.search(segment, max(0, len(segment) - 6)) else None
    if held is None and _REACHED_END_RE.search(segment, max(0, len(segment) - 12)):
        # "5 huyện đạt 100% số xã nông thôn mới": reaching a share of a group ("số …") is what is counted, as
        # having it is (not "250 người đạt 125% kế hoạch", a ratio of the count's own)
        held = _SHARE_OF_GROUP_AT_RE.match(work, start + len(segment.rstrip()))
    if held is not None:
        # "9 tỉnh có 100% số xã đạt chuẩn NTM": the places counted are those that have that share of a
        # group; the share and the group are part of what is counted (the share is a claim of its own too)
        rest = blanked(work, held.end(), min(len(work), held.end() + 80), blanks)
        rest_cut = _NOUN_CUT_RE.search(rest)
        segment = work[start:held.end()] + (rest[:rest_cut.start()] if rest_cut else rest)
        cut = None
    if _PERCENT_AT_RE.match(work, start + cut.start() if cut else end):
        # "250 người đạt 125% kế hoạch": the verb that introduces the rate after the count is not part of the counted
        # noun (an amount after it keeps it: "6 tỉnh xuất khẩu đạt hơn 10 tỷ USD" leaves "xuất khẩu" to that amount)
        segment = _VERB_BEFORE_FIGURE_END_RE.sub("", segment)
    all_words = segment.split()
    words = all_words[:_NOUN_AFTER_WORDS]
    if len(all_words) > len(words) and f"{words[-1]} {all_words[len(words)]}".lower() in _kept_words():
        words.append(all_words[len(words)])  # ("… xây dựng nông thôn mới": the limit does not cut a term in two)
    while words and words[-1].lower() in _PREPOSITIONS_LEFT_AT_END:
        words.pop()  # "chuyển tiếp 01 công trình sang năm 2024": the time after it, read (blanked), leaves its "sang"
    return " ".join(words).strip(" /-–+") or None


# (not "từ", "đến": a threshold follows them, read above; "trở" is half of "trở lên", cut at the words' limit)
_PREPOSITIONS_LEFT_AT_END = frozenset({"sang", "trở"})


# How far before a figure (and after it) its subject is looked for again in the text, to give it the text's spelling.
_WRITTEN_BEFORE = 1500
_WRITTEN_AFTER = 300


def as_written(text: str, work: str, claims: list) -> None:
    """A subject is the indicator as the text names it: the rules read a copy with modern tone marks and one spelling
    of words written with i or y (thuỷ → thủy, tỉ lệ → tỷ lệ); each subject gets back the spelling the text gives it
    where it was read (the same span of the text), or else the only spelling the text gives each of its words."""
    if text == work or not claims:
        return
    spelled: dict[str, str | None] = {}  # a word as read → as written, None where the text writes it both ways
    for claim in claims:
        subject = claim.subject
        if not subject or not isinstance(subject, str):
            continue
        at = work.rfind(subject, max(0, claim.start - _WRITTEN_BEFORE), min(len(work), claim.end + _WRITTEN_AFTER))
        if at >= 0:
            claim.subject = text[at:at + len(subject)]
            continue
        words = subject.split()
        changed = False
        for index, word in enumerate(words):
            if word not in spelled:
                spelled[word] = _only_spelling(text, work, word)
            written = spelled[word]
            if written is not None and written != word:
                words[index] = written
                changed = True
        if changed:
            claim.subject = " ".join(words)


def _only_spelling(text: str, work: str, word: str) -> str | None:
    """The one spelling the text gives a word the rules read as `word` (a word alone: its first occurrences)."""
    bare = word.strip(",.;:()")
    if not bare or not bare.isalpha():
        return None
    found = None
    at = work.find(bare)
    seen = 0
    while at >= 0 and seen < 50:
        after = at + len(bare)
        if (at == 0 or not work[at - 1].isalnum()) and (after >= len(work) or not work[after].isalnum()):
            written = text[at:after]
            if found is None:
                found = written
            elif written != found:
                return None
        seen += 1
        at = work.find(bare, after)
    return None if found is None else word.replace(bare, found)


@lru_cache(maxsize=None)
def _crop_vocabulary():
    cues = table("cues")
    heads = sorted((tuple(h.split()) for h in cues["crop_measure_heads"]), key=len, reverse=True)
    verbs = sorted((tuple(v.split()) for v in cues["crop_planting_verbs"]), key=len, reverse=True)
    heads_by_first_word = {}  # (each subject then tries only the heads its first word opens)
    for head in heads:
        heads_by_first_word.setdefault(head[0], []).append(head)
    return heads, frozenset(cues["crop_words"]), verbs, heads_by_first_word


def _crop_head(subject: str) -> tuple[str, str] | None:
    """(the measure of a crop a subject opens with, as written; the rest), the longest measure first."""
    words = subject.split()
    if not words:
        return None
    heads = _crop_vocabulary()[3].get(words[0].lower())
    if not heads:
        return None
    lowered = tuple(w.lower() for w in words)
    for head in heads:
        if lowered[:len(head)] == head:
            return " ".join(words[:len(head)]), " ".join(words[len(head):])
    return None


# A paragraph headed by a short label and a colon ("Cây lúa: Gieo cấy …", "- Chăn nuôi: …"); the label is group 1
LABELLED_LINE_RE = re.compile(r"[ \t]*(?:[-–+*•][ \t]*)?(?:cây\s+)?([^\W\d][^:\n.;,\d]{0,30}?)\s*:", re.IGNORECASE)


def _paragraph_crop_label(work: str, position: int) -> str | None:
    """The crop a paragraph is headed by ("Cây lúa: …", "- Ngô: …"), if its label names one."""
    start = work.rfind("\n", 0, position) + 1
    label = LABELLED_LINE_RE.match(work, start, position)
    return label.group(1).lower() if label is not None and _names_a_crop(label.group(1)) else None


def _names_a_crop(subject: str) -> bool:
    words = subject.lower().split()
    crops = _crop_vocabulary()[1]
    return bool(words) and (words[0] in crops or " ".join(words[:2]) in crops)


def _crop_of_an_area(subject: str) -> str | None:
    """The crop an area's subject names, without the verb of planting before it ("trồng lúa nương" → lúa nương)."""
    words = subject.split()
    for verb in _crop_vocabulary()[2]:
        if tuple(w.lower() for w in words[:len(verb)]) == verb and len(words) > len(verb):
            words = words[len(verb):]
            break
    crop = " ".join(words)
    return crop if _names_a_crop(crop) and len(words) <= _CROP_ITEM_WORDS else None


_CROP_MEASURE_UNITS = frozenset(("ha", "tonne", "tonne/ha"))
_LIST_LOOKBACK = 4  # figures back to the item before in the same unit
_CROP_ITEM_WORDS = 5  # a list item naming a crop is short: "cao su", "sâm Ngọc Linh", "cây dược liệu khác"


def sentence_start_before(text: str, position: int, reach: int = 1500) -> int:
    """Where the sentence holding `position` starts (after ". " or a line break), looked for at most `reach`
    characters back: bounded, so that rules asking it for every figure stay linear in time on any input."""
    lowest = max(0, position - reach)
    stop = text.rfind(". ", lowest, position)
    return max(lowest, stop + 2 if stop >= 0 else lowest, text.rfind("\n", lowest, position) + 1)


_OF_WHAT_WAS_SAID_BEFORE_RE = re.compile(r"\S\s+với\s+$", re.IGNORECASE)


def _measure_of_what_its_sentence_names(work: str, claim) -> bool:
    """Whether a bare measure is introduced by "với" after what its own sentence is about ("Sản xuất thủy sản năm 2023
    duy trì mức tăng trưởng nhẹ với tổng sản lượng ước đạt 56.424 tấn"): that, not the crop of the sentence before."""
    sentence_start = sentence_start_before(work, claim.start)
    at = work.rfind(claim.subject, sentence_start, claim.start)
    return at > sentence_start and _OF_WHAT_WAS_SAID_BEFORE_RE.search(work, sentence_start, at) is not None


def _same_sentence(work: str, end: int, start: int) -> bool:
    gap = work[end:start]
    return ". " not in gap and "\n" not in gap


@lru_cache(maxsize=None)
def _part_openers() -> tuple:
    return tuple(table("cues")["part_openers"])


def _same_statement(work: str, end: int, start: int) -> bool:
    """In one sentence, or in a sentence that opens on its parts ("Trong đó", cues.yaml part_openers) and so goes on
    with the one before."""
    gap = work[end:start]
    if "\n" in gap:
        return False
    stop = gap.rfind(". ")
    return stop < 0 or ". " not in gap[:stop] \
        and gap[stop + 2:].lstrip().lower().startswith(_part_openers())


def _lists_after(gap: str) -> bool:
    return "," in gap or ";" in gap


def carry_crops(work: str, claims: list) -> None:
    """A crop's figures said one after another share the crop and the measure:
    - a subject that is only a crop's measure (sản lượng, năng suất, diện tích thu hoạch) names the crop of the figure
      before it in its paragraph ("năng suất lúa vụ chiêm ước đạt 61 tạ/ha; sản lượng ước đạt 352 nghìn tấn" → sản lượng lúa vụ chiêm;
      "trồng được 215 ha ngô lai, năng suất đạt 48 tạ/ha" → năng suất ngô lai);
    - an item of a list of areas that names only a crop takes the area's measure of the item before it ("diện tích lúa
      đông xuân là 2.347 ha, lúa mùa là 1.915 ha" → diện tích lúa mùa)."""
    ordered = sorted((c for c in claims if isinstance(c.subject, str) and c.subject), key=lambda c: c.start)
    for claim in ordered:
        # "Cây lúa: Gieo cấy 15.150 ha, …; sản lượng đạt 84.718 tấn": a paragraph headed by a crop names the crop
        # of the measures in it that name none (sản lượng → sản lượng lúa)
        own = _crop_head(claim.subject)
        if own is not None and not own[1]:
            label = _paragraph_crop_label(work, claim.start)
            if label is not None:
                claim.subject = f"{claim.subject} {label}"
    renamed: dict[str, str] = {}  # (within a sentence: a part renamed, and the figures after it that carried its name)
    for index in range(1, len(ordered)):
        claim = ordered[index]
        previous = ordered[index - 1]
        if not _same_sentence(work, previous.end, claim.start):
            renamed = {}
        elif claim.subject in renamed:
            claim.subject = renamed[claim.subject]
            continue
        # (an item of a list is measured as the item before it in the same unit: "thóc là 888.132 tấn, giảm 0,34%; ngô
        # là 17.724 tấn")
        same_unit = next((ordered[k] for k in range(index - 1, max(-1, index - _LIST_LOOKBACK), -1)
                          if ordered[k].unit == claim.unit and _same_statement(work, ordered[k].end, claim.start)), None)
        if same_unit is not None and claim.unit in _CROP_MEASURE_UNITS:
            previous = same_unit
        subject = claim.subject
        own = _crop_head(subject)
        if "\n" in work[previous.end:claim.start]:
            continue
        if own is not None and not own[1]:  # only a measure: the crop is the one before, in its paragraph
            if not _same_sentence(work, previous.end, claim.start) and _measure_of_what_its_sentence_names(work, claim):
                continue
            before = _crop_head(previous.subject)
            if before is not None and before[1] and before[0].lower() != before[1].lower():
                crop = before[1]
            elif before is None and previous.unit == "ha" and _crop_of_an_area(previous.subject) is not None:
                crop = _crop_of_an_area(previous.subject) or ""
            else:
                continue
            claim.subject = f"{subject} {crop}"
        elif own is None and claim.unit == previous.unit and claim.unit in _CROP_MEASURE_UNITS and _names_a_crop(subject) \
                and _same_statement(work, previous.end, claim.start) \
                and len(subject.split()) <= _CROP_ITEM_WORDS and _lists_after(work[previous.end:claim.start]):
            # (also an output: "tổng sản lượng lương thực đạt 905.867 tấn; trong đó thóc là 888.132 tấn" → sản lượng
            # thóc; the total's "tổng" is not the part's)
            before = _crop_head(previous.subject)
            if before is not None and before[1]:
                head = without_total_word(before[0])
                claim.subject = renamed[subject] = f"{head} {subject}"


def without_total_word(subject: str) -> str:
    """The indicator of a total's part: the total's subject without its "tổng" ("tổng sản lượng lương thực" → "sản
    lượng lương thực")."""
    return subject[len("tổng "):] if subject.lower().startswith("tổng ") else subject


@lru_cache(maxsize=None)
def _goods_list_lead_re():
    """The lead-in of a list of goods of a trade, up to its colon ("nhiều mặt hàng xuất khẩu chủ lực của tỉnh giảm sâu
    so với cùng kỳ như:"): the trade it names (cues.yaml goods_list_heads, trade_words)."""
    cues = table("cues")
    return re.compile(r"(?:" + phrases_re(cues["goods_list_heads"]) + r")[^.:;\d]{0,60}?("
                      + phrases_re(cues["trade_words"]) + r")[^.:;\d]{0,80}:\s*$", re.IGNORECASE)


_GOODS_ITEM_WORDS = 6


def goods_of_an_announced_list(work: str, claims: list) -> None:
    """The items of a list announced as the goods of a trade ("kim ngạch xuất khẩu … ước đạt 1.726 tỷ USD …. Trong đó,
    nhiều mặt hàng xuất khẩu chủ lực giảm sâu như: hàng dệt may giảm 33,73%; chất dẻo giảm 14,46%") are that trade's
    in those goods: kim ngạch xuất khẩu hàng dệt may (the indicator as the total before the list names it)."""
    ordered = sorted((c for c in claims if isinstance(c.subject, str) and c.subject), key=lambda c: c.start)
    for index, claim in enumerate(ordered):
        sentence_start = sentence_start_before(work, claim.start)
        colon = work.rfind(":", sentence_start, claim.start)
        lead = _goods_list_lead_re().search(work, max(sentence_start, colon - 160), colon + 1) if colon >= 0 else None
        if lead is None or "khẩu" in claim.subject.lower() or len(claim.subject.split()) > _GOODS_ITEM_WORDS:
            continue
        trade = lead.group(1).lower()
        # (looked for a bounded way back: linear time however many figures the text gives)
        total = next((ordered[k] for k in range(index - 1, max(-1, index - _LIST_LOOKBACK * 4), -1)
                      if ordered[k].end <= colon and trade in ordered[k].subject.lower()
                      and claim.start - ordered[k].end < 600), None)
        if total is not None:
            at = total.subject.lower().find(trade) + len(trade)
            claim.subject = f"{total.subject[:at]} {claim.subject}"


@lru_cache(maxsize=None)
def _season_opening_re():
    """A sentence opening on a crop's season ("Vụ lúa đông xuân 2024 …"): (the crop, its season)."""
    crops = longest_first(table("cues")["crop_words"])
    seasons = longest_first({s[len("vụ "):] if s.startswith("vụ ") else s
                             for s in table("periods")["crop_seasons_by_name"]})
    return re.compile(r"[\s\-–+•*]*vụ\s+(" + "|".join(map(re.escape, crops)) + r")\s+("
                      + "|".join(map(re.escape, seasons)) + r")(?!\w)", re.IGNORECASE)


def crops_of_the_season_opening(work: str, claims: list) -> None:
    """The measures of a sentence that opens on a crop's season ("Vụ lúa đông xuân 2024 cả nước gieo trồng được 2,95
    triệu ha, …; năng suất lúa đạt 68,8 tạ/ha, …, sản lượng đạt 20,33 triệu tấn") are of that crop in that season:
    diện tích gieo trồng lúa đông xuân, năng suất lúa đông xuân, sản lượng lúa đông xuân (the season said once)."""
    opened: dict = {}  # sentence start -> (crop, season) or None
    for claim in claims:
        subject = claim.subject
        if not isinstance(subject, str) or not subject:
            continue
        start = sentence_start_before(work, claim.start)
        if start not in opened:
            found = _season_opening_re().match(work, start, claim.start)
            opened[start] = (found.group(1).lower(), found.group(2).lower()) if found is not None else None
        season = opened[start]
        if season is None:
            continue
        crop, named = season
        words = subject.split()
        if words[0].lower() == "vụ":
            # "Vụ lúa đông xuân gieo trồng": the season, then what was done in it, an area
            verb = next((" ".join(words[-len(v):]) for v in _crop_vocabulary()[2]
                         if tuple(w.lower() for w in words[-len(v):]) == v), None)
            if verb is not None and claim.unit == "ha":
                claim.subject = f"diện tích {verb} {crop} {named}"
            continue
        head = _crop_head(subject)
        if head is not None and head[1].lower() in ("", crop) and named not in subject.lower():
            claim.subject = f"{head[0]} {crop} {named}"


@lru_cache(maxsize=None)
def _branch_words():
    return frozenset(table("cues")["branch_words"])


@lru_cache(maxsize=None)
def _branch_end_re():
    words = longest_first(table("cues")["branch_words"])
    return re.compile(r"^(.+?)\s+(?:" + "|".join(re.escape(w) for w in words) + r")$")


_PRODUCTION_VALUE_RE = re.compile(r"^(?:tổng\s+)?(giá trị sản xuất)(?:\s+(?:các|toàn)\s+ngành)?$", re.IGNORECASE)


def _headed_part(subject: str):
    """(the opening word, the measure before it) where the subject is a measure of a part opened by one of
    cues.yaml branch_heads ("CPI khu vực thành thị" → ("khu vực", "CPI")), else None."""
    lowered = f" {subject.lower()} "
    for word in table("cues")["branch_heads"]:
        at = lowered.find(f" {word} ", 1)
        if at > 0:
            measure = subject[:at - 1].rstrip(" ,")
            # (a measure named plainly, not a clause: "chỉ số tăng nhẹ là nhóm …", "sự tăng giá ở các nhóm …")
            if _clause_words().isdisjoint(measure.lower().split()) and not _PART_LINK_END_RE.search(measure.lower()):
                return word, measure
            return None
    return None


_PART_LINK_END_RE = re.compile(r"(?<!\w)(?:ở|của|tại|thuộc|trong)(?:\s+(?:các|những))?$|(?<!\w)(?:các|những)$")


def carry_branch_heads(work: str, claims: list) -> None:
    """A branch of the economy named alone in a list of parts ("… trong đó giá trị sản xuất nông nghiệp đạt 219 tỷ đồng;
    lâm nghiệp đạt 82 tỷ đồng", "Tổng giá trị sản xuất ước đạt 105.954 tỷ đồng, trong đó công nghiệp tăng 22,28%")
    is measured as the item before it, or the total, is: giá trị sản xuất lâm nghiệp, giá trị sản xuất công nghiệp."""
    ordered = sorted((c for c in claims if isinstance(c.subject, str) and c.subject), key=lambda c: c.start)
    head = None
    headed = None  # (the part's opening word, the measure said before it) of the item before: "CPI" of "CPI khu vực …"
    for index, claim in enumerate(ordered):
        if index and not _same_sentence(work, ordered[index - 1].end, claim.start):
            head = headed = None
        subject = claim.subject.strip()
        if claim.measure == "share":  # (a structure's parts, "cơ cấu …; dịch vụ: 24,1%", are named by the branch)
            head = headed = None
            continue
        if subject.lower() in _branch_words():
            if head is not None:
                claim.subject = f"{head} {subject}"
            continue
        if headed is not None and subject.lower().startswith(f"{headed[0]} "):
            # "CPI khu vực thành thị tăng 0,34% và khu vực nông thôn tăng 0,42%": the next part, opened by the same
            # word (cues.yaml branch_heads), is measured as the one before it
            claim.subject = f"{headed[1]} {subject}"
            continue
        headed = _headed_part(subject)
        total = _PRODUCTION_VALUE_RE.match(subject)
        ended = _branch_end_re().match(subject.lower())
        head = total.group(1) if total is not None else subject[:len(ended.group(1))].rstrip(" ,;-–") \
            if ended is not None else None
        if head is not None and total is None and (ended.group(1).endswith(",") or head.lower() in _branch_words()):
            head = None  # "nông, lâm nghiệp, thủy sản tăng 3,23%; công nghiệp - xây dựng …": branches listed, no head

_RATE_SAID_BEFORE_RE = re.compile(r"(?<!\w)(?:chiếm|đạt)\s+tỷ\s+lệ(?:\s+(?:hơn|trên|khoảng|gần|xấp\s+xỉ))?\s*$", re.IGNORECASE)
_COUNTED_AFTER_SO_RE = re.compile(r"(?s).*(?<!\w)số\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _rate_words():
    return tuple(table("cues")["rate_words"])


def rates_named_by_their_verb(work: str, claims: list) -> None:
    """A percent said as "chiếm tỷ lệ N%" or "đạt tỷ lệ N%" after what it is of is the rate of that ("Toàn huyện có số
    hộ nghèo là 2.436 hộ, chiếm tỷ lệ 7,18%" → tỷ lệ hộ nghèo; "các hợp tác xã được củng cố, đạt tỷ lệ 87%" →
    tỷ lệ hợp tác xã được củng cố), the counted noun after "số" or "tổng số". A fraction before it (41/52 trường,
    chiếm tỷ lệ 78,8%) already is that rate, written as a count: the percent only restates it, under its subject."""
    ordered = sorted(claims, key=lambda c: c.start)
    for index, claim in enumerate(ordered):
        subject = claim.subject
        if claim.unit != "%" or not isinstance(subject, str) or not subject \
                or _RATE_SAID_BEFORE_RE.search(work, max(0, claim.start - 24), claim.start) is None:
            continue
        if index > 0 and ordered[index - 1].of is not None and _same_sentence(work, ordered[index - 1].end, claim.start):
            continue
        lowered = subject.lower()
        if any(word in lowered for word in _rate_words()):
            continue
        counted = _COUNTED_AFTER_SO_RE.match(subject)
        if counted is not None and subject[counted.end():].strip():
            subject = subject[counted.end():]
        claim.subject = f"tỷ lệ {subject}"


# between a rate and the count of what it is of: "4,03% với 1.057.374 hộ", "2,45%, tương ứng 169.566 hộ"
_COUNT_OF_THE_RATE_GAP_RE = re.compile(r"\s*[,(]?\s*(?:với|tương\s+ứng(?:\s+với)?|tương\s+đương(?:\s+với)?)\s+"
                                       r"(?:(?:khoảng|gần|hơn|trên)\s+)?")
_BREAKDOWN_TAIL_RE = re.compile(r"(?:^|\s+)(?:(?:được\s+)?phân\s+)?theo\s+(?:các\s+|từng\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s+"
                                r"như(?:\s+sau)?$", re.IGNORECASE)
_RATE_HEAD_RE = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+", re.IGNORECASE)


def counts_of_their_rate(work: str, claims: list) -> None:
    """A count said right after a rate with "với" or "tương ứng", in a bracket or not, counts what the rate is of ("Tỷ lệ
    hộ nghèo chung cả nước 4,03% với 1.057.374 hộ phân theo …" → số hộ nghèo), not the words after it."""
    ordered = sorted(claims, key=lambda c: c.start)
    for before, claim in zip(ordered, ordered[1:]):
        if before.unit != "%" or not claim.unit or claim.unit == "%" or not isinstance(before.subject, str) \
                or _COUNT_OF_THE_RATE_GAP_RE.fullmatch(work, before.end, claim.start) is None:
            continue
        rate = _RATE_HEAD_RE.match(before.subject)
        noun = claim.unit.split()[0].lower()
        if rate is not None and before.subject[rate.end():].lower().startswith(noun):
            claim.subject = "số " + before.subject[rate.end():]
        elif rate is not None and before.subject[rate.end():].lower().startswith("số "):
            # "tỷ lệ số dân nông thôn được cấp nước hợp vệ sinh đạt 99,18% (tương đương 1.749.600 người)": the rate
            # already names the count it is of
            claim.subject = before.subject[rate.end():]


@lru_cache(maxsize=None)
def _group_measures():
    return frozenset(table("cues")["group_measures"])


_COUNT_NOT_UNITS = frozenset(("VND", "USD", "%", "times", "ha", "km", "km2", "m", "m2", "m3", "tonne", "kg", "kWh",
                              "MW", "year", "month", "day"))


_GROUP_VERB_WORDS = 3


@lru_cache(maxsize=None)
def _place_count_units():
    return frozenset(table("cues")["place_count_units"])


# what a counted group of an index did, right after the count: "5 nhóm [tăng], 2 nhóm [giảm] và 4 nhóm [giữ mức ổn định so
# với tháng trước]", "02 nhóm hàng [giảm so với tháng trước]"
_WHAT_THE_GROUPS_DID_RE = re.compile(r"\s+((?:có\s+)?(?:chỉ\s+số\s+giá\s+|giá\s+)?(?:tăng|giảm|giữ|ổn\s+định|không\s+đổi|đứng)"
                                     r"[^,;.:()\d\n]{0,50}?)(?=\s*(?:[,;.:()\n]|\s+và\s|\s+gồm\s|\s+là\s|$))")


def groups_counted_by_what_they_did(work: str, claims: list) -> None:
    """"Trong 11 nhóm hàng hóa và dịch vụ chính có 5 nhóm tăng, 2 nhóm giảm …": a count of an index's groups is of the
    groups that moved as the words right after it say (nhóm tăng, nhóm hàng giảm so với tháng trước), not of the
    basket's words said before it."""
    for claim in claims:
        unit = claim.unit if isinstance(claim.unit, str) else ""
        if not unit.lower().startswith("nhóm") or claim.of is not None and claim.of == claim.value:
            continue  # (all the groups, "11/11 nhóm …": the basket said whole, not a part of it that moved)
        did = _WHAT_THE_GROUPS_DID_RE.match(work, claim.end)
        if did is not None:
            claim.subject = f"{unit} {' '.join(did.group(1).split())}"


def measures_of_counted_groups(work: str, claims: list) -> None:
    """A measure said right after the count of a group, in the same clause ("1.120 dự án FDI với tổng vốn đăng ký 9,2
    tỷ USD", "thành lập mới 230 doanh nghiệp, đạt 48% kế hoạch, tổng số vốn đăng ký 1.960 tỷ đồng"), whose own words
    name only the measure, is that measure of the group counted: tổng vốn đăng ký dự án FDI, tổng số vốn đăng ký
    doanh nghiệp thành lập mới (the counted noun, then what the count's subject adds to it)."""
    ordered = sorted(claims, key=lambda c: c.start)
    renamed: dict = {}  # the measures renamed in the sentence, for its later figures of the same measure
    for index, claim in enumerate(ordered):
        subject = claim.subject
        if not isinstance(subject, str) or " ".join(subject.lower().split()) not in _group_measures():
            continue
        back = index - 1
        while back >= 0 and ordered[back].unit == "%" and ordered[back].end <= claim.start:
            back -= 1  # the count's own rates in between (đạt 48% kế hoạch)
        count = ordered[back] if back >= 0 else None
        gap = work[count.end:claim.start] if count is not None else ""
        if count is None or count.unit in _COUNT_NOT_UNITS or not count.unit or not isinstance(count.subject, str) \
                or not count.subject or ";" in gap or "\n" in gap or ". " in gap \
                or ("," not in gap and " với " not in f" {gap} "):
            said = renamed.get(without_total_word(subject).lower())
            if said is not None and claim.unit == "%" and _same_sentence(work, said[0].end, claim.start):
                # "… với số vốn đăng ký 2.638 tỷ đồng, giảm 12,1% về số doanh nghiệp và tăng 238,7% về số vốn đăng
                # ký": the rise of the same measure, of the same group
                claim.subject = f"{subject} {said[1]}"
            continue
        if says_a_rank(gap):
            continue  # "Trong số 38 quốc gia có dự án, Hàn Quốc dẫn đầu với 900 triệu USD": the amount of the one ranked
        owner = count.subject
        noun = str(count.unit)
        if noun.lower() in _place_count_units():
            continue  # "tại 10 huyện, với tổng diện tích …": places say where it is done, they hold no measure
        if not owner.lower().startswith(noun.lower()):
            # the words said of the count before it: a short verb is what the group did (thành lập mới 230 doanh
            # nghiệp → doanh nghiệp thành lập mới); a longer clause is a statement of its own that does not name the
            # group plainly, and the measure is left as said
            if len(owner.split()) > _GROUP_VERB_WORDS:
                continue
            owner = f"{noun} {owner}"
        claim.subject = f"{subject} {owner}"
        renamed[without_total_word(subject).lower()] = (claim, owner)



_BRACKET_WINDOW = 160


@lru_cache(maxsize=None)
def _bracketed_base_re():
    bases = "|".join(re.escape(b) for b in sorted(table("cues")["bracketed_target_bases"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)so\s+với\s+({bases})(?!\w)[^;()\n]{{0,140}}\(\s*$", re.IGNORECASE)


def targets_in_brackets(work: str, claims: list) -> None:
    """The value of a base given in a bracket right after the base is named ("tỷ lệ tham gia đạt 41,6%, thấp hơn 0,7%
    so với chỉ tiêu tỉnh giao (42,3%)") is that base's value of the indicator compared: its subject is the base's word
    before the subject of the figure compared, the last level or share in the same unit before it in its clause, not
    itself in a bracket (chỉ tiêu tỷ lệ tham gia), or before its own subject where there is none."""
    ordered = sorted(claims, key=lambda c: c.start)
    for index, claim in enumerate(ordered):
        if not isinstance(claim.subject, str) or work[claim.start - 1:claim.start] != "(":
            continue
        base = _bracketed_base_re().search(work, max(0, claim.start - _BRACKET_WINDOW), claim.start)
        if base is None:
            continue
        word = base.group(1)
        compared = claim.subject
        for back in range(index - 1, -1, -1):
            other = ordered[back]
            if not _same_sentence(work, other.end, claim.start) or ";" in work[other.end:claim.start]:
                break
            if other.end <= base.start() and other.unit == claim.unit and other.measure in ("level", "share") \
                    and work[other.start - 1:other.start] != "(" and isinstance(other.subject, str) and other.subject:
                compared = other.subject
                break
        if compared.lower().startswith(word.lower()):
            claim.subject = compared
        else:
            claim.subject = f"{word} {compared}"
