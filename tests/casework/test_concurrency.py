"""
Two people editing one case (or one person) at once: the second to save gets
a conflict (409), sees who changed which fields, keeps what they typed, and
may save again knowingly. Nothing is overwritten silently.
"""

from django.urls import reverse

from casework.audit import AuditEvent
from casework.models import Case, Person

from .world import build_world


def open_form(client, url):
    response = client.get(url)
    return response.context["hidden"]["version"]


def test_the_second_of_two_editors_gets_a_conflict_and_keeps_their_input(client, db):
    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:case_edit", args=[case.pk])
    first, second = world.users["commune_officer"], world.users["provincial_officer"]
    client.force_login(second)
    second_version = open_form(client, url)  # the second editor opens the form first...
    client.force_login(first)
    first_version = open_form(client, url)
    saved = client.post(url, {"version": first_version, "circumstances": "Bản của người thứ nhất"})
    assert saved.status_code == 302
    client.force_login(second)  # ...and saves last.
    response = client.post(url, {"version": second_version, "circumstances": "Bản của người thứ hai"})
    html = response.content.decode()
    assert response.status_code == 409
    assert Case.objects.get(pk=case.pk).circumstances == "Bản của người thứ nhất"
    assert "Bản của người thứ hai" in html  # what they typed is kept
    assert "commune.officer" in html and response.context["conflict"][0].username == "commune.officer"
    assert response.context["conflict"][0].fields  # which fields the other changed
    # Saving again (with the version the conflict page carries) keeps their input, knowingly.
    again = client.post(url, {"version": response.context["hidden"]["version"], "circumstances": "Bản thứ hai"})
    assert again.status_code == 302 and Case.objects.get(pk=case.pk).circumstances == "Bản thứ hai"
    assert AuditEvent.objects.filter(object_id=str(case.pk), action="change").count() == 2


def test_a_person_edit_conflicts_too(client, db):
    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:person_edit", args=[case.pk, case.person_id])
    client.force_login(world.users["commune_officer"])
    version = open_form(client, url)
    Person.objects.get(pk=case.person_id).save()  # someone else's save in between
    response = client.post(url, {"version": version, "full_name": "Tên Mới Mẫu"})
    assert response.status_code == 409 and Person.objects.get(pk=case.person_id).full_name != "Tên Mới Mẫu"


def test_a_forged_version_is_a_conflict_not_an_error(client, db):
    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:case_edit", args=[case.pk])
    client.force_login(world.users["commune_officer"])
    for version in ("yesterday", "2020-01-01T00:00:00+00:00", "'; DROP TABLE casework_case; --"):
        response = client.post(url, {"version": version, "circumstances": "x"})
        assert response.status_code == 409
    assert Case.objects.get(pk=case.pk).circumstances != "x"


def form_values(response):
    """What the edit form of `response` posts untouched: its hidden fields and every value it shows."""
    form = response.context["forms"][0]
    data = dict(response.context["hidden"])
    for name in form.fields:
        value = form[name].value()
        if value not in (None, False, ""):
            data[name] = value
    return data


def form_state(client, url):
    return form_values(client.get(url))


def test_a_field_only_the_other_changed_keeps_their_value_and_a_field_both_changed_shows_theirs(client, db):
    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:case_edit", args=[case.pk])
    first, second = world.users["commune_officer"], world.users["provincial_officer"]
    client.force_login(second)
    second_form = form_state(client, url)
    client.force_login(first)
    first_form = form_state(client, url)
    first_form.update(destination_country="Lào", circumstances="Bản của người thứ nhất")
    assert client.post(url, first_form).status_code == 302
    # The second changed the period (only theirs) and the circumstances (both), from the old values.
    client.force_login(second)
    second_form.update(trafficking_period="Tháng 3 năm 2025", circumstances="Bản của người thứ hai")
    response = client.post(url, second_form)
    assert response.status_code == 409, response.context["forms"][0].errors
    shown = response.context["forms"][0]
    assert shown["destination_country"].value() == "Lào"  # only the first changed it: their value
    assert shown["trafficking_period"].value() == "Tháng 3 năm 2025"  # only the second: what they typed
    assert shown["circumstances"].value() == "Bản của người thứ hai"  # both: what they typed...
    html = response.content.decode()
    assert "Bản của người thứ nhất" in html  # ...with the other's value under it
    assert 'aria-describedby="id_circumstances_theirs"' in html
    # Saving that form again keeps both people's work.
    again = form_values(response)
    assert client.post(url, again).status_code == 302
    saved = Case.objects.get(pk=case.pk)
    assert (saved.destination_country, saved.trafficking_period, saved.circumstances) == (
        "Lào",
        "Tháng 3 năm 2025",
        "Bản của người thứ hai",
    )


def test_a_forged_base_only_counts_every_field_as_typed(client, db):
    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:case_edit", args=[case.pk])
    client.force_login(world.users["commune_officer"])
    stale = form_state(client, url)
    Case.objects.filter(pk=case.pk).update(route="Đường mới")
    Case.objects.get(pk=case.pk).save()  # a new version
    stale.update(base="route:0000;circumstances:zz;;:;" + "x" * 500, circumstances="Của tôi")
    response = client.post(url, stale)
    assert response.status_code == 409
    assert response.context["forms"][0]["circumstances"].value() == "Của tôi"
    assert Case.objects.get(pk=case.pk).circumstances != "Của tôi"
