"""A URL configuration for the error-page tests: the site's own, plus views that fail on purpose."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from chitieu.urls import handler400, handler403, handler404, handler500, urlpatterns as site_urlpatterns  # noqa: F401


def crash(request):
    raise RuntimeError("DATABASE_URL=postgres://postgres:s3cret@db/chitieu broke")


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("tampered")


urlpatterns = [
    path("test-crash/", crash),
    path("test-forbidden/", forbidden),
    path("test-suspicious/", suspicious),
    *site_urlpatterns,
]
