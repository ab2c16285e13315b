"""A workshop record and a follow-up plan for a sample session, as a trainer would enter them.

The sample data have answers but no meeting: the print tests of the report and the handout
need a session "with six domains and a plan" (issue 13), so they write one: per domain a
note, an agreed level and a priority, and six SMART actions.
"""

from __future__ import annotations

__all__ = ["AGREED", "VOTES", "write_votes", "write_workshop"]

#: Per domain: note, agreed level (1..4), priority (1 high .. 3 low).
AGREED = {
    "CLI": (
        "Geboorteplan wordt nog niet door iedereen gelezen; cliëntenraad vaker betrekken.",
        3,
        2,
    ),
    "COO": ("Overdracht van eerste naar tweede lijn loopt 's nachts stroef.", 2, 1),
    "ORG": ("Mandaat van het bestuur is onduidelijk voor de werkgroepen.", 2, 2),
    "SUP": ("Eén gedeeld dossier kiezen; Perined-cijfers elk kwartaal bespreken.", 2, 1),
    "OMG": ("Gesprek met de zorgverzekeraar over integrale bekostiging plannen.", 2, 3),
    "REF": ("Vertrouwen is groot; visie opnieuw samen opschrijven.", 3, 3),
}

_PLAN = [
    ("COO", "Overdrachtsafspraken voor de nacht vastleggen", "Overdracht loopt stroef",
     "werkgroep zorgpaden", "2026-12-01", "protocol vastgesteld in het VSV-bestuur"),
    ("SUP", "Eén gedeeld dossier kiezen", "Informatie gaat verloren", "bestuur en ICT",
     "2027-03-01", "keuze vastgelegd"),
    ("SUP", "Perined-cijfers elk kwartaal bespreken", "Leren van uitkomsten",
     "kwaliteitscommissie", "2027-01-15", "vier besprekingen per jaar"),
    ("ORG", "Mandaat van de werkgroepen opschrijven", "Onduidelijk wie besluit", "voorzitter",
     "2026-11-15", "mandaat in het jaarplan"),
    ("CLI", "Cliëntenpanel twee keer per jaar", "Ervaringen van cliënten terughoren",
     "cliëntvertegenwoordiger", "2027-02-01", "twee panels gehouden"),
    ("OMG", "Gesprek met de zorgverzekeraar", "Integrale bekostiging verkennen", "bestuur",
     "2027-04-01", "verslag van het gesprek"),
]  # fmt: skip


def write_workshop(store, session_id: int) -> None:
    """Save the notes, agreed levels and priorities of :data:`AGREED` and a plan of six
    actions for ``session_id``."""
    for domain, (notes, level, priority) in AGREED.items():
        store.save_domain_note(
            session_id, domain, notes=notes, agreed_level=level, priority=priority
        )
    for domain, what, why, who, due, measure in _PLAN:
        store.add_action(session_id, domain, what, why=why, who=who, due=due, measure=measure)


#: Vote rounds in the room (issue 14): (kind, target, votes as (answer, profession)); a
#: round of 3 votes stays below k and shows no distribution.
VOTES = [
    ("domain", "COO", [("2", None)] * 4 + [("3", None)] * 9 + [("4", None)]),
    ("item", "OMG2", [("1", None), ("3", None), ("dont_know", None)]),
    ("overview", "", [("2", None)] * 5 + [("3", None)] * 7),
]


def write_votes(store, session_id: int, rounds=VOTES) -> list:
    """Open, vote in and close the rounds of :data:`VOTES`; returns the closed rounds."""
    out = []
    for kind, target, votes in rounds:
        poll = store.open_round(session_id, kind=kind, target=target)
        for i, (answer, profession) in enumerate(votes):
            store.vote(poll.code, f"phone-{poll.id}-{i}", answer, profession=profession)
        out.append(store.close_round(poll.id))
    return out
