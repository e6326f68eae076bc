from django.urls import path

from . import views

urlpatterns = [
    path("reacties/plaatsen/<int:page_id>/", views.post, name="comment_post"),
    path("reacties/<int:comment_id>/", views.permalink, name="comment_permalink"),
    path("reacties/<int:comment_id>/bewerken/", views.edit, name="comment_edit"),
    path("reacties/<int:comment_id>/verwijderen/", views.delete, name="comment_delete"),
    path("reacties/<int:comment_id>/waarderen/", views.like, name="comment_like"),
    path("reacties/<int:comment_id>/melden/", views.report, name="comment_report"),
    path("reacties/dempen/<str:token>/", views.mute, name="comment_mute"),
]
