"""Fill chitieu/locale/en/LC_MESSAGES/django.po with the English of the strings listed here, then compile it.

    .venv/bin/chitieu makemessages -l en --ignore "tests/*"   (run inside chitieu/)
    .venv/bin/python chitieu/locale/fill_en.py

Only empty translations are filled, so English typed into the .po by hand (or by another tool) is kept;
a fuzzy entry (makemessages' guess from a similar string, which msgfmt leaves out) counts as empty: its guess is
replaced and the fuzzy mark dropped.
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
    "Chỉ tiêu": "Indicators",
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
    "Địa bàn có nhiều số liệu": "Places with the most figures",
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
    # criteria: new-rural-development criteria sets, assessments and their pages
    "Duyệt các đánh giá đã chọn": "Approve the selected assessments",
    "Đã duyệt %(n)d đánh giá.": "%(n)d assessments approved.",
    "đạt": "met",
    "không đạt": "not met",
    "Ngày đánh giá": "Assessment date",
    "Ghi chú": "Note",
    "Căn cứ (văn bản, số hiệu, đường dẫn)": "Evidence (document, reference number, link)",
    "Số tiêu chí đạt": "Criteria met",
    "Số chỉ tiêu đạt": "Indicators met",
    "Đã kiểm chứng": "Verified",
    "Kiểm chứng một phần": "Partly verified",
    "Chỉ kiểm chứng tên": "Name verified only",
    "Chưa kiểm chứng": "Not verified",
    "Trung du và miền núi phía Bắc": "Northern Midlands and Mountains",
    "Đồng bằng sông Hồng": "Red River Delta",
    "Bắc Trung Bộ": "North Central Coast",
    "Duyên hải Nam Trung Bộ": "South Central Coast",
    "Tây Nguyên": "Central Highlands",
    "Đông Nam Bộ": "South East",
    "Đồng bằng sông Cửu Long": "Mekong River Delta",
    "≥ (từ … trở lên)": "≥ (… or more)",
    "≤ (không quá …)": "≤ (no more than …)",
    "= (bằng)": "= (equal to)",
    "Đạt / không đạt": "Met / not met",
    "Không còn": "None left",
    "Xã nông thôn mới": "New-rural-development commune",
    "Xã nông thôn mới nâng cao": "Advanced new-rural-development commune",
    "Xã nông thôn mới kiểu mẫu": "Model new-rural-development commune",
    "Huyện nông thôn mới": "New-rural-development district",
    "Huyện nông thôn mới nâng cao": "Advanced new-rural-development district",
    "Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới": "Province that has completed the new-rural-development task",
    "Một ngưỡng chung": "One common threshold",
    "Ngưỡng theo 7 vùng": "Thresholds by the 7 regions",
    "Ngưỡng theo nhóm xã": "Thresholds by commune group",
    "văn bản liên quan": "related documents",
    "cơ quan ban hành": "issuing body",
    "ngày ký": "signing date",
    "áp dụng từ": "applies from",
    "áp dụng đến": "applies until",
    "ghi chú hiệu lực": "note on validity",
    "địa bàn áp dụng": "applies to",
    "tên địa bàn áp dụng": "name of the place it applies to",
    "xây dựng trên cơ sở bộ": "based on the set",
    "cách chia vùng": "region scheme",
    "điều kiện công nhận": "recognition conditions",
    "kiểm chứng điều kiện công nhận": "verification of the recognition conditions",
    "số tiêu chí công bố": "published number of criteria",
    "số tiêu chí đã kiểm chứng": "number of criteria verified",
    "số chỉ tiêu công bố": "published number of indicators",
    "số chỉ tiêu đã kiểm chứng": "number of indicators verified",
    "ghi chú về số tiêu chí, chỉ tiêu": "note on the numbers of criteria and indicators",
    "mức đầy đủ của dữ liệu": "completeness of the data",
    "tệp dữ liệu": "data file",
    "bộ tiêu chí": "criteria set",
    "Đánh giá trực tiếp": "Assessed directly",
    "Tính từ kết quả các xã": "Computed from the communes' results",
    "Đạt các tiêu chí của bộ": "Meets the criteria of the set",
    "nội dung": "content",
    "cách xác định": "how it is determined",
    "cấp bộ tiêu chí của xã": "level of the communes' criteria set",
    "so sánh": "comparison",
    "ngưỡng": "threshold",
    "kiểm chứng": "verification",
    "số thứ tự": "number",
    "tên tiêu chí": "criterion name",
    "tên đã kiểm chứng": "name verified",
    "mã nhóm": "group code",
    "nhóm": "group",
    "tiêu chí": "criteria",
    "tên chỉ tiêu": "indicator name",
    "ngưỡng chung": "common threshold",
    "ngưỡng (diễn giải)": "threshold (in words)",
    "ngưỡng theo vùng": "thresholds by region",
    "năm áp dụng ngưỡng": "threshold reference year",
    "mã chỉ tiêu trong danh mục": "catalogue indicator code",
    "chỉ tiêu của tiêu chí": "criterion indicator",
    "địa bàn": "place",
    "vùng": "region",
    "đã kiểm chứng": "verified",
    "vùng áp dụng ngưỡng": "threshold region",
    "Theo từng chỉ tiêu": "Indicator by indicator",
    "Chỉ số tiêu chí, chỉ tiêu đạt": "Only the numbers of criteria and indicators met",
    "Dự thảo": "Draft",
    "Đã duyệt": "Approved",
    "ngày đánh giá": "assessment date",
    "hình thức": "form",
    "số tiêu chí đạt": "criteria met",
    "số chỉ tiêu đạt": "indicators met",
    "trạng thái": "status",
    "người đánh giá": "assessor",
    "người duyệt": "reviewer",
    "quyết định công nhận": "recognition decision",
    "căn cứ": "evidence",
    "Văn bản, nhận định, tệp nhập…": "Documents, claims, imported files…",
    "tạo lúc": "created at",
    "sửa lúc": "updated at",
    "đánh giá tiêu chí": "criteria assessment",
    "Ngưỡng của vùng": "Regional threshold",
    "Ngưỡng chung": "Common threshold",
    "Ngưỡng chung (chưa có ngưỡng của vùng)": "Common threshold (no regional threshold yet)",
    "Đánh giá của người đánh giá (chưa có ngưỡng trong dữ liệu)": "The assessor's judgement (no threshold in the data yet)",
    "đánh giá": "assessment",
    "chỉ tiêu": "indicators",
    "giá trị": "value",
    "đạt (theo người đánh giá)": "met (according to the assessor)",
    "ngưỡng áp dụng": "threshold applied",
    "căn cứ ngưỡng": "threshold basis",
    "số liệu": "figure",
    "kết quả chỉ tiêu": "indicator result",
    "tổng số chỉ tiêu": "total indicators",
    "kết quả tiêu chí": "criterion result",
    "điều kiện": "condition",
    "kết quả điều kiện": "condition result",
    "số xã đạt chuẩn": "communes meeting the standard",
    "tỷ lệ xã đạt chuẩn (%)": "share of communes meeting the standard (%)",
    "trên tổng số xã (theo văn bản)": "out of a total of communes (as stated)",
    "thời hạn": "deadline",
    "cấp đặt mục tiêu": "target set by",
    "mục tiêu nông thôn mới": "new-rural-development target",
    "Nông thôn mới": "New rural development",
    "Căn cứ": "Basis",
    "đạt chuẩn": "meets the standard",
    "chưa đạt chuẩn": "does not meet the standard yet",
    "chưa xác định": "not determined",
    "đánh giá ngày": "assessed on",
    "Vùng áp dụng ngưỡng": "Threshold region",
    "chưa kiểm chứng": "not verified",
    "tên chưa kiểm chứng": "name not verified",
    "Chỉ tiêu chưa đạt hoặc chưa đánh giá": "Indicators not met or not assessed",
    "Giá trị": "Value",
    "Yêu cầu": "Required",
    "Còn thiếu": "Shortfall",
    "chưa đánh giá": "not assessed",
    "văn bản": "document",
    "Diễn biến": "History",
    "Chưa có đánh giá.": "No assessment yet.",
    "Tình hình đến ngày": "Situation on",
    "xã đạt chuẩn": "communes meeting the standard",
    "bình quân": "on average",
    "và": "and",
    "xã": "commune",
    "Kết quả": "Result",
    "chưa có đánh giá": "no assessment yet",
    "Đủ điều kiện công nhận huyện đạt chuẩn": "Eligible for recognition as a district meeting the standard",
    "Đủ điều kiện công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới":
        "Eligible for recognition as having completed the new-rural-development task",
    "có": "yes",
    "chưa": "not yet",
    "Đơn vị tiền thân": "Predecessor units",
    "Đánh giá tiêu chí": "Criteria assessment",
    "Bộ này chỉ có số lượng tiêu chí, chỉ tiêu công bố: ghi số đạt.":
        "Only the published numbers of criteria and indicators are known for this set: record how many are met.",
    "Tiêu chí / chỉ tiêu": "Criterion / indicator",
    "Đạt": "Met",
    "Đánh giá chung cả tiêu chí (chưa có danh mục chỉ tiêu)": "The criterion as a whole (its indicators are not listed yet)",
    "Điều kiện công nhận": "Recognition conditions",
    "Ghi đánh giá": "Record an assessment",
    "Xem tại ngày": "Show on",
    "Chưa có đánh giá nông thôn mới đến ngày này.": "No new-rural-development assessment up to this date.",
    "Căn cứ pháp lý": "Legal basis",
    "ký ngày": "signed on",
    "Địa bàn áp dụng": "Applies to",
    "Xây dựng trên cơ sở": "Based on",
    "Thời gian áp dụng": "Period of application",
    "Số tiêu chí / chỉ tiêu công bố": "Published number of criteria / indicators",
    "Điều kiện": "Conditions",
    "Tiêu chí và chỉ tiêu": "Criteria and indicators",
    "Nội dung các tiêu chí chưa có trong dữ liệu: đánh giá theo bộ này chỉ ghi số tiêu chí, chỉ tiêu đạt.":
        "The content of the criteria is not in the data: assessments against this set record only the numbers of "
        "criteria and indicators met.",
    "Đơn vị": "Unit",
    "Kiểm chứng": "Verification",
    "Nguồn và mức đầy đủ": "Sources and completeness",
    "Bộ tiêu chí nông thôn mới": "New-rural-development criteria sets",
    "Bộ tiêu chí": "Criteria set",
    "Áp dụng": "In force",
    "Đã ghi đánh giá.": "Assessment recorded.",
    # documents: documents, the claims read from them, and their review
    "Tất cả": "All",
    "Có": "Yes",
    "Không": "No",
    "ví dụ: thu ngan sach": "e.g. thu ngan sach",
    "Loại": "Type",
    "Loại bỏ": "Reject",
    "cấp địa bàn (theo văn bản)": "place level (as written)",
    "mức tăng so với %s: chỉ tiêu chỉ lưu mức tăng so với cùng kỳ":
        "a rise against %s: the indicator stores the rise against the same period a year earlier",
    "Kế hoạch": "Plan",
    "dòng": "row",
    "đạt?": "met?",
    "đã đạt": "reached",
    "chưa đạt": "not reached yet",
    "quá hạn, chưa đạt": "overdue, not reached",
    "Mục tiêu %(goal)s xã đạt chuẩn (%(set)s) đến %(deadline)s: %(meeting)s/%(total)s xã — %(state)s":
        "Target: %(goal)s communes meeting the standard (%(set)s) by %(deadline)s: %(meeting)s/%(total)s communes — %(state)s",
    "Từ ngày": "From",
    "Đến ngày": "To",
    "“Từ ngày” phải trước “Đến ngày”.": "“From” must be before “To”.",
    "Văn bản số": "Document no.",
    "Trạng thái": "Status",
    "Đã gắn chỉ tiêu": "Linked to an indicator",
    "Có cảnh báo số học": "With arithmetic warnings",
    "Mâu thuẫn số liệu đã có": "Conflicts with a stored figure",
    "Thay số liệu đã có bằng số liệu này": "Replace the stored figure with this one",
    "Lý do loại": "Reason for rejecting",
    "ví dụ: Huyện Ba Chẽ, Tỉnh Quảng Ninh": "e.g. Huyện Ba Chẽ, Tỉnh Quảng Ninh",
    "Kỳ": "Period",
    "2020, 2020-11, 2020-01/2020-09, 2020-09-15": "2020, 2020-11, 2020-01/2020-09, 2020-09-15",
    "Giá trị (đơn vị chuẩn)": "Value (standard unit)",
    "Loại số liệu": "Kind of figure",
    "Cấp giao": "Issuer",
    "Lý do sửa": "Reason for the correction",
    "Kỳ không hợp lệ (ví dụ: 2020, 2020-11, 2020-01/2020-09)": "Not a valid period (e.g. 2020, 2020-11, 2020-01/2020-09)",
    "Tệp (.txt, .html, .docx, .pdf)": "Files (.txt, .html, .docx, .pdf)",
    "Địa bàn chính": "Main place",
    "để trống: theo văn bản": "leave empty: as the document says",
    "Ngày đăng": "Publication date",
    "Địa chỉ gốc": "Source URL",
    "số liệu suy ra (%s): được tính từ các số liệu đã lưu, không lưu riêng":
        "derived figure (%s): computed from the stored figures, not stored itself",
    "là một ngưỡng (%s), không phải một giá trị": "is a threshold (%s), not a value",
    "là một khoảng giá trị": "is a range of values",
    "không rõ nội dung chỉ tiêu": "unclear what the figure measures",
    "không khớp chỉ tiêu nào trong danh mục": "matches no indicator in the catalogue",
    "đơn vị hoặc loại số đo (%(unit)s, %(measure)s) không hợp với chỉ tiêu %(names)s":
        "the unit or measure (%(unit)s, %(measure)s) does not fit the indicator %(names)s",
    "khớp nhiều chỉ tiêu: %(a)s; %(b)s": "matches several indicators: %(a)s; %(b)s",
    "văn bản và nhận định đều không nói địa bàn": "neither the document nor the claim names a place",
    "một số liệu cho nhiều địa bàn (%s)": "one figure for several places (%s)",
    "“%(name)s” có thể là nhiều đơn vị: %(listed)s": "“%(name)s” could be several units: %(listed)s",
    "không tìm thấy đơn vị hành chính “%s”": "no administrative unit “%s”",
    "kỳ “%s” không hợp lệ": "period “%s” is not valid",
    "văn bản không nói rõ kỳ của số liệu": "the document does not say which period the figure is for",
    "Tin tức": "News",
    "Báo cáo": "Report",
    "Khác": "Other",
    "Văn bản thuần": "Plain text",
    "Trang web": "Web page",
    "Word (DOCX)": "Word (DOCX)",
    "PDF": "PDF",
    "tiêu đề": "title",
    "địa chỉ gốc": "source URL",
    "ngày đăng": "publication date",
    "địa bàn chính": "main place",
    "mã băm nội dung": "content hash",
    "định dạng": "format",
    "tên tệp gốc": "original file name",
    "tệp gốc": "original file",
    "người nạp": "uploaded by",
    "Chờ duyệt": "Pending review",
    "Đã chấp nhận": "Accepted",
    "Đã sửa và chấp nhận": "Corrected and accepted",
    "Đã loại": "Rejected",
    "Chưa gắn": "Not linked",
    "vị trí đầu": "start offset",
    "vị trí cuối": "end offset",
    "đoạn số liệu": "figure text",
    "giá trị cận trên": "upper value",
    "trên tổng": "out of",
    "định tính": "qualifier",
    "loại số đo": "measure",
    "so với": "compared with",
    "loại số liệu": "kind of figure",
    "nội dung chỉ tiêu": "subject",
    "địa bàn (theo văn bản)": "place (as written)",
    "kỳ (theo văn bản)": "period (as written)",
    "cấp giao": "issuer",
    "kỳ": "period",
    "gắn kết": "link",
    "lý do chưa gắn": "why not linked",
    "trạng thái duyệt": "review status",
    "số liệu đã ghi": "recorded figure",
    "nhận định số liệu": "claim",
    "Duyệt nhận định số liệu từ văn bản": "Review claims from documents",
    "nhận định": "claim",
    "giá trị tính được": "computed value",
    "giá trị trong văn bản": "value in the document",
    "cảnh báo số học": "arithmetic warning",
    "Chấp nhận": "Accept",
    "Sửa và chấp nhận": "Correct and accept",
    "lúc": "at",
    "quyết định": "decision",
    "lý do": "reason",
    "thay số liệu đã có": "replaced the stored figure",
    "trước": "before",
    "sau": "after",
    "quyết định duyệt": "review decision",
    "tệp rỗng": "empty file",
    "(không có phần mở rộng)": "(no extension)",
    "định dạng Word 97 (.doc) chưa được hỗ trợ: hãy lưu thành .docx":
        "the Word 97 format (.doc) is not supported yet: save the file as .docx",
    "định dạng %s chưa được hỗ trợ (nhận .txt, .html, .docx, .pdf)":
        "the %s format is not supported yet (accepted: .txt, .html, .docx, .pdf)",
    "không đọc được tệp %(kind)s: %(error)s": "cannot read the %(kind)s file: %(error)s",
    "không tìm thấy nội dung văn bản trong tệp": "no text found in the file",
    "không nhận ra bảng mã của tệp văn bản (không phải UTF-8)": "cannot tell the encoding of the text file (it is not UTF-8)",
    "tệp nhị phân, không phải văn bản": "a binary file, not text",
    "không tìm thấy nội dung bài viết trong trang web": "no article text found in the web page",
    "tệp DOCX hỏng hoặc không phải DOCX (%s)": "the DOCX file is damaged or not a DOCX file (%s)",
    "tệp PDF có mật khẩu": "the PDF file is password-protected",
    "tệp PDF hỏng (%s)": "the PDF file is damaged (%s)",
    "tệp PDF không có lớp chữ (bản quét?): cần nhận dạng chữ (OCR) trước":
        "the PDF file has no text layer (a scan?): it needs text recognition (OCR) first",
    "Văn bản về %s": "Documents about %s",
    "= %(name)s: đã có (văn bản #%(id)s)": "= %(name)s: already loaded (document #%(id)s)",
    "+ %(name)s: văn bản #%(id)s, %(claims)d số liệu, %(flags)d cảnh báo":
        "+ %(name)s: document #%(id)s, %(claims)d figures, %(flags)d warnings",
    "lỗi khi trích xuất số liệu: %r": "error while extracting the figures: %r",
    "không có tệp hoặc thư mục này": "no such file or folder",
    "Đã có số liệu khác cho cùng chỉ tiêu, địa bàn, kỳ và loại: %(existing)s (nguồn: %(source)s), nhận định ghi "
    "%(value)s. Chọn “thay thế” để ghi đè.":
        "Another figure is already stored for the same indicator, place, period and kind: %(existing)s (source: "
        "%(source)s); the claim says %(value)s. Choose “replace” to overwrite it.",
    "Chưa gắn được chỉ tiêu, địa bàn và kỳ: hãy sửa trước khi chấp nhận. %s":
        "The indicator, place and period are not all linked yet: correct the claim before accepting it. %s",
    "Nhận định này đã được chấp nhận.": "This claim has already been accepted.",
    "Kỳ “%s” không hợp lệ (ví dụ: 2020, 2020-11, 2020-01/2020-09)":
        "Period “%s” is not valid (e.g. 2020, 2020-11, 2020-01/2020-09)",
    "Loại số liệu “%s” không hợp lệ": "Kind of figure “%s” is not valid",
    "Hãy ghi lý do loại nhận định.": "Give a reason for rejecting the claim.",
    "Số đo": "Measure",
    "chưa gắn": "not linked",
    "Duyệt": "Review",
    "Các văn bản khác": "Other documents",
    "Hàng chờ duyệt": "Review queue",
    "Nhận định": "Claim",
    "Cảnh báo số học": "Arithmetic warnings",
    "Số liệu đã lưu cùng chỉ tiêu, địa bàn, kỳ": "Figure stored for the same indicator, place and period",
    "câu gốc": "original sentence",
    "Khác với nhận định này: chỉ ghi đè khi chọn “thay thế”.":
        "Differs from this claim: it is overwritten only when “replace” is chosen.",
    "Chưa có.": "None yet.",
    "Hãy sửa trước": "Correct it first",
    "Sửa rồi chấp nhận": "Correct, then accept",
    "Lịch sử duyệt": "Review history",
    "Lúc": "When",
    "Quyết định": "Decision",
    "Lý do": "Reason",
    "thay số liệu cũ": "replaced the old figure",
    "Duyệt số liệu của văn bản này": "Review the figures of this document",
    "Số liệu trong văn bản": "Figures in the document",
    "Không tìm thấy số liệu nào.": "No figures found.",
    "Nạp văn bản mới": "Upload new documents",
    "Không có văn bản nào phù hợp.": "No matching documents.",
    "Trước": "Previous",
    "Sau": "Next",
    "Duyệt số liệu từ văn bản": "Review figures from documents",
    "Lọc": "Filter",
    "Số liệu": "Figures",
    "Câu gốc": "Original sentence",
    "Chỉ tiêu · địa bàn · kỳ": "Indicator · place · period",
    "chưa gắn chỉ tiêu": "no indicator linked",
    "chưa rõ địa bàn": "place unclear",
    "đã có số liệu khác": "another figure is stored",
    "Không có nhận định nào phù hợp.": "No matching claims.",
    "Nạp văn bản": "Upload documents",
    "Nạp": "Upload",
    "Đã chấp nhận số liệu.": "Figure accepted.",
    "Đã sửa và chấp nhận số liệu.": "Figure corrected and accepted.",
    "Đã loại nhận định.": "Claim rejected.",
    # indicators: the catalogue, the stored figures, import and the place page's table
    "đạt %s": "reached %s",
    "còn %s": "%s to go",
    "%s so với cùng kỳ": "%s on the same period",
    "văn bản #%s": "document #%s",
    "Cộng các đơn vị trực thuộc": "Sum of the units within",
    "Bình quân các đơn vị trực thuộc": "Average of the units within",
    "Số, dấu chấm hoặc phẩy thập phân: 29,577": "A number, with a decimal point or comma: 29,577",
    "tỷ đồng, triệu đồng, ha, %…; để trống: đơn vị chuẩn": "tỷ đồng, triệu đồng, ha, %…; leave empty: the standard unit",
    "Tệp số liệu (.csv, .xlsx)": "Data file (.csv, .xlsx)",
    "Chỉ kiểm tra, không lưu": "Check only, do not save",
    "Lưu lượng (cộng dồn theo thời gian)": "Flow (adds up over time)",
    "Thời điểm": "Stock (at a point in time)",
    "Tỷ lệ": "Rate",
    "Cộng": "Sum",
    "Bình quân gia quyền": "Weighted average",
    "Không cộng gộp": "Not aggregated",
    "Càng cao càng tốt": "Higher is better",
    "Càng thấp càng tốt": "Lower is better",
    "Không xác định": "Not determined",
    "tên (tiếng Việt)": "name (Vietnamese)",
    "tên (tiếng Anh)": "name (English)",
    "cộng gộp": "aggregation",
    "trọng số": "weight",
    "Chỉ tiêu dùng làm trọng số khi cộng gộp bình quân gia quyền": "The indicator used as the weight in a weighted average",
    "chiều tốt": "good direction",
    "thuộc chỉ tiêu": "part of indicator",
    "mô tả": "description",
    "mã trong hệ thống chỉ tiêu thống kê": "code in the national statistical indicator system",
    "cụm từ": "phrase",
    "cụm từ gọi tên": "naming phrase",
    "Thực hiện": "Actual",
    "Ước tính": "Estimate",
    "Kế hoạch / chỉ tiêu": "Plan / target",
    "Dự kiến": "Expected",
    "Nhập tay": "Entered by hand",
    "Nhập từ tệp": "Imported from a file",
    "Từ văn bản": "From a document",
    "Dữ liệu mẫu": "Demo data",
    "từ ngày": "start date",
    "đến ngày": "end date",
    "chi tiết nguồn": "source details",
    "Tệp và dòng nhập, hoặc văn bản, đoạn và nhận định gốc": "The imported file and row, or the document, passage and claim",
    "người tạo": "created by",
    "người sửa": "updated by",
    "Chỉ tiêu và kết quả": "Targets and results",
    "đơn vị “%(unit)s” không dùng được cho chỉ tiêu “%(indicator)s” (đơn vị chuẩn: %(canonical)s)":
        "the unit “%(unit)s” cannot be used for the indicator “%(indicator)s” (standard unit: %(canonical)s)",
    "thiếu giá trị": "no value",
    "“%s” không phải là số (viết 29577000000 hoặc 29577.5)": "“%s” is not a number (write 29577000000 or 29577.5)",
    "“%s” không phải là số hữu hạn": "“%s” is not a finite number",
    "loại số liệu “%(given)s” không hợp lệ (một trong: %(allowed)s)":
        "kind of figure “%(given)s” is not valid (one of: %(allowed)s)",
    "cấp giao dài quá 100 ký tự": "the issuer is longer than 100 characters",
    "thiếu chỉ tiêu": "no indicator",
    "thiếu địa bàn": "no place",
    "giá trị %s quá lớn": "value %s is too large",
    "nguồn “%s” không hợp lệ": "source “%s” is not valid",
    "So với kế hoạch": "Against plan",
    "So với cùng kỳ": "Against the same period",
    "Nguồn": "Source",
    "Tỷ lệ so với kế hoạch và so với cùng kỳ do hệ thống tính từ các số liệu đã lưu.":
        "Percentages against plan and against the same period are computed from the stored figures.",
    "Danh mục chỉ tiêu": "Indicator catalogue",
    "Mẫu tệp nhập số liệu:": "Import file template:",
    "Nhập số liệu từ tệp": "Import figures from a file",
    "Cách điền tệp": "How to fill in the file",
    "Tên": "Name",
    "Cộng gộp": "Aggregation",
    "Cách gọi trong văn bản": "Names used in documents",
    "thuộc": "part of",
    "Tệp theo mẫu": "File templates",
    "Nếu có lỗi, không dòng nào được lưu.": "If there is any error, no row is saved.",
    "Nhập": "Import",
    "Tệp": "File",
    "Dòng": "Row",
    "Cột": "Column",
    "Lỗi": "Error",
    "%(rows)s dòng hợp lệ: %(created)s mới, %(updated)s cập nhật, %(unchanged)s không đổi.":
        "%(rows)s valid rows: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.",
    "chỉ nhận tệp .csv hoặc .xlsx": "only .csv or .xlsx files are accepted",
    "tệp không phải UTF-8 (byte %d); hãy lưu lại dạng CSV UTF-8": "the file is not UTF-8 (byte %d); save it again as CSV UTF-8",
    "tệp trống": "empty file",
    "không đọc được tệp Excel: %s": "cannot read the Excel file: %s",
    "cột không có trong mẫu (các cột: %s)": "column not in the template (the columns: %s)",
    "thiếu cột bắt buộc": "required column missing",
    "thiếu cột địa bàn (mã hoặc tên)": "place column missing (code or name)",
    "“%s” không phải là số": "“%s” is not a number",
    "không có đơn vị mã %(code)s vào ngày %(day)s": "no unit with code %(code)s on %(day)s",
    "mã %s ứng với nhiều đơn vị": "code %s matches several units",
    "không tìm thấy đơn vị hành chính “%(name)s” vào ngày %(day)s": "no administrative unit “%(name)s” on %(day)s",
    "“%(name)s” ứng với nhiều đơn vị: %(names)s — ghi thêm mã hoặc đơn vị cấp trên":
        "“%(name)s” matches several units: %(names)s — add the code or the higher-level unit",
    "trùng với dòng %d (cùng chỉ tiêu, địa bàn, kỳ, loại và cấp giao)":
        "duplicates row %d (same indicator, place, period, kind and issuer)",
    "thiếu mã chỉ tiêu": "no indicator code",
    "không có chỉ tiêu mã “%s” trong danh mục": "no indicator with code “%s” in the catalogue",
    "Hướng dẫn": "Guide",
    "Đã nhập %(rows)d dòng từ %(file)s: %(created)d mới, %(updated)d cập nhật, %(unchanged)d không đổi.":
        "Imported %(rows)d rows from %(file)s: %(created)d new, %(updated)d updated, %(unchanged)d unchanged.",
}
PLURALS = {
    "%(counter)s địa bàn khớp với “%(query)s”": ("%(counter)s place matches “%(query)s”", "%(counter)s places match “%(query)s”"),
    "%(counter)s đơn vị cấp xã": ("%(counter)s commune-level unit", "%(counter)s commune-level units"),
    "%(counter)s tỉnh, thành phố trước sắp xếp": (
        "%(counter)s province before the 2025 reorganisation", "%(counter)s provinces before the 2025 reorganisation"),
    # documents
    "%(counter)s số liệu": ("%(counter)s figure", "%(counter)s figures"),
    "%(counter)s văn bản": ("%(counter)s document", "%(counter)s documents"),
    "%(counter)s nhận định": ("%(counter)s claim", "%(counter)s claims"),
    # indicators
    "%(counter)s lỗi — chưa lưu dòng nào": ("%(counter)s error — no row saved", "%(counter)s errors — no row saved"),
    # reporting: the completeness page
    "%(n)s ngày": ("%(n)s day", "%(n)s days"),
    "quá %(n)s ngày": ("%(n)s day overdue", "%(n)s days overdue"),
}


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unquote_lines(lines):
    return "".join(re.match(r'^(?:msgid|msgid_plural|msgstr(?:\[\d\])?)?\s*"(.*)"$', line).group(1) for line in lines if line.strip()) \
        .replace('\\"', '"').replace("\\\\", "\\")


def unfuzzy(head):
    """The comment lines of an entry without its fuzzy mark and the previous msgid (`#| `) it was guessed from."""
    kept = []
    for line in head:
        if line.startswith("#| "):
            continue
        if line.startswith("#,"):
            flags = [flag.strip() for flag in line[2:].split(",") if flag.strip() and flag.strip() != "fuzzy"]
            if not flags:
                continue
            line = "#, " + ", ".join(flags)
        kept.append(line)
    return kept


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
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in head)
        if "msgid_plural" in parts and msgid in PLURALS and (fuzzy or not parts["msgstr[0]"][2]):
            one, many = PLURALS[msgid]
            body = lines[keys[0]: parts["msgstr[0]"][0]] + [f"msgstr[0] {quote(one)}", f"msgstr[1] {quote(many)}"]
            out.append("\n".join(unfuzzy(head) + body))
            filled += 1
        elif "msgstr" in parts and msgid in ENGLISH and (fuzzy or not parts["msgstr"][2]):
            body = lines[keys[0]: parts["msgstr"][0]] + [f"msgstr {quote(ENGLISH[msgid])}"]
            out.append("\n".join(unfuzzy(head) + body))
            filled += 1
        else:
            out.append(block)
    return "\n\n".join(out), filled


def _area_tables():
    """Each area of the code may keep its English in `locale/english/<area>.py` (a dict named ENGLISH), so that
    work on several areas at once does not edit one long table."""
    import importlib.util

    merged = {}
    for path in sorted((Path(__file__).parent / "english").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"english_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        merged.update(getattr(module, "ENGLISH", {}))
    return merged


ENGLISH.update(_area_tables())


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
