#!/usr/bin/python3
"""Probe catalogs: a Word table exported to PDF with the features real bureau Word files have, one feature a file.
The rows are those of corpus/published/make/make_word.py (its catalogs, as a careful reader sees them); each
file is drawn from them with python-docx, exported by `soffice --convert-to pdf`, and its gold is written from
the same rows, never from gkml's output.

  shjz_shiyang_rowbreak     rows that break across a page boundary (Word's default "allow row to break across
                            pages"), header not repeated: a row's cells continue at the top of the next page
  wsjk_hanyin_vertical      sub-column header cells (公开对象 / 公开方式) with vertical text direction (btLr, tbRlV)
  xczx_nanjiang_pagefooter  a running title in the page header and "第 N 页 共 M 页" in the footer of every page
  hjgl_ningyang_seal        a signature / date block under the table with a red round seal image overlapping it
  ggflfw_sanmen_notice      a portrait first page with the notice, then a landscape section holding the table

Needs python3-docx, LibreOffice (soffice) and ImageMagick (convert). Run from the repository root:
    /usr/bin/python3 corpus/published/make/make_probe_pdf.py [OUTDIR] [--gold-only]
Without OUTDIR the PDFs go to corpus/published/word/ (only those listed in KEEP) and gold to
src/test/resources/published-gold/word/.
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import qn, nsdecls  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

KEEP = ["xczx_nanjiang_pagefooter", "wsjk_hanyin_vertical", "ggflfw_sanmen_notice"]  # exposed a fix, pass after it


def font(run, size, bold=False):
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "宋体"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def para(container, text, size=12, bold=False, align=None, indent=False):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    font(p.add_run(text), size, bold)
    return p


def field(paragraph, instr, size):
    """A Word field (PAGE, NUMPAGES) as fldChar begin / instrText / separate / result / end."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("result", "1"), ("end", None)):
        r = paragraph.add_run()
        font(r, size)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " " + text + " "
            r._r.append(el)
        elif kind == "result":
            r.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)


def header_cells(table, labels):
    for row in table.rows[:2]:
        for cell in row.cells:
            if cell.text.strip() in labels:
                yield cell


# ---------------------------------------------------------------- variants (each edits the saved DOCX)

def rowbreak(doc, cat):
    # nothing to add: Word's (and Writer's) default lets a row break across pages; no header repeat
    pass


def vertical(doc, cat):
    table = doc.tables[0]
    seen = set()
    for cell in header_cells(table, {"全社会", "特定群体", "主动", "依申请"}):
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        tcPr = cell._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "btLr" if cell.text in ("全社会", "特定群体") else "tbRlV")
        tcPr.append(td)
    # vertical labels need a tall header row
    for row in table.rows[1:2]:
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), "1077")  # 1.9 cm in twips
        trPr.append(h)


def pagehead(doc, cat):
    sec = doc.sections[0]
    sec.header_distance = Cm(0.6)
    sec.footer_distance = Cm(0.6)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(hp.add_run(cat["title"]), 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), 9)
    field(fp, "PAGE", 9)
    font(fp.add_run(" 页 共 "), 9)
    field(fp, "NUMPAGES", 9)
    font(fp.add_run(" 页"), 9)


SEAL_EMU = 1260000  # 3.5 cm


def seal_png(path):
    # a red ring with a star, the name set on an arc along the top
    subprocess.run([
        "convert", "-size", "400x400", "xc:none", "-fill", "none", "-stroke", "#e00000", "-strokewidth", "12",
        "-draw", "circle 200,200 200,14", "-fill", "#e00000", "-stroke", "none",
        "-draw", "polygon 200,150 212,186 250,186 219,208 231,244 200,222 169,244 181,208 150,186 188,186",
        path], check=True)
    text = path + ".text.png"
    subprocess.run(["convert", "-background", "none", "-fill", "#e00000", "-font", "Noto-Sans-CJK-SC",
                    "-pointsize", "46", "label:某某县人民政府", "-distort", "Arc", "250", text], check=True)
    subprocess.run(["convert", path, text, "-gravity", "north", "-geometry", "+0+38", "-composite", path],
                   check=True)
    os.remove(text)


