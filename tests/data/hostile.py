"""A seeded corpus of malformed and edge-case survey exports, and an independent judge.

    from tests.data.hostile import corpus, independent_answers
    for case in corpus(seed=9): ...

Every case is a file name and its bytes, made from the clean export in this folder (CSV) and
a workbook with the same content: byte flips and truncations, other encodings, far cells,
blank-cell bombs, zip bombs below 200 MB, hidden sheets, error values, dates, huge cells,
duplicate and invisible-whitespace headers, odd row numbers, wrong shared-string indices and
mutated answer cells. :func:`independent_answers` reads a file with openpyxl or the csv
module and simple rules of its own, so that whatever vsvkit accepts can be checked against
it respondent by respondent; it returns None when the file must be refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from vsvkit.sample import sample_instrument

HERE = Path(__file__).resolve().parent
CLEAN = HERE / "clean_forms_nl.csv"
INST = sample_instrument()
SHEET = "xl/worksheets/sheet1.xml"


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    kind: str


# -- the two real exports the corpus starts from -------------------------------------------------


def clean_rows() -> list[list[str]]:
    text = CLEAN.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def csv_bytes(rows, delimiter=";", encoding="utf-8-sig") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def xlsx_bytes(rows, *, hidden_first: list[list] | None = None, extra_sheet=None) -> bytes:
    """A workbook of ``rows`` (answers as numbers where they are labels in the CSV)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    if hidden_first is not None:
        ws.title = "Oud"
        for r in hidden_first:
            ws.append(r)
        ws.sheet_state = "hidden"
        ws = wb.create_sheet("Antwoorden")
    labels = {s.label.nl: s.value for s in INST.scale}
    for n, row in enumerate(rows):
        ws.append([labels.get(c, c) if n and c else (c or None) for c in row])
    if extra_sheet is not None:
        other = wb.create_sheet("Notities")
        for r in extra_sheet:
            other.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, changes: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zo:
        for info in zin.infolist():
            body = changes.get(info.filename, zin.read(info.filename))
            zo.writestr(info.filename, body, compress_type=compression)
    return out.getvalue()


