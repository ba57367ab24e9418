"""`check --deploy` on a site served over plain HTTP (CHITIEU_HTTPS off): Django's four HTTPS warnings
(HSTS, redirect to https, secure session and CSRF cookies) name settings that must stay off there — a
secure cookie is never sent back over http, so nobody could log in — and are replaced by one note that
says what to do when the site is put behind HTTPS. With CHITIEU_HTTPS=1 Django checks them as usual."""

from django.conf import settings
from django.core.checks import Info, Tags, register


@register(Tags.security, deploy=True)
def served_over_plain_http(app_configs=None, **kwargs):
    if getattr(settings, "HTTPS", False):
        return []
    return [Info(
        "Served over plain HTTP (CHITIEU_HTTPS is off): secure cookies, HSTS and the redirect to https are off.",
        hint="Behind HTTPS (a reverse proxy, docs/deploy.md) set CHITIEU_HTTPS=1; on the internet, never serve "
             "logins over plain HTTP.",
        id="chitieu.I001",
    )]
