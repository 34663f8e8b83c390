#!/usr/bin/python3
"""A portal page whose ticks are pictures, for corpus/published/portal2/, with its gold.

Portal templates often draw the √ of 公开对象 / 公开方式 as an image (gou.png) with no alt text, or with alt="√".
The rows are those of portal/bd_shehuijiuzhu.html; the gold is theirs, limited to the printed columns.

    /usr/bin/python3 corpus/published/make/make_probe_imgticks.py     (from the repository root)
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "portal2")
KEEP = ["seq", "category", "item", "content", "time_limit", "deadline_days", "deadline_unit", "subject", "audience", "disclosure_mode"]


def main(name="bd_shehuijiuzhu_imgticks.html"):
    src = source("portal/bd_shehuijiuzhu.html.json")
    rows = []
    for i, e in enumerate(src["entries"]):
        # every other row's picture has alt text, as templates edited over the years do
        mark = '<img src="/images/gou.png" alt="√">' if i % 2 else '<img src="/images/gou.png" width="12">'
        chosen = ["全社会" in e["audience"], "特定群体" in e["audience"], "主动公开" in e["disclosure_mode"], "依申请公开" in e["disclosure_mode"]]
        cells = [str(e["seq"]), e["category"], e["item"], e["content"], e["time_limit"], e["subject"]]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
                    + "".join(f"<td align=center>{mark if c else '&nbsp;'}</td>" for c in chosen) + "</tr>")
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{src['title']}-天津市宝坻区人民政府</title></head>
<body><div class="pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 社会救助</div><h1>{src['title']}</h1>
<table border="1" cellspacing="0"><tr><th rowspan=2>序号</th><th rowspan=2>一级事项</th><th rowspan=2>二级事项</th><th rowspan=2>公开内容</th>
<th rowspan=2>公开时限</th><th rowspan=2>公开主体</th><th colspan=2>公开对象</th><th colspan=2>公开方式</th></tr>
<tr><th>全社会</th><th>特定群体</th><th>主动</th><th>依申请</th></tr>
{chr(10).join(rows)}
</table><div class="foot">主办单位：天津市宝坻区人民政府办公室</div></body></html>
"""
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(page.encode("gb18030"))
    write_gold(src, "portal2", name, KEEP)


if __name__ == "__main__":
    main()
