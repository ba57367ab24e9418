"""Place names in a text: after a prefix (`huyện Ba Chẽ`, `xã Thanh Sơn và Đồn Đạc`, `TP.Đà Nẵng`), in lists
(`5 xã còn lại là: Lương Mông, Minh Cầm … và Nam Sơn`), or bare when the name is a province or district
(`Long An là địa phương…`) or was named with a prefix earlier in the same text.

Names are returned bare (no prefix), as written, tone marks modernised by the working copy.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .tables import DATA_DIR, StartsWithWord, Words, longest_first, phrases_re, table

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_MAX_NAME_TOKENS = 4


@dataclass
class PlaceMention:
    start: int
    end: int
    names: tuple
    level: str | None = None
    country: bool = False
    office: bool = False  # named in a person's office ("Phó Chủ tịch UBND TP Hải Phòng"): the office's place
    merged: bool = False  # a former unit merged into the one the text speaks of ("sáp nhập từ 3 xã: A, B và C")
    ranked_in: bool = False  # the field a place leads ("cao nhất cả nước (8,29 triệu đồng)"): named, holds no figure


@lru_cache(maxsize=None)
def gazetteer() -> dict:
    names = {}
    with open(DATA_DIR / "place_names.txt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or "\t" not in line:
                continue
            kind, name = line.rstrip("\n").split("\t", 1)
            level = "province" if kind == "P" else "district"
            names.setdefault(name, level)
            for variant in _dash_variants(name):  # Bà Rịa - Vũng Tàu, Bà Rịa-Vũng Tàu, Bà Rịa – Vũng Tàu
                names.setdefault(variant, level)
            for variant in _glottal_variants(name):  # KBang, K'Bang, Kbang; Ea H'leo, Ea Hleo
                names.setdefault(variant, level)
    for name in table("places").get("former_provinces", []):
        names.setdefault(name, "province")
    for name in table("places").get("former_districts", []):
        names.setdefault(name, "district")
    for name in table("places").get("ambiguous_names", []):
        names.pop(name, None)
    return names


@lru_cache(maxsize=None)
def _canonical_names() -> dict:
    """A name as written (Bà Rịa – Vũng Tàu, Bà Rịa-Vũng Tàu) → the list's own spelling (Bà Rịa - Vũng Tàu)."""
    canonical = {}
    with open(DATA_DIR / "place_names.txt", encoding="utf-8") as handle:
        for line in handle:
            if "\t" in line and not line.startswith("#"):
                name = line.rstrip("\n").split("\t", 1)[1]
                for variant in _dash_variants(name):
                    canonical.setdefault(variant, name)
    return canonical


def _with_full_names(mentions):
    """One place said in a text by a short name and by a longer one ending in it (Huế, Thừa Thiên Huế; a headline's
    "Huế" over a report on the province) is the place of the longer name; names as written take the list's spelling."""
    canonical = _canonical_names()
    names = {n for m in mentions for n in m.names}
    longer = {}
    for name in names:
        for other in names:
            if other != name and other.endswith(" " + name) and gazetteer().get(other) == "province" \
                    and gazetteer().get(name) == "province":
                longer[name] = other
    if not longer and not any(n in canonical for n in names):
        return mentions
    for mention in mentions:
        # (not "thành phố Huế", a city named with its prefix inside the province)
        full = longer if mention.level in (None, "province") else {}
        mention.names = tuple(full.get(n, canonical.get(n, n)) for n in mention.names)
    return mentions


_DASH_RE = re.compile(r"\s*[-–—]\s*")
# A capitalised name, then the bracket a place is named in to say where it lies ("Đại Quang (", "(Đại Hiệp, ")
_LOCATES_THE_NAME_BEFORE_RE = re.compile(r"(?:[A-ZĐÂĂÊÔƠƯ][\w'’]*\s*\(\s*|\(\s*[A-ZĐÂĂÊÔƠƯ][\w'’]*(?:\s+[A-ZĐÂĂÊÔƠƯ0-9][\w'’]*)*,\s*)$")
# A syllable of a name from a minority language (K'Bang, Cư M'gar, Ea H'leo) is written with or without its
# apostrophe, straight or curly, and with the letter after it in either case (KBang, Kbang, Ea Hleo, Ea H'Leo).
_GLOTTAL_RE = re.compile(r"(?<=\w)(['’]\s?|(?=[A-ZĐ]))(\w)")


def _glottal_variants(name):
    if not _GLOTTAL_RE.search(name):
        return ()
    forms = set()
    for joint in ("", "'", "’"):
        for case in (str.upper, str.lower):
            forms.add(_GLOTTAL_RE.sub(lambda m: joint + case(m.group(2)), name))
    return tuple(forms - {name})


def _dash_variants(name):
    if "-" not in name and "–" not in name:
        return ()
    # (and with a space alone where the dash was: "Bà Rịa Vũng Tàu")
    return tuple({_DASH_RE.sub(joint, name) for joint in ("-", " - ", "–", " – ", " ")} - {name})


@lru_cache(maxsize=None)
def _provinces_folded() -> dict:
    """Province names by their lower case (Thanh hóa, Hà nội: a second syllable written in lower case)."""
    return {name.lower(): name for name, level in gazetteer().items() if level == "province"}


@lru_cache(maxsize=None)
def _province_names() -> frozenset:
    return frozenset(_provinces_folded().values())


@lru_cache(maxsize=None)
def _aliases():
    aliases = table("places").get("aliases", {})
    return aliases, Words(aliases)


@lru_cache(maxsize=None)
def _alias_hints():
    """Pieces one of which every alias contains: a text without any is not scanned for aliases."""
    return tuple(sorted({alias[:3] for alias in table("places").get("aliases", {})}))


@lru_cache(maxsize=None)
def _gazetteer_by_first_word() -> dict:
    index = {}
    for name in gazetteer():
        index.setdefault(name.split()[0], []).append(name)
    return index


def _name_char_before(text, position):
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_'’-")


_NAME_TOKEN_END = r"(?![\w'’]|-[^\W\d_])"  # where a capitalised word (Ba, Bình-Liêu…) ends


@lru_cache(maxsize=None)
def _national_first_word_re():
    words = longest_first(_gazetteer_by_first_word())
    return StartsWithWord("(?:" + "|".join(re.escape(w) for w in words) + ")" + _NAME_TOKEN_END, blocked=_name_char_before)


_TOKEN_END_RE = re.compile(_NAME_TOKEN_END)


