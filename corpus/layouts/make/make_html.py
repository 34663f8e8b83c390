#!/usr/bin/env python3
"""Writes the Word-text unseen layouts (a1-a3) as HTML tables that reproduce their layout, the masters
LibreOffice turns into DOCX/DOC/XLSX/PDF (see convert.sh). Same approach as
corpus/renditions/make/make_html.py, whose Cell and render it reuses.

The cells are read from the text export (a cell starts with a tab, a blank line ends a row). Header rows:
the first header row's cells span the columns named in COLSPANS; a cell left empty under a first-row cell
is a rowspan of 2. Body: an empty cell in a MERGES column is a vertical merge with the cell above, as long
as the column it depends on (its parent, e.g. 一级事项 inside 领域) was merged too in that row.

Usage: python3 make_html.py LAYOUT_DIR OUT_DIR [--check GOLD_DIR]
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "renditions", "make"))
from make_html import Cell, render  # noqa: E402

COLSPANS = {"公开事项": 2, "公开对象": 2, "公开方式": 2, "公开层级": 2, "所属“五公开”类型": 5}

# file prefix -> (header row count, {merged column: parent column or None}, {gold key: column})
LAYOUTS = {
    "a1_": (1, {}, {"seq": 0, "item": 1, "content": 2, "basis": 3, "time_limit": 4}),
    "a2_": (2, {1: None, 2: 1, 5: 2}, {"seq": 0, "category": 2, "item": 3, "content": 4, "basis": 5,
                                         "time_limit": 6, "subject": 7}),
    "a3_": (2, {0: None, 1: 0}, {"seq": 0, "category": 1, "item": 2, "content": 3, "basis": 4, "time_limit": 5}),
}


def read_word_text(path):
    """(lines before the table, rows of cell texts, lines after the table)."""
    before, rows, after = [], [], []
    for block in re.split(r"\n *\n", open(path, encoding="utf-8").read()):
        lines = block.split("\n")
        if lines and lines[0].startswith("\t"):
            cells = []
            for line in lines:
                if line.startswith("\t"):
                    cells.append([line[1:]])
                elif cells and line.strip():
                    cells[-1].append(line)
            rows.append(["\n".join(c).strip() for c in cells])
        else:
            (after if rows else before).extend(l.strip() for l in lines if l.strip())
    return before, rows, after


def header_cells(first, second):
    top, bottom, col = [], [], 0
    for text in first:
        if not second:
            top.append(Cell(text, header=True))
            continue
        span = COLSPANS.get(text, 1)
        if span == 1 and not second[col]:
            top.append(Cell(text, rowspan=2, header=True))
        else:
            top.append(Cell(text, colspan=span, header=True))
            bottom += [Cell(t, header=True) for t in second[col:col + span]]
        col += span
    return [top, bottom] if second else [top]


def merge_down(rows, merges):
    grid = [[Cell(t) for t in r] for r in rows]
    anchor = {}
    for r, row in enumerate(grid):
        merged = set()
        for c in sorted(merges, key=lambda c: (merges[c] is not None, c)):
            parent = merges[c]
            if r and not row[c].text and (parent is None or parent in merged):
                anchor[c].rowspan += 1
                merged.add(c)
            else:
                anchor[c] = row[c]
        for c in merged:
            row[c] = None
    return [[cell for cell in row if cell is not None] for row in grid]


def document(path, header_count, merges):
    before, rows, after = read_word_text(path)
    head, body = rows[:header_count], rows[header_count:]
    return {"title": before[0], "preamble": before[1:],
            "header": header_cells(head[0], head[1] if header_count > 1 else None),
            "body": merge_down(body, merges), "notes": after}, body


def check(name, body, merges, columns, gold_dir):
    """Fills the merges back down and compares text columns with the gold."""
    filled = [list(r) for r in body]
    for i, row in enumerate(filled[1:], 1):
        for c in sorted(merges, key=lambda c: (merges[c] is not None, c)):
            if not row[c] and (merges[c] is None or not body[i][merges[c]]):
                row[c] = filled[i - 1][c]
    gold = json.load(open(os.path.join(gold_dir, name + ".json"), encoding="utf-8"))["entries"]
    bad = 0 if len(gold) == len(filled) else 1
    for row, g in zip(filled, gold):
        for key, c in columns.items():
            want = re.sub(r"\s", "", str(g.get(key) or ""))
            if re.sub(r"\s", "", row[c]) != want:
                bad += 1
                print(f"{name} seq {g.get('seq')} {key}: have {row[c]!r} want {want!r}")
    print(f"{name}: {len(filled)} rows checked, {bad} differences")


def main():
    src, out = sys.argv[1], sys.argv[2]
    gold = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--check" else None
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        layout = next((v for k, v in LAYOUTS.items() if name.startswith(k) and name.endswith(".txt")), None)
        if layout is None:
            continue
        header_count, merges, columns = layout
        doc, body = document(os.path.join(src, name), header_count, merges)
        with open(os.path.join(out, name[:-4] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(doc, 9))
        if gold:
            check(name, body, merges, columns, gold)


if __name__ == "__main__":
    main()
