"""The report's appendix on method, in Dutch and English, filled in from the instrument.

Every number in it (version, cut-offs, minimum answered share, split rule, gap threshold,
minimum group size) comes from the :class:`~vsvkit.instrument.Instrument` and the session's
minimum group size, so an adviser's own instrument file is described as it is.
"""

from __future__ import annotations

import pandas as pd

from vsvkit.formatting import DASH, fmt_number, fmt_share
from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.region import MIN_EXTREMES, MIN_SPREAD

__all__ = ["ALPHA_SUFFICIENT", "method_markdown", "alpha_markdown"]

#: Cronbach's alpha from which a domain's items count as consistent (Boesveld et al., 2017).
ALPHA_SUFFICIENT = 0.70

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
met een domeinscore. Naast de score staat de score met de beroepen gelijk gewogen: eerst het
gemiddelde per getoonde beroepsgroep, dan het gemiddelde van die groepsgemiddelden (samengevoegde
kleine groepen tellen als één groep). Zo bepaalt de grootste beroepsgroep de score niet alleen.
Ligt die score ver van de gewone score, dan denken de beroepsgroepen verschillend over het domein.

### Niveaus op het integratiecontinuüm
De score bepaalt de stap op het integratiecontinuüm (Leutz, 1999; Ahgren & Axelsson, 2005). De
grenzen staan in het instrumentbestand:

{levels}

### Overeenstemming
De consensus (Tastle & Wierman, 2007) loopt van 0 tot 1: 1 betekent dat iedereen hetzelfde
antwoord gaf, 0 dat de antwoorden gelijk over beide uitersten verdeeld zijn. Hij is
1 + het gemiddelde van log2(1 − |x − μ| / {width}) over alle waarden x, met μ hun gemiddelde en
{width} de breedte van de schaal. Voor een stelling zijn de waarden de antwoorden 1–4. Voor een
domein zijn het de domeinscores van de deelnemers: per deelnemer één waarde, het gemiddelde van
zijn antwoorden in dat domein (dezelfde waarden als voor de score). Omdat dat gemiddelde binnen
één persoon uitersten afvlakt, kan de consensus van een domein hoger zijn dan die van elk van
zijn stellingen; de domeinpagina zegt het als dat zo is.

Een stelling of domein is verdeeld (twee kampen) als ten minste {pole_share} van
de antwoorden aan elk uiteinde van de schaal ligt: bij een stelling het antwoord {low_answers} of
{high_answers}, bij een domein een deelnemersscore van ten hoogste {low_score} of ten minste
{high_score}{max_consensus}; bij een verdeeld domein staat 'geen overeenstemming' in plaats van
een niveau. Een verschil tussen beroepsgroepen of echelons van ten minste {gap} schaalpunt is een
bespreekpunt.

### 'Weet niet'
Het aandeel 'weet niet' is het aantal 'weet niet'-antwoorden gedeeld door alle gegeven
antwoorden (1–4 en 'weet niet'; lege antwoorden tellen niet mee). Een hoog aandeel is zelf een
uitkomst: leden weten niet hoe iets in het VSV geregeld is.

### Zo leest u de figuren
- *{fig_overview}*: per domein de score als balk over de gekleurde banden van de niveaus; is
  de gewenste situatie gevraagd, dan staat die als tweede balk ernaast.
- *{fig_continuum}*: per domein het gemeten niveau (stip) en, als de groep er een afsprak, het
  afgesproken niveau (open vierkant).
- *Antwoorden per stelling*: lage antwoorden (1–2) links van de nullijn, hoge (3–4) rechts, als
  percentage van de antwoorden 1–4; de smalle kolom rechts is het aandeel 'weet niet'.
- *{fig_agreement}*: de consensus per stelling; een kruisje is een verdeelde stelling.
- *Score per beroepsgroep*: per getoonde groep de score per domein (percentage van maximum).
- *{fig_change}*: per domein de vorige en de huidige score, met het verschil in punten.

### Privacy
Antwoorden zijn anoniem. Elk getal in de app, in dit verslag en in de exports hoort bij een groep
deelnemers. Voor één sessie gelden, over alles wat de toolkit ergens laat zien, twee regels:

1. Een getoonde groep telt 0 of ten minste {k} deelnemers. We tellen de deelnemers die aan het
   getal bijdragen: per domein voor een domeinscore (wie te weinig stellingen beantwoordde, telt
   daar niet mee), per stelling voor de verdeling van de antwoorden.
2. Wie getoonde groepen van elkaar aftrekt, houdt 0 of ten minste {k} deelnemers over. Dat geldt
   voor elke getoonde groep en elke combinatie van andere getoonde groepen die er helemaal binnen
   liggen en elkaar niet overlappen, ook over indelingen heen: een echelon min de beroepsgroepen
   daarin, of alle deelnemers min één beroepsgroep en twee echelons.