def _first_words_of_names(text, local):
    """(start, word) of every capitalised word that opens a national name or a name of this text, in order."""
    found = [(m.start(), m.group(0)) for m in _national_first_word_re().finditer(text)]
    national = _gazetteer_by_first_word()
    for word in local:
        if word in national or not word[:1].isupper():
            continue
        start = text.find(word)
        while start >= 0:
            if not _name_char_before(text, start) and _TOKEN_END_RE.match(text, start + len(word)):
                found.append((start, word))
            start = text.find(word, start + 1)
    found.sort()
    return found


def _known_name_at(text, start, end):
    """A gazetteer name at text[start:] (after a prefix) longer than text[start:end] or differing from it only in a
    lower-case syllable (Bà Rịa - Vũng Tàu after "Bà Rịa", "Thanh hóa", "Tiên lữ"): (its end, the name) or None."""
    first = text[start:end].split(" ", 1)[0]
    best = None
    for name in _gazetteer_by_first_word().get(first, ()):
        name_end = start + len(name)
        if name_end < end or name_end < len(text) and text[name_end].isalnum():
            continue
        written = text[start:name_end]
        # (after its prefix, a name written with a lower-case syllable is still that name: "huyện Tiên lữ")
        if written == name or _provinces_folded().get(written.lower()) == name or written.lower() == name.lower():
            if best is None or name_end > best[0]:
                best = (name_end, name)
    return best if best is not None and (best[0] > end or best[1] != text[start:end]) else None


def _capitalised_name_at(text, start):
    """A gazetteer name written in capitals at text[start:] ("ĐIỆN BIÊN" after "TỈNH"): (its end, the name) or None."""
    window = text[start:start + 40]
    titled = window.title()
    if len(titled) != len(window):
        return None
    best = None
    for name in _gazetteer_by_first_word().get(titled.split(" ", 1)[0], ()):
        if titled.startswith(name) and (len(name) == len(titled) or not titled[len(name)].isalnum()) \
                and (best is None or len(name) > len(best)):
            best = name
    return (start + len(best), best) if best is not None else None


def _word_or_dot_before(text, position):
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_.")


@lru_cache(maxsize=None)
def _prefix_re():
    prefixes = longest_first(p for p, _ in table("places")["prefixes"])
    alternation = "|".join(re.escape(p) for p in prefixes)
    return StartsWithWord(rf"({alternation})(?=[\s.]|\w)", blocked=_word_or_dot_before)  # in the lower-cased text


@lru_cache(maxsize=None)
def _unit_prefix_before():
    """Any unit's prefix (places.yaml prefixes, not a lone letter), ending the text before a name."""
    return _EndsWithWord(longest_first(p for p, _ in table("places")["prefixes"] if len(p.rstrip(".")) > 1))


@lru_cache(maxsize=None)
def unit_prefix_re():
    """A unit's prefix (places.yaml prefixes) and the space after it, nothing else: "thành phố ", "tp. "."""
    return re.compile(r"(?:" + phrases_re(p for p, _ in table("places")["prefixes"]) + r")\s+")


@lru_cache(maxsize=None)
def _smaller_unit_prefix_before():
    """The prefix of a commune or district, ending the text before a name (spaces after it allowed)."""
    smaller = [p for p, level in table("places")["prefixes"] if level in ("commune", "district") and len(p.rstrip(".")) > 1]
    return _EndsWithWord(longest_first(smaller))


@lru_cache(maxsize=None)
def prefix_levels() -> dict:
    """A unit's prefix, without its dot, → the level it names ("huyện" → district; places.yaml prefixes)."""
    return {p.rstrip("."): level for p, level in table("places")["prefixes"]}


class _EndsWithWord:
    """`search(text)`: the text ends with one of the words (any case), then perhaps spaces."""

    def __init__(self, words, except_after=()):
        self.words = tuple(w.lower() for w in words)
        self.exceptions = tuple(w.lower() for w in except_after)

    def search(self, text):
        end = text.rstrip().lower()
        return end.endswith(self.words) and not end.endswith(self.exceptions)


def _person_after_title(low, prefix_start, name):
    """"Chủ tịch UBND huyện Đỗ Hùng Sơn": after an office, a name of three words or more that no list knows
    as a place is the office holder's (and so is one with a middle name, places.yaml person_middle_names)."""
    if name.count(" ") < 2 or name in gazetteer():
        return False
    if name.split()[1] in table("places")["person_middle_names"]:
        return True  # "tỉnh Hà Thị Hồng Nhung": a person's middle name, whatever the office before it says
    return _office_before_re(0).search(low, max(0, prefix_start - _OFFICE_REACH), prefix_start) is not None


@lru_cache(maxsize=None)
def _office_before_re(body_words):
    """A person's office ending right before a place's prefix: a title (places.yaml office_titles, perhaps "phó …")
    and up to `body_words` words of its body ("Phó Chủ tịch UBND TP …", "Giám đốc Sở Nội vụ TP …")."""
    titles = "|".join(re.escape(t) for t in longest_first(table("places")["office_titles"]))
    return re.compile(rf"(?<!\w)(?:{titles})(?:\s+[^\W\d]+){{0,{body_words}}}?\s+$")


_OFFICE_REACH = 50  # characters back from a place's prefix to the office title it may end


def _office_before(low, start):
    return _office_before_re(5).search(low, max(0, start - _OFFICE_REACH), start) is not None


@lru_cache(maxsize=None)
def _not_place_re():
    return _EndsWithWord(longest_first(table("places")["not_place_before"]), table("places")["place_body_before"])


@lru_cache(maxsize=None)
def _not_country_before():
    return tuple(table("places").get("not_country_before", []))


# The field a place is ranked in, not where a figure holds: after a rank ("đứng thứ tư cả nước") the country is no
# place at all; after a superlative ("cao nhất cả nước") it stays named but holds no figure (PlaceMention.ranked_in).
_RANK_BEFORE_COUNTRY_RE = re.compile(r"(?<!\w)(?:xếp|đứng)(?:\s+ở)?(?:\s+vị\s+trí)?\s+thứ\s+\w+\s+(?:trong\s+|so\s+với\s+)?$")
_SUPERLATIVE_BEFORE_RE = re.compile(r"(?<!\w)(?:cao|lớn|nhiều|thấp|nhỏ|ít|nhanh|mạnh)\s+(?:nhất|thứ\s+\w+)"
                                    r"\s+(?:trong\s+|của\s+)?$")


@lru_cache(maxsize=None)
def _compared_with_country_re():
    """"so với cả nước", "cao hơn bình quân cả nước": the country as the yardstick a place is
    measured against (places.yaml compared_with_country_before), not where a figure holds."""
    words = longest_first(table("places").get("compared_with_country_before", []))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?:\s+[\d.,]+\s*(?:%|lần))?(?:\s+(?:mức|bình\s+quân|trung\s+bình|chung|của))*\s+$")


