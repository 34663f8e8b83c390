#!/usr/bin/python3
"""Blind probe pages4 (helper probe7): five catalogs in layouts seen on real pages and not yet in the corpus, their
rows in the wording of those pages (2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  zfxx_sanjiao      a 镇's 主动公开基本目录 as Guangdong towns publish it (中山市三角镇): a 第一部分 概述 naming the
                    责任主体, 公开时限, 公开方式 and 监督渠道 once for the whole list, then 第二部分 with a table of
                    序号 | 政府信息公开类别及事项 (over 一级 / 二级) | 公开内容 | 责任单位 only. DOCX, exported to PDF
  jtys_xiushan      a county 交通局's page of the city's 交通运输领域基层政务公开标准目录 (cqxs.gov.cn): one 公开事项
                    column merged over a group, 公开内容 naming the item, a 网站对应栏目 column of paths
                    (…>农村公路建设>办事指南), the whole box list padded with spaces into two columns a line, 社区/企事业
                    单位、村公示栏(电子屏), levels 市级 / 县级 / 乡镇. UTF-8 portal page
  zwxx_baoan        a 镇's 政务信息主动公开基本目录 (大冶市保安镇, mirrored on h40v.com.cn): no 序号, 公开事项 over
                    一级目录 … 四级目录 (most 二级 spanning 三级 and 四级), 公开依据 one law a row where an entry has
                    several (the entry's other cells merged over those rows), 公开时限 / 公开主体 / 渠道 merged over
                    runs of entries, 特定群众, a 网站所属栏目 column (政府信息公开平台—政策—规范性文件). XLSX, and the
                    same saved as XLS by LibreOffice
  snzj_nieqiao      a 镇's 涉农资金领域基层政务公开标准目录 (dean.gov.cn): no place in the title, one 公开事项 column,
                    the full box list on one line with uneven spacing (`■公开查阅点□行政服务中心`), one level column
                    (乡级) under 公开层级. Legacy DOC and PDF (from the DOCX)
  bgs_huangshi      a city's 主动公开事项目录 page (huangshi.gov.cn): no 序号, 一级事项 repeated on every row, 公开依据
                    quoting the article, 公开时长 (长期，最新有效 / 任期内), 公开范围 and 公开方式 written as words, 公开渠道
                    `政府 网站` broken by the page. GBK portal page

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
python3-openpyxl, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_p7.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages4/ and their gold to src/test/resources/published-gold/pages4/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, TIAOLI  # noqa: E402
from docx.shared import Cm  # noqa: E402

PROFILE = "file:///tmp/make_probe_p7/lo"


def soffice(target, src, outdir):
    """make_word.soffice with a private LibreOffice profile (several sessions share the machine)."""
    for _ in (1, 2):
        done = subprocess.run(["timeout", "180", "soffice", "-env:UserInstallation=" + PROFILE, "--headless",
                               "--convert-to", target, "--outdir", outdir, src],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode == 0:
            return
    raise RuntimeError("soffice could not convert " + src + " to " + target)


def gold_channels(cat):
    """Channel names in gold without a trailing remark in half- or full-width brackets (gold README)."""
    for r in cat["rows"]:
        if r.get("channels") is not None:
            r["channels"] = [re.sub(r"[（(][^（）()]*[）)]$", "", c) for c in r["channels"]]


def fix_widths(table, widths):
    table.autofit = False
    for c, w in enumerate(widths):
        table._tbl.tblGrid.gridCol_lst[c].w = Cm(w)
        for row in table.rows:
            row.cells[c].width = Cm(w)


def runs(values):
    """(start, length) of runs of equal values."""
    out, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            out.append((start, i - start))
            start = i
    return out


# ---------------------------------------------------------------- 1. 中山市三角镇人民政府 (概述 + 4-column table)

SJ_ROWS = rows_of([
    ("机构介绍", [
        dict(item="机构设置", content="部门职能、办公地址、办公时间、办公电话等。", responsible=["党政综合办公室"]),
        dict(item="领导分工", content="领导简介、个人分工等。", responsible=["党建工作办公室", "党政综合办公室"]),
    ]),
    ("政府信息公开", [
        dict(item="公开指南", content="镇信息公开工作机构名称、办公地址、办公时间、联系方式；接收信息公开申请的方式、途径等。"),
        dict(item="公开目录", content="政府信息公开目录内容。"),
        dict(item="公开报告", content="每年度的政府信息公开工作报告。"),
    ]),
    ("镇街文件", [
        dict(item="政府规范性文件", content="本镇制定的规范性文件，配套有解读文件的，一并公开。",
             responsible=["制定规范性文件的部门"]),
        dict(item="其他文件", content="本级制定的应当予以公开的其他有关文件。", responsible=["制定文件的部门"]),
    ]),
    ("规划计划", [
        dict(item="规划计划", content="镇相关规划、年度工作计划及总结。", responsible=["经济发展和统计办公室"]),
    ]),
    ("财政信息", [
        dict(item="财政预决算", content="镇财政预算、决算报告，“三公”经费预算、决算情况。", responsible=["财政结算中心"]),
        dict(item="政府采购", content="政府集中采购项目的目录、标准及实施情况。", responsible=["财政结算中心", "公共资源交易中心"]),
    ]),
], dict(responsible=["党政综合办公室"]))

SJ = dict(
    name="zfxx_sanjiao", landscape=False,
    title="中山市三角镇人民政府主动公开基本目录",
    doc=dict(agency="中山市三角镇人民政府", region={"province": "广东省", "city": "中山市"}),
    rows=SJ_ROWS,
    fields=["seq", "category", "item", "content", "responsible"],
)
SJ_PREFACE = [
    ("第一部分  概述", True),
    ("一、主要依据", True),
    ("（一）《中华人民共和国政府信息公开条例》；", False),
    ("（二）国务院办公厅《关于全面推进政务公开工作的意见》、《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》；",
     False),
    ("（三）中山市政府信息公开有关规定。", False),
    ("二、责任主体、公开时限、方式和监督渠道", True),
    ("（一）责任主体：三角镇人民政府", False),
    ("（二）公开时限：政府信息形成或者变更之日起20个工作日内及时公开（法律、法规、政策文件对政府信息公开的期限另有规定的，从其规定）。",
     False),
    ("（三）公开方式：镇门户网站、政务新媒体（三角发布）主动公开。", False),
    ("（四）监督渠道：通过中山市人民政府门户网站交流平台，电话（0760-85547388）。", False),
    ("第二部分  主动公开基本目录", True),
]


def sj_docx(path):
    doc = mw.new_document(SJ)
    mw.add_heading(doc, SJ["title"], 16)
    for line, bold in SJ_PREFACE:
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = mw.Pt(11)
        run.font.name = "仿宋"
        run._element.rPr.rFonts.set(mw.qn("w:eastAsia"), "仿宋")
    n = len(SJ_ROWS)
    table = doc.add_table(rows=2 + n, cols=5)
    table.style = "Table Grid"
    size = 9

    def put(r, c, value, rs=1, cs=1, bold=False):
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        mw.put(cell, value, size, bold=bold, center=len(value) <= 8)

    put(0, 0, "序号", rs=2, bold=True)
    put(0, 1, "政府信息公开类别及事项", cs=2, bold=True)
    put(1, 1, "一级", bold=True)
    put(1, 2, "二级", bold=True)
    put(0, 3, "公开内容", rs=2, bold=True)
    put(0, 4, "责任单位", rs=2, bold=True)
    for i, r in enumerate(SJ_ROWS):
        put(2 + i, 0, str(r["seq"]))
        put(2 + i, 2, r["item"])
        put(2 + i, 3, r["content"])
        put(2 + i, 4, "、".join(r["responsible"]))
    for start, length in runs([r["category"] for r in SJ_ROWS]):
        put(2 + start, 1, SJ_ROWS[start]["category"], rs=length)
    fix_widths(table, [1.1, 2.6, 3.0, 7.4, 3.9])
    doc.save(path)


# ---------------------------------------------------------------- 2. 秀山县交通局: 重庆市交通运输领域…标准目录 (HTML)

XS_BOXES = ["政府网站", "政府公报", "两微一端", "发布会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
            "便民服务站", "入户/现场", "社区/企事业单位、村公示栏(电子屏)", "精准推送", "其他"]
XS_GUIDE = "《交通运输部办公厅关于印发〈交通运输领域基层政务公开标准指引〉的通知》（交办办〔2021〕75号）"
XS_T20 = "信息形成或变更之日起20个工作日内"
XS_S = "区县交通主管部门"
XS_COL = "交通运输领域基层政务公开>"
XS_ROWS = rows_of([
    ("公路水运工程基础设施", [
        dict(content="农村公路建设计划和补助政策信息", web_column=XS_COL + "农村公路建设>建设计划和补助政策",
             time_limit="接到申请之日起20个工作日内", channels=["其他"], audience=["特定群体"], mode=["依申请公开"]),
        dict(content="农村公路项目设计文件审批、竣工验收等行政许可事项的办理指南和办理结果",
             web_column=XS_COL + "农村公路建设>办事指南", basis="《重庆市农村公路建设管理办法》",
             channels=["政府网站", "公开查阅点"]),
        dict(content="水运建设项目设计文件审批、竣工验收等行政许可事项的办理指南和办理结果",
             web_column=XS_COL + "水运建设>办事指南", basis="《重庆市水运工程建设管理办法》",
             channels=["政府网站", "公开查阅点"]),
    ]),
    ("道路运输", [
        dict(content="道路旅客运输经营许可的办事指南和办理结果", web_column=XS_COL + "道路运输>行政许可",
             basis="《中华人民共和国道路运输条例》", channels=["政府网站", "政务服务中心"]),
        dict(content="巡游出租汽车经营许可的办事指南和办理结果", web_column=XS_COL + "道路运输>行政许可",
             basis="《巡游出租汽车经营服务管理规定》", channels=["政府网站", "政务服务中心"]),
        dict(content="道路运输违法行为行政处罚结果", web_column=XS_COL + "道路运输>行政处罚",
             basis="《中华人民共和国行政处罚法》《重庆市道路运输管理条例》", time_limit="行政处罚决定作出之日起7个工作日内",
             levels=["县级"]),
    ]),
    ("综合交通运输", [
        dict(content="农村客运班线开通、调整、停运等服务信息", web_column=XS_COL + "农村客运>服务信息",
             basis="《城市公共汽车和电车客运管理规定》",
             channels=["政府网站", "两微一端", "社区/企事业单位、村公示栏(电子屏)"], levels=["县级", "乡镇"]),
    ]),
], dict(basis=XS_GUIDE, time_limit=XS_T20, subject=XS_S, channels=["政府网站"], audience=["全社会"],
        mode=["主动公开"], levels=["县级"]))

XS = dict(
    name="jtys_xiushan",
    title="重庆市交通运输领域基层政务公开标准目录",
    doc=dict(),
    rows=XS_ROWS,
    fields=["seq", "category", "content", "web_column", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def xs_boxes(row):
    lines = []
    for i in range(0, len(XS_BOXES), 2):
        pair = [("■" if b in row["channels"] else "□") + b for b in XS_BOXES[i:i + 2]]
        if len(pair) == 1:
            lines.append(pair[0])
        else:
            # the page pads the first of a pair with spaces so that the second starts under the one above
            gap = 26 if len(pair[1]) > 10 else max(1, 9 - len(pair[0]))
            lines.append(pair[0] + " " * gap + pair[1])
    return lines


def xs_page(path):
    def td(value, rs=1, cs=1, lines=None):
        attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        if lines is not None:
            body = "<br>\n".join(html.escape(l).replace("  ", "&nbsp; ") for l in lines)
        else:
            body = html.escape(value)
        return f'<td{attrs} valign="middle"><p style="text-align:left">{body}</p></td>'

    head = ("<tr>" + td("序号", rs=2) + td("公开事项", rs=2) + td("公开内容", rs=2) + td("网站对应栏目", rs=2)
            + td("公开依据", rs=2) + td("公开时限", rs=2) + td("公开主体", rs=2) + td("公开渠道和载体", rs=2)
            + td("公开对象", cs=2) + td("公开方式", cs=2) + td("公开层级", cs=3) + "</tr>\n<tr>"
            + "".join(td(x) for x in ("全社会", "特定群体", "主动", "依申请公开", "市级", "县级", "乡镇")) + "</tr>")
    body = []
    group_runs = dict(runs([r["category"] for r in XS_ROWS]))
    for i, r in enumerate(XS_ROWS):
        cells = [td(str(r["seq"]))]
        if i in group_runs:
            cells.append(td(r["category"], rs=group_runs[i]))
        cells += [td(r["content"]), td(r["web_column"]), td(r["basis"]), td(r["time_limit"]), td(r["subject"]),
                  td("", lines=xs_boxes(r))]
        cells += [td("√" if v in r[f] else "") for f, v in (("audience", "全社会"), ("audience", "特定群体"),
                                                            ("mode", "主动公开"), ("mode", "依申请公开"),
                                                            ("levels", "市级"), ("levels", "县级"), ("levels", "乡镇"))]
        body.append("<tr>" + "".join(cells) + "</tr>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{XS["title"]}_秀山土家族苗族自治县人民政府</title></head>
<body>
<div class="top"><a href="#">中国政府网</a> | <a href="#">重庆市人民政府网</a> | <a href="#">智能机器人</a></div>
<div class="nav"><a href="#">部门街镇</a> <a href="#">登录注册</a> 网站支持IPv6</div>
<div class="crumb">您当前的位置: <a href="#">首页</a>&gt;<a href="#">交通局</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">政府信息公开目录</a>&gt;<a href="#">交通运输领域基层政务公开</a> &gt; <a href="#">标准目录</a></div>
<div class="article">
<h1>{XS["title"]}</h1>
<div class="date">日期：2022-12-13</div>
<div class="TRS_Editor">
<p style="text-align:center"><b>{XS["title"]}</b></p>
<table border="1" cellspacing="0" cellpadding="0" width="100%">
<tbody>
{head}
{chr(10).join(body)}
</tbody>
</table>
</div></div>
<div class="foot">主办：秀山土家族苗族自治县人民政府办公室　承办：秀山土家族苗族自治县大数据应用发展管理局<br>渝ICP备05003300号</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- 3. 保安镇人民政府 (一级…四级目录, 网站所属栏目, XLSX/XLS)

BA_T20 = "信息形成或变更20个工作日内"
BA_YJ = "《中共中央办公厅 国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》"
BA_SS = "《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》"
BA_COL = "政府信息公开平台—"
# entries: category, item, third (None: 二级 spans 三级 and 四级), content, basis lines, time, subject, channels,
# audience, mode, column; runs of equal time / subject / channels are merged down
BA_ENTRIES = [
    ("政策", "规范性文件", None, "规范性文件，规范性文件清理结果", ["《政府信息公开条例》" + BA_YJ + BA_SS], BA_T20,
     "党政办", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "政策—规范性文件"),
    ("政策", "其他主动公开文件", None, "非政策类的通知公告文件", ["《政府信息公开条例》" + BA_YJ + BA_SS], BA_T20,
     "党政办", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "政策—其他主动公开文件"),
    ("政策", "政策解读", None, "含文字解读、发布会解读、图解等多种形式的解读，含解读单位、解读人、发布日期、正文、关联文件",
     ["《政府信息公开条例》《重大行政决策程序暂行条例》"], "关联规范性文件公开3个工作日内",
     "党政办", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "政策—政策解读"),
    ("政策", "政策问答", None, "相关政策解答",
     ["《国务院办公厅关于印发2020年政务公开工作要点的通知》", "《国务院办公厅关于印发2021年政务公开工作要点的通知》",
      "《省人民政府办公厅关于印发2021年湖北省政务公开工作要点的通知》"], BA_T20,
     "党政办", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "政策—政策问答"),
    ("政府信息公开", "政府信息公开指南", None,
     "政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、依申请公开方式等",
     ["《政府信息公开条例》" + BA_YJ], BA_T20, "党政办", ["政府网站"], ["全社会"], ["主动公开"],
     BA_COL + "政府信息公开指南"),
    ("政府信息公开", "政府信息公开年报", None, "政府信息公开工作年度报告", ["《政府信息公开条例》"], "每年1月31日前",
     "党政办", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "政府信息公开年报"),
    ("财政信息", "财政预决算", "部门预算", "部门预算及“三公”经费预算", ["《中华人民共和国预算法》"], "批复后20日内",
     "财政所", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "财政信息—财政预决算"),
    ("财政信息", "财政预决算", "部门决算", "部门决算及“三公”经费决算", ["《中华人民共和国预算法》"], "批复后20日内",
     "财政所", ["政府网站"], ["全社会"], ["主动公开"], BA_COL + "财政信息—财政预决算"),
    ("财政信息", "惠民惠农资金", None, "惠民惠农财政补贴资金发放情况（隐去个人隐私信息）", ["《政府信息公开条例》"], BA_T20,
     "财政所", ["政府网站"], ["特定群体"], ["主动公开", "依申请公开"], BA_COL + "财政信息—惠民惠农资金"),
]
BA_ROWS = [dict(category=c, item=it, content=ct, basis="".join(b), time_limit=t, subject=s, channels=ch,
                audience=au, mode=m, web_column=col) for c, it, _, ct, b, t, s, ch, au, m, col in BA_ENTRIES]
BA = dict(
    name="zwxx_baoan",
    title="保安镇人民政府政务信息主动公开基本目录",
    doc=dict(agency="保安镇人民政府"),
    rows=BA_ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "web_column"],
)


def ba_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ncols = 14
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def put(r, c, value, rs=1, cs=1, bold=False):
        cell = ws.cell(r, c + 1, value)
        cell.font = Font(name="宋体", size=10, bold=bold)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=r, start_column=c + 1, end_row=r + rs - 1, end_column=c + cs)

    ws.cell(1, 1, BA["title"]).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = centre
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    put(2, 0, "公开事项", cs=4, bold=True)
    for c, label in ((4, "公开内容（要素）"), (5, "公开依据"), (6, "公开时限"), (7, "公开主体"), (8, "公开渠道和载体"),
                     (13, "网站所属栏目")):
        put(2, c, label, rs=2, bold=True)
    put(2, 9, "公开对象", cs=2, bold=True)
    put(2, 11, "公开方式", cs=2, bold=True)
    for c, label in enumerate(("一级目录", "二级目录", "三级目录", "四级目录")):
        put(3, c, label, bold=True)
    for c, label in ((9, "全社会"), (10, "特定群众"), (11, "主动"), (12, "依申请公开")):
        put(3, c, label, bold=True)
    # sheet rows per entry (one per 公开依据 line)
    heights = [len(e[4]) for e in BA_ENTRIES]
    starts = [4 + sum(heights[:i]) for i in range(len(heights))]
    last = starts[-1] + heights[-1] - 1

    def merged_runs(key):
        return [(starts[s], sum(heights[s:s + n])) for s, n in runs([key(e) for e in BA_ENTRIES])]

    for r0, n in merged_runs(lambda e: e[0]):
        put(r0, 0, BA_ENTRIES[starts.index(r0)][0], rs=n)
    for r0, n in merged_runs(lambda e: (e[0], e[1])):
        e = BA_ENTRIES[starts.index(r0)]
        if e[2] is None:
            put(r0, 1, e[1], rs=n, cs=3)
        else:
            put(r0, 1, e[1], rs=n)
    for i, e in enumerate(BA_ENTRIES):
        r0, n = starts[i], heights[i]
        if e[2] is not None:
            put(r0, 2, e[2], rs=n, cs=2)
        put(r0, 4, e[3], rs=n)
        for k, line in enumerate(e[4]):
            put(r0 + k, 5, line)
        for c, v in ((9, "√" if "全社会" in e[8] else ""), (10, "√" if "特定群体" in e[8] else ""),
                     (11, "√" if "主动公开" in e[9] else ""), (12, "√" if "依申请公开" in e[9] else "")):
            put(r0, c, v or None, rs=n)
        put(r0, 13, e[10], rs=n)
    for col, idx, render in ((6, 5, str), (7, 6, str), (8, 7, lambda ch: " ".join("■" + c for c in ch))):
        for r0, n in merged_runs(lambda e, idx=idx: (e[idx] if idx != 7 else tuple(e[7]))):
            put(r0, col, render(BA_ENTRIES[starts.index(r0)][idx]), rs=n)
    for r in range(2, last + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = box
            v = ws.cell(r, c).value
            ws.cell(r, c).alignment = centre if (r < 4 or (v is not None and len(str(v)) <= 6)) else wrap
    for c, w in enumerate([8, 12, 10, 8, 34, 36, 14, 8, 12, 6, 6, 6, 8, 26]):
        ws.column_dimensions[chr(ord("A") + c)].width = w
    wb.save(path)


# ---------------------------------------------------------------- 4. 聂桥镇 涉农资金 (one-line box list, DOC / PDF)

NQ_BOXES = "■政府网站  □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 {公开查阅点}□行政服务中心 □便民服务站□入户/现场 {公示栏} □精准推送 □其他"
NQ_T = "信息形成或者变更之日起20个工作日内"
NQ_BASIS = "《中华人民共和国政府信息公开条例》（国令第711号）"
NQ_ROWS = rows_of([
    ("政策文件", [dict(content="1、中央及地方政府下发涉农资金相关文件\n2、我镇涉农资金相关文件")]),
    ("资金明细", [dict(content="涉农相关资金明细")]),
    ("资金分配", [dict(content="涉农资金分配方案、分配结果",
                       basis="《财政部 农业农村部关于印发〈农业相关转移支付资金绩效管理办法〉的通知》")]),
    ("项目实施", [dict(content="涉农项目名称、实施地点、建设内容、资金规模、实施单位、绩效目标",
                       channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"])]),
    ("监督渠道", [dict(content="举报电话、地址", audience=["全社会"])]),
], dict(basis=NQ_BASIS, time_limit=NQ_T, subject="聂桥镇人民政府", channels=["政府网站", "公开查阅点"],
        audience=["全社会", "特定群体"], mode=["主动公开"], levels=["乡级"]))
for r in NQ_ROWS:
    # one 公开事项 column, a different item on every row: the item (as the unruled prints' gold reads it), no 一级
    r["item"], r["category"] = r["category"], None
NQ = dict(
    name="snzj_nieqiao", landscape=True,
    title="涉农资金领域基层政务公开标准目录",
    doc=dict(agency="聂桥镇人民政府"),
    rows=NQ_ROWS,
    fields=["seq", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def nq_boxes(row):
    return NQ_BOXES.format(**{
        "公开查阅点": ("■" if "公开查阅点" in row["channels"] else "□") + "公开查阅点",
        "公示栏": ("■" if "社区/企事业单位/村公示栏（电子屏）" in row["channels"] else "□") + "社区/企事业单位/村公示栏(电子屏)"})


def nq_docx(path):
    doc = mw.new_document(NQ)
    mw.add_heading(doc, NQ["title"], 15)
    table = doc.add_table(rows=2 + len(NQ_ROWS), cols=13)
    table.style = "Table Grid"
    size = 8

    def put(r, c, value, rs=1, cs=1, bold=False):
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        mw.put(cell, value, size, bold=bold, center=len(value) <= 8)

    for c, label in enumerate(("序号", "公开事项", "公开内容\n（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体")):
        put(0, c, label, rs=2, bold=True)
    put(0, 7, "公开对象", cs=2, bold=True)
    put(0, 9, "公开方式", cs=2, bold=True)
    put(0, 11, "公开层级", bold=True)
    for c, label in ((7, "全社会"), (8, "特定群体"), (9, "主动"), (10, "依申请"), (11, "乡级")):
        put(1, c, label, bold=True)
    table.cell(0, 12).merge(table.cell(1, 12))  # an empty column the page keeps at the right
    for i, r in enumerate(NQ_ROWS):
        row = 2 + i
        values = [str(r["seq"]), r["item"], r["content"], r["basis"], r["time_limit"], r["subject"], nq_boxes(r),
                  "√" if "全社会" in r["audience"] else "", "√" if "特定群体" in r["audience"] else "",
                  "√" if "主动公开" in r["mode"] else "", "√" if "依申请公开" in r["mode"] else "",
                  "√" if "乡级" in r["levels"] else "", ""]
        for c, v in enumerate(values):
            put(row, c, v)
    fix_widths(table, [0.9, 1.8, 4.2, 3.6, 2.6, 2.0, 5.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5])
    doc.save(path)


# ---------------------------------------------------------------- 5. 黄石市人民政府办公室 (GBK page, 公开时长)

HS_711 = "《中华人民共和国政府信息公开条例》国务院令第711号，第二十条第二款：机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"
HS_T = "信息形成之日起20个工作日内"
HS_ROWS = rows_of([
    ("机关信息", [
        dict(item="机关简介", content="机关职能，机构设置，办公地址，办公时间，联系方式，负责人姓名", basis=HS_711),
        dict(item="负责人信息", content="姓名、照片、主管或分管工作",
             basis="《国务院办公厅关于印发政府网站发展指引的通知》国办发〔2017〕47号：发布本地区、本部门、本机构的负责人信息，可包括姓名、照片、主管或分管工作等，以及重要讲话文稿。",
             duration="任期内"),
        dict(item="内设机构", content="内设机构名称、职责、办公电话", basis=HS_711),
    ]),
    ("财政信息", [
        dict(item="部门财政预算", content="收支总体情况表，财政拨款收支情况表，一般公共预算支出情况表，一般公共预算“三公”经费支出表，本部门职责等信息",
             basis="《中华人民共和国预算法》第十四条：经本级政府财政部门批复的部门预算、决算及报表，应当在批复后二十日内由各部门向社会公开。",
             time_limit="批复后二十日内", duration="5年"),
        dict(item="部门财政决算", content="收入支出决算总表，财政拨款收入支出决算总表，“三公”经费支出决算表，本部门职责等信息",
             basis="《中华人民共和国预算法》第十四条：经本级政府财政部门批复的部门预算、决算及报表，应当在批复后二十日内由各部门向社会公开。",
             time_limit="批复后二十日内", duration="5年"),
    ]),
    ("政府信息公开", [
        dict(item="政府信息公开年度报告", content="上一年度政府信息公开工作年度报告",
             basis="《中华人民共和国政府信息公开条例》国务院令第711号，第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。",
             time_limit="每年1月31日前", duration="长期"),
    ]),
], dict(time_limit=HS_T, duration="长期，最新有效", channels=["政府网站"], audience=["全社会"], mode=["主动公开"]))
for r in HS_ROWS:
    r["extra"] = {"公开时长": r.pop("duration")}
HS = dict(
    name="bgs_huangshi",
    title="黄石市人民政府办公室政府信息主动公开事项目录",
    doc=dict(agency="黄石市人民政府办公室", region={"province": "湖北省", "city": "黄石市"}, level="city"),
    rows=HS_ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "channels", "audience", "disclosure_mode",
            "extra"],
)


def hs_page(path):
    def td(value, rs=1, cs=1, width=None):
        attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "") + \
                (f' width="{width}"' if width else "")
        return f'<td{attrs}>{html.escape(value)}</td>'

    head = ("<tr>" + td("公开事项", cs=2) + td("公开内容（要素）", rs=2) + td("公开依据", rs=2) + td("公开时限", rs=2)
            + td("公开时长", rs=2) + td("公开 范围", rs=2) + td("公开渠道", rs=2) + td("公开方式", rs=2) + "</tr>\n"
            + "<tr>" + td("一级事项") + td("二级事项") + "</tr>")
    body = []
    for i, r in enumerate(HS_ROWS):
        # the page breaks 政府网站 with a space in its first rows (a line break in the editor)
        channel = "政府 网站" if i < 2 else "政府网站"
        body.append("<tr>" + "".join(td(v) for v in (
            r["category"], r["item"], r["content"], r["basis"], r["time_limit"], r["extra"]["公开时长"],
            "、".join(r["audience"]), channel, "、".join(r["mode"]))) + "</tr>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>黄石市人民政府</title></head>
<body>
<div class="head"><a href="#">首页</a> | <a href="#">要闻动态</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">重点公开事项目录</a> &gt; <a href="#">市政府工作部门</a></div>
<div class="title"><h2>{HS["title"]}</h2></div>
<div class="source">发布时间：2024-12-31　来源：市政府办公室　【打印】【关闭】</div>
<div class="content">
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
{head}
{chr(10).join(body)}
</table>
</div>
<div class="footer">黄石市人民政府办公室主办　鄂ICP备05003219号　鄂公网安备42020002000001号</div>
</body></html>
"""
    with open(path, "w", encoding="gbk") as f:
        f.write(page)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(mw.ROOT, "corpus", "published", "pages4")
    gold = os.path.join(out, "gold") if len(sys.argv) > 1 else os.path.join(mw.ROOT, "src", "test", "resources",
                                                                             "published-gold", "pages4")
    os.makedirs(out, exist_ok=True)
    mw.GOLD = gold
    tmp = tempfile.mkdtemp(prefix="make_probe_p7_")
    try:
        # 1. DOCX and its PDF
        src = os.path.join(tmp, SJ["name"] + ".docx")
        sj_docx(src)
        shutil.copy(src, out)
        soffice("pdf", src, out)
        # 2. UTF-8 portal page
        xs_page(os.path.join(out, XS["name"] + ".html"))
        # 3. XLSX and the same saved as XLS
        src = os.path.join(out, BA["name"] + ".xlsx")
        ba_xlsx(src)
        soffice("xls", src, out)
        # 4. legacy DOC and PDF from the DOCX
        src = os.path.join(tmp, NQ["name"] + ".docx")
        nq_docx(src)
        soffice("doc", src, out)
        soffice("pdf", src, out)
        # 5. GBK portal page
        hs_page(os.path.join(out, HS["name"] + ".html"))
    finally:
        shutil.rmtree(tmp)
    # gold, from the same rows, once every file is drawn (the channel names lose their remarks here)
    for cat in (XS, BA, NQ):
        gold_channels(cat)
    for cat, kinds in ((SJ, ("docx", "pdf")), (XS, ("html",)), (BA, ("xlsx", "xls")), (NQ, ("doc", "pdf")),
                       (HS, ("html",))):
        for kind in kinds:
            mw.write_gold(cat, cat["name"] + "." + kind)

if __name__ == "__main__":
    main()
