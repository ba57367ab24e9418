from chitieu.api.api import api

urlpatterns, _app, app_name = api.urls  # namespace "api-v1"
