from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chitieu.core"
    label = "core"
    verbose_name = "chitieu"
