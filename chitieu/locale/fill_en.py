"""Fill chitieu/locale/en/LC_MESSAGES/django.po with the English of the strings listed here, then compile it.

    .venv/bin/chitieu makemessages -l en --ignore "tests/*"   (run inside chitieu/)
    .venv/bin/python chitieu/locale/fill_en.py

Only empty translations are filled, so English typed into the .po by hand (or by another tool) is kept.
Needs `msgfmt` (GNU gettext) to compile; the compiled .mo is committed, so running chitieu does not."""

import re
import subprocess
import sys
from pathlib import Path

PO = Path(__file__).with_name("en") / "LC_MESSAGES" / "django.po"

ENGLISH = {
    # accounts
    "Cán bộ nhập liệu": "Data clerk",
    "Người duyệt": "Reviewer",
    "Lãnh đạo duyệt": "Approving officer",
    "Quản trị hệ thống": "System administrator",
    # core: the frame of every page
    "Bỏ qua, đến nội dung chính": "Skip to main content",
    "Điều hướng chính": "Main navigation",
    "Địa bàn": "Places",
    "Văn bản": "Documents",
    "Duyệt số liệu": "Review figures",
    "Quản trị": "Administration",
    "Đã đăng nhập": "Logged in",
    "Đăng xuất": "Log out",
    "Đăng nhập": "Log in",
    "Ngôn ngữ": "Language",
    "chỉ tiêu, kết quả và tiêu chí nông thôn mới của chính quyền địa phương":
        "targets, results and new-rural-development criteria of local government",
    # portal
    "Chỉ tiêu và kết quả của địa phương": "Local targets and results",
    "Kế hoạch, dự toán và kết quả thực hiện của tỉnh, huyện, xã; tiêu chí nông thôn mới; và các văn bản công bố những số liệu đó.":
        "Plans, budget estimates and results of provinces, districts and communes; new-rural-development "
        "criteria; and the documents in which those figures were published.",
    "Tìm địa bàn (tỉnh, huyện, xã — có dấu hoặc không dấu)":
        "Find a place (province, district, commune — with or without diacritics)",
    "ví dụ: Ba Chẽ, xã Đạp Thanh, Dap Thanh": "e.g. Ba Chẽ, xã Đạp Thanh, Dap Thanh",
    "Tìm": "Search",
    "Tìm địa bàn": "Find a place",
    "Không tìm thấy địa bàn nào tên “%(query)s”.": "No place is named “%(query)s”.",
    "Địa bàn có số liệu mẫu": "Places with demo figures",
    "Tỉnh, thành phố": "Provinces and centrally governed cities",
    "Chưa nạp danh mục đơn vị hành chính. Chạy lệnh: chitieu init":
        "The list of administrative units is not loaded yet. Run: chitieu init",
    "Đơn vị cấp trên": "Higher-level units",
    "Cấp": "Level",
    "Mã": "Code",
    "Hiệu lực": "In existence",
    "Đơn vị này không còn tồn tại.": "This unit no longer exists.",
    "Số liệu trước ngày đó vẫn gắn với đơn vị này.": "Figures from before that date stay attached to this unit.",
    "Từ %(day)s thuộc": "From %(day)s part of",
    "Thành lập ngày %(day)s từ": "Formed on %(day)s from",
    "một phần": "in part",
    "đến %(day)s": "until %(day)s",
    "Xem tình hình đến ngày": "Show the situation on",
    "Xem": "Show",
    "Bỏ chọn ngày": "Clear the date",
    "Nội dung": "Contents",
    "Đơn vị trực thuộc": "Units within",
    "Ngày không hợp lệ: “%(text)s” (cần dạng NNNN-TT-NN, ví dụ 2020-12-31)":
        "Not a date: “%(text)s” (expected YYYY-MM-DD, e.g. 2020-12-31)",
    # places: model labels, kinds and lookup errors
    "Cấp tỉnh": "Province level",
    "Cấp huyện": "District level",
    "Cấp xã": "Commune level",
    "Tỉnh": "Province",
    "Thành phố trực thuộc trung ương": "Centrally governed city",
    "Huyện": "Rural district",
    "Thị xã": "District-level town",
    "Thành phố thuộc tỉnh": "Provincial city",
    "Quận": "Urban district",
    "Xã": "Commune",
    "Phường": "Ward",
    "Thị trấn": "Township",
    "Đặc khu": "Special zone",
    "cấp": "level",
    "loại": "kind",
    "mã": "code",
    "tên": "name",
    "tên đầy đủ": "full name",
    "tên không dấu": "name without diacritics",
    "trực thuộc": "within",
    "hiệu lực": "in existence",
    "hiệu lực từ": "in existence from",
    "hiệu lực đến": "in existence until",
    "Ngày cuối cùng đơn vị còn tồn tại": "The last day the unit existed",
    "nguồn": "source",
    "khóa dữ liệu tham chiếu": "reference data key",
    "đơn vị hành chính": "administrative unit",
    "nay": "now",
    "tên khác": "other name",
    "ghi chú": "note",
    "đơn vị": "unit",
    "toàn bộ": "whole",
    "đơn vị cũ": "former unit",
    "đơn vị mới": "new unit",
    "ngày hiệu lực": "effective date",
    "phần": "share",
    "căn cứ pháp lý": "legal basis",
    "kế thừa": "succession",
    "bộ dữ liệu": "data set",
    "phiên bản": "version",
    "nạp lúc": "loaded at",
    "tóm tắt": "summary",
    "bộ dữ liệu tham chiếu": "reference data set",
    "Đang tồn tại": "Existing",
    "Đã giải thể / sáp nhập": "Dissolved / merged",
    "Tồn tại ngày 01/01/2020": "Existing on 1 Jan 2020",
    "đơn vị kế thừa": "successor units",
    "đơn vị kế thừa (sau khi sắp xếp)": "successor units (after the reorganisation)",
    "đơn vị tiền thân": "predecessor units",
    "đơn vị tiền thân (trước khi sắp xếp)": "predecessor units (before the reorganisation)",
    "Không tìm thấy đơn vị hành chính “%(name)s”%(detail)s": "No administrative unit “%(name)s”%(detail)s",
    "“%(name)s”%(detail)s có thể là %(count)d đơn vị: %(listed)s":
        "“%(name)s”%(detail)s could be %(count)d units: %(listed)s",
    "thuộc %s": "within %s",
    "ngày %s": "on %s",
}
PLURALS = {
    "%(counter)s địa bàn khớp với “%(query)s”": ("%(counter)s place matches “%(query)s”", "%(counter)s places match “%(query)s”"),
    "%(counter)s đơn vị cấp xã": ("%(counter)s commune-level unit", "%(counter)s commune-level units"),
    "%(counter)s tỉnh, thành phố trước sắp xếp": (
        "%(counter)s province before the 2025 reorganisation", "%(counter)s provinces before the 2025 reorganisation"),
}


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unquote_lines(lines):
    return "".join(re.match(r'^(?:msgid|msgid_plural|msgstr(?:\[\d\])?)?\s*"(.*)"$', line).group(1) for line in lines if line.strip()) \
        .replace('\\"', '"').replace("\\\\", "\\")


