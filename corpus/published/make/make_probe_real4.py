#!/usr/bin/python3
"""Blind probe, round 4: two more layouts seen on real pages, their rows in the wording of those pages (2026-12
search of stored pages; places and units real, rows rebuilt, not copied).

  sfj_huangshigang   an XLSX 政府信息主动公开事项目录 as a 区 posts every bureau's list (hnhs.gov.cn): 事项名称 BEFORE
                     事项类别, no 序号, 条款内容 (the cited article's words) beside 公开依据, 公开责任 naming offices,
                     deadlines that are dates (每年4月1日之前)
  bgs_keyouqianqi    a 旗 office's 主动公开事项目录 as an HTML page (kyqq.gov.cn): the title in the table's first row,
                     公开事项 over 一级 / 二级 / 三级事项 where most rows' 二级事项 spans the 三级 column too (colspan),
                     only ticked boxes printed (■政府网站 ■政府公报), 公开对象 ticks, 责任科室

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-openpyxl):
    /usr/bin/python3 corpus/published/make/make_probe_real4.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, td, text, TIAOLI  # noqa: E402

# ---------------------------------------------------------------- 1. 黄石港区司法局 (XLSX, 事项名称 before 事项类别)

HS_T20 = "信息形成或者变更之日起20个工作日内"
HS_ROWS = rows_of([
    ("年度报告", [
        dict(item="法治政府建设年度报告",
             content="上一年度推进法治政府建设的主要举措和成效、存在的不足和原因；下一年度推进法治政府建设的主要安排",
             basis="中共中央办公厅 国务院办公厅印发《法治政府建设与责任落实督察工作规定》第二十四条",
             extra={"条款内容": "每年4月1日之前，地方各级政府和县级以上政府部门的法治政府建设年度报告，除涉及党和国家秘密的，应当通过报刊、网站等新闻媒体向社会公开，接受人民群众监督。"},
             time_limit="每年4月1日之前"),
        dict(item="政府信息公开工作年度报告", content="本机关上一年度政府信息公开工作年度报告",
             basis=TIAOLI + "第四十九条",
             extra={"条款内容": "县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。"},
             time_limit="每年1月31日前"),
    ]),
    ("行政执法", [
        dict(item="行政执法结果", content="行政处罚、行政检查等执法决定信息",
             basis="《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》",
             extra={"条款内容": "行政执法决定信息在执法决定作出之日起20个工作日内向社会公布。"},
             time_limit="执法决定作出之日起7个工作日内", channels=["政府网站", "政务新媒体"], responsible=["执法监督科"]),
    ]),
    ("公共法律服务", [
        dict(item="人民调解", content="人民调解委员会名称、地址、联系方式，人民调解员名单",
             basis="《中华人民共和国人民调解法》", extra={"条款内容": "人民调解委员会应当有人数较多的民族的成员。"},
             time_limit=HS_T20, channels=["政府网站", "公共法律服务中心"], responsible=["基层工作科"]),
        dict(item="法律援助", content="法律援助申请条件、申请材料、办理流程、受理机构",
             basis="《中华人民共和国法律援助法》", extra={"条款内容": "法律援助机构应当向社会公布法律援助的申请条件和程序。"},
             time_limit=HS_T20, channels=["政府网站", "公共法律服务中心"], responsible=["法律援助中心", "办公室"]),
    ]),
], dict(channels=["政府网站"], responsible=["办公室"]))

HS = dict(
    name="sfj_huangshigang", font=10,
    title="黄石港区司法局政府信息主动公开事项目录",
    doc=dict(agency="黄石港区司法局", region={"province": "湖北省", "city": "黄石市", "county": "黄石港区"},
             level="county"),
    header=[(0, 0, 1, 1, "事项名称"), (0, 1, 1, 1, "事项类别"), (0, 2, 1, 1, "公开内容"), (0, 3, 1, 1, "公开依据"),
            (0, 4, 1, 1, "条款内容"), (0, 5, 1, 1, "公开渠道"), (0, 6, 1, 1, "公开时限"), (0, 7, 1, 1, "公开责任")],
    columns=[text("item"), text("category"), text("content"), text("basis"), lambda r: r["extra"]["条款内容"],
             lambda r: "、".join(r["channels"]), text("time_limit"), lambda r: "、".join(r["responsible"])],
    widths=[16, 10, 30, 30, 36, 14, 16, 12],
    merged=[], rows=HS_ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "channels", "responsible"],
)

# ---------------------------------------------------------------- 2. 科右前旗人民政府办公室 (HTML, 三级 column)

KQ_T20 = "信息产生或变更之日起20个工作日内公开"
KQ_S = "科右前旗人民政府办公室"
KQ_ROWS = rows_of([
    ("政策法规", [
        dict(item="行政规范性文件",
             content="1.部门印发的行政规范性文件；\n2.现行有效规范性文件目录包括文件名称、文号、单位名称等信息；\n3.规范性文件立改废情况。"),
    ]),
    ("文件及解读", [
        dict(item="政策文件", content="印发的除规范性文件以外的主动公开属性的政策类文件，包括标题、发布日期、文号、正文等信息。",
             channels=["政府网站", "政府公报"]),
        dict(item="政府文件", content="以政府、政府办公室名义印发的主动公开属性的文件，包括标题、发布日期、文号、正文等信息",
             channels=["政府网站", "政府公报"]),
        dict(item="政策解读", content="部门印发的政策性文件的解读材料等信息（所发布信息与政策文件双向关联）。",
             time_limit="与政策文件同步发布，时间跨度不超过5个工作日"),
    ]),
    ("重大决策预公开", [
        dict(item="重大决策预公开", third="意见征集",
             content="对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的重大事项，公开征求意见公告及所附的草案",
             time_limit="征求意见期限一般不少于30日", responsible="综合组、法制组"),
        dict(item="重大决策预公开", third="意见反馈", content="意见采纳情况及理由",
             time_limit="决策作出后20个工作日内", audience=["全社会", "特定群体"]),
    ]),
], dict(time_limit=KQ_T20, subject=KQ_S, channels=["政府网站"], audience=["全社会"], responsible="综合组"))

KQ = dict(
    name="bgs_keyouqianqi",
    title="科右前旗人民政府办公室主动公开事项目录",
    doc=dict(agency=KQ_S, region={"province": "内蒙古自治区", "city": "兴安盟", "county": "科尔沁右翼前旗"},
             level="county"),
    rows=KQ_ROWS,
    fields=["category", "item", "content", "time_limit", "subject", "channels", "audience", "responsible"],
)
for r in KQ_ROWS:
    r["responsible"] = r["responsible"].split("、")


def kq_page(path):
    rows = [
        "<tr>" + td(KQ["title"], cs=10) + "</tr>",
        "<tr>" + td("公开事项", cs=3) + td("公开内容（要素）", rs=2) + td("公开时限", rs=2) + td("公开主体", rs=2)
        + td("公开渠道和载体", rs=2) + td("公开对象", cs=2) + td("责任科室", rs=2) + "</tr>",
        "<tr>" + td("一级事项") + td("二级事项") + td("三级事项") + td("全社会") + td("特定群体") + "</tr>",
    ]
    groups = {}
    for r in KQ_ROWS:
        groups.setdefault(r["category"], []).append(r)
    for category, members in groups.items():
        items = {}
        for r in members:
            items.setdefault(r["item"], []).append(r)
        first_of_group = True
        for item, same in items.items():
            for k, r in enumerate(same):
                cells = []
                if first_of_group:
                    cells.append(td(category, rs=len(members)))
                    first_of_group = False
                if "third" in r:
                    if k == 0:
                        cells.append(td(item, rs=len(same)))
                    cells.append(td(r["third"]))
                else:
                    cells.append(td(item, cs=2))
                cells += [td(r["content"]), td(r["time_limit"]), td(r["subject"]),
                          td(" ".join("■" + c for c in r["channels"])),
                          td("√" if "全社会" in r["audience"] else ""), td("√" if "特定群体" in r["audience"] else ""),
                          td("、".join(r["responsible"]))]
                rows.append("<tr>" + "".join(cells) + "</tr>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{KQ["title"]}_科右前旗人民政府</title></head>
<body>
<div class="top">科右前旗人民政府 | 首页 | 政务公开 | 政务服务 | 互动交流</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法定主动公开内容</div>
<h2>{KQ["title"]}</h2>
<div class="info">发布时间：2025-04-08 来源：旗政府办公室 【字体：大 中 小】</div>
<table border="1" cellspacing="0" cellpadding="2">
{chr(10).join(rows)}
</table>
<div class="foot">主办：科右前旗人民政府办公室 蒙ICP备05000000号</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def main():
    out = mw.probe_dirs("pages3")
    mw.make_xlsx(HS, os.path.join(out, HS["name"] + ".xlsx"))
    mw.write_gold(HS, HS["name"] + ".xlsx")
    kq_page(os.path.join(out, KQ["name"] + ".html"))
    mw.write_gold(KQ, KQ["name"] + ".html")


if __name__ == "__main__":
    main()
