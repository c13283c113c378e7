"""
Casework, at /casework/ in every language (no language prefix: the pages
follow the language the person chose). Every pattern here is in the
permission matrix of tests/casework/test_permission_matrix.py; a new one
fails that test until it is added. Ids in addresses are random UUIDs.
"""

from django.urls import path

from . import (
    audit_views,
    calendar_views,
    consent_views,
    duplicate_views,
    emergency_views,
    export_views,
    record_views,
    referral_views,
    support_views,
    task_views,
    triage_views,
    views,
    workflow_views,
)

app_name = "casework"

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("tim-kiem/", views.search, name="search"),
    path("trung-lap/", duplicate_views.duplicate_list, name="duplicate_list"),
    path("trung-lap/gop/", duplicate_views.merge_cases, name="merge_cases"),
    path("xuat/", export_views.export_list, name="export_list"),
    path("xuat/<uuid:export_id>/", export_views.export_detail, name="export_detail"),
    path("xuat/<uuid:export_id>/tai/", export_views.export_download, name="export_download"),
    path("xuat/<uuid:export_id>/xoa/", export_views.export_delete, name="export_delete"),
    path("hop-thu/", task_views.inbox, name="inbox"),
    path("khan-cap/", emergency_views.emergency_open, name="emergency_open"),
    path("khan-cap/danh-sach/", emergency_views.emergency_list, name="emergency_list"),
    path("chuyen-gui/", referral_views.referral_list, name="referral_list"),
    path("chuyen-gui/<uuid:referral_id>/", referral_views.referral_detail, name="referral_detail"),
    path("chuyen-gui/<uuid:referral_id>/<slug:code>/", referral_views.referral_step, name="referral_step"),
    path("nguoi/moi/", views.register, name="register"),
    path("ho-so/<uuid:case_id>/", views.case_detail, name="case_detail"),
    path("ho-so/<uuid:case_id>/sua/", views.case_edit, name="case_edit"),
    path("ho-so/<uuid:case_id>/in/", views.case_print, name="case_print"),
    path("ho-so/<uuid:case_id>/in/<slug:name>/", record_views.case_record, name="case_record"),
    path("ho-so/<uuid:case_id>/phan-cong/", views.assign, name="assign"),
    path("ho-so/<uuid:case_id>/buoc/<slug:step>/", workflow_views.case_step, name="case_step"),
    path("ho-so/<uuid:case_id>/ho-tro/them/", support_views.support_add, name="support_add"),
    path("ho-so/<uuid:case_id>/bao-ve/them/", support_views.protection_add, name="protection_add"),
    path("ho-so/<uuid:case_id>/dong-y/them/", consent_views.consent_add, name="consent_add"),
    path(
        "ho-so/<uuid:case_id>/dong-y/<uuid:consent_id>/rut/",
        consent_views.consent_withdraw,
        name="consent_withdraw",
    ),
    path("ho-so/<uuid:case_id>/chuyen-gui/them/", referral_views.referral_send, name="referral_send"),
    path("ho-so/<uuid:case_id>/ghi-chu/them/", task_views.note_add, name="note_add"),
    path("ho-so/<uuid:case_id>/viec/them/", task_views.task_add, name="task_add"),
    path("ho-so/<uuid:case_id>/viec/<uuid:task_id>/xong/", task_views.task_done, name="task_done"),
    path("ho-so/<uuid:case_id>/nguoi/them/", views.participant_add, name="participant_add"),
    path("ho-so/<uuid:case_id>/nguoi/<uuid:person_id>/sua/", views.person_edit, name="person_edit"),
    path("ho-so/<uuid:case_id>/tai-lieu/them/", views.document_upload, name="document_upload"),
    path("ho-so/<uuid:case_id>/tai-lieu/<uuid:document_id>/", views.document_download, name="document_download"),
    path("bao-tin/", triage_views.report_list, name="report_list"),
    path("bao-tin/<uuid:report_id>/", triage_views.report_detail, name="report_detail"),
    path("bao-tin/<uuid:report_id>/hoi/", triage_views.report_ask, name="report_ask"),
    path("bao-tin/<uuid:report_id>/bo-qua/", triage_views.report_dismiss, name="report_dismiss"),
    path("bao-tin/<uuid:report_id>/gan-ho-so/", triage_views.report_link, name="report_link"),
    path("bao-tin/<uuid:report_id>/mo-ho-so/", triage_views.report_open_case, name="report_open_case"),
    path("nhat-ky/", audit_views.audit_log, name="audit_log"),
    path("nhan-su/", views.staff_list, name="staff_list"),
    path("ngay-nghi/", calendar_views.calendar, name="calendar"),
    path("nhan-su/them/", views.staff_add, name="staff_add"),
    path("nhan-su/<int:membership_id>/sua/", views.staff_edit, name="staff_edit"),
    path("nhan-su/<int:membership_id>/ban-giao/", views.staff_hand_over, name="staff_hand_over"),
]
