from django.urls import path

from chitieu.indicators import views

app_name = "indicators"
urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("template.<str:extension>", views.template_file, name="template"),
    path("import/", views.import_file, name="import"),
]
