#!/usr/bin/env python3
"""Draws a typographic cover for every book in resources/demo/catalog.csv.

One 160x240 JPEG per title in resources/demo/covers/ISBN.jpg: a colour from
a fixed palette (chosen from the title, so a cover never changes between
runs), a thin frame, the title in serif capitals, a rule and the author.
Needs ImageMagick 6 (`convert`) and the DejaVu fonts (fonts-dejavu-core).

Run: python3 scripts/make-demo-covers.py [--force]
"""
import csv
import hashlib
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CSV = ROOT / "resources" / "demo" / "catalog.csv"
OUT = ROOT / "resources" / "demo" / "covers"

# (background, ink, accent)
PALETTE = [
    ("#1f3a5f", "#f4efe6", "#d9a441"),
    ("#7a1f2b", "#f8f1e5", "#e6c27a"),
    ("#2f5d3a", "#f2efe2", "#c8b35a"),
    ("#3b2f4f", "#f3ecf7", "#c49bd6"),
    ("#b5562b", "#fff5e8", "#2b2b2b"),
    ("#0f5e63", "#eef8f6", "#f0b65a"),
    ("#4a4a48", "#f6f4ee", "#e07a5f"),
    ("#e9dcc3", "#2e2a24", "#8c2f39"),
    ("#204b73", "#fdfcf7", "#9ec5e8"),
    ("#5b3a1e", "#f7ecd9", "#d8a25e"),
    ("#6b2d5c", "#fbeff7", "#f2c14e"),
    ("#dfe7df", "#233127", "#3f7d4e"),
]


def cover(isbn: str, title: str, authors: str, target: pathlib.Path) -> None:
    h = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    background, ink, accent = PALETTE[h % len(PALETTE)]
    author = authors.split(";")[0].strip()
    subprocess.run(
        [
            "convert", "-size", "160x240", f"xc:{background}",
            "-fill", "none", "-stroke", accent, "-strokewidth", "2",
            "-draw", "rectangle 7,7 152,232",
            "(", "-size", "136x128", "-background", "none", "-fill", ink,
            "-font", "DejaVu-Serif-Bold", "-gravity", "center",
            f"caption:{title.upper()}", ")",
            "-gravity", "north", "-geometry", "+0+22", "-composite",
            "-stroke", "none", "-fill", accent,
            "-draw", "rectangle 56,164 104,166",
            "(", "-size", "136x48", "-background", "none", "-fill", ink,
            "-font", "DejaVu-Serif-Italic", "-gravity", "center",
            f"caption:{author}", ")",
            "-gravity", "north", "-geometry", "+0+176", "-composite",
            "-strip", "-quality", "82", f"jpeg:{target}",
        ],
        check=True,
    )


def main() -> None:
    force = "--force" in sys.argv
    OUT.mkdir(parents=True, exist_ok=True)
    with CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    wanted = set()
    for row in rows:
        target = OUT / f"{row['isbn']}.jpg"
        wanted.add(target.name)
        if force or not target.exists():
            cover(row["isbn"], row["title"], row["authors"], target)
    for stale in OUT.glob("*.jpg"):
        if stale.name not in wanted:
            stale.unlink()
    total = sum(p.stat().st_size for p in OUT.glob("*.jpg"))
    print(f"{len(wanted)} covers in {OUT.relative_to(ROOT)}, {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
