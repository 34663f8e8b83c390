#!/usr/bin/python3
"""A spreadsheet wider than its paper, printed to PDF, for corpus/published/office2/, with its gold.

A bureau keeps its catalog in Excel with wide, wrapped columns and exports it to PDF at 100 % without fitting it
to the page: the printer puts the columns that fit on a page, goes down the rows page by page, then prints the
next columns for the same rows ("down, then over", the default of Excel and Calc). The rows are those of two
catalogs already in the corpus (portal/bd_shehuijiuzhu.html, word/xczx_nanjiang.docx); the gold is theirs,
limited to the printed columns, under the new name.
  * bd_shehuijiuzhu_wide.pdf: A4 portrait, 9 rows on one page per slice, four slices of columns;
  * xczx_nanjiang_wide.pdf: A4 landscape, 24 rows over four pages per slice, three slices;
  * xczx_nanjiang_over.pdf: the same with the page order set to "over, then down" (each stretch of rows printed
    across its three slices before the next stretch).

    /usr/bin/python3 corpus/published/make/make_probe_wide.py [NAME...]   (from the repository root; needs soffice;
                                                                          names limit it to those files)
"""
import math
import os
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Side

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "office2")
COLUMNS = [("序号", "seq", 6), ("一级事项", "category", 16), ("二级事项", "item", 16), ("公开内容（要素）", "content", 40),
           ("公开依据", "basis", 40), ("公开时限", "time_limit", 24), ("公开主体", "subject", 16),
           ("公开渠道和载体", "channels", 16), ("公开对象", "audience", 16), ("公开方式", "disclosure_mode", 16)]
DERIVED = {"basis": ["laws"], "time_limit": ["deadline_days", "deadline_unit"]}
THIN = Side(style="thin")


def text(entry, key):
    v = entry.get(key)
    if v is None:
        return ""
    return "、".join(v) if isinstance(v, list) else str(v)


def make(source_rel, name, landscape, order=None):
    src = source(source_rel)
    keys = set().union(*[e.keys() for e in src["entries"]])
    cols = [c for c in COLUMNS if c[1] in keys]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws.append([src["title"]])
    ws.append([c[0] for c in cols])
    for e in src["entries"]:
        ws.append([e.get("seq") if k == "seq" else text(e, k) for _, k, _ in cols])
    for i, (_, _, width) in enumerate(cols):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = width
    for r in range(2, ws.max_row + 1):
        lines = 1
        for i, (_, _, width) in enumerate(cols):
            cell = ws.cell(r, i + 1)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            # Excel fits a wrapped row's height to its text when it is typed; a script must say it
            lines = max(lines, math.ceil(len(str(cell.value or "")) * 2.1 / max(width - 1, 1)))
        ws.row_dimensions[r].height = 15 * lines + 2
    if landscape:
        ws.page_setup.orientation = "landscape"
    if order:
        ws.page_setup.pageOrder = order
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = os.path.join(tmp, name.replace(".pdf", ".xlsx"))
        wb.save(xlsx)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", OUT, xlsx], check=True, stdout=subprocess.DEVNULL, timeout=180)
    keep = {k for _, k, _ in cols}
    for k, more in DERIVED.items():
        if k in keep:
            keep.update(more)
    write_gold(src, "office2", name, keep)


FILES = [("portal/bd_shehuijiuzhu.html.json", "bd_shehuijiuzhu_wide.pdf", False, None),
         ("word/xczx_nanjiang.docx.json", "xczx_nanjiang_wide.pdf", True, None),
         ("word/xczx_nanjiang.docx.json", "xczx_nanjiang_over.pdf", True, "overThenDown")]

if __name__ == "__main__":
    for source_rel, name, landscape, order in FILES:
        if len(sys.argv) == 1 or name in sys.argv[1:]:
            make(source_rel, name, landscape, order)
