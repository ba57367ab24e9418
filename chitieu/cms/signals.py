"""Editors' (moderators') portal groups follow their `editor` (`moderator`) place roles: granted, revoked, or the user's groups reset by
the accounts app (which sets a user's groups to exactly their role groups) — the portal groups are put back."""

import contextlib
import threading

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from chitieu.accounts.models import PlaceRole

_state = threading.local()


@contextlib.contextmanager
def syncing():
    """Changes made by the sync itself do not start another sync."""
    _state.active = True
    try:
        yield
    finally:
        _state.active = False


def _sync(user):
    if getattr(_state, "active", False):
        return
    from chitieu.cms.services import sync_editor_groups

    sync_editor_groups(user)


@receiver(post_save, sender=PlaceRole)
@receiver(post_delete, sender=PlaceRole)
def place_role_changed(sender, instance, **kwargs):
    if instance.role in ("editor", "moderator"):
        _sync(instance.user)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def groups_changed(sender, instance, action, reverse, **kwargs):
    if action in ("post_remove", "post_clear") and not reverse and instance.place_roles.filter(role__in=("editor", "moderator")).exists():
        _sync(instance)
