"""Tests for search_index against a real whoosh index in tmp_path."""

from __future__ import annotations

import threading
import time

import pytest

from search_index import DAYS, TIERS, Document, Hit, Query, Result, SearchIndex
from search_index.analysis import Analyzer, stem

HUIZEN = (52.2995, 5.2435)
AMSTERDAM = (52.3731, 4.8922)
GRONINGEN = (53.2194, 6.5665)


def D(id, name, **kw):
    kw.setdefault("tier", "general")
    return Document(id=id, name=name, **kw)


DOCS = [
    D("01", "Boodschappendienst Huizen", description="Vrijwilligers doen boodschappen voor ouderen die slecht ter been zijn.",
      tier="volunteer", points=[HUIZEN], areas=["gm:huizen"], place="Huizen", languages=["nl"],
      life_domains=["daily_life"], open_days=["mo", "tu"], free=True, min_age=65, wheelchair=True, version="v1"),
    D("02", "Schuldhulpverlening Amsterdam", description="Professionele hulp bij geldproblemen en een betalingsregeling.",
      tier="specialist", points=[AMSTERDAM], place="Amsterdam", life_domains=["finances"], languages=["nl", "en"],
      open_days=["we"], access="referral", version="v1"),
    D("03", "Maatjesproject", description="Een maatje tegen eenzaamheid: samen koffie drinken of wandelen.",
      tier="social_network", areas=["nl"], life_domains=["social_network"], languages=["nl"], free=True, version="v1"),
    D("04", "Maaltijdservice Het Gooi", description="Warme maaltijden aan huis bezorgd.", tier="general",
      points=[(52.22, 5.17)], place="Hilversum", life_domains=["daily_life"], version="v1"),
    D("05", "Café de Ontmoeting", description="Inloop met koffie voor buurtbewoners, één keer per week.", tier="self_help",
      points=[(52.30, 5.25), GRONINGEN], place="Huizen", open_days=["fr"], version="v1"),
    D("06", "Klussendienst", description="Kleine reparaties in en om het huis.", tier="volunteer",
      points=[(52.31, 5.23)], place="Huizen", cost_amount=5.0, version="v1"),
    D("07", "Budgetcursus", description="Leer omgaan met geld.", keywords=["schulden"], tier="self_help", free=True,
      points=[AMSTERDAM], place="Amsterdam", life_domains=["finances"], version="v1"),
    D("08", "Veilig Thuis", description="Advies en meldpunt bij mishandeling en huiselijk geweld. Bel 0800-2000.",
      tier="specialist", areas=["nl"], crisis=True, life_domains=["domestic_relations"], version="v1"),
    D("09", "Jongerenwerk", description="Activiteiten voor jongeren tussen 12 en 23 jaar.", tier="general",
      min_age=12, max_age=23, points=[HUIZEN], place="Huizen", version="v1"),
    D("10", "Oude dienst", description="Boodschappen en eenzaamheid", tier="general", active=False, version="v1"),
    D("11", "Hulp bij boodschappen", description="Samen boodschappen doen in de wijk.", tier="volunteer",
      points=[(52.29, 5.25)], place="Huizen", version="v1"),
    D("12", "Taalcafé", description="Nederlands leren en oefenen in een ontspannen sfeer <b>gratis</b>.",
      tier="volunteer", points=[(52.30, 5.24)], place="Huizen", languages=["nl", "ar"], free=True, version="v1"),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    idx = SearchIndex(tmp_path_factory.mktemp("ix"))
    assert idx.needs_rebuild
    assert idx.rebuild(DOCS) == 11
    assert not idx.needs_rebuild
    yield idx
    idx.close()


def ids(result: Result) -> list[str]:
    return [h.id for h in result.hits]


def search(ix, **kw) -> Result:
    kw.setdefault("per_page", 50)
    return ix.search(Query(**kw))


# --- analysis --------------------------------------------------------------


def test_stemming_and_normalisation():
    assert stem("boodschappen") == stem("boodschap")
    assert stem("daklozen") == stem("dakloos")
    assert stem("schulden") == stem("schuld")


def test_compound_splitting_at_index_time():
    an = Analyzer()
    assert {"schuld", "hulp"} <= set(an.word_terms("schuldhulpverlening"))
    assert stem("maaltijd") in an.word_terms("maaltijdservice")
    assert {"boodschap", "hulp"} <= set(an.word_terms("boodschappenhulp"))


# --- text search -----------------------------------------------------------


def test_stemming_finds_plural(ix):
    assert "01" in ids(search(ix, q="boodschap"))


def test_accents_folded(ix):
    assert "05" in ids(search(ix, q="cafe"))
    assert "12" in ids(search(ix, q="taalcafe"))
    assert "12" in ids(search(ix, q="taalcafé"))


def test_compound_query_finds_separate_words(ix):
    r = search(ix, q="boodschappenhulp")
    assert "11" in ids(r)  # "Hulp bij boodschappen"


def test_separate_words_find_compound(ix):
    assert "02" in ids(search(ix, q="schuld hulp"))
    assert "02" in ids(search(ix, q="schulden"))
    assert "04" in ids(search(ix, q="maaltijden"))


def test_synonyms_from_shipped_file(ix):
    assert "06" in ids(search(ix, q="klusjesman"))
    assert "02" in ids(search(ix, q="geldzorgen"))
    assert "08" in ids(search(ix, q="huiselijk geweld"))
    assert "03" in ids(search(ix, q="eenzaam"))


def test_synonym_ranks_below_original(ix):
    r = search(ix, q="schulden")
    assert ids(r)[0] == "07"  # literal keyword match first, synonym/compound later


def test_synonyms_from_extra_file(tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("# lokaal\nsnoepje, reparaties\n!klusjesman\n", encoding="utf-8")
    idx = SearchIndex(tmp_path / "ix", synonyms=extra)
    idx.rebuild(DOCS)
    assert "06" in ids(search(idx, q="snoepje"))
    assert "06" not in ids(search(idx, q="klusjesman"))
    idx.close()


def test_typo_fallback(ix):
    r = search(ix, q="eensaam")
    assert r.fuzzy
    assert "03" in ids(r)
    assert r.suggestion and r.suggestion.startswith("eenza")
    r = search(ix, q="boodschapen")
    assert "01" in ids(r)


def test_exact_query_is_not_fuzzy(ix):
    r = search(ix, q="boodschappen")
    assert not r.fuzzy and r.suggestion is None and set(ids(r)) == {"01", "11"}


def test_suggestion_for_unknown_word(ix):
    r = search(ix, q="jongerenwerrk")
    assert r.suggestion == "jongerenwerk"


@pytest.mark.parametrize("q", ['"', "*", "(", ")", "OR", "AND", "~", ":", 'boodschappen" OR (hulp* ~2 AND name:x',
                               "NOT", "-", "+", "[a TO z]", "{}", "\\", "'"])
def test_query_syntax_is_safe(ix, q):
    r = search(ix, q=q)
    assert isinstance(r, Result)


def test_query_syntax_words_still_match(ix):
    assert "01" in ids(search(ix, q='"boodschappen*"'))


def test_empty_query_matches_all_active(ix):
    r = search(ix, q="")
    assert r.total == 11
    assert "10" not in ids(r)
    assert sum(r.facets["tier"].values()) == 11


def test_long_query_is_fast(ix):
    q = ("ik zoek hulp met boodschappen en eenzaamheid en schulden " * 20)[:1000]
    t = time.perf_counter()
    r = search(ix, q=q)
    assert time.perf_counter() - t < 1.0
    assert r.total > 0
    t = time.perf_counter()
    search(ix, q="x" * 1000)
    search(ix, q=" ".join(f"woord{i}" for i in range(200)))
    assert time.perf_counter() - t < 2.0


def test_lay_phrasing(ix):
    r = search(ix, q="ik zoek hulp met boodschappen doen")
    top = ids(r)[:3]
    assert "11" in top  # has both "hulp" and "boodschappen"


def test_name_match_ranks_above_description_match(ix):
    r = search(ix, q="ontmoeting")
    assert ids(r)[0] == "05"


def test_lower_tiers_boosted(ix):
    # equal text fit: tier boost decides; self_help above specialist
    r = search(ix, q="", per_page=50)
    order = ids(r)
    assert order.index("05") < order.index("02")


def test_snippet_marks_and_escapes(ix):
    r = search(ix, q="gratis nederlands")
    hit = next(h for h in r.hits if h.id == "12")
    assert "<mark>Nederlands</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet and "<b>" not in hit.snippet


def test_inactive_never_returned(ix):
    assert "10" not in ids(search(ix, q="oude dienst"))
    assert "10" not in ix.versions()


# --- filters and facets ----------------------------------------------------


def test_filters(ix):
    assert set(ids(search(ix, tiers=["volunteer"]))) == {"01", "06", "11", "12"}
    assert set(ids(search(ix, tiers=["volunteer", "self_help"]))) == {"01", "05", "06", "07", "11", "12"}
    assert set(ids(search(ix, life_domains=["finances"]))) == {"02", "07"}
    assert set(ids(search(ix, free=True))) == {"01", "03", "07", "12"}
    assert "02" in ids(search(ix, free=False)) and "01" not in ids(search(ix, free=False))
    assert set(ids(search(ix, age=16))) >= {"09"} and "01" not in ids(search(ix, age=16))
    assert "09" not in ids(search(ix, age=30))
    assert set(ids(search(ix, language="en"))) == {"02"}
    assert set(ids(search(ix, language="ar"))) == {"12"}
    assert set(ids(search(ix, wheelchair=True))) == {"01"}
    assert set(ids(search(ix, open_on="tu"))) == {"01"}
    assert set(ids(search(ix, open_on="fr"))) == {"05"}
    assert set(ids(search(ix, crisis=True))) == {"08"}
    assert set(ids(search(ix, ids=["01", "02", "10", "nope"]))) == {"01", "02"}
    assert set(ids(search(ix, q="boodschappen", tiers=["volunteer"], free=True))) == {"01"}


def test_facet_counts(ix):
    r = search(ix, q="")
    f = r.facets
    assert set(f) == {"tier", "life_domain", "free", "language", "wheelchair", "open_on", "place", "access"}
    assert f["tier"]["volunteer"] == 4 and f["tier"]["specialist"] == 2 and set(f["tier"]) == set(TIERS)
    assert f["life_domain"]["finances"] == 2 and f["life_domain"]["daily_life"] == 2
    assert f["free"] == {"true": 4, "false": 7}
    assert f["language"]["nl"] == 4 and f["language"]["en"] == 1
    assert f["wheelchair"] == {"true": 1, "false": 10}
    assert set(f["open_on"]) == set(DAYS) and f["open_on"]["mo"] == 1 and f["open_on"]["su"] == 0
    assert f["place"]["Huizen"] == 6 and f["place"]["Amsterdam"] == 2
    assert f["access"] == {"open": 10, "referral": 1}
    # facets reflect the filters
    r = search(ix, q="", tiers=["volunteer"])
    assert r.facets["free"] == {"true": 2, "false": 2}
    assert r.facets["tier"]["general"] == 0


def test_pagination(ix):
    all_ids = ids(search(ix, q="", per_page=50))
    p1 = ids(ix.search(Query(per_page=4, page=1)))
    p2 = ids(ix.search(Query(per_page=4, page=2)))
    assert p1 + p2 == all_ids[:8]
    assert ids(ix.search(Query(per_page=4, page=9))) == []


# --- geo -------------------------------------------------------------------


def test_radius_and_distance_sort(ix):
    r = search(ix, lat=HUIZEN[0], lon=HUIZEN[1], radius_km=5, sort="distance")
    got = ids(r)
    assert set(got) == {"01", "05", "06", "09", "11", "12"}
    d = [h.distance_km for h in r.hits]
    assert d == sorted(d) and d[0] == pytest.approx(0.0, abs=0.01)


def test_distance_uses_nearest_point(ix):
    r = search(ix, lat=GRONINGEN[0], lon=GRONINGEN[1], radius_km=10, sort="distance")
    assert ids(r) == ["05"]
    assert r.hits[0].distance_km < 0.1


def test_area_codes_kept_regardless_of_radius_and_sorted_after(ix):
    r = search(ix, lat=HUIZEN[0], lon=HUIZEN[1], radius_km=2, areas=["nl", "gm:huizen"], sort="distance")
    got = ids(r)
    assert "03" in got and "08" in got  # national services
    assert "02" not in got  # Amsterdam, no area overlap
    assert got.index("03") > got.index("05")  # area-only after point matches
    hit03 = next(h for h in r.hits if h.id == "03")
    assert hit03.distance_km is None


def test_no_points_excluded_with_radius(ix):
    r = search(ix, lat=HUIZEN[0], lon=HUIZEN[1], radius_km=500)
    assert "03" not in ids(r) and "08" not in ids(r)
    assert "02" in ids(r)


def test_distance_reported_without_radius(ix):
    r = search(ix, q="schulden", lat=HUIZEN[0], lon=HUIZEN[1])
    h = next(h for h in r.hits if h.id == "02")
    assert 20 < h.distance_km < 30


def test_text_plus_geo(ix):
    r = search(ix, q="boodschappen", lat=HUIZEN[0], lon=HUIZEN[1], radius_km=3)
    assert set(ids(r)) == {"01", "11"}


# --- text_scores -------------------------------------------------------------


def test_text_scores(ix):
    s = ix.text_scores("boodschappen hulp")
    assert s and all(0 <= v <= 1 for v in s.values())
    assert max(s, key=s.get) == "11"
    assert s["11"] == pytest.approx(1.0)
    assert ix.text_scores("") == {}
    assert "10" not in ix.text_scores("oude dienst")
    assert len(ix.text_scores("hulp", limit=1)) == 1
    assert "03" in ix.text_scores("eensaam")


# --- writes, generations, concurrency ------------------------------------------


def test_upsert_and_delete_visible(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    idx.rebuild(DOCS)
    other = SearchIndex(tmp_path / "ix")
    idx.upsert([D("20", "Zwemles voor volwassenen", tier="general", version="a")])
    assert ids(search(idx, q="zwemles")) == ["20"]
    assert len(idx) == 12 and idx.versions()["20"] == "a"
    # update replaces, no duplicates
    idx.upsert([D("20", "Zwemles voor volwassenen en kinderen", tier="general", version="b")])
    assert ids(search(idx, q="zwemles")) == ["20"] and idx.versions()["20"] == "b"
    assert ids(search(idx, q="kinderen")) == ["20"]
    # another instance sees it within a second
    deadline = time.time() + 1.0
    while "20" not in ids(search(other, q="zwemles")) and time.time() < deadline:
        time.sleep(0.05)
    assert "20" in ids(search(other, q="zwemles"))
    # inactive upsert deletes
    idx.upsert([D("01", "Boodschappendienst Huizen", active=False)])
    assert "01" not in ids(search(idx, q="boodschappendienst"))
    idx.delete(["20"])
    assert ids(search(idx, q="zwemles")) == []
    assert len(idx) == 10
    other.refresh()
    assert ids(search(other, q="zwemles")) == [] and len(other) == 10
    idx.close()
    other.close()


def test_rebuild_swap_while_other_instance_answers(tmp_path):
    a = SearchIndex(tmp_path / "ix")
    a.rebuild(DOCS)
    b = SearchIndex(tmp_path / "ix")
    assert search(b, q="boodschappen").total >= 2
    errors = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                r = search(b, q="boodschappen")
                assert r.total >= 1
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)
                return

    t = threading.Thread(target=reader)
    t.start()
    try:
        for round in range(3):
            new = DOCS + [D(f"r{round}", f"Ronde{round} boodschappen", tier="general")]
            a.rebuild(new)
    finally:
        stop.set()
        t.join()
    assert not errors, errors
    b.refresh()
    assert ids(search(b, q="ronde2")) == ["r2"]
    assert "r0" not in ids(search(b, q="ronde0"))
    gens = sorted(p.name for p in (tmp_path / "ix").iterdir() if p.name.startswith("gen-"))
    assert len(gens) <= 3
    a.close()
    b.close()


def test_writes_from_two_instances(tmp_path):
    a = SearchIndex(tmp_path / "ix")
    a.rebuild(DOCS)
    b = SearchIndex(tmp_path / "ix")
    ths = [threading.Thread(target=x.upsert, args=([D(f"w{i}", f"Schrijver{i}", tier="general")],))
           for i, x in enumerate([a, b, a, b])]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    a.refresh()
    b.refresh()
    assert len(a) == len(b) == 15
    a.close()
    b.close()


def test_damaged_index_detected(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    idx.rebuild(DOCS)
    gen = (tmp_path / "ix" / "CURRENT").read_text().strip()
    idx.close()
    for f in (tmp_path / "ix" / gen).iterdir():
        if f.is_file():
            f.write_bytes(b"garbage")
    idx2 = SearchIndex(tmp_path / "ix")
    assert idx2.needs_rebuild
    assert len(idx2) == 0
    assert search(idx2, q="boodschappen").total == 0
    idx2.rebuild(DOCS)
    assert search(idx2, q="boodschappen").total >= 2
    assert not idx2.needs_rebuild
    idx2.close()


def test_missing_pointer_target_detected(tmp_path):
    (tmp_path / "ix").mkdir()
    (tmp_path / "ix" / "CURRENT").write_text("gen-000042\n")
    idx = SearchIndex(tmp_path / "ix")
    assert idx.needs_rebuild and len(idx) == 0
    idx.close()


def test_reopen_existing_index(tmp_path):
    a = SearchIndex(tmp_path / "ix")
    a.rebuild(DOCS)
    a.close()
    b = SearchIndex(tmp_path / "ix")
    assert not b.needs_rebuild and len(b) == 11
    assert b.versions()["01"] == "v1"
    b.close()


def test_rebuild_progress(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    seen = []
    n = idx.rebuild((D(f"p{i}", f"Dienst {i}") for i in range(2500)), progress=seen.append)
    assert n == 2500 and seen[-1] == 2500 and 1000 in seen
    idx.close()


def test_public_types():
    h = Hit("x", 1.0, None, "")
    assert Result(total=1, hits=[h], facets={}).suggestion is None


# --- ranking details -----------------------------------------------------------


def test_compound_part_ranks_below_whole_word(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    idx.rebuild([
        D("a", "Huiswerkbegeleiding", description="Hulp bij huiswerk voor scholieren."),
        D("b", "Beschut werk", description="Werk met begeleiding."),
    ])
    assert ids(search(idx, q="werk")) == ["b", "a"]  # "werk" in "huiswerk" still found, lower
    assert ids(search(idx, q="huiswerk"))[0] == "a"
    idx.close()


def test_common_word_in_every_field_does_not_outweigh_specific_word(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    idx.rebuild([
        D("a", "Hulp aan huis", organization="Hulpdienst", keywords=["hulp"],
          description="Hulp en nog eens hulp, praktische hulp thuis."),
        D("b", "Boodschappendienst", description="Vrijwilligers doen boodschappen."),
    ] + [D(f"x{i}", f"Hulp {i}", description="Andere hulp.") for i in range(6)])
    assert ids(search(idx, q="hulp bij boodschappen"))[0] == "b"
    idx.close()


def test_directional_synonyms(tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("zwaarmoedig, neerslachtig => therapie\n", encoding="utf-8")
    idx = SearchIndex(tmp_path / "ix", synonyms=extra)
    idx.rebuild([
        D("a", "Neerslachtig?", description="Praat erover."),
        D("b", "Therapie", description="Behandeling bij klachten."),
    ])
    r = ids(search(idx, q="zwaarmoedig"))
    assert r == ["a", "b"]  # the equivalent above the related term
    assert ids(search(idx, q="therapie")) == ["b"]  # related terms do not expand back
    idx.close()


def test_categories_searchable_with_low_weight_and_not_in_snippet(tmp_path):
    idx = SearchIndex(tmp_path / "ix")
    idx.rebuild([
        D("a", "Inloopspreekuur", description="Kom langs met vragen.", categories=["Geld"]),
        D("b", "Geldcoach", description="Hulp bij uw geld."),
    ])
    r = search(idx, q="geld")
    assert ids(r) == ["b", "a"]
    assert "Geld" not in r.hits[1].snippet
    idx.close()


def test_index_from_older_analysis_asks_for_rebuild(tmp_path):
    a = SearchIndex(tmp_path / "ix")
    a.rebuild(DOCS)
    a.close()
    gen = (tmp_path / "ix" / "CURRENT").read_text().strip()
    (tmp_path / "ix" / gen / "ANALYSIS").unlink()
    b = SearchIndex(tmp_path / "ix")
    assert b.needs_rebuild and len(b) == 11  # still answers until rebuilt
    b.rebuild(DOCS)
    assert not b.needs_rebuild
    b.close()


def test_hits_carry_what_a_results_list_shows_from_the_stored_payload(tmp_path):
    idx = SearchIndex(tmp_path)
    idx.rebuild([D("a", "Boodschappendienst", organization="Stichting Vrijwillig Huizen", tier="volunteer",
                   life_domains=["finances", "daily_life"], free=True, place="Huizen", labels=["audience:carers"])])
    idx.upsert([D("b", "Boodschappenhulp", tier="specialist", place="Blaricum")])  # the incremental path too
    hits = {h.id: h for h in idx.search(Query(q="boodschappen")).hits}
    a, b = hits["a"], hits["b"]
    assert (a.name, a.organization, a.tier, a.life_domains, a.free, a.place, a.labels) == (
        "Boodschappendienst", "Stichting Vrijwillig Huizen", "volunteer", ["daily_life", "finances"], True, "Huizen",
        ["audience:carers"])
    assert (b.name, b.organization, b.tier, b.life_domains, b.free, b.place) == (
        "Boodschappenhulp", "", "specialist", [], False, "Blaricum")
    idx.close()


def test_warm_reads_ahead_and_changes_no_answer(ix):
    before = ix.search(Query(q="boodschappen eenzaamheid"))
    ix.warm()
    st = ix._state
    assert st._id_rank is not None and st._vocabs is not None and len(st.term_cache) > 0
    assert ix.search(Query(q="boodschappen eenzaamheid")) == before
