"""Any input gives claims or a clear error: empty, huge, junk, NFD, old tone marks, HTML, Windows line ends."""

import unicodedata

import pytest

pytest.importorskip("chitieu.extract.quantities")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from chitieu.extract import analyse, extract  # noqa: E402

SENTENCE = ("Năm 2021, tổng giá trị sản xuất của huyện Thuận Hòa ước đạt 1.250 tỷ đồng, tăng 9,6% so với cùng kỳ; "
            "tỷ lệ hộ nghèo giảm còn 3,1%.")


def spans(claims):
    return [(c.start, c.end, c.value, c.unit, c.measure, c.basis, c.modality, c.subject, c.place, c.period)
            for c in claims]


def test_an_empty_text_has_no_claims():
    assert extract("") == [] and extract("   \n\n") == []


def test_offsets_point_into_the_nfc_text():
    text = SENTENCE
    for claim in extract(text):
        assert unicodedata.normalize("NFC", text)[claim.start:claim.end] == claim.text


def test_nfc_and_nfd_give_the_same_claims():
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert spans(extract(nfd)) == spans(extract(SENTENCE))


def test_old_style_tone_marks_read_like_modern_ones():
    old = SENTENCE.replace("Hòa", "Hoà")
    assert [c.place for c in extract(old)] == [c.place.replace("Hòa", "Hoà") if c.place else None for c in extract(SENTENCE)] \
        or [c.value for c in extract(old)] == [c.value for c in extract(SENTENCE)]
    assert [c.value for c in extract(old)] == [c.value for c in extract(SENTENCE)]


def test_html_tags_and_entities_do_not_glue_or_split_figures():
    html = "<p>Năm 2021, thu ngân sách&nbsp;đạt <b>45,6 tỷ đồng</b>,</p><p>tăng 12%.</p>"
    claims = extract(html)
    assert [(c.value, c.unit) for c in claims] == [(45.6e9, "VND"), (12, "%")]
    assert all(html[c.start:c.end] == c.text for c in claims)


def test_windows_line_ends_change_nothing_but_offsets():
    crlf = SENTENCE.replace("; ", ";\r\n")
    assert [c.value for c in extract(crlf)] == [c.value for c in extract(SENTENCE.replace("; ", ";\n"))]


def test_binary_junk_gives_no_crash():
    junk = bytes(range(256)).decode("latin-1") * 50
    assert isinstance(extract(junk), list)


def test_bytes_that_are_not_utf8_give_a_clear_error():
    with pytest.raises(ValueError, match="not UTF-8"):
        analyse(b"\xff\xfe thu ng\xe2n s\xe1ch")


def test_a_huge_text_is_read_in_one_pass():
    text = (SENTENCE + "\n") * 8000  # about 1 MB, a figure every 40 characters
    claims = extract(text)
    assert len(claims) == 3 * 8000


def test_a_bad_date_is_a_clear_error():
    with pytest.raises(ValueError, match="date"):
        analyse(SENTENCE, date="16/11/2020")


ALPHABET = st.sampled_from(list("0123456789.,;:%/()-+ \n\táàảãạăằắđêếệôồơớưứữyýAĐQTHhkmnstgiaouvlx") +
                           ["tỷ đồng", "triệu", "ha", "tăng", "giảm", "đạt", "ước", "so với cùng kỳ", "năm 2020",
                            "9 tháng", "xã ", "huyện ", "Tân Sơn", "kế hoạch", "(", "<p>", "&nbsp;", "\u0301", "\r\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_any_text_gives_claims_whose_spans_are_their_text(text):
    extraction = analyse(text)
    nfc = unicodedata.normalize("NFC", text)
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(nfc)
        assert nfc[claim.start:claim.end] == claim.text
        assert claim.measure in ("level", "growth", "change", "ratio", "share")
        assert claim.modality in ("actual", "estimate", "target", "expected")


@settings(max_examples=60, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_any_text_gives_the_same_claims_in_nfc_and_nfd(text):
    assert spans(extract(unicodedata.normalize("NFD", text))) == spans(extract(unicodedata.normalize("NFC", text)))


def test_a_long_sentence_full_of_figures_is_read_in_one_pass():
    # One sentence, no full stop: each figure's modality, scope and base are found without rereading the sentence.
    text = "Năm 2021, sản lượng lúa ước đạt 5 tấn và " * 3000 + "xong."
    claims = extract(text)
    assert len(claims) == 3000 and {c.modality for c in claims} == {"estimate"}


def test_a_long_line_of_bare_numbers_and_capitalised_words_gives_no_claims():
    assert extract(" ".join(str(i) for i in range(20000))) == []
    assert extract("Hà Nội Hải Phòng Đà Nẵng " * 5000) == []
