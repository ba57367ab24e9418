"""English of the interface strings of the hardening work: error pages, lockouts, limits, paged documents,
the review queue's confidence (issue 11)."""

ENGLISH = {
    # error pages (chitieu.core.errors)
    "Yêu cầu không hợp lệ": "Bad request",
    "Địa chỉ hoặc dữ liệu gửi lên không đúng dạng (ví dụ: số trang, mã số hoặc ngày không hợp lệ).":
        "The address or the data sent is not well formed (for example an invalid page number, id or date).",
    "Không có quyền truy cập": "Access denied",
    "Tài khoản của bạn không có quyền xem hoặc làm việc này.": "Your account may not see or do this.",
    "Không tìm thấy trang": "Page not found",
    "Trang hoặc mục bạn tìm không có, hoặc đã bị xóa.": "The page or item you are looking for does not exist or was deleted.",
    "Tệp quá lớn": "File too large",
    "Dữ liệu gửi lên vượt quá giới hạn cho phép.": "The data sent is larger than the limit allows.",
    "Quá nhiều yêu cầu": "Too many requests",
    "Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau ít phút.":
        "You sent too many requests in a short time. Please try again in a few minutes.",
    "Lỗi hệ thống": "Server error",
    "Đã có lỗi xảy ra phía máy chủ. Lỗi đã được ghi lại để quản trị viên xử lý.":
        "Something went wrong on the server. The error has been logged for the administrator.",
    "Mã lỗi (ghi lại khi báo cho quản trị viên)": "Error id (quote it when you report the problem)",
    "Về trang chủ": "Back to the home page",
    # login lockout (chitieu.core.auth)
    "Tạm khóa đăng nhập": "Login temporarily locked",
    "Mật khẩu đã bị nhập sai quá nhiều lần. Việc đăng nhập vào tài khoản này, hoặc từ địa chỉ mạng này, tạm thời bị khóa.":
        "The password was entered wrongly too many times. Logging in to this account, or from this network address, is locked for a while.",
    "Hãy thử lại sau %(minutes)s phút, hoặc nhờ quản trị viên mở khóa.":
        "Try again in %(minutes)s minutes, or ask an administrator to unlock it.",
    # limits (readers, transfer, services)
    "tệp %(size)s byte, quá giới hạn %(limit)s byte": "file of %(size)s bytes, above the limit of %(limit)s bytes",
    "tệp %(size)d byte, quá giới hạn %(limit)d byte": "file of %(size)d bytes, above the limit of %(limit)d bytes",
    "trang web %(size)s byte, quá giới hạn %(limit)s byte": "web page of %(size)s bytes, above the limit of %(limit)s bytes",
    "văn bản dài %(chars)s ký tự, quá giới hạn %(limit)s ký tự: hãy chia thành nhiều tệp":
        "the text has %(chars)s characters, above the limit of %(limit)s: split it into several files",
    "văn bản dài hơn %s ký tự, quá giới hạn: hãy chia thành nhiều tệp":
        "the text is longer than %s characters, above the limit: split it into several files",
    "tệp PDF có %(pages)s trang, quá giới hạn %(limit)s trang": "the PDF has %(pages)s pages, above the limit of %(limit)s",
    "tệp hỏng hoặc không phải Excel (%s)": "broken file, or not an Excel file (%s)",
    "tệp có hơn %d dòng số liệu, quá giới hạn một lần nhập: hãy chia thành nhiều tệp":
        "the file has more than %d rows, above the limit of one import: split it into several files",
    "%(found)d số liệu, quá giới hạn %(limit)d: văn bản được lưu nhưng chưa trích xuất số liệu":
        "%(found)d figures, above the limit of %(limit)d: the document is stored but its figures are not extracted",
    "cơ sở dữ liệu không nhận văn bản này (%s)": "the database refused this document (%s)",
    # documents: too large, paged text, confidence
    "Đã trích xuất": "Extracted",
    "Quá nhiều số liệu để trích xuất một lần": "Too many figures to extract in one go",
    "trích xuất": "extraction",
    "số liệu tìm thấy": "figures found",
    "độ tin cậy": "confidence",
    "Văn bản này có %(found)s số liệu, quá giới hạn một lần trích xuất: văn bản được lưu và tìm kiếm được, nhưng số liệu chưa được đưa vào hàng chờ duyệt. Hãy chia văn bản thành nhiều tệp nhỏ hơn rồi nạp lại.":
        "This document has %(found)s figures, above the limit of one extraction: it is stored and searchable, but its figures are not in the review queue. Split it into smaller files and ingest them again.",
    "Các văn bản sau có quá nhiều số liệu để trích xuất một lần: chúng được lưu nhưng số liệu chưa vào hàng chờ. Hãy chia nhỏ rồi nạp lại.":
        "These documents have too many figures to extract in one go: they are stored but their figures are not in the queue. Split them and ingest them again.",
    "%(found)s số liệu": "%(found)s figures",
    "Các trang của văn bản": "Pages of the document",
    "Trang %(page)s / %(page_count)s": "Page %(page)s of %(page_count)s",
    "Trang này: %(shown)s / %(total)s số liệu.": "This page: %(shown)s of %(total)s figures.",
    "Xem tất cả trong hàng chờ duyệt": "See them all in the review queue",
    "Độ tin cậy từ (%)": "Confidence from (%)",
    "đến (%)": "to (%)",
    "Sắp xếp": "Order",
    "Theo văn bản": "As in the document",
    "Độ tin cậy thấp trước": "Least confident first",
    "Độ tin cậy cao trước": "Most confident first",
    "Độ tin cậy của bộ trích xuất": "The extractor's confidence",
}