@lru_cache(maxsize=None)
def _country_re():
    words = longest_first(table("places")["country"])
    return Words(words)  # searched in the lower-cased text


def _name_at(text, pos, max_tokens=_MAX_NAME_TOKENS):
    """Capitalised words from pos (after optional spaces): (start, end, name) or None."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    start = i
    tokens = []
    end = i
    while len(tokens) < max_tokens:
        match = _TOKEN_RE.match(text, i)
        if not match or not match.group(0)[0].isupper():
            break
        if tokens and (text.startswith(":", match.end()) and " ".join(tokens) in gazetteer()
                       and " ".join(tokens + [match.group(0)]) not in gazetteer()
                       or match.group(0) in _person_name_words() and " ".join(tokens) in gazetteer()):
            # "huyện Đại Lộc Ảnh: Mạnh Cường": a caption's credit; "Cục Thuế TP. Hồ Chí Minh Nguyễn Nam Bình": the
            # name of the office's head after the whole name of its place
            break
        tokens.append(match.group(0))
        end = match.end()
        if end < len(text) and text[end] == " " and end + 1 < len(text) and text[end + 1].isupper():
            i = end + 1
            continue
        break
    if not tokens:
        return None
    # A trailing all-caps acronym (Ba Chẽ UBND) is not part of the name, nor a leading one (huyện UBND Krông Pa).
    while len(tokens) > 1 and tokens[-1].isupper() and len(tokens[-1]) > 1:
        tokens.pop()
        end = start + len(" ".join(tokens))
    while len(tokens) > 1 and tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0] not in gazetteer():
        start += len(tokens.pop(0)) + 1
    return start, end, " ".join(tokens)


_LIST_SEP_RE = re.compile(r"\s*(?:,|và|;)\s*(?:(?:xã|huyện|phường|thị trấn|tỉnh|thị xã|quận|thành phố|tp\.?)\s*)?", re.IGNORECASE)


def _is_acronym(name):
    return name.isupper() and len(name) > 1 and name not in gazetteer()


@lru_cache(maxsize=None)
def _organisation_words() -> frozenset:
    return frozenset(table("places")["organisation_words"])


def _continue_list(text, end, known, first_prefix=""):
    """Names joined to a prefixed name: `xã A, xã B và C`. Unprefixed ones must look like names."""
    names = []
    while True:
        sep = _LIST_SEP_RE.match(text, end)
        if not sep or sep.end() == end:
            break
        found = _name_at(text, sep.end())
        if not found:
            break
        name_start, name_end, name = found
        longer = _known_name_at(text, name_start, name_end)
        if longer is not None:  # "…, Nghệ An, Bà Rịa - Vũng Tàu và Hải Dương": a listed name with a dash in it
            name_end, name = longer
        prefix = re.sub(r"^(?:,|và|;|\s)+", "", sep.group(0).lower()).strip(" .")
        if prefix and prefix != first_prefix:
            break  # "xã A, huyện B": B holds A, it is not a second place of the list
        if not prefix and len(name.split()) < 2 and name not in known and name not in gazetteer():
            break
        if _is_acronym(name) or name.split()[0] in _organisation_words():
            break  # ("các tỉnh Nam, Cục Trồng trọt …": an office, not a place of the list)
        if not prefix and name_end < len(text) and text[name_end:name_end + 1] not in (" ", ",", ".", ";", ")", ":", "\n"):
            break
        names.append(name)
        end = name_end
    return names, end


_LIST_OPENING_RE = re.compile(r"(?:là|gồm)\s*:?\s*|:\s*")  # searched in the lower-cased text
_PLACE_NOUN_BEFORE_RE = re.compile(r"(?:xã|huyện|phường|thị trấn|địa phương)[^.;:\n]{0,40}$")


class _Taken:
    """Which characters a mention already covers (linear in the text, whatever the number of mentions)."""

    def __init__(self, length):
        self.marks = bytearray(length + 1)

    def add(self, start, end):
        self.marks[start:end] = b"\x01" * (end - start)

    def covers(self, position):
        return self.marks[position] == 1

    def free(self, start, end):
        return self.marks.find(1, start, end) == -1


# A bracket that names what a figure leaves out: "(còn A và B)", "(trừ A)", "(ngoại trừ A)", "(không kể A)".
_EXCEPTION_BRACKET_RE = re.compile(r"\(\s*(?:ngoại\s+trừ|trừ|còn|không\s+kể|không\s+tính|chưa\s+kể)\s[^()\n]{0,120}\)")


def find_places(text: str, low: str | None = None) -> list[PlaceMention]:
    """Every place mention of the working text, left to right (`low`: the text lower-cased, when the caller has it)."""
    mentions = []
    known = {}  # names this text gives with a prefix, and their level
    levels = prefix_levels()
    not_place = _not_place_re()
    taken = _Taken(len(text))
    if low is None or len(low) != len(text):
        low = text.lower()
        low = low if len(low) == len(text) else text
    aliases, alias_re = _aliases()
    if "(" in low:
        for match in _EXCEPTION_BRACKET_RE.finditer(low):
            # "61 tỉnh (còn TP Hồ Chí Minh và Bình Dương) tổ chức …", "(trừ Hà Nội)": the places left out of a
            # figure are not where it holds
            taken.add(match.start(), match.end())
    if any(map(low.__contains__, _alias_hints())):
        for match in alias_re.finditer(low):  # TP.HCM, TP HCM, TPHCM: the city's full name; Quãng Ngãi: Quảng Ngãi
            if taken.covers(match.start()):
                continue
            name = aliases[match.group(0)]
            if _smaller_unit_prefix_before().search(low[max(0, match.start() - 10):match.start()]) \
                    and LEVEL_RANKS.get(gazetteer().get(name) or "", -1) > LEVEL_RANKS["district"]:
                continue  # "xã Đăk Nông", "huyện Đăk Nông": a smaller unit bearing a province's name, read with its prefix
            mentions.append(PlaceMention(match.start(), match.end(), (name,), gazetteer().get(name) or "city"))
            known.setdefault(name, gazetteer().get(name))
            taken.add(match.start(), match.end())
    if _region_hint_re().search(low):
        # (before the names: "Duyên Hải" is a town, "Duyên hải Nam Trung Bộ" a region)
        abbreviations = table("places")["region_abbreviations"]
        for match in _region_re().finditer(low):
            if taken.covers(match.start()) or _RANK_BEFORE_COUNTRY_RE.search(low, max(0, match.start() - 34), match.start()) \
                    or _RANKED_IN_REGION_BEFORE_RE.search(low, max(0, match.start() - 40), match.start()):
                continue  # "đứng đầu khu vực Tây Nguyên": the field a place is ranked in, not where a figure holds
            if match.group(0) in _capitalised_regions() and not text[match.start()].isupper():
                continue  # "vùng trung du xứ Quảng": the lie of the land, not the statistics office's region
            name = abbreviations.get(match.group(0)) or text[match.start():match.end()]
            noun = _region_noun_before_re().search(low, max(0, match.start() - 10), match.start())
            start = noun.start() if noun is not None and not taken.covers(noun.start()) else match.start()
            mentions.append(PlaceMention(start, match.end(), (name[:1].upper() + name[1:],), "region"))
            taken.add(match.start(), match.end())
    for match in _prefix_re().finditer(low):
        if taken.covers(match.start()) or not_place.search(text[max(0, match.start() - 20):match.start()]):
            continue
        # ("huyện miền núi Nam Giang": words that describe the unit may stand between its prefix and its name)
        described = _unit_descriptor_re().match(low, match.end())
        name_from = described.end() if described is not None else match.end()
        found = _name_at(text, name_from)
        if not found or found[0] - name_from > 1 or taken.covers(found[0]):
            continue  # (a name already read as an alias: "tỉnh Thừa Thiên -Huế")
        name_start, end, name = found
        if _REGION_AFTER_PREFIX_RE.match(low, name_start):
            continue  # "các tỉnh Đồng bằng sông Cửu Long": a region of provinces, not a province named "Đồng"
        longer = _known_name_at(text, name_start, end)
        if longer is not None:  # "tỉnh Bà Rịa - Vũng Tàu", "tỉnh Thanh hóa": the gazetteer's name as written
            end, name = longer
        if name.isupper() and levels.get(match.group(1).lower().rstrip(".")) != "commune":
            # "TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH LAI CHÂU THÁNG 8": a title in capitals names its province or district
            # after the prefix as well (the gazetteer's name, read in title case)
            capitalised = _capitalised_name_at(text, name_start)
            if capitalised is not None:
                end, name = capitalised
        if _is_acronym(name) or _person_after_title(low, match.start(), name):
            continue
        if len(name) < 2 and name_start == name_from:
            continue  # "TTH - Theo Văn phòng …": a paper's mark, not a prefix glued to a one-letter name
        if len(match.group(1).rstrip(".")) == 1 and " " not in name:
            continue  # "Ảnh: P.Hoa": a person; a unit's name after a one-letter prefix has two words or more
        extra, end = _continue_list(text, end, known, match.group(1).lower().rstrip("."))
        names = (name, *extra)
        level = levels.get(match.group(1).lower().rstrip("."))
        for n in names:
            known.setdefault(n, level)
        mentions.append(PlaceMention(match.start(), end, names, level, office=_office_before(low, match.start())))
        taken.add(match.start(), end)
    for match in _LIST_OPENING_RE.finditer(low):
        if not _PLACE_NOUN_BEFORE_RE.search(low, max(0, match.start() - 50), match.start()):
            continue
        found = _name_at(text, match.end())
        if not found or taken.covers(found[0]):
            continue
        longer = _known_name_at(text, found[0], found[1])
        if longer is not None:  # "là Bà Rịa - Vũng Tàu, …": the gazetteer's name as written
            found = (found[0], longer[0], longer[1])
        more, end = _continue_list(text, found[1], known)
        names = (found[2], *more)
        if len(names) >= 2:
            for n in names:
                known.setdefault(n, "commune")
            mentions.append(PlaceMention(found[0], end, tuple(names), "commune"))
            taken.add(found[0], end)
    # Bare names: provinces, districts, and names the text gave with a prefix.
    national = _gazetteer_by_first_word()
    local = {}
    for name in known:
        local.setdefault(name.split()[0], []).append(name)
    provinces_folded = _provinces_folded()
    provinces = _province_names()
    for start, word in _first_words_of_names(text, local):
        if taken.covers(start):
            continue
        candidates = sorted(set(local.get(word, [])).union(national.get(word, [])), key=lambda n: -len(n))
        for name in candidates:
            end = start + len(name)
            if not text.startswith(name, start) and (name not in provinces or provinces_folded.get(text[start:end].lower()) != name):
                continue  # (unless "Thanh hóa": a province whose second syllable is written in lower case)
            if end >= len(text) or not text[end].isalnum():
                before = text[max(0, start - 20):start]
                if not_place.search(before) or (start > 0 and text[start - 1] in "-–'’") or _after_person_name(before):
                    break
                # A longer capitalised run that is not a place (Nguyễn Văn Hoà Bình…) is a person or an organisation.
                nxt = _TOKEN_RE.match(text, end + 1) if end < len(text) and text[end] == " " else None
                # (also a name ending on a middle name, "đồng chí Đồng Văn Lưu": a person, not the district Đồng Văn)
                if nxt and nxt.group(0)[0].isupper() and not nxt.group(0).isupper() \
                        and (name.count(" ") == 0 or name.split()[-1] in _person_name_words()):
                    break
                # (a bare name going on in a capitalised word that opens no other name is part of a longer one: "hàu
                # Thái Bình Dương", the Pacific oyster, not the province)
                if nxt and nxt.group(0)[0].isupper() and not nxt.group(0).isupper() \
                        and not any(text.startswith(other, nxt.start()) and not text[nxt.start() + len(other):][:1].isalnum()
                                    for other in set(local.get(nxt.group(0), [])).union(national.get(nxt.group(0), []))) \
                        and not _unit_prefix_before().search(before):
                    taken.add(start, nxt.end())  # (the whole longer name: not "Bình Dương" in it either)
                    break
                mentions.append(PlaceMention(start, end, (name,), known.get(name) or gazetteer().get(name)))
                taken.add(start, end)
                break
    not_country = _not_country_before()
    for match in _country_re().finditer(low):
        if taken.covers(match.start()) or low[max(0, match.start() - 20):match.start()].rstrip().endswith(not_country):
            continue  # "Đại hội đại biểu toàn quốc": the name of a national event, not the country as a place
        if _RANK_BEFORE_COUNTRY_RE.search(low, max(0, match.start() - 24), match.start()):
            continue  # "đứng thứ tư cả nước": the field a place is ranked in, not where a figure holds
        if _compared_with_country_re().search(low, max(0, match.start() - 40), match.start()):
            continue  # "tăng 5%, cao hơn bình quân cả nước": the yardstick, not the place
        ranked_in = _SUPERLATIVE_BEFORE_RE.search(low, max(0, match.start() - 24), match.start()) is not None
        mentions.append(PlaceMention(match.start(), match.end(), ("Việt Nam",), "country", country=True,
                                     ranked_in=ranked_in))
    mentions.sort(key=lambda m: m.start)
    if any(map(low.__contains__, _merge_words())):
        _mark_merged(low, mentions)
    return _with_full_names(mentions)


@lru_cache(maxsize=None)
def _merge_words():
    return tuple(table("places")["merged_from_words"])


@lru_cache(maxsize=None)
def _merged_from_before_re():
    """"… trên cơ sở sáp nhập từ 3 xã: ", "hợp nhất địa giới và đơn vị hành chính ": the words that open the list of
    the former units a new one was formed from (places.yaml merged_from_words)."""
    words = "|".join(re.escape(w) for w in longest_first(_merge_words()))
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+(?:từ|toàn bộ|nguyên trạng|địa giới|và|đơn vị hành chính|của|các))*"
                      rf"(?:\s+\d+\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*:?\s*$")


# (what may stand between two former units: commas, "và", brackets, "cũ", a count of the units listed on)
_MERGED_JOIN_RE = re.compile(r"(?:[\s(),]+|cũ(?!\w)|và(?!\w)|\d+\s+[^\W\d]+)*")


def _mark_merged(low, mentions):
    """Mark the former units a text says were merged into a new one, and those listed on with them ("P.Phong Hải
    (TX.Phong Điền cũ) và 2 xã Quảng Công, Quảng Ngạn"): a figure said of the new unit does not hold for them."""
    merged_end = -1
    for mention in mentions:
        if mention.country:
            continue
        if merged_end >= 0 and _MERGED_JOIN_RE.fullmatch(low, merged_end, mention.start) \
                or _merged_from_before_re().search(low, max(0, mention.start - 70), mention.start):
            mention.merged = True
            merged_end = mention.end
        else:
            merged_end = -1


_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]$")


