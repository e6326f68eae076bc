from django.urls import path

from . import views

urlpatterns = [
    path("account/bewaard/", views.saved_list, name="saved_list"),
    path("account/bewaard/<int:page_id>/", views.save_page, name="save_page"),
]
