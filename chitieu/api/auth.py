"""Who calls the API: a token's user (`Authorization: Bearer ct_…`) or the public. A wrong, revoked or
expired token is refused (401), never read as the public; no token at all is the public, which reads
approved public data only. Rate limits per token or, for the public, per address."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from ninja.errors import AuthenticationError
from ninja.throttling import SimpleRateThrottle

from chitieu.api.services import token_for_key

# Requests per client, overridable in settings.CHITIEU_API_RATES.
DEFAULT_RATES = {"public": "120/m", "token": "1200/m"}


@dataclass(frozen=True)
class Caller:
    user: object | None  # None: the public
    token_id: int | None = None

    def __str__(self):  # the throttle's key
        return f"token:{self.token_id}" if self.token_id else "public"

    @property
    def is_public(self) -> bool:
        return self.user is None


class TokenRequired(AuthenticationError):
    """No valid token where one is needed (401)."""

    def __init__(self, detail="Cần khóa API hợp lệ: Authorization: Bearer <khóa> (tạo bằng `chitieu token create`)."):
        super().__init__(401, detail)
        self.detail = detail


class BearerToken:
    """An auth callback for django-ninja: the Caller of a valid token; TokenRequired for an invalid one; None
    when the request carries no token (the next callback decides)."""

    openapi_security_schema = {"type": "http", "scheme": "bearer", "description": "Khóa API: `chitieu token create USER`"}

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        if not header:
            return None
        scheme, _space, key = header.partition(" ")
        if scheme.lower() != "bearer":
            raise TokenRequired("Chỉ nhận khóa dạng Authorization: Bearer <khóa>.")
        token = token_for_key(key.strip())
        if token is None:
            raise TokenRequired("Khóa API không hợp lệ hoặc đã bị thu hồi.")
        request.user = token.user
        return Caller(token.user, token.pk)


class Public:
    """The public: anyone without a token, for the open reads."""

    def __call__(self, request):
        return Caller(None)


class TokenOnly(BearerToken):
    """For what only staff may do: a token is required."""

    def __call__(self, request):
        caller = super().__call__(request)
        if caller is None:
            raise TokenRequired()
        return caller


class RateLimit(SimpleRateThrottle):
    """A fixed rate per token (or per address for the public), read from the settings on each request so that
    an operator (or a test) can change it."""

    def __init__(self, kind: str):
        self.kind = kind
        self.scope = kind
        self.rate = None

    def allow_request(self, request) -> bool:
        caller = getattr(request, "auth", None)
        kind = "public" if caller is None or getattr(caller, "is_public", True) else "token"
        if kind != self.kind:
            return True
        rate = getattr(settings, "CHITIEU_API_RATES", DEFAULT_RATES).get(kind)
        if not rate:
            return True
        self.num_requests, self.duration = self.parse_rate(rate)
        return super().allow_request(request)

    def get_cache_key(self, request):
        caller = getattr(request, "auth", None)
        ident = str(caller) if caller is not None and not caller.is_public else self.get_ident(request)
        return self.cache_format % {"scope": f"api-{self.kind}", "ident": ident}
