"""The unit portals' URLs (included at the site root by chitieu/urls.py, before the data portal's):
Wagtail's editor at /cms-admin/ (Django's admin stays at /admin/), its files at /cms-documents/, the sitemap
of the site asked for, and every unit's pages under /cong/."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("cms-admin/", include(wagtailadmin_urls)),
    path("cms-documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("cong/", include(wagtail_urls)),
]
