"""API tokens: made, checked and revoked only here (the command, the admin and the tests call these)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from chitieu.api.models import ApiToken

KEY_PREFIX = "ct_"
# A token's last use is written at most this often: reads stay reads.
_TOUCH_EVERY = timedelta(minutes=1)


class TokenError(ValueError):
    pass


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@transaction.atomic
def create_token(user, name: str = "") -> tuple[ApiToken, str]:
    """A new token for `user`: (the stored token, the key). The key is shown once and never stored."""
    if not user.is_active:
        raise TokenError(f"tài khoản {user} đã bị khóa")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=(name or "")[:100], prefix=key[:10], key_hash=_hash(key))
    return token, key


def revoke_token(token: ApiToken) -> ApiToken:
    """The token stops working now; it stays listed, as revoked."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_for_key(key: str) -> ApiToken | None:
    """The active token whose key this is, with its (active) user; None otherwise."""
    if not key or not key.startswith(KEY_PREFIX) or len(key) > 100:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=_hash(key), revoked_at__isnull=True).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > _TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
