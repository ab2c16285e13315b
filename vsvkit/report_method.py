"""The report's appendix on method, in Dutch and English, filled in from the instrument.

Every number in it (version, cut-offs, minimum answered share, split rule, gap threshold,
minimum group size) comes from the :class:`~vsvkit.instrument.Instrument` and the session's
minimum group size, so an adviser's own instrument file is described as it is.
"""

from __future__ import annotations

from .formatting import fmt_number, fmt_share
from .i18n import check_language, t

__all__ = ["method_markdown"]

_TEXT = {
    "nl": """\
## Verantwoording

### De vragenlijst
De {title} (versie {version}) bevat {n_items} stellingen in {n_domains} domeinen: {domains}.
De domeinen volgen het Rainbow Model of Integrated Care (Valentijn e.a., 2013), dat in de
Nederlandse geboortezorg is gevalideerd (Boesveld e.a., 2017). Elke stelling gaat over het VSV
als geheel en wordt beantwoord met {scale}, of met '{dont_know}'. Per domein is er ook een vraag
naar de gewenste situatie; die telt niet mee in de score en staat ernaast.

### Scores
Een deelnemer krijgt een domeinscore als ten minste {min_share} van de stellingen van dat domein
is beantwoord met 1 tot en met 4; de score is het gemiddelde van die antwoorden. 'Weet niet' en
lege antwoorden tellen niet mee. De score van het VSV is het gemiddelde van de
deelnemersscores, getoond als percentage van het maximum: (gemiddelde − 1) / 3 × 100. De totale
integratiescore is het gemiddelde van de domeinscores. In de tabellen is n het aantal deelnemers
met een domeinscore.

### Niveaus op het integratiecontinuüm
De score bepaalt de stap op het integratiecontinuüm (Leutz, 1999; Ahgren & Axelsson, 2005). De
grenzen staan in het instrumentbestand:

{levels}

### Overeenstemming
De consensus (Tastle & Wierman, 2007) wordt berekend uit de verdeling van de antwoorden 1–4: 1
betekent dat iedereen hetzelfde antwoord gaf, 0 dat de antwoorden gelijk over beide uitersten
verdeeld zijn. Een stelling of domein is verdeeld als meer dan {split_share} van de antwoorden
meer dan {split_window} schaalpunt van de mediaan af ligt en er antwoorden aan beide uiteinden
van de schaal zijn; bij een verdeeld domein staat 'geen overeenstemming' in plaats van een
niveau. Een verschil tussen beroepsgroepen of echelons van ten minste {gap} schaalpunt is een
bespreekpunt.

### 'Weet niet'
Het aandeel 'weet niet' is het aantal 'weet niet'-antwoorden gedeeld door alle gegeven
antwoorden (1–4 en 'weet niet'; lege antwoorden tellen niet mee). Een hoog aandeel is zelf een
uitkomst: leden weten niet hoe iets in het VSV geregeld is.

### Zo leest u de figuren
- *{fig_overview}*: per domein de score als balk over de gekleurde banden van de niveaus.
- *{fig_continuum}*: per domein het gemeten niveau (stip) en, als de groep er een afsprak, het
  afgesproken niveau (open vierkant).
- *Antwoorden per stelling*: lage antwoorden (1–2) links van de nullijn, hoge (3–4) rechts, als
  percentage van de antwoorden 1–4; de smalle kolom rechts is het aandeel 'weet niet'.
- *{fig_agreement}*: de consensus per stelling; een kruisje is een verdeelde stelling.
- *Score per beroepsgroep*: per getoonde groep de score per domein (percentage van maximum).
- *{fig_change}*: per domein de vorige en de huidige score, met het verschil in punten.

### Privacy
Antwoorden zijn anoniem. Een groep van minder dan {k} deelnemers wordt nergens apart getoond,
niet in de app en niet in dit verslag. Kleine beroepsgroepen worden samengevoegd tot
'{other}' als die samen minstens {k} deelnemers tellen. Is er precies één groep verborgen, dan
wordt ook de kleinste zichtbare groep verborgen, zodat de verborgen groep niet te berekenen is
als het totaal min de zichtbare groepen (complementaire onderdrukking). Opmerkingen staan er
zonder naam of beroep bij; namen en e-mailadressen uit de enquête worden niet bewaard.
""",
    "en": """\
## About the method

### The questionnaire
The {title} (version {version}) has {n_items} items in {n_domains} domains: {domains}. The
domains follow the Rainbow Model of Integrated Care (Valentijn et al., 2013), validated in Dutch
maternity care (Boesveld et al., 2017). Each item is a statement about the collaboration as a
whole, answered with {scale}, or with '{dont_know}'. Each domain also asks for the desired
situation; that answer is shown next to the score and is not part of it.

### Scores
A respondent has a domain score when at least {min_share} of the domain's items are answered
with 1 to 4; the score is the mean of those answers. 'Don't know' and blank answers do not
count. The collaboration's score is the mean of the respondents' scores, shown as percent of
maximum: (mean − 1) / 3 × 100. The total integration score is the mean of the domain scores. In
the tables, n is the number of respondents with a domain score.

### Levels on the integration continuum
The score sets the step on the integration continuum (Leutz, 1999; Ahgren & Axelsson, 2005).
The cut-offs are in the instrument file:

{levels}

### Agreement
Consensus (Tastle & Wierman, 2007) is computed from the distribution of the answers 1–4: 1 means
that everyone gave the same answer, 0 that the answers are split evenly between both ends. An
item or domain is split when more than {split_share} of the answers lie more than
{split_window} scale points from the median, with answers at both ends of the scale; a split
domain reads 'no agreement' instead of a level. A difference between professions or echelons
of at least {gap} scale points is a discussion point.

### 'Don't know'
The 'don't know' share is the number of 'don't know' answers divided by all answers given (1–4
and 'don't know'; blank answers do not count). A high share is a finding in itself: members do
not know how something is arranged in their collaboration.

### How to read the charts
- *{fig_overview}*: per domain the score as a bar over the coloured bands of the levels.
- *{fig_continuum}*: per domain the measured level (dot) and, once the group agreed on one, the
  agreed level (open square).
- *Answers per item*: low answers (1–2) left of the zero line, high ones (3–4) right of it, as
  percent of the answers 1–4; the narrow column on the right is the 'don't know' share.
- *{fig_agreement}*: the consensus per item; a cross marks a split item.
- *Score per profession*: per shown group the score per domain (percent of maximum).
- *{fig_change}*: per domain the previous and the current score, with the change in points.

### Privacy
Answers are anonymous. A group of fewer than {k} respondents is never shown on its own, not in
the app and not in this report. Small professions are merged into '{other}' when together they
reach {k} respondents. When exactly one group is hidden, the smallest visible group is hidden
too, so that the hidden group cannot be computed as the total minus the visible groups
(complementary suppression). Remarks are shown without a name or profession; names and e-mail
addresses from the survey are not kept.
""",
}


