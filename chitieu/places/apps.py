from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "chitieu.places"
    label = "places"
