"""An instrument with an introduction, domain intros and an origin, for the tests.

The bundled instrument has them from version 2026.3 on; before that lands this is a copy of
the bundled file with the texts added (the shape :func:`vsvkit.instrument._introduction`
reads). :func:`introduced_file` is the bundled file when it has them.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from vsvkit.instrument import Instrument, default_instrument_path, load_instrument

INTRODUCTION = {
    "purpose": {
        "nl": "Met deze vragenlijst brengt uw VSV in kaart hoe ver de samenwerking is.",
        "en": "With this questionnaire your VSV maps how far its collaboration has come.",
    },
    "duration": {
        "nl": "Het invullen duurt ongeveer tien minuten.",
        "en": "Filling it in takes about ten minutes.",
    },
    "anonymity": {
        "nl": "Uw antwoorden zijn anoniem: de uitkomsten tonen alleen groepen van ten minste {k} "
        "leden.",
        "en": "Your answers are anonymous: the results only show groups of at least {k} members.",
    },
    "dont_know": {
        "nl": "Weet u het antwoord niet, kies dan 'weet niet'; ook dat is een uitkomst.",
        "en": "If you do not know the answer, choose 'don't know'; that is a result too.",
    },
    "desired": {
        "nl": "Per domein vragen we ook waar uw VSV over twee jaar zou moeten staan.",
        "en": "For each domain we also ask where your VSV should be in two years.",
    },
}
ORIGIN = {
    "nl": "De stellingen zijn voor vsvkit geschreven op de zes dimensies van het Rainbow Model.",
    "en": "The statements were written for vsvkit on the six dimensions of the Rainbow Model.",
}


def domain_intro(code: str) -> dict[str, str]:
    return {"nl": f"Over het domein {code} in uw VSV.", "en": f"About domain {code} in your VSV."}


def introduced_file(folder: Path) -> Path:
    """The bundled instrument file if it has an introduction, else a copy in ``folder`` with
    the texts above added."""
    bundled = load_instrument()
    if bundled.introduction is not None and bundled.origin is not None:
        return default_instrument_path()
    data = yaml.safe_load(default_instrument_path().read_text(encoding="utf-8"))
    data["introduction"] = INTRODUCTION
    data["origin"] = ORIGIN
    for domain in data["domains"]:
        domain["intro"] = domain_intro(domain["code"])
    path = folder / "introduced.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def introduced_instrument(folder: Path) -> Instrument:
    """The instrument of :func:`introduced_file`."""
    return load_instrument(introduced_file(folder))
