#!/usr/bin/python3
"""Blind probe, round 5: two 医疗保障 catalogs in layouts seen on real pages, their rows in the wording of those
pages (2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  yb_nanchuan   a 区 医疗保障局's 信息主动公开全清单 (cqnc.gov.cn): 公开事项 over bare 一级 / 二级, 公开内容和标准 as
                【bracketed elements】, 公开时限 BEFORE 公开依据, one 公开依据 cell merged over three rows and numbered
                (1.… 2.… 3.…), 更新频率 (1次/年, 实时更新), 责任科室. DOCX, exported to PDF by LibreOffice
  yb_shanghai   a city 医保局's 政务公开标准目录 page (ybj.sh.gov.cn): a heading naming no body (the site's name only in
                the page title), a 类别 column left of 一级 / 二级事项, the full box list with the ticked box left as þ
                (Wingdings exported to HTML), 公开主体 市医保局, 特定对象, levels 市级 / 区级 / 街镇级

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_real5.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, td, text, TIAOLI  # noqa: E402

# ---------------------------------------------------------------- 1. 南川区医疗保障局 (merged, numbered 公开依据)

NC_T = "信息形成或变更之日起20个工作日内"
NC_GK = ("1.《中华人民共和国政府信息公开条例》第四条、第十二条\n2.《中华人民共和国政府信息公开条例》第四十九条、第五十条\n"
         "3.《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）")
NC_ROWS = rows_of([
    ("政府信息公开管理", [
        dict(item="政府信息公开指南", content="【年份版本】【政府信息依申请公开】【政府信息公开工作机构】【监督保障】", basis=NC_GK,
             update_frequency="1次/年"),
        dict(item="政府信息公开年报", content="【总体情况】【主动公开政府信息情况】【收到和处理政府信息公开申请情况】【其他需要报告的事项】",
             basis=NC_GK, update_frequency="1次/年"),
        dict(item="政府信息主动公开全清单", content="【年份版本】【公开事项】【公开内容】【公开时限】【更新频率】【公开渠道】【责任科室】",
             basis=NC_GK, update_frequency="1次/年"),
    ]),
    ("机关简介", [
        dict(item="联系我们", content="【办公时间】【办公地址】【联系电话】【政府网站】", basis="《政府信息公开条例》第二十条"),
        dict(item="领导信息", content="【基本信息】【主管工作】【个人简历】", basis="《政府信息公开条例》第二十条"),
    ]),
    ("医保政策", [
        dict(item="异地就医", content="【异地就医备案条件】【备案方式】【报销政策】【经办流程】",
             basis="《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》",
             update_frequency="适时更新", responsible=["待遇保障科", "医保事务中心"]),
    ]),
], dict(time_limit=NC_T, update_frequency="实时更新", channels=["政府网站"], responsible=["办公室"]))
NC_ROWS[0]["basis"] = NC_ROWS[1]["basis"] = NC_ROWS[2]["basis"] = NC_GK.replace("\n", "")  # gold: breaks taken out

NC = dict(
    name="yb_nanchuan", landscape=True, font=8,
    title="重庆市南川区医疗保障局信息主动公开全清单",
    doc=dict(agency="重庆市南川区医疗保障局", region={"province": "重庆市", "county": "南川区"}, level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级"), (1, 2, 1, 1, "二级"),
            (0, 3, 2, 1, "公开内容和标准"), (0, 4, 2, 1, "公开时限"), (0, 5, 2, 1, "公开依据"), (0, 6, 2, 1, "更新频率"),
            (0, 7, 2, 1, "公开渠道"), (0, 8, 2, 1, "责任科室")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("time_limit"),
             lambda r: NC_GK if r["basis"] == NC_GK.replace("\n", "") else r["basis"], text("update_frequency"),
             lambda r: "、".join(r["channels"]), lambda r: "、".join(r["responsible"])],
    widths=[0.8, 2.0, 2.4, 5.2, 2.6, 6.4, 1.6, 1.6, 2.0],
    merged=[1, 5], rows=NC_ROWS,
    fields=["seq", "category", "item", "content", "time_limit", "basis", "update_frequency", "channels", "responsible"],
)

# ---------------------------------------------------------------- 2. 上海市医疗保障局 (类别 column, þ boxes)

SH_T = "自该政府信息形成或者变更之日起20个工作日内及时公开"
SH_BOXES = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查询点", "政务服务中心",
            "便民服务站", "入户/现场", "村居/企事业单位公示栏（电子屏）", "精准推送", "其他"]
SH_ROWS = rows_of([
    ("机构信息", [
        dict(item="机关简介",
             content="1. 机关名称 2. 门户网站 3. 办公地址 4. 办公时间 5. 联系方式（包括联系电话、传真号码、互联网联系方式等） 6. 邮政编码"),
        dict(item="机关职能", content="依据“三定”方案确定的本部门职责"),
        dict(item="机构设置", content="1.内设机构名称 2.主要职责"),
    ]),
    ("医保服务", [
        dict(domain="医疗保障", item="定点医药机构名单", content="本市医保定点医疗机构、定点零售药店名单",
             channels=["政府网站", "两微一端"], levels=["市级", "区级"]),
        dict(domain="医疗保障", item="医保待遇审核结果", content="特定对象医保待遇审核结果",
             audience=["特定群体"], mode=["依申请公开"], levels=["区级", "街镇级"], channels=["政府网站", "政务服务中心"]),
    ]),
], dict(domain="综合政务", basis=TIAOLI, time_limit=SH_T, subject="市医保局", channels=["政府网站"],
        audience=["全社会"], mode=["主动公开"], levels=["市级"]))

SH = dict(
    name="yb_shanghai",
    title="政务公开标准目录",  # the page's heading; the site's name (上海市医疗保障局) is in the page title
    doc=dict(agency="上海市医疗保障局", region={"province": "上海市"}, level="province"),
    rows=SH_ROWS,
    fields=["domain", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def sh_page(path):
    head = ("<tr>" + td("类别", rs=2) + td("公开事项", cs=2) + td("公开内容（要素）", rs=2) + td("公开依据", rs=2)
            + td("公开时限", rs=2) + td("公开主体", rs=2) + td("公开渠道和载体", rs=2) + td("公开对象", cs=2)
            + td("公开方式", cs=2) + td("公开层级", cs=3) + "</tr>\n<tr>" + td("一级事项") + td("二级事项") + td("全社会")
            + td("特定对象") + td("主动公开") + td("依申请公开") + td("市级") + td("区级") + td("街镇级") + "</tr>")
    body = []
    for r in SH_ROWS:
        boxes = " ".join(("þ " if b in r["channels"] else "□ ") + b for b in SH_BOXES)
        marks = [("全社会", "audience"), ("特定群体", "audience"), ("主动公开", "mode"), ("依申请公开", "mode"),
                 ("市级", "levels"), ("区级", "levels"), ("街镇级", "levels")]
        body.append("<tr>" + td(r["domain"]) + td(r["category"]) + td(r["item"]) + td(r["content"]) + td(r["basis"])
                    + td(r["time_limit"]) + td(r["subject"]) + td(boxes)
                    + "".join(td("√" if v in r[f] else "") for v, f in marks) + "</tr>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政务公开标准目录_上海市医疗保障局</title></head>
<body>
<div class="nav">上海市医疗保障局 首页 | 政务公开 | 办事服务 | 互动交流</div>
<div class="title">政务公开标准目录</div>
<div class="date">发布时间：2020-12-08</div>
<p>为进一步推进医疗保障领域政务公开标准化规范化工作，现将本局政务公开标准目录公布如下。</p>
<table border="1">
{head}
{chr(10).join(body)}
</table>
<div class="foot">主办单位：上海市医疗保障局 沪ICP备00000000号</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def main():
    out = mw.probe_dirs("pages3")
    tmp = tempfile.mkdtemp(prefix="make_probe_real5_")
    try:
        src = os.path.join(tmp, NC["name"] + ".docx")
        mw.make_docx(NC, src)
        mw.renditions(NC, src, out, ["docx", "pdf"])
    finally:
        shutil.rmtree(tmp)
    sh_page(os.path.join(out, SH["name"] + ".html"))
    mw.write_gold(SH, SH["name"] + ".html")


if __name__ == "__main__":
    main()
