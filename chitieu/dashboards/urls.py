from django.urls import path

from chitieu.dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("", views.dashboard, name="country"),
    path("<int:place_id>/", views.dashboard, name="place"),
    path("tai-ve/<slug:key>.<str:fmt>", views.download, name="country_download"),
    path("<int:place_id>/tai-ve/<slug:key>.<str:fmt>", views.download, name="download"),
]
