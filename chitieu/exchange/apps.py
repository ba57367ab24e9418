from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "chitieu.exchange"
    label = "exchange"
    verbose_name = "Trao đổi dữ liệu (DHIS2, SDMX)"
