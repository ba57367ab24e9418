from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

# Error pages in Vietnamese with an id to quote, whatever DEBUG says (chitieu.core.errors).
handler400 = "chitieu.core.errors.bad_request"
handler403 = "chitieu.core.errors.permission_denied"
handler404 = "chitieu.core.errors.page_not_found"
handler500 = "chitieu.core.errors.server_error"

urlpatterns = [
    # The language switch without a form token: forging it can only change a visitor's language, and public
    # pages without a token are the same for every visitor, so they are served from the cache (chitieu.pagecache).
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("documents/", include("chitieu.documents.urls")),
    path("jobs/", include("chitieu.jobs.urls")),
    path("criteria/", include("chitieu.criteria.urls")),
    path("dashboards/", include("chitieu.dashboards.urls")),
    path("indicators/", include("chitieu.indicators.urls")),
    path("workflow/", include("chitieu.workflow.urls")),  # the reporting cycle: approval queue, a value's history
    path("reports/", include("chitieu.reports.urls")),  # the periodic report (DOCX, PDF, XLSX)
    path("api/v1/", include("chitieu.api.urls")),  # the web API (django-ninja): /api/v1/docs, /api/v1/openapi.json
    path("bao-cao/", include("chitieu.reporting.urls")),  # reporting forms: data entry, completeness
    path("", include("chitieu.cms.urls")),  # the unit portals (Wagtail): /cong/, /cms-admin/, sitemap.xml
    path("", include("chitieu.portal.urls")),
]
