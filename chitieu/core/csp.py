"""The Content-Security-Policy header (Django 5.2 has none built in): the policy is one setting,
CHITIEU_CSP, set from the environment or the default in settings. A response that already carries
its own policy keeps it.

Wagtail 8's editor still starts some widgets with inline scripts (a chooser's `new ImageChooser("id_image",
{...});`, a date field's `initDateTimeChooser("id_date", {...});`, an inline panel's `new InlinePanel(JSON.parse(
"..."));`) and supports no nonce. On the editor's pages only, each inline script that is exactly one such call
with literal data arguments is allowed by its hash; any other inline script stays blocked, and public pages get
the policy unchanged."""

import base64
import hashlib
import json
import re
from functools import cache

from django.conf import settings
from django.urls import reverse

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
# A widget's start-up call: a known constructor or function, arguments that parse as JSON.
WIDGET_CALL = re.compile(
    r"\s*(?:new [A-Z]\w*Chooser|init(?:Date|Time|DateTime)Chooser|createTaskChooser)\((?P<arguments>.*)\);\s*", re.S
)
PANEL_CALL = re.compile(
    r"\s*\(function\(\)\s*\{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\(JSON\.parse\("
    r"(?P<arguments>\"[^\"\\]*(?:\\.[^\"\\]*)*\")\)\);\s*\}\)\(\);\s*",
    re.S,
)


@cache
def editor_prefix():
    return reverse("wagtailadmin_home")


def is_widget_start(script):
    match = WIDGET_CALL.fullmatch(script) or PANEL_CALL.fullmatch(script)
    if not match:
        return False
    try:
        json.loads(f"[{match['arguments']}]")
    except ValueError:
        return False
    return True


def script_hashes(html):
    """The CSP hashes of the page's inline widget start-ups (the browser hashes the text with CRLF read as LF)."""
    hashes = []
    for script in INLINE_SCRIPT.findall(html):
        if is_widget_start(script):
            digest = hashlib.sha256(script.replace("\r\n", "\n").encode()).digest()
            hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return list(dict.fromkeys(hashes))


def with_script_hashes(policy, hashes):
    directives = [directive.strip() for directive in policy.split(";") if directive.strip()]
    names = [directive.split()[0] for directive in directives]
    if "script-src" not in names:
        fallback = directives[names.index("default-src")] if "default-src" in names else "default-src 'self'"
        directives.append("script-src" + fallback[len("default-src"):])
        names.append("script-src")
    index = names.index("script-src")
    directives[index] = " ".join([directives[index], *hashes])
    return "; ".join(directives)


def content_security_policy(get_response):
    def middleware(request):
        response = get_response(request)
        policy = getattr(settings, "CHITIEU_CSP", "")
        if not policy:
            return response
        if "Content-Security-Policy" not in response:
            if (request.path.startswith(editor_prefix()) and not response.streaming
                    and response.get("Content-Type", "").startswith("text/html")):
                hashes = script_hashes(response.content.decode(response.charset or "utf-8", "replace"))
                if hashes:
                    policy = with_script_hashes(policy, hashes)
            response["Content-Security-Policy"] = policy
            response.chitieu_csp = True
        if getattr(response, "chitieu_csp", False) and response.get("X-Frame-Options") == "SAMEORIGIN":
            # A view made to be framed by this site (Wagtail's preview beside its editor, whose page passes
            # through this middleware twice) may be.
            response["Content-Security-Policy"] = response["Content-Security-Policy"].replace(
                "frame-ancestors 'none'", "frame-ancestors 'self'")
        return response

    return middleware
