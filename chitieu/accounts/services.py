"""Roles (Django groups with their permissions) and the staff accounts that hold them.

Every way of making a user — `chitieu adduser`, the demo accounts, the tests' cast — goes through
`create_user`, so a role means the same thing everywhere."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from chitieu.accounts.models import PlaceRole

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
    # Portal editors: not above or below the others; what they may edit is their place's site.
    "editor": [],
    # Portal moderators (ban biên tập): publish what their place's editors submit for review.
    "moderator": [],
}
ROLE_ORDER = ["clerk", "reviewer", "approver"]
ROLE_LABELS = {
    "clerk": _("Cán bộ nhập liệu"),
    "reviewer": _("Người duyệt"),
    "approver": _("Lãnh đạo duyệt"),
    "editor": _("Biên tập viên cổng thông tin"),
    "moderator": _("Duyệt tin bài cổng thông tin"),
    ADMIN: _("Quản trị hệ thống"),
}
PLACE_ROLES = [*ROLE_ORDER, "editor", "moderator"]
ROLES = [*PLACE_ROLES, ADMIN]


class UnknownRole(ValueError):
    def __init__(self, role):
        super().__init__(f"vai trò không có: {role!r} (có: {', '.join(ROLES)})")
        self.role = role


def permissions_of(role):
    """The permission names a role holds, its lower roles' included."""
    if role not in ROLE_PERMISSIONS:
        raise UnknownRole(role)
    if role not in ROLE_ORDER:
        return list(ROLE_PERMISSIONS[role])
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
    for role in PLACE_ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        permissions = _resolve(permissions_of(role))
        group.permissions.set(permissions)
        log(f"  vai trò {role} ({ROLE_LABELS[role]}): {len(permissions)} quyền")
    return {role: Group.objects.get(name=role) for role in PLACE_ROLES}


_COUNTRY = object()


@transaction.atomic
def create_user(username, role, password=None, places=_COUNTRY, **fields):
    """Create (or update) the staff user `username` with exactly the role `role` (clerk, reviewer, approver,
    editor, admin) held at `places` (Place objects; None or the default: the whole country).

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
    PlaceRole.objects.filter(user=user).delete()
    if role == ADMIN:
        user.groups.remove(*Group.objects.filter(name__in=PLACE_ROLES))
        return user
    for place in ([None] if places is _COUNTRY or places is None else list(places) or [None]):
        grant(user, role, place)
    return user


@transaction.atomic
def grant(user, role, place=None):
    """`user` holds `role` at `place` (None: the whole country) from now on; the role's permissions follow."""
    if role not in PLACE_ROLES:
        raise UnknownRole(role)
    PlaceRole.objects.get_or_create(user=user, role=role, place=place)
    _sync_groups(user)
    user.__dict__.pop("_chitieu_scopes", None)
    return user


@transaction.atomic
def revoke(user, role, place=None):
    """`user` no longer holds `role` at `place`."""
    PlaceRole.objects.filter(user=user, role=role, place=place).delete()
    _sync_groups(user)
    user.__dict__.pop("_chitieu_scopes", None)
    return user


def _sync_groups(user):
    """The role groups (permissions) of every role the user holds somewhere; other groups (a portal's editors…)
    are left as they are."""
    held = set(PlaceRole.objects.filter(user=user).values_list("role", flat=True))
    groups = {group.name: group for group in Group.objects.filter(name__in=PLACE_ROLES)}
    if not held <= set(groups):
        groups = ensure_roles(log=lambda *a: None)
    user.groups.remove(*[group for name, group in groups.items() if name not in held])
    user.groups.add(*[group for name, group in groups.items() if name in held])


def role_of(user):
    """The role name of a user (the highest one if several), or None for a member of the public."""
    if user.is_superuser:
        return ADMIN
    names = set(user.groups.values_list("name", flat=True))
    held = [role for role in PLACE_ROLES if role in names]
    ranked = [role for role in held if role in ROLE_ORDER]
    return (ranked or held or [None])[-1]
