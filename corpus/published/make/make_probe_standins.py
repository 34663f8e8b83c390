#!/usr/bin/python3
"""Portal pages whose channel checkboxes are typed or exported with look-alikes, for corpus/published/portal2/.

Real 标准目录 pages show both: 口 (kou) typed for □ ("■政府网站 口两微一端", 锡林浩特市), and a Word catalog's
Wingdings boxes pasted into the page without their font, so that the chosen box shows as the letter t
("t政府网站□政府公报", 巩留县). The rows are those of portal/xa_xiangshan_yiwujiaoyu.html; the gold is theirs.

    /usr/bin/python3 corpus/published/make/make_probe_standins.py     (from the repository root)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SOURCE = os.path.join(ROOT, "corpus", "published", "portal", "xa_xiangshan_yiwujiaoyu.html")
OUT = os.path.join(ROOT, "corpus", "published", "portal2")


def page():
    with open(SOURCE, "rb") as f:
        return f.read().decode("gb18030")


def write(name, text):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("gb18030"))
    write_gold(source("portal/xa_xiangshan_yiwujiaoyu.html.json"), "portal2", name)


def main():
    text = page()
    assert "□" in text and "■" in text
    write("xa_xiangshan_kou.html", text.replace("□", "口"))
    write("xa_xiangshan_wingdings.html", text.replace("■", '<font face="Wingdings">t</font>'))


if __name__ == "__main__":
    main()
