from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Fragments of public pages cached until public data changes (chitieu.pagecache.services)."""

    name = "chitieu.pagecache"
    label = "pagecache"

    def ready(self):
        from chitieu.pagecache import services

        services.connect_signals()
