from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chitieu.core"
    label = "core"
    verbose_name = "chitieu"

    def ready(self):
        from chitieu.core import checks  # noqa: F401 (registers the deploy check)
