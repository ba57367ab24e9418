"""English of the interface strings of the periodic report, the API and the exchange (issue 12)."""

ENGLISH = {
    "Báo cáo định kỳ": "Periodic report",
    "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, viết từ số liệu đã duyệt theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP).":
        "Report on the socio-economic development tasks, written from approved values in the administrative "
        "document format (Decree 30/2020/ND-CP).",
    "và %(more)s kỳ trước đó (lệnh <code>chitieu report</code>).": "and %(more)s earlier periods (command <code>chitieu report</code>).",
    "Không có định dạng này": "No such format",
    # the API's keys (chitieu.api.models)
    "Dùng để làm gì, ở đâu": "What it is for, and where it is used",
    "đầu khóa": "key prefix",
    "dùng lần cuối": "last used",
    "thu hồi lúc": "revoked at",
    "khóa API": "API key",
    # the DHIS2 exchange's mappings (chitieu.exchange.models); DHIS2's own terms stay as DHIS2 names them
    "data element (UID)": "data element (UID)",
    "category option combo (UID)": "category option combo (UID)",
    "attribute option combo (UID)": "attribute option combo (UID)",
    "đơn vị trong DHIS2": "unit in DHIS2",
    "ánh xạ data element DHIS2": "DHIS2 data element mapping",
    "org unit (UID)": "org unit (UID)",
    "ánh xạ org unit DHIS2": "DHIS2 org unit mapping",
    "Báo cáo định kỳ": "Periodic report",
}
