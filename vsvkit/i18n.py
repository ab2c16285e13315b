"""Strings users see, in Dutch (default) and English.

Questionnaire texts (domain names, item texts, role names, level labels) live in the
instrument YAML and are reached through the :class:`~vsvkit.instrument.Instrument`;
this module holds everything else: axis titles, legends, notices. Both languages have
exactly the same keys (a test checks it). Other modules add their keys here.

Examples
--------
>>> from vsvkit.i18n import t
>>> t("dont_know")
'weet niet'
>>> t("dont_know", lang="en")
"don't know"
>>> t("n_respondents", n=12)
'n = 12'
"""

from __future__ import annotations

from typing import Literal

from vsvkit.locale.intake import STRINGS as _intake_strings

__all__ = [
    "Lang",
    "LANGUAGES",
    "DEFAULT_LANG",
    "STRINGS",
    "t",
    "check_language",
    "wave_label",
]

#: A language users can choose: Dutch (the default) or English.
Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        # scores and scales
        "pct_of_max": "percentage van maximum",
        "pct_of_max_axis": "score (percentage van maximum)",
        "level": "niveau",
        "measured_level": "gemeten niveau",
        "agreed_level": "afgesproken niveau",
        "continuum_axis": "stap op het integratiecontinuüm",
        "current": "huidige situatie",
        "desired": "gewenste situatie",
        "baseline": "nulmeting",
        "follow_up": "vervolgmeting",
        "change": "verandering",
        # answers
        "dont_know": "weet niet",
        "dont_know_share": "weet niet (%)",
        "share_of_answers": "aandeel van de gegeven antwoorden (%)",
        "answers_low": "lage scores",
        "answers_high": "hoge scores",
        # agreement
        "consensus": "consensus",
        "consensus_axis": "consensus (0 = verdeeld, 1 = eensgezind)",
        "no_agreement": "geen overeenstemming",
        "split": "verdeeld",
        # groups and privacy
        "domain": "domein",
        "item": "stelling",
        "profession": "beroepsgroep",
        "echelon": "echelon",
        "group": "groep",
        "other_professions": "overige beroepen",
        "other_echelons": "overige echelons",
        "too_few": "te weinig deelnemers",
        "protected": "niet apart getoond ter bescherming van kleine groepen",
        "n_respondents": "n = {n}",
        "group_with_n": "{group} (n = {n})",
        "no_data": "geen gegevens",
        # titles
        "title_domain_overview": "Integratie per domein",
        "title_domain_overview_desired": "Huidige en gewenste situatie per domein",
        "title_continuum": "Plaats op het integratiecontinuüm",
        "title_item_distribution": "Antwoorden per stelling: {domain}",
        "title_agreement_domains": "Overeenstemming per domein",
        "title_agreement_items": "Overeenstemming per stelling",
        "title_group_heatmap": "Score per {by} (percentage van maximum)",
        "title_change": "Nulmeting en vervolgmeting per domein",
        "page_report": "Verslag",
        "export_button": "Verslag maken",
        "export_help": (
            "Maak het verslag van deze sessie voor alle leden (HTML en PDF), "
            "met de aantekeningen en afspraken van vandaag."
        ),
        "export_busy": "Het verslag wordt gemaakt; dit duurt ongeveer een halve minuut…",
        "export_failed": "Het verslag kon niet worden gemaakt.",
        "export_done": "Klaar. De bestanden staan ook in {folder}:",
        "choose_file": "Bestand kiezen",
        # workshop app (vsvkit.widgets)
        "app_title": "VSV-integratiemeter",
        "presenter_mode": "Presentatiemodus",
        "previous": "◀ Vorige",
        "next": "Volgende ▶",
        "reveal": "Toon resultaten",
        "guess_first": (
            "Waar staan we volgens u? Bespreek het eerst met elkaar; daarna tonen we de resultaten."
        ),
        "no_sessions": "nog geen sessies",
        "all_respondents": "Alle deelnemers",
        "session_picker": "Sessie",
        "filter_picker": "Welke deelnemers",
        "page_picker": "Pagina",
        "filter_refused": (
            "Deze groep wordt niet apart getoond: kleiner dan {k} deelnemers of verborgen ter "
            "bescherming van kleine groepen."
        ),
        "page_overview": "Overzicht",
        "page_discussion": "Bespreekpunten",
        "page_change": "Vergelijking met vorige meting",
        "page_start": "Sessie importeren",
        "page_failed": "Deze pagina kon niet worden getoond. De fout staat in het serverlog.",
        "total_score": "Totale integratiescore",
        "respondents": "deelnemers",
        "min_group_size": "minimale groepsgrootte",
        "response_by_profession": "Respons per beroepsgroep",
        "groups_hidden": (
            "Groepen kleiner dan {k} deelnemers zijn samengevoegd of niet getoond; sommige "
            "groepen worden niet apart getoond ter bescherming van kleine groepen."
        ),
        "remarks": "Opmerkingen van deelnemers",
        "gap_line": (
            "Per {by}: {high} {high_mean} tegenover {low} {low_mean} (verschil {gap} punt)."
        ),
        "discussion_point": "Bespreekpunt.",
        "group_differences": "Verschillen tussen groepen",
        "no_group_comparison": "Te weinig groepen van minstens {k} deelnemers om te vergelijken.",
        "point_low_score": "Lage score",
        "point_low_agreement": "Weinig overeenstemming",
        "point_large_gap": "Groot verschil tussen groepen",
        "point_dont_know": "Veel 'weet niet'",
        "go_to_domain": "Naar domein",
        "no_discussion_points": "Geen bespreekpunten gevonden.",
        "discussion_intro": (
            "Voorgestelde bespreekpunten: de laagste scores, de minste overeenstemming, de "
            "grootste verschillen tussen groepen en de meeste 'weet niet'-antwoorden."
        ),
        "change_intro": "Per domein de score bij de vorige meting en nu.",
        "notes_title": "Aantekeningen en afspraken",
        "notes_placeholder": "Wat bespreken we, wat spreken we af?",
        "not_set": "nog niet gekozen",
        "priority": "prioriteit",
        "priority_1": "1 hoog",
        "priority_2": "2 midden",
        "priority_3": "3 laag",
        "save_failed": "Opslaan is mislukt; probeer het opnieuw.",
        "saved_at": "Opgeslagen om {time}",
        "problem_row": "rij",
        "problem_column": "kolom",
        "problem_value": "waarde",
        "problem_rule": "wat is toegestaan",
        "import_failed": "Er is niets geïmporteerd: {n} probleem/problemen in het bestand.",
        "vsv_name": "Naam van het VSV",
        "session_date": "Datum van de sessie",
        "import_button": "Importeren",
        "import_title": "Antwoorden importeren",
        "import_help": (
            "Kies een export (CSV of XLSX) uit de enquêtetool. Het bestand wordt eerst volledig "
            "gecontroleerd; bij een probleem wordt niets opgeslagen."
        ),
        "import_no_file": "Kies eerst een bestand.",
        "import_need_details": "Vul de naam van het VSV en de datum in.",
        "import_done": "Geïmporteerd als sessie {id}.",
        # conversation guide and follow-up plan
        "page_plan": "Vervolgplan",
        "guide_title": "Gespreksleidraad",
        "guide_measured": "Bij het gemeten niveau: {level}",
        "guide_agreed": "Bij het afgesproken niveau: {level}",
        "guide_split": (
            "De leden zijn verdeeld over dit domein; de leidraad volgt de score ({pct}, {level})."
        ),
        "guide_no_score": "Geen score voor dit domein; er is geen leidraad te tonen.",
        "guide_questions": "Vragen om het gesprek te openen",
        "guide_next_steps": "Voorbeelden van vervolgstappen",
        "plan_intro": (
            "Het vervolgplan: acties met wat, waarom, wie, wanneer en hoe we weten dat het werkt. "
            "Alles wordt opgeslagen terwijl u typt."
        ),
        "plan_suggestions": "Voorgestelde acties",
        "plan_suggestions_help": (
            "Voorstellen uit de zwakste en meest verdeelde domeinen en de gespreksleidraad. "
            "Neem ze over en pas ze aan, of laat ze weg."
        ),
        "plan_no_suggestions": "Geen voorstellen meer.",
        "plan_accept": "Overnemen",
        "plan_dismiss": "Weglaten",
        "plan_actions": "Acties in het plan",
        "plan_empty": "Het plan heeft nog geen acties.",
        "plan_add": "Actie toevoegen",
        "plan_new_action": "Nieuwe actie",
        "plan_delete": "Verwijderen",
        "plan_what_required": "'Wat' mag niet leeg zijn; de vorige tekst blijft bewaard.",
        "plan_export_csv": "Exporteer CSV",
        "plan_export_xlsx": "Exporteer Excel",
        "plan_export_done": "Opgeslagen in {folder}; download:",
        "plan_export_failed": "Exporteren is mislukt.",
        "plan_sheet": "Vervolgplan",
        "plan_file": "vervolgplan",
        "plan_col_nr": "Nr.",
        "plan_col_domain": "Domein",
        "plan_col_what": "Wat",
        "plan_col_why": "Waarom (bevinding)",
        "plan_col_who": "Wie (trekker)",
        "plan_col_due": "Klaar op",
        "plan_col_measure": "Hoe weten we dat het werkt",
        "plan_col_status": "Status",
        "plan_status_open": "open",
        "plan_status_in_progress": "bezig",
        "plan_status_done": "afgerond",
        "plan_status_dropped": "vervallen",
        "plan_why_low": "Lage score: {domain} {pct} ({level})",
        "plan_why_split": "Verdeeld: geen overeenstemming over {domain} (consensus {consensus})",
        "plan_why_agreement": "Weinig overeenstemming over {domain} (consensus {consensus})",
        "plan_measure_next": (
            "Bij de vervolgmeting scoort {domain} minstens {pct} (niveau {level})"
        ),
        "plan_measure_keep": "Bij de vervolgmeting blijft {domain} op minstens {pct}",
        "plan_measure_agree": (
            "Bij de vervolgmeting zijn de leden het eens over {domain} (niet meer verdeeld)"
        ),
        # session report (vsvkit.report, vsvkit.report.sections)
        "report_kicker": "Verslag",
        "report_toc": "Inhoud",
        "report_page": "pagina",
        "report_vsv": "VSV",
        "report_date": "datum",
        "report_wave": "meting",
        "report_summary": "Samenvatting",
        "report_domains": "De zes domeinen",
        "report_figures": "Cijfers",
        "report_answers": "Antwoorden",
        "report_agreement": "Overeenstemming",
        "report_workshop": "Vastgelegd in de bijeenkomst",
        "report_plan": "Vervolgplan",
        "report_method": "Verantwoording",
        "summary_total": "De totale integratiescore is {pct} ({level}).",
        "summary_strongest": "Het verst ontwikkeld: {domains}.",
        "summary_weakest": "Het minst ontwikkeld: {domains}.",
        "summary_least_agreement": "De leden zijn het minst eens over: {domains}.",
        "summary_split": "Geen overeenstemming (antwoorden aan beide kanten) bij: {domains}.",
        "dont_know_line": (
            "{share} van de gegeven antwoorden in dit domein is 'weet niet'; het meest bij "
            "{item} ({item_share})."
        ),
        "split_items": "Verdeelde antwoorden (geen overeenstemming) bij: {items}.",
        "value_low_score": "score {value}",
        "value_low_agreement": "consensus {value}",
        "value_large_gap": "verschil {value} punt",
        "value_dont_know": "{value} weet niet",
        "point_kind": "soort",
        "point_subject": "onderwerp",
        "point_value": "waarde",
        "notes": "aantekeningen",
        "no_notes": (
            "In de bijeenkomst zijn geen aantekeningen, afgesproken niveaus of prioriteiten "
            "vastgelegd."
        ),
        "plan_what": "wat",
        "plan_why": "waarom",
        "plan_who": "wie",
        "plan_due": "wanneer",
        "plan_measure": "meetbaar resultaat",
        "plan_status": "stand van zaken",
        "status_open": "nog te doen",
        "status_in_progress": "bezig",
        "status_done": "gedaan",
        "status_dropped": "vervallen",
        "change_table_intro": "Verandering per domein ten opzichte van de {previous} van {date}.",
        "previous_measurement": "vorige meting",
        "this_measurement": "deze meting",
        # change over time (vsvkit.change) and comparison between VSVs (vsvkit.region)
        "change_table_title": "Verandering per domein",
        "col_before": "vorige meting",
        "col_after": "nu",
        "col_change": "verandering (punten)",
        "col_interval": "95%-interval",
        "small_sample_note": "kleine groep — voorzichtig interpreteren",
        "change_interval_help": (
            "Verandering in procentpunten. Het 95%-interval is een bootstrapinterval: de "
            "deelnemers van elke meting zijn {b} keer opnieuw getrokken. Bevat het interval "
            "0, dan is de verandering niet duidelijk. Bij minder dan {n} deelnemers met een "
            "score in een meting tonen we geen interval."
        ),
        "participation_title": "Wie deden er mee",
        "region_title": "Vergelijking tussen VSV's",
        "region_intro": (
            "Kies uw VSV en de VSV's die u bij naam wilt zien. Andere VSV's verschijnen alleen "
            "als anonieme spreiding. Per VSV telt de laatste meting."
        ),
        "region_focus": "Uw VSV",
        "region_named": "VSV's bij naam",
        "region_reference": "Vergelijken met",
        "region_ref_selected": "gekozen VSV's",
        "region_ref_all": "alle VSV's in de database",
        "region_table_title": "Score per domein en VSV (percentage van maximum)",
        "region_hidden_note": "– = geen score (minder dan {k} deelnemers of geen antwoorden).",
        "region_percentile_title": "{vsv} tegenover de andere VSV's",
        "region_percentile_axis": "score (percentage van maximum)",
        "region_others_legend": "andere VSV's (anoniem)",
        "percentile": "percentiel",
        "region_distribution_title": "Andere VSV's, anoniem: spreiding per domein",
        "region_too_few_others": (
            "{n} andere VSV's zonder naam: van minder dan {spread} VSV's tonen we alleen het "
            "aantal, want uit een spreiding van zo weinig VSV's is de score van één VSV af te "
            "lezen."
        ),
        "region_no_extremes": (
            "Laagste en hoogste score tonen we alleen bij ten minste {extremes} andere VSV's: "
            "dat zijn de scores van twee VSV's zelf."
        ),
        "region_spread_note": (
            "Kwartielen en mediaan zijn Harrell-Davis-schattingen: een gewogen gemiddelde van "
            "alle scores, dus geen score van één VSV."
        ),
        "region_no_others": "Geen andere VSV's zonder naam in deze vergelijking.",
        "percentile_short": "P{p}",
        "n_vsv": "aantal VSV's",
        "minimum": "laagste",
        "q1": "eerste kwartiel",
        "median": "mediaan",
        "q3": "derde kwartiel",
        "maximum": "hoogste",
        "region_alpha_title": "Betrouwbaarheid per domein (Cronbachs alfa)",
        "alpha": "alfa",
        "n_complete": "deelnemers met alle stellingen beantwoord",
        "region_export_button": "Exporteren naar Excel",
        "region_export_done": "Klaar. Het bestand staat ook in {folder}:",
        "region_export_failed": "Exporteren is mislukt.",
        "region_no_sessions": "Nog geen sessies in de database.",
        "sheet_table": "Score per VSV",
        "sheet_percentiles": "Percentielen",
        "sheet_distribution": "Spreiding andere VSV's",
        "sheet_alpha": "Cronbachs alfa",
        # beside the domain scores in app and report (vsvkit.domain_view, report_method)
        "balanced_score": "beroepen gelijk gewogen",
        "balanced_explained": (
            "'Beroepen gelijk gewogen' is het gemiddelde van de gemiddelden per getoonde "
            "beroepsgroep: elke beroepsgroep telt even zwaar, zodat de grootste groep de score "
            "niet bepaalt. Samengevoegde kleine groepen tellen samen als één groep."
        ),
        "consensus_smoothing": (
            "De consensus van dit domein is hoger dan die van elk van zijn stellingen: hij is "
            "berekend op de domeinscores van de deelnemers, en het gemiddelde over de stellingen "
            "binnen één persoon vlakt uitersten af."
        ),
        "alpha_appendix_title": "Betrouwbaarheid per domein (voor adviseurs)",
        "alpha_intro": (
            "Cronbachs alfa zegt hoe sterk de stellingen van een domein samenhangen (interne "
            "consistentie); vanaf {threshold} geldt dat als voldoende. Berekend over de "
            "deelnemers die alle stellingen van het domein beantwoordden (n), en alleen getoond "
            "als dat er ten minste {k} zijn."
        ),
        "alpha_reason": "toelichting",
        "alpha_too_few": "minder dan {k} deelnemers beantwoordden alle stellingen",
        "alpha_not_computable": "niet te berekenen: geen spreiding in de antwoorden",
        # the session store and the command line: errors and session management
        "error": "Fout",
        "store_op_open": "openen",
        "store_op_import": "importeren",
        "store_op_delete": "verwijderen",
        "store_op_change": "wijzigen",
        "store_op_read": "lezen",
        "store_op_save": "opslaan",
        "store_failed": "De sessieopslag {where} gaf een fout bij {what}: {reason}",
        "store_unknown_session": (
            "Er is geen sessie met nummer {id}; bekijk de opgeslagen sessies met 'vsvkit sessions'."
        ),
        "store_bad_session_id": (
            "'{value}' is geen sessienummer: een sessienummer is een geheel getal van 1 tot en met "
            "{max}."
        ),
        "store_already_imported": (
            "Dit bestand is al geïmporteerd als sessie {id} ({vsv}, {date}). Verwijder die sessie "
            "eerst om het opnieuw te importeren: 'vsvkit sessions delete {id}', of in de app onder "
            "'Sessies beheren'."
        ),
        "store_vsv_empty": (
            "De naam van het VSV is leeg; geef een naam van 1 tot en met {max} tekens."
        ),
        "store_vsv_not_text": "De naam van het VSV moet tekst zijn; gekregen: {value}.",
        "store_vsv_too_long": (
            "De naam van het VSV is {n} tekens lang ('{start}…'); er mogen hoogstens {max} tekens "
            "zijn."
        ),
        "store_vsv_bad_char": (
            "De naam van het VSV bevat op positie {pos} een teken dat niet mag ({char}); gebruik "
            "alleen zichtbare tekens en spaties, geen regeleinden, tabs of stuurtekens."
        ),
        "store_bad_date": (
            "De datum van de sessie moet een datum zijn als JJJJ-MM-DD (bijv. 2026-03-12); "
            "gekregen: {value}."
        ),
        "store_bad_wave": "De meting moet een van deze zijn: {allowed}; gekregen: {value}.",
        "store_bad_min_group_size": (
            "De minimale groepsgrootte moet een geheel getal van {low} tot en met {high} zijn "
            "(privacygrens: nooit kleiner dan {low}); gekregen: {value}."
        ),
        "store_read_only": (
            "De sessieopslag {where} is alleen-lezen (het bestand of de map is niet schrijfbaar): "
            "bekijken kan, maar {what} niet. Kopieer het bestand naar een map waarin u mag "
            "schrijven, of kies een andere opslag met --db."
        ),
        "store_read_only_old": (
            "De sessieopslag {where} heeft schemaversie {version} en moet worden bijgewerkt naar "
            "versie {current}, maar is alleen-lezen. Open hem eenmaal met schrijfrechten, of "
            "kopieer hem naar een map waarin u mag schrijven."
        ),
        "store_read_only_new": (
            "Kan geen sessieopslag maken in {where}: de map {folder} is niet schrijfbaar. Kies een "
            "bestand in een map waarin u mag schrijven (--db of VSVKIT_DB)."
        ),
        "store_no_folder": (
            "Kan de sessieopslag {where} niet openen: de map {folder} bestaat niet. Maak de map "
            "eerst aan of kies een ander bestand (--db of VSVKIT_DB)."
        ),
        "store_disk_full": (
            "De schijf van de sessieopslag {where} is vol: {what} is niet gelukt en de opslag is "
            "niet veranderd. Maak ruimte vrij en probeer het opnieuw."
        ),
        "store_not_vsvkit": (
            "{where} is geen vsvkit-sessieopslag: de database bevat andere tabellen ({tables}) en "
            "geen vsvkit-schema. Er is niets aan veranderd. Kies een nieuw bestand of een lege "
            "database."
        ),
        "store_damaged": (
            "De sessieopslag {where} is beschadigd: de tabel(len) {tables} ontbreken (schemaversie "
            "{version}). Er is niets aan veranderd; zet een reservekopie terug."
        ),
        "store_newer": (
            "De sessieopslag {where} heeft schemaversie {version}, maar deze vsvkit kent versies "
            "tot en met {current}; werk vsvkit bij (pip install -U vsvkit) om hem te openen."
        ),
        "store_bad_url": (
            "Geen geldige database-URL: {url}. Gebruik een bestandspad, sqlite:///pad/naar/bestand "
            "of postgresql://gebruiker:wachtwoord@host:poort/database."
        ),
        "store_unsupported": (
            "Database {driver} in {where} wordt niet ondersteund: vsvkit bewaart sessies in SQLite "
            "(een bestandspad of sqlite:///...) of PostgreSQL (postgresql://...)."
        ),
        "store_no_driver": (
            "Kan {where} niet gebruiken: het databasestuurprogramma ontbreekt ({reason}). Voor "
            "PostgreSQL: pip install 'vsvkit[postgres]'"
        ),
        "store_no_data_folder": (
            "Kan de map voor de sessieopslag {folder} niet maken: {reason}. Zet VSVKIT_DB op een "
            "bestandspad of database-URL waarin u mag schrijven."
        ),
        "unexpected_error": (
            "Er ging iets onverwachts mis ({error}). Draai de opdracht opnieuw met --debug voor "
            "de details."
        ),
        # vsvkit lab
        "lab_running": "JupyterLab draait op: {url}",
        "server_stop": "Stoppen: Ctrl-C.",
        "store_number_range": (
            "{name} moet een geheel getal van {low} tot en met {high} zijn; gekregen: {value}."
        ),
        "sessions_delete_prompt": (
            "Sessie {id} ({vsv}, {date}, {wave}, {n} respondenten) met alle notities en acties "
            "verwijderen? Dit kan niet ongedaan worden gemaakt. [j/N] "
        ),
        "sessions_delete_answers": "j,ja",
        "sessions_delete_needs_yes": (
            "Sessie {id} is niet verwijderd: bevestig met --yes (er is geen terminal om het te "
            "vragen)."
        ),
        "sessions_delete_cancelled": "Niet verwijderd.",
        "sessions_deleted": "Sessie {id} ({vsv}, {date}) is verwijderd.",
        "sessions_changed": "Sessie {id} is nu: {vsv}, {date}, {wave}.",
        "report_no_vsv": (
            "Er is geen sessie van een VSV met '{vsv}' in de naam. Bekende VSV's: {known}."
        ),
        "report_no_vsv_empty": (
            "Er is geen sessie van een VSV met '{vsv}' in de naam; de opslag is leeg."
        ),
        "manage_title": "Sessies beheren",
        "manage_help": (
            "Wijzig de naam van het VSV, de datum of de meting van een sessie, of verwijder een "
            "sessie met alle antwoorden, notities en acties."
        ),
        "manage_session": "Sessie",
        "manage_save": "Wijzigingen opslaan",
        "manage_delete": "Sessie verwijderen…",
        "manage_confirm_delete": (
            "Sessie {id} ({vsv}, {date}, {n} respondenten) met alle antwoorden, notities en acties "
            "verwijderen? Dit kan niet ongedaan worden gemaakt."
        ),
        "manage_confirm_yes": "Ja, verwijderen",
        "manage_confirm_no": "Annuleren",
        # server refusals (vsvkit.app.hosts)
        "server_refused_host": "Geweigerd: deze server luistert niet naar die hostnaam.",
        "server_refused_origin": "Geweigerd: het verzoek komt van een andere website.",
    },
    "en": {
        "pct_of_max": "percent of maximum",
        "pct_of_max_axis": "score (percent of maximum)",
        "level": "level",
        "measured_level": "measured level",
        "agreed_level": "agreed level",
        "continuum_axis": "step on the integration continuum",
        "current": "current situation",
        "desired": "desired situation",
        "baseline": "baseline",
        "follow_up": "follow-up",
        "change": "change",
        "dont_know": "don't know",
        "dont_know_share": "don't know (%)",
        "share_of_answers": "share of answers given (%)",
        "answers_low": "low scores",
        "answers_high": "high scores",
        "consensus": "consensus",
        "consensus_axis": "consensus (0 = divided, 1 = unanimous)",
        "no_agreement": "no agreement",
        "split": "split",
        "domain": "domain",
        "item": "item",
        "profession": "profession",
        "echelon": "echelon",
        "group": "group",
        "other_professions": "other professions",
        "too_few": "too few respondents",
        "protected": "not shown separately to protect small groups",
        "other_echelons": "other echelons",
        "n_respondents": "n = {n}",
        "group_with_n": "{group} (n = {n})",
        "no_data": "no data",
        "title_domain_overview": "Integration per domain",
        "title_domain_overview_desired": "Current and desired situation per domain",
        "title_continuum": "Position on the integration continuum",
        "title_item_distribution": "Answers per item: {domain}",
        "title_agreement_domains": "Agreement per domain",
        "title_agreement_items": "Agreement per item",
        "title_group_heatmap": "Score per {by} (percent of maximum)",
        "title_change": "Baseline and follow-up per domain",
        "page_report": "Report",
        "export_button": "Make report",
        "export_help": (
            "Make the report of this session for all members (HTML and PDF), "
            "with today's notes and agreements."
        ),
        "export_busy": "The report is being made; this takes about half a minute…",
        "export_failed": "The report could not be made.",
        "export_done": "Done. The files are also in {folder}:",
        "choose_file": "Choose file",
        # workshop app (vsvkit.widgets)
        "app_title": "VSV integration meter",
        "presenter_mode": "Presenter mode",
        "previous": "◀ Previous",
        "next": "Next ▶",
        "reveal": "Show results",
        "guess_first": (
            "Where do you think we stand? Discuss it together first; then we show the results."
        ),
        "no_sessions": "no sessions yet",
        "all_respondents": "All respondents",
        "session_picker": "Session",
        "filter_picker": "Which respondents",
        "page_picker": "Page",
        "filter_refused": (
            "This group is not shown on its own: fewer than {k} respondents, or hidden to "
            "protect small groups."
        ),
        "page_overview": "Overview",
        "page_discussion": "Discussion points",
        "page_change": "Comparison with the previous measurement",
        "page_start": "Import a session",
        "page_failed": "This page could not be shown. The error is in the server log.",
        "total_score": "Total integration score",
        "respondents": "respondents",
        "min_group_size": "minimum group size",
        "response_by_profession": "Response by profession",
        "groups_hidden": (
            "Groups smaller than {k} respondents are merged or not shown; some groups are not "
            "shown separately to protect small groups."
        ),
        "remarks": "Remarks from respondents",
        "gap_line": (
            "By {by}: {high} {high_mean} against {low} {low_mean} (difference {gap} points)."
        ),
        "discussion_point": "Discussion point.",
        "group_differences": "Differences between groups",
        "no_group_comparison": "Too few groups of at least {k} respondents to compare.",
        "point_low_score": "Low score",
        "point_low_agreement": "Little agreement",
        "point_large_gap": "Large difference between groups",
        "point_dont_know": "Many 'don't know' answers",
        "go_to_domain": "Go to domain",
        "no_discussion_points": "No discussion points found.",
        "discussion_intro": (
            "Suggested discussion points: the lowest scores, the least agreement, the largest "
            "differences between groups and the most 'don't know' answers."
        ),
        "change_intro": "Per domain the score at the previous measurement and now.",
        "notes_title": "Notes and agreements",
        "notes_placeholder": "What do we discuss, what do we agree?",
        "not_set": "not chosen yet",
        "priority": "priority",
        "priority_1": "1 high",
        "priority_2": "2 medium",
        "priority_3": "3 low",
        "save_failed": "Saving failed; please try again.",
        "saved_at": "Saved at {time}",
        "problem_row": "row",
        "problem_column": "column",
        "problem_value": "value",
        "problem_rule": "what is allowed",
        "import_failed": "Nothing was imported: {n} problem(s) in the file.",
        "vsv_name": "Name of the VSV",
        "session_date": "Date of the session",
        "import_button": "Import",
        "import_title": "Import answers",
        "import_help": (
            "Choose an export (CSV or XLSX) from the survey tool. The file is checked completely "
            "first; if there is a problem nothing is stored."
        ),
        "import_no_file": "Choose a file first.",
        "import_need_details": "Fill in the name of the VSV and the date.",
        "import_done": "Imported as session {id}.",
        # conversation guide and follow-up plan
        "page_plan": "Follow-up plan",
        "guide_title": "Conversation guide",
        "guide_measured": "At the measured level: {level}",
        "guide_agreed": "At the agreed level: {level}",
        "guide_split": (
            "The members are split on this domain; the guide follows the score ({pct}, {level})."
        ),
        "guide_no_score": "No score for this domain; there is no guide to show.",
        "guide_questions": "Questions to open the conversation",
        "guide_next_steps": "Examples of next steps",
        "plan_intro": (
            "The follow-up plan: actions with what, why, who, when and how we know it works. "
            "Everything is saved as you type."
        ),
        "plan_suggestions": "Suggested actions",
        "plan_suggestions_help": (
            "Suggestions from the weakest and most split domains and the conversation guide. "
            "Accept and adapt them, or leave them out."
        ),
        "plan_no_suggestions": "No more suggestions.",
        "plan_accept": "Accept",
        "plan_dismiss": "Leave out",
        "plan_actions": "Actions in the plan",
        "plan_empty": "The plan has no actions yet.",
        "plan_add": "Add action",
        "plan_new_action": "New action",
        "plan_delete": "Delete",
        "plan_what_required": "'What' must not be empty; the previous text is kept.",
        "plan_export_csv": "Export CSV",
        "plan_export_xlsx": "Export Excel",
        "plan_export_done": "Saved in {folder}; download:",
        "plan_export_failed": "Export failed.",
        "plan_sheet": "Follow-up plan",
        "plan_file": "follow-up-plan",
        "plan_col_nr": "No.",
        "plan_col_domain": "Domain",
        "plan_col_what": "What",
        "plan_col_why": "Why (finding)",
        "plan_col_who": "Who (lead)",
        "plan_col_due": "Due",
        "plan_col_measure": "How we know it works",
        "plan_col_status": "Status",
        "plan_status_open": "open",
        "plan_status_in_progress": "in progress",
        "plan_status_done": "done",
        "plan_status_dropped": "dropped",
        "plan_why_low": "Low score: {domain} {pct} ({level})",
        "plan_why_split": "Split: no agreement on {domain} (consensus {consensus})",
        "plan_why_agreement": "Little agreement on {domain} (consensus {consensus})",
        "plan_measure_next": (
            "At the follow-up measurement {domain} scores at least {pct} (level {level})"
        ),
        "plan_measure_keep": "At the follow-up measurement {domain} stays at {pct} or more",
        "plan_measure_agree": (
            "At the follow-up measurement the members agree on {domain} (no longer split)"
        ),
        # session report (vsvkit.report, vsvkit.report.sections)
        "report_kicker": "Report",
        "report_toc": "Contents",
        "report_page": "page",
        "report_vsv": "Collaboration",
        "report_date": "date",
        "report_wave": "measurement",
        "report_summary": "Summary",
        "report_domains": "The six domains",
        "report_figures": "Figures",
        "report_answers": "Answers",
        "report_agreement": "Agreement",
        "report_workshop": "Recorded in the workshop",
        "report_plan": "Follow-up plan",
        "report_method": "About the method",
        "summary_total": "The total integration score is {pct} ({level}).",
        "summary_strongest": "Most developed: {domains}.",
        "summary_weakest": "Least developed: {domains}.",
        "summary_least_agreement": "Members agree least on: {domains}.",
        "summary_split": "No agreement (answers at both ends) on: {domains}.",
        "dont_know_line": (
            "{share} of the answers given in this domain are 'don't know'; most often for "
            "{item} ({item_share})."
        ),
        "split_items": "Split answers (no agreement) on: {items}.",
        "value_low_score": "score {value}",
        "value_low_agreement": "consensus {value}",
        "value_large_gap": "difference {value} points",
        "value_dont_know": "{value} don't know",
        "point_kind": "kind",
        "point_subject": "subject",
        "point_value": "value",
        "notes": "notes",
        "no_notes": "No notes, agreed levels or priorities were recorded in the workshop.",
        "plan_what": "what",
        "plan_why": "why",
        "plan_who": "who",
        "plan_due": "when",
        "plan_measure": "measurable result",
        "plan_status": "status",
        "status_open": "to do",
        "status_in_progress": "in progress",
        "status_done": "done",
        "status_dropped": "dropped",
        "change_table_intro": "Change per domain since the {previous} of {date}.",
        "previous_measurement": "previous measurement",
        "this_measurement": "this measurement",
        # change over time (vsvkit.change) and comparison between VSVs (vsvkit.region)
        "change_table_title": "Change per domain",
        "col_before": "previous measurement",
        "col_after": "now",
        "col_change": "change (points)",
        "col_interval": "95% interval",
        "small_sample_note": "small group — interpret with care",
        "change_interval_help": (
            "Change in percentage points. The 95% interval is a bootstrap interval: the "
            "respondents of each measurement were drawn again {b} times. If the interval "
            "contains 0, the change is not clear. With fewer than {n} respondents with a "
            "score in a measurement we show no interval."
        ),
        "participation_title": "Who took part",
        "region_title": "Comparison between VSVs",
        "region_intro": (
            "Choose your VSV and the VSVs you want to see by name. Other VSVs appear only as "
            "an anonymous distribution. For each VSV the latest measurement counts."
        ),
        "region_focus": "Your VSV",
        "region_named": "VSVs by name",
        "region_reference": "Compare with",
        "region_ref_selected": "chosen VSVs",
        "region_ref_all": "all VSVs in the database",
        "region_table_title": "Score per domain and VSV (percent of maximum)",
        "region_hidden_note": "– = no score (fewer than {k} respondents or no answers).",
        "region_percentile_title": "{vsv} against the other VSVs",
        "region_percentile_axis": "score (percent of maximum)",
        "region_others_legend": "other VSVs (anonymous)",
        "percentile": "percentile",
        "region_distribution_title": "Other VSVs, anonymous: distribution per domain",
        "region_too_few_others": (
            "{n} other VSVs without a name: of fewer than {spread} VSVs we show only their "
            "number, because one VSV's score could be read off a spread of so few."
        ),
        "region_no_extremes": (
            "Lowest and highest scores are shown only with at least {extremes} other VSVs: they "
            "are two VSVs' own scores."
        ),
        "region_spread_note": (
            "Quartiles and median are Harrell-Davis estimates: a weighted mean of all scores, "
            "so no single VSV's score."
        ),
        "region_no_others": "No other VSVs without a name in this comparison.",
        "percentile_short": "P{p}",
        "n_vsv": "number of VSVs",
        "minimum": "lowest",
        "q1": "first quartile",
        "median": "median",
        "q3": "third quartile",
        "maximum": "highest",
        "region_alpha_title": "Reliability per domain (Cronbach's alpha)",
        "alpha": "alpha",
        "n_complete": "respondents who answered every item",
        "region_export_button": "Export to Excel",
        "region_export_done": "Done. The file is also in {folder}:",
        "region_export_failed": "The export failed.",
        "region_no_sessions": "No sessions in the database yet.",
        "sheet_table": "Score per VSV",
        "sheet_percentiles": "Percentiles",
        "sheet_distribution": "Distribution other VSVs",
        "sheet_alpha": "Cronbach's alpha",
        # beside the domain scores in app and report (vsvkit.domain_view, report_method)
        "balanced_score": "professions weighted equally",
        "balanced_explained": (
            "'Professions weighted equally' is the mean of the means of the professions "
            "shown: every profession counts the same, so the largest group does not decide the "
            "score. Small groups that were merged count together as one group."
        ),
        "consensus_smoothing": (
            "This domain's consensus is higher than that of each of its statements: it is "
            "computed on the respondents' domain scores, and averaging over the statements "
            "within one person smooths out the extremes."
        ),
        "alpha_appendix_title": "Reliability per domain (for advisers)",
        "alpha_intro": (
            "Cronbach's alpha says how strongly the statements of a domain hang together "
            "(internal consistency); {threshold} or more counts as sufficient. Computed over "
            "the respondents who answered every statement of the domain (n), and shown only "
            "when there are at least {k} of them."
        ),
        "alpha_reason": "note",
        "alpha_too_few": "fewer than {k} respondents answered every statement",
        "alpha_not_computable": "cannot be computed: no spread in the answers",
        # the session store and the command line: errors and session management
        "error": "Error",
        "store_op_open": "opening",
        "store_op_import": "importing the session",
        "store_op_delete": "deleting the session",
        "store_op_change": "changing the session",
        "store_op_read": "reading",
        "store_op_save": "saving",
        "store_failed": "{what} failed for the session store {where}: {reason}",
        "store_unknown_session": (
            "there is no session with id {id}; list the stored sessions with 'vsvkit sessions'."
        ),
        "store_bad_session_id": (
            "'{value}' is not a session id: a session id is a whole number from 1 to {max}."
        ),
        "store_already_imported": (
            "this file was already imported as session {id} ({vsv}, {date}). Delete that session "
            "first to import it again: 'vsvkit sessions delete {id}', or in the app under "
            "'Manage sessions'."
        ),
        "store_vsv_empty": "the VSV name is empty; give a name of 1 to {max} characters.",
        "store_vsv_not_text": "the VSV name must be text; got {value}.",
        "store_vsv_too_long": (
            "the VSV name is {n} characters long ('{start}…'); at most {max} characters are "
            "allowed."
        ),
        "store_vsv_bad_char": (
            "the VSV name has a character that is not allowed at position {pos} ({char}); use "
            "visible characters and spaces only, no line breaks, tabs or control characters."
        ),
        "store_bad_date": (
            "the session date must be a date as YYYY-MM-DD (e.g. 2026-03-12); got {value}."
        ),
        "store_bad_wave": "wave must be one of {allowed}; got {value}.",
        "store_bad_min_group_size": (
            "the minimum group size must be a whole number from {low} to {high} (privacy floor: "
            "never below {low}); got {value}."
        ),
        "store_read_only": (
            "the session store {where} is read-only (the file or its folder cannot be written): "
            "viewing works, {what} does not. Copy the file to a folder you can write to, or "
            "choose another store with --db."
        ),
        "store_read_only_old": (
            "the session store {where} has schema version {version} and must be upgraded to "
            "version {current}, but it is read-only. Open it once with write access, or copy it "
            "to a folder you can write to."
        ),
        "store_read_only_new": (
            "cannot create a session store at {where}: the folder {folder} cannot be written. "
            "Choose a file in a folder you can write to (--db or VSVKIT_DB)."
        ),
        "store_no_folder": (
            "cannot open the session store {where}: the folder {folder} does not exist. Create "
            "the folder first or choose another file (--db or VSVKIT_DB)."
        ),
        "store_disk_full": (
            "the disk of the session store {where} is full: {what} did not happen and the store "
            "is unchanged. Free some space and try again."
        ),
        "store_not_vsvkit": (
            "{where} is not a vsvkit session store: the database holds other tables ({tables}) "
            "and no vsvkit schema. Nothing was changed. Choose a new file or an empty database."
        ),
        "store_damaged": (
            "the session store {where} is damaged: the table(s) {tables} are missing (schema "
            "version {version}). Nothing was changed; restore a backup."
        ),
        "store_newer": (
            "the session store {where} has schema version {version}, but this vsvkit knows "
            "versions up to {current}; upgrade vsvkit (pip install -U vsvkit) to open it."
        ),
        "store_bad_url": (
            "not a valid database URL: {url}. Use a file path, sqlite:///path/to/file, or "
            "postgresql://user:password@host:port/database."
        ),
        "store_unsupported": (
            "unsupported database {driver} in {where}: vsvkit stores sessions in SQLite (a file "
            "path or sqlite:///...) or PostgreSQL (postgresql://...)."
        ),
        "store_no_driver": (
            "cannot use {where}: the database driver is missing ({reason}). For PostgreSQL "
            "install it with: pip install 'vsvkit[postgres]'"
        ),
        "store_no_data_folder": (
            "cannot create the folder for the session store {folder}: {reason}. Set VSVKIT_DB to "
            "a file path or database URL you can write to."
        ),
        "unexpected_error": (
            "Something unexpected went wrong ({error}). Run the command again with --debug for "
            "the details."
        ),
        # vsvkit lab
        "lab_running": "JupyterLab runs at: {url}",
        "server_stop": "Stop: Ctrl-C.",
        "store_number_range": "{name} must be a whole number from {low} to {high}; got {value}.",
        "sessions_delete_prompt": (
            "Delete session {id} ({vsv}, {date}, {wave}, {n} respondents) with all its notes and "
            "actions? This cannot be undone. [y/N] "
        ),
        "sessions_delete_answers": "y,yes",
        "sessions_delete_needs_yes": (
            "Session {id} was not deleted: confirm with --yes (there is no terminal to ask)."
        ),
        "sessions_delete_cancelled": "Not deleted.",
        "sessions_deleted": "Session {id} ({vsv}, {date}) was deleted.",
        "sessions_changed": "Session {id} is now: {vsv}, {date}, {wave}.",
        "report_no_vsv": (
            "there is no session of a VSV with '{vsv}' in its name. Known VSVs: {known}."
        ),
        "report_no_vsv_empty": (
            "there is no session of a VSV with '{vsv}' in its name; the store is empty."
        ),
        "manage_title": "Manage sessions",
        "manage_help": (
            "Change the VSV name, the date or the wave of a session, or delete a session with all "
            "its answers, notes and actions."
        ),
        "manage_session": "Session",
        "manage_save": "Save changes",
        "manage_delete": "Delete session…",
        "manage_confirm_delete": (
            "Delete session {id} ({vsv}, {date}, {n} respondents) with all its answers, notes and "
            "actions? This cannot be undone."
        ),
        "manage_confirm_yes": "Yes, delete",
        "manage_confirm_no": "Cancel",
        # server refusals (vsvkit.app.hosts)
        "server_refused_host": "Refused: this server does not answer to that host name.",
        "server_refused_origin": "Refused: the request comes from another site.",
    },
}


