from django.apps import AppConfig


class CriteriaConfig(AppConfig):
    name = "chitieu.criteria"
    label = "criteria"
