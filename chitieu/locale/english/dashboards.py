"""English of the dashboards' interface strings (issue 10)."""

ENGLISH = {
    "Bảng điều hành": "Dashboard",
    "Cả nước": "Whole country",
    "cả nước": "the whole country",
    "Trang địa bàn": "Place page",
    "Bản in": "Printable version",
    "Bản đồ": "Map",
    "Chưa có bản đồ: chưa tìm được dữ liệu ranh giới hành chính Việt Nam (cấp tỉnh, trước và sau năm 2025) qua kho gói phần mềm với giấy phép cho phép sử dụng.":
        "No map yet: no Vietnamese administrative boundaries (provinces, before and after 2025) with a licence that allows their use were found in the package registries.",
    "Dữ liệu minh họa.": "Demonstration data.",
    "Trang này có số liệu tự đặt để minh họa (các năm, quý và các xã khác ngoài số liệu bài báo); chúng được ghi rõ “dữ liệu minh họa” ở từng dòng và biểu đồ. Không dùng cho báo cáo.":
        "This page shows figures made up for the demonstration (other years, quarters and communes than the articles' figures); each row and chart that uses them says “demonstration data”. Not for reporting.",
    "Số liệu theo bài báo:": "Figures as reported by:",
    "Chưa có số liệu công khai cho địa bàn này.": "No public figures for this place yet.",
    "Những chỉ tiêu chậm hoặc có nguy cơ chậm": "Targets behind or at risk",
    "Không có chỉ tiêu nào chậm so với kế hoạch.": "No target is behind.",
    "Cách xác định tình trạng": "How the status is decided",
    "Biểu tượng:": "Icons:",
    "Chậm so với kế hoạch": "Behind",
    "Có nguy cơ chậm": "At risk",
    "Đúng tiến độ": "On track",
    "Đã đạt kế hoạch": "Reached",
    "Không đánh giá": "Not judged",
    "– chưa có kế hoạch": "– no target",
    "Chỉ tiêu cộng dồn theo thời gian (thu ngân sách, diện tích trồng rừng…) được so với phần kế hoạch tương ứng với thời gian đã qua của năm: 9 tháng của dự toán 36 tỷ đồng là 27 tỷ đồng.":
        "Indicators summed over time (budget revenue, area planted…) are compared with the share of the target for the part of the year elapsed: 9 months of a 36 billion VND estimate is 27 billion VND.",
    "Chỉ tiêu thời điểm và tỷ lệ (số hộ, tỷ lệ hộ nghèo…) được so với chỉ tiêu cuối năm.":
        "Levels and rates (households, poverty rate…) are compared with the year-end target.",
    "Chỉ tiêu càng thấp càng tốt (tỷ lệ hộ nghèo…) được xét theo chiều ngược lại.":
        "Indicators where lower is better (poverty rate…) are judged the other way round.",
    "Đã đạt: đạt hoặc vượt chỉ tiêu. Đúng tiến độ: bằng hoặc vượt mức cần có đến thời điểm này, hoặc thiếu không quá 5%. Có nguy cơ chậm: thiếu từ trên 5% đến 15%. Chậm: thiếu trên 15%, hoặc đã hết kỳ kế hoạch mà chưa đạt. Với tỷ lệ (%), mức thiếu tính bằng điểm %: không quá 0,5 điểm là đúng tiến độ, không quá 2 điểm là có nguy cơ.":
        "Reached: the target is met or beaten. On track: at or beyond what is expected by now, or short of it by at most 5%. At risk: short by more than 5% and at most 15%. Behind: short by more than 15%, or the target's period is over and it is not met. For rates (%) the shortfall is in percentage points: at most 0.5 point is on track, at most 2 points at risk.",
    "Kết quả so với kế hoạch": "Results against targets",
    "Chỉ tiêu": "Indicator", "Kỳ": "Period", "Kết quả": "Result", "Kế hoạch": "Target",
    "Mức cần đạt đến kỳ này": "Expected by this period", "Tình trạng": "Status",
    "Số suy ra: theo nguồn / hệ thống tính": "Derived figures: stated / computed",
    "Cộng các đơn vị trực thuộc": "Sum of the units below", "Nguồn": "Source",
    "Tăng so với cùng kỳ (%)": "Growth on the same period (%)",
    "Thay đổi so với cùng kỳ (điểm %)": "Change on the same period (points)",
    "Thay đổi so với cuối năm trước (điểm %)": "Change on the previous year end (points)",
    "Tăng so với cuối năm trước (%)": "Growth on the previous year end (%)",
    "Chênh so với kế hoạch (điểm %)": "Difference from the target (points)",
    "%% kế hoạch (%s)": "%% of target (%s)", "% kế hoạch": "% of target", "% dự toán": "% of estimate",
    "kế hoạch": "target", "Số suy ra (%s)": "Derived figure (%s)",
    "nguồn ghi %s": "stated %s", "hệ thống tính %s": "computed %s",
    "⚠ không khớp (chênh quá mức làm tròn)": "⚠ disagree (beyond rounding)",
    "%(value)s (%(parts)s/%(units)s đơn vị có số liệu)": "%(value)s (%(parts)s/%(units)s units reporting)",
    "⚠ khác số báo cáo": "⚠ differs from the reported figure",
    "chưa đủ đơn vị, không so sánh": "not all units reported: not compared",
    "Tính từ các đơn vị trực thuộc": "Computed from the units below",
    "tính từ đơn vị trực thuộc": "computed from the units below",
    "Dữ liệu minh họa (tự đặt)": "Demonstration data (made up)",
    "Có dùng dữ liệu minh họa (tự đặt)": "Uses demonstration data (made up)",
    "dữ liệu minh họa": "demonstration data",
    "Có dữ liệu minh họa (tự đặt) trong biểu đồ này.": "This chart contains demonstration data (made up).",
    "Cùng kỳ năm trước": "Same period a year earlier",
    "Kế hoạch năm (%s)": "Year target (%s)",
    "Mức cần đạt theo tiến độ (%s)": "Expected by now (%s)",
    "Dự kiến": "Expected",
    "%(indicator)s — %(period)s: xếp hạng các đơn vị trực thuộc": "%(indicator)s — %(period)s: units below, ranked",
    "Hạng": "Rank", "Đơn vị": "Unit", "Giá trị": "Value", "chưa có số liệu": "no figure",
    "Bình quân gia quyền các đơn vị": "Weighted mean of the units", "Cộng các đơn vị": "Sum of the units",
    "Số báo cáo của %s": "Reported by %s",
    "⚠ Số báo cáo khác tổng của các đơn vị trực thuộc quá mức làm tròn.":
        "⚠ The reported figure differs from the units' total beyond rounding.",
    "Chỉ tiêu càng thấp càng tốt: xếp từ thấp đến cao.": "Lower is better: ranked from lowest to highest.",
    "Toàn địa bàn": "Whole place", "Toàn địa bàn: %s": "Whole place: %s",
    "Chỉ tiêu so sánh": "Indicator compared", "Xem": "Show",
    "Biểu đồ; số liệu trong bảng bên cạnh.": "Chart; its figures are in the table beside it.",
    "Đơn vị:": "Unit:", "Tải về:": "Download:",
    "Nông thôn mới: tiến độ các xã theo %(set)s, ngày %(date)s": "New rural development: communes' progress on %(set)s, %(date)s",
    "Xã": "Commune", "Tiêu chí đạt": "Criteria met", "Đạt chuẩn": "Meets the standard", "tiêu chí": "criteria",
    "✔ đạt": "✔ meets", "✖ chưa đạt": "✖ does not meet", "– chưa rõ": "– unknown",
    "%(meeting)s/%(total)s xã đạt chuẩn ngày %(date)s (các xã của địa bàn vào ngày đó).":
        "%(meeting)s/%(total)s communes meet the standard on %(date)s (the place's communes on that day).",
    "* Đánh giá minh họa: bài báo chỉ nêu con số chung, số của từng xã được chọn để khớp con số đó hoặc được suy ra; không phải kết quả đánh giá chính thức.":
        "* Demonstration assessment: the article gives only an overall figure; each commune's figure was chosen to match it or inferred; not an official assessment.",
    "Chưa có kết quả từng tiêu chí (chỉ có số tiêu chí đạt): các ô tiêu chí để trống.":
        "No result per criterion (only the number of criteria met): the criteria cells are empty.",
    "Xem bảng điều hành: tình trạng so với kế hoạch, biểu đồ, so sánh các đơn vị trực thuộc":
        "Open the dashboard: status against targets, charts, comparison of the units below",
    "Chậm hoặc có nguy cơ chậm:": "Behind or at risk:",
    # criteria boards (item 7)
    "Mục tiêu %(goal)s xã đạt chuẩn (%(set)s) đến %(deadline)s: ngày %(day)s có %(meeting)s/%(total)s xã đạt (các xã của địa bàn ngày đó) — %(state)s":
        "Target %(goal)s communes meeting the standard (%(set)s) by %(deadline)s: on %(day)s %(meeting)s/%(total)s communes met it (the place's communes on that day) — %(state)s",
    "minh họa": "demonstration", "đánh giá minh họa": "demonstration assessment", "ngày %(day)s": "on %(day)s",
}
