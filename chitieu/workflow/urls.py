from django.urls import path

from chitieu.workflow import views

app_name = "workflow"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("values/<int:pk>/", views.value_detail, name="value"),
]
