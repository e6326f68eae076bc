from django.urls import path

from . import converters, views  # noqa: F401 - converters registers <id:>

urlpatterns = [
    path("reacties/plaatsen/<id:page_id>/", views.post, name="comment_post"),
    path("reacties/voorbeeld/<id:page_id>/", views.preview, name="comment_preview"),
    path("reacties/<id:comment_id>/", views.permalink, name="comment_permalink"),
    path("reacties/<id:comment_id>/bewerken/", views.edit, name="comment_edit"),
    path("reacties/<id:comment_id>/verwijderen/", views.delete, name="comment_delete"),
    path("reacties/<id:comment_id>/terugzetten/", views.restore, name="comment_restore"),
    path("reacties/<id:comment_id>/waarderen/", views.like, name="comment_like"),
    path("reacties/<id:comment_id>/citeren/", views.quote, name="comment_quote"),
    path("reacties/<id:comment_id>/melden/", views.report, name="comment_report"),
    path("reacties/dempen/<str:token>/", views.mute, name="comment_mute"),
]
