#!/usr/bin/python3
"""An XLSX whose option columns are answered with words, for corpus/published/office2/, with its gold.

Some bureaus fill the sub-columns of 公开对象 (全社会 | 特定群体) and 公开方式 (主动 | 依申请) with 是 / 否 instead of
a tick. The rows are those of portal/bd_shehuijiuzhu.html; the gold is theirs, limited to the printed columns.

    /usr/bin/python3 corpus/published/make/make_probe_yesno.py     (from the repository root)
"""
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "office2")
KEEP = ["seq", "category", "item", "content", "time_limit", "deadline_days", "deadline_unit", "subject", "audience", "disclosure_mode"]


def main(name="bd_shehuijiuzhu_yesno.xlsx"):
    src = source("portal/bd_shehuijiuzhu.html.json")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公开目录"
    ws.append([src["title"]])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开主体", "公开对象", "", "公开方式", ""])
    ws.append(["", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请"])
    for col in "ABCDEF":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("G2:H2")
    ws.merge_cells("I2:J2")
    for e in src["entries"]:
        audience, mode = e.get("audience") or [], e.get("disclosure_mode") or []
        yes = lambda chosen: "是" if chosen else "否"  # noqa: E731
        ws.append([e["seq"], e["category"], e["item"], e["content"], e["time_limit"], e["subject"],
                   yes("全社会" in audience), yes("特定群体" in audience), yes("主动公开" in mode), yes("依申请公开" in mode)])
    wb.save(os.path.join(OUT, name))
    write_gold(src, "office2", name, KEEP)


if __name__ == "__main__":
    main()