@lru_cache(maxsize=None)
def _person_name_words() -> frozenset:
    return frozenset(table("places").get("person_name_words", []))


def _after_person_name(before):
    """The words before a bare name end with a family name or Văn/Thị: the name is a person's (Nguyễn Thái Hòa)."""
    match = _LAST_WORD_RE.search(before)
    return match is not None and match.group(1) in _person_name_words()


_IN_GENERAL_AND_RE = re.compile(r"\s+nói\s+chung\s*(?:,\s*)?và\s+")
_IN_PARTICULAR_RE = re.compile(r"\s+nói\s+riêng(?!\w)")


# How large a unit is, to tell which of two places locates the other
LEVEL_RANKS = {"village": -1, "commune": 0, "district": 1, "city": 2, "province": 2}
_ASSIGNS_AFTER_RE = re.compile(r"\s+giao(?!\w)", re.IGNORECASE)
_AUTHORITY_BEFORE_RE = re.compile(r"(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân)\s+(?:tỉnh|huyện|thành phố|xã)\s*$", re.IGNORECASE)


def _the_particular_place(text, mentions, opening):
    """"… trên địa bàn tỉnh A nói chung và huyện B nói riêng …" in the opening: the text is about B, the place it
    narrows to, not the wider one it is set in."""
    low = text.lower()
    for before, mention in zip(mentions, mentions[1:]):
        if mention.start >= opening:
            break
        if not mention.country and len(mention.names) == 1 and _IN_PARTICULAR_RE.match(low, mention.end) \
                and _IN_GENERAL_AND_RE.search(low, before.end, mention.start) is not None \
                and low.find("nói chung", before.end, mention.start) >= 0:
            return mention.names[0]
    return None


