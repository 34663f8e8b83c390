#!/usr/bin/python3
"""Blind probe pages4 (helper probe7): eight catalogs in layouts seen on real pages and not yet in the corpus, their
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
  zwgk_dianmen      a 镇's older 政务公开目录 (衡山县店门镇): 类别 | 公开内容 | 公开形式 | 公开时限 only, channels one a
                    line (咨询会, 政务论坛), two names run together where the editor lost a break. GB2312 portal page
  sfxczx_rongchang  a 区's 涉贫涉乡村振兴领域政务公开标准目录 (重庆市荣昌区): a 公开要求 column in place of 公开依据 /
                    公开时限, 区级 / 镇街级. DOCX (header rows repeated) exported to PDF
  jtys_xiushan_print the 秀山 page above as Chromium prints it (portrait, 5 pages): rows and the merged 公开事项 cut by
                    the pages. Kept as .pending (read badly: 0.455), its gold ready
  wjw_dadukou_print a 区 卫生健康委员会's page (Chongqing portal template): bare 一级 / 二级事项, box pairs written
                    together (■政府网站□政府公报), 市级 / 区级 / 街镇级. The page as Chromium prints it to PDF

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
python3-openpyxl, LibreOffice, Chromium):
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
        mw.put_span(table, r, c, value, size, rs, cs, bold)

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
        mw.put_span(table, r, c, value, size, rs, cs, bold)

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


# ---------------------------------------------------------------- 6. 店门镇政务公开目录 (类别 | 公开内容 | 公开形式 | 公开时限)

DM_ROWS = [
    dict(category="机构职能类", content="镇政府领导职责分工、各部门主要职能、工作任务和要求等情况",
         channels=["政务公开栏"], time_limit="长期公开\n随时公开"),
    dict(category="发展目标规划", content="镇发展总结规划，领导班子任期目标和工作规划，年度工作计划和总结",
         channels=["咨询会", "座谈会", "政务公开栏"], time_limit="及时公开"),
    dict(category="财务收支情况", content="镇财政的预算和决算，所有款项（包括债权债务、扶持捐赠、救灾救济等）的收支，审计结果，财务制度",
         channels=["财务公开栏", "政务发布会", "政务论坛"], time_limit="及时公开"),
    dict(category="集体资产情况", content="镇集体企业的经营、承包，土地租赁承包及其变更，基建项目的立项、招标、承包、建设进度、验收结算等情况",
         channels=["政务公开栏", "政务发布会"], time_limit="及时公开"),
    dict(category="干部任用情况", content="镇管理的干部和企事业单位干部的选拔任用、调入和招聘的条件、程序及结果",
         channels=["政务公开栏", "政务发布会", "政务论坛"], time_limit="及时公开"),
    dict(category="惠农补贴情况", content="各项惠农补贴政策、补贴标准、补贴对象及发放情况",
         channels=["政务公开栏", "村务公开栏"], time_limit="及时公开\n随时公开"),
]
DM = dict(
    name="zwgk_dianmen",
    title="店门镇政务公开目录",
    doc=dict(agency="店门镇人民政府"),
    rows=DM_ROWS,
    fields=["category", "content", "channels", "time_limit"],
)


def dm_page(path):
    def td(value):
        return "<td>" + "<br>".join(html.escape(l) for l in value.split("\n")) + "</td>"

    body = []
    for i, r in enumerate(DM_ROWS):
        # the page runs two channel names together where its editor lost the line break (政务公开栏政务发布会)
        channels = "".join(r["channels"]) if r["category"] == "集体资产情况" else "\n".join(r["channels"])
        body.append("<tr>" + td(r["category"]) + td(r["content"]) + td(channels) + td(r["time_limit"]) + "</tr>")
    page = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>店门镇政务公开目录</title></head>
<body>
<div id="top"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">信息公开指南</a> | <a href="#">依申请公开</a></div>
<div id="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">乡镇政务公开</a></div>
<h1>{DM["title"]}</h1>
<p>作者：店门镇人民政府 | 来源：本网 | 时间：2022-12-19 点击数：-</p>
<p>　　为进一步推进政务公开，保障人民群众的知情权、参与权和监督权，现将我镇政务公开的类别、内容、形式和时限公布如下：</p>
<table width="96%" border="1" cellspacing="0" cellpadding="3">
<tr><td>类别</td><td>公开内容</td><td>公开形式</td><td>公开时限</td></tr>
{chr(10).join(body)}
</table>
<p>　　监督电话：0734-5830110</p>
<div id="foot">版权所有：店门镇人民政府　技术支持：衡山县信息中心</div>
</body></html>
"""
    with open(path, "w", encoding="gb2312") as f:
        f.write(page)


# ---------------------------------------------------------------- 7. 荣昌区 涉贫涉乡村振兴 (公开要求, DOCX → PDF)