def _merge(*tables: dict[str, dict[str, str]]) -> None:
    """Add topic tables from vsvkit.locale to :data:`STRINGS` (keys must not collide)."""
    for table in tables:
        for lang, strings in table.items():
            if strings.keys() & STRINGS[lang].keys():
                raise KeyError(f"duplicate user strings: {strings.keys() & STRINGS[lang].keys()}")
            STRINGS[lang].update(strings)


_merge(_intake_strings)


def check_language(lang: Lang) -> str:
    """Return ``lang`` if it is supported, else raise ValueError naming the choices."""
    if lang not in STRINGS:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: Lang = DEFAULT_LANG, **fmt) -> str:
    """The user-facing string ``key`` in ``lang``, formatted with ``fmt``.

    Parameters
    ----------
    key : str
        A key of :data:`STRINGS` (identical in every language).
    lang : {"nl", "en"}
        Language; Dutch by default.
    **fmt
        Values for ``{placeholders}`` in the string.

    Raises
    ------
    KeyError
        When ``key`` is unknown (a programming error: add the key to both languages).
    ValueError
        When ``lang`` is not supported.
    """
    table = STRINGS[check_language(lang)]
    try:
        text = table[key]
    except KeyError:
        raise KeyError(f"no user string {key!r}; add it to vsvkit.i18n.STRINGS") from None
    return text.format(**fmt) if fmt else text


def wave_label(wave: str, lang: Lang = DEFAULT_LANG) -> str:
    """The name of a wave code (``baseline`` -> "nulmeting", ``follow_up`` -> "vervolgmeting")."""
    key = {"baseline": "baseline", "follow_up": "follow_up", "follow-up": "follow_up"}.get(wave)
    return t(key, lang) if key else str(wave)
