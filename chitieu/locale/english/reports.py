"""English of the interface strings of the periodic report, the API and the exchange (issue 12)."""

ENGLISH = {
    "Báo cáo định kỳ": "Periodic report",
    "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, viết từ số liệu đã duyệt theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP).":
        "Report on the socio-economic development tasks, written from approved values in the administrative "
        "document format (Decree 30/2020/ND-CP).",
    "và %(more)s kỳ trước đó (lệnh <code>chitieu report</code>).": "and %(more)s earlier periods (command <code>chitieu report</code>).",
    "Không có định dạng này": "No such format",
    "Báo cáo định kỳ": "Periodic report",
}
