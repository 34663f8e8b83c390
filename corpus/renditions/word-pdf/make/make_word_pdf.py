#!/usr/bin/python3
"""Writes catalogs as bureaus make them: a Word table (DOCX, python-docx) with real merges, exported to PDF
by LibreOffice Writer (soffice --headless --convert-to pdf). Not from HTML: Writer then draws the borders
the way it does for Word documents, cell by cell, as separate segments that stop at merged cells, and as
two parallel lines where the border is double.

The cell model (header rows and body rows with rowspan/colspan) is the one the HTML masters use
(corpus/renditions/make/make_html.py for the seeds 002-004, corpus/layouts/make/make_html.py for a1/a3),
so the merges are those the text exports show. Each output varies what bureaus vary:

  002  landscape A4, single borders, two header rows repeated on each page (tblHeader), 一级事项 groups
       crossing page breaks
  003  portrait A4: twelve narrow columns, labels wrapped inside them, header repeated
  004  landscape A4, double borders everywhere, header repeated, at 12 pt so it runs over many pages
  a1   portrait A4, one header row, thick outer border and thin inner borders
  a3   landscape A4, double outer border, 序号 merged over each group like 一级事项, groups crossing pages

Usage (from the repository root): /usr/bin/python3 corpus/renditions/word-pdf/make/make_word_pdf.py
Writes corpus/renditions/word-pdf/*.pdf (the DOCX masters are kept only in a temporary directory).
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "renditions", "word-pdf")
FONT = "Noto Serif CJK SC"


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(path))
    spec.loader.exec_module(module)
    sys.path.pop(0)
    return module


seeds = load("seed_html", os.path.join(ROOT, "corpus", "renditions", "make", "make_html.py"))
layouts = load("layout_html", os.path.join(ROOT, "corpus", "layouts", "make", "make_html.py"))


def placed(rows):
    """(row, col, cell) for each cell of HTML-style rows, columns counted past the rowspans above."""
    taken, out = set(), []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    width = max(c for (_, c) in taken) + 1
    return out, width


def border(tag, val, size):
    e = OxmlElement(f"w:{tag}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(size))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    return e


def set_borders(table, outer, inner):
    """outer/inner: (val, size in eighths of a point), as Word's table properties hold them."""
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for tag in ("top", "left", "bottom", "right"):
        borders.append(border(tag, *outer))
    for tag in ("insideH", "insideV"):
        borders.append(border(tag, *inner))
    tblPr.append(borders)


def style_run(run, pt, bold=False):
    run.font.size = Pt(pt)
    run.font.bold = bold
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def write_text(cell, text, pt, bold=False, centre=False):
    lines = text.split("\n") if text else [""]
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.space_before = Pt(0)
        if centre:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            style_run(para.add_run(line), pt, bold)


def build(doc_model, path, landscape, pt, widths_mm, outer, inner):
    d = Document()
    section = d.sections[0]
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    if doc_model.get("title"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style_run(p.add_run(doc_model["title"]), pt + 6, bold=True)
    for line in doc_model.get("preamble", []):
        style_run(d.add_paragraph().add_run(line), pt)
    header, body = doc_model["header"], doc_model["body"]
    cells, ncols = placed(header + body)
    table = d.add_table(rows=len(header) + len(body), cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_borders(table, outer, inner)
    total = sum(widths_mm)
    usable = (297 if landscape else 210) - 30
    for i, col in enumerate(table.columns):
        col.width = Mm(widths_mm[i] * usable / total)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Mm(widths_mm[i] * usable / total)
    for r in range(len(header)):
        trPr = table.rows[r]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        trPr.append(repeat)
    for r, c, cell in cells:
        target = table.cell(r, c)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
        write_text(target, cell.text, pt, bold=r < len(header), centre=r < len(header) or c == 0)
    for line in doc_model.get("notes", []):
        style_run(d.add_paragraph().add_run(line), pt)
    d.save(path)


def seed_doc(key):
    name = next(p[:-4] for p in os.listdir(os.path.join(ROOT, "corpus")) if p.startswith(key) and p.endswith(".txt"))
    fn = {"002": seeds.seed_002, "003": seeds.seed_003, "004": seeds.seed_004}[key]
    return name, fn(os.path.join(ROOT, "corpus", name + ".txt"))


def layout_doc(prefix):
    name = next(p[:-4] for p in os.listdir(os.path.join(ROOT, "corpus", "layouts"))
                if p.startswith(prefix) and p.endswith(".txt"))
    header_count, merges, _ = layouts.LAYOUTS[prefix]
    doc, _ = layouts.document(os.path.join(ROOT, "corpus", "layouts", name + ".txt"), header_count, merges)
    return name, doc


def main():
    # sizes in eighths of a point: a 2.25 pt double frame draws its two lines about 5 pt apart
    single, double, thick, wide_double = ("single", 4), ("double", 4), ("single", 12), ("double", 18)
    jobs = [
        # name, model, suffix, landscape, pt, column widths (relative), outer, inner
        (*seed_doc("002"), "word-landscape", True, 9, [8, 18, 22, 40, 45, 24, 20, 40, 10, 10], single, single),
        (*seed_doc("003"), "word-portrait", False, 8, [6, 12, 14, 26, 14, 24, 16, 20, 7, 7, 7, 7], single, single),
        (*seed_doc("004"), "word-double", True, 12, [8, 16, 22, 45, 20, 24, 10, 30, 16], double, double),
        (*layout_doc("a1_"), "word-portrait", False, 9, [8, 20, 40, 30, 24, 20, 18, 10, 12], thick, single),
        (*layout_doc("a3_"), "word-double", True, 11, [7, 14, 18, 34, 30, 18, 12, 18, 7, 7, 7, 7, 7, 14, 10],
         wide_double, single),
    ]
    tmp = tempfile.mkdtemp()
    os.makedirs(OUT, exist_ok=True)
    try:
        for name, model, suffix, landscape, pt, widths, outer, inner in jobs:
            docx = os.path.join(tmp, f"{name}.{suffix}.docx")
            build(model, docx, landscape, pt, widths, outer, inner)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(os.path.join(OUT, f"{name}.{suffix}.pdf"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
