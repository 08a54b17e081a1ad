"""The words of the public pages, in B1 Dutch first and English second.

Labels of the domain's own codes (tiers, life domains, days, access routes) live in `vocab`;
this module holds the sentences around them. Templates call `t("key", **values)`.
"""

from __future__ import annotations

from sociale_kaart import vocab

LANGUAGES = ("nl", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    # layout
    "site.name": ("Sociale Kaart", "Social Map"),
    "site.tagline": ("Hulp en activiteiten bij u in de buurt", "Help and activities near you"),
    "skip": ("Direct naar de inhoud", "Skip to content"),
    "lang.switch": ("English", "Nederlands"),
    "lang.switch.label": ("Read this page in English", "Lees deze pagina in het Nederlands"),
    "demo.note": ("Dit is een demonstratie. De organisaties en diensten op deze kaart zijn verzonnen.",
                  "This is a demonstration. The organisations and services on this map are fictional."),
    "footer.about": ("De gemeente houdt deze kaart samen met de organisaties in de buurt up-to-date.",
                     "The municipality keeps this map up to date together with local organisations."),
    "footer.data": ("Open data: de API volgt de standaard HSDS.", "Open data: the API follows the HSDS standard."),
    "footer.crisis": ("Bij gevaar belt u altijd 112.", "In an emergency, always call 112."),
    "content.dutch": ("", "The descriptions are in Dutch."),
    # home
    "home.title": ("Vind hulp en activiteiten bij u in de buurt", "Find help and activities near you"),
    "home.intro": ("De gemeente helpt u graag op weg. Zoek in uw eigen woorden, bijvoorbeeld "
                   "‘boodschappen’, ‘eenzaam’ of ‘schulden’.",
                   "The municipality is happy to help you on your way. Search in your own words, for example "
                   "‘shopping’, ‘lonely’ or ‘debts’ (Dutch words work best)."),
    "home.description": ("Zoek hulp, vrijwilligers en activiteiten bij u in de buurt: voor geld, wonen, "
                         "gezondheid, contact met anderen en meer.",
                         "Find help, volunteers and activities near you: money, housing, health, "
                         "contact with others and more."),
    "home.topics": ("Of kies een onderwerp", "Or choose a topic"),
    "home.crisis.title": ("Direct hulp nodig?", "Need help right now?"),
    "home.crisis.text": ("Bij gevaar belt u 112. Veilig Thuis (huiselijk geweld) belt u gratis op 0800 2000, "
                         "dag en nacht. Praten over zelfmoord kan bij 113, gratis op 0800 0113.",
                         "In danger, call 112. Veilig Thuis (domestic violence) is free on 0800 2000, "
                         "day and night. To talk about suicide, call 113, free on 0800 0113."),
    # search form
    "search.q": ("Waar zoekt u hulp bij?", "What do you need help with?"),
    "search.q.hint": ("Bijvoorbeeld: hulp bij boodschappen", "For example: hulp bij boodschappen (help with shopping)"),
    "search.near": ("Waar?", "Where?"),
    "search.near.hint": ("Uw postcode of woonplaats, bijvoorbeeld 1271 of Huizen",
                         "Your postcode or town, for example 1271 or Huizen"),
    "search.button": ("Zoeken", "Search"),
    # results
    "results.title": ("Zoekresultaten", "Search results"),
    "results.title.q": ("Resultaten voor ‘{q}’", "Results for ‘{q}’"),
    "results.count.one": ("1 resultaat", "1 result"),
    "results.count": ("{n} resultaten", "{n} results"),
    "results.near": ("binnen {km} km van {place}", "within {km} km of {place}"),
    "results.sorted.distance": ("De dichtstbijzijnde staan bovenaan.", "The nearest are at the top."),
    "results.page": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "results.list": ("Gevonden hulp", "Help found"),
    "results.distance": ("{km} km", "{km} km"),
    "results.free": ("Gratis", "Free"),
    "results.by": ("door {org}", "by {org}"),
    "results.more": ("Meer over {name}", "More about {name}"),
    "results.fuzzy": ("We vonden niets met precies deze woorden. Dit lijkt erop:",
                      "Nothing matched these exact words. These come close:"),
    "filters.title": ("Filters", "Filters"),
    "filters.intro": ("Maak uw keuze en kies ‘Toon resultaten’.", "Make your choice and press ‘Show results’."),
    "filters.tier": ("Soort hulp", "Kind of help"),
    "filters.domain": ("Onderwerp", "Topic"),
    "filters.cost": ("Kosten", "Cost"),
    "filters.free": ("Alleen gratis", "Free only"),
    "filters.open_on": ("Open op", "Open on"),
    "filters.any_day": ("Elke dag", "Any day"),
    "filters.access": ("Toegankelijkheid", "Accessibility"),
    "filters.wheelchair": ("Toegankelijk met een rolstoel", "Wheelchair accessible"),
    "filters.age": ("Uw leeftijd", "Your age"),
    "filters.age.hint": ("Dan ziet u alleen hulp voor uw leeftijd.", "Only shows help for your age."),
    "filters.language": ("Taal", "Language"),
    "filters.any_language": ("Elke taal", "Any language"),
    "filters.radius": ("Afstand", "Distance"),
    "filters.radius.hint": ("Werkt als u bij ‘Waar?’ iets invult.", "Works when you fill in ‘Where?’."),
    "filters.radius.km": ("Tot {km} km", "Up to {km} km"),
    "filters.apply": ("Toon resultaten", "Show results"),
    "filters.clear": ("Alle filters weghalen", "Remove all filters"),
    "filters.count": ("{n} gevonden", "{n} found"),
    "pager.label": ("Meer resultaten", "More results"),
    "pager.prev": ("Vorige", "Previous"),
    "pager.next": ("Volgende", "Next"),
    "pager.page": ("Pagina {n}", "Page {n}"),
    "map.label": ("Kaart met de resultaten van deze pagina", "Map of the results on this page"),
    "map.note": ("De kaart laat de plaatsen van deze pagina zien. De lijst bevat dezelfde informatie.",
                 "The map shows the places on this page. The list has the same information."),
    "map.approx": ("Plaats bij benadering (geheim adres)", "Approximate place (confidential address)"),
    "map.results": ("resultaten", "results"),
    "empty.title": ("We hebben niets gevonden", "We found nothing"),
    "empty.text": ("Jammer, er is geen hulp gevonden die bij uw zoekopdracht past. Deze tips helpen u verder:",
                   "Sorry, we found no help that fits your search. These tips may help:"),
    "empty.suggestion": ("Bedoelde u ‘{s}’?", "Did you mean ‘{s}’?"),
    "empty.wider": ("Zoek verder weg: tot {km} km", "Search further away: up to {km} km"),
    "empty.filters": ("Zoek zonder filters", "Search without filters"),
    "empty.words": ("Gebruik andere of minder woorden, bijvoorbeeld ‘hulp’ of ‘geld’.",
                    "Use other or fewer words, for example ‘hulp’ (help) or ‘geld’ (money)."),
    "empty.topics": ("Kies een onderwerp op de beginpagina.", "Choose a topic on the home page."),
    "empty.page": ("Op deze pagina staan geen resultaten meer.", "There are no more results on this page."),
    "empty.first": ("Naar de eerste pagina", "Go to the first page"),
    "error.near": ("We kennen de plaats of postcode ‘{near}’ niet. Probeer een postcode zoals 1271 of een woonplaats.",
                   "We do not know the place or postcode ‘{near}’. Try a postcode like 1271 or a town name."),
    "error.input": ("Een van de filters klopt niet. We hebben hem weggelaten.",
                    "One of the filters was not valid. We left it out."),
    # detail
    "detail.back": ("Terug naar de zoekresultaten", "Back to the search results"),
    "detail.new_search": ("Nieuwe zoekopdracht", "New search"),
    "detail.by": ("Aangeboden door", "Offered by"),
    "detail.what": ("Wat is het?", "What is it?"),
    "detail.for_whom": ("Voor wie?", "Who is it for?"),
    "detail.age.range": ("Van {min} tot en met {max} jaar.", "From {min} to {max} years old."),
    "detail.age.min": ("Vanaf {min} jaar.", "From {min} years old."),
    "detail.age.max": ("Tot en met {max} jaar.", "Up to {max} years old."),
    "detail.everyone": ("Voor iedereen.", "For everyone."),
    "detail.cost": ("Wat kost het?", "What does it cost?"),
    "detail.free": ("Gratis.", "Free."),
    "detail.amount": ("€ {amount}", "€ {amount}"),
    "detail.cost.unknown": ("Vraag de organisatie naar de kosten.", "Ask the organisation about the cost."),
    "detail.apply": ("Hoe krijgt u deze hulp?", "How do you get this help?"),
    "detail.waiting": ("Wachttijd: ongeveer {n} weken.", "Waiting time: about {n} weeks."),
    "detail.waiting.none": ("Er is geen wachttijd.", "There is no waiting time."),
    "detail.when": ("Wanneer?", "When?"),
    "detail.hours": ("{opens} tot {closes} uur", "{opens} to {closes}"),
    "detail.every_day": ("Elke dag", "Every day"),
    "detail.day_and_night": ("dag en nacht", "day and night"),
    "detail.when.unknown": ("Neem contact op voor de tijden.", "Get in touch for the times."),
    "detail.where": ("Waar?", "Where?"),
    "detail.confidential": ("Het adres is geheim, voor uw veiligheid. U hoort het adres als u contact opneemt.",
                            "The address is confidential, for your safety. You will hear it when you get in touch."),
    "detail.route": ("Route naar {name} (OpenStreetMap)", "Directions to {name} (OpenStreetMap)"),
    "detail.online": ("Deze hulp is online of aan huis, in: {areas}.", "This help is online or at home, in: {areas}."),
    "detail.contact": ("Contact", "Contact"),
    "detail.phone": ("Bel {number}", "Call {number}"),
    "detail.email": ("Mail naar {email}", "E-mail {email}"),
    "detail.website": ("Website van {name}", "Website of {name}"),
    "detail.languages": ("Talen", "Languages"),
    "detail.assured": ("Laatst gecontroleerd op {date}", "Last checked on {date}"),
    "detail.crisis": ("Deze hulp is er dag en nacht, ook bij acuut gevaar. Bij direct gevaar belt u 112.",
                      "This help is available day and night, also in acute danger. In immediate danger, call 112."),
    "detail.description_fallback": ("{name} van {org}.", "{name} by {org}."),
    # feedback
    "feedback.title": ("Klopt er iets niet?", "Is something wrong?"),
    "feedback.intro": ("Ziet u een fout, of is er iets veranderd? Laat het ons weten. De redactie van de gemeente "
                       "past het graag aan.",
                       "Do you see a mistake, or has something changed? Let us know. The municipality’s editors "
                       "are happy to correct it."),
    "feedback.message": ("Wat klopt er niet?", "What is wrong?"),
    "feedback.email": ("Uw e-mailadres (niet verplicht)", "Your e-mail address (optional)"),
    "feedback.email.hint": ("Alleen als u antwoord wilt. We gebruiken het voor niets anders.",
                            "Only if you would like an answer. We use it for nothing else."),
    "feedback.honeypot": ("Laat dit veld leeg", "Leave this field empty"),
    "feedback.send": ("Verstuur", "Send"),
    "feedback.thanks": ("Bedankt! Uw bericht is verstuurd naar de redactie.",
                        "Thank you! Your message has been sent to the editors."),
    "feedback.error.title": ("Uw bericht is nog niet verstuurd", "Your message has not been sent yet"),
    "feedback.error.message.empty": ("Schrijf in het vak wat er niet klopt.", "Write in the box what is wrong."),
    "feedback.error.message.too_long": ("Uw bericht is te lang. Gebruik maximaal 4000 tekens.",
                                        "Your message is too long. Use at most 4000 characters."),
    "feedback.error.email.invalid": ("Dit e-mailadres klopt niet. Een goed voorbeeld is naam@voorbeeld.nl. U mag het vak ook leeg laten.",
                                     "This e-mail address is not valid. A good example is name@example.nl. You may also leave it empty."),
    # errors
    "error.404.title": ("Deze pagina bestaat niet (meer)", "This page does not exist (anymore)"),
    "error.404.text": ("Misschien is de dienst gestopt of is de link veranderd. Zoek hieronder opnieuw.",
                       "Perhaps the service has stopped or the link has changed. Search again below."),
    "error.429.title": ("Even geduld", "Please wait a moment"),
    "error.429.text": ("U heeft veel berichten kort na elkaar verstuurd. Probeer het over een paar minuten opnieuw.",
                       "You sent many messages in a short time. Please try again in a few minutes."),
    "error.500.title": ("Er ging iets mis", "Something went wrong"),
    "error.500.text": ("Dit ligt aan ons, niet aan u. Probeer het over een paar minuten opnieuw.",
                       "This is our fault, not yours. Please try again in a few minutes."),
    "error.other.title": ("Dit lukte niet", "This did not work"),
    "error.other.text": ("Probeer het opnieuw vanaf de beginpagina.", "Please try again from the home page."),
    "error.home": ("Naar de beginpagina", "Go to the home page"),
}

