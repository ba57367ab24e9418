from django.urls import path

from chitieu.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.index, name="index"),
    path("tien-do/", views.progress, name="progress"),
    path("<slug:code>/", views.choose, name="choose"),
    path("<slug:code>/<int:place_id>/", views.entry, name="entry"),
]
