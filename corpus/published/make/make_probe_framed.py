#!/usr/bin/python3
"""Probe: a Word table set inside a bordered one-cell table together with its title (what Word makes of a portal
page pasted or saved as a document, whose layout table had a border), exported to PDF by LibreOffice, and saved as
legacy DOC (Word 97), where the catalog is a table nested in the frame's cell. In the PDF the outer cell has no
bottom padding, so the frame's bottom edge is the catalog table's own bottom line.

Built from corpus/published/pages3/csgl_tianmen.docx (make_probe_real3.py); its gold is that file's gold with the
new source. Run from the repository root (python3-docx, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_framed.py
"""
import copy
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

SOURCE = "csgl_tianmen"
NAME = "csgl_tianmen_framed"
PAGES3 = os.path.join(mw.ROOT, "corpus", "published", "pages3")
GOLD = os.path.join(mw.ROOT, "src", "test", "resources", "published-gold", "pages3")


def framed(src, dst):
    d = Document(src)
    body = d.element.body
    title, tbl = body.find(qn("w:p")), body.find(qn("w:tbl"))
    outer = d.add_table(rows=1, cols=1)
    outer.style = "Table Grid"
    tc = outer.cell(0, 0)._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    tc.append(copy.deepcopy(title))
    tc.append(copy.deepcopy(tbl))
    tc.append(OxmlElement("w:p"))   # a cell ends with a paragraph
    body.remove(tbl)
    body.remove(title)
    d.save(dst)


def main():
    tmp = tempfile.mkdtemp(prefix="make_probe_framed_")
    try:
        src = os.path.join(tmp, NAME + ".docx")
        framed(os.path.join(PAGES3, SOURCE + ".docx"), src)
        mw.soffice("pdf", src, PAGES3)
        mw.soffice("doc", src, PAGES3)
    finally:
        shutil.rmtree(tmp)
    with open(os.path.join(GOLD, SOURCE + ".pdf.json"), encoding="utf-8") as f:
        gold = json.load(f)
    for kind in ("pdf", "doc"):
        gold["source"] = NAME + "." + kind
        with open(os.path.join(GOLD, NAME + "." + kind + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
