#!/usr/bin/python3
"""Blind probe, round 10: a 镇's 政务信息主动公开基本目录 page in the layout of a Hubei town's page (mirrored on
h40v.com.cn; rows in its wording, rebuilt, not copied).

  zwxx_baoanzhen   公开事项 over 一级目录 / 二级目录 / 三级目录 / 四级目录, most items naming two levels (二级 spanning the
                   三级 and 四级 columns), a single-level item spanning all four; 公开主体 and channels merged down a
                   group; 公开依据 and 公开时限 merged over two items; one item's 公开依据 continued over two more table
                   rows that hold nothing else; 网站所属栏目 as a path (政府信息公开平台—政策—规范性文件); the title in the
                   table's first row

Gold is written from the same rows, never from gkml's output. Run from the repository root:
    /usr/bin/python3 corpus/published/make/make_probe_real10.py [OUTDIR]
Without OUTDIR the file goes to corpus/published/pages3/ and its gold to src/test/resources/published-gold/pages3/.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import td  # noqa: E402

GK = "《政府信息公开条例》"
YJ = ("《政府信息公开条例》《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》"
      "《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》")
T20 = "信息形成或变更20个工作日内"
QA = ["《国务院办公厅关于印发2020年度政务公开工作要点的通知》", "《国务院办公厅关于印发2021年政务公开工作要点的通知》",
      "《省人民政府办公厅关于印发2021年湖北省政务公开工作要点的通知》"]

ROWS = [
    dict(category="政策", item="规范性文件", content="规范性文件，规范性文件清理结果", basis=YJ, time_limit=T20,
         web_column="政府信息公开平台—政策—规范性文件"),
    dict(category="政策", item="其他主动公开文件", content="非政策类的通知公告文件", basis=YJ, time_limit=T20,
         web_column="政府信息公开平台—政策—其他主动公开文件"),
    dict(category="政策", item="政策解读", content="含文字解读、发布会解读、图解等多种形式的解读，含解读单位、解读人、发布日期、正文、关联文件",
         basis="《政府信息公开条例》《重大行政决策程序暂行条例》", time_limit="关联规范性文件公开3个工作日内",
         web_column="政府信息公开平台—政策—政策解读"),
    dict(category="政策", item="政策问答", content="相关政策解答", basis="".join(QA), time_limit=T20,
         web_column="政府信息公开平台—政策—政策问答"),
    dict(category="政府信息公开指南", item="政府信息公开指南",
         content="政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、依申请公开方式等",
         basis=GK, time_limit=T20, web_column="政府信息公开平台—政府信息公开指南"),
    dict(category="机构职能", item="机构概况", content="镇人民政府职能、内设机构、办公地址、办公时间、联系电话", basis=GK,
         time_limit=T20, web_column="政府信息公开平台—机构职能—机构概况"),
    dict(category="机构职能", item="领导信息", content="领导姓名、职务、分工", basis=GK, time_limit=T20,
         web_column="政府信息公开平台—机构职能—领导信息"),
]
for r in ROWS:
    r.update(seq=None, subject="党政办", channels=["政府网站"], audience=["全社会"], mode=["主动公开"])

CAT = dict(
    name="zwxx_baoanzhen",
    title="保安镇人民政府政务信息主动公开基本目录",
    doc=dict(agency="保安镇人民政府"),
    rows=ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "web_column"],
)


def page(path):
    t = ['<tr>' + td(CAT["title"], cs=13) + '</tr>',
         '<tr>' + td("公开事项", cs=4) + td("公开内容（要素）", rs=2) + td("公开依据", rs=2) + td("公开时限", rs=2)
         + td("公开主体", rs=2) + td("公开渠道和载体", rs=2) + td("公开对象", cs=2) + td("公开方式", cs=2)
         + td("网站所属栏目", rs=2) + '</tr>',
         '<tr>' + td("一级目录") + td("二级目录") + td("三级目录") + td("四级目录") + td("全社会") + td("特定群众")
         + td("主动") + td("依申请公开") + '</tr>']
    ticks = td("√") + td("") + td("√") + td("")
    # the 政策 group: 6 table rows (政策问答's basis over three), 公开主体 and channels merged down all of them
    p = ROWS
    t.append('<tr>' + td("政策", rs=6) + td(p[0]["item"], cs=3) + td(p[0]["content"]) + td(YJ, rs=2) + td(T20, rs=2)
             + td("党政办", rs=6) + td("■政府网站", rs=6) + ticks + td(p[0]["web_column"]) + '</tr>')
    t.append('<tr>' + td(p[1]["item"], cs=3) + td(p[1]["content"]) + ticks + td(p[1]["web_column"]) + '</tr>')
    t.append('<tr>' + td(p[2]["item"], cs=3) + td(p[2]["content"]) + td(p[2]["basis"]) + td(p[2]["time_limit"])
             + ticks + td(p[2]["web_column"]) + '</tr>')
    t.append('<tr>' + td(p[3]["item"], cs=3, rs=3) + td(p[3]["content"], rs=3) + td(QA[0]) + td(T20, rs=3)
             + td("√", rs=3) + td("", rs=3) + td("√", rs=3) + td("", rs=3) + td(p[3]["web_column"], rs=3) + '</tr>')
    t.append('<tr>' + td(QA[1]) + '</tr>')
    t.append('<tr>' + td(QA[2]) + '</tr>')
    g = ROWS[4]
    t.append('<tr>' + td(g["item"], cs=4) + td(g["content"]) + td(GK) + td(T20) + td("党政办") + td("■政府网站")
             + ticks + td(g["web_column"]) + '</tr>')
    for k, r in enumerate(ROWS[5:]):
        first = td("机构职能", rs=2) if k == 0 else ""
        t.append('<tr>' + first + td(r["item"], cs=3) + td(r["content"]) + td(GK) + td(T20) + td("党政办")
                 + td("■政府网站") + ticks + td(r["web_column"]) + '</tr>')
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>保安镇人民政府政务信息主动公开基本目录_大冶市人民政府</title></head>
<body>
<div class="nav">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 基层政务公开标准目录</div>
<table border="1">
{chr(10).join(t)}
</table>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def main():
    out = mw.probe_dirs("pages3")
    page(os.path.join(out, CAT["name"] + ".html"))
    mw.write_gold(CAT, CAT["name"] + ".html")


if __name__ == "__main__":
    main()
