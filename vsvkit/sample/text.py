"""Fictional Dutch text for the sample data: free-text remarks and respondent contact details.

Private helper of :mod:`vsvkit.sample`. Every remark is anonymous (no names of people,
hospitals or places) and every e-mail address ends in ``.invalid`` (RFC 2606), so none of
it can belong to a real person.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

__all__: list[str] = []

#: Plausible remarks per domain, as members might type them in a survey form.
REMARKS: dict[str, tuple[str, ...]] = {
    "CLI": (
        "Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.",
        "Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.",
        "Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.",
        "We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.",
        "Er is een cliëntenpanel, maar niet iedereen weet wat daaruit komt.",
        "Voorlichting over pijnbestrijding verschilt per praktijk.",
        "Meer aandacht nodig voor zwangeren die de taal niet goed spreken.",
        "De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.",
    ),
    "COO": (
        "Bij overdracht in de nacht gaat er nog informatie verloren.",
        "Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.",
        "De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.",
        "Multidisciplinair zorgplan bestaat alleen op papier.",
        "Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.",
        "De overdracht naar de kraamzorg is de afgelopen tijd duidelijk beter geworden.",
        "Protocollen worden door de tweede lijn geschreven en daarna aan ons voorgelegd.",
        "Bij spoed werken we goed samen, bij de gewone zorg minder.",
    ),
    "ORG": (
        "Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.",
        "Er is een jaarplan, maar ik heb het nooit gezien.",
        "De belangen van het ziekenhuis wegen zwaarder dan die van de praktijken.",
        "Besluiten worden genomen, maar niet iedereen voert ze uit.",
        "Goed dat er nu een VSV-coördinator is.",
        "Vergaderingen zijn op tijden waarop de eerste lijn lastig kan.",
        "Het is niet duidelijk wie namens de kraamzorg mag besluiten.",
    ),
    "SUP": (
        "We werken nog steeds met verschillende systemen; gegevens worden overgetypt.",
        "Perined-cijfers worden eens per jaar gepresenteerd, maar niet echt besproken.",
        "De perinatale audit is waardevol, maar de opkomst van de eerste lijn is laag.",
        "Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.",
        "Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.",
        "Het gedeelde dossier is aangekondigd, maar nog niet ingevoerd.",
        "Casusbesprekingen zijn leerzaam en veilig.",
        "Het secretariaat van het VSV draait op vrijwilligers.",
    ),
    "OMG": (
        "Geen idee hoe de afspraken met de zorgverzekeraar lopen.",
        "Integrale bekostiging is besproken, maar er is geen besluit genomen.",
        "Samenwerking met de gemeente rond kwetsbare zwangeren komt net op gang.",
        "De JGZ zou eerder betrokken moeten worden.",
        "Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.",
        "Als kraamzorg weten wij weinig van de financiering van het VSV.",
        "Het nieuwe basiskader geeft houvast.",
    ),
    "REF": (
        "Er is veel onderling vertrouwen, dat is onze kracht.",
        "De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.",
        "Afspraken worden niet door iedereen nagekomen.",
        "Er is een trekker nodig die de samenwerking vooruit helpt.",
        "We kennen elkaar goed, ook buiten het werk om.",
        "Een gedeelde visie is er, maar die leeft niet bij iedereen.",
        "Respect voor elkaars vak is de laatste jaren gegroeid.",
    ),
}

FIRST_NAMES = (
    "Anna", "Bram", "Carla", "Daan", "Eva", "Fenna", "Gijs", "Hanna", "Inge", "Joost",
    "Karin", "Lotte", "Marieke", "Noor", "Olga", "Petra", "Roos", "Sanne", "Tessa", "Ursula",
    "Vera", "Wouter", "Yara", "Zoë", "Ilse", "Mirjam", "Femke", "Judith", "Esther", "Linda",
)  # fmt: skip

SURNAMES = (
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
)  # fmt: skip

#: Answers as a form in Dutch shows the scale (CSV exports carry the label, not the number).
CSV_ECHELON_LABELS = {
    "eerste_lijn": "Eerste lijn",
    "tweede_lijn": "Tweede lijn",
    "kraamzorg": "Kraamzorg",
    "overig": "Overig",
}

#: Microsoft-Forms-style exports show some professions with another, common wording
#: (each one an alias in the instrument file); the others use the instrument's Dutch name.
XLSX_ROLE_LABELS = {
    "VK": "Verloskundige",
    "KZ": "Kraamverzorgende",
}

XLSX_DONT_KNOW = "Weet niet / n.v.t."
CSV_DONT_KNOW = "weet niet"
EMAIL_DOMAIN = "voorbeeld.invalid"


def _unique_emails(first: np.ndarray, last: np.ndarray) -> list[str]:
    """``r.jansen@voorbeeld.invalid``; a second r.jansen becomes ``r.jansen2`` (one per person)."""
    seen: dict[str, int] = {}
    out = []
    for f, s in zip(first, last):
        local = f"{f[0].lower()}.{s.lower().replace(' ', '')}"
        seen[local] = seen.get(local, 0) + 1
        out.append(f"{local}{seen[local] if seen[local] > 1 else ''}@{EMAIL_DOMAIN}")
    return out


def contacts(rng: np.random.Generator, n: int, end: dt.date) -> tuple:
    """Fictional names, unique e-mails, sorted start/end times in the 3 weeks before ``end``."""
    first = rng.choice(np.array(FIRST_NAMES), n)
    last = rng.choice(np.array(SURNAMES), n)
    names = np.array([f"{f} {s}" for f, s in zip(first, last)], dtype=object)
    emails = np.array(_unique_emails(first, last), dtype=object)
    # answers come in during the three weeks before the meeting, between 8:00 and 22:00
    day0 = np.datetime64(end) - np.timedelta64(21, "D")
    days = rng.integers(0, 20, n).astype("timedelta64[D]")
    clock = rng.integers(8 * 3600, 22 * 3600, n).astype("timedelta64[s]")
    started = np.sort(day0 + days + clock)
    completed = started + rng.integers(240, 1100, n).astype("timedelta64[s]")
    return names, emails, started, completed