def _sheet(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(SHEET)


def _patch_sheet(data: bytes, fn) -> bytes:
    return _rezip(data, {SHEET: fn(_sheet(data))})


def _add_cell(xml: bytes, ref: str, value: bytes, kind: str = "inlineStr") -> bytes:
    row = re.search(r"\d+", ref).group(0)
    if kind == "inlineStr":
        cell = f'<c r="{ref}" t="inlineStr"><is><t>'.encode() + value + b"</t></is></c>"
    else:
        cell = f'<c r="{ref}" t="{kind}"><v>'.encode() + value + b"</v></c>"
    return xml.replace(b"</sheetData>", f'<row r="{row}">'.encode() + cell + b"</row></sheetData>")


# -- the corpus ------------------------------------------------------------------------------------

TOKENS = ["1", "2", "3", "4", "2.0", "3,0", " 4 ", "0", "5", "2.5", "-1", "niet", "Volledig",
          "LARGELY", "weet niet", "n.v.t.", "N/A", "#N/A", "#DIV/0!", "#VALUE!", "2026-01-02",
          "TRUE", "ja", "?", "", "=1+1", "１", "2\u200b", "\u00a03"]  # fmt: skip


def corpus(seed: int = 9, *, size: str = "full") -> list[Case]:
    """All cases (about 520), or a seeded sample of about 40 plus the named regressions."""
    rng = random.Random(seed)
    rows = clean_rows()
    base_csv = csv_bytes(rows)
    base_xlsx = xlsx_bytes(rows)
    cases: list[Case] = [
        Case("clean.csv", base_csv, "clean"),
        Case("clean.xlsx", base_xlsx, "clean"),
    ]
    cases += _named(rows, base_xlsx)
    generated = []
    for k in range(70):
        generated.append(_flip(rng, base_csv, f"flip_{k:03d}.csv"))
        generated.append(_flip(rng, base_xlsx, f"flip_{k:03d}.xlsx"))
    for k in range(30):
        generated.append(_truncate(rng, base_csv, f"trunc_{k:03d}.csv"))
        generated.append(_truncate(rng, base_xlsx, f"trunc_{k:03d}.xlsx"))
    generated += _encodings(rows)
    generated += _far_cells(base_xlsx)
    generated += _bombs(rows, base_xlsx, light=size == "sample")
    generated += _hidden(rows)
    generated += _headers(rng, rows)
    generated += _huge_cells(rows, base_xlsx)
    for k in range(110):
        generated.append(_mutate_csv(rng, rows, f"mutate_{k:03d}.csv"))
    for k in range(60):
        generated.append(_mutate_xlsx(rng, rows, f"mutate_{k:03d}.xlsx"))
    if size == "sample":
        generated = random.Random(seed + 1).sample(generated, 30)
    return cases + generated


def _named(rows, base_xlsx) -> list[Case]:
    """The silent wrong accepts and tracebacks found in issue 9, one file each."""
    s = _sheet(base_xlsx)
    out = [
        Case(
            "row_zero.xlsx",
            _patch_sheet(
                base_xlsx,
                lambda x: x.replace(b'<row r="4">', b'<row r="0">').replace(b'r="A4"', b'r="A0"'),
            ),
            "named",
        ),  # noqa: E501
        Case(
            "row_minus5.xlsx",
            _patch_sheet(
                base_xlsx,
                lambda x: re.sub(rb'r="([A-Z]+)5"', rb'r="\g<1>-5"', x).replace(
                    b'<row r="5">', b'<row r="-5">'
                ),
            ),
            "named",
        ),  # noqa: E501
        Case(
            "row_twice.xlsx",
            _patch_sheet(
                base_xlsx,
                lambda x: re.sub(rb'r="([A-Z]+)5"', rb'r="\g<1>4"', x).replace(
                    b'<row r="5">', b'<row r="4">'
                ),
            ),
            "named",
        ),  # noqa: E501
        Case("hidden_first.xlsx", xlsx_bytes(rows, hidden_first=_other_answers(rows)), "named"),
        Case("bad_shared_string.xlsx", _bad_shared_string(rows), "named"),
        Case(
            "error_na.xlsx",
            _patch_sheet(
                base_xlsx, lambda x: _set_cell(x, "F3", b'<c r="F3" t="e"><v>#N/A</v></c>')
            ),
            "named",
        ),  # noqa: E501
        Case("na_text.csv", csv_bytes(_with(rows, 2, 5, "#N/A")), "named"),
        Case("date_1900_01_02.xlsx", _date_cell(rows), "named"),
        Case("long_cell.csv", csv_bytes(_with(rows, 3, 1, "x" * 140_000)), "named"),
        Case("damaged_deflate.xlsx", _damaged_deflate(base_xlsx), "named"),
        Case(
            "stray_XFD1048576.xlsx",
            _patch_sheet(base_xlsx, lambda x: _add_cell(x, "XFD1048576", b"x")),
            "named",
        ),  # noqa: E501
        Case(
            "stray_A1048576.xlsx",
            _patch_sheet(base_xlsx, lambda x: _add_cell(x, "A1048576", b"x")),
            "named",
        ),  # noqa: E501
        Case(
            "wrapped_row.xlsx",
            _patch_sheet(base_xlsx, lambda x: _add_cell(x, "A4294967297", b"x")),
            "named",
        ),  # noqa: E501
        Case(
            "bool_answer.xlsx",
            _patch_sheet(base_xlsx, lambda x: _set_cell(x, "G4", b'<c r="G4" t="b"><v>1</v></c>')),
            "named",
        ),  # noqa: E501
    ]
    assert s  # the base has a sheet part
    return out


def _set_cell(xml: bytes, ref: str, cell: bytes) -> bytes:
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    assert pattern.search(xml), ref
    return pattern.sub(lambda m: cell, xml, count=1)


def _with(rows, i, j, value):
    out = [r[:] for r in rows]
    out[i][j] = value
    return out


def _other_answers(rows):
    out = [r[:] for r in rows]
    for r in out[1:]:
        for j in range(4, len(r)):
            if r[j] in ("niet", "gedeeltelijk", "grotendeels", "volledig"):
                r[j] = "volledig"
    return out


def _bad_shared_string(rows) -> bytes:
    """An answer cell whose shared-string index points past the table ("volledig" before)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append([c or None for c in r])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    _sheet(data)
    if "xl/sharedStrings.xml" in names:
        return _patch_sheet(data, lambda x: _set_cell(x, "F3", b'<c r="F3" t="s"><v>-1</v></c>'))
    return _patch_sheet(data, lambda x: _set_cell(x, "F3", b'<c r="F3" t="s"><v>999999</v></c>'))


def _date_cell(rows) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    labels = {s.label.nl: s.value for s in INST.scale}
    for n, row in enumerate(rows):
        ws.append([labels.get(c, c) if n and c else (c or None) for c in row])
    ws["F3"] = dt.date(1900, 1, 2)  # Excel serial 2: shown as a date
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _damaged_deflate(data: bytes) -> bytes:
    """Garbage inside the sheet's compressed stream, sizes and directory intact."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for k in range(start + 20, start + min(info.compress_size, 400), 7):
        out[k] ^= 0xA5
    return bytes(out)


def _flip(rng, data: bytes, name: str) -> Case:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 5, 20))):
        k = rng.randrange(len(out))
        out[k] ^= 1 << rng.randrange(8)
    return Case(name, bytes(out), "flip")


