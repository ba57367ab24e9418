from django.urls import path

from chitieu.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("place/", views.place_search, name="search"),
    path("p/<int:pk>/", views.place_detail, name="place"),
    path("nguon/<int:pk>/", views.claim_source, name="source"),
    path("kiem-tra-so-lieu/", views.check_report, name="check"),
]