RC_REQ = "条目化展示、信息形成（变更）20个工作日内。可链接至区县乡村振兴局“政府信息公开”有关栏目，但要保持数据同源。"
RC_ROWS = rows_of([
    ("履职依据", [
        dict(item="行政法规、规章", content="现行涉贫涉乡村振兴领域相关法律、规章。"),
        dict(item="行政规范性文件", content="本机关制定的涉贫涉乡村振兴领域规范性文件。"),
        dict(item="其他文件", content="涉贫涉乡村振兴领域其他政策文件（可能是其他行业部门牵头制定的）。"),
    ]),
    ("衔接资金项目", [
        dict(item="项目库建设", content="经审定后的项目库，含项目名称、项目类别、建设性质、实施地点、时间进度、责任单位、建设任务、资金规模和筹资方式、受益对象、绩效目标、利益联结机制等信息。"),
        dict(item="年度计划", content="衔接资金项目年度计划，含项目名称、建设性质、实施地点、资金规模等信息。"),
        dict(item="资金分配结果", content="衔接资金分配结果，含资金规模、分配因素、分配结果等信息。",
             channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"], levels=["区级", "镇街级"]),
        dict(item="项目实施", content="项目实施情况，含项目名称、实施地点、资金来源、资金规模、实施期限、绩效目标、实施单位及责任人、受益对象和帮扶机制等。",
             channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"], levels=["区级", "镇街级"]),
    ]),
    ("监督管理", [
        dict(item="监督举报", content="乡村振兴部门监督举报电话。", requirement="长期公开。",
             audience=["全社会"]),
        dict(item="审计监督", content="审计发现问题整改情况。", audience=["特定群体"]),
    ]),
], dict(requirement=RC_REQ, subject="区乡村振兴局", channels=["政府网站", "公开查阅点"], audience=["全社会"],
        mode=["主动公开"], levels=["区级"]))
for r in RC_ROWS:
    r["extra"] = {"公开要求": r.pop("requirement")}
RC = dict(
    name="sfxczx_rongchang", landscape=True, repeat_header=True, font=9,
    title="重庆市荣昌区涉贫涉乡村振兴领域政务公开标准目录",
    doc=dict(region={"province": "重庆市", "county": "荣昌区"}, level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开要求"), (0, 5, 2, 1, "公开主体"),
            (0, 6, 2, 1, "公开渠道和载体"), (0, 7, 1, 2, "公开对象"), (1, 7, 1, 1, "全社会"), (1, 8, 1, 1, "特定\n群众"),
            (0, 9, 1, 2, "公开方式"), (1, 9, 1, 1, "主动"), (1, 10, 1, 1, "依申请公开"), (0, 11, 1, 2, "公开层级"),
            (1, 11, 1, 1, "区级"), (1, 12, 1, 1, "镇街级")],
    columns=[mw.text("seq"), mw.text("category"), mw.text("item"), mw.text("content"), mw.extra("公开要求"),
             mw.text("subject"), lambda r: "、".join(r["channels"]), mw.tick("audience", "全社会"),
             mw.tick("audience", "特定群体"), mw.tick("mode", "主动公开"), mw.tick("mode", "依申请公开"),
             mw.tick("levels", "区级"), mw.tick("levels", "镇街级")],
    widths=[1.0, 2.0, 2.4, 6.4, 5.0, 2.0, 3.2, 1.0, 1.0, 1.0, 1.2, 1.0, 1.2],
    merged=[1, 4, 5], rows=RC_ROWS,
    fields=["seq", "category", "item", "content", "subject", "channels", "audience", "disclosure_mode", "levels",
            "extra"],
)


# ---------------------------------------------------------------- 8. 区卫生健康委员会 page, printed by Chromium

DDK_BOXES = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
             "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)"]
DDK_T = "自信息形成或者变更之日起20个工作日内予以公开"
DDK_S = "区卫生健康行政部门"
DDK_ROWS = rows_of([
    ("履职依据", [dict(item="行政规范性文件",
                       content="以区政府和区政府办公室名义印发的行政规范性文件，自文件印发之日起20个工作日内公开，并对立、改、废的情况进行动态标注",
                       basis="《政府信息公开条例》第二十条第（一）款")]),
    ("机关简介", [dict(item="机构设置", content="公开“三定”职责，内设机构、下属单位设置情况及职责。公开本机关的办公地址、办公时间、联系方式",
                       basis="《政府信息公开条例》第二十条第（二）款")]),
    ("规划信息", [dict(item="专项规划", content="公开区卫生健康行业领域的发展规划、中长期规划、行动计划等",
                       basis="《政府信息公开条例》第二十条第（三）款")]),
    ("公共卫生服务", [
        dict(item="预防接种", content="预防接种单位名称、地址、服务时间，免疫规划疫苗的品种、接种程序",
             basis="《中华人民共和国疫苗管理法》", channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏(电子屏)"],
             levels=["区级", "街镇级"]),
        dict(item="传染病防治", content="法定传染病疫情信息、预防控制措施",
             basis="《中华人民共和国传染病防治法》", time_limit="及时公开", channels=["政府网站", "两微一端", "发布会/听证会"]),
    ]),
    ("医疗服务", [dict(item="医疗机构执业登记", content="办事指南、办理结果",
                       basis="《医疗机构管理条例》", channels=["政府网站", "政务服务中心"], mode=["主动公开", "依申请公开"])]),
], dict(time_limit=DDK_T, subject=DDK_S, channels=["政府网站"], audience=["全社会"], mode=["主动公开"],
        levels=["区级"]))
DDK = dict(
    name="wjw_dadukou_print",
    title="大渡口区卫生健康委员会基层政务公开标准目录",
    doc=dict(agency="大渡口区卫生健康委员会", region={"province": "重庆市", "county": "大渡口区"}, level="county"),
    rows=DDK_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def ddk_page(path):
    def td(value, rs=1, cs=1):
        attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        return f"<td{attrs}>" + "<br>".join(html.escape(l) for l in value.split("\n")) + "</td>"

    def boxes(r):
        marks = [("■" if b in r["channels"] else "□") + b for b in DDK_BOXES]
        # pairs written together, a space between pairs
        return " ".join("".join(marks[i:i + 2]) for i in range(0, len(marks), 2))

    head = ("<tr>" + td("序号", rs=2) + td("一级事项", rs=2) + td("二级事项", rs=2) + td("公开内容（要素）", rs=2)
            + td("公开依据", rs=2) + td("公开\n时限", rs=2) + td("公开\n主体", rs=2) + td("公开渠道和载体", rs=2)
            + td("公开对象", cs=2) + td("公开方式", cs=2) + td("公开层级", cs=3) + "</tr>\n<tr>"
            + "".join(td(x) for x in ("全社会", "特定群\n体", "主动", "依申请", "市级", "区级", "街镇级")) + "</tr>")
    body = []
    for r in DDK_ROWS:
        body.append("<tr>" + "".join(td(v) for v in (
            str(r["seq"]), r["category"], r["item"], r["content"], r["basis"], r["time_limit"], r["subject"], boxes(r),
            "√" if "全社会" in r["audience"] else "", "√" if "特定群体" in r["audience"] else "",
            "√" if "主动公开" in r["mode"] else "", "√" if "依申请公开" in r["mode"] else "",
            "√" if "市级" in r["levels"] else "", "√" if "区级" in r["levels"] else "",
            "√" if "街镇级" in r["levels"] else "")) + "</tr>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{DDK["title"]}_重庆市大渡口区人民政府</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:12px}} table{{border-collapse:collapse}} td{{border:1px solid #333;padding:2px}}</style></head>
<body>
<div class="top">重庆市大渡口区人民政府 | 首页 | 政务公开 | 政务服务 | 互动交流</div>
<div class="crumb">您当前所在位置：首页 &gt; 部门 &gt; 区卫生健康委 &gt; 政务公开 &gt; 基层政务公开 &gt; 医疗卫生领域信息公开</div>
<h2 style="text-align:center">{DDK["title"]}</h2>
<div class="info">日期：2025-02-07　来源：区卫生健康委</div>
<table>
{head}
{chr(10).join(body)}
</table>
<div class="foot">主办：重庆市大渡口区人民政府办公室　网站标识码：5001040001　渝ICP备05003300号</div>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def chromium_pdf(html_path, pdf_path):
    profile = tempfile.mkdtemp(prefix="gkml-p7-print-")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        f"--print-to-pdf={pdf_path}", "file://" + html_path],
                       check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    out = mw.probe_dirs("pages4")
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
        # 6. GB2312 portal page
        dm_page(os.path.join(out, DM["name"] + ".html"))
        # 7. DOCX (header rows repeated on every page) exported to PDF
        src = os.path.join(tmp, RC["name"] + ".docx")
        mw.make_docx(RC, src)
        soffice("pdf", src, out)
        # 8. a portal page as Chromium prints it (the page itself is not kept)
        src = os.path.join(tmp, DDK["name"] + ".html")
        ddk_page(src)
        chromium_pdf(src, os.path.join(out, DDK["name"] + ".pdf"))
        # 9. the 秀山 page as Chromium prints it, portrait, 5 pages: kept .pending (not read well yet), gold ready
        src = os.path.join(tmp, XS["name"] + ".html")
        xs_page(src)
        chromium_pdf(src, os.path.join(out, XS["name"] + "_print.pdf.pending"))
    finally:
        shutil.rmtree(tmp)
    # gold, from the same rows, once every file is drawn (the channel names lose their remarks here)
    for cat in (XS, BA, NQ, DDK):
        gold_channels(cat)
    for r in DM_ROWS:
        r["time_limit"] = r["time_limit"].replace("\n", "")
    for cat, kinds in ((SJ, ("docx", "pdf")), (XS, ("html",)), (dict(XS, name=XS["name"] + "_print"), ("pdf",)), (BA, ("xlsx", "xls")), (NQ, ("doc", "pdf")),
                       (HS, ("html",)), (DM, ("html",)), (RC, ("pdf",)), (DDK, ("pdf",))):
        for kind in kinds:
            mw.write_gold(cat, cat["name"] + "." + kind)

if __name__ == "__main__":
    main()
