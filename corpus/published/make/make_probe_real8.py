#!/usr/bin/python3
"""Blind probe, round 8: three portal pages in layouts seen on real pages, their rows in the wording of those pages
(2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  gzw_guangdong     a province 国资委's 主动公开基本目录 (gzw.gd.gov.cn): 第一部分 概述 stating 责任主体 / 公开时限 /
                    公开方式 once; a table of 序号 | 公开类别及事项 over 一级栏目 / 二级栏目 | 公开内容 | 公开时限 |
                    公开方式 (naming channels) | 责任处室 | a last column with no label; one row naming a single-level
                    item across both 栏目 columns
  jd_jingtou        a 街道's 基层政务公开标准目录汇编 (hbxq.suqian.gov.cn): one table per 领域 under `（一）…领域基层政务
                    公开标准目录`; the first table's numbering kept from the standard it was cut from (21, 22); a 公开时限
                    that says 同上; only the ticked boxes printed, one a line; 负责管理的部门分别公开 as 公开主体
  whfw_xilinhaote   a 街道's 公共文化服务领域 page (xilinhaote.gov.cn): labels broken over lines (`公开⏎依据`); the
                    一级事项 `公共⏎服务` printed in the first row and merged over the rest; numbered elements one a line;
                    a 公开依据 whose first title lost its opening 《; channels named as places (文化机构门口, 公众号);
                    公开主体 各社区; levels 县级 / 乡镇

Gold is written from the same rows, never from gkml's output. Run from the repository root:
    /usr/bin/python3 corpus/published/make/make_probe_real8.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, td, TIAOLI  # noqa: E402

# ---------------------------------------------------------------- 1. 广东省国资委 (一级栏目 / 二级栏目, 公开方式 = channels)

GD_T = "自信息形成或变更之日起20个工作日内公开"
GD_ROWS = rows_of([
    ("组织机构", [
        dict(item="领导分工", content="委领导分工表"),
        dict(item="机构职能", content="委机关主要职责、内设机构及其职责", responsible=["人事处"]),
        dict(item="直属单位", content="直属单位名称、主要职责、联系方式", responsible=["人事处"]),
    ]),
    ("政策文件", [
        dict(item="法规规章", content="国有资产监督管理法律法规、规章", responsible=["政策法规处"]),
        dict(item="规范性文件", content="我委制发的规范性文件及其政策解读", channels=["委门户网站", "政务新媒体"],
             responsible=["政策法规处"]),
    ]),
    ("国资监管", [
        dict(item="国资统计", content="省属企业经济运行情况", time_limit="每季度结束后30日内",
             responsible=["统计评价处"]),
        dict(item="企业负责人薪酬", content="省属企业负责人年度薪酬情况", time_limit="按年度公开",
             responsible=["考核分配处"]),
    ]),
    ("财政预决算", [
        dict(item="部门预算", content="部门预算及“三公”经费预算", time_limit="批复后20日内", responsible=["财务处"]),
        dict(item="部门决算", content="部门决算及“三公”经费决算", time_limit="批复后20日内", responsible=["财务处"]),
    ]),
    ("政府信息公开指南", [
        dict(item="政府信息公开指南", content="政府信息公开指南全文"),
    ]),
], dict(time_limit=GD_T, channels=["委门户网站"], responsible=["办公室"]))

GD = dict(
    name="gzw_guangdong",
    title="广东省人民政府国有资产监督管理委员会主动公开基本目录",
    doc=dict(agency="广东省人民政府国有资产监督管理委员会", region={"province": "广东省"}, level="province"),
    rows=GD_ROWS,
    fields=["seq", "category", "item", "content", "time_limit", "channels", "responsible"],
)


def gd_page(path):
    head = ("<tr>" + td("序号", rs=2) + td("公开类别及事项", cs=2) + td("公开内容", rs=2) + td("公开时限", rs=2)
            + td("公开方式", rs=2) + td("责任处室", rs=2) + td("", rs=2) + "</tr>\n<tr>" + td("一级栏目")
            + td("二级栏目") + "</tr>")
    body, i = [], 0
    while i < len(GD_ROWS):
        r = GD_ROWS[i]
        run = 1
        while i + run < len(GD_ROWS) and GD_ROWS[i + run]["category"] == r["category"]:
            run += 1
        for k in range(run):
            row = GD_ROWS[i + k]
            cells = [td(str(row["seq"]))]
            if row["item"] == row["category"]:
                cells.append(td(row["item"], cs=2))
            else:
                if k == 0:
                    cells.append(td(row["category"], rs=run))
                cells.append(td(row["item"]))
            cells += [td(row["content"]), td(row["time_limit"]), td("、".join(row["channels"])),
                      td("、".join(row["responsible"])), td("")]
            body.append("<tr>" + "".join(cells) + "</tr>")
        i += run
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>广东省人民政府国有资产监督管理委员会主动公开基本目录</title></head>
<body>
<div class="nav">首页 &gt; 通知公告</div>
<h1>广东省人民政府国有资产监督管理委员会主动公开基本目录</h1>
<div class="info">发布时间：2019-12-06 来源：本网</div>
<p>第一部分 概述</p>
<p>为贯彻落实2019年新修订的{TIAOLI}（国务院令第711号）以及《广东省政府办公厅关于印发省级部门主动公开基本目录编制工作方案的通知》（粤办函〔2019〕142号）等有关文件要求，进一步提高我委主动公开的标准化、规范化水平，特制定本目录。</p>
<p>一、主要依据</p>
<p>（一）{TIAOLI}（国务院令第711号）；</p>
<p>（二）《广东省政府办公厅关于印发省级部门主动公开基本目录编制工作方案的通知》（粤办函〔2019〕142号）。</p>
<p>二、责任主体、公开时限、方式和监督渠道</p>
<p>（一）责任主体：广东省国资委。</p>
<p>（二）公开时限：政府信息形成或者变更之日起20个工作日内（法律法规对政府信息公开的期限另有规定的从其规定）。</p>
<p>（三）公开方式：委门户网站、政务新媒体（“广东国资”微信公众号）主动公开。</p>
<p>（四）监督渠道：通过委门户网站互动、电话监督。</p>
<p>第二部分 主动公开基本目录</p>
<table border="1">
{head}
{chr(10).join(body)}
</table>
<div class="foot">主办：广东省人民政府国有资产监督管理委员会 粤ICP备00000000号</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 2. 井头街道 (one table per 领域, 同上)

JT_T = "信息形成之日起20个工作日内"
JT_BIG = ["政府网站", "两微一端", "发布会听证会", "政务服务中心", "投资项目在线审批监管平台"]
JT_ROWS = rows_of([
    ("批准服务信息", [
        dict(domain="重大建设项目", seq=21, item="审批结果",
             content="项目建议书审批、可行性研究报告审批、初步设计文件审批结果",
             basis="《政府信息公开条例》、《关于推进重大建设项目批准和实施领域政府信息公开的意见》",
             subject="辖区政府和相关审批部门", channels=JT_BIG),
    ]),
    ("征收土地信息", [
        dict(domain="重大建设项目", seq=22, item="征收土地信息",
             content="征地告知书以及履行征地报批前程序的相关证明材料、建设项目用地呈报说明书、农用地转用方案、补充耕地方案、"
                     "征收土地方案、供地方案、征地批后实施中征地公告、征地补偿安置方案公告等",
             basis="《政府信息公开条例》、《关于全面推进政务公开工作意见》、《关于推进重大建设项目批准和实施领域政府信息公开的意见》",
             subject="辖区政府和相关审批部门", channels=JT_BIG),
    ]),
    ("工程建设项目招标投标信息", [
        dict(domain="公共资源交易", seq=1, item="审批核准信息",
             content="招标内容、招标范围、招标组织形式、招标方式、招标估算金额、招标事项审核或核准部门。"),
        dict(domain="公共资源交易", seq=2, item="资格预审公告",
             content="招标项目名称、内容、范围、规模、资金来源；投标资格能力要求，以及是否接受联合体投标；获取资格预审文件的时间、方式"),
        dict(domain="公共资源交易", seq=3, item="中标候选人公示",
             content="中标候选人排序、名称、投标报价、质量、工期（交货期），以及评标情况"),
    ]),
], dict(basis="《招标投标法实施条例》、《政府信息公开条例》、《国务院办公厅关于推进公共资源配置领域政府信息公开的意见》",
        time_limit=JT_T, subject="负责管理的部门分别公开", channels=["政府网站", "管理部门网站"],
        audience=["全社会"], mode=["主动公开"]))

JT = dict(
    name="jd_jingtou",
    title="井头街道办事处基层政务公开标准目录汇编",
    doc=dict(agency="井头街道办事处", region={"province": "江苏省", "city": "宿迁市"}),
    rows=JT_ROWS,
    fields=["seq", "domain", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode"],
)


def jt_table(rows):
    head = ("<tr>" + td("序号", rs=2) + td("公开事项", cs=2) + td("公开内容(要素)", rs=2) + td("公开依据", rs=2)
            + td("公开\n时限", rs=2) + td("公开\n主体", rs=2) + td("公开渠道和载体", rs=2) + td("公开对象", cs=2)
            + td("公开方式", cs=2) + "</tr>\n<tr>" + td("一级事项") + td("二级事项") + td("全社会") + td("特定\n群众")
            + td("主动") + td("依申请公开") + "</tr>")
    body = []
    for k, r in enumerate(rows):
        # the 同上 of the page: the second row of the first table repeats the time limit above it
        limit = "同上" if k > 0 and r["seq"] == 22 else r["time_limit"]
        body.append("<tr>" + td(str(r["seq"])) + td(r["category"]) + td(r["item"]) + td(r["content"])
                    + td(r["basis"]) + td(limit) + td(r["subject"]) + td("\n".join("■" + c for c in r["channels"]))
                    + td("√" if "全社会" in r["audience"] else "") + td("√" if "特定群体" in r["audience"] else "")
                    + td("√" if "主动公开" in r["mode"] else "") + td("√" if "依申请公开" in r["mode"] else "")
                    + "</tr>")
    return f'<table border="1">\n{head}\n' + "\n".join(body) + "\n</table>"


def jt_page(path):
    big = [r for r in JT_ROWS if r["domain"] == "重大建设项目"]
    trade = [r for r in JT_ROWS if r["domain"] == "公共资源交易"]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>井头街道办事处基层政务公开标准目录汇编_宿迁湖滨新区</title></head>
<body>
<div class="nav">您当前所在位置：首页 &gt; 基层政务公开标准目录</div>
<h2>井头街道办事处基层政务公开标准目录汇编</h2>
<p>（一）重大建设项目领域基层政务公开标准目录</p>
{jt_table(big)}
<p>（二）公共资源交易领域基层政务公开标准目录</p>
{jt_table(trade)}
<div class="foot">宿迁湖滨新区 版权所有</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 3. 锡林浩特市额尔敦街道 (公共文化服务)

WH_T = "信息形成或变更之日起20个工作日内公开"
WH_GK = "《中华人民共和国政府信息公开条例》、《文化馆服务标准》"
WH_ROWS = rows_of([
    ("公共服务", [
        dict(item="公共文化机构免费开放信息",
             content="1.机构名称;\n2.开放时间;\n3.机构地址;\n4.联系电话;\n5.临时停止开放信息。",
             basis="中华人民共和国公共文化服务保障法》、《中华人民共和国政府信息公开条例》、"
                   "《文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见》",
             laws=["中华人民共和国公共文化服务保障法", "中华人民共和国政府信息公开条例",
                   "文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见"],
             channels=["文化机构门口"]),
        dict(item="组织开展群众文化活动",
             content="1.机构名称;\n2.开放时间;\n3.机构地址;\n4.联系电话;\n5.临时停止活动信息。"),
        dict(item="下基层辅导、演出、展览和指导基层群众文化活动",
             content="1.活动时间;\n2.活动单位;\n3.活动地址;\n4.联系电话;\n5.临时停止活动信息。"),
        dict(item="举办各类展览、讲座信息",
             content="1.活动时间;\n2.活动单位;\n3.活动地址;\n4.联系电话;\n5.临时停止活动信息。",
             basis="《中华人民共和国政府信息公开条例》、《乡镇综合文化站管理办法》"),
    ]),
], dict(basis=WH_GK, time_limit=WH_T, subject="各社区", channels=["公众号"], audience=["全社会"],
        mode=["主动公开"], levels=["乡镇"]))

WH = dict(
    name="whfw_xilinhaote",
    title="公共文化服务领域基层政务公开标准目录",
    doc=dict(agency="额尔敦街道办事处",
             region={"province": "内蒙古自治区", "city": "锡林郭勒盟", "county": "锡林浩特市"}),
    rows=WH_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def wh_page(path):
    head = ("<tr>" + td("序号", rs=2) + td("公开事项", cs=2) + td("公开内容(要素)", rs=2) + td("公开\n依据", rs=2)
            + td("公开\n时限", rs=2) + td("公开\n主体", rs=2) + td("公开渠道和\n载体", rs=2) + td("公开对象", cs=2)
            + td("公开方式", cs=2) + td("公开层级", cs=2) + "</tr>\n<tr>" + td("一级\n事项") + td("二级\n事项")
            + td("全社会") + td("特定\n群众") + td("主动") + td("依申请") + td("县级") + td("乡镇") + "</tr>")
    body = []
    for k, r in enumerate(WH_ROWS):
        first = td("公共\n服务") if k == 0 else (td("公共\n服务", rs=len(WH_ROWS) - 1) if k == 1 else "")
        body.append("<tr>" + td(str(r["seq"])) + first + td(r["item"]) + td(r["content"]) + td(r["basis"])
                    + td(r["time_limit"]) + td(r["subject"]) + td("、".join(r["channels"]))
                    + td("√") + td("") + td("√") + td("") + td("") + td("√") + "</tr>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>标准目录-锡林浩特市人民政府</title></head>
<body>
<div class="banner">锡林浩特市基层政务公开平台</div>
<div class="nav">当前位置：首页 &gt; 部门基层政务公开 &gt; 额尔敦街道办事处 &gt; 标准目录</div>
<h3>标准目录</h3>
<p>公共文化服务领域基层政务公开标准目录</p>
<table border="1">
{head}
{chr(10).join(body)}
</table>
<div class="foot">主办：锡林浩特市人民政府办公室</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def main():
    out = mw.probe_dirs("pages3")
    gd_page(os.path.join(out, GD["name"] + ".html"))
    mw.write_gold(GD, GD["name"] + ".html")
    jt_page(os.path.join(out, JT["name"] + ".html"))
    mw.write_gold(JT, JT["name"] + ".html")
    wh_page(os.path.join(out, WH["name"] + ".html"))
    mw.write_gold(WH, WH["name"] + ".html")
    fix_laws(WH, WH["name"] + ".html")


def fix_laws(cat, filename):
    """Rows that say their laws themselves (a title that lost its opening 《 is still a title to a reader)."""
    path = os.path.join(mw.GOLD, filename + ".json")
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    for e, r in zip(g["entries"], cat["rows"]):
        if "laws" in r:
            e["laws"] = r["laws"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