def _own_commune_named(text, mentions, opening):
    """A commune's or ward's own report (the communes after July 2025 report without a district): it names one
    commune, in its opening, and speaks of "xã"/"phường" as its own ("Tổng thu ngân sách phường ước đạt …", "xã có
    tổng diện tích …") and of no district as its own; the province or city named beside it only locates it or titles
    an official."""
    singles = [m for m in mentions if len(m.names) == 1 and m.level == "commune"]
    # (one commune, however its name is spelt: "Ea Mdroh", "Ea M’Droh")
    communes = {_folded_name(m.names[0]) for m in singles}
    if len(communes) != 1 or not any(m.start < opening for m in singles):
        return None
    # (nor a text whose headline opens on a province, its subject: "Bắc Giang xếp thứ hai khu vực …" over "xã Song Mai
    # đã được công nhận" in its body)
    first = next((m for m in mentions if not m.country), None)
    if first is not None and len(first.names) == 1 and text[:first.start].strip(" \t\"“'") == "" \
            and (first.level or gazetteer().get(first.names[0])) == "province":
        return None
    # (a district that only locates the commune, "xã Tam Xuân 2 (Núi Thành)", is no district of the text's own)
    # (nor a former one: "… của huyện Cư M'gar cũ")
    located = {index + 1 for index, m in enumerate(mentions[:-1]) if m.level == "commune"
               and _LOCATOR_GAP_RE.fullmatch(text, m.end, mentions[index + 1].start) is not None}
    # (nor one whose organ visits the commune: "HĐND huyện Thới Bình giám sát tình hình KTXH tại xã Tân Phú"; its
    # organs unnamed after that are the visitor too: "Lãnh đạo HĐND huyện ghi nhận …")
    low = text.lower()
    districts = [m for index, m in enumerate(mentions) if m.level == "district" and index not in located
                 and _FORMER_AFTER_RE.match(text, m.end) is None]
    visitor = bool(districts) and all(_visits_a_commune_re().match(low, m.end, m.end + 120) is not None
                                      for m in districts)
    if districts and not visitor or next(_unnamed(_own_district_re(not visitor), text), None) is not None:
        return None
    own = [m for m in _unnamed(_commune_unit_re(), text)
           if not _COUNT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())]
    return singles[0].names[0] if own else None


@lru_cache(maxsize=None)
def _visits_a_commune_re():
    """After a district's name, its organ working at a commune, in the same line ("… giám sát tình hình KTXH tại xã")."""
    return re.compile(r"[^\n.;]{0,20}?(?<!\w)(?:" + phrases_re(table("places")["visiting_verbs"]) + r")(?!\w)[^\n.;]{0,60}?(?<!\w)(?:tại|với|ở)\s+"
                      r"(?:xã|phường|thị trấn)(?!\w)")


_COUNT_BEFORE_RE = re.compile(r"\d\s*$")
_LOCATOR_GAP_RE = re.compile(r"\s*\d{0,2}\s*(?:[(,\-–]\s*(?:huyện\s+)?|,?\s*(?:thuộc\s+)?huyện\s+)")
_FORMER_AFTER_RE = re.compile(r"\s*\(?\s*cũ(?!\w)")


