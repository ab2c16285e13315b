"""Import templates for trainers who keep their own survey tool: a workbook and a LimeSurvey file.

:func:`template_headers` are exactly the headers :func:`vsvkit.intake.read_responses`
recognises for an instrument: the profession, the line of care (echelon, optional: blank is
the profession's), per domain one column per statement and one for the desired situation,
each headed ``"<text> [<CODE>]"`` as the sample data are, and a remark column per domain.
:func:`write_xlsx_template` writes them as a workbook for typing in answers (from paper, or
from a tool whose export does not fit): a first sheet with the headers and drop-down lists on
the answer, profession and line-of-care cells, and a second sheet, "Toelichting" /
"Instructions" (:data:`vsvkit.intake.INSTRUCTION_SHEETS`, which the import passes over), with
what each column allows and the lists the drop-downs offer. The LimeSurvey survey structure
is :mod:`vsvkit.survey.limesurvey`; :func:`write_template` writes either.

Examples
--------
>>> from vsvkit.instrument import find_instrument
>>> from vsvkit.survey.export_templates import template_headers
>>> headers = template_headers(find_instrument("2026.3"), lang="en")
>>> headers[:2]
['Profession', 'Line of care (echelon)']
>>> headers[2].endswith("[CLI6]"), headers[7].endswith("[CLI_W2]"), headers[8]
(True, True, 'Remark CLI (Client-centred care)')
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang, check_language, t
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.intake import INSTRUCTION_SHEETS
from vsvkit.safe_cells import text_cells

__all__ = [
    "TEMPLATE_FORMATS",
    "TEMPLATE_ROWS",
    "instructions_sheet_name",
    "template_headers",
    "write_xlsx_template",
    "write_template",
]

#: The formats of :func:`write_template` (``pdf``, the paper questionnaire, is written by
#: ``vsvkit survey template`` with :mod:`vsvkit.paper`).
TEMPLATE_FORMATS = ("xlsx", "lss")
#: Rows of the workbook with drop-down lists (respondents 1..500).
TEMPLATE_ROWS = 500

_HEADER_FILL = PatternFill("solid", fgColor="EEF2F5")
_ITEM_WIDTH, _SIDE_WIDTH, _REMARK_WIDTH = 24, 26, 36


def instructions_sheet_name(lang: Lang) -> str:
    """The instructions sheet's name in ``lang``: one the import passes over."""
    return INSTRUCTION_SHEETS[LANGUAGES.index(check_language(lang))]


def _item_header(code: str, text: str) -> str:
    return f"{text} [{code}]"


def _columns(inst: Instrument, lang: Lang) -> list[tuple[str, str]]:
    """``(header, kind)`` per column; kind is role, echelon, item or remark."""
    columns = [
        (t("template_role_header", lang), "role"),
        (t("template_echelon_header", lang), "echelon"),
    ]
    for domain in inst.domains:
        asked = domain.items + ((domain.desired,) if domain.desired is not None else ())
        columns += [(_item_header(item.code, item.text(lang)), "item") for item in asked]
        remark = t("template_remark_header", lang, code=domain.code, name=domain.name(lang))
        columns.append((remark, "remark"))
    return columns


def template_headers(
    instrument: Instrument | None = None, *, lang: Lang = DEFAULT_LANG
) -> list[str]:
    """The headers of an import file for ``instrument``, in questionnaire order.

    Profession, line of care, then per domain its statements, its desired situation (when it
    has one) and a remark column.
    """
    inst = instrument if instrument is not None else load_instrument()
    return [header for header, _ in _columns(inst, check_language(lang))]


def _list_column(sheet: Worksheet, column: int, title: str, values: list[str]) -> str:
    """Write ``values`` under ``title`` in ``column``; returns the absolute range of values."""
    sheet.cell(row=1, column=column, value=title).font = Font(bold=True)
    for row, value in enumerate(values, 2):
        sheet.cell(row=row, column=column, value=value)
    letter = get_column_letter(column)
    sheet.column_dimensions[letter].width = max(14, max(map(len, values), default=0) + 2)
    return f"${letter}$2:${letter}${len(values) + 1}"


def _validation(sheet_name: str, cells: str, message: str, lang: Lang) -> DataValidation:
    """A drop-down list of the values at ``cells`` on the instructions sheet; another value
    gets a notice (numbers and codes are allowed too), not a refusal."""
    return DataValidation(
        type="list",
        formula1=f"'{sheet_name}'!{cells}",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="information",
        errorTitle=t("template_validation_title", lang),
        error=message,
    )


