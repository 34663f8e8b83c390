#!/usr/bin/python3
"""Portal catalogs laid out with blocks instead of a table, for corpus/published/portal2/, with their gold.

Newer portal templates print a catalog as a grid of blocks styled by CSS: a <div> per row and a <span> or
<div> per cell, or a <ul> whose <li> rows hold one <span> per column, with the header as a block of its own
above the rows and a pager below. The rows are those of two catalogs already in the corpus
(portal2/ly_zhufangbaozhang.html, portal/bd_shehuijiuzhu.html), so the gold is theirs under the new name:
what the page shows is the same catalog.
  * ly_zhufangbaozhang_grid.html: UTF-8, <div class="gk-table"> rows of <div> cells, header row first;
  * bd_shehuijiuzhu_list.html: GBK, navigation menus (<ul><li><a>) and footer link columns around a
    <ul class="list"> of <li><span> rows, the header a <div> of <span>s above the list, a pager after it.

    /usr/bin/python3 corpus/published/make/make_probe_blocks.py     (from the repository root)
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "portal2")

COLUMNS = [("序号", "seq"), ("一级事项", "category"), ("二级事项", "item"), ("公开内容", "content"), ("公开依据", "basis"),
           ("公开时限", "time_limit"), ("公开主体", "subject"), ("公开渠道和载体", "channels"), ("公开对象", "audience"),
           ("公开方式", "disclosure_mode"), ("公开层级", "levels")]


def cell(entry, key):
    v = entry.get(key)
    if v is None:
        return ""
    if isinstance(v, list):
        return "<br>".join(html.escape(x) for x in v)
    return html.escape(str(v))


def write(name, page, encoding, gold):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(page.encode(encoding))
    write_gold(gold, "portal2", name)


def grid_page():
    g = source("portal2/ly_zhufangbaozhang.html.json")
    head = "".join(f'<div class="gk-th">{c}</div>' for c, _ in COLUMNS)
    rows = "\n".join('<div class="gk-tr">' + "".join(f'<div class="gk-td">{cell(e, k)}</div>' for _, k in COLUMNS) + "</div>"
                     for e in g["entries"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{g['title']}_临邑县人民政府</title>
<style>.gk-tr{{display:grid;grid-template-columns:3em repeat(10,1fr)}} .gk-td,.gk-th{{border:1px solid #ddd;padding:4px}}</style></head>
<body><div class="header"><div class="logo">临邑县人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">政务服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 基层政务公开</div>
<div class="content"><h1 class="title">{g['title']}</h1><div class="info">发布日期：2023-11-02　来源：临邑县住房和城乡建设局</div>
<div class="gk-table"><div class="gk-tr gk-head">{head}</div>
{rows}
</div></div>
<div class="footer"><p>主办：临邑县人民政府办公室　网站标识码：3714240001</p></div></body></html>
"""
    write("ly_zhufangbaozhang_grid.html", page, "utf-8", g)


def list_page():
    g = source("portal/bd_shehuijiuzhu.html.json")
    head = "".join(f"<span>{c}</span>" for c, _ in COLUMNS)
    rows = "\n".join("<li>" + "".join(f"<span>{cell(e, k)}</span>" for _, k in COLUMNS) + "</li>" for e in g["entries"])
    links = "".join(f'<div class="col"><a href="http://{h}">{t}</a><a href="http://{h}/a">{t}门户</a><a href="http://{h}/b">{t}政务</a></div>'
                    for h, t in [("www.gov.cn", "中国政府网"), ("www.tj.gov.cn", "天津政务网"), ("www.baodi.gov.cn", "宝坻区政府")])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{g['title']}-天津市宝坻区人民政府</title></head>
<body><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 社会救助</div>
<h2>{g['title']}</h2>
<div class="list-head">{head}</div>
<ul class="list">
{rows}
</ul>
<div class="pager">共{len(g['entries'])}条　首页 上一页 1 下一页 尾页</div>
<div class="links">{links}</div>
<div class="foot">主办单位：天津市宝坻区人民政府办公室　津ICP备05004538号</div></body></html>
"""
    write("bd_shehuijiuzhu_list.html", page, "gb18030", g)


if __name__ == "__main__":
    grid_page()
    list_page()
