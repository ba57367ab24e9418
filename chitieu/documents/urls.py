from django.urls import path

from chitieu.documents import views

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("<int:pk>/", views.document_detail, name="document"),
    path("<int:pk>/original/", views.document_file, name="file"),
    path("upload/", views.upload, name="upload"),
    path("review/", views.review_queue, name="review"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
]