# consultant pages (/consulent): for consultants of a district team, B1 Dutch like every page
MESSAGES.update({
    "c.title": ("Werkplek consulent", "Consultant workspace"),
    "c.team": ("Team", "Team"),
    "c.logout": ("Uitloggen", "Sign out"),
    "c.start.intro": ("Hier vindt u de huishoudens van uw team. Begin een intake, kies passende hulp en maak samen één plan.",
                      "Here are your team's households. Start an intake, choose fitting support and make one plan together."),
    "c.new": ("Nieuw huishouden", "New household"),
    "c.teamview": ("Teamoverzicht", "Team view"),
    "c.waiting": ("Wacht op uw akkoord", "Waiting for your approval"),
    "c.waiting.none": ("Er wacht niets op uw akkoord.", "Nothing is waiting for your approval."),
    "c.reviews": ("Evaluaties in de komende twee weken", "Reviews in the next two weeks"),
    "c.reviews.none": ("Er staan geen evaluaties gepland in de komende twee weken.", "No reviews are planned in the next two weeks."),
    "c.overdue": ("te laat", "overdue"),
    "c.cases": ("Open huishoudens", "Open households"),
    "c.cases.none": ("Uw team heeft nog geen open huishoudens. Begin met ‘Nieuw huishouden’.",
                     "Your team has no open households yet. Start with ‘New household’."),
    "c.code": ("Code van het huishouden", "Household code"),
    "c.code.hint": ("De eigen code van uw team, bijvoorbeeld HH-2026-014. Gebruik nooit een BSN of een naam.",
                    "Your team's own code, for example HH-2026-014. Never use a citizen service number or a name."),
    "c.postcode": ("Postcode", "Postcode"),
    "c.postcode.hint": ("Bijvoorbeeld 1271 of 1271 AB. Zo vinden we hulp dichtbij.", "For example 1271 or 1271 AB, to find help nearby."),
    "c.members": ("Wie horen bij het huishouden?", "Who belongs to the household?"),
    "c.members.hint": ("Alleen de rol en de leeftijd. Namen zijn niet nodig.", "Only role and age. Names are not needed."),
    "c.member": ("Persoon {n}", "Person {n}"),
    "c.role": ("Rol", "Role"),
    "c.age": ("Leeftijd", "Age"),
    "c.role.": ("–", "–"),
    "c.role.resident": ("Inwoner met de hulpvraag", "Resident with the question"),
    "c.role.partner": ("Partner", "Partner"),
    "c.role.child": ("Kind", "Child"),
    "c.role.parent": ("Ouder", "Parent"),
    "c.role.carer": ("Mantelzorger", "Informal carer"),
    "c.role.other": ("Iemand anders", "Someone else"),
    "c.network": ("Zijn er mensen in de buurt die kunnen helpen?", "Are there people around who can help?"),
    "c.network.yes": ("Ja, familie, buren of vrienden kunnen helpen", "Yes, family, neighbours or friends can help"),
    "c.network.no": ("Nee, (bijna) niemand", "No, (almost) nobody"),
    "c.budget": ("Wat mag het kosten?", "What may it cost?"),
    "c.budget.free": ("Alleen gratis", "Free only"),
    "c.budget.low": ("Weinig: hooguit € 25 per maand", "Little: at most € 25 a month"),
    "c.budget.any": ("Maakt niet uit", "Does not matter"),
    "c.languages": ("Welke talen spreekt het huishouden?", "Which languages does the household speak?"),
    "c.days": ("Op welke dagen kan het?", "On which days is it possible?"),
    "c.days.hint": ("Niets aangevinkt: elke dag is goed.", "Nothing ticked: any day is fine."),
    "c.distance": ("Hoe ver mag het zijn (km)?", "How far may it be (km)?"),
    "c.wheelchair": ("Toegankelijk met een rolstoel nodig", "Needs wheelchair access"),
    "c.save": ("Opslaan", "Save"),
    "c.back": ("Terug naar het huishouden", "Back to the household"),
    "c.back.start": ("Terug naar de werkplek", "Back to the workspace"),
    "c.edit.household": ("Gegevens wijzigen", "Change details"),
    "c.notice.opgeslagen": ("Opgeslagen.", "Saved."),
    "c.notice.plan": ("Dank u wel! De hulp staat in het plan.", "Thank you! The support is in the plan."),
    "c.notice.besluit": ("Uw besluit is vastgelegd.", "Your decision is recorded."),
    "c.notice.gesloten": ("Het huishouden is afgesloten. De gegevens worden na de bewaartermijn gewist.",
                          "The household is closed. Its data is erased after the retention period."),
    "c.notice.gewist": ("De gegevens van het huishouden zijn gewist.", "The household's data has been erased."),
    "c.error.summary": ("Niet alles is goed ingevuld. Kijk bij:", "Not everything is filled in correctly. Please look at:"),
    "c.error.field": ("Dit klopt nog niet. Kijk het na.", "This is not right yet. Please check it."),
    "c.error.code": ("Vul de code van uw team voor dit huishouden in.", "Fill in your team's code for this household."),
    "c.error.bsn": ("Dit lijkt op een BSN. Gebruik de eigen code van uw team, nooit een BSN.",
                    "This looks like a citizen service number. Use your team's own code, never a BSN."),
    "c.error.postcode": ("Deze postcode kennen we niet. Vul een postcode in zoals 1271 of 1271 AB.",
                         "We do not know this postcode. Fill in a postcode like 1271 or 1271 AB."),
    "c.error.age": ("Vul een leeftijd in van 0 tot 130.", "Fill in an age from 0 to 130."),
    "c.error.max_distance_km": ("Vul een afstand in van 1 tot 300 km.", "Fill in a distance from 1 to 300 km."),
    "c.error.zrm": ("Kies een score van 1 tot 5.", "Choose a score from 1 to 5."),
    "c.error.motivation": ("Schrijf op waarom lichtere hulp niet past: eigen kracht, netwerk, vrijwilligers en algemene voorzieningen.",
                           "Write down why lighter support does not fit: own strength, network, volunteers and general provisions."),
    "c.error.service_id": ("Deze hulp is er niet meer. Kies een andere.", "This support no longer exists. Please choose another."),
    "c.error.review_date": ("De evaluatie komt na de start.", "The review comes after the start."),
    "c.error.start_date": ("Vul een datum in, zoals 2026-12-31.", "Fill in a date, like 2026-12-31."),
    "c.error.date": ("Vul een datum in, zoals 2026-12-31.", "Fill in a date, like 2026-12-31."),
    "c.error.note": ("Schrijf op waarom u nee zegt. Dan weten het huishouden en het team waarom.",
                     "Write down why you say no, so the household and the team know why."),
    "c.error.decided": ("Over deze hulp is al besloten.", "This support has already been decided on."),
    "c.error.confirm": ("Vink aan dat u alle gegevens wilt wissen.", "Tick that you want to erase all data."),
    "c.error.status": ("Dit huishouden is afgesloten. U kunt het nog lezen, maar niet meer wijzigen.",
                       "This household is closed. You can read it, but not change it."),
    "c.intake": ("Intake per leefgebied", "Intake per life domain"),
    "c.intake.intro": ("Kies een leefgebied. Geef een score, schrijf de vraag op in de woorden van de inwoner en zie meteen welke hulp past.",
                       "Choose a life domain. Give a score, write down the question in the resident's words and see at once which support fits."),
    "c.domain": ("Leefgebied", "Life domain"),
    "c.score": ("Score", "Score"),
    "c.notscored": ("Nog niet besproken", "Not discussed yet"),
    "c.open": ("Intake en advies", "Intake and advice"),
    "c.zrm": ("Hoe zelfredzaam is het huishouden hier? (ZRM)", "How self-reliant is the household here? (ZRM)"),
    "c.zrm.hint": ("1 is acute problemen, 5 is helemaal zelfredzaam.", "1 is acute problems, 5 is fully self-reliant."),
    "c.question": ("De vraag achter de vraag, in de woorden van de inwoner", "The question behind the question, in the resident's words"),
    "c.question.hint": ("Bijvoorbeeld: ‘Ik kan niet meer zelf boodschappen doen en zie bijna niemand.’",
                        "For example: ‘I can no longer do my own shopping and hardly see anyone.’"),
    "c.own_strength": ("Wat doet de inwoner zelf?", "What does the resident do themselves?"),
    "c.network.does": ("Wat doen familie, buren of vrienden?", "What do family, neighbours or friends do?"),
    "c.save.intake": ("Opslaan en advies tonen", "Save and show advice"),
    "c.advice": ("Advies: van lichte naar zwaardere hulp", "Advice: from light to heavier support"),
    "c.advice.first": ("Sla eerst een score of de vraag op. Dan ziet u hier welke hulp past.",
                       "Save a score or the question first. Then you see here which support fits."),
    "c.advice.none": ("We vonden geen hulp die past. Probeer andere woorden of een grotere afstand.",
                      "We found no fitting support. Try other words or a larger distance."),
    "c.crisis": ("Eerst veiligheid: hulp bij acute nood", "Safety first: help in acute need"),
    "c.crisis.text": ("Er is acute nood. Is er direct gevaar? Bel dan 112. Deze hulp is er dag en nacht:",
                      "There is acute need. Is there immediate danger? Call 112. This help is there day and night:"),
    "c.why": ("Waarom dit past", "Why this fits"),
    "c.org": ("Organisatie", "Organisation"),
    "c.phone": ("Telefoon", "Phone"),
    "c.email": ("E-mail", "E-mail"),
    "c.address": ("Adres", "Address"),
    "c.address.secret": ("Geheim adres: bel eerst", "Confidential address: call first"),
    "c.hours": ("Open", "Open"),
    "c.cost": ("Kosten", "Cost"),
    "c.apply": ("Hoe aanmelden?", "How to apply?"),
    "c.distance.km": ("Afstand", "Distance"),
    "c.waiting.weeks": ("Wachttijd", "Waiting time"),
    "c.weeks": ("{n} weken", "{n} weeks"),
    "c.week": ("1 week", "1 week"),
    "c.nowait": ("Geen wachttijd", "No waiting time"),
    "c.unknown": ("Niet bekend", "Not known"),
    "c.listing": ("Bekijk op de kaart", "View on the map"),
    "c.compare.pick": ("Vergelijk", "Compare"),
    "c.compare.button": ("Vergelijk de gekozen hulp (2 of 3)", "Compare the chosen support (2 or 3)"),
    "c.compare": ("Hulp naast elkaar", "Support side by side"),
    "c.compare.few": ("Kies twee of drie mogelijkheden om te vergelijken.", "Choose two or three options to compare."),
    "c.choose": ("Zet in het plan", "Add to the plan"),
    "c.inplan": ("Staat al in het plan", "Already in the plan"),
    "c.who": ("Wie doet wat?", "Who does what?"),
    "c.who.hint": ("Bijvoorbeeld: ‘Mevrouw belt zelf. Dochter rijdt mee naar de eerste keer.’",
                   "For example: ‘She calls herself. Her daughter drives her the first time.’"),
    "c.start": ("Start", "Start"),
    "c.review": ("Evaluatie", "Review"),
    "c.motivation": ("Waarom past lichtere hulp niet?", "Why does lighter support not fit?"),
    "c.motivation.hint": ("Nodig bij hulp op maat of professionele zorg. Een collega van uw team beoordeelt dit.",
                          "Needed for tailored or professional care. A colleague of your team reviews it."),
    "c.alltiers.show": ("Toon ook hulp op maat en professionele zorg", "Also show tailored and professional care"),
    "c.alltiers.hide": ("Toon alleen de lichtste hulp die past", "Show only the lightest fitting support"),
    "c.excluded": ("Past bij de vraag, maar niet bij deze situatie", "Fits the question, but not this situation"),
    "c.explanation": ("Uitleg", "Explanation"),
    "c.plan": ("Het plan", "The plan"),
    "c.plan.none": ("Er staat nog niets in het plan. Kies hulp bij een leefgebied.", "The plan is still empty. Choose support in a life domain."),
    "c.status.agreed": ("Afgesproken", "Agreed"),
    "c.status.awaiting_approval": ("Wacht op akkoord van een collega", "Waiting for a colleague's approval"),
    "c.status.approved": ("Goedgekeurd", "Approved"),
    "c.status.rejected": ("Niet toegekend", "Not granted"),
    "c.by": ("door {name}", "by {name}"),
    "c.approve": ("Akkoord", "Approve"),
    "c.reject": ("Niet akkoord", "Refuse"),
    "c.note": ("Toelichting (nodig bij ‘niet akkoord’)", "Note (needed when refusing)"),
    "c.decide": ("Uw besluit", "Your decision"),
    "c.own.item": ("U stelde dit zelf voor. Een collega van uw team beslist.", "You proposed this yourself. A colleague of your team decides."),
    "c.print": ("Plan afdrukken voor de inwoner", "Print the plan for the resident"),
    "c.export": ("Alle gegevens downloaden (JSON)", "Download all data (JSON)"),
    "c.log": ("Logboek: wie heeft dit huishouden bekeken?", "Log: who looked at this household?"),
    "c.close": ("Huishouden afsluiten", "Close the household"),
    "c.erase": ("Alle gegevens wissen", "Erase all data"),
    "c.erase.confirm": ("Ja, wis alle gegevens van dit huishouden. Dit kan niet ongedaan worden gemaakt.",
                        "Yes, erase all data of this household. This cannot be undone."),
    "c.privacy": ("Privacy", "Privacy"),
    "c.closed": ("Afgesloten", "Closed"),
    "c.print.title": ("Uw plan", "Your plan"),
    "c.print.intro": ("Dit hebben we samen afgesproken. Bij elke hulp staat hoe u contact opneemt.",
                      "This is what we agreed together. Each support shows how to get in touch."),
    "c.print.how": ("Druk af met de knop Afdrukken van uw browser (Ctrl+P).", "Print with your browser's Print button (Ctrl+P)."),
    "c.print.date": ("Datum", "Date"),
    "c.print.questions": ("Vragen? Neem contact op met uw consulent van {team}.", "Questions? Contact your consultant at {team}."),
    "c.print.none": ("Er staat nog geen afgesproken hulp in het plan.", "There is no agreed support in the plan yet."),
    "c.when": ("Wanneer", "When"),
    "c.what": ("Wat", "What"),
    "c.who.short": ("Wie", "Who"),
    "c.action": ("Actie", "Action"),
    "c.period": ("Periode", "Period"),
    "c.from": ("Van", "From"),
    "c.to": ("Tot en met", "Up to and including"),
    "c.show": ("Toon", "Show"),
    "c.outcomes": ("Besluiten per leefgebied en soort hulp", "Decisions per life domain and kind of support"),
    "c.outcomes.intro": ("Per uitkomst: uw eigen aantal en dat van het hele team.", "Per outcome: your own number and the whole team's."),
    "c.mine": ("ik", "me"),
    "c.teamcount": ("team", "team"),
    "c.tier": ("Soort hulp", "Kind of support"),
    "c.days_to_plan": ("Dagen van intake tot plan (mediaan)", "Days from intake to plan (median)"),
    "c.waiting.count": ("Wachten op akkoord", "Waiting for approval"),
    "c.decisions": ("Besluiten voor het casusoverleg", "Decisions for the case discussion"),
    "c.decisions.none": ("Geen besluiten over hulp op maat of professionele zorg in deze periode.",
                         "No decisions on tailored or professional care in this period."),
    "c.nodata": ("Nog geen besluiten in deze periode.", "No decisions in this period yet."),
    "c.total": ("{n} besluiten in deze periode", "{n} decisions in this period"),
})

