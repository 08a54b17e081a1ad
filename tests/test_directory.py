"""The directory service: validated, authorised, logged writes."""

import msgspec
import pytest
from sqlalchemy import func, select

from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory
from sociale_kaart.partners.service import Actor
from tests import factories as f

EDITOR = Actor("editor:test", "editor")


def save(session, data: dict, actor=EDITOR, **kw):
    return Directory(session, actor).save_service(s.convert(data, s.Service), **kw)


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_create_service_stores_parts_and_extensions(session):
    data = f.service("Boodschappenhulp", tier="volunteer", life_domains=("instrumental_adl", "social_network"),
                     waiting_weeks=3, minimum_age=65)
    svc = save(session, data)
    row = session.get(m.Service, svc.id)
    assert (row.tier, row.waiting_weeks, row.minimum_age) == ("volunteer", 3, 65)
    assert [d.code for d in row.life_domains] == ["instrumental_adl", "social_network"]
    assert row.service_at_locations[0].location.wheelchair is True
    assert row.service_at_locations[0].location.addresses[0].postal_code == "1271 AB"
    assert row.cost_options[0].amount == 0


def test_update_records_who_which_field_old_and_new(session):
    data = f.service("Klussendienst")
    svc = save(session, data)
    save(session, {**data, "name": "Klussendienst Huizen", "description": "Hulp bij kleine klussen."}, create=False)
    changes = {c.field_name: c for c in session.scalars(select(m.ChangeRecord).where(
        m.ChangeRecord.resource_id == svc.id, m.ChangeRecord.last_action_type == "update"))}
    assert set(changes) == {"name", "description"}
    assert (changes["name"].previous_value, changes["name"].replacement_value) == ("Klussendienst", "Klussendienst Huizen")
    assert changes["name"].updated_by == "editor:test"


def test_saving_the_same_content_changes_nothing(session):
    data = f.service()
    save(session, data)
    before = count(session, m.ChangeRecord)
    save(session, data, create=False)
    assert count(session, m.ChangeRecord) == before


def test_deactivate_never_deletes(session):
    svc = save(session, f.service())
    Directory(session, EDITOR).deactivate_service(svc.id)
    row = session.get(m.Service, svc.id)
    assert row.status == "inactive"
    assert session.scalar(select(m.ChangeRecord.replacement_value).where(
        m.ChangeRecord.resource_id == svc.id, m.ChangeRecord.field_name == "status")) == "inactive"


@pytest.mark.parametrize("change, key", [
    ({"minimum_age": 70, "maximum_age": 12}, "minimum_age"),
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "x" * 301}, "name"),
    ({"email": "geen-mail"}, "email"),
    ({"url": "javascript:alert(1)"}, "url"),
    ({"minimum_age": -1}, "minimum_age"),
    ({"status": "weg"}, "status"),
])
def test_invalid_service_is_rejected_whole(session, change, key):
    with pytest.raises(s.InvalidInput) as exc:
        save(session, {**f.service(), **change})
    assert exc.value.errors[0].key == key
    assert count(session, m.Service) == 0 and count(session, m.Location) == 0


@pytest.mark.parametrize("loc_change, key", [
    ({"latitude": 95.0}, "service_at_locations[0].location.latitude"),
    ({"latitude": None, "longitude": 5.2}, "service_at_locations[0].location.latitude"),
])
def test_invalid_location_is_rejected(session, loc_change, key):
    loc = {**f.location(), **loc_change}
    if loc.get("latitude") is None:
        loc.pop("latitude")
    with pytest.raises(s.InvalidInput) as exc:
        save(session, f.service(locations=[loc]))
    assert exc.value.errors[0].key == key
    assert count(session, m.Location) == 0


def test_bad_postcode_names_the_field(session):
    with pytest.raises(s.InvalidInput) as exc:
        save(session, f.service(locations=[f.location(postcode="12345")]))
    assert exc.value.errors[0].key == "service_at_locations[0].location.addresses[0].postal_code"


