from django.urls import path

from chitieu.reports import views

app_name = "reports"
urlpatterns = [
    path("<int:place_id>/<str:fmt>/", views.download, name="download"),
]
