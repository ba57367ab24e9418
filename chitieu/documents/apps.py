from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "chitieu.documents"
    label = "documents"