def _truncate(rng, data: bytes, name: str) -> Case:
    return Case(name, data[: rng.randrange(1, len(data))], "truncate")


def _encodings(rows) -> list[Case]:
    out = []
    for enc in ("utf-16-le", "utf-16-be", "utf-16", "utf-32", "latin-1", "cp1252", "cp500",
                "utf-8", "mac-roman", "cp437"):  # fmt: skip
        try:
            data = csv_bytes(rows, ";", enc)
        except UnicodeEncodeError:
            continue
        out.append(Case(f"enc_{enc}.csv", data, "encoding"))
        out.append(Case(f"enc_{enc}_tab.csv", csv_bytes(rows, "\t", enc), "encoding"))
    mixed = csv_bytes(rows).replace("ë".encode(), "ë".encode("cp1252"), 3)
    out.append(Case("enc_mixed.csv", mixed, "encoding"))
    out.append(
        Case(
            "enc_double_utf8.csv", csv_bytes(rows).decode("cp1252", "replace").encode(), "encoding"
        )
    )  # noqa: E501
    return out


def _far_cells(base) -> list[Case]:
    out = []
    for ref in ("XFD1", "ZZ1", "AAA5", "A100001", "A99999", "ZZ99999", "BZ3000", "B1048576",
                "XFD1048576", "A2147483649"):  # fmt: skip
        data = _patch_sheet(base, lambda x, r=ref: _add_cell(x, r, b"x"))
        out.append(Case(f"far_{ref}.xlsx", data, "far"))
        row = re.search(r"[0-9]+", ref).group(0)
        cell = f'<row r="{row}"><c r="{ref}" s="0"/></row></sheetData>'.encode()
        blank = _patch_sheet(base, lambda x, c=cell: x.replace(b"</sheetData>", c))
        out.append(Case(f"far_blank_{ref}.xlsx", blank, "far"))
    return out


