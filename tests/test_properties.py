"""Property-based tests (hypothesis): the import parsers, the search query parser and the
resolver's input take anything without a crash, and what they accept they understand right."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index.analysis import Analyzer
from sociale_kaart.directory.duplicates import phone_key
from sociale_kaart.directory.schemas import normalise_postcode, normalise_time
from sociale_kaart.partners.forms import valid_phone

ANY_TEXT = st.text(max_size=60)
# Fixture-using properties run many examples against one app: the app does not change between them.
WITH_CLIENT = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(ANY_TEXT)
def test_a_time_is_understood_as_a_time_of_day_or_not_at_all(text):
    out = normalise_time(text)
    assert out is None or (re.fullmatch(r"\d\d:\d\d", out) and int(out[:2]) < 24 and int(out[3:]) < 60)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["{h}:{m:02d}", "{h:02d}:{m:02d}", "{h}.{m:02d} uur",
                                                                  "{h:02d}u{m:02d}", "{h:02d}:{m:02d}:00"]))
def test_a_24_hour_time_in_any_common_spelling_is_read_right(hour, minute, spelling):
    assert normalise_time(spelling.format(h=hour, m=minute)) == f"{hour:02d}:{minute:02d}"


@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["am", "pm", "AM", "PM", " p.m.", " a.m."]), st.booleans())
def test_a_12_hour_time_is_read_right(hour, minute, suffix, with_minutes):
    text = f"{hour}:{minute:02d}{suffix}" if with_minutes else f"{hour}{suffix}"
    expected = hour % 12 + (12 if "p" in suffix.lower() else 0)
    assert normalise_time(text) == f"{expected:02d}:{minute if with_minutes else 0:02d}"


@given(ANY_TEXT)
def test_postcodes_and_phones_take_any_text(text):
    postcode = normalise_postcode(text)
    assert postcode is None or re.fullmatch(r"\d{4}( [A-Z]{2})?", postcode)
    assert isinstance(valid_phone(text), bool)
    key = phone_key(text)
    assert key is None or (key.isdigit() and len(key) >= 8)


@given(st.integers(10_000_000, 99_999_999), st.sampled_from(["0{n}", "+31{n}", "0031{n}", "0{a} {b}", "0{a}-{b}"]))
def test_one_number_written_differently_has_one_key(n, spelling):
    a, b = str(n)[:2], str(n)[2:]
    assert phone_key(spelling.format(n=f"3{n}", a=f"3{a}", b=b)) == f"3{n}"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=300), lang=st.sampled_from([None, "nl", "en"]))
def test_the_search_query_parser_takes_any_text(analyzer, q, lang):
    groups = analyzer.analyze_query(q, lang=lang)
    assert len(groups) <= len(analyzer.query_words(q))


@WITH_CLIENT
@given(q=st.text(max_size=200), near=st.one_of(st.none(), st.text(max_size=40)))
def test_the_search_api_answers_any_words_with_a_body(client, q, near):
    r = client.get("/api/v1/search", params={"q": q, **({"near": near} if near is not None else {})})
    assert r.status_code < 500 and r.json()


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=12)
REQUEST = st.fixed_dictionaries({}, optional={
    "need": st.fixed_dictionaries({}, optional={"text": st.text(max_size=200) | JSON,
                                                "life_domains": st.lists(st.text(max_size=20), max_size=3) | JSON,
                                                "zrm": st.dictionaries(st.text(max_size=20), JSON, max_size=3)}),
    "person": st.fixed_dictionaries({}, optional={"age": st.integers(-5, 200) | JSON, "near": st.text(max_size=30) | JSON,
                                                  "max_distance_km": st.floats(allow_nan=False, allow_infinity=False) | JSON,
                                                  "days": st.lists(st.text(max_size=3), max_size=3)}),
    "limit_per_tier": st.integers(-2, 30) | JSON,
    "tiers": st.lists(st.text(max_size=20), max_size=3) | JSON,
})


@WITH_CLIENT
@given(body=REQUEST | JSON)
def test_the_resolver_answers_any_json_with_a_body(client, body):
    r = client.post("/api/v1/resolve", json=body)
    assert 200 <= r.status_code < 500 and r.json()
