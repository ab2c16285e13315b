"""PDF helpers for the report tests: text via pdftotext, ink per page via pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np


def inked_pixels(pdf: Path, folder: Path, dpi: int = 40) -> list[int]:
    """Per page, the number of dark pixels (grey < 200) of the PDF rendered at ``dpi``."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(folder / "p")], check=True)
    inked = []
    for pgm in sorted(folder.glob("p-*.pgm")):
        raw = pgm.read_bytes()
        # binary PGM: header "P5\nW H\n255\n" then one byte per pixel
        head = raw.split(b"\n", 3)
        w, h = map(int, head[1].split())
        pixels = np.frombuffer(head[3][-w * h :], dtype=np.uint8)
        inked.append(int((pixels < 200).sum()))
    return inked
