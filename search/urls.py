from django.urls import path

from . import views

urlpatterns = [
    path("", views.results, name="search"),
    path("suggesties/", views.suggestions, name="search_suggestions"),
    path("klik/<str:token>/<int:rank>/", views.click, name="search_click"),
]