def _bombs(rows, base, light: bool = False) -> list[Case]:
    out = []
    xml = _sheet(base)
    shapes = ((200, 50),) if light else ((2000, 700), (20000, 200), (99000, 50), (60000, 16))
    for n_rows, n_cols in shapes:
        blank_rows = b"".join(
            f'<row r="{r}">'.encode()
            + b"".join(f'<c r="{_col(c)}{r}" s="0"/>'.encode() for c in range(n_cols))
            + b"</row>"
            for r in range(len(rows) + 1, len(rows) + 1 + n_rows)
        )
        data = _rezip(base, {SHEET: xml.replace(b"</sheetData>", blank_rows + b"</sheetData>")})
        out.append(Case(f"blank_bomb_{n_rows}x{n_cols}.xlsx", data, "bomb"))
    for mb in (5,) if light else (50, 120, 190):  # a part inflating to mb MB of spaces
        pad = b" " * (mb * 2**20)
        data = _rezip(base, {SHEET: xml.replace(b"<sheetData>", b"<sheetData>" + pad)})
        out.append(Case(f"zip_bomb_{mb}MB.xlsx", data, "bomb"))
    pad = b"<!-- " + b"a" * ((5 if light else 150) * 2**20) + b" -->"
    out.append(Case("zip_bomb_shared_150MB.xlsx", _rezip(base, {"xl/styles.xml": pad}), "bomb"))
    out.append(Case("zip_bomb_lying_size.xlsx", _lying_size(base), "bomb"))
    text = csv_bytes(rows)
    n = 100 if light else 4000
    out.append(Case("blank_bomb.csv", text + (b";" * n + b"\r\n") * n, "bomb"))
    wide = text.replace(b"\r\n", b";" * (n * 750) + b"\r\n", 1)
    out.append(Case("blank_bomb_wide_header.csv", wide, "bomb"))
    out.append(Case("many_rows.csv", text + b"\r\n" * (n * 750), "bomb"))
    return out


def _lying_size(base: bytes) -> bytes:
    """The sheet's directory entry claims a small size; its data inflates much larger."""
    xml = _sheet(base)
    big = xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 2**20))
    data = bytearray(_rezip(base, {SHEET: big}))
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo(SHEET)
    small = len(xml).to_bytes(4, "little")
    # local header: uncompressed size at offset 22; central directory: at offset 24
    data[info.header_offset + 22 : info.header_offset + 26] = small
    cd = bytes(data).rfind(
        b"PK\x01\x02"
        + bytes(data[bytes(data).find(b"PK\x01\x02") + 4 : bytes(data).find(b"PK\x01\x02") + 4])
    )  # noqa: E501
    pos = bytes(data).find(b"PK\x01\x02")
    while pos != -1:
        n = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if bytes(data[pos + 46 : pos + 46 + n]) == SHEET.encode():
            data[pos + 24 : pos + 28] = small
        pos = bytes(data).find(b"PK\x01\x02", pos + 4)
    del cd
    return bytes(data)


def _col(j: int) -> str:
    letters, n = "", j + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _hidden(rows) -> list[Case]:
    out = []
    other = _other_answers(rows)
    out.append(Case("hidden_first_b.xlsx", xlsx_bytes(rows, hidden_first=other), "hidden"))
    out.append(Case("hidden_first_empty.xlsx", xlsx_bytes(rows, hidden_first=[]), "hidden"))
    out.append(
        Case("two_visible.xlsx", xlsx_bytes(rows, extra_sheet=[["notitie"], ["x"]]), "hidden")
    )  # noqa: E501
    out.append(Case("two_visible_empty.xlsx", xlsx_bytes(rows, extra_sheet=[]), "hidden"))
    veryhidden = xlsx_bytes(rows, hidden_first=other)
    wb = zipfile.ZipFile(io.BytesIO(veryhidden)).read("xl/workbook.xml")
    out.append(
        Case(
            "very_hidden_first.xlsx",
            _rezip(
                veryhidden,
                {"xl/workbook.xml": wb.replace(b'state="hidden"', b'state="veryHidden"')},
            ),
            "hidden",
        )
    )  # noqa: E501
    all_hidden = wb.replace(b'state="visible"', b'state="hidden"')
    out.append(
        Case("all_hidden.xlsx", _rezip(veryhidden, {"xl/workbook.xml": all_hidden}), "hidden")
    )  # noqa: E501
    return out


