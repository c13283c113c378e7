"""
The permission matrix: every casework URL pattern, GET and POST, for every
role (and a superuser, and a signed-in person without a casework role), for
a case (or post, or report from the public) inside and outside the user's
jurisdiction, assigned to the user or not (reports have no assignment: their
answers do not change with it). The expected answers are written out below by hand; nothing
here asks the code under test what it should be. A URL pattern missing from
the table fails the test, and every refusal (403, 404) must have left a
"Permission denied" event in the audit log for that user.

Each cell is (inside and assigned, inside and not assigned, outside and
assigned, outside and not assigned). POSTs send an empty form: 200 means the
form came back with its errors, 302 that it was saved. 404 is the answer for
a case the user may not know exists (the same as for an id that exists
nowhere); 403 for a case they see but may not do this to.
"""

import pytest
from django.urls import reverse

from casework import urls as casework_urls
from casework.audit import AuditEvent

from .world import assign, build_world

ROLES = [
    "commune_officer",
    "provincial_officer",
    "police_verifier",
    "shelter_staff",
    "coordinator",
    "auditor",
    "administrator",
    "superuser",
    "no_role",
]
COMBINATIONS = [("inside", True), ("inside", False), ("outside", True), ("outside", False)]

# fmt: off
EXPECTED = {
    ("case_list", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (200, 200, 200, 200), "auditor": (302, 302, 302, 302),
        "administrator": (302, 302, 302, 302), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("case_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("search", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("search", "POST"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("register", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("register", "POST"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("case_detail", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_detail", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("case_edit", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_edit", "POST"): {
        "commune_officer": (302, 302, 404, 404), "provincial_officer": (302, 302, 404, 404),
        "police_verifier": (302, 404, 404, 404), "shelter_staff": (302, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_print", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_print", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("case_record", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_record", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("assign", "GET"): {
        "commune_officer": (403, 403, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("assign", "POST"): {
        "commune_officer": (403, 403, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (302, 302, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # A step of the workflow (here "notify": the cases are received by the commune, and by law the
    # commune People's Committee notifies): the other posts that may change the case are refused it.
    ("case_step", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("case_step", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # Support needs the SUPPORT group written (shelter staff do, police verifiers do not); protection the
    # PROTECTION group (neither of them).
    ("support_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("support_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("protection_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("protection_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # Notes and tasks need the SUPPORT group written, like support; the inbox, a role that lists cases.
    ("note_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("note_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("task_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("task_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("task_done", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("task_done", "POST"): {
        "commune_officer": (302, 302, 404, 404), "provincial_officer": (302, 302, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (302, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("consent_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("consent_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # Merging a pair of likely duplicates: coordinators only; an empty form goes back to the list with an error.
    ("merge_cases", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("merge_cases", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (302, 302, 302, 302), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    # Exports: coordinators ask; only the one who asked sees, downloads or deletes (the world's is not built:
    # its download goes back to its page).
    ("export_list", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("export_list", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("export_detail", "GET"): {
        "commune_officer": (404, 404, 404, 404), "provincial_officer": (404, 404, 404, 404),
        "police_verifier": (404, 404, 404, 404), "shelter_staff": (404, 404, 404, 404),
        "coordinator": (200, 200, 200, 200), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("export_detail", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("export_download", "GET"): {
        "commune_officer": (404, 404, 404, 404), "provincial_officer": (404, 404, 404, 404),
        "police_verifier": (404, 404, 404, 404), "shelter_staff": (404, 404, 404, 404),
        "coordinator": (302, 302, 302, 302), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("export_download", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("export_delete", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("export_delete", "POST"): {
        "commune_officer": (404, 404, 404, 404), "provincial_officer": (404, 404, 404, 404),
        "police_verifier": (404, 404, 404, 404), "shelter_staff": (404, 404, 404, 404),
        "coordinator": (302, 302, 302, 302), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # Emergency access (casework.emergency): the working posts open a case by its number and a reason;
    # coordinators and auditors read the list.
    ("emergency_open", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("emergency_open", "POST"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("emergency_list", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 200, 200), "auditor": (200, 200, 200, 200),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("emergency_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    # Referrals (casework.referrals): the world's are waiting for an answer, the inside one from P1's commune
    # to P's shelter. Both ends and the posts that keep the case read it; only the shelter answers.
    ("referral_list", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("referral_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("referral_detail", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 200, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("referral_detail", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("referral_step", "GET"): {
        "commune_officer": (403, 403, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 200, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("referral_step", "POST"): {
        "commune_officer": (403, 403, 404, 404), "provincial_officer": (403, 403, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 200, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    # Sending: the posts that keep the case by their places.
    ("referral_send", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("referral_send", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("consent_withdraw", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("consent_withdraw", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("duplicate_list", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("duplicate_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("inbox", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (200, 200, 200, 200), "shelter_staff": (200, 200, 200, 200),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("inbox", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("participant_add", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("participant_add", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (403, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("person_edit", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("person_edit", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 404, 404, 404), "shelter_staff": (302, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("document_upload", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("document_upload", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (403, 403, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("document_download", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (200, 404, 404, 404), "shelter_staff": (200, 404, 404, 404),
        "coordinator": (200, 200, 404, 404), "auditor": (404, 404, 404, 404),
        "administrator": (404, 404, 404, 404), "superuser": (404, 404, 404, 404), "no_role": (404, 404, 404, 404),
    },
    ("document_download", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_list", "GET"): {
        "commune_officer": (200, 200, 200, 200), "provincial_officer": (200, 200, 200, 200),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 200, 200), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_detail", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_detail", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_ask", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_ask", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_dismiss", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_dismiss", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_link", "GET"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("report_link", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (200, 200, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_open_case", "GET"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("report_open_case", "POST"): {
        "commune_officer": (200, 200, 404, 404), "provincial_officer": (200, 200, 404, 404),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 404, 404), "auditor": (403, 403, 403, 403),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("audit_log", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (200, 200, 200, 200),
        "administrator": (403, 403, 403, 403), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("audit_log", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("calendar", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 200, 200), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("calendar", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 200, 200), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_list", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 200, 200), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_list", "POST"): {
        "commune_officer": (405, 405, 405, 405), "provincial_officer": (405, 405, 405, 405),
        "police_verifier": (405, 405, 405, 405), "shelter_staff": (405, 405, 405, 405),
        "coordinator": (405, 405, 405, 405), "auditor": (405, 405, 405, 405),
        "administrator": (405, 405, 405, 405), "superuser": (405, 405, 405, 405), "no_role": (405, 405, 405, 405),
    },
    ("staff_add", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 200, 200), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_add", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 200, 200), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_edit", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 404, 404), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_edit", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 404, 404), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_hand_over", "GET"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 404, 404), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
    ("staff_hand_over", "POST"): {
        "commune_officer": (403, 403, 403, 403), "provincial_officer": (403, 403, 403, 403),
        "police_verifier": (403, 403, 403, 403), "shelter_staff": (403, 403, 403, 403),
        "coordinator": (403, 403, 403, 403), "auditor": (403, 403, 403, 403),
        "administrator": (200, 200, 404, 404), "superuser": (403, 403, 403, 403), "no_role": (403, 403, 403, 403),
    },
}
# fmt: on


def test_every_casework_url_pattern_is_in_the_table():
    names = {pattern.name for pattern in casework_urls.urlpatterns}
    assert {name for name, _method in EXPECTED} == names
    assert all((name, method) in EXPECTED for name in names for method in ("GET", "POST"))
    for answers in EXPECTED.values():
        assert set(answers) == set(ROLES)


def url_for(name, world, where):
    case = world.cases[where]
    kwargs = {
        "case_id": case.pk,
        "person_id": case.person_id,
        "document_id": world.documents[where].pk,
        "membership_id": world.posts["colleague" if where == "inside" else "officer_Q"].pk,
        "report_id": world.reports[where].pk,
        "step": "notify",
        "task_id": world.tasks[where].pk,
        "consent_id": world.consents[where].pk,
        "referral_id": world.referrals[where].pk,
        "export_id": world.exports[where].pk,
        "code": "decline",  # an empty form needs a reason: the answer comes back, nothing changes
        "name": "tiep-nhan",
    }
    pattern = next(pattern for pattern in casework_urls.urlpatterns if pattern.name == name)
    wanted = {key: value for key, value in kwargs.items() if key in pattern.pattern.converters}
    return reverse(f"casework:{name}", kwargs=wanted)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("where", "assigned"), COMBINATIONS, ids=["in-assigned", "in", "out-assigned", "out"])
def test_permission_matrix(client, db, role, where, assigned):
    world = build_world(with_documents=True)
    user = world.users[role]
    if assigned:
        assign(world.cases[where], user)
    client.force_login(user)
    column = COMBINATIONS.index((where, assigned))
    wrong = []
    for (name, method), answers in sorted(EXPECTED.items()):
        expected = answers[role][column]
        url = url_for(name, world, where)
        denials_before = AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=user.pk).count()
        response = client.get(url) if method == "GET" else client.post(url, {})
        if response.status_code != expected:
            wrong.append(f"{method} {name}: {response.status_code}, expected {expected}")
        denials = AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=user.pk).count() - denials_before
        if response.status_code in (403, 404) and denials != 1:
            wrong.append(f"{method} {name}: refused with {denials} audit events instead of one")
        if response.status_code not in (403, 404) and denials:
            wrong.append(f"{method} {name}: a denial was audited for a {response.status_code}")
    assert wrong == []


def test_anyone_signed_out_is_sent_to_the_door(client, db):
    world = build_world()
    for name in ("case_list", "search", "register", "audit_log", "staff_list"):
        response = client.get(reverse(f"casework:{name}"))
        assert response.status_code == 302 and response["Location"].startswith("/tai-khoan/dang-nhap/")
    response = client.get(reverse("casework:case_detail", args=[world.cases["inside"].pk]))
    assert response.status_code == 302 and "/tai-khoan/dang-nhap/" in response["Location"]
    response = client.post(reverse("casework:search"), {"q": "Mẫu"})
    assert response.status_code == 302 and "q=" not in response["Location"]
    assert not AuditEvent.objects.exists()
