#!/usr/bin/python3
"""PDF-flow text exports of the corpus's Word → PDF and portal-print PDFs, with gold a careful reader can take
from the text.

Each PDF listed in PDFS (a Word document there is first printed to PDF by LibreOffice) is turned into text the way Apache Tika's PDF parser does it (PDFBox PDFTextStripper,
`FlowExport.java`, with the PDFBox in target/gkml.jar): cells come one after another in content-stream order,
each cell's text wrapped to its column's width, a blank line after each paragraph. The text goes to
corpus/published/flow/<name>.flow.txt and its gold to src/test/resources/published-gold/flow/<name>.flow.txt.json.
The unruled Excel prints (src/test/resources/unruled) are left out: their text comes out in column blocks that
no reader can put back into rows.

Gold rule: the PDF's own gold (published-gold/<folder>/<name>.pdf.json, written from the generator's rows),
with what the text does not show taken out:
  - tick columns (公开对象 / 公开方式 / 公开层级 marked √): the text prints a row's marks side by side, one per
    ticked column, and nothing for an unticked one, so a row's marks can be placed only when it has as many
    marks as tick columns. Where it has fewer, `audience`, `disclosure_mode` and `levels` are removed from the
    entry's gold (not scored), as corpus/layouts/README.md does for b1. The script checks that the text has as
    many √ as the gold has ticked options, so every tick field of these files is a tick column.
  - everything else a careful reader can still read: wrapped cell lines join, channel names typed one per
    line stay separate names, a merged 一级事项 printed once belongs to its rows.
`source` becomes the text file's name.

Needs java and the built jar (`./gkml --version` builds it). Run from the repository root:
    /usr/bin/python3 corpus/published/make/make_flow.py [--gold-only]
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "flow")
GOLD_IN = os.path.join(ROOT, "src", "test", "resources", "published-gold")
GOLD_OUT = os.path.join(GOLD_IN, "flow")
JAR = os.path.join(ROOT, "target", "gkml.jar")

# PDF under corpus/published, and its number of tick columns (√ sub-columns under 公开对象 / 公开方式 / 公开层级)
PDFS = [
    ("word/ggflfw_sanmen.pdf", 6),             # 全社会 特定群众 | 主动 依申请公开 | 县级 乡、村级
    ("word/ggflfw_sanmen_notice.pdf", 6),
    ("word/xczx_nanjiang.pdf", 7),             # 全社会 特定群众 | 主动 依申请公开 | 县级 乡级 村级
    ("word/xczx_nanjiang_pagefooter.pdf", 7),
    ("word/xczx_nanjiang_watermark.pdf", 7),    # a site's name stamped over every page (make/StampWatermark.java)
    ("word/wsjk_hanyin.pdf", 7),
    ("word/wsjk_hanyin_vertical.pdf", 7),
    ("word/ywjy_xiangshan.pdf", 4),            # 全社会 特定群体 | 主动 依申请
    ("portal2/tz_tuiyijunren.pdf", 6),         # 全社会 特定群体 | 主动 依申请 | 县级 乡级
    ("office2/spyp_sanmen.pdf", 4),
    ("office2/zfbz_xianju.pdf", 4),
    # Word documents as LibreOffice Writer prints them to PDF (soffice --convert-to pdf): PDFBox writes the top
    # header row's last label and the lower row's first with no space between (公开层级一级事项, 公开方式一级事项)
    ("word/xczx_nanjiang.docx", 7),
    ("word/ggflfw_sanmen.docx", 6),
]
TICK_FIELDS = ("audience", "disclosure_mode", "levels")
MARKS = "√✓✔☑"


def name_of(source):
    base, ext = os.path.splitext(os.path.basename(source))
    return base + ("" if ext == ".pdf" else "_" + ext[1:]) + ".flow.txt"


def as_pdf(source, tmp):
    """The PDF itself, or a Word document printed to PDF by LibreOffice (own profile, so it runs beside others)."""
    path = os.path.join(ROOT, "corpus", "published", source)
    if path.endswith(".pdf"):
        return path
    subprocess.run(["timeout", "120", "soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, path], check=True, capture_output=True)
    return os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")


def export():
    args = []
    with tempfile.TemporaryDirectory() as tmp:
        for source, _ in PDFS:
            args += [as_pdf(source, tmp), os.path.join(OUT, name_of(source))]
        subprocess.run(["java", "-cp", JAR, os.path.join(HERE, "FlowExport.java")] + args, check=True)


def gold(pdf, tick_columns):
    with open(os.path.join(GOLD_IN, pdf + ".json"), encoding="utf-8") as f:
        g = json.load(f)
    name = name_of(pdf)
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        text = f.read()
    ticked = sum(len(e.get(k) or []) for e in g["entries"] for k in TICK_FIELDS)
    marks = sum(text.count(m) for m in MARKS)
    if marks != ticked:
        sys.exit(f"{name}: {marks} marks in the text, {ticked} ticked options in the gold: not all tick fields are ticks")
    g["source"] = name
    unplaced = 0
    for e in g["entries"]:
        if sum(len(e.get(k) or []) for k in TICK_FIELDS) < tick_columns:
            unplaced += 1
            for k in TICK_FIELDS:
                e.pop(k, None)
    os.makedirs(GOLD_OUT, exist_ok=True)
    with open(os.path.join(GOLD_OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}: {len(g['entries'])} entries, tick fields unscored in {unplaced} ({tick_columns} tick columns)")


def main():
    os.makedirs(OUT, exist_ok=True)
    if "--gold-only" not in sys.argv:
        export()
    for pdf, ticks in PDFS:
        gold(pdf, ticks)


if __name__ == "__main__":
    main()