def _headers(rng, rows) -> list[Case]:
    out = []
    head = rows[0]
    for k in range(40):
        t = [r[:] for r in rows]
        j = rng.randrange(len(head))
        how = k % 5
        if how == 0:
            t[0][j] = "\u200b" + t[0][j]
        elif how == 1:
            t[0][j] = t[0][j].replace(" ", "\u00a0")
        elif how == 2:
            t[0][j] = t[0][(j + 1) % len(head)]  # duplicate header
        elif how == 3:
            t[0][j] = " " + t[0][j] + "\ufeff"
        else:
            t[0][j] = t[0][j].upper()
        out.append(Case(f"header_{k:02d}.csv", csv_bytes(t), "header"))
    return out


def _huge_cells(rows, base) -> list[Case]:
    out = []
    for size in (131_073, 500_000, 2_000_000):
        out.append(
            Case(f"huge_remark_{size}.csv", csv_bytes(_with(rows, 2, 11, "y" * size)), "huge")
        )  # noqa: E501
    out.append(Case("unclosed_quote.csv", csv_bytes(rows) + b'"' + b"z" * 200_000, "huge"))
    xml = _sheet(base)
    out.append(
        Case(
            "huge_cell.xlsx",
            _rezip(
                base,
                {
                    SHEET: _set_cell(
                        xml,
                        "L2",
                        b'<c r="L2" t="inlineStr"><is><t>' + b"w" * 3_000_000 + b"</t></is></c>",
                    )
                },
            ),
            "huge",
        )
    )  # noqa: E501
    return out


def _mutate_csv(rng, rows, name) -> Case:
    t = [r[:] for r in rows]
    for _ in range(rng.choice((1, 2, 4))):
        i = rng.randrange(1, len(t))
        j = rng.randrange(4, len(t[0]))
        t[i][j] = rng.choice(TOKENS)
    return Case(name, csv_bytes(t, rng.choice((";", ",", "\t"))), "mutate")


def _mutate_xlsx(rng, rows, name) -> Case:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    labels = {s.label.nl: s.value for s in INST.scale}
    for n, row in enumerate(rows):
        ws.append([labels.get(c, c) if n and c else (c or None) for c in row])
    for _ in range(rng.choice((1, 2, 3))):
        i = rng.randrange(2, len(rows) + 1)
        j = rng.randrange(5, len(rows[0]) + 1)
        ws.cell(i, j).value = rng.choice(
            [2, 2.0, 3.5, 0, True, False, dt.date(1900, 1, 3), dt.datetime(2026, 1, 2, 9, 0),
             dt.time(2, 0), "#N/A", "=1/0", "=2", '="3"', "weet niet", "LARGELY", None, 4]
        )  # fmt: skip
    buf = io.BytesIO()
    wb.save(buf)
    return Case(name, buf.getvalue(), "mutate")


# -- the independent judge ---------------------------------------------------------------------


class Unreadable(Exception):
    """The judge cannot read the file (so vsvkit must not have accepted it either)."""


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cf", "Cc"))
    return " ".join(s.split()).casefold()


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    head = data[:4096]
    if head.count(0) * 3 >= len(head) > 0:  # UTF-16 without its mark: a zero per ASCII char
        little = head[1::2].count(0) > head[0::2].count(0)
        return data.decode("utf-16-le" if little else "utf-16-be")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


def _data_parts(data: bytes) -> bytes:
    """The workbook without the parts that hold no cells (theme, document properties): the
    judge reads the cells and nothing else. (vsvkit refuses damage in any part; that only
    makes it stricter than the judge, never wrong.)"""
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        infos = zin.infolist()
    except Exception as err:  # noqa: BLE001 - any damage to the directory
        raise Unreadable(repr(err)) from err
    keep = re.compile(r"(\[Content_Types\]\.xml|_rels/\.rels|xl/workbook\.xml|"
                      r"xl/_rels/workbook\.xml\.rels|xl/sharedStrings\.xml|xl/styles\.xml|"
                      r"xl/worksheets/[^/]+\.xml)")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zo:
        for info in infos:
            if keep.fullmatch(info.filename):
                try:
                    zo.writestr(info.filename, zin.read(info.filename))
                except Exception as err:  # noqa: BLE001 - a damaged part with cells
                    raise Unreadable(repr(err)) from err
    return out.getvalue()


