"""The warm hand-over in a real browser: a consultant refers a resident from the plan with consent,
the organisation accepts and starts it in its inbox, the plan shows "Gestart" with the history.
Every page axe-clean (WCAG 2.1 A/AA) at 375 and 1280 px."""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import func, select

from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.service import Cases
from sociale_kaart.directory import models as m
from sociale_kaart.partners.service import Actor, create_account
from tests.web.conftest import offline, screenshot
from tests.web.test_browser import WCAG

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]
PASSWORD = "een-goed-wachtwoord"


@pytest.fixture
def hand_over(demo_ctx):
    """A consultant of a team of its own with one household and a volunteer service in the plan, and a
    partner account of that service's organisation (the smallest one, not the demo partner's)."""
    tag = uuid.uuid4().hex[:6]
    consultant, partner = f"carla-{tag}@wijkteam.example", f"piet-{tag}@vrijwilligers.example"
    with demo_ctx.sessions() as session:
        svc = session.scalar(select(m.Service).join(m.ServiceLifeDomain).where(
            m.Service.tier == "volunteer", m.Service.status == "active", m.ServiceLifeDomain.code == "instrumental_adl")
            .order_by(select(func.count()).where(m.Service.organization_id == m.Service.organization_id)
                      .correlate(m.Service).scalar_subquery(), m.Service.name).limit(1))
        create_account(session, consultant, "consultant", None, PASSWORD, team=f"Wijkteam {tag}")
        create_account(session, partner, "partner", svc.organization_id, PASSWORD)
        cases = Cases(demo_ctx, session, Actor(f"account:{consultant}", "consultant", None, f"Wijkteam {tag}"))
        case = cases.create(cs.CaseIn(code=f"HH-{tag}", postcode="1271"))
        cases.set_domain(case.id, "instrumental_adl", cs.DomainIn(zrm=2, question="Ik kan zelf geen boodschappen meer doen"))
        cases.set_domain(case.id, "finances", cs.DomainIn(zrm=1, question="Ik heb grote schulden"))
        cases.add_item(case.id, cs.PlanIn(service_id=svc.id, life_domain="instrumental_adl"))
    return {"consultant": consultant, "partner": partner, "case": case.id, "code": f"HH-{tag}", "service": svc.name}


def sign_in(page, email: str) -> None:
    page.goto("/partner/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state("load")


def check_axe(page, axe, name: str, problems: dict) -> None:
    result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    if result.violations_count:
        problems[name] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    screenshot(page, name)


@pytest.mark.parametrize("width", [1280, 375])
def test_refer_accept_start_and_see_it_on_the_plan(browser, live_server, hand_over, width):
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), {}
    contexts = [browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server, locale="nl-NL")
                for _ in range(2)]
    for c in contexts:
        offline(c)
    team, partner = (c.new_page() for c in contexts)
    try:
        sign_in(team, hand_over["consultant"])
        team.goto(f"/consulent/huishouden/{hand_over['case']}")
        team.get_by_text(f"Verwijzen naar {hand_over['service']}").click()
        team.get_by_label("Langskomen").check()
        team.get_by_label("Voornaam").fill("Truus")
        check_axe(team, axe, f"referral-send-{width}", problems)
        team.get_by_role("button", name="Verwijzing versturen").click()  # no consent yet: a clear message
        assert team.locator(".error-summary").is_visible()
        assert "Vraag eerst toestemming" in team.locator(".error-summary").inner_text()
        check_axe(team, axe, f"referral-send-error-{width}", problems)
        assert team.get_by_label("Voornaam").input_value() == "Truus" and team.get_by_label("Langskomen").is_checked()
        team.get_by_label("De inwoner geeft toestemming om deze gegevens te delen").check()
        team.get_by_role("button", name="Verwijzing versturen").click()
        team.wait_for_url(re.compile(r"klaar=verwezen"))
        assert "Nieuw: wacht op antwoord" in team.locator(".r-plan").inner_text()

        sign_in(partner, hand_over["partner"])
        partner.goto("/partner/verwijzingen")
        assert "1 wacht op uw antwoord" in partner.locator("main").inner_text()
        check_axe(partner, axe, f"referral-inbox-{width}", problems)
        partner.get_by_role("link", name=re.compile(f"^{hand_over['code']}, Truus")).click()
        text = partner.locator("main").inner_text()
        assert "Ik kan zelf geen boodschappen meer doen" in text and "Langskomen" in text
        assert "schulden" not in text and "Financiën" not in text and "Score" not in text
        check_axe(partner, axe, f"referral-detail-{width}", problems)
        partner.get_by_role("button", name="Ja, wij helpen graag").click()
        partner.wait_for_url(re.compile(r"klaar=status"))
        partner.get_by_label("Toelichting").fill("Piet komt dinsdag langs")
        partner.get_by_role("button", name="De hulp is gestart").click()
        partner.wait_for_url(re.compile(r"klaar=status"))
        assert "Gestart" in partner.locator(".c-status").inner_text()
        check_axe(partner, axe, f"referral-started-{width}", problems)

        team.goto(f"/consulent/huishouden/{hand_over['case']}")
        plan = team.locator(".r-plan").inner_text()
        assert "Gestart" in plan and "Piet komt dinsdag langs" in plan and "Aangenomen" in plan
        check_axe(team, axe, f"referral-plan-{width}", problems)
        assert not problems, problems
    finally:
        for c in contexts:
            c.close()
