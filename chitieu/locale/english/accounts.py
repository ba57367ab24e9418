"""English of the interface strings of staff accounts and their roles at places (chitieu.accounts)."""

ENGLISH = {
    "Biên tập viên cổng thông tin": "Portal editor",
    "người dùng": "user",
    "vai trò": "role",
    "Để trống: toàn quốc": "Empty: the whole country",
    "vai trò tại địa bàn": "role at a place",
    "toàn quốc": "whole country",
}