def fill(text):
    out, filled = [], 0
    for block in text.split("\n\n"):
        lines = block.split("\n")
        keys = [i for i, line in enumerate(lines) if re.match(r"^(msgid|msgid_plural|msgstr)", line)]
        if not keys:
            out.append(block)
            continue
        parts = {}
        for n, start in enumerate(keys):
            end = keys[n + 1] if n + 1 < len(keys) else len(lines)
            parts[lines[start].split(" ", 1)[0]] = (start, end, unquote_lines(lines[start:end]))
        msgid = parts.get("msgid", (0, 0, ""))[2]
        head = lines[: keys[0]]
        if "msgid_plural" in parts and msgid in PLURALS and not parts["msgstr[0]"][2]:
            one, many = PLURALS[msgid]
            body = lines[keys[0]: parts["msgstr[0]"][0]] + [f"msgstr[0] {quote(one)}", f"msgstr[1] {quote(many)}"]
            head = [line for line in head if line != "#, fuzzy" and not line.startswith("#| ")]
            out.append("\n".join(head + body))
            filled += 1
        elif "msgstr" in parts and msgid in ENGLISH and not parts["msgstr"][2]:
            body = lines[keys[0]: parts["msgstr"][0]] + [f"msgstr {quote(ENGLISH[msgid])}"]
            out.append("\n".join(head + body))
            filled += 1
        else:
            out.append(block)
    return "\n\n".join(out), filled


def main():
    text = PO.read_text(encoding="utf-8")
    text = text.replace('"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"')
    text = text.replace('"Content-Type: text/plain; charset=CHARSET\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"')
    text, filled = fill(text)
    PO.write_text(text, encoding="utf-8")
    print(f"{PO}: {filled} translations filled")
    subprocess.run(["msgfmt", "--check-format", "-o", str(PO.with_suffix(".mo")), str(PO)], check=True)
    print(f"compiled {PO.with_suffix('.mo')}")


if __name__ == "__main__":
    sys.exit(main())
