from django.urls import path

from chitieu.criteria import views

app_name = "criteria"
urlpatterns = [
    path("", views.set_list, name="set_list"),
    path("sets/<slug:code>/", views.set_detail, name="set_detail"),
    path("places/<int:pk>/", views.place_board, name="place_board"),
    path("places/<int:pk>/assess/<slug:code>/", views.assess, name="assess"),
]
