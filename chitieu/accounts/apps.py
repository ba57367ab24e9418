from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "chitieu.accounts"
    label = "accounts"