def _cells(data: bytes) -> list[list]:
    if data.startswith(b"PK"):
        from openpyxl import load_workbook

        try:
            # read-only: rows are streamed, so a far or blank-bomb cell costs time, not memory
            wb = load_workbook(io.BytesIO(_data_parts(data)), data_only=True, read_only=True)
            with_data = []
            for ws in wb.worksheets:
                if ws.sheet_state != "visible":
                    continue
                ws.reset_dimensions()  # the stated <dimension> may hide cells past it
                rows = []
                for k, r in enumerate(ws.iter_rows(values_only=True), 1):
                    if k > 1_048_576:
                        raise Unreadable(f"a row past Excel's last row in {ws.title!r}")
                    if _has_value(r):
                        rows.append(list(r))
                if rows:
                    with_data.append(rows)
            wb.close()
        except Unreadable:
            raise
        except Exception as err:  # openpyxl raises many kinds for a damaged workbook
            raise Unreadable(repr(err)) from err
        if len(with_data) != 1:
            raise Unreadable(f"{len(with_data)} visible sheets with data")
        return with_data[0]
    try:
        text = _decode(data)
    except UnicodeDecodeError as err:
        raise Unreadable("encoding") from err
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as err:
        raise Unreadable(str(err)) from err


def _has_value(row) -> bool:
    return any(c is not None and not (isinstance(c, str) and not c.strip()) for c in row)


def _answer(v):
    """(value or None, dont_know) for an allowed answer; raises ValueError otherwise."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return (None, False)
    if isinstance(v, (bool, dt.date, dt.time, dt.timedelta)):
        raise ValueError(v)
    if isinstance(v, (int, float)):
        if float(v) in (1.0, 2.0, 3.0, 4.0):
            return (float(v), False)
        raise ValueError(v)
    s = _norm(str(v))
    if re.fullmatch(r"[1-4]([.,]0+)?", s):
        return (float(s[0]), False)
    for scale in INST.scale:
        if s in (_norm(scale.label.nl), _norm(scale.label.en)):
            return (float(scale.value), False)
    if s in {_norm(a) for a in (INST.dont_know.nl, INST.dont_know.en, *INST.dont_know_aliases)}:
        return (None, True)
    raise ValueError(v)


_ITEM_NAMES = {
    name: item.code
    for item in INST.all_items
    for name in (_norm(item.text.nl), _norm(item.text.en), item.code.casefold())
}


def _item_of(header: str) -> str | None:
    h = _norm(header)
    m = re.search(r"\[([a-z_0-9]+)\]$", h)
    if m:
        return m.group(1).upper()
    return _ITEM_NAMES.get(h)


def independent_answers(data: bytes):
    """``{(respondent, item): (value, dont_know)}`` of a file that may be imported, or None
    when it must be refused (a cell that is no answer, an unknown layout). Raises
    :class:`Unreadable` when the judge cannot read the file at all."""
    rows = [[c for c in r] for r in _cells(data)]

    def blank(c):
        return c is None or (isinstance(c, str) and not c.strip())

    filled = [r for r in rows if not all(blank(c) for c in r)]
    if len(filled) < 2:
        return None
    head, body = filled[0], filled[1:]
    items = {}
    for j, h in enumerate(head):
        code = _item_of(str(h)) if h is not None and str(h).strip() else None
        if code is not None:
            if code in items or code not in {i.code for i in INST.all_items}:
                return None
            items[code] = j
    if len(items) != len(INST.all_items):
        return None
    out = {}
    for n, r in enumerate(body, 1):
        for code, j in items.items():
            try:
                out[(n, code)] = _answer(r[j] if j < len(r) else None)
            except ValueError:
                return None
    return out