def _instructions(
    sheet: Worksheet, inst: Instrument, lang: Lang, answers_sheet: str, n_columns: int
) -> dict[str, str]:
    """Fill the instructions sheet; returns the ranges of the drop-down lists by name."""
    numbers = f"{inst.scale_min}-{inst.scale_max}"
    labels = [s.label(lang) for s in inst.scale]
    sheet["A1"] = t("template_help_title", lang, title=inst.title(lang), version=inst.version)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = t("template_help_intro", lang, sheet=answers_sheet)
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:C2")
    sheet.row_dimensions[2].height = 75
    rows = [
        (t("template_help_column", lang), t("template_help_what", lang),
         t("template_help_allowed", lang)),
        (t("template_role_header", lang), t("template_help_role", lang),
         t("template_help_role_allowed", lang)),
        (t("template_echelon_header", lang), t("template_help_echelon", lang),
         t("template_help_echelon_allowed", lang)),
        (f"C–{get_column_letter(n_columns)}",
         t("template_help_items", lang, first="C", last=get_column_letter(n_columns)),
         t("template_help_items_allowed", lang, labels=", ".join(labels),
           dont_know=inst.dont_know(lang), numbers=numbers)),
        (t("template_remark_header", lang, code="…", name="…"), t("template_help_remarks", lang),
         t("template_help_remarks_allowed", lang)),
    ]  # fmt: skip
    for r, row in enumerate(rows, 4):
        for c, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(bold=r == 4)
    for letter, width in (("A", 24), ("B", 46), ("C", 40)):
        sheet.column_dimensions[letter].width = width
    return {
        "answers": _list_column(
            sheet, 5, t("template_list_answers", lang), [*labels, inst.dont_know(lang)]
        ),
        "roles": _list_column(
            sheet, 6, t("template_list_roles", lang), [r.name(lang) for r in inst.roles]
        ),
        "echelons": _list_column(
            sheet, 7, t("template_list_echelons", lang), [e.name(lang) for e in inst.echelons]
        ),
    }


def write_xlsx_template(
    path: str | Path, instrument: Instrument | None = None, *, lang: Lang = DEFAULT_LANG
) -> Path:
    """Write the import workbook of ``instrument`` to ``path`` (see the module's description).

    Raises
    ------
    VsvkitError
        The file cannot be written.
    """
    inst = instrument if instrument is not None else load_instrument()
    lang = check_language(lang)
    columns = _columns(inst, lang)
    book = Workbook()
    answers = book.worksheets[0]
    answers.title = t("template_sheet_answers", lang)
    help_name = instructions_sheet_name(lang)
    ranges = _instructions(book.create_sheet(help_name), inst, lang, answers.title, len(columns))

    widths = {
        "role": _SIDE_WIDTH,
        "echelon": _SIDE_WIDTH,
        "item": _ITEM_WIDTH,
        "remark": _REMARK_WIDTH,
    }
    for column, (header, kind) in enumerate(columns, 1):
        cell = answers.cell(row=1, column=column, value=header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        answers.column_dimensions[get_column_letter(column)].width = widths[kind]
    answers.row_dimensions[1].height = 120
    answers.freeze_panes = "C2"

    numbers = f"{inst.scale_min}-{inst.scale_max}"
    messages = {
        "role": ("roles", t("template_validation_role", lang)),
        "echelon": ("echelons", t("template_validation_echelon", lang)),
        "item": ("answers", t("template_validation_answer", lang, numbers=numbers)),
    }
    for kind, (values, message) in messages.items():
        rule = _validation(help_name, ranges[values], message, lang)
        for column, (_, of_kind) in enumerate(columns, 1):
            if of_kind == kind:
                letter = get_column_letter(column)
                rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        answers.add_data_validation(rule)

    for sheet in book.worksheets:
        text_cells(sheet)
    target = Path(path)
    try:
        book.save(target)
    except OSError as err:
        raise VsvkitError(
            key="template_write_failed", path=str(target), reason=err.strerror or err
        ) from err
    return target


def write_template(
    path: str | Path,
    fmt: str,
    instrument: Instrument | None = None,
    *,
    lang: Lang = DEFAULT_LANG,
    k: int | None = None,
) -> Path:
    """Write the ``fmt`` template (``xlsx`` or ``lss``, :data:`TEMPLATE_FORMATS`) to ``path``.

    ``k`` (the minimum group size in the anonymity promise) is used by the LimeSurvey file's
    welcome text; the instrument's when None.

    Raises
    ------
    VsvkitError
        An unknown format, a file name with another suffix, or the file cannot be written.
    """
    target = Path(path)
    if fmt not in TEMPLATE_FORMATS or target.suffix.lower() != f".{fmt}":
        raise VsvkitError(key="template_bad_suffix", path=str(target), format=fmt)
    if fmt == "xlsx":
        return write_xlsx_template(target, instrument, lang=lang)
    from vsvkit.survey.limesurvey import lss_structure

    try:
        target.write_text(lss_structure(instrument, lang=lang, k=k), encoding="utf-8")
    except OSError as err:
        raise VsvkitError(
            key="template_write_failed", path=str(target), reason=err.strerror or err
        ) from err
    return target
