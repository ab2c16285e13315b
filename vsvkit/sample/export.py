"""Write generated answers as survey tools export them (private helper of :mod:`vsvkit.sample`).

Two formats:

(a) a Google-Forms-like CSV: semicolon separated, UTF-8 with BOM, Dutch answer labels, item
    headers ``<Dutch item text> [CODE]``, one ``Opmerking <DOMAIN>`` column per domain;
(b) a Microsoft-Forms-like XLSX: plain Dutch item text as headers, answers 1-4 as numbers and
    ``Weet niet / n.v.t.``, remark columns ``Opmerkingen: <domain name>``.

Both carry fictional time stamps, names and e-mail addresses that the importer must drop.
The XLSX is written with fixed zip time stamps and document dates, so that regenerating the
sample data gives byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vsvkit.instrument import Instrument
from vsvkit.sample.text import (
    CSV_DONT_KNOW,
    CSV_ECHELON_LABELS,
    XLSX_DONT_KNOW,
    XLSX_ROLE_LABELS,
)

__all__: list[str] = []


@dataclass(frozen=True)
class Export:
    """One session's answers in wide form, ready to be written as a survey export.

    ``values``/``dont_know`` are respondents x ``instrument.all_items``; ``remarks`` is
    respondents x domains (object array, "" for no remark); the contact columns are
    fictional and exist only to be dropped by the importer.
    """

    professions: np.ndarray
    values: np.ndarray
    dont_know: np.ndarray
    remarks: np.ndarray
    names: np.ndarray
    emails: np.ndarray
    started: np.ndarray  # datetime64[s]
    completed: np.ndarray  # datetime64[s]

    def __len__(self) -> int:
        return len(self.professions)


def role_label(instrument: Instrument, code: str, style: str) -> str:
    """The profession as a form shows it: the Dutch role name, capitalised."""
    if style == "xlsx" and code in XLSX_ROLE_LABELS:
        return XLSX_ROLE_LABELS[code]
    name = instrument.role(code).name("nl")
    return name[0].upper() + name[1:]


def csv_header(instrument: Instrument) -> list[str]:
    head = ["Tijdstempel", "E-mailadres", "Beroep", "In welke lijn werkt u?"]
    for d in instrument.domains:
        head += [f"{i.text('nl')} [{i.code}]" for i in d.items]
        if d.desired is not None:
            head.append(f"{d.desired.text('nl')} [{d.desired.code}]")
        head.append(f"Opmerking {d.code}")
    return head


def xlsx_header(instrument: Instrument) -> list[str]:
    head = ["Id", "Begintijd", "Voltooiingstijd", "E-mail", "Naam", "Wat is uw beroep?"]
    for d in instrument.domains:
        head += [i.text("nl") for i in d.items]
        if d.desired is not None:
            head.append(d.desired.text("nl"))
        head.append(f"Opmerkingen: {d.name('nl')}")
    return head


def _answer_cells(instrument: Instrument, exp: Export, style: str) -> np.ndarray:
    """Respondents x all-items object array of cell contents in the export's style."""
    cells = np.full(exp.values.shape, "" if style == "csv" else None, dtype=object)
    for s in instrument.scale:
        hit = exp.values == s.value
        cells[hit] = s.label("nl") if style == "csv" else s.value
    cells[exp.dont_know] = CSV_DONT_KNOW if style == "csv" else XLSX_DONT_KNOW
    return cells


def _rows(instrument: Instrument, exp: Export, style: str):
    """Yield the data rows (without the leading contact columns) per respondent."""
    cells = _answer_cells(instrument, exp, style)
    positions = []  # (start, stop) of each domain's item columns in all_items order
    start = 0
    for d in instrument.domains:
        stop = start + len(d.items) + (d.desired is not None)
        positions.append((start, stop))
        start = stop
    empty = "" if style == "csv" else None
    for r in range(len(exp)):
        row = []
        for k, (a, b) in enumerate(positions):
            row.extend(cells[r, a:b].tolist())
            row.append(exp.remarks[r, k] or empty)
        yield row


def write_csv(path: Path, instrument: Instrument, exp: Export) -> None:
    """Format (a): semicolon CSV, UTF-8 with BOM, Dutch labels."""
    echelon_of = {r.code: r.echelon for r in instrument.roles}
    stamps = np.datetime_as_string(exp.completed, unit="s")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        out.writerow(csv_header(instrument))
        for r, row in enumerate(_rows(instrument, exp, "csv")):
            prof = str(exp.professions[r])
            out.writerow(
                [
                    stamps[r].replace("T", " "),
                    exp.emails[r],
                    role_label(instrument, prof, "csv"),
                    CSV_ECHELON_LABELS[echelon_of[prof]],
                    *row,
                ]
            )


_FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def write_xlsx(path: Path, instrument: Instrument, exp: Export, *, stamp: dt.datetime) -> None:
    """Format (b): Microsoft-Forms-like workbook; byte-identical for identical input.

    ``stamp`` becomes the document's created/modified date (normally the session date).
    """
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append(xlsx_header(instrument))
    started = exp.started.astype("datetime64[s]").tolist()
    completed = exp.completed.astype("datetime64[s]").tolist()
    for r, row in enumerate(_rows(instrument, exp, "xlsx")):
        ws.append(
            [
                r + 1,
                started[r],
                completed[r],
                str(exp.emails[r]),
                str(exp.names[r]),
                role_label(instrument, str(exp.professions[r]), "xlsx"),
                *row,
            ]
        )
    wb.properties.creator = "vsvkit sample generator"
    wb.properties.created = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    _write_reproducible_zip(buffer.getvalue(), path, stamp)


def _write_reproducible_zip(data: bytes, path: Path, stamp: dt.datetime) -> None:
    """Rewrite an xlsx with fixed entry times and a fixed 'modified' document date."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + iso.encode() + rb"\g<2>",
                    content,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, content)
