"""The problems an import can report, in Dutch and English (merged into vsvkit.i18n).

Keys are ``intake_<rule>``; :mod:`vsvkit.intake` fills the ``{placeholders}``.
"""

from __future__ import annotations

__all__ = ["STRINGS"]

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
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
    },
    "en": {
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
    },
}
