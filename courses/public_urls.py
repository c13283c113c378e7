"""The public certificate verification page, inside the language prefixes: "/chung-chi/", "/en/certificate/"."""

from django.urls import path

from . import public_views

app_name = "certificates"

urlpatterns = [
    path("", public_views.verify_form, name="verify_form"),
    path("<str:code>/", public_views.verify, name="verify"),
]
