"""The demo's cast of staff accounts — for a demo database only (`chitieu init --demo`), never for real data.

No password is written in the code or the documentation: each account gets a random one the first time it
is made, printed once and written to DATA_DIR/demo-passwords.txt, a file only its owner can read (mode 0600).
Running the step again keeps the accounts and their passwords. A deployment without --demo has no account
but the ones its operator makes (`chitieu adduser`)."""

import datetime
import os
import secrets
from pathlib import Path

from django.conf import settings

from chitieu.accounts.services import create_user, ensure_roles, grant

PASSWORD_FILE_NAME = "demo-passwords.txt"
# The units of Ba Chẽ are looked up as they were in 2020 (the district was merged away on 1 July 2025).
PLACES_ON = datetime.date(2020, 12, 31)

# username, role, place (a name for chitieu.places.lookup, None: the whole country), full name
DEMO_USERS = [
    ("admin", "admin", None, "Quản trị hệ thống"),
    ("reviewer", "reviewer", None, "Người duyệt số liệu"),
    ("clerk_dap_thanh", "clerk", ("xã Đạp Thanh", "huyện Ba Chẽ"), "Cán bộ nhập liệu xã Đạp Thanh"),
    ("clerk_ba_che", "clerk", ("huyện Ba Chẽ", "tỉnh Quảng Ninh"), "Cán bộ nhập liệu huyện Ba Chẽ"),
    ("approver_ba_che", "approver", ("huyện Ba Chẽ", "tỉnh Quảng Ninh"), "Lãnh đạo huyện Ba Chẽ"),
    ("approver_quang_ninh", "approver", ("tỉnh Quảng Ninh", None), "Lãnh đạo tỉnh Quảng Ninh"),
]


def demo_username(role):
    """The first demo account holding `role` (the demo's reviewer, its administrator…)."""
    return next(name for name, held, *_rest in DEMO_USERS if held == role)


def password_file(data_dir=None) -> Path:
    return Path(data_dir or settings.DATA_DIR) / PASSWORD_FILE_NAME


def new_password() -> str:
    """16 characters from a 96-bit random token: nothing anyone could guess or have read somewhere."""
    return secrets.token_urlsafe(12)


def _demo_place(spec):
    from chitieu.places.lookup import resolve_place

    if spec is None:
        return None
    name, parent = spec
    return resolve_place(name, parent=parent, on=PLACES_ON)


def _read_passwords(path):
    known = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                username, _tab, rest = line.partition("\t")
                known[username] = rest.split("\t", 1)[0]
    return known


def write_private_file(path: Path, text: str):
    """Write `text` to `path` readable and writable by its owner only (0600), whatever its mode was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
        os.write(descriptor, text.encode("utf-8"))
    finally:
        os.close(descriptor)


def load_demo_users(log=print, data_dir=None):
    """Make the demo's accounts (safe to run twice). Returns {username: password} of the accounts made now."""
    from django.contrib.auth import get_user_model
    from chitieu.places.lookup import PlaceNotFound, AmbiguousPlace

    ensure_roles(log=lambda *a: None)
    path = password_file(data_dir)
    known = _read_passwords(path)
    User = get_user_model()
    made, lines = {}, []
    for username, role, place_spec, full_name in DEMO_USERS:
        try:
            place = _demo_place(place_spec)
        except (PlaceNotFound, AmbiguousPlace) as error:
            log(f"  bỏ qua tài khoản demo {username}: {error}")
            continue
        line, password = _make_account(username, role, place, full_name, known, User, log)
        lines.append(line)
        if password:
            made[username] = password
    ours = {username for username, *_rest in DEMO_USERS}
    others = [line for line in _password_lines(path) if line.split("\t", 1)[0] not in ours]  # portal editors…
    _write_passwords(path, [*lines, *others])
    if made:
        log(f"  mật khẩu các tài khoản demo được in một lần ở trên và lưu trong {path} (chỉ chủ tệp đọc được)")
    return made


def _make_account(username, role, place, full_name, known, User, log):
    """Make or keep one demo account; its line for the password file, and its password if it was made now."""
    first_name, _sep, last_name = full_name.rpartition(" ")
    existing = User.objects.filter(username=username).first()
    keep = existing is not None and existing.has_usable_password() and username in known
    password = None if keep else new_password()
    user = create_user(username, role, password=password, first_name=first_name, last_name=last_name,
                       places=[place] if place is not None else None)
    if role != "admin" and place is not None:
        grant(user, role, place)
    where = place.path_name if place is not None else "cả nước"
    if not keep:
        log(f"  tài khoản demo: {username} / {password} ({role}, {where})")
    return f"{username}\t{known[username] if keep else password}\t{role}\t{where}", password


def add_demo_account(username, role, place, full_name, log=print, data_dir=None):
    """One more demo account (a portal's editor…), its random password kept in the same private file."""
    from django.contrib.auth import get_user_model

    path = password_file(data_dir)
    known = _read_passwords(path)
    kept = [line for line in _password_lines(path) if line.split("\t", 1)[0] != username]
    line, password = _make_account(username, role, place, full_name, known, get_user_model(), log)
    _write_passwords(path, [*kept, line])
    return password


def _password_lines(path):
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _write_passwords(path, lines):
    header = ("# chitieu demo accounts: username, password, role, place. For a demo database only.\n"
              f"# Made by `chitieu init --demo`; written {datetime.datetime.now():%Y-%m-%d %H:%M}.\n")
    write_private_file(path, header + "\n".join(lines) + "\n")
