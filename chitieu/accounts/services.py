"""Roles (Django groups with their permissions) and the staff accounts that hold them.

Every way of making a user — `chitieu adduser`, the demo accounts, the tests' cast — goes through
`create_user`, so a role means the same thing everywhere."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

ADMIN = "admin"

# Each role holds the permissions of the one before it, plus its own. A permission is "app_label.codename";
# "app_label.*" is every permission of that app.
ROLE_PERMISSIONS = {
    "clerk": [
        "indicators.add_datavalue", "indicators.change_datavalue", "indicators.view_datavalue",
        "indicators.view_indicator", "indicators.view_indicatorphrase",
        "places.view_place", "places.view_placealias", "places.view_succession",
    ],
    "reviewer": ["documents.review_claim", "documents.view_document", "documents.view_claim"],
    "approver": ["criteria.*"],
}
ROLE_ORDER = ["clerk", "reviewer", "approver"]
ROLE_LABELS = {
    "clerk": _("Cán bộ nhập liệu"),
    "reviewer": _("Người duyệt"),
    "approver": _("Lãnh đạo duyệt"),
    ADMIN: _("Quản trị hệ thống"),
}
ROLES = [*ROLE_ORDER, ADMIN]


class UnknownRole(ValueError):
    def __init__(self, role):
        super().__init__(f"vai trò không có: {role!r} (có: {', '.join(ROLES)})")
        self.role = role


def permissions_of(role):
    """The permission names a role holds, its lower roles' included."""
    if role not in ROLE_PERMISSIONS:
        raise UnknownRole(role)
    names = []
    for lower in ROLE_ORDER[: ROLE_ORDER.index(role) + 1]:
        names.extend(ROLE_PERMISSIONS[lower])
    return names


def _resolve(names):
    """Permission rows for the names; names whose app or model does not exist (yet) are left out."""
    found = []
    for name in names:
        app_label, codename = name.split(".", 1)
        rows = Permission.objects.filter(content_type__app_label=app_label)
        found.extend(rows if codename == "*" else rows.filter(codename=codename))
    return found


@transaction.atomic
def ensure_roles(log=print):
    """Create or update the role groups with exactly their permissions. Safe to run any number of times."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after `migrate`; make sure they exist when called straight after it.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for role in ROLE_ORDER:
        group, _created = Group.objects.get_or_create(name=role)
        permissions = _resolve(permissions_of(role))
        group.permissions.set(permissions)
        log(f"  vai trò {role} ({ROLE_LABELS[role]}): {len(permissions)} quyền")
    return {role: Group.objects.get(name=role) for role in ROLE_ORDER}


@transaction.atomic
def create_user(username, role, password=None, **fields):
    """Create (or update) the staff user `username` with exactly the role `role` (clerk, reviewer, approver, admin).

    Without a password the account cannot log in until one is set."""
    if role not in ROLES:
        raise UnknownRole(role)
    User = get_user_model()
    user = User.objects.filter(username=username).first() or User(username=username)
    for name, value in fields.items():
        setattr(user, name, value)
    user.is_staff = True
    user.is_superuser = role == ADMIN
    if password:
        user.set_password(password)
    elif not user.pk:
        user.set_unusable_password()
    user.save()
    if role == ADMIN:
        user.groups.clear()
    else:
        group = Group.objects.filter(name=role).first() or ensure_roles(log=lambda *a: None)[role]
        user.groups.set([group])
    return user


def role_of(user):
    """The role name of a user (the highest one if several), or None for a member of the public."""
    if user.is_superuser:
        return ADMIN
    names = set(user.groups.values_list("name", flat=True))
    held = [role for role in ROLE_ORDER if role in names]
    return held[-1] if held else None