def _share(value: float, lang: str) -> str:
    return fmt_share(value, lang=lang, digits=1, trim=True)


def _number(value: float, lang: str) -> str:
    return fmt_number(value, lang=lang, digits=3, trim=True)


def method_markdown(instrument, k: int, lang: str = "nl") -> str:
    """The appendix on method as Markdown (a ``##`` section with ``###`` subsections).

    Parameters
    ----------
    instrument : Instrument
        Its name, version, domains, scale, level cut-offs and scoring rules are described.
    k : int
        The minimum group size in force for the session.
    lang : {"nl", "en"}
    """
    lang = check_language(lang)
    inst = instrument
    scale = ", ".join(f"{s.value} {s.label(lang)}" for s in inst.scale)
    rows = [f"| {t('level', lang)} | {t('pct_of_max', lang)} |", "|---|---|"]
    for i, lv in enumerate(inst.levels):
        end = inst.levels[i + 1].start if i + 1 < len(inst.levels) else None
        span = f"{_number(lv.start, lang)}–{_number(end, lang)}" if end is not None else None
        if span is None:
            span = f"≥ {_number(lv.start, lang)}"
        rows.append(f"| {lv.label(lang)} | {span} |")
    return _TEXT[lang].format(
        title=inst.title(lang),
        version=inst.version,
        n_items=len(inst.items),
        n_domains=len(inst.domains),
        domains=", ".join(f"{d.name(lang)} ({d.code})" for d in inst.domains),
        scale=scale,
        dont_know=inst.dont_know(lang),
        min_share=_share(inst.min_answered_share, lang),
        levels="\n".join(rows),
        split_share=_share(inst.split_share, lang),
        split_window=_number(inst.split_window, lang),
        gap=_number(inst.gap_threshold, lang),
        k=k,
        other=t("other_professions", lang),
        fig_overview=t("title_domain_overview", lang),
        fig_continuum=t("title_continuum", lang),
        fig_agreement=t("title_agreement_items", lang),
        fig_change=t("title_change", lang),
    )