def _folded_name(name):
    """A place name compared letter by letter, whatever its case, apostrophes and spaces ("Ea M’Droh" = "Ea Mdroh")."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


@lru_cache(maxsize=None)
def _commune_unit_re():
    return _own_phrases_re("own_commune_phrases")


# "toàn tỉnh có 36 học sinh …", "trên địa bàn tỉnh đạt bình quân 99,85%": the province, unnamed, holding a figure
_UNNAMED_PROVINCE_HOLDS_RE = re.compile(r"(?<!\w)(?:toàn|cả)\s+tỉnh(?!\w)|trên\s+địa\s+bàn\s+tỉnh(?!\w)")
_HOLDS_A_FIGURE_RE = re.compile(r"[^.;:\d\n]{0,40}\d")
_UNNAMED_PROVINCE_FIGURES = 2


def main_place(text: str, mentions: list[PlaceMention]) -> str | None:
    """The place the article is about: the most mentioned province or district, names in the opening weighing more
    (none where the text gives its figures to a province it never names: "Toàn tỉnh có 36 học sinh …" over districts
    it lists is about that province)."""
    place = _main_place(text, mentions)
    if place is None or (gazetteer().get(place) or "") not in ("district", "commune") \
            or any((m.level or gazetteer().get(m.names[0]) or "") == "province" for m in mentions if len(m.names) == 1):
        return place
    low = text.lower()
    held = sum(1 for match in _UNNAMED_PROVINCE_HOLDS_RE.finditer(low) if _HOLDS_A_FIGURE_RE.match(low, match.end()))
    return None if held >= _UNNAMED_PROVINCE_FIGURES else place


def _main_place(text: str, mentions: list[PlaceMention]) -> str | None:
    if not any(not m.country for m in mentions):
        titled = _title_unit_name(text)
        if titled is not None:
            return titled
    opening = min(len(text), 600)
    if not any(not m.country for m in mentions) and _national_reporter_re().search(text.lower()) \
            and not _any_own_unit_re().search(text):
        return "Việt Nam"
    if not mentions:
        return None
    lead_end = text.find("\n", 80)
    lead_end = min(opening, len(text) if lead_end < 0 else lead_end)
    reporter = _national_reporter_re().search(text.lower(), 0, lead_end)
    if reporter is not None and not any(m.start < lead_end for m in mentions) \
            and (len({m.names for m in mentions if not m.country}) >= 2
                 or reporter.group(0) in table("places")["only_national_reporters"]) \
            and not _any_own_unit_re().search(text):
        # "Theo số liệu Cục Thống kê vừa công bố, 10 tháng năm 2025, tổng mức bán lẻ … Một số địa phương có mức tăng
        # khá: Đà Nẵng …, Cần Thơ …": a national release that names places only later, as its parts
        return "Việt Nam"
    if _places_only_after_the_figures(text, mentions):
        return "Việt Nam"
    particular = _the_particular_place(text, mentions, opening)
    if particular is not None:
        return particular
    own_commune = _own_commune_named(text, mentions, opening)
    if own_commune is not None:
        return own_commune
    first_line_end = text.find("\n", 0, 300)
    scores: dict[str, float] = {}
    first_seen = {}
    ends = [m.end for m in mentions]
    locators = set()
    for index, mention in enumerate(mentions):
        if mention.country or len(mention.names) != 1 or mention.level == "region":
            continue
        if index and text[ends[index - 1]:mention.start].strip() in ("(", ",", "-", "–") \
                and LEVEL_RANKS.get(mention.level or "", -1) > LEVEL_RANKS.get(mentions[index - 1].level or "", -1):
            locators.add(index)
            continue  # "Thanh Hà (Hải Dương)", "huyện Nam Giang, tỉnh Quảng Nam": the larger unit locates the place before it
        if _LOCATES_THE_NAME_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) \
                and text.startswith(")", mention.end):
            locators.add(index)
            continue  # "Đại Quang (Đại Lộc)", "(Đại Hiệp, Đại Lộc)": the same, after a name the gazetteer does not hold
        if _ASSIGNS_AFTER_RE.match(text, mention.end) and _AUTHORITY_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start):
            continue  # "UBND tỉnh Quảng Nam giao thu ngân sách …": the authority that set a plan, not the text's topic
        name = mention.names[0]
        weight = 1.0
        if mention.start < opening:
            weight += 1.0
        if 0 <= mention.start < (first_line_end if first_line_end > 0 else 120):
            weight += 1.0
        if mention.level == "commune":
            weight *= 0.5
        scores[name] = scores.get(name, 0.0) + weight
        first_seen.setdefault(name, mention.start)
    counts = Counter(m.names[0] for m in mentions if not m.country and len(m.names) == 1)
    # One mention is not enough to say what an article is about, unless it names a province or district, in the
    # opening, and nothing else.
    levels = {m.names[0]: m.level for m in mentions if len(m.names) == 1}
    # (communes named in the text — a product's origin, a model village — do not count against it: the district of
    # "huyện Na Rì" stays the article's place beside "xã Cường Lợi")
    units = [n for n in scores if levels.get(n) not in ("commune",)]
    lone = len(units) == 1 and units[0]
    # (a district named once, late, in a text that speaks of "huyện" without a name — UBND huyện, toàn huyện, của
    # huyện — is the district the report is by: "… nhân dân huyện Nam Đông, trong 6 tháng …")
    scores = {n: s for n, s in scores.items()
              # (a city run by the centre is a province: "CPI trên địa bàn TP. Hồ Chí Minh tăng 0,82%")
              if counts[n] >= 2 or (n == lone and (levels.get(n) == "province"
                                                   or levels.get(n) == "city" and gazetteer().get(n) == "province"
                                                   or levels.get(n) == "district"
                                                   and (first_seen[n] < opening
                                                        or _speaks_of_its_district(text, mentions)
                                                        # (the one place the whole text names, "… của huyện Na Rì vẫn
                                                        # còn hạn chế": the district whose year it reviews)
                                                        or len(mentions) == 1)))}
    # A headline naming a province ("Tình hình kinh tế - xã hội tháng 5 năm 2018 tỉnh A") over a body that names no
    # other place twice (its districts, each once, are its parts) is about that province.
    # (not the province that only locates a district before it: "Huyện Lạng Giang, tỉnh Bắc Giang hoàn thành …")
    headline = {m.names[0] for i, m in enumerate(mentions) if len(m.names) == 1 and 0 <= m.start < first_line_end
                and (m.level or gazetteer().get(m.names[0])) == "province" and i not in locators}
    if len(headline) == 1 and not any(m.country for m in mentions) and len(counts) >= 2 \
            and not any(counts[n] >= 2 for n in counts if n not in headline):
        return next(iter(headline))
    # A text that ranks several provinces of the country ("cả nước có 7 tỉnh …; TP HCM dẫn đầu …, Bắc Ninh …") is
    # about the country, not about the province it names most.
    provinces = {m.names[0] for m in mentions if len(m.names) == 1
                 and (levels.get(m.names[0]) == "province" or gazetteer().get(m.names[0]) == "province")}
    # (and the provinces of a list: "gồm: Cao Bằng, Tuyên Quang, Lào Cai …")
    provinces |= {n for m in mentions if len(m.names) > 1 for n in m.names if gazetteer().get(n) == "province"}
    # (and a text whose headline ranks the localities: "Top 10 địa phương có chỉ số … tăng cao nhất")
    if 0 < first_line_end <= _HEADLINE_LENGTH and _ranking_headline_re().search(text, 0, first_line_end):
        return "Việt Nam"
    if len(provinces) >= _COMPARED_PROVINCES and (any(m.country and m.start < opening for m in mentions)
                                                  or _OF_ALL_PROVINCES_RE.search(text)):
        return "Việt Nam"  # (so is a text that counts them out of all 63: "15/63 địa phương có …: A, B, C, D …")
    # (with fewer provinces, or the country said later, the country wins only where no province holds most of the
    # mentions of provinces)
    if len(provinces) >= _FEW_COMPARED_PROVINCES and any(m.country for m in mentions):
        named = [counts[n] for n in provinces]
        if max(named) * 2 <= sum(named):
            return "Việt Nam"
    if not scores:
        # No name said twice: a text that opens on the one province it names, the rest being its districts or
        # communes each said once ("Tại Hà Tĩnh, … có thêm huyện Hương Sơn được công nhận …"), is about the province.
        first = next((m for m in mentions if not m.country and len(m.names) == 1), None)
        # A headline that opens on a province or district and a colon ("Hòa Thành: 6 tháng đầu năm, …") names what
        # its article is about, though the body says it only once, or misspelt.
        if first is not None and first.start < first_line_end and not text[:first.start].strip() \
                and _COLON_AFTER_RE.match(text, first.end) \
                and (first.level or gazetteer().get(first.names[0])) in ("province", "district", "city"):
            return first.names[0]
        if first is not None and first.start < opening and len(provinces) == 1 and first.names[0] in provinces \
                and levels.get(first.names[0]) in ("province", None):
            return first.names[0]
        # A text with no province or district of its own that opens on the country ("Tổng số trâu của cả nước …")
        # is about the country.
        if not any(not m.country for m in mentions) and any(m.country and m.start < opening for m in mentions):
            return "Việt Nam"
        return None
    return max(scores, key=lambda n: (scores[n], -first_seen[n]))


_COMPARED_PROVINCES = 4


@lru_cache(maxsize=None)
def _national_reporter_re():
    local_office = "|".join(re.escape(w) for w in longest_first(table("places")["local_office_words"]))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in longest_first(table("places")["national_reporters"]))
                      + rf")(?!\w)(?!\s+(?:{local_office})(?!\w))")


def _own_phrases_re(*lists):
    """The phrases of the places.yaml lists named, as one pattern (not "toàn xã hội", "của xã hội": society; the word
    boundary before is checked by the caller where it matters: no look-behind scan)."""
    phrases = longest_first([phrase for name in lists for phrase in table("places")[name]])
    return re.compile(r"(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)(?!\s+hội(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _own_unit_re():
    return _own_phrases_re("own_district_phrases", "own_district_organs", "own_commune_phrases")


# a figure with its unit or a scale word: where a text starts reporting
_FIRST_FIGURE_RE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)")


def _places_only_after_the_figures(text, mentions):
    """"Theo đó, chỉ số IIP tháng 11 tăng 5,3% … Tổng cục Thống kê cho biết, … cao nhất là Bắc Giang với 36,4%":
    a text whose figures start before any place is named, which then names only provinces, several of them (three,
    or two with a national office cited), and never speaks of a unit of its own, reports the country's figures; the
    provinces are its parts or its ranking."""
    first = _FIRST_FIGURE_RE.search(text)
    if first is None or any(not m.country and m.start < first.start() for m in mentions):
        return False
    later = [m for m in mentions if not m.country]
    if not later or any(m.level not in ("province", "city") for m in later):
        return False
    provinces = {m.names for m in later}
    national_office = _national_reporter_re().search(text.lower()) is not None
    # (a unit named after its office, "Theo UBND tỉnh Bắc Giang", is one of the parts, not the text's own)
    return (len(provinces) >= 3 or len(provinces) >= 2 and national_office) \
        and next(_unnamed(_any_own_unit_re(), text), None) is None


@lru_cache(maxsize=None)
def _any_own_unit_re():
    return _own_phrases_re("own_province_phrases", "own_district_phrases", "own_district_organs", "own_commune_phrases")


def _title_unit_name(text):
    """"Tân Thành về đích nông thôn mới" over a body that speaks of its unit only as "xã" or "huyện" (toàn xã, xã
    đạt 19/19 tiêu chí, UBND huyện): the name the headline opens on, in capitals word by word, is the commune or
    district the text is about (no gazetteer holds every commune)."""
    end = text.find("\n", 0, _HEADLINE_LENGTH)
    if end <= 0:
        return None
    opening = _name_at(text, 0)
    if opening is not None and text[:opening[0]].strip():
        opening = None
    # (the name it opens on, or the name it ends on: "Khởi sắc vùng biên Tam Hợp")
    for found in (opening, _name_ending_the_line(text, end)):
        if found is None:
            continue
        _start, name_end, name = found
        words = name.split()
        if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words) or words[0] in _person_name_words() \
                or words[0].lower() in table("places")["not_place_before"] or name_end > end:
            continue
        if not (name_end == end or text[name_end] == ":"
                or text[name_end] == " " and text[name_end + 1:name_end + 2].islower()):
            continue  # (followed by what it did or a colon, not by more capitalised words)
        break
    else:
        return None
    return name if next(_unnamed(_own_unit_re(), text, end), None) is not None else None


_LINE_END_NAME_RE = re.compile(r"(?<=[a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ] )"
                               r"((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s){1,3}[A-ZĐÀ-Ỹ][^\W\d_]*)[\s.!?]*$")


def _name_ending_the_line(text, end):
    """The words in capitals that end a headline after words in lower case: (start, end, name) or None."""
    match = _LINE_END_NAME_RE.search(text, 0, end)
    return None if match is None else (match.start(1), match.end(1), match.group(1))


@lru_cache(maxsize=None)
def _own_district_re(organs=True):
    """How a text speaks of its own district without naming it; without its organs where `organs` is false."""
    phrases = longest_first(table("places")["own_district_phrases"]
                            + (table("places")["own_district_organs"] if organs else []))
    # (not followed by a name: "của huyện Nam Đông" names it, "của huyện" speaks of the text's own)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE)


_NAME_NEXT_RE = re.compile(r"\s+[A-ZĐÂĂÊÔƠƯ]")


def _unnamed(unit_re, text, start=0):
    """Where the text speaks of a unit of its kind without naming one: "của huyện", not "của huyện Nam Đông"."""
    return (m for m in unit_re.finditer(text, start)
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and not _NAME_NEXT_RE.match(text, m.end()))


def _speaks_of_its_district(text, mentions):
    """The text speaks of "the district" as its own (UBND huyện, toàn huyện …) at least twice, and not of the
    country; once is enough where the district is the only place the text names at all."""
    if any(m.country for m in mentions):
        return False
    unnamed = _unnamed(_own_district_re(), text)
    if next(unnamed, None) is None:
        return False
    return len({tuple(m.names) for m in mentions}) == 1 or next(unnamed, None) is not None


@lru_cache(maxsize=None)
def _unit_descriptor_re():
    words = longest_first(table("places")["unit_descriptors"])
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?=\s+[^\W\d_])")


@lru_cache(maxsize=None)
def _capitalised_regions():
    return frozenset(table("places")["regions_capitalised_only"])


@lru_cache(maxsize=None)
def _region_re():
    words = longest_first(table("places")["regions"] + list(table("places")["region_abbreviations"]))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w&-])")


@lru_cache(maxsize=None)
def _region_noun_before_re():
    return re.compile(r"(?<!\w)(?:" + phrases_re(table("places")["region_nouns"]) + r")\s+$")


@lru_cache(maxsize=None)
def _region_hint_re():
    """The regions' first words alone: a cheap first look (most texts name no region)."""
    return re.compile(r"đồng bằng|trung du|miền núi|trung bộ|tây nguyên|đông nam bộ|đbs|td&mnpb")


