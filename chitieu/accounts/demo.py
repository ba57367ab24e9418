"""Demo accounts, one per role, with published passwords: for a demo database only, never for real data."""

from chitieu.accounts.services import create_user, ensure_roles

DEMO_USERS = [
    # username, role, password, full name
    ("admin", "admin", "chitieu-admin", "Quản trị hệ thống"),
    ("approver", "approver", "chitieu-approve", "Lãnh đạo duyệt"),
    ("reviewer", "reviewer", "chitieu-review", "Người duyệt số liệu"),
    ("clerk", "clerk", "chitieu-clerk", "Cán bộ nhập liệu"),
]


def load_demo_users(log=print):
    ensure_roles(log=lambda *a: None)
    for username, role, password, full_name in DEMO_USERS:
        first_name, _sep, last_name = full_name.rpartition(" ")
        create_user(username, role, password=password, first_name=first_name, last_name=last_name)
        log(f"  tài khoản demo: {username} / {password} ({role})")
