from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "chitieu.portal"
    label = "portal"