# Everyday words for the life domains on the home page: what people would recognise.
DOMAIN_HINTS: dict[str, tuple[str, str]] = {
    "finances": ("Rondkomen, schulden, formulieren", "Making ends meet, debts, forms"),
    "work_education": ("Werk zoeken, vrijwilligerswerk, taal leren", "Finding work, volunteering, learning Dutch"),
    "daytime_activities": ("Iets te doen hebben overdag", "Something to do during the day"),
    "housing": ("Een huis, klussen, aanpassingen", "A home, odd jobs, adaptations"),
    "domestic_relations": ("Thuis, gezin, opvoeding, veiligheid", "Home, family, parenting, safety"),
    "mental_health": ("Somber, zorgen, stress", "Feeling low, worries, stress"),
    "physical_health": ("Gezond blijven, ziekte, bewegen", "Staying healthy, illness, exercise"),
    "substance_use": ("Minder drinken, stoppen met drugs", "Drinking less, quitting drugs"),
    "basic_adl": ("Hulp bij de persoonlijke verzorging", "Help with personal care"),
    "instrumental_adl": ("Boodschappen, schoonmaken, post", "Shopping, cleaning, mail"),
    "social_network": ("Mensen ontmoeten, niet alleen zijn", "Meeting people, not being alone"),
    "social_participation": ("Vrijwilligerswerk, clubs, het buurthuis", "Volunteering, clubs, the community centre"),
    "justice": ("Na detentie, juridische vragen", "After prison, legal questions"),
}

LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "nl": ("Nederlands", "Dutch"), "en": ("Engels", "English"), "de": ("Duits", "German"),
    "fr": ("Frans", "French"), "tr": ("Turks", "Turkish"), "ar": ("Arabisch", "Arabic"),
    "pl": ("Pools", "Polish"), "uk": ("Oekraïens", "Ukrainian"), "ru": ("Russisch", "Russian"),
    "es": ("Spaans", "Spanish"), "pt": ("Portugees", "Portuguese"), "so": ("Somalisch", "Somali"),
    "ti": ("Tigrinya", "Tigrinya"), "fa": ("Perzisch", "Persian"), "zh": ("Chinees", "Chinese"),
    "ber": ("Berbers", "Berber"), "pap": ("Papiaments", "Papiamento"), "sr": ("Servisch", "Serbian"),
    "bg": ("Bulgaars", "Bulgarian"), "ro": ("Roemeens", "Romanian"), "it": ("Italiaans", "Italian"),
}

MONTHS = (
    ("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"), ("mei", "May"),
    ("juni", "June"), ("juli", "July"), ("augustus", "August"), ("september", "September"),
    ("oktober", "October"), ("november", "November"), ("december", "December"),
)


class Translator:
    """`t(key, **values)` for one language, plus the domain's labels."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else "nl"
        self._i = 1 if self.lang == "en" else 0

    def __call__(self, key: str, **values) -> str:
        text = MESSAGES[key][self._i]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in MESSAGES

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[self._i]

    def tier(self, code: str) -> str:
        return self.pick(vocab.TIERS[code]) if code in vocab.TIERS else code

    def domain(self, code: str) -> str:
        return self.pick(vocab.LIFE_DOMAINS[code]) if code in vocab.LIFE_DOMAINS else code

    def domains(self) -> list[tuple[str, str]]:
        return [(code, self.pick(labels)) for code, labels in vocab.LIFE_DOMAINS.items()]

    def domain_hint(self, code: str) -> str:
        return self.pick(DOMAIN_HINTS[code]) if code in DOMAIN_HINTS else ""

    def access(self, code: str) -> str:
        return self.pick(vocab.ACCESS_ROUTES[code]) if code in vocab.ACCESS_ROUTES else code

    def day(self, code: str) -> str:
        return self.pick(vocab.DAYS[code]) if code in vocab.DAYS else code

    def feature(self, code: str) -> str:
        return self.pick(vocab.LOCATION_FEATURES[code]) if code in vocab.LOCATION_FEATURES else code

    def language(self, code: str, fallback: str | None = None) -> str:
        pair = LANGUAGE_NAMES.get((code or "").lower())
        return self.pick(pair) if pair else (fallback or code)

    def number(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "nl" else text

    def money(self, value: float) -> str:
        text = f"{value:.2f}"
        return text.replace(".", ",") if self.lang == "nl" else text

    def date(self, iso: str | None) -> str:
        if not iso or len(iso) < 10:
            return ""
        try:
            y, mth, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
            month = MONTHS[mth - 1][self._i]
        except (ValueError, IndexError):
            return iso[:10]
        return f"{d} {month} {y}" if self.lang == "nl" else f"{d} {month} {y}"
