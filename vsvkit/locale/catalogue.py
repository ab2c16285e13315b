"""The one catalogue of strings users see, in Dutch (default) and English.

Every word a user reads in the app, the report, the command line and the error messages is
here, reached through :func:`vsvkit.i18n.t`. Questionnaire texts (domain names, item texts,
role names, level labels) live in the instrument YAML and the conversation guide in its own
YAML; they are reached through :class:`~vsvkit.instrument.Instrument` and
:class:`~vsvkit.guide.Guide`.

Both languages have exactly the same keys and the same ``{placeholders}`` per key
(``tests/test_i18n.py`` checks it). To add a string, put its key with the Dutch text under
``"nl"`` and with the English text under ``"en"``, in the section of the module that shows it
(a new section gets a ``# comment`` naming the module). This module is a string catalogue:
the 400-line rule for modules does not apply to it.
"""

from __future__ import annotations

__all__ = ["STRINGS"]

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
            "met de aantekeningen en afspraken van vandaag, of de samenvatting van één "
            "pagina om uit te delen."
        ),
        "export_busy": "Het verslag wordt gemaakt; dit duurt enkele seconden…",
        "export_failed": "Het verslag kon niet worden gemaakt.",
        "export_done": "Klaar. De bestanden staan ook in {folder}:",
        "export_handout_button": "Samenvatting (1 pagina)",
        "export_handout_busy": "De samenvatting van één pagina wordt gemaakt…",
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
        # conversation guide: split and "weet niet" entries, every level, sources (issue 11)
        "guide_split_first": (
            "De leden zijn verdeeld over dit domein ({pct}, {level}). Begin bij de vraag waarom "
            "de disciplines het zo verschillend zien; daarna volgt de leidraad bij de score."
        ),
        "guide_split_title": "Verdeeld: eerst begrijpen waarom de beelden verschillen",
        "guide_dont_know_title": (
            "Veel 'weet niet' ({share}): wie informeert wie over hoe het geregeld is?"
        ),
        "guide_every_level": "Bij elk niveau",
        "guide_source": "Bron: {sources}",
        "guide_sources": "Bronnen: {sources}",
        "plan_why_dont_know": "{share} van de antwoorden is 'weet niet'",
        "plan_measure_dont_know": (
            "Bij de vervolgmeting is minder dan {share} van de antwoorden over {domain} 'weet niet'"
        ),
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
        # file names of reports and handouts (vsvkit.report.names)
        "file_report": "verslag",
        "file_handout": "samenvatting",
        "file_session": "sessie-{id}",
        "report_score": "score",
        # the one-page summary handout (vsvkit.report.handout)
        "no_plan": "Er is (nog) geen vervolgplan vastgelegd.",
        "handout_kicker": "Samenvatting",
        "handout_points": "Drie punten om te bespreken",
        "handout_privacy": (
            "Alle cijfers gaan over groepen van ten minste {k} deelnemers; kleinere groepen "
            "zijn samengevoegd of niet getoond."
        ),
        "handout_more": "Het hele verslag, met de antwoorden per stelling: {file}.",
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
        # beside the domain scores in app and report (vsvkit.domain_view, vsvkit.report.method)
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
        "store_already_imported_unseen": (
            "Dit bestand is al geïmporteerd, als sessie van een VSV dat u niet ziet; vraag de "
            "beheerder."
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
        "lab_running": "JupyterLab draait op: {url}",
        "server_stop": "Stoppen: Ctrl-C.",
        "store_number_range": (
            "{name} moet een geheel getal van {low} tot en met {high} zijn; gekregen: {value}."
        ),
        "survey_too_many": (
            "Te veel verzoeken tegelijk vanaf dit adres; probeer het over een minuut opnieuw."
        ),
        "survey_opened": (
            "Sessie {session}: de vragenlijst staat open op {url} (tot en met {closes})."
        ),
        "survey_files": "De uitnodiging (PDF, QR-code, e-mailtekst) staat in {folder}.",
        "survey_local_link": (
            "Let op: leden bereiken 'localhost' niet vanaf hun eigen apparaat; geef met --server "
            "het adres waarop zij de server bereiken."
        ),
        "survey_state_open": "open",
        "survey_state_closed": "gesloten",
        "survey_status_line": "Sessie {session}: vragenlijst {state}.",
        "survey_answered_of": "{n} van {invited} leden hebben geantwoord ({pct}).",
        "survey_answered": "{n} leden hebben geantwoord.",
        "survey_still_needed": (
            "Nog {n} antwoorden nodig voordat de uitkomsten getoond worden (minimaal {k})."
        ),
        "survey_closed_now": "De vragenlijst van sessie {session} is gesloten.",
        "results_withheld": (
            "Nog geen uitkomsten: {n} leden hebben geantwoord en er zijn er minstens {k} nodig "
            "om iets te tonen. Nog {more} antwoorden nodig."
        ),
        "survey_panel_title": "Vragenlijst voor de leden",
        "survey_invited_label": "Aantal leden uitgenodigd",
        "survey_closes_label": "Laatste dag om te antwoorden",
        "survey_open_button": "Vragenlijst openen",
        "survey_close_button": "Vragenlijst sluiten",
        "survey_pick": "Vragenlijst",
        "survey_qr_title": "QR-code van de vragenlijst",
        "store_survey_none": "Sessie {id} heeft geen vragenlijst op deze server.",
        "store_survey_closed": "Deze vragenlijst is gesloten of bestaat niet.",
        "store_survey_code": (
            "Deze uitnodigingscode is onbekend of al gebruikt; elke code geldt voor één keer."
        ),
        "store_survey_one_respondent": "Een inzending is één respondent; gekregen: {n}.",
        "store_survey_closes_past": "De sluitingsdatum {closes} ligt in het verleden.",
        "store_survey_invited_sum": (
            "Uitgenodigd per beroep ({by_profession}) is meer dan uitgenodigd in totaal ({total})."
        ),
        "store_survey_unknown_role": "Onbekend beroep {code}; toegestaan: {allowed}.",
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
        # import problems (vsvkit.intake): intake_<rule>, placeholders filled there
        "intake_missing_file": "Het bestand bestaat niet. Kies een bestaand CSV- of XLSX-bestand.",
        "intake_is_directory": "Dit is een map, geen bestand. Kies het CSV- of XLSX-bestand zelf.",
        "intake_no_permission": (
            "Geen toestemming om dit bestand te lezen. Sla het op een plek op waar u kunt lezen."
        ),
        "intake_unreadable": "Het bestand kan niet gelezen worden ({reason}).",
        "intake_empty_file": (
            "Het bestand is leeg. Exporteer de antwoorden opnieuw als CSV of XLSX."
        ),
        "intake_not_spreadsheet": (
            "Dit is geen spreadsheet (het lijkt op: {value}). Toegestaan: CSV (komma, puntkomma "
            "of tab) of een werkmap (.xlsx, .xls of .ods)."
        ),
        "intake_damaged_xlsx": (
            "De werkmap is beschadigd en kan niet gelezen worden. Exporteer haar opnieuw of sla "
            "haar op als CSV."
        ),
        "intake_unknown_encoding": (
            "De tekens in het bestand zijn niet te lezen. Sla het op als CSV UTF-8 of als .xlsx."
        ),
        "intake_too_many_cells": (
            "Deze rij heeft {got} cellen, de kopregel maar {width}. Controleer het "
            "scheidingsteken en de aanhalingstekens."
        ),
        "intake_no_respondents": (
            "Het bestand heeft een kopregel maar geen antwoorden (vanaf rij 2 is alles leeg)."
        ),
        "intake_no_items": (
            "Geen enkele kolom hoort bij een vraag van de {title}. Een kolomkop moet de vraagcode"
            " (bijv. {example}) of de vraagtekst zijn."
        ),
        "intake_missing_item": (
            "De kolom voor vraag {code} ('{text}') ontbreekt. Alle vragen moeten in het bestand "
            "staan; alleen de vragen over de gewenste situatie mogen ontbreken."
        ),
        "intake_duplicate_item": (
            "Vraag {code} staat in meer dan één kolom ({columns}). Laat één kolom staan."
        ),
        "intake_ambiguous_item": (
            "Deze kolomkop past bij meer dan één vraag ({codes}). Gebruik één vraagcode of de "
            "volledige vraagtekst."
        ),
        "intake_ambiguous_remark": (
            "Deze opmerkingenkolom past bij meer dan één domein ({codes}). Noem één domein."
        ),
        "intake_bad_answer": (
            "Ongeldig antwoord. Toegestaan: {numbers}, {labels}, '{dont_know}' of leeg."
        ),
        "intake_more_bad_answers": (
            "Nog {count} cellen in deze kolom hebben een ongeldig antwoord (de eerste {shown} "
            "staan hieronder). Toegestaan: {numbers}, {labels}, '{dont_know}' of leeg."
        ),
        "intake_more_problems": (
            "Nog {count} cellen in deze kolom hebben zo'n probleem (de eerste {shown} staan "
            "hieronder)."
        ),
        "intake_missing_role_column": (
            "Er is geen kolom met het beroep (een kop met beroep, rol, functie, discipline, "
            "profession, role of occupation). Het beroep is nodig om groepen te vergelijken."
        ),
        "intake_several_role_columns": (
            "Meer dan één kolom lijkt het beroep te bevatten ({columns}). Laat er één staan."
        ),
        "intake_several_echelon_columns": (
            "Meer dan één kolom lijkt de lijn te bevatten ({columns}). Laat er één staan."
        ),
        "intake_unknown_role": "Onbekend beroep. Toegestaan (code of naam): {allowed}.",
        "intake_blank_role": "Het beroep is niet ingevuld. Toegestaan (code of naam): {allowed}.",
        "intake_unknown_echelon": (
            "Onbekende lijn. Toegestaan: {allowed}, of leeg (dan geldt de lijn van het beroep)."
        ),
        "intake_ambiguous_value": (
            "Deze waarde past bij meer dan één mogelijkheid. Gebruik de code: {allowed}."
        ),
        "intake_duplicate_email": (
            "Hetzelfde e-mailadres als in rij {first}: iedereen antwoordt één keer. Verwijder één"
            " van de rijen."
        ),
        "intake_duplicate_id": (
            "Hetzelfde respons-ID als in rij {first}: deze respons staat dubbel in het bestand. "
            "Verwijder één van de rijen."
        ),
        "intake_damaged_archive": (
            "De werkmap is beschadigd (het ZIP-archief klopt niet) en kan niet gelezen worden. "
            "Exporteer haar opnieuw of sla haar op als CSV."
        ),
        "intake_password": (
            "De werkmap is met een wachtwoord beveiligd. Sla haar zonder wachtwoord op."
        ),
        "intake_file_too_large": (
            "Het bestand is {size}; een export van antwoorden is veel kleiner (hoogstens "
            "{limit}). Kies het juiste bestand."
        ),
        "intake_part_too_large": (
            "Een onderdeel van de werkmap is uitgepakt {size}, meer dan de {limit} die een export"
            " van antwoorden kan zijn. Sla alleen het werkblad met de antwoorden op, of als CSV."
        ),
        "intake_no_visible_sheet": (
            "De werkmap heeft geen zichtbaar werkblad. Maak het werkblad met de antwoorden "
            "zichtbaar."
        ),
        "intake_several_sheets": (
            "Meer dan één zichtbaar werkblad bevat gegevens ({sheets}). Laat alleen het werkblad "
            "met de antwoorden zichtbaar, of verwijder de andere."
        ),
        "intake_sheet_too_large": (
            "Het werkblad loopt tot rij {rows} en kolom {columns}; een export van antwoorden "
            "heeft hoogstens {max_rows} rijen en {max_columns} kolommen. Maak de cellen buiten de"
            " tabel leeg (ook een verdwaalde cel ver weg)."
        ),
        "intake_bad_position": (
            "Een cel heeft een ongeldige plaats ({value}); het bestand is niet door een "
            "spreadsheetprogramma gemaakt of is beschadigd. Open en bewaar het opnieuw in Excel "
            "of LibreOffice."
        ),
        "intake_duplicate_cell": (
            "Deze cel staat twee keer in het bestand; de ene zou de andere overschrijven. Open en"
            " bewaar het bestand opnieuw in Excel of LibreOffice."
        ),
        "intake_cell_too_long": (
            "Een cel in deze rij is langer dan {limit} tekens; vaak ontbreekt een afsluitend "
            "aanhalingsteken. Controleer de aanhalingstekens in deze rij."
        ),
        "intake_malformed_csv": (
            "Deze rij is geen geldige CSV ({reason}). Exporteer het bestand opnieuw."
        ),
        "intake_too_slow": (
            "Het lezen van de werkmap duurde langer dan {seconds} seconden en is gestopt. Sla "
            "alleen het werkblad met de antwoorden op, of als CSV."
        ),
        "intake_too_big_to_read": (
            "De werkmap vraagt te veel geheugen om te lezen (een werkblad met heel veel cellen). "
            "Maak de cellen buiten de tabel leeg, of sla haar op als CSV."
        ),
        "intake_error_values_in_file": (
            "De werkmap bevat Excel-foutwaarden (zoals #N/A of #DEEL/0!). Herstel de formules of "
            "maak die cellen leeg, en importeer opnieuw."
        ),
        "intake_not_an_answer": (
            "Dit is {kind}, geen antwoord. Toegestaan: {numbers}, {labels}, '{dont_know}' of leeg."
        ),
        "intake_error_cell": (
            "Een Excel-foutwaarde ({value}) in deze kolom. Herstel de formule of maak de cel leeg."
        ),
        "intake_kind_error": "een Excel-foutwaarde",
        "intake_kind_date": (
            "een datum (Excel maakt van een getal soms een datum: zet de kolom op 'Standaard')"
        ),
        "intake_kind_time": "een tijd",
        "intake_kind_duration": "een tijdsduur",
        "intake_kind_bool": "een waarheidswaarde (WAAR/ONWAAR)",
        "intake_kind_other": "geen tekst en geen getal",
        "intake_column_letter": "(kolom {letters})",
        # the questionnaire pages members fill in (vsvkit.survey): survey_<what>
        "survey_title": "Vragenlijst {title}",
        "survey_for_vsv": "voor {vsv}",
        "survey_other_language": "English",
        "survey_skip_link": "Naar de vragen",
        "survey_intro_heading": "Over deze vragenlijst",
        "survey_how_heading": "Zo vult u de vragenlijst in",
        "survey_answers_are": "Bij elke vraag kiest u één antwoord:",
        "survey_saved_note": (
            "Uw antwoorden worden op dit apparaat bewaard tot u ze verstuurt; valt de verbinding "
            "weg, dan kunt u later verder."
        ),
        "survey_about_you": "Over u",
        "survey_profession_label": "Wat is uw beroep?",
        "survey_profession_choose": "Kies uw beroep",
        "survey_required": "(verplicht)",
        "survey_domain_of": "Domein {n} van {total}",
        "survey_desired_kicker": "Gewenste situatie over twee jaar",
        "survey_remark_label": "Opmerking over dit domein (niet verplicht)",
        "survey_remark_hint": "Noem geen namen. Hoogstens {limit} tekens.",
        "survey_submit": "Antwoorden versturen",
        "survey_submit_note": (
            "Niet beantwoorde stellingen mag u open laten. Na het versturen kunt u uw antwoorden "
            "niet meer wijzigen."
        ),
        "survey_progress": "{answered} van {total} beantwoord",
        "survey_errors_heading": "Controleer uw antwoorden",
        "survey_errors_intro": (
            "Er is nog niets opgeslagen. Verbeter het volgende en verstuur de vragenlijst opnieuw:"
        ),
        "survey_error_prefix": "Fout:",
        "survey_unknown_field": "Dit formulier kent het veld '{field}' niet.",
        "survey_duplicate_field": (
            "Voor '{field}' is meer dan één antwoord verstuurd; kies er één."
        ),
        "survey_bad_answer": (
            "'{value}' is geen antwoord op deze vraag; kies een van de antwoorden ({answers})."
        ),
        "survey_profession_required": (
            "Kies uw beroep; het is nodig om verschillen tussen beroepsgroepen te bespreken."
        ),
        "survey_unknown_profession": (
            "'{value}' staat niet in de lijst van beroepen. Kies uw beroep uit de lijst."
        ),
        "survey_remark_too_long": (
            "Uw opmerking is {length} tekens lang; er mogen hoogstens {limit}. Maak haar korter."
        ),
        "survey_thanks_title": "Bedankt!",
        "survey_thanks_body": (
            "Uw antwoorden zijn opgeslagen. Ze worden zonder naam besproken in de bijeenkomst "
            "van het VSV."
        ),
        "survey_thanks_close": "U kunt deze pagina nu sluiten.",
        "survey_closed_title": "Deze vragenlijst is niet open",
        "survey_closed_body": (
            "De vragenlijst is gesloten, of de link klopt niet. Vraag de organisator van de "
            "bijeenkomst om de juiste link."
        ),
        "survey_already_title": "U heeft deze vragenlijst al ingevuld",
        "survey_already_body": (
            "Op dit apparaat zijn de antwoorden op deze vragenlijst al verstuurd; iedereen vult "
            "haar één keer in. Wilt u een collega laten invullen, laat hem of haar dan een eigen "
            "telefoon of computer gebruiken."
        ),
        # appendix on method (vsvkit.report.method), in the order it is printed
        "method_title": "Verantwoording",
        "method_questionnaire": """\
### De vragenlijst
De {title} (versie {version}) bevat {n_items} stellingen in {n_domains} domeinen: {domains}.
De domeinen volgen het Rainbow Model of Integrated Care (Valentijn e.a., 2013), dat in de
Nederlandse geboortezorg is gevalideerd (Boesveld e.a., 2017). Elke stelling gaat over het VSV
als geheel en wordt beantwoord met {scale}, of met '{dont_know}'. Per domein is er ook een vraag
naar de gewenste situatie; die telt niet mee in de score en staat ernaast.
""",
        "method_scores": """\
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
""",
        "method_levels": """\
### Niveaus op het integratiecontinuüm
De score bepaalt de stap op het integratiecontinuüm (Leutz, 1999; Ahgren & Axelsson, 2005). De
grenzen staan in het instrumentbestand:

{levels}
""",
        "method_agreement": """\
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
""",
        "method_dont_know": """\
### 'Weet niet'
Het aandeel 'weet niet' is het aantal 'weet niet'-antwoorden gedeeld door alle gegeven
antwoorden (1–4 en 'weet niet'; lege antwoorden tellen niet mee). Een hoog aandeel is zelf een
uitkomst: leden weten niet hoe iets in het VSV geregeld is.
""",
        "method_figures": """\
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
""",
        "method_privacy": """\
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
        "method_max_consensus": ", of als de consensus lager is dan {value}",
        # appendix on method: the statements' origin and the introduction (vsvkit.report.method);
        # the paper questionnaire (vsvkit.paper, vsvkit questionnaire)
        "method_origin": "### Waar de stellingen vandaan komen\n{origin}\n",
        "method_origin_fallback": (
            "De stellingen van deze vragenlijst ({name}, versie {version}) zijn voor vsvkit "
            "geschreven, op de dimensies van het Rainbow Model of Integrated Care. Het is niet "
            "de oorspronkelijke tekst van de integratiemeter; die is niet openbaar."
        ),
        "method_introduction": (
            "### Wat de leden vooraf lazen\n"
            "Voor de eerste stelling lazen de leden deze inleiding (met de minimale "
            "groepsgrootte van dit verslag, {k}):\n\n{text}\n"
        ),
        "paper_kicker": "Vragenlijst voor de leden van het VSV",
        "paper_version": "versie {version}",
        "paper_intro_title": "Vooraf",
        "paper_how_title": "Zo vult u de vragenlijst in",
        "paper_how": (
            "Zet bij elke stelling één kruisje, in het vakje dat het best past bij hoe het nu "
            "gaat in uw VSV."
        ),
        "paper_how_dont_know": "Kunt u een stelling niet beoordelen, kruis dan '{dont_know}' aan.",
        "paper_correct": (
            "Vergist u zich, kleur dan het verkeerde vakje helemaal zwart en zet een kruisje in "
            "het goede vakje."
        ),
        "paper_no_name": "Zet uw naam niet op de vragenlijst.",
        "paper_statement": "Stelling",
        "paper_desired": "Gewenste situatie",
        "paper_remark": "Opmerking over dit domein (niet verplicht)",
        "paper_about_title": "Over u",
        "paper_profession": "Wat is uw beroep of functie in het VSV? Kruis één vakje aan.",
        "paper_echelon": "In welke lijn werkt u? Kruis één vakje aan.",
        "paper_thanks": (
            "Hartelijk dank voor het invullen. Geef de vragenlijst terug aan degene van wie u "
            "hem kreeg."
        ),
        "paper_bad_suffix": "{path}: kies een bestandsnaam die eindigt op .pdf of .html",
        "paper_write_failed": "{path}: het bestand kon niet worden geschreven ({reason})",
        "paper_written": "De vragenlijst staat in {path}",
        "paper_bad_min_group_size": (
            "De minimale groepsgrootte moet een heel getal van ten minste {floor} zijn, "
            "niet {value}"
        ),
        # errors: what the store refuses to keep (vsvkit.store)
        "store_responses_not_frame": (
            "Deze antwoorden kunnen niet worden opgeslagen: '{name}' moet een DataFrame zijn "
            "(lees het bestand met vsvkit.intake.read_responses)."
        ),
        "store_responses_no_columns": (
            "Deze antwoorden kunnen niet worden opgeslagen: in '{name}' ontbreken de kolom(men) "
            "{missing}; verwacht: {expected}."
        ),
        "store_responses_bad": (
            "Deze antwoorden kunnen niet worden opgeslagen: {what} bevat {values}; {rule}."
        ),
        "store_rule_whole_numbers": "dat moeten gehele getallen zijn",
        "store_rule_once": "elk nummer mag maar één keer voorkomen",
        "store_rule_allowed": "toegestaan: {allowed}",
        "store_rule_allowed_or_empty": "toegestaan: {allowed} of leeg",
        "store_rule_known_respondent": "die staan niet bij de respondenten",
        "store_rule_known_item": "dat zijn geen vragen van instrument {instrument} {version}",
        "store_rule_one_answer": "één antwoord per respondent en vraag",
        "store_rule_true_false": "dat moet True of False zijn",
        "store_rule_empty_if_dont_know": "dat moet leeg zijn waar dont_know True is",
        "store_scale_out_of_range": (
            "De opslag bewaart antwoordwaarden van 0 tot en met 14; instrument {instrument} heeft "
            "een schaal van {allowed}."
        ),
        "store_too_many_items": (
            "Instrument {instrument} heeft {n} vragen; de opslag kan er hoogstens 510 bewaren."
        ),
        "store_unknown_items": (
            "De opgeslagen antwoorden bevatten vragen ({items}) die instrument {instrument} "
            "{version} niet heeft; geef het instrument mee waarmee de sessie is ingelezen."
        ),
        "store_not_text": "{field} moet tekst zijn; nu {value}",
        "store_empty_text": "{field} moet tekst zijn en mag niet leeg zijn; nu {value}",
        "store_bad_due": "De datum 'klaar op' moet een datum zijn als JJJJ-MM-DD; nu {value}",
        "store_no_domain": (
            "Sessie {id} heeft geen domein {domain}; haar domeinen zijn {domains}."
        ),
        "store_no_position": "De positie moet een geheel getal van 1 of meer zijn; nu None",
        "store_no_action": "Er is geen actie met nummer {id}.",
        "store_bad_status": "De status moet een van {allowed} zijn; nu {value}",
        "scores_other_instrument": "Deze Scores zijn met een ander instrument gemaakt.",
        "scores_unknown_respondents": (
            "{source}: de antwoorden van respondent(en) {ids} hebben geen rij in respondents"
        ),
        "scores_unknown_items": (
            "{source}: vraagcode(s) {items} staan niet in instrument {instrument} {version}; "
            "toegestaan: {allowed}"
        ),
        "store_other_instrument": (
            "Sessie {id} is beantwoord met het instrument '{stored}' versie {stored_version}, dat "
            "verschilt van '{given}' versie {given_version}; geef geen instrument mee: elke "
            "sessie wordt gescoord met de vragenlijst waarmee ze is beantwoord."
        ),
        "store_instrument_missing": (
            "Sessie {id} ({vsv}) is beantwoord met een eigen vragenlijst ('{name}' versie "
            "{version}) die niet in de database staat. Voeg dat vragenlijstbestand toe met: "
            "vsvkit sessions instrument {id} BESTAND"
        ),
        "store_instrument_does_not_fit": (
            "De vragenlijst '{name}' versie {version} past niet bij sessie {id}: de opgeslagen "
            "{what} {values} staan er niet in. Er is niets veranderd."
        ),
        "store_instrument_without_file": (
            "Het instrument '{name}' versie {version} is niet wat zijn bestand zegt (het is "
            "afgeleid van een ander instrument of in Python gewijzigd); lees het in uit een "
            "bestand om er een sessie mee op te slaan."
        ),
        "compared_on_shared": (
            "Vergeleken op de {n} stellingen die beide vragenlijsten (versie {versions}) "
            "gemeenschappelijk hebben; de scores van deze vergelijking kunnen daardoor afwijken "
            "van de scores van elke sessie apart."
        ),
        "region_compared_on_shared": (
            "De VSV's zijn vergeleken op de {n} stellingen die hun vragenlijsten (versie "
            "{versions}) gemeenschappelijk hebben; de scores kunnen daardoor afwijken van de "
            "scores van elke sessie apart."
        ),
        "import_read_with_version": (
            "Het bestand past niet bij vragenlijst versie {default}, wel bij versie {version}; "
            "het is met versie {version} ingelezen."
        ),
        "sessions_instrument_attached": (
            "Sessie {id} ({vsv}) wordt voortaan gescoord met vragenlijst '{name}' versie {version}."
        ),
        "misfit_items": "stellingen",
        "misfit_values": "antwoorden",
        "misfit_professions": "beroepen",
        "misfit_echelons": "echelons",
        "misfit_domains": "domeinen (van opmerkingen, aantekeningen of acties)",
        # errors: a follow-up plan that is not valid (vsvkit.plan, vsvkit.store.workshop), and
        # the names of the fields users fill in that these errors (and the store's) name
        "field_notes": "aantekeningen",
        "field_what": "wat",
        "field_why": "waarom",
        "field_who": "wie",
        "field_due": "klaar op",
        "field_measure": "hoe weten we dat het werkt",
        "plan_bad_due": (
            "klaar op: {value} is geen datum; schrijf haar als JJJJ-MM-DD (bijv. 2026-09-01) of "
            "DD-MM-JJJJ"
        ),
        "plan_no_domain": "domein: moet een domeincode zijn, niet {value}",
        "plan_no_what": "wat: zeg wat er gedaan wordt; nu {value}",
        "plan_not_text": "{field}: moet tekst zijn, niet {value}",
        "plan_bad_status": "status: {value} is niet toegestaan; kies uit {allowed}",
        "plan_unknown_domain": (
            "domein: {value} is geen domein van {instrument}; kies uit {allowed}"
        ),
        "plan_bad_n": "n: moet een geheel getal van 0 of meer zijn, niet {value}",
        "plan_missing_columns": "In de plantabel ontbreken de kolom(men) {missing}",
        "plan_bad_suffix": (
            "{file}: het plan kan niet als '{suffix}' worden geëxporteerd; gebruik .csv of .xlsx"
        ),
        "plan_write_failed": "{path}: het plan kan niet worden geschreven ({reason})",
        # errors: comparison between VSVs (vsvkit.region)
        "region_missing_columns": (
            "{what}: de kolom(men) {missing} ontbreken; verwacht ten minste {expected}"
        ),
        "region_unknown_vsvs": "De VSV's {vsvs} hebben geen sessie in de opslag; bekend: {known}",
        "region_choose_one_way": "Kies de regio met VSV-namen of met sessienummers, niet allebei.",
        "region_unknown_sessions": (
            "Sessie(s) {ids} staan niet in de opslag; bekijk de opgeslagen sessies met "
            "`vsvkit sessions`."
        ),
        "region_session_twice": (
            "Kies één sessie per VSV; voor {vsvs} is er meer dan één gekozen."
        ),
        "region_no_answers": "De antwoorden bevatten geen rijen voor sessie(s) {ids}.",
        "region_unknown_vsv": "VSV {vsv} staat niet in de tabel; kies uit {known}",
        "region_unknown_named": "De VSV's {vsvs} staan niet in de tabel; kies uit {known}",
        "region_bad_reference": "reference moet 'all' of 'named' zijn, niet {value}",
        "region_nothing_selected": "Geen antwoorden gekozen: kies ten minste één VSV.",
        "region_export_not_xlsx": (
            "{file}: de export is een Excel-werkmap; gebruik een bestandsnaam op .xlsx"
        ),
        "region_export_empty": "Niets te exporteren: er zijn geen tabellen gegeven.",
        "region_export_unwritable": "{path}: de werkmap kan niet worden geschreven ({reason})",
        # errors: reports (vsvkit.report)
        "report_bad_format": "Onbekend verslagformaat {value}; toegestaan: {allowed}",
        "report_bad_language": "Onbekende taal {value}; toegestaan: {allowed}",
        "report_failed": "Het verslag van sessie {id} kon niet worden gemaakt: {error}: {detail}",
        "report_notebook_missing": "Het notebook van het verslag ontbreekt: {path}",
        "report_needs_papermill": "Voor verslagen is papermill nodig: pip install papermill",
        "report_needs_playwright": (
            "Voor de PDF-export is Playwright nodig: pip install playwright (een browser "
            "downloaden is niet nodig als Chromium geïnstalleerd is)"
        ),
        "report_browser_failed": "De browser {browser} kon niet starten: {error}",
        "report_pdf_failed": "De PDF-export in de browser is mislukt: {error}",
        "report_install_browser": (
            "installeer Chromium: sudo apt-get install chromium (Debian/Ubuntu) of "
            "`playwright install chromium`"
        ),
        "report_browser_not_executable": (
            "De browser {path} (VSVKIT_BROWSER) is geen uitvoerbaar bestand; "
            "noem een andere of {hint}"
        ),
        "report_no_browser": "Geen Chromium of Chrome gevonden (geprobeerd: {tried}); {hint}",
        "report_no_respondents": (
            "Sessie {id} heeft geen respondenten; importeer eerst haar antwoorden."
        ),
        # errors: a view of a group the privacy decision does not show (vsvkit.mirror)
        "privacy_group_not_shown": (
            "De groep '{group}' ({grouping}) wordt in deze sessie niet apart getoond (minder dan "
            "{k} deelnemers, of verborgen ter bescherming van kleinere groepen)."
        ),
        # invitation codes (vsvkit.survey.codes)
        "codes_bad_count": (
            "Het aantal uitnodigingscodes moet een heel getal van 0 of meer zijn, niet {value}."
        ),
        "codes_not_a_code": (
            "'{value}' is geen uitnodigingscode: die heeft 8 letters en cijfers, zoals K7QM-3TXA."
        ),
        "codes_write_failed": "{path}: de codes kunnen niet worden geschreven ({reason})",
        # the invitation sheet and e-mail (vsvkit.survey.invitation)
        "invitation_kicker": "Uitnodiging",
        "invitation_heading": "Vul de {title} in",
        "invitation_why": (
            "Uw antwoorden zijn de basis van de bijeenkomst van {vsv} over onze samenwerking."
        ),
        "invitation_scan": "Scan de QR-code met de camera van uw telefoon, of typ de link:",
        "invitation_qr_label": "QR-code met de link naar de vragenlijst",
        "invitation_closes": "De vragenlijst sluit op {date}.",
        "invitation_anonymity": (
            "Anoniem: we vragen niet naar uw naam of e-mailadres, en een groep van minder dan "
            "{k} personen wordt nooit apart getoond."
        ),
        "invitation_email_heading": "E-mail aan de leden (Nederlands)",
        "invitation_subject_label": "Onderwerp",
        "invitation_email_subject": "{vsv}: vul de {title} in (sluit op {date})",
        "invitation_email_greeting": "Beste collega,",
        "invitation_email_intro": (
            "Binnenkort bespreken we in {vsv} hoe ver onze samenwerking is, met de {title}. "
            "Daarvoor vragen we alle leden een vragenlijst in te vullen."
        ),
        "invitation_email_link": "Vul de vragenlijst in via deze link:",
        "invitation_email_code": (
            "Uw persoonlijke code is {code}; die staat al in de link. Hij werkt één keer en "
            "wordt niet bij uw antwoorden bewaard."
        ),
        "invitation_email_thanks": "Alvast hartelijk dank!\n\nMet vriendelijke groet,\n[naam]",
        "invitation_needs_full_url": (
            "'{url}' is geen volledig webadres; de QR-code en de e-mail hebben het hele adres "
            "nodig, zoals https://server.nl/vragenlijst/..."
        ),
        "invitation_write_failed": "{path}: de uitnodiging kan niet worden geschreven ({reason})",
        # import templates for a trainer's own survey tool (vsvkit.survey.export_templates,
        # vsvkit.survey.limesurvey)
        "template_role_header": "Beroep",
        "template_echelon_header": "Lijn (echelon)",
        "template_remark_header": "Opmerking {code} ({name})",
        "template_sheet_answers": "Antwoorden",
        "template_help_title": "Importsjabloon {title} {version}",
        "template_help_intro": (
            "Eén rij per ingevulde vragenlijst, vanaf rij 2 van het werkblad '{sheet}'. Laat de "
            "kopjes in rij 1 staan zoals ze zijn: de import herkent de kolommen eraan. Dit "
            "werkblad slaat de import over. Importeren: vsvkit import BESTAND --vsv NAAM "
            "--date JJJJ-MM-DD"
        ),
        "template_help_column": "Kolom",
        "template_help_what": "Wat u invult",
        "template_help_allowed": "Toegestaan",
        "template_help_role": "Het beroep of de functie van de invuller (verplicht).",
        "template_help_role_allowed": "een beroep uit de lijst hiernaast, of zijn afkorting",
        "template_help_echelon": "Mag leeg blijven: dan geldt de lijn van het beroep.",
        "template_help_echelon_allowed": "een lijn uit de lijst hiernaast, of leeg",
        "template_help_items": (
            "De kolommen met een code tussen [ ] ({first} tot en met {last}): één antwoord per "
            "stelling en per gewenste situatie. Leeg is: niet beantwoord."
        ),
        "template_help_items_allowed": "{labels} of {dont_know}; of de cijfers {numbers}",
        "template_help_remarks": (
            "Opmerking per domein: vrije tekst zonder namen; mag leeg blijven."
        ),
        "template_help_remarks_allowed": "vrije tekst",
        "template_list_answers": "Antwoorden",
        "template_list_roles": "Beroepen",
        "template_list_echelons": "Lijnen",
        "template_validation_title": "Kies uit de lijst",
        "template_validation_answer": (
            "Kies een antwoord uit de lijst; de cijfers {numbers} mogen ook."
        ),
        "template_validation_role": "Kies een beroep uit de lijst; de afkorting mag ook.",
        "template_validation_echelon": "Kies een lijn uit de lijst, of laat de cel leeg.",
        "template_written": "Geschreven: {path}",
        "template_bad_suffix": "{path}: een {format}-sjabloon eindigt op .{format}",
        "template_write_failed": "{path}: het sjabloon kan niet worden geschreven ({reason})",
        "lss_statements_question": "In hoeverre is dit nu het geval in ons VSV?",
        "lss_remark_question": "Opmerking over {domain} (niet verplicht)",
        "lss_about_group": "Over u",
        "lss_profession_question": "Wat is uw beroep of functie in het VSV?",
        "lss_welcome": "Deze vragenlijst hoort bij de bijeenkomst van ons VSV over de {title}.",
        "lss_end": "Hartelijk dank voor het invullen.",
        "lss_bad_code": (
            "{what} '{code}' kan geen LimeSurvey-code worden: na weglaten van andere tekens dan "
            "letters en cijfers moet het met een letter beginnen, hoogstens {limit} tekens hebben "
            "en uniek zijn. Pas de code aan in het instrumentbestand."
        ),
        "lss_what_item": "De stelling",
        "lss_what_role": "Het beroep",
        "lss_what_dont_know": "Geen van de schrijfwijzen van 'weet niet'",
        # vsvkit.room
        "step_welcome": "Welkom",
        "step_overview": "Overzicht van de zes domeinen",
        "step_domain": "Domein",
        "step_details": "verschillen en opmerkingen",
        "step_discussion": "Bespreekpunten",
        "step_agreed": "Afgesproken niveaus naast de gemeten niveaus",
        "step_plan": "Vervolgplan",
        "part_welcome": "Welkom en doel",
        "part_overview": "Overzicht",
        "part_discussion": "Bespreekpunten",
        "part_agreements": "Afspraken over de niveaus",
        "part_plan": "Vervolgplan",
        "room_respondents": "{n} leden vulden de vragenlijst in.",
        "room_agenda": "Programma",
        "minutes": "{n} min",
        "room_more_remarks": "Meer opmerkingen in het verslag: {n}",
        "room_more_points": "Meer bespreekpunten in het verslag: {n}",
        "room_more_actions": "Meer acties in het verslag: {n}",
        "room_no_actions": "Het vervolgplan heeft nog geen acties.",
        "room_col_domain": "Domein",
        "room_col_what": "Wat",
        "room_col_who": "Wie",
        "room_col_due": "Klaar op",
        "title_group_scores_profession": "{domain}: score per beroepsgroep",
        "title_group_scores_echelon": "{domain}: score per echelon",
        # vsvkit.app.room_pages
        "room_page_title": "VSV-integratiemeter – zaalweergave",
        "room_waiting": "De trainer start zo de presentatie.",
        "room_working": "Even geduld…",
        # vsvkit.room (details)
        "room_details": "Verschillen tussen beroepen en opmerkingen",
        # vsvkit.widgets.presenter
        "key_home": "Overzicht",
        "key_black": "Zwart scherm",
        "step_picker": "Stap",
        "open_room_view": "Zaalweergave openen (tweede venster, voor de beamer)",
        "in_the_room": "Nu in de zaal",
        "room_preview": "Wat de zaal nu ziet",
        "next_step": "Volgende stap",
        "agenda": "Agenda",
        "agenda_edit": "Geplande minuten aanpassen",
        "agenda_part": "Onderdeel",
        "agenda_planned": "Gepland (min)",
        "agenda_used": "Gebruikt",
        "agenda_left": "Resterend",
        "time_total": "Tijd gebruikt: {used} · nog {left} van de geplande tijd",
        "room_is_black": "Het scherm in de zaal is zwart (B: terug).",
        "room_is_hidden": "De zaal ziet de resultaten van deze stap nog niet (R: onthullen).",
        "measured": "gemeten",
        "agreed_levels": "Afgesproken niveau per domein",
        "results_withheld_short": "Nog te weinig deelnemers om resultaten te tonen.",
        "presenter_keys": (
            "Toetsen: → of PageDown of spatie volgende · ← of PageUp vorige · Home overzicht · "
            "B zwart scherm · R onthullen"
        ),
        # vsvkit.widgets.presenter (clock)
        "hours_short": "u",
        # vsvkit.store.polls
        "store_poll_target": (
            "Een stemronde gaat over een domein, een stelling of het VSV als geheel; {kind} "
            "{target} bestaat niet in de vragenlijst van deze sessie."
        ),
        "store_poll_unknown": (
            "Er is geen stemronde met nummer {id}; bekijk de rondes met 'vsvkit poll results "
            "SESSIE'."
        ),
        "store_poll_closed": "Deze stemronde is gesloten of bestaat niet.",
        "store_poll_answer": "{value} is geen antwoord in deze stemronde; kies uit {allowed}.",
        "store_poll_profession": "{value} is geen beroep van deze vragenlijst; kies uw beroep.",
        # vsvkit.app.vote_pages (the phones' vote pages)
        "survey_vote_title": "Stemmen in de zaal",
        "survey_vote_counted": (
            "Uw stem is geteld: {answer}. U kunt uw stem wijzigen zolang de ronde open is."
        ),
        "survey_vote_submit": "Stem",
        "survey_vote_change": "Stem wijzigen",
        "survey_vote_anonymous": (
            "Uw stem is anoniem: vsvkit bewaart alleen hoeveel stemmen elk antwoord kreeg, niet "
            "wie wat stemde."
        ),
        "survey_vote_choose": "Kies een antwoord en stem opnieuw.",
        "survey_vote_profession": "Kies uw beroep en stem opnieuw.",
        "survey_vote_code_label": "De code op het scherm in de zaal",
        "survey_vote_code_go": "Naar de stemming",
        "survey_vote_unknown_code": (
            "Deze code kennen we niet of de stemronde is gesloten. Kijk naar het scherm in de zaal."
        ),
        "survey_vote_closed_title": "Deze stemronde is gesloten",
        "survey_vote_closed_body": (
            "Stemmen kan niet meer. Kijk naar het scherm in de zaal: misschien is er een nieuwe "
            "ronde met een nieuwe code."
        ),
        # vsvkit.room.vote_view
        "room_votes": "Stemmen:",
        "room_votes_needed": "De uitslag verschijnt bij genoeg stemmen; nog nodig: {n}.",
        "room_qr_label": "QR-code naar de stempagina",
        "room_vote_code": "Scan de QR-code, of typ de code",
        "room_vote_at": "op",
        "room_vote_closed": "De stemronde is gesloten.",
        "room_consensus_before": "Consensus vooraf (vragenlijst)",
        "room_consensus_after": "Consensus nu (zaal)",
        "room_level_measured": "Gemeten niveau",
        "room_level_chosen": "Niveau volgens de zaal",
        # vsvkit.widgets.votes
        "vote_heading": "Stemronde in de zaal",
        "vote_reveal": "Toon uitslag",
        "vote_hide": "Verberg uitslag",
        "vote_close": "Sluit ronde",
        "vote_reopen": "Heropen ronde",
        "vote_delete": "Verwijder ronde",
        "vote_take_level": "Niveau van de zaal als afgesproken niveau",
        "vote_by_profession": "Vraag naar beroep (de anonimiteitsregels van de sessie gelden)",
        "vote_start_overview": "Start stemronde: ons VSV als geheel",
        "vote_start_domain": "Start stemronde over dit domein",
        "vote_statement": "Stelling",
        "vote_start_item": "Start stemronde over deze stelling",
        "vote_no_level": "De zaal koos nog geen niveau: te weinig stemmen.",
        "vote_open": "open",
        "vote_closed": "gesloten",
        "vote_shown": "uitslag zichtbaar",
        "vote_hidden": "uitslag verborgen",
        "vote_status": "Ronde {code} ({state}, {shown}); stemmen:",
        # vsvkit.app.serve (--room)
        "serve_room_no_network": (
            "Let op: deze laptop heeft geen netwerk dat de telefoons in de zaal kunnen bereiken. "
            "Verbind de laptop met het wifi van de locatie of zet een hotspot aan (op de laptop "
            "of op uw telefoon) en start opnieuw met --room. De app en de zaalweergave werken nu "
            "alleen op deze laptop."
        ),
        "serve_room_votes": "Stemmen met de telefoon (zelfde wifi of hotspot): {url}",
        # vsvkit.room.votes
        "vote_question_domain": "Waar staat ons VSV nu op dit domein?",
        "vote_question_overview": "Waar staat ons VSV nu als geheel?",
        "vote_subject_overview": "Het VSV als geheel",
        "vote_subject_item": "Stelling {code} · {domain}",
        "votes_needed": "{n} stemmen; nog {needed} nodig voordat de uitslag getoond kan worden.",
        # vsvkit.plots._votes
        "vote_source_questionnaire": "vragenlijst",
        "vote_source_room": "in de zaal",
        "title_vote_comparison": "Vragenlijst en stemming in de zaal",
        "too_few_votes": "te weinig stemmen",
        # vsvkit.cli.poll
        "poll_opened": "Stemronde {id} is geopend (code {code}): {subject}. {question}",
        "poll_vote_at": "Leden stemmen op {link}",
        "poll_local_link": (
            "Geef met --server (of VSVKIT_PUBLIC_URL) het adres waarop telefoons de server "
            "bereiken; dan staat hier de volledige link."
        ),
        "poll_closed_now": "Stemronde {id} is gesloten: {n} stemmen.",
        "poll_reopened": "Stemronde {id} is weer open (code {code}).",
        "poll_deleted": "Stemronde {id} is verwijderd.",
        "poll_delete_prompt": (
            "Stemronde {id} ({subject}, {n} stemmen) verwijderen? Dit kan niet ongedaan worden "
            "gemaakt. [j/N] "
        ),
        "poll_delete_needs_yes": (
            "Stemronde {id} is niet verwijderd: bevestig met --yes (er is geen terminal om het "
            "te vragen)."
        ),
        "poll_no_rounds": (
            "Sessie {session} heeft nog geen stemrondes; open er een met 'vsvkit poll open "
            "{session} --domain CODE'."
        ),
        "poll_round_line": "Ronde {id} · code {code} · {state} · {subject}",
        "poll_state_open": "open sinds {date}",
        "poll_state_closed": "gesloten op {date}",
        "poll_room_line": "zaal ({n} stemmen): {answers}",
        "poll_group_line": "{group} ({n} stemmen): {answers}",
        "poll_questionnaire_line": "vragenlijst ({n} leden): {answers}",
        "poll_questionnaire_hidden": "vragenlijst: te weinig deelnemers om te tonen",
        "poll_consensus_line": "consensus: vragenlijst {before}, zaal {after}",
        "poll_levels_line": "niveau: gemeten {measured}, gekozen in de zaal {chosen}",
        # vsvkit.report.votes
        "report_votes": "Stemming in de zaal",
        "report_vote_line": (
            "{subject}({date}{state}): {n} stemmen. Consensus {before} in de vragenlijst, "
            "{after} in de zaal."
        ),
        "report_vote_levels": "Gemeten niveau: {measured}; de zaal koos: {chosen}.",
        "report_vote_too_few": (
            "{subject}({date}{state}): {n} stemmen; er waren nog {needed} stemmen nodig om de "
            "uitslag te tonen (minimaal {k})."
        ),
        "report_vote_open": ", nog open",
        "report_vote_item": "Stelling {code}",
        # vsvkit.store.polls (a vote counted before a reopen)
        "store_poll_counted": "Uw stem in deze ronde is al geteld; opnieuw stemmen kan niet.",
        "survey_vote_counted_before": (
            "Uw stem in deze ronde is al geteld. Opnieuw stemmen kan niet."
        ),
        # users, roles and regions on a shared server (vsvkit.store.roles, vsvkit.cli.users)
        "roles_bad_name": (
            "Ongeldige naam voor {what}: '{value}'. Gebruik 1 tot 200 tekens, zonder regeleinden."
        ),
        "roles_bad_role": "Onbekende rol '{role}'. Toegestaan: {allowed}.",
        "roles_admin_sees_all": (
            "Een beheerder ziet alle VSV's: geef bij --role admin geen --region of --vsv."
        ),
        "roles_adviser_region": "Een ROS-adviseur hoort bij een regio: geef --region REGIO.",
        "roles_adviser_vsvs": (
            "Een ROS-adviseur ziet de VSV's van de regio: geef geen --vsv (zet VSV's in de regio "
            "met 'vsvkit regions assign')."
        ),
        "roles_unknown_user": "Er is geen gebruiker '{user}'; bekijk ze met 'vsvkit users list'.",
        "roles_unknown_region": (
            "Er is geen regio '{region}'. Bestaande regio's: {known}. Voeg er een toe met 'vsvkit"
            " regions add NAAM'."
        ),
        "roles_region_exists": "De regio '{region}' bestaat al.",
        "roles_region_in_use": (
            "De regio '{region}' heeft nog gebruikers ({users}); geef hen eerst een andere regio."
        ),
        "roles_not_your_vsv": (
            "Gebruiker {user} mag niet werken aan sessies van {vsv}; vraag de beheerder om deze "
            "VSV aan u toe te wijzen."
        ),
        "roles_admin_only": (
            "Alleen een beheerder mag gebruikers en regio's beheren (u bent {user})."
        ),
        "roles_user_added": "Gebruiker {user} toegevoegd met de rol {role}.",
        "roles_user_changed": "Gebruiker {user} bijgewerkt: rol {role}.",
        "roles_user_sees": "Ziet de VSV's: {vsvs}",
        "roles_user_removed": (
            "De rol van gebruiker {user} is verwijderd; het JupyterHub-account blijft bestaan "
            "maar ziet geen sessies meer."
        ),
        "roles_no_users": (
            "Er zijn nog geen gebruikers; voeg er een toe met 'vsvkit users add NAAM --role admin'."
        ),
        "roles_no_regions": (
            "Er zijn nog geen regio's; voeg er een toe met 'vsvkit regions add NAAM'."
        ),
        "roles_region_added": "Regio {region} toegevoegd.",
        "roles_region_removed": "Regio {region} verwijderd.",
        "roles_region_assigned": "In regio {region}: {vsvs}",
        "roles_vsv_no_sessions": (
            "Let op: er is nog geen sessie van '{vsv}' in de opslag; controleer de schrijfwijze."
        ),
        "hub_unreachable": (
            "JupyterHub op {url} geeft geen antwoord op de vraag wie u bent ({reason}); de opslag"
            " wordt niet geopend. Probeer het opnieuw of vraag de beheerder de server te "
            "herstarten."
        ),
        # who the app runs for on a shared server (vsvkit.widgets.navigation.who_html)
        "who_line": "Ingelogd als {user}",
        "who_no_role": (
            "Ingelogd als {user}. U hebt nog geen rol in vsvkit en ziet daarom geen sessies: "
            "vraag de beheerder u toe te voegen als trainer of ROS-adviseur."
        ),
        "role_admin": "beheerder",
        "role_trainer": "trainer",
        "role_adviser": "ROS-adviseur",
        # a user's server without its hub token (vsvkit.store.identity)
        "hub_no_token": (
            "Dit proces draait in de JupyterHub-server van {user} maar heeft geen {token}; de "
            "opslag wordt niet geopend. Start de server opnieuw vanuit JupyterHub (Control Panel,"
            " Stop en Start)."
        ),
        # the region app on a shared server (vsvkit.widgets.region)
        "region_ref_yours": "al uw VSV's",
        # what a name is for (vsvkit.store.roles)
        "roles_what_user": "een gebruiker",
        "roles_what_region": "een regio",
        "roles_what_vsv": "een VSV",
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
            "with today's notes and agreements, or the one-page summary to hand out."
        ),
        "export_busy": "The report is being made; this takes a few seconds…",
        "export_failed": "The report could not be made.",
        "export_done": "Done. The files are also in {folder}:",
        "export_handout_button": "Summary (1 page)",
        "export_handout_busy": "The one-page summary is being made…",
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
        # conversation guide: split and "weet niet" entries, every level, sources (issue 11)
        "guide_split_first": (
            "The members are split on this domain ({pct}, {level}). Start with the question why "
            "the disciplines see it so differently; the guide for the score follows."
        ),
        "guide_split_title": "Split: first understand why the pictures differ",
        "guide_dont_know_title": (
            "Many 'don't know' answers ({share}): who informs whom about how it is arranged?"
        ),
        "guide_every_level": "At every level",
        "guide_source": "Source: {sources}",
        "guide_sources": "Sources: {sources}",
        "plan_why_dont_know": "{share} of the answers are 'don't know'",
        "plan_measure_dont_know": (
            "At the follow-up measurement fewer than {share} of the answers on {domain} are "
            "'don't know'"
        ),
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
        # file names of reports and handouts (vsvkit.report.names)
        "file_report": "report",
        "file_handout": "summary",
        "file_session": "session-{id}",
        "report_score": "score",
        # the one-page summary handout (vsvkit.report.handout)
        "no_plan": "No follow-up plan has been recorded (yet).",
        "handout_kicker": "Summary",
        "handout_points": "Three points to discuss",
        "handout_privacy": (
            "Every figure is about a group of at least {k} respondents; smaller groups are "
            "merged or not shown."
        ),
        "handout_more": "The full report, with the answers per statement: {file}.",
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
        # beside the domain scores in app and report (vsvkit.domain_view, vsvkit.report.method)
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
        "store_already_imported_unseen": (
            "this file was already imported, as a session of a VSV you do not see; ask the admin."
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
        "lab_running": "JupyterLab runs at: {url}",
        "server_stop": "Stop: Ctrl-C.",
        "store_number_range": "{name} must be a whole number from {low} to {high}; got {value}.",
        "survey_too_many": "Too many requests from this address at once; try again in a minute.",
        "survey_opened": "Session {session}: the questionnaire is open at {url} (until {closes}).",
        "survey_files": "The invitation (PDF, QR code, e-mail text) is in {folder}.",
        "survey_local_link": (
            "Note: members cannot reach 'localhost' from their own device; give the address "
            "they reach the server at with --server."
        ),
        "survey_state_open": "open",
        "survey_state_closed": "closed",
        "survey_status_line": "Session {session}: questionnaire {state}.",
        "survey_answered_of": "{n} of {invited} members answered ({pct}).",
        "survey_answered": "{n} members answered.",
        "survey_still_needed": (
            "{n} more answers needed before the results are shown (at least {k})."
        ),
        "survey_closed_now": "The questionnaire of session {session} is closed.",
        "results_withheld": (
            "No results yet: {n} members answered and at least {k} are needed to show "
            "anything. {more} more answers needed."
        ),
        "survey_panel_title": "Questionnaire for the members",
        "survey_invited_label": "Members invited",
        "survey_closes_label": "Last day to answer",
        "survey_open_button": "Open questionnaire",
        "survey_close_button": "Close questionnaire",
        "survey_pick": "Questionnaire",
        "survey_qr_title": "QR code of the questionnaire",
        "store_survey_none": "Session {id} has no questionnaire on this server.",
        "store_survey_closed": "This questionnaire is closed or does not exist.",
        "store_survey_code": (
            "This invitation code is unknown or already used; each code can be used once."
        ),
        "store_survey_one_respondent": "A submission is one respondent; got {n}.",
        "store_survey_closes_past": "The closing date {closes} is in the past.",
        "store_survey_invited_sum": (
            "Invited per profession ({by_profession}) is more than invited in total ({total})."
        ),
        "store_survey_unknown_role": "Unknown profession {code}; allowed: {allowed}.",
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
        # import problems (vsvkit.intake): intake_<rule>, placeholders filled there
        "intake_missing_file": "The file does not exist. Choose an existing CSV or XLSX file.",
        "intake_is_directory": "This is a folder, not a file. Choose the CSV or XLSX file itself.",
        "intake_no_permission": (
            "No permission to read this file. Save it somewhere you can read it."
        ),
        "intake_unreadable": "The file cannot be read ({reason}).",
        "intake_empty_file": "The file is empty. Export the answers again as CSV or XLSX.",
        "intake_not_spreadsheet": (
            "This is not a spreadsheet (it looks like: {value}). Allowed: CSV (comma, semicolon "
            "or tab) or a workbook (.xlsx, .xls or .ods)."
        ),
        "intake_damaged_xlsx": (
            "The workbook is damaged and cannot be read. Export it again or save it as CSV."
        ),
        "intake_unknown_encoding": (
            "The characters in the file cannot be read. Save it as CSV UTF-8 or as .xlsx."
        ),
        "intake_too_many_cells": (
            "This row has {got} cells but the header only {width}. Check the delimiter and the "
            "quotes."
        ),
        "intake_no_respondents": (
            "The file has a header row but no answers (everything from row 2 on is empty)."
        ),
        "intake_no_items": (
            "No column belongs to a question of the {title}. A column header must be the question"
            " code (e.g. {example}) or the question text."
        ),
        "intake_missing_item": (
            "The column for question {code} ('{text}') is missing. Every question must be in the "
            "file; only the questions on the desired situation may be left out."
        ),
        "intake_duplicate_item": (
            "Question {code} is in more than one column ({columns}). Keep one column."
        ),
        "intake_ambiguous_item": (
            "This column header fits more than one question ({codes}). Use one question code or "
            "the full question text."
        ),
        "intake_ambiguous_remark": (
            "This remarks column fits more than one domain ({codes}). Name one domain."
        ),
        "intake_bad_answer": (
            "Invalid answer. Allowed: {numbers}, {labels}, '{dont_know}' or empty."
        ),
        "intake_more_bad_answers": (
            "{count} more cells in this column have an invalid answer (the first {shown} are "
            "listed below). Allowed: {numbers}, {labels}, '{dont_know}' or empty."
        ),
        "intake_more_problems": (
            "{count} more cells in this column have such a problem (the first {shown} are listed "
            "below)."
        ),
        "intake_missing_role_column": (
            "There is no column with the profession (a header with beroep, rol, functie, "
            "discipline, profession, role or occupation). It is needed to compare groups."
        ),
        "intake_several_role_columns": (
            "More than one column seems to hold the profession ({columns}). Keep one."
        ),
        "intake_several_echelon_columns": (
            "More than one column seems to hold the line of care ({columns}). Keep one."
        ),
        "intake_unknown_role": "Unknown profession. Allowed (code or name): {allowed}.",
        "intake_blank_role": "The profession is empty. Allowed (code or name): {allowed}.",
        "intake_unknown_echelon": (
            "Unknown line of care. Allowed: {allowed}, or empty (the profession's line is used)."
        ),
        "intake_ambiguous_value": "This value fits more than one option. Use the code: {allowed}.",
        "intake_duplicate_email": (
            "The same e-mail address as in row {first}: everyone answers once. Delete one of the "
            "rows."
        ),
        "intake_duplicate_id": (
            "The same response ID as in row {first}: this response is in the file twice. Delete "
            "one of the rows."
        ),
        "intake_damaged_archive": (
            "The workbook is damaged (its ZIP archive is not sound) and cannot be read. Export it"
            " again or save it as CSV."
        ),
        "intake_password": "The workbook is protected with a password. Save it without a password.",
        "intake_file_too_large": (
            "The file is {size}; an export of answers is much smaller (at most {limit}). Choose "
            "the right file."
        ),
        "intake_part_too_large": (
            "A part of the workbook is {size} unpacked, more than the {limit} an export of "
            "answers can be. Save only the sheet with the answers, or save it as CSV."
        ),
        "intake_no_visible_sheet": (
            "The workbook has no visible sheet. Make the sheet with the answers visible."
        ),
        "intake_several_sheets": (
            "More than one visible sheet holds data ({sheets}). Keep only the sheet with the "
            "answers visible, or delete the others."
        ),
        "intake_sheet_too_large": (
            "The sheet reaches row {rows} and column {columns}; an export of answers has at most "
            "{max_rows} rows and {max_columns} columns. Clear the cells outside the table (also a"
            " stray cell far away)."
        ),
        "intake_bad_position": (
            "A cell has an invalid position ({value}); the file was not made by a spreadsheet "
            "program or is damaged. Open and save it again in Excel or LibreOffice."
        ),
        "intake_duplicate_cell": (
            "This cell is in the file twice; one would overwrite the other. Open and save the "
            "file again in Excel or LibreOffice."
        ),
        "intake_cell_too_long": (
            "A cell in this row is longer than {limit} characters; often a closing quote is "
            "missing. Check the quotes in this row."
        ),
        "intake_malformed_csv": "This row is not valid CSV ({reason}). Export the file again.",
        "intake_too_slow": (
            "Reading the workbook took longer than {seconds} seconds and was stopped. Save only "
            "the sheet with the answers, or save it as CSV."
        ),
        "intake_too_big_to_read": (
            "The workbook needs too much memory to read (a sheet with very many cells). Clear the"
            " cells outside the table, or save it as CSV."
        ),
        "intake_error_values_in_file": (
            "The workbook holds Excel error values (such as #N/A or #DIV/0!). Fix the formulas or"
            " clear those cells, and import again."
        ),
        "intake_not_an_answer": (
            "This is {kind}, not an answer. Allowed: {numbers}, {labels}, '{dont_know}' or empty."
        ),
        "intake_error_cell": (
            "An Excel error value ({value}) in this column. Fix the formula or clear the cell."
        ),
        "intake_kind_error": "an Excel error value",
        "intake_kind_date": (
            "a date (Excel sometimes turns a number into a date: set the column to 'General')"
        ),
        "intake_kind_time": "a time",
        "intake_kind_duration": "a duration",
        "intake_kind_bool": "a truth value (TRUE/FALSE)",
        "intake_kind_other": "neither text nor a number",
        "intake_column_letter": "(column {letters})",
        # the questionnaire pages members fill in (vsvkit.survey): survey_<what>
        "survey_title": "Questionnaire {title}",
        "survey_for_vsv": "for {vsv}",
        "survey_other_language": "Nederlands",
        "survey_skip_link": "Skip to the questions",
        "survey_intro_heading": "About this questionnaire",
        "survey_how_heading": "How to fill it in",
        "survey_answers_are": "For each question you choose one answer:",
        "survey_saved_note": (
            "Your answers are kept on this device until you send them; if the connection drops, "
            "you can carry on later."
        ),
        "survey_about_you": "About you",
        "survey_profession_label": "What is your profession?",
        "survey_profession_choose": "Choose your profession",
        "survey_required": "(required)",
        "survey_domain_of": "Domain {n} of {total}",
        "survey_desired_kicker": "Desired situation two years from now",
        "survey_remark_label": "Remark on this domain (optional)",
        "survey_remark_hint": "Do not name anyone. At most {limit} characters.",
        "survey_submit": "Send answers",
        "survey_submit_note": (
            "You may leave statements unanswered. Once sent, your answers cannot be changed."
        ),
        "survey_progress": "{answered} of {total} answered",
        "survey_errors_heading": "Please check your answers",
        "survey_errors_intro": (
            "Nothing has been saved yet. Correct the following and send the questionnaire again:"
        ),
        "survey_error_prefix": "Error:",
        "survey_unknown_field": "This form has no field '{field}'.",
        "survey_duplicate_field": "More than one answer was sent for '{field}'; choose one.",
        "survey_bad_answer": (
            "'{value}' is not an answer to this question; choose one of the answers ({answers})."
        ),
        "survey_profession_required": (
            "Choose your profession; it is needed to discuss differences between professional "
            "groups."
        ),
        "survey_unknown_profession": (
            "'{value}' is not in the list of professions. Choose your profession from the list."
        ),
        "survey_remark_too_long": (
            "Your remark is {length} characters long; at most {limit} are allowed. Please shorten "
            "it."
        ),
        "survey_thanks_title": "Thank you!",
        "survey_thanks_body": (
            "Your answers have been saved. They will be discussed without names at the VSV's "
            "meeting."
        ),
        "survey_thanks_close": "You can close this page now.",
        "survey_closed_title": "This questionnaire is not open",
        "survey_closed_body": (
            "The questionnaire has closed, or the link is not right. Ask the organiser of the "
            "meeting for the right link."
        ),
        "survey_already_title": "You have already filled in this questionnaire",
        "survey_already_body": (
            "The answers to this questionnaire have already been sent from this device; everyone "
            "fills it in once. If a colleague wants to fill it in, please let them use their own "
            "phone or computer."
        ),
        # appendix on method (vsvkit.report.method), in the order it is printed
        "method_title": "About the method",
        "method_questionnaire": """\
### The questionnaire
The {title} (version {version}) has {n_items} items in {n_domains} domains: {domains}. The
domains follow the Rainbow Model of Integrated Care (Valentijn et al., 2013), validated in Dutch
maternity care (Boesveld et al., 2017). Each item is a statement about the collaboration as a
whole, answered with {scale}, or with '{dont_know}'. Each domain also asks for the desired
situation; that answer is shown next to the score and is not part of it.
""",
        "method_scores": """\
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
""",
        "method_levels": """\
### Levels on the integration continuum
The score sets the step on the integration continuum (Leutz, 1999; Ahgren & Axelsson, 2005).
The cut-offs are in the instrument file:

{levels}
""",
        "method_agreement": """\
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
""",
        "method_dont_know": """\
### 'Don't know'
The 'don't know' share is the number of 'don't know' answers divided by all answers given (1–4
and 'don't know'; blank answers do not count). A high share is a finding in itself: members do
not know how something is arranged in their collaboration.
""",
        "method_figures": """\
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
""",
        "method_privacy": """\
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
        "method_max_consensus": ", or when the consensus is below {value}",
        # appendix on method: the statements' origin and the introduction (vsvkit.report.method);
        # the paper questionnaire (vsvkit.paper, vsvkit questionnaire)
        "method_origin": "### Where the statements come from\n{origin}\n",
        "method_origin_fallback": (
            "The statements of this questionnaire ({name}, version {version}) were written for "
            "vsvkit, on the dimensions of the Rainbow Model of Integrated Care. They are not the "
            "original wording of the integratiemeter, which is not public."
        ),
        "method_introduction": (
            "### What members read first\n"
            "Before the first statement, members read this introduction (with this report's "
            "minimum group size, {k}):\n\n{text}\n"
        ),
        "paper_kicker": "Questionnaire for the members of the VSV",
        "paper_version": "version {version}",
        "paper_intro_title": "Before you start",
        "paper_how_title": "How to fill in the questionnaire",
        "paper_how": (
            "Put one cross for each statement, in the box that best fits how things are now in "
            "your VSV."
        ),
        "paper_how_dont_know": "If you cannot judge a statement, tick '{dont_know}'.",
        "paper_correct": (
            "If you make a mistake, fill in the wrong box completely and put a cross in the "
            "right one."
        ),
        "paper_no_name": "Do not write your name on the questionnaire.",
        "paper_statement": "Statement",
        "paper_desired": "Desired situation",
        "paper_remark": "Remark on this domain (optional)",
        "paper_about_title": "About you",
        "paper_profession": "What is your profession or role in the VSV? Tick one box.",
        "paper_echelon": "Which line of care do you work in? Tick one box.",
        "paper_thanks": (
            "Thank you for filling in the questionnaire. Please return it to the person who gave "
            "it to you."
        ),
        "paper_bad_suffix": "{path}: choose a file name that ends in .pdf or .html",
        "paper_write_failed": "{path}: the file could not be written ({reason})",
        "paper_written": "The questionnaire is in {path}",
        "paper_bad_min_group_size": (
            "The minimum group size must be a whole number of at least {floor}, not {value}"
        ),
        # errors: what the store refuses to keep (vsvkit.store)
        "store_responses_not_frame": (
            "cannot store these responses: '{name}' must be a DataFrame (read the file with "
            "vsvkit.intake.read_responses)"
        ),
        "store_responses_no_columns": (
            "cannot store these responses: '{name}' lacks the column(s) {missing}; expected "
            "{expected}"
        ),
        "store_responses_bad": "cannot store these responses: {what} has {values}; {rule}",
        "store_rule_whole_numbers": "must be whole numbers",
        "store_rule_once": "each number once",
        "store_rule_allowed": "allowed: {allowed}",
        "store_rule_allowed_or_empty": "allowed: {allowed} or empty",
        "store_rule_known_respondent": "not in respondents",
        "store_rule_known_item": "not an item of instrument {instrument} {version}",
        "store_rule_one_answer": "one answer per respondent and item",
        "store_rule_true_false": "must be True or False",
        "store_rule_empty_if_dont_know": "must be empty where dont_know is True",
        "store_scale_out_of_range": (
            "the store keeps answer values 0..14; instrument {instrument} has a scale of {allowed}"
        ),
        "store_too_many_items": "instrument {instrument} has {n} items; at most 510 fit",
        "store_unknown_items": (
            "the stored answers contain items {items} that instrument {instrument} {version} does "
            "not have; pass the instrument the session was imported with."
        ),
        "store_not_text": "{field} must be a text; got {value}",
        "store_empty_text": "{field} must be a non-empty text; got {value}",
        "store_bad_due": "the due date must be a date as YYYY-MM-DD; got {value}",
        "store_no_domain": "session {id} has no domain {domain}; its domains are {domains}",
        "store_no_position": "position must be a whole number of 1 or more; got None",
        "store_no_action": "there is no action with id {id}",
        "store_bad_status": "status must be one of {allowed}; got {value}",
        "scores_other_instrument": "these Scores were built with another instrument",
        "scores_unknown_respondents": (
            "{source}: answers of respondent(s) {ids} have no row in respondents"
        ),
        "scores_unknown_items": (
            "{source}: item code(s) {items} are not in instrument {instrument} {version}; "
            "allowed: {allowed}"
        ),
        "store_other_instrument": (
            "session {id} was answered with the instrument '{stored}' version {stored_version}, "
            "which differs from '{given}' version {given_version}; pass no instrument: every "
            "session is scored with the questionnaire it was answered with."
        ),
        "store_instrument_missing": (
            "session {id} ({vsv}) was answered with an own questionnaire ('{name}' version "
            "{version}) that the database does not hold. Add that questionnaire file with: "
            "vsvkit sessions instrument {id} FILE"
        ),
        "store_instrument_does_not_fit": (
            "the questionnaire '{name}' version {version} does not fit session {id}: the stored "
            "{what} {values} are not in it. Nothing was changed."
        ),
        "store_instrument_without_file": (
            "the instrument '{name}' version {version} is not what its file says (it was "
            "derived from another instrument or changed in Python); read it from a file to "
            "store a session with it."
        ),
        "compared_on_shared": (
            "Compared on the {n} statements both questionnaires (versions {versions}) have in "
            "common; the scores of this comparison may therefore differ from each session's own "
            "scores."
        ),
        "region_compared_on_shared": (
            "The VSVs are compared on the {n} statements their questionnaires (versions "
            "{versions}) have in common; the scores may therefore differ from each session's "
            "own scores."
        ),
        "import_read_with_version": (
            "The file does not fit questionnaire version {default} but fits version {version}; "
            "it was read with version {version}."
        ),
        "sessions_instrument_attached": (
            "Session {id} ({vsv}) is scored with questionnaire '{name}' version {version} from "
            "now on."
        ),
        "misfit_items": "statements",
        "misfit_values": "answers",
        "misfit_professions": "professions",
        "misfit_echelons": "echelons",
        "misfit_domains": "domains (of remarks, notes or actions)",
        # errors: a follow-up plan that is not valid (vsvkit.plan, vsvkit.store.workshop), and
        # the names of the fields users fill in that these errors (and the store's) name
        "field_notes": "notes",
        "field_what": "what",
        "field_why": "why",
        "field_who": "who",
        "field_due": "due",
        "field_measure": "measure",
        "plan_bad_due": (
            "due: {value} is not a date; write it as YYYY-MM-DD (e.g. 2026-09-01) or DD-MM-YYYY"
        ),
        "plan_no_domain": "domain: must be a domain code, got {value}",
        "plan_no_what": "what: must say what will be done; got {value}",
        "plan_not_text": "{field}: must be text, got {value}",
        "plan_bad_status": "status: {value} is not allowed; choose one of {allowed}",
        "plan_unknown_domain": (
            "domain: {value} is not a domain of {instrument}; choose one of {allowed}"
        ),
        "plan_bad_n": "n: must be a whole number of 0 or more, got {value}",
        "plan_missing_columns": "the plan table lacks column(s) {missing}",
        "plan_bad_suffix": "{file}: cannot export the plan as '{suffix}'; use .csv or .xlsx",
        "plan_write_failed": "{path}: cannot write the plan ({reason})",
        # errors: comparison between VSVs (vsvkit.region)
        "region_missing_columns": (
            "{what}: missing column(s) {missing}; expected at least {expected}"
        ),
        "region_unknown_vsvs": "VSV(s) {vsvs} have no session in the store; known: {known}",
        "region_choose_one_way": "choose the region by VSV names or by session ids, not both",
        "region_unknown_sessions": "session(s) {ids} are not in the store; see `vsvkit sessions`",
        "region_session_twice": "choose one session per VSV; more than one chosen for {vsvs}",
        "region_no_answers": "the answers hold no rows for session(s) {ids}",
        "region_unknown_vsv": "VSV {vsv} is not in the table; choose one of {known}",
        "region_unknown_named": "VSV(s) {vsvs} are not in the table; choose from {known}",
        "region_bad_reference": "reference must be 'all' or 'named', got {value}",
        "region_nothing_selected": "no answers selected: choose at least one VSV",
        "region_export_not_xlsx": "{file}: the export is an Excel workbook; use a .xlsx file name",
        "region_export_empty": "nothing to export: no tables given",
        "region_export_unwritable": "{path}: could not write the workbook ({reason})",
        # errors: reports (vsvkit.report)
        "report_bad_format": "Unknown report format {value}; allowed: {allowed}",
        "report_bad_language": "Unknown language {value}; allowed: {allowed}",
        "report_failed": "Report for session {id} could not be made: {error}: {detail}",
        "report_notebook_missing": "Report notebook not found: {path}",
        "report_needs_papermill": "Reports need papermill: pip install papermill",
        "report_needs_playwright": (
            "PDF export needs Playwright: pip install playwright (a browser download is not "
            "needed when Chromium is installed)"
        ),
        "report_browser_failed": "Could not start the browser {browser}: {error}",
        "report_pdf_failed": "PDF export failed in the browser: {error}",
        "report_install_browser": (
            "install Chromium: sudo apt-get install chromium (Debian/Ubuntu) or "
            "`playwright install chromium`"
        ),
        "report_browser_not_executable": (
            "The browser {path} (VSVKIT_BROWSER) is not an executable file; name another or {hint}"
        ),
        "report_no_browser": "No Chromium or Chrome found (tried {tried}); {hint}",
        "report_no_respondents": "session {id} has no respondents; import its answers first",
        # errors: a view of a group the privacy decision does not show (vsvkit.mirror)
        "privacy_group_not_shown": (
            "group '{group}' ({grouping}) is not shown on its own in this session (fewer than "
            "{k} respondents, or hidden to protect smaller groups)"
        ),
        # invitation codes (vsvkit.survey.codes)
        "codes_bad_count": (
            "The number of invitation codes must be a whole number of 0 or more, not {value}."
        ),
        "codes_not_a_code": (
            "'{value}' is not an invitation code: it has 8 letters and digits, like K7QM-3TXA."
        ),
        "codes_write_failed": "{path}: the codes cannot be written ({reason})",
        # the invitation sheet and e-mail (vsvkit.survey.invitation)
        "invitation_kicker": "Invitation",
        "invitation_heading": "Fill in the {title}",
        "invitation_why": (
            "Your answers are the basis of the meeting of {vsv} about our collaboration."
        ),
        "invitation_scan": "Scan the QR code with your phone's camera, or type the link:",
        "invitation_qr_label": "QR code with the link to the questionnaire",
        "invitation_closes": "The questionnaire closes on {date}.",
        "invitation_anonymity": (
            "Anonymous: we do not ask for your name or e-mail address, and a group of fewer than "
            "{k} people is never shown separately."
        ),
        "invitation_email_heading": "E-mail to the members (English)",
        "invitation_subject_label": "Subject",
        "invitation_email_subject": "{vsv}: please fill in the {title} (closes {date})",
        "invitation_email_greeting": "Dear colleague,",
        "invitation_email_intro": (
            "Soon we will discuss in {vsv} how far our collaboration has come, with the {title}. "
            "For that we ask all members to fill in a questionnaire."
        ),
        "invitation_email_link": "Fill in the questionnaire with this link:",
        "invitation_email_code": (
            "Your personal code is {code}; it is already in the link. It works once and is not "
            "kept with your answers."
        ),
        "invitation_email_thanks": "Thank you in advance!\n\nKind regards,\n[name]",
        "invitation_needs_full_url": (
            "'{url}' is not a whole web address; the QR code and the e-mail need the whole "
            "address, like https://server.nl/vragenlijst/..."
        ),
        "invitation_write_failed": "{path}: the invitation cannot be written ({reason})",
        # import templates for a trainer's own survey tool (vsvkit.survey.export_templates,
        # vsvkit.survey.limesurvey)
        "template_role_header": "Profession",
        "template_echelon_header": "Line of care (echelon)",
        "template_remark_header": "Remark {code} ({name})",
        "template_sheet_answers": "Answers",
        "template_help_title": "Import template {title} {version}",
        "template_help_intro": (
            "One row per questionnaire filled in, from row 2 of the sheet '{sheet}'. Keep the "
            "headers in row 1 as they are: the import recognises the columns by them. The "
            "import skips this sheet. To import: vsvkit import FILE --vsv NAME "
            "--date YYYY-MM-DD"
        ),
        "template_help_column": "Column",
        "template_help_what": "What to fill in",
        "template_help_allowed": "Allowed",
        "template_help_role": "The respondent's profession or role (required).",
        "template_help_role_allowed": "a profession from the list beside, or its code",
        "template_help_echelon": "May stay empty: the profession's line of care is used.",
        "template_help_echelon_allowed": "a line of care from the list beside, or empty",
        "template_help_items": (
            "The columns with a code in [ ] ({first} to {last}): one answer per statement and "
            "per desired situation. Empty means: not answered."
        ),
        "template_help_items_allowed": "{labels} or {dont_know}; or the numbers {numbers}",
        "template_help_remarks": "Remark per domain: free text without names; may stay empty.",
        "template_help_remarks_allowed": "free text",
        "template_list_answers": "Answers",
        "template_list_roles": "Professions",
        "template_list_echelons": "Lines of care",
        "template_validation_title": "Choose from the list",
        "template_validation_answer": (
            "Choose an answer from the list; the numbers {numbers} also work."
        ),
        "template_validation_role": "Choose a profession from the list; its code also works.",
        "template_validation_echelon": "Choose a line of care from the list, or leave it empty.",
        "template_written": "Written: {path}",
        "template_bad_suffix": "{path}: a {format} template ends in .{format}",
        "template_write_failed": "{path}: the template cannot be written ({reason})",
        "lss_statements_question": "To what extent is this the case in our VSV now?",
        "lss_remark_question": "Remark on {domain} (optional)",
        "lss_about_group": "About you",
        "lss_profession_question": "What is your profession or role in the VSV?",
        "lss_welcome": "This questionnaire belongs to our VSV's meeting about the {title}.",
        "lss_end": "Thank you for filling in the questionnaire.",
        "lss_bad_code": (
            "{what} '{code}' cannot become a LimeSurvey code: without characters other than "
            "letters and digits it must start with a letter, have at most {limit} characters and "
            "be unique. Change the code in the instrument file."
        ),
        "lss_what_item": "The statement",
        "lss_what_role": "The profession",
        "lss_what_dont_know": "None of the spellings of 'don't know'",
        # vsvkit.room
        "step_welcome": "Welcome",
        "step_overview": "Overview of the six domains",
        "step_domain": "Domain",
        "step_details": "differences and remarks",
        "step_discussion": "Discussion points",
        "step_agreed": "Agreed levels next to the measured levels",
        "step_plan": "Follow-up plan",
        "part_welcome": "Welcome and purpose",
        "part_overview": "Overview",
        "part_discussion": "Discussion points",
        "part_agreements": "Agreeing on the levels",
        "part_plan": "Follow-up plan",
        "room_respondents": "{n} members answered the questionnaire.",
        "room_agenda": "Programme",
        "minutes": "{n} min",
        "room_more_remarks": "More remarks in the report: {n}",
        "room_more_points": "More discussion points in the report: {n}",
        "room_more_actions": "More actions in the report: {n}",
        "room_no_actions": "The follow-up plan has no actions yet.",
        "room_col_domain": "Domain",
        "room_col_what": "What",
        "room_col_who": "Who",
        "room_col_due": "Due",
        "title_group_scores_profession": "{domain}: score per profession",
        "title_group_scores_echelon": "{domain}: score per echelon",
        # vsvkit.app.room_pages
        "room_page_title": "VSV integration meter – room view",
        "room_waiting": "The trainer will start the presentation shortly.",
        "room_working": "One moment…",
        # vsvkit.room (details)
        "room_details": "Differences between professions, and remarks",
        # vsvkit.widgets.presenter
        "key_home": "Overview",
        "key_black": "Black screen",
        "step_picker": "Step",
        "open_room_view": "Open the room view (second window, for the projector)",
        "in_the_room": "In the room now",
        "room_preview": "What the room sees now",
        "next_step": "Next step",
        "agenda": "Agenda",
        "agenda_edit": "Change the planned minutes",
        "agenda_part": "Part",
        "agenda_planned": "Planned (min)",
        "agenda_used": "Used",
        "agenda_left": "Left",
        "time_total": "Time used: {used} · {left} of the planned time left",
        "room_is_black": "The room's screen is black (B: back).",
        "room_is_hidden": "The room does not see this step's results yet (R: reveal).",
        "measured": "measured",
        "agreed_levels": "Agreed level per domain",
        "results_withheld_short": "Too few respondents to show results yet.",
        "presenter_keys": (
            "Keys: → or PageDown or space next · ← or PageUp previous · Home overview · "
            "B black screen · R reveal"
        ),
        # vsvkit.widgets.presenter (clock)
        "hours_short": "h",
        # vsvkit.store.polls
        "store_poll_target": (
            "A vote round is about a domain, a statement or the VSV as a whole; {kind} "
            "{target} is not in this session's questionnaire."
        ),
        "store_poll_unknown": (
            "There is no vote round with id {id}; list the rounds with 'vsvkit poll results "
            "SESSION'."
        ),
        "store_poll_closed": "This vote round is closed or does not exist.",
        "store_poll_answer": "{value} is not an answer in this vote round; choose from {allowed}.",
        "store_poll_profession": (
            "{value} is not a profession of this questionnaire; choose your profession."
        ),
        # vsvkit.app.vote_pages (the phones' vote pages)
        "survey_vote_title": "Voting in the room",
        "survey_vote_counted": (
            "Your vote has been counted: {answer}. You can change it while the round is open."
        ),
        "survey_vote_submit": "Vote",
        "survey_vote_change": "Change my vote",
        "survey_vote_anonymous": (
            "Your vote is anonymous: vsvkit keeps only how many votes each answer got, not who "
            "voted what."
        ),
        "survey_vote_choose": "Choose an answer and vote again.",
        "survey_vote_profession": "Choose your profession and vote again.",
        "survey_vote_code_label": "The code on the screen in the room",
        "survey_vote_code_go": "Go to the vote",
        "survey_vote_unknown_code": (
            "We do not know this code, or the vote round is closed. Look at the screen in the room."
        ),
        "survey_vote_closed_title": "This vote round is closed",
        "survey_vote_closed_body": (
            "Voting is no longer possible. Look at the screen in the room: there may be a new "
            "round with a new code."
        ),
        # vsvkit.room.vote_view
        "room_votes": "Votes:",
        "room_votes_needed": "The result appears with enough votes; still needed: {n}.",
        "room_qr_label": "QR code to the vote page",
        "room_vote_code": "Scan the QR code, or type the code",
        "room_vote_at": "at",
        "room_vote_closed": "The vote round is closed.",
        "room_consensus_before": "Consensus before (questionnaire)",
        "room_consensus_after": "Consensus now (room)",
        "room_level_measured": "Measured level",
        "room_level_chosen": "Level according to the room",
        # vsvkit.widgets.votes
        "vote_heading": "Vote round in the room",
        "vote_reveal": "Show result",
        "vote_hide": "Hide result",
        "vote_close": "Close round",
        "vote_reopen": "Reopen round",
        "vote_delete": "Delete round",
        "vote_take_level": "Room's level as the agreed level",
        "vote_by_profession": "Ask for the profession (the session's anonymity rules apply)",
        "vote_start_overview": "Start a vote round: our VSV as a whole",
        "vote_start_domain": "Start a vote round on this domain",
        "vote_statement": "Statement",
        "vote_start_item": "Start a vote round on this statement",
        "vote_no_level": "The room has not chosen a level yet: too few votes.",
        "vote_open": "open",
        "vote_closed": "closed",
        "vote_shown": "result shown",
        "vote_hidden": "result hidden",
        "vote_status": "Round {code} ({state}, {shown}); votes:",
        # vsvkit.app.serve (--room)
        "serve_room_no_network": (
            "Note: this laptop has no network that the phones in the room can reach. Connect the "
            "laptop to the venue's Wi-Fi or turn on a hotspot (on the laptop or on your phone) "
            "and start again with --room. The app and the room view now work on this laptop only."
        ),
        "serve_room_votes": "Voting by phone (same Wi-Fi or hotspot): {url}",
        # vsvkit.room.votes
        "vote_question_domain": "Where does our VSV stand now in this domain?",
        "vote_question_overview": "Where does our VSV stand now as a whole?",
        "vote_subject_overview": "The VSV as a whole",
        "vote_subject_item": "Statement {code} · {domain}",
        "votes_needed": "{n} votes; {needed} more needed before the result can be shown.",
        # vsvkit.plots._votes
        "vote_source_questionnaire": "questionnaire",
        "vote_source_room": "in the room",
        "title_vote_comparison": "Questionnaire and the vote in the room",
        "too_few_votes": "too few votes",
        # vsvkit.cli.poll
        "poll_opened": "Vote round {id} is open (code {code}): {subject}. {question}",
        "poll_vote_at": "Members vote at {link}",
        "poll_local_link": (
            "Give the address phones reach the server at with --server (or VSVKIT_PUBLIC_URL); "
            "then the full link is shown here."
        ),
        "poll_closed_now": "Vote round {id} is closed: {n} votes.",
        "poll_reopened": "Vote round {id} is open again (code {code}).",
        "poll_deleted": "Vote round {id} is deleted.",
        "poll_delete_prompt": (
            "Delete vote round {id} ({subject}, {n} votes)? This cannot be undone. [y/N] "
        ),
        "poll_delete_needs_yes": (
            "Vote round {id} is not deleted: confirm with --yes (there is no terminal to ask)."
        ),
        "poll_no_rounds": (
            "Session {session} has no vote rounds yet; open one with 'vsvkit poll open "
            "{session} --domain CODE'."
        ),
        "poll_round_line": "Round {id} · code {code} · {state} · {subject}",
        "poll_state_open": "open since {date}",
        "poll_state_closed": "closed on {date}",
        "poll_room_line": "room ({n} votes): {answers}",
        "poll_group_line": "{group} ({n} votes): {answers}",
        "poll_questionnaire_line": "questionnaire ({n} members): {answers}",
        "poll_questionnaire_hidden": "questionnaire: too few respondents to show",
        "poll_consensus_line": "consensus: questionnaire {before}, room {after}",
        "poll_levels_line": "level: measured {measured}, chosen in the room {chosen}",
        # vsvkit.report.votes
        "report_votes": "Vote in the room",
        "report_vote_line": (
            "{subject}({date}{state}): {n} votes. Consensus {before} in the questionnaire, "
            "{after} in the room."
        ),
        "report_vote_levels": "Measured level: {measured}; the room chose: {chosen}.",
        "report_vote_too_few": (
            "{subject}({date}{state}): {n} votes; {needed} more votes were needed to show the "
            "result (at least {k})."
        ),
        "report_vote_open": ", still open",
        "report_vote_item": "Statement {code}",
        # vsvkit.store.polls (a vote counted before a reopen)
        "store_poll_counted": "Your vote in this round has been counted; you cannot vote again.",
        "survey_vote_counted_before": (
            "Your vote in this round has been counted. You cannot vote again."
        ),
        # users, roles and regions on a shared server (vsvkit.store.roles, vsvkit.cli.users)
        "roles_bad_name": (
            "Invalid name for {what}: '{value}'. Use 1 to 200 characters, no line breaks."
        ),
        "roles_bad_role": "Unknown role '{role}'. Allowed: {allowed}.",
        "roles_admin_sees_all": (
            "An admin sees every VSV: give no --region or --vsv with --role admin."
        ),
        "roles_adviser_region": "A ROS adviser belongs to a region: give --region REGION.",
        "roles_adviser_vsvs": (
            "A ROS adviser sees the VSVs of their region: give no --vsv (put VSVs in the region "
            "with 'vsvkit regions assign')."
        ),
        "roles_unknown_user": "There is no user '{user}'; list them with 'vsvkit users list'.",
        "roles_unknown_region": (
            "There is no region '{region}'. Existing regions: {known}. Add one with 'vsvkit "
            "regions add NAME'."
        ),
        "roles_region_exists": "The region '{region}' already exists.",
        "roles_region_in_use": (
            "The region '{region}' still has users ({users}); give them another region first."
        ),
        "roles_not_your_vsv": (
            "User {user} may not work on sessions of {vsv}; ask the admin to assign this VSV to "
            "you."
        ),
        "roles_admin_only": "Only an admin may manage users and regions (you are {user}).",
        "roles_user_added": "User {user} added with the role {role}.",
        "roles_user_changed": "User {user} changed: role {role}.",
        "roles_user_sees": "Sees the VSVs: {vsvs}",
        "roles_user_removed": (
            "The role of user {user} was removed; the JupyterHub account stays but sees no "
            "sessions any more."
        ),
        "roles_no_users": (
            "There are no users yet; add one with 'vsvkit users add NAME --role admin'."
        ),
        "roles_no_regions": "There are no regions yet; add one with 'vsvkit regions add NAME'.",
        "roles_region_added": "Region {region} added.",
        "roles_region_removed": "Region {region} removed.",
        "roles_region_assigned": "In region {region}: {vsvs}",
        "roles_vsv_no_sessions": (
            "Note: there is no session of '{vsv}' in the store yet; check the spelling."
        ),
        "hub_unreachable": (
            "JupyterHub at {url} does not answer who you are ({reason}); the store is not opened."
            " Try again or ask the admin to restart the server."
        ),
        # who the app runs for on a shared server (vsvkit.widgets.navigation.who_html)
        "who_line": "Signed in as {user}",
        "who_no_role": (
            "Signed in as {user}. You have no role in vsvkit yet and so see no sessions: ask the "
            "admin to add you as a trainer or ROS adviser."
        ),
        "role_admin": "admin",
        "role_trainer": "trainer",
        "role_adviser": "ROS adviser",
        # a user's server without its hub token (vsvkit.store.identity)
        "hub_no_token": (
            "This process runs in the JupyterHub server of {user} but has no {token}; the store "
            "is not opened. Restart the server from JupyterHub (Control Panel, Stop and Start)."
        ),
        # the region app on a shared server (vsvkit.widgets.region)
        "region_ref_yours": "all your VSVs",
        # what a name is for (vsvkit.store.roles)
        "roles_what_user": "a user",
        "roles_what_region": "a region",
        "roles_what_vsv": "a VSV",
    },
}
