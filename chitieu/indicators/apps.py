from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "chitieu.indicators"
    label = "indicators"
