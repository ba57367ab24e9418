from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("documents/", include("chitieu.documents.urls")),
    path("criteria/", include("chitieu.criteria.urls")),
    path("indicators/", include("chitieu.indicators.urls")),
    path("", include("chitieu.portal.urls")),
]
