"""Writes the intake test files in this folder (run once; the files are committed).

    python tests/data/_make_intake_cases.py

Every file starts from the same six fictional respondents (BASE below); each broken case
changes one thing, named by the file name. Answer of respondent r (0-based) to the k-th item
of ``instrument.all_items`` is ``(7 r + 3 k) mod 4 + 1`` unless OVERRIDES says otherwise.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from vsvkit.sample import sample_instrument

HERE = Path(__file__).resolve().parent
INST = sample_instrument()
ITEMS = INST.all_items

# Tijdstempel, e-mail, Beroep, In welke lijn werkt u?
PEOPLE = [
    ("2026/03/02 09:12:01", "jan.jansen@voorbeeld.invalid", "Verloskundige", "Eerste lijn"),
    ("2026/03/02 10:40:55", "p.devries@voorbeeld.invalid", "Gynaecoloog", "Tweede lijn"),
    ("2026/03/03 19:03:12", "a.bakker@voorbeeld.invalid", "kraamverzorgende", ""),
    ("2026/03/04 08:30:00", "m.visser@voorbeeld.invalid", "HA", "1e lijn"),
    ("2026/03/04 21:15:42", "k.smit@voorbeeld.invalid", " Klinisch Verloskundige ", "Tweede lijn"),
    (
        "2026/03/05 12:00:09",
        "r.meijer@voorbeeld.invalid",
        "Management / bestuur / coördinator",
        "Tweede lijn",
    ),
]
OVERRIDES = {(0, "CLI2"): "dk", (0, "CLI3"): "", (1, "COO1"): "dk", (5, "REF5"): ""}
REMARKS = {
    (0, "CLI"): "Het geboorteplan wordt niet altijd gelezen.",
    (2, "CLI"): "-",
    (3, "CLI"): "Afstemming met de kraamzorg kan beter.",
    (1, "SUP"): "  Geen gedeeld dossier.  ",
    (4, "REF"): "n.v.t.",
}


def value(r: int, k: int) -> int | str:
    return OVERRIDES.get((r, ITEMS[k].code), (7 * r + 3 * k) % 4 + 1)


def label_nl(v) -> str:
    if v == "dk":
        return "weet niet"
    return "" if v == "" else INST.scale[v - 1].label.nl


def csv_table() -> list[list[str]]:
    """Format (a): Google-Forms-like, Dutch labels, 'text [CODE]' headers."""
    head = ["Tijdstempel", "E-mailadres", "Beroep", "In welke lijn werkt u?"]
    for d in INST.domains:
        head += [f"{i.text.nl} [{i.code}]" for i in d.items]
        head.append(f"{d.desired.text.nl} [{d.desired.code}]")
        head.append(f"Opmerking {d.code}")
    rows = [head]
    for r, person in enumerate(PEOPLE):
        row = list(person)
        k = 0
        for d in INST.domains:
            for _ in (*d.items, d.desired):
                row.append(label_nl(value(r, k)))
                k += 1
            row.append(REMARKS.get((r, d.code), ""))
        rows.append(row)
    return rows


def write_csv(name: str, rows, delimiter=";", encoding="utf-8-sig") -> None:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(buf.getvalue().encode(encoding))


def drop_column(rows, header: str):
    j = rows[0].index(header)
    return [r[:j] + r[j + 1 :] for r in rows]


def col(rows, code_or_header: str) -> int:
    for j, h in enumerate(rows[0]):
        if h == code_or_header or h.endswith(f"[{code_or_header}]"):
            return j
    raise KeyError(code_or_header)


def main() -> None:
    base = csv_table()
    write_csv("clean_forms_nl.csv", base)

    t = [r[:] for r in base]
    t[2][col(t, "CLI1")] = "5"  # row 3
    t[4][col(t, "COO3")] = "misschien"  # row 5
    write_csv("answer_out_of_range.csv", t)

    t = [r[:] for r in base]
    t[3][2] = "tandarts"  # row 4
    write_csv("unknown_profession.csv", t)

    write_csv("missing_role_column.csv", drop_column(base, "Beroep"))
    (HERE / "empty.csv").write_bytes(b"")
    write_csv("header_only.csv", base[:1])

    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
    (HERE / "png_renamed.csv").write_bytes(png)
    (HERE / "garbage.xlsx").write_bytes(bytes(range(7, 250)) * 4)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("notes.txt", date_time=(2020, 1, 1, 0, 0, 0)), "not a workbook")
    (HERE / "zip_not_workbook.xlsx").write_bytes(buf.getvalue())

    t = [r[:] for r in base]
    t[5][1] = "Jan.Jansen@voorbeeld.invalid "  # row 6 repeats row 2's address
    write_csv("same_respondent_twice.csv", t)

    t = [r + [r[col(base, "CLI1")]] for r in base]
    t[0][-1] = "CLI1"
    write_csv("item_column_twice.csv", t)

    write_csv("no_item_columns.csv", [r[:3] for r in base])

    t = drop_column(base, base[0][col(base, "COO2")])
    t = drop_column(t, t[0][col(t, "CLI_W")])
    write_csv("missing_item_column.csv", t)

    t = drop_column(base, base[0][col(base, "REF5")])
    t[2][2] = "Tandarts"  # row 3: unknown profession
    t[3][col(t, "ORG1")] = "6"  # row 4: answer out of range
    t[6][1] = "p.devries@voorbeeld.invalid"  # row 7: same as row 3
    write_csv("mixed_problems.csv", t)


if __name__ == "__main__":
    main()
