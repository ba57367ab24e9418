"""The Content-Security-Policy header (Django 5.2 has none built in): the policy is one setting,
CHITIEU_CSP, set from the environment or the default in settings. A response that already carries
its own policy keeps it."""

from django.conf import settings


def content_security_policy(get_response):
    def middleware(request):
        response = get_response(request)
        policy = getattr(settings, "CHITIEU_CSP", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response

    return middleware