# "dẫn đầu các tỉnh miền Trung - Tây Nguyên", "cao nhất vùng Đông Nam Bộ": a region as the field a place is ranked in
_RANKED_IN_REGION_BEFORE_RE = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất|lớn nhất|nhỏ nhất|nhiều nhất|ít nhất"
                                         r"|thứ\s+\w+|so với)(?:\s+(?:các|cả|toàn))?(?:\s+(?:tỉnh|địa phương|tỉnh,\s*thành"
                                         r"(?:\s+phố)?))?(?:\s+(?:vùng|khu vực|miền trung\s*-))?\s*$")
_REGION_AFTER_PREFIX_RE = re.compile(r"(?:đồng bằng|trung du|duyên hải|miền núi|tây nguyên|bắc trung bộ|nam trung bộ|đông nam bộ"
                                     r"|tây bắc|đông bắc|miền (?:bắc|trung|nam))(?!\w)")
@lru_cache(maxsize=None)
def _ranking_headline_re():
    """A headline that ranks localities (places.yaml ranking_headline): its article is about the country that holds
    them, not about the one province it names most ("Top 10 địa phương có chỉ số … tăng cao nhất")."""
    words = table("places")["ranking_headline"]
    groups = "|".join(re.escape(w) for w in longest_first(words["localities"]))
    ranks = "|".join(re.escape(w) for w in longest_first(words["ranks"]))
    return re.compile(r"(?i)(?<!\w)(?:top\s+\d+\s+(?:" + groups + r")(?!\w)"
                      r"|(?:\d+|các|những)\s+(?:" + groups + r")(?!\w)[^\n]{0,80}?(?<!\w)(?:" + ranks + r")(?!\w))")