Kleine groepen worden samengevoegd tot '{other}' (bij beroepsgroepen) of 'overige echelons' (bij
echelons) als ze samen ten minste {k} deelnemers tellen. Laat een aftreksom dan nog te weinig
deelnemers over, dan worden meer groepen verborgen, met de tekst 'niet apart getoond ter
bescherming van kleine groepen'; dat herhalen we tot een controle van alle getoonde groepen
slaagt. De minimale groepsgrootte k stelt de trainer in: standaard 5, nooit minder dan 3; voor
deze sessie {k}. Opmerkingen staan er zonder naam of beroep bij, in een volgorde die niets zegt
over wie ze schreef; namen en e-mailadressen uit de enquête worden niet bewaard.

Bij de vergelijking tussen VSV's staat een ander VSV alleen bij naam als de adviseur het bij naam
koos. De andere VSV's staan alleen in een spreiding waaruit de score van één VSV niet af te lezen
is: geen kwartielen of mediaan van minder dan {spread} VSV's, geen laagste of hoogste score van
minder dan {extremes}.

Wat deze regels niet doen:

- Metingen van hetzelfde VSV op verschillende data zijn verschillende groepen mensen en worden
  niet tegen elkaar gecontroleerd. Wie weet wie er tussen twee metingen bij kwam of wegging, kan
  daardoor iets over die personen te weten komen.
- De getallen zijn beschermd tegen aftrekken, niet tegen iemand die weet hoe alle andere leden
  van een groep antwoordden.
- Een opmerking kan door wat erin staat verraden wie haar schreef.
- De trainer kiest k zelf; een kleinere k beschermt minder (nooit minder dan 3).
- Wie meerdere vergelijkingen tussen VSV's naast elkaar legt, met telkens andere VSV's bij naam,
  kan die met elkaar combineren.
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
the tables, n is the number of respondents with a domain score. Beside the score stands the
score with professions weighted equally: first the mean per profession shown, then the mean of
those group means (small groups that were merged count as one group). So the largest profession
does not decide the score on its own. When it lies far from the plain score, the professions
see the domain differently.

### Levels on the integration continuum
The score sets the step on the integration continuum (Leutz, 1999; Ahgren & Axelsson, 2005).
The cut-offs are in the instrument file:

{levels}

### Agreement
Consensus (Tastle & Wierman, 2007) runs from 0 to 1: 1 means that everyone gave the same answer,
0 that the answers are split evenly between both ends. It is 1 + the mean of
log2(1 − |x − μ| / {width}) over all values x, with μ their mean and {width} the width of the
scale. For an item the values are the answers 1–4. For a domain they are the respondents'
domain scores: one value per respondent, the mean of their answers in that domain (the same
values as for the score). Because that mean smooths out extremes within one person, a domain's
consensus can be higher than each of its items'; the domain page says so when it is.

An item or domain is split (two camps) when at least {pole_share} of the answers lie at each end
of the scale: for an item the answer {low_answers} or {high_answers}, for a domain a
respondent's score of at most {low_score} or at least {high_score}{max_consensus}; a split
domain reads 'no agreement' instead of a level. A difference between professions or echelons
of at least {gap} scale points is a discussion point.

