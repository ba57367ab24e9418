from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "chitieu.dashboards"
    verbose_name = "Bảng điều hành"
