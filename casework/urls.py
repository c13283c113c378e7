"""
Casework, at /casework/ in every language (no language prefix: the pages
follow the language the person chose). Every pattern here is in the
permission matrix of tests/casework/test_permission_matrix.py; a new one
fails that test until it is added. Ids in addresses are random UUIDs.
"""

from django.urls import path

from . import audit_views, views

app_name = "casework"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("tim-kiem/", views.search, name="search"),
    path("nguoi/moi/", views.register, name="register"),
    path("ho-so/<uuid:case_id>/", views.case_detail, name="case_detail"),
    path("ho-so/<uuid:case_id>/sua/", views.case_edit, name="case_edit"),
    path("ho-so/<uuid:case_id>/in/", views.case_print, name="case_print"),
    path("ho-so/<uuid:case_id>/phan-cong/", views.assign, name="assign"),
    path("ho-so/<uuid:case_id>/nguoi/them/", views.participant_add, name="participant_add"),
    path("ho-so/<uuid:case_id>/nguoi/<uuid:person_id>/sua/", views.person_edit, name="person_edit"),
    path("ho-so/<uuid:case_id>/tai-lieu/them/", views.document_upload, name="document_upload"),
    path("ho-so/<uuid:case_id>/tai-lieu/<uuid:document_id>/", views.document_download, name="document_download"),
    path("nhat-ky/", audit_views.audit_log, name="audit_log"),
    path("nhan-su/", views.staff_list, name="staff_list"),
    path("nhan-su/them/", views.staff_add, name="staff_add"),
    path("nhan-su/<int:membership_id>/sua/", views.staff_edit, name="staff_edit"),
]