_HEADLINE_LENGTH = 160  # characters: a first line longer than this is a paragraph, not a headline
_COLON_AFTER_RE = re.compile(r"[ \t]*:")
_OF_ALL_PROVINCES_RE = re.compile(r"\d\s*/\s*63\s+(?:địa phương|tỉnh)", re.IGNORECASE)
_FEW_COMPARED_PROVINCES = 3


def dashed_names_as_written(text: str, mentions: list[PlaceMention]) -> dict:
    """{name: [(start, spelling), …]} for each two-part name ("Bà Rịa - Vũng Tàu") that the text writes in ways of its
    own ("Bà Rịa–Vũng Tàu", "Bà Rịa – Vũng Tàu"), each spelling with where it is written: a reader copies the name as
    the text gives it where it speaks of it (`spelling_at`). Names the text gives only by an abbreviation ("BR-VT")
    keep their gazetteer spelling."""
    spellings: dict = {}
    for mention in mentions:
        for name in mention.names:
            if " - " not in name:
                continue
            first = name.split(" - ", 1)[0]
            at = text.find(first, mention.start, mention.end)
            if at < 0:
                continue
            written = _DASH_RE.match(text, at + len(first))
            if written is None:
                continue
            spelling = text[at:written.end()] + name.split(" - ", 1)[1]
            if _DASH_RE.sub(" - ", spelling) == name and text.startswith(spelling, at):
                spellings.setdefault(name, []).append((at, spelling))
    return {name: found for name, found in spellings.items() if any(spelling != name for _at, spelling in found)}


def spelling_at(spellings: list, position: int) -> str:
    """The spelling written last before `position` (the first one, where none is before it)."""
    before = [spelling for at, spelling in spellings if at <= position]
    return before[-1] if before else spellings[0][1]


def place_levels(mentions: list[PlaceMention]) -> dict:
    """name → the one level the text gives it (province, district, commune, city), or None where it gives two
    (huyện Ba Chẽ and thị trấn Ba Chẽ); names never given a level fall back to the gazetteer's."""
    seen = {}
    for mention in mentions:
        if not mention.country and len(mention.names) == 1:
            seen.setdefault(mention.names[0], set()).add(mention.level or gazetteer().get(mention.names[0]))
    return {name: next(iter(levels)) if len(levels) == 1 else None for name, levels in seen.items()}


def bare_name(name: str | None) -> str | None:
    """`huyện Ba Chẽ` → `Ba Chẽ` (for a place the caller passes)."""
    if not name:
        return None
    name = name.strip()
    match = _prefix_re().match(name.lower())
    if match:
        rest = name[match.end():].strip(" .")
        if rest:
            return rest
    return name