def test_postcode_is_normalised(session):
    svc = save(session, f.service(locations=[f.location(postcode="1271ab")]))
    assert session.get(m.Service, svc.id).service_at_locations[0].location.addresses[0].postal_code == "1271 AB"


def test_unknown_tier_and_life_domain_codes_are_rejected(session):
    data = f.service()
    data["attributes"].append(f.attribute("sociale-kaart:leefgebied", "geluk"))
    with pytest.raises(s.InvalidInput) as exc:
        save(session, data)
    assert "geluk" in exc.value.errors[0].message
    data = f.service(tier=None)
    data["attributes"].append(f.attribute("sociale-kaart:tier", "heel_zwaar"))
    with pytest.raises(s.InvalidInput):
        save(session, data)


def test_missing_tier_is_general_with_a_warning(session):
    d = Directory(session, EDITOR)
    svc = d.save_service(s.convert(f.service(tier=None), s.Service))
    assert svc.tier == "general"
    assert any("tier" in w.message for w in d.warnings)


def test_partner_cannot_edit_other_organizations_service(session):
    own, other = f.organization(), f.organization()
    save(session, f.service(org=own))
    theirs = f.service(org=other)
    save(session, theirs)
    partner = Actor("key:partner", "partner", own["id"])
    with pytest.raises(s.Forbidden):
        save(session, {**theirs, "name": "Overgenomen"}, actor=partner, create=False)
    with pytest.raises(s.Forbidden):
        Directory(session, partner).deactivate_service(theirs["id"])
    assert session.get(m.Service, theirs["id"]).name == theirs["name"]


def test_partner_can_edit_own_service(session):
    own = f.organization()
    data = f.service(org=own)
    save(session, data)
    partner = Actor("key:partner", "partner", own["id"])
    save(session, {**data, "organization": None, "organization_id": own["id"], "name": "Nieuwe naam"}, actor=partner, create=False)
    assert session.get(m.Service, data["id"]).name == "Nieuwe naam"


def test_duplicate_child_ids_in_one_record_are_given_fresh_ids(session):
    phone = {"id": f.uid(), "number": "035 012 34 56"}
    data = f.service(phones=[phone])
    data["service_at_locations"][0]["phones"] = [phone]
    svc = save(session, data)
    assert count(session, m.Phone) == 2
    assert session.get(m.Service, svc.id).phones[0].id == phone["id"]


def test_full_output_round_trips_through_the_struct(session):
    data = f.service(waiting_weeks=2, crisis=True)
    svc = save(session, data)
    out = Directory(session).get_service(svc.id, public=False)
    again = s.convert(msgspec.to_builtins(out), s.Service)
    before = count(session, m.ChangeRecord)
    Directory(session, EDITOR).save_service(again, create=False)
    assert count(session, m.ChangeRecord) == before


def test_every_length_the_schemas_allow_fits_in_the_database(session):
    """What validation admits must store on PostgreSQL too (it enforces VARCHAR lengths)."""
    long = "x" * 300
    data = f.service(phones=[{"number": "035 012 34 56", "type": long}],
                     schedules=[{"byweekno": long, "bymonthday": long, "byyearday": long, "valid_from": "2025-01-01T00:00:00+01:00",
                                 "dtstart": "2025-01-01T09:00:00+01:00", "opens_at": "09:00:00+01:00"}],
                     service_areas=[{"name": "Nederland", "extent_type": long}])
    data["languages"] = [{"name": long, "code": "nl"}]
    data["organization"]["legal_status"] = long
    data["organization"]["organization_identifiers"] = [{"identifier_scheme": long, "identifier_type": long, "identifier": "12345678"}]
    data["service_at_locations"][0]["location"]["addresses"][0]["city"] = long
    data["attributes"].append({"id": f.uid(), "link_type": long, "taxonomy_term": {"id": f.uid(), "name": "x", "code": long, "taxonomy": long}})
    svc = save(session, data)
    assert session.get(m.Service, svc.id).phones[0].type == long