def seal(doc, cat, tmp):
    png = os.path.join(tmp, "seal.png")
    seal_png(png)
    para(doc, "", 12)
    sign = para(doc, cat["doc"].get("agency") or "某某县人民政府", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2023年6月12日", 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # a floating picture over the signature (in front of the text), as a scanned seal is placed in Word
    run = sign.add_run()
    run.add_picture(png, width=Cm(3.5))
    inline = run._r.find(".//" + qn("wp:inline"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-600000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="10" name="seal"/><wp:cNvGraphicFramePr/></wp:anchor>'
        % (nsdecls("wp", "a", "pic", "r"), SEAL_EMU, SEAL_EMU))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


NOTICE = [
    "各乡镇人民政府、街道办事处，县级有关部门：",
    "为贯彻落实《中华人民共和国政府信息公开条例》和国务院办公厅关于全面推进基层政务公开标准化规范化工作的部署，"
    "结合我县实际，我局编制了{title}，现印发给你们，请结合工作实际认真抓好落实。",
    "附件：{title}",
]


def sections(doc, cat):
    """The notice on a portrait first page; the catalog (title and table) in a landscape section after it."""
    body = doc.element.body
    first = body[0]  # the catalog's title paragraph
    agency = cat["doc"].get("agency") or "某某县人民政府"
    items = [("关于印发{title}的通知".format(title="《" + cat["title"] + "》"), 16, True, WD_ALIGN_PARAGRAPH.CENTER, False)]
    for line in NOTICE:
        items.append((line.format(title="《" + cat["title"] + "》"), 12, False, None, not line.startswith("各")))
    items += [("", 12, False, None, False), (agency, 12, False, WD_ALIGN_PARAGRAPH.RIGHT, False),
              ("2021年8月10日", 12, False, WD_ALIGN_PARAGRAPH.RIGHT, False)]
    for text, size, bold, align, indent in items:
        p = para(doc, text, size, bold, align, indent)
        first.addprevious(p._p)
    # the section break closing page 1: a sectPr in the last notice paragraph, portrait A4
    landscape = doc.sections[0]
    sect = copy.deepcopy(landscape._sectPr)
    for el in sect.findall(qn("w:type")):
        sect.remove(el)
    pg = sect.find(qn("w:pgSz"))
    pg.set(qn("w:w"), str(11906))
    pg.set(qn("w:h"), str(16838))
    if pg.get(qn("w:orient")) is not None:
        del pg.attrib[qn("w:orient")]
    last_notice = first.getprevious()
    last_notice.get_or_add_pPr().append(sect)
    t = OxmlElement("w:type")
    t.set(qn("w:val"), "nextPage")
    landscape._sectPr.insert(0, t)


def rows_cat(base, name, **over):
    cat = copy.deepcopy(base)
    cat["name"] = name
    cat["kinds"] = ["pdf"]
    cat.update(over)
    return cat


VARIANTS = [
    (rows_cat(mw.SJ, "shjz_shiyang_rowbreak", font=10.5), rowbreak),
    (rows_cat(mw.WS, "wsjk_hanyin_vertical"), vertical),
    (rows_cat(mw.XC, "xczx_nanjiang_pagefooter"), pagehead),
    (rows_cat(mw.HJ, "hjgl_ningyang_seal"), seal),
    (rows_cat(mw.FL, "ggflfw_sanmen_notice"), sections),
]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else mw.OUT
    keep = None if args else set(KEEP)
    gold_only = "--gold-only" in sys.argv
    tmp = tempfile.mkdtemp(prefix="make_probe_pdf_")
    try:
        for cat, edit in VARIANTS:
            name = cat["name"]
            if keep is not None and name not in keep:
                continue
            if not args:
                mw.write_gold(cat, name + ".pdf")
            if gold_only:
                continue
            src = os.path.join(tmp, name + ".docx")
            mw.make_docx(cat, src)
            doc = Document(src)
            if edit is seal:
                edit(doc, cat, tmp)
            else:
                edit(doc, cat)
            doc.save(src)
            os.makedirs(out, exist_ok=True)
            mw.soffice("pdf", src, out)
            if args:  # a probe run: gold beside the files
                g = os.path.join(out, "gold")
                os.makedirs(g, exist_ok=True)
                saved = mw.GOLD
                mw.GOLD = g
                mw.write_gold(cat, name + ".pdf")
                mw.GOLD = saved
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