### 'Don't know'
The 'don't know' share is the number of 'don't know' answers divided by all answers given (1–4
and 'don't know'; blank answers do not count). A high share is a finding in itself: members do
not know how something is arranged in their collaboration.

### How to read the charts
- *{fig_overview}*: per domain the score as a bar over the coloured bands of the levels; when
  the desired situation was asked, it is a second bar beside it.
- *{fig_continuum}*: per domain the measured level (dot) and, once the group agreed on one, the
  agreed level (open square).
- *Answers per item*: low answers (1–2) left of the zero line, high ones (3–4) right of it, as
  percent of the answers 1–4; the narrow column on the right is the 'don't know' share.
- *{fig_agreement}*: the consensus per item; a cross marks a split item.
- *Score per profession*: per shown group the score per domain (percent of maximum).
- *{fig_change}*: per domain the previous and the current score, with the change in points.

### Privacy
Answers are anonymous. Every figure in the app, in this report and in the exports belongs to a
group of respondents. For one session, over everything the toolkit shows anywhere, two rules
hold:

1. A group that is shown has 0 or at least {k} respondents. We count the respondents who
   contribute to the figure: per domain for a domain score (someone who answered too few items
   does not count there), per item for the distribution of its answers.
2. Subtracting shown groups from each other leaves 0 or at least {k} respondents. This holds for
   every shown group and every combination of other shown groups that lie entirely inside it and
   do not overlap, also across groupings: an echelon minus the professions in it, or all
   respondents minus one profession and two echelons.

Small groups are merged into '{other}' (professions) or 'other echelons' (echelons) when
together they reach {k} respondents. When a subtraction still leaves too few respondents, more
groups are hidden, marked 'not shown separately to protect small groups', and this is repeated
until a check of all shown groups passes. The trainer sets the minimum group size k: 5 by
default, never below 3; {k} for this session. Remarks are shown without a name or profession,
in an order that says nothing about who wrote them; names and e-mail addresses from the survey
are not kept.

In the comparison between VSVs another VSV appears by name only when the adviser chose it by
name. The other VSVs appear only in a distribution from which one VSV's score cannot be read:
no quartiles or median of fewer than {spread} VSVs, no lowest or highest score of fewer than
{extremes}.

What these rules do not do:

- Sessions of the same VSV at different dates are different groups of people and are not
  checked against each other. Someone who knows who joined or left between two measurements
  may learn something about those people.
- The figures are protected against subtraction, not against someone who knows how all other
  members of a group answered.
- A remark can give away its writer by what it says.
- The trainer chooses k; a smaller k protects less (never below 3).
- Someone who puts several comparisons between VSVs side by side, each with other VSVs named,
  can combine them.
""",
}


_MAX_CONSENSUS = {
    "nl": ", of als de consensus lager is dan {value}",
    "en": ", or when the consensus is below {value}",
}


def _share(value: float, lang: Lang) -> str:
    return fmt_share(value, lang=lang, digits=1, trim=True)


def _number(value: float, lang: Lang) -> str:
    return fmt_number(value, lang=lang, digits=3, trim=True)


def alpha_markdown(alpha: pd.DataFrame, instrument, k: int, lang: Lang = DEFAULT_LANG) -> str:
    """Cronbach's alpha per domain of the session, for advisers (a ``###`` subsection).

    Alpha is shown only when its ``n`` (respondents who answered every item of the domain) is at
    least ``k``; otherwise alpha and n read "–" with the reason, because n is a group too.

    Parameters
    ----------
    alpha : DataFrame
        :func:`vsvkit.scoring.cronbach_alpha` of one session (``domain, alpha, n``), e.g.
        ``mirror.alpha``.
    instrument : Instrument
    k : int
        The session's minimum group size.
    lang : {"nl", "en"}
    """
    lang = check_language(lang)
    heads = [t("domain", lang), t("alpha", lang), "n", t("alpha_reason", lang)]
    rows = ["| " + " | ".join(heads) + " |", "|---|--:|--:|---|"]
    by_domain = alpha.set_index("domain")
    for d in instrument.domains:
        if d.code not in by_domain.index:
            continue
        r = by_domain.loc[d.code]
        if int(r["n"]) < k:
            cells = [DASH, DASH, t("alpha_too_few", lang, k=k)]
        elif pd.isna(r["alpha"]):
            cells = [DASH, str(int(r["n"])), t("alpha_not_computable", lang)]
        else:
            # fmt_number writes a float zero such as -2e-15 as "0,00", never "-0,00"
            cells = [fmt_number(float(r["alpha"]), lang=lang, digits=2), str(int(r["n"])), ""]
        rows.append("| " + " | ".join([d.name(lang), *cells]) + " |")
    intro = t("alpha_intro", lang, threshold=fmt_number(ALPHA_SUFFICIENT, lang=lang, digits=2), k=k)
    return f"### {t('alpha_appendix_title', lang)}\n{intro}\n\n" + "\n".join(rows) + "\n"


def method_markdown(instrument, k: int, lang: Lang = DEFAULT_LANG, *, alpha=None) -> str:
    """The appendix on method as Markdown (a ``##`` section with ``###`` subsections).

    Parameters
    ----------
    instrument : Instrument
        Its name, version, domains, scale, level cut-offs and scoring rules are described.
    k : int
        The minimum group size in force for the session.
    lang : {"nl", "en"}
    alpha : DataFrame, optional
        The session's Cronbach's alpha per domain (``mirror.alpha``); appended for advisers
        (:func:`alpha_markdown`).
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
    split = inst.split
    ends = (
        [
            f"{s.value} ({s.label(lang)})"
            for s in inst.scale
            if s.value <= inst.scale_min + split.pole_width
        ],
        [
            f"{s.value} ({s.label(lang)})"
            for s in inst.scale
            if s.value >= inst.scale_max - split.pole_width
        ],
    )
    text = _TEXT[lang].format(
        title=inst.title(lang),
        version=inst.version,
        n_items=len(inst.items),
        n_domains=len(inst.domains),
        domains=", ".join(f"{d.name(lang)} ({d.code})" for d in inst.domains),
        scale=scale,
        dont_know=inst.dont_know(lang),
        min_share=_share(inst.min_answered_share, lang),
        levels="\n".join(rows),
        pole_share=_share(split.pole_share, lang),
        low_answers=" / ".join(ends[0]),
        high_answers=" / ".join(ends[1]),
        low_score=_number(inst.scale_min + split.pole_width, lang),
        high_score=_number(inst.scale_max - split.pole_width, lang),
        max_consensus=""
        if split.max_consensus is None
        else _MAX_CONSENSUS[lang].format(value=_number(split.max_consensus, lang)),
        gap=_number(inst.gap_threshold, lang),
        k=k,
        other=t("other_professions", lang),
        fig_overview=t("title_domain_overview", lang),
        fig_continuum=t("title_continuum", lang),
        fig_agreement=t("title_agreement_items", lang),
        fig_change=t("title_change", lang),
        width=_number(inst.scale_max - inst.scale_min, lang),
        spread=MIN_SPREAD,
        extremes=MIN_EXTREMES,
    )
    if alpha is not None:
        text += "\n" + alpha_markdown(alpha, inst, k, lang)
    return text
