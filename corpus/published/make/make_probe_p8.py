#!/usr/bin/python3
"""Blind probe pages5 (helper probe8): catalogs as bureaus publish them as ATTACHMENTS (附件下载) rather than as
portal pages: Excel workbooks, Word documents, and those Word documents saved as PDF. Wording follows real
catalogs found in stored pages (2026-12 search; places and units real, rows rebuilt, not copied; sources in
corpus/published/README.md).

  jczwgk_fuxing    a 街道's workbook of three 领域, one sheet each (鄂尔多斯市东胜区富兴街道, ds.gov.cn): title merged
                   over row 1 of every sheet, two header rows, 序号 starting again on every sheet, channels typed one
                   a line inside the cell (Alt-Enter), levels 区级 / 街道级, a 注： row under each table. XLSX
  gxs_gucheng      a county 供销合作社联合社's 政府信息主动公开目录 (谷城县, hbgucheng.gov.cn): title row, a merged
                   `编制单位：… 编制时间：…` row, ONE header row 序号 | 类别 | 事项名称 | … | 公开方式 | 公开范围 |
                   责任科室 | 备注, 序号 stored as text, a hidden column (内部编号), numbered content lines in one cell,
                   two 注： rows under the table. XLSX
  scjg_wenshan     a county-level city 市场监督管理局's 基层政务公开标准目录 (文山市): 公开渠道和载体 as five tick
                   sub-columns (政府网站 | 两微一端 | 政务服务中心 | 公开查阅点 | 其他) under a merged label, blank spacer
                   rows between 一级 groups, 序号 as text. XLSX
  jczwgk_wuxiang   a 镇's 基层政务公开标准目录 of two 领域 (汉中市汉台区武乡镇): title paragraph, `编制单位：… 编制日期：…`
                   line, landscape, a heading and a table per 领域, header rows marked to repeat, 一级事项 merged.
                   DOCX and its PDF (soffice)
  sthj_wenshan     a 分局's 生态环境领域基层政务公开标准目录 as 文山 publishes it (ynwss.gov.cn): every entry its own
                   table under its own copy of the two header rows, the 一级事项 written only in the first of a group's
                   tables, content numbered `1.受理环节：… 2.…`, channels numbered `1.政府网站 2.两微一端`. DOCX and PDF
  tyjr_gucheng     a county 退役军人事务局's 标准目录 as a template workbook: a 填报说明 sheet first, the catalog sheet,
                   a hidden 选项 sheet feeding the drop-down lists (data validation) of 公开对象 / 公开方式, header labels
                   broken with Alt-Enter (公开\n时限), frozen panes. XLSX, and the same saved as XLS by LibreOffice
  sw_hantai        a county 税务局's 政府信息主动公开基本目录: 一级 / 二级 / 三级事项 (二级 merged over its 三级 rows, or
                   spanning the 三级 column), 公开渠道 as words, 公开对象 ticks 全社会 / 特定群众, 责任科室, a 备注：
                   paragraph under the table. DOCX and PDF

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
python3-openpyxl, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_p8.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages5/ and their gold to src/test/resources/published-gold/pages5/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, TIAOLI  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

PROFILE = "file:///tmp/make_probe_p8/lo"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
T20 = "信息形成或者变更之日起20个工作日内"


def soffice(target, src, outdir):
    """make_word.soffice with a private LibreOffice profile (several sessions share the machine)."""
    for _ in (1, 2):
        done = subprocess.run(["timeout", "180", "soffice", "-env:UserInstallation=" + PROFILE, "--headless",
                               "--convert-to", target, "--outdir", outdir, src],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode == 0:
            return
    raise RuntimeError("soffice could not convert " + src + " to " + target)


def write_gold(cat, filename):
    """make_word.write_gold, but a document key set to None (a workbook of several titles) is left out."""
    g = {"source": filename}
    if cat.get("title"):
        g["title"] = cat["title"]
    g.update({k: v for k, v in cat["doc"].items() if v is not None})
    g["entries"] = [mw.gold_entry(r, cat["fields"]) for r in cat["rows"]]
    os.makedirs(mw.GOLD, exist_ok=True)
    with open(os.path.join(mw.GOLD, filename + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def runs(values):
    """(start, length) of runs of equal values."""
    out, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            out.append((start, i - start))
            start = i
    return out


def tickmark(row, field, value):
    return "√" if value in row[field] else None


def sheet_put(ws, r, c, value, rs=1, cs=1, bold=False, size=10):
    """value at sheet row r, column c (both 1-based), merged over rs rows and cs columns."""
    cell = ws.cell(r, c, value)
    cell.font = Font(name="宋体", size=size, bold=bold)
    if rs > 1 or cs > 1:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + rs - 1, end_column=c + cs - 1)
    return cell


def frame(ws, r0, r1, ncols):
    """Borders over rows r0..r1; short values centred, long ones wrapped left."""
    for r in range(r0, r1 + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            v = cell.value
            cell.alignment = CENTRE if v is None or len(str(v)) <= 6 else WRAP


def widths(ws, ws_widths):
    for c, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w


# ---------------------------------------------------------------- 1. 富兴街道: one sheet per 领域 (XLSX)

FX_S = "富兴街道办事处"
FX_CH = ["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"]
FX_DOMAINS = [
    ("退役军人服务", rows_of([
        ("政策法规", [
            dict(item="法律法规及政策文件", content="退役军人保障相关法律、法规、规章及规范性文件",
                 basis="《中华人民共和国退役军人保障法》" + TIAOLI, channels=["政府网站"], levels=["区级", "街道级"]),
        ]),
        ("优待抚恤", [
            dict(item="优抚对象抚恤补助", content="抚恤补助标准、发放对象、发放金额（隐去个人隐私信息）",
                 basis="《军人抚恤优待条例》", audience=["特定群体"]),
            dict(item="义务兵家庭优待金", content="优待金发放标准、发放对象、发放结果",
                 basis="《军人抚恤优待条例》《内蒙古自治区军人抚恤优待办法》", audience=["特定群体"]),
        ]),
        ("服务保障", [
            dict(item="退役军人服务站", content="服务站地址、联系电话、服务项目、办事流程", time_limit="实时公开",
                 basis="《退役军人事务部关于加强退役军人服务中心（站）建设的意见》"),
        ]),
    ], dict(time_limit=T20, subject=FX_S, channels=FX_CH, audience=["全社会"], mode=["主动公开"],
            levels=["街道级"]))),
    ("社会救助", rows_of([
        ("最低生活保障", [
            dict(item="办理指南", content="申请条件、申请材料、办理流程、救助标准、咨询电话", basis="《社会救助暂行办法》"),
            dict(item="审核确认结果", content="申请家庭户主姓名、家庭人口、救助金额（隐去个人隐私信息）",
                 basis="《最低生活保障审核确认办法》", time_limit="审核确认后7日内公示，公示期7天",
                 audience=["特定群体"], levels=["区级", "街道级"]),
        ]),
        ("临时救助", [
            dict(item="审批结果", content="救助对象、救助金额、救助事由", basis="《社会救助暂行办法》",
                 mode=["主动公开", "依申请公开"]),
        ]),
    ], dict(time_limit=T20, subject=FX_S, channels=FX_CH, audience=["全社会"], mode=["主动公开"],
            levels=["街道级"]))),
    ("养老服务", rows_of([
        ("高龄津贴", [
            dict(item="发放情况", content="80周岁以上老年人高龄津贴发放标准、发放对象、发放金额",
                 basis="《内蒙古自治区老年人权益保障条例》", time_limit="每季度公开一次"),
        ]),
        ("养老服务设施", [
            dict(item="设施名录", content="辖区内社区日间照料中心、养老服务站名称、地址、联系方式",
                 basis="《养老机构管理办法》", channels=["政府网站", "两微一端"]),
        ]),
    ], dict(time_limit=T20, subject=FX_S, channels=FX_CH, audience=["全社会"], mode=["主动公开"],
            levels=["街道级"]))),
]
for _domain, _rows in FX_DOMAINS:
    for _r in _rows:
        _r["domain"] = _domain
FX = dict(
    name="jczwgk_fuxing", title=None,  # every sheet has its own title: no one title for the workbook
    doc=dict(agency=FX_S, region={"province": "内蒙古自治区", "city": "鄂尔多斯市", "county": "东胜区"},
             level="county"),
    rows=[r for _, rows in FX_DOMAINS for r in rows],
    fields=["seq", "domain", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def fx_xlsx(path):
    wb = Workbook()
    wb.remove(wb.active)
    ncols = 15
    for domain, rows in FX_DOMAINS:
        ws = wb.create_sheet(domain)
        sheet_put(ws, 1, 1, f"东胜区富兴街道{domain}领域基层政务公开标准目录", cs=ncols, bold=True, size=16)
        ws.cell(1, 1).alignment = CENTRE
        ws.row_dimensions[1].height = 36
        sheet_put(ws, 2, 1, "序号", rs=2, bold=True)
        sheet_put(ws, 2, 2, "公开事项", cs=2, bold=True)
        sheet_put(ws, 3, 2, "一级事项", bold=True)
        sheet_put(ws, 3, 3, "二级事项", bold=True)
        for c, label in ((4, "公开内容（要素）"), (5, "公开依据"), (6, "公开时限"), (7, "公开主体"), (8, "公开渠道和载体")):
            sheet_put(ws, 2, c, label, rs=2, bold=True)
        for c, label, subs in ((9, "公开对象", ("全社会", "特定群众")), (11, "公开方式", ("主动", "依申请")),
                               (13, "公开层级", ("区级", "街道级"))):
            sheet_put(ws, 2, c, label, cs=2, bold=True)
            for k, s in enumerate(subs):
                sheet_put(ws, 3, c + k, s, bold=True)
        sheet_put(ws, 2, 15, "备注", rs=2, bold=True)
        first = 4
        for i, r in enumerate(rows):
            row = first + i
            values = [r["seq"], None, r["item"], r["content"], r["basis"], r["time_limit"], r["subject"],
                      "\n".join(r["channels"]),  # Alt-Enter between channels
                      tickmark(r, "audience", "全社会"), tickmark(r, "audience", "特定群体"),
                      tickmark(r, "mode", "主动公开"), tickmark(r, "mode", "依申请公开"),
                      tickmark(r, "levels", "区级"), tickmark(r, "levels", "街道级"), None]
            for c, v in enumerate(values, 1):
                if v is not None:
                    sheet_put(ws, row, c, v)
        for start, length in runs([r["category"] for r in rows]):
            sheet_put(ws, first + start, 2, rows[start]["category"], rs=length)
        last = first + len(rows) - 1
        frame(ws, 2, last, ncols)
        sheet_put(ws, last + 2, 1, "注：本目录根据上级标准目录和街道职责动态调整。", cs=ncols)
        widths(ws, [6, 12, 14, 30, 28, 18, 12, 20, 6, 6, 6, 6, 6, 6, 8])
    wb.save(path)


# ---------------------------------------------------------------- 2. 谷城县供销社: 编制单位 row, hidden column (XLSX)

GC_A = "谷城县供销合作社联合社"
GC_ROWS = rows_of([
    ("机构信息", [
        dict(item="机构职能", content="机构名称、主要职能、内设机构、办公地址、办公时间、联系电话"),
        dict(item="领导信息", content="领导姓名、职务、工作分工", remarks="随人事变动及时更新"),
    ]),
    ("政策文件", [
        dict(item="规范性文件", content="1.本单位制定的规范性文件\n2.规范性文件清理结果",
             basis=TIAOLI + "第二十条"),
        dict(item="政策解读", content="对本单位出台的重要政策文件的解读材料",
             basis="《国务院办公厅关于全面推进政务公开工作的意见》"),
    ]),
    ("财政信息", [
        dict(item="部门预算", content="1.部门预算报表及说明\n2.“三公”经费预算", basis="《中华人民共和国预算法》",
             time_limit="批复后20日内", responsible=["财务股"]),
        dict(item="部门决算", content="1.部门决算报表及说明\n2.“三公”经费决算", basis="《中华人民共和国预算法》",
             time_limit="批复后20日内", responsible=["财务股"]),
    ]),
    ("业务工作", [
        dict(item="农资保供", content="春耕、秋播期间化肥、农药等农资储备和供应情况", responsible=["业务发展股"]),
        dict(item="农村综合服务社建设", content="项目名称、建设地点、补助资金、建设进度",
             responsible=["业务发展股", "财务股"], audience=["全社会", "特定群体"]),
        dict(item="依申请公开事项", content="除主动公开以外的涉及供销社工作的非涉密政府信息", time_limit="收到申请之日起20个工作日内",
             mode=["依申请公开"], audience=["特定群体"]),
    ]),
    ("政府信息公开", [
        dict(item="政府信息公开工作年度报告", content="上一年度政府信息公开工作年度报告", time_limit="每年1月31日前"),
    ]),
], dict(basis=TIAOLI, time_limit=T20, mode=["主动公开"], audience=["全社会"], responsible=["办公室"], remarks=None))
GC = dict(
    name="gxs_gucheng",
    title="谷城县供销合作社联合社政府信息主动公开目录",
    doc=dict(agency=GC_A, region={"province": "湖北省", "city": "襄阳市", "county": "谷城县"}, level="county"),
    rows=GC_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "disclosure_mode", "audience", "responsible",
            "remarks"],
)


def gc_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "主动公开目录"
    ncols = 11
    sheet_put(ws, 1, 1, GC["title"], cs=ncols, bold=True, size=16).alignment = CENTRE
    ws.row_dimensions[1].height = 36
    sheet_put(ws, 2, 1, f"编制单位：{GC_A}　　　　　　　　　　　　编制时间：2025年3月", cs=ncols)
    labels = ["序号", "类别", "事项名称", "内部编号", "公开内容", "公开依据", "公开时限", "公开方式", "公开范围", "责任科室",
              "备注"]
    for c, label in enumerate(labels, 1):
        sheet_put(ws, 3, c, label, bold=True)
    first = 4
    for i, r in enumerate(GC_ROWS):
        row = first + i
        values = [str(r["seq"]),  # 序号 stored as text (the green corner Excel shows)
                  None, r["item"], f"GXS-2025-{r['seq']:03d}", r["content"], r["basis"], r["time_limit"],
                  "、".join(r["mode"]), "、".join(r["audience"]), "、".join(r["responsible"]), r["remarks"]]
        for c, v in enumerate(values, 1):
            if v is not None:
                cell = sheet_put(ws, row, c, v)
                if c == 1:
                    cell.number_format = "@"
    for start, length in runs([r["category"] for r in GC_ROWS]):
        sheet_put(ws, first + start, 2, GC_ROWS[start]["category"], rs=length)
    last = first + len(GC_ROWS) - 1
    frame(ws, 3, last, ncols)
    sheet_put(ws, last + 1, 1, "注：1.公开方式为“主动公开”的，通过谷城县人民政府门户网站“供销社”栏目公开。", cs=ncols)
    sheet_put(ws, last + 2, 1, "2.本目录根据工作变化适时调整。", cs=ncols)
    widths(ws, [6, 12, 18, 14, 34, 28, 18, 10, 12, 14, 14])
    ws.column_dimensions["D"].hidden = True  # an old column the office hides rather than deletes
    wb.save(path)


# ---------------------------------------------------------------- 3. 文山市市场监管: channel tick sub-columns, spacer rows

WS_A = "文山市市场监督管理局"
WS_CH = ["政府网站", "两微一端", "政务服务中心", "公开查阅点", "其他"]
WS_ROWS = rows_of([
    ("行政许可", [
        dict(item="食品经营许可", content="许可事项、办理依据、申请材料、办理流程、办理时限、许可结果",
             basis="《中华人民共和国食品安全法》《食品经营许可和备案管理办法》" + TIAOLI,
             time_limit="许可决定作出之日起7个工作日内", channels=["政府网站", "政务服务中心"]),
        dict(item="药品零售企业经营许可", content="许可事项、申请材料、办理流程、许可结果",
             basis="《中华人民共和国药品管理法》《药品经营和使用质量监督管理办法》",
             time_limit="许可决定作出之日起7个工作日内", channels=["政府网站", "政务服务中心"]),
    ]),
    ("行政处罚", [
        dict(item="行政处罚决定", content="行政处罚决定书（按规定隐去相关信息）",
             basis="《中华人民共和国行政处罚法》《市场监督管理行政处罚信息公示规定》",
             time_limit="作出行政处罚决定之日起20个工作日内", channels=["政府网站", "其他"], levels=["县级"]),
    ]),
    ("抽查检查", [
        dict(item="双随机抽查", content="抽查事项清单、年度抽查计划、抽查结果",
             basis="《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》",
             time_limit="抽查检查结果形成之日起20个工作日内", channels=["政府网站", "其他"]),
        dict(item="食品安全抽检", content="抽检结果、不合格食品核查处置情况", basis="《食品安全抽样检验管理办法》",
             channels=["政府网站", "两微一端"]),
    ]),
    ("投诉举报", [
        dict(item="投诉举报渠道", content="投诉举报电话、网络平台地址、受理范围", basis="《市场监督管理投诉举报处理暂行办法》",
             time_limit="长期公开", channels=["政府网站", "两微一端", "公开查阅点"], levels=["县级", "乡级"]),
    ]),
], dict(time_limit=T20, subject=WS_A, audience=["全社会"], mode=["主动公开"], levels=["县级", "乡级"]))
WS = dict(
    name="scjg_wenshan",
    title="文山市市场监管领域基层政务公开标准目录",
    doc=dict(agency=WS_A, region={"province": "云南省", "city": "文山壮族苗族自治州", "county": "文山市"}, level="county"),
    rows=WS_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def ws_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ncols = 19
    sheet_put(ws, 1, 1, WS["title"], cs=ncols, bold=True, size=16).alignment = CENTRE
    ws.row_dimensions[1].height = 36
    sheet_put(ws, 2, 1, "序号", rs=2, bold=True)
    sheet_put(ws, 2, 2, "公开事项", cs=2, bold=True)
    sheet_put(ws, 3, 2, "一级事项", bold=True)
    sheet_put(ws, 3, 3, "二级事项", bold=True)
    for c, label in ((4, "公开内容（要素）"), (5, "公开依据"), (6, "公开时限"), (7, "公开主体")):
        sheet_put(ws, 2, c, label, rs=2, bold=True)
    sheet_put(ws, 2, 8, "公开渠道和载体", cs=5, bold=True)
    for k, ch in enumerate(WS_CH):
        sheet_put(ws, 3, 8 + k, ch, bold=True)
    for c, label, subs in ((13, "公开对象", ("全社会", "特定群体")), (15, "公开方式", ("主动", "依申请")),
                           (17, "公开层级", ("县级", "乡级"))):
        sheet_put(ws, 2, c, label, cs=2, bold=True)
        for k, s in enumerate(subs):
            sheet_put(ws, 3, c + k, s, bold=True)
    sheet_put(ws, 2, 19, "备注", rs=2, bold=True)
    row = 4
    groups = runs([r["category"] for r in WS_ROWS])
    for g, (start, length) in enumerate(groups):
        if g:
            row += 1  # a blank spacer row between 一级 groups (bordered, empty)
        sheet_put(ws, row, 2, WS_ROWS[start]["category"], rs=length)
        for r in WS_ROWS[start:start + length]:
            values = [str(r["seq"]), None, r["item"], r["content"], r["basis"], r["time_limit"], r["subject"]]
            values += [tickmark(r, "channels", ch) for ch in WS_CH]
            values += [tickmark(r, "audience", "全社会"), tickmark(r, "audience", "特定群体"),
                       tickmark(r, "mode", "主动公开"), tickmark(r, "mode", "依申请公开"),
                       tickmark(r, "levels", "县级"), tickmark(r, "levels", "乡级"), None]
            for c, v in enumerate(values, 1):
                if v is not None:
                    sheet_put(ws, row, c, v)
            row += 1
    frame(ws, 2, row - 1, ncols)
    widths(ws, [6, 10, 14, 28, 30, 18, 14, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8])
    wb.save(path)


# ---------------------------------------------------------------- 4. 武乡镇: a table per 领域, 编制单位 line (DOCX / PDF)

WX_A = "武乡镇人民政府"
WX_BODY = "汉中市汉台区武乡镇人民政府"
WX_CH = ["政府网站", "社区/企事业单位/村公示栏（电子屏）"]
WX_DOMAINS = [
    ("退役军人服务", rows_of([
        ("政策法规", [
            dict(item="法律法规", content="《中华人民共和国退役军人保障法》《军人抚恤优待条例》等法律法规及规章",
                 basis="《中华人民共和国退役军人保障法》", channels=["政府网站"]),
            dict(item="政策文件", content="国家、省、市、区出台的退役军人优待、抚恤、安置、就业创业等政策文件",
                 basis="《中华人民共和国退役军人保障法》", channels=["政府网站"]),
        ]),
        ("优待抚恤", [
            dict(item="抚恤补助发放", content="重点优抚对象抚恤补助标准、发放对象、发放金额（隐去个人隐私信息）",
                 basis="《军人抚恤优待条例》", audience=["特定群体"], levels=["区级", "镇级"]),
            dict(item="优待证申领", content="申领条件、申领材料、办理流程、办理地点、咨询电话",
                 basis="《退役军人、其他优抚对象优待证管理办法（试行）》", mode=["主动公开", "依申请公开"]),
            dict(item="走访慰问", content="春节、八一等节日走访慰问对象、慰问标准",
                 basis="《军人抚恤优待条例》", time_limit="慰问活动结束后10个工作日内"),
        ]),
        ("褒扬纪念", [
            dict(item="烈士纪念设施", content="辖区内烈士纪念设施名称、地址、保护级别、开放时间",
                 basis="《烈士褒扬条例》《烈士纪念设施保护管理办法》", levels=["区级", "镇级"]),
        ]),
    ], dict(time_limit=T20, subject=WX_A, channels=WX_CH, audience=["全社会"], mode=["主动公开"], levels=["镇级"]))),
    ("就业", rows_of([
        ("就业政策", [
            dict(item="就业创业政策", content="就业创业扶持政策、补贴标准、申请条件", basis="《中华人民共和国就业促进法》"),
        ]),
        ("就业服务", [
            dict(item="招聘信息", content="辖区企业用工需求、招聘岗位、薪酬待遇、联系方式", basis="《就业服务与就业管理规定》",
                 time_limit="收到用工信息后5个工作日内", channels=["政府网站", "两微一端", "社区/企事业单位/村公示栏（电子屏）"]),
            dict(item="公益性岗位", content="岗位名称、岗位数量、申报条件、拟聘人员名单",
                 basis="《就业补助资金管理办法》", time_limit="公示期不少于5个工作日", audience=["特定群体"]),
        ]),
    ], dict(time_limit=T20, subject=WX_A, channels=WX_CH, audience=["全社会"], mode=["主动公开"], levels=["镇级"]))),
]
for _domain, _rows in WX_DOMAINS:
    for _r in _rows:
        _r["domain"] = _domain
WX = dict(
    name="jczwgk_wuxiang", landscape=True,
    title="汉台区武乡镇基层政务公开标准目录",
    # the publishing body as the 编制单位 line names it (the rows' 公开主体 is its short name)
    doc=dict(agency=WX_BODY, region={"province": "陕西省", "city": "汉中市", "county": "汉台区"}, level="county"),
    rows=[r for _, rows in WX_DOMAINS for r in rows],
    fields=["seq", "domain", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)
WX_WIDTHS = [1.0, 1.8, 2.2, 4.8, 4.0, 2.5, 1.8, 3.0, 0.9, 0.9, 0.9, 1.0, 0.9, 0.9]  # 26.6 cm: the page's 26.7


def body_text(doc, line, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = mw.WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(line)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "仿宋"
    run._element.rPr.rFonts.set(mw.qn("w:eastAsia"), "仿宋")


def two_row_header(table, put, ticks, levels=None):
    """序号 | 一级事项 | 二级事项 | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开对象 | 公开方式
    [| 公开层级] as Word templates draw it."""
    for c, label in enumerate(("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                               "公开渠道和载体")):
        put(0, c, label, rs=2, bold=True)
    groups = [("公开对象", ticks[0]), ("公开方式", ticks[1])] + ([("公开层级", levels)] if levels else [])
    c = 8
    for label, subs in groups:
        put(0, c, label, cs=len(subs), bold=True)
        for k, s in enumerate(subs):
            put(1, c + k, s, bold=True)
        c += len(subs)


def wx_docx(path):
    doc = mw.new_document(WX)
    mw.add_heading(doc, WX["title"], 16)
    body_text(doc, f"编制单位：{WX_BODY}　　　　　　　　　　　　编制日期：2024年6月", center=True)
    for n, (domain, rows) in enumerate(WX_DOMAINS):
        body_text(doc, ("一、", "二、")[n] + domain + "领域", size=12, bold=True)
        table = doc.add_table(rows=2 + len(rows), cols=14)
        table.style = "Table Grid"

        def put(r, c, value, rs=1, cs=1, bold=False):
            mw.put_span(table, r, c, value, 9, rs, cs, bold)

        two_row_header(table, put, (("全社会", "特定群体"), ("主动", "依申请")), ("区级", "镇级"))
        for r in range(2):
            mw.repeat_as_header(table.rows[r])
        for i, r in enumerate(rows):
            values = [str(r["seq"]), None, r["item"], r["content"], r["basis"], r["time_limit"], r["subject"],
                      "\n".join(r["channels"]),
                      tickmark(r, "audience", "全社会"), tickmark(r, "audience", "特定群体"),
                      tickmark(r, "mode", "主动公开"), tickmark(r, "mode", "依申请公开"),
                      tickmark(r, "levels", "区级"), tickmark(r, "levels", "镇级")]
            for c, v in enumerate(values):
                if v is not None or c != 1:
                    put(2 + i, c, v or "")
        for start, length in runs([r["category"] for r in rows]):
            put(2 + start, 1, rows[start]["category"], rs=length)
        fix_widths(table, WX_WIDTHS)
        doc.add_paragraph()
    doc.save(path)


def fix_widths(table, ws):
    table.autofit = False
    for c, w in enumerate(ws):
        table._tbl.tblGrid.gridCol_lst[c].w = Cm(w)
        for row in table.rows:
            row.cells[c].width = Cm(w)


# ---------------------------------------------------------------- 5. 文山分局 生态环境: a table per entry (DOCX / PDF)

ST_A = "文山州生态环境局文山分局"
ST_T = "自该信息形成或者变更之日起20个工作日内"
ST_S = "市级生态环境部门"
ST_CH = ["政府网站", "两微一端", "政务服务中心", "便民服务站"]
ST_ROWS = rows_of([
    ("行政许可", [
        dict(item="建设项目环境影响评价文件审批",
             content="1.受理环节：受理情况公示、报告书（表）全本 2.拟决定环节：拟审查环评文件基本情况公示 3.决定环节：环评批复",
             basis="《中华人民共和国环境影响评价法》《中华人民共和国放射性污染防治法》" + TIAOLI),
        dict(item="防治污染设施拆除或闲置审批",
             content="1.企业或单位关闭、闲置、拆除工业固体废物污染环境防治设施、场所的核准结果 2.企业或单位拆除、闲置环境噪声污染防治设施的审批结果",
             basis="《中华人民共和国固体废物污染环境防治法》《中华人民共和国环境噪声污染防治法》" + TIAOLI),
    ]),
    ("行政处罚", [
        dict(item="行政处罚决定", content="1.行政处罚决定书 2.行政处罚执行情况",
             basis="《中华人民共和国环境保护法》《中华人民共和国行政处罚法》" + TIAOLI,
             time_limit="行政处罚决定作出之日起7个工作日内"),
    ]),
    ("环境监测", [
        dict(item="环境质量状况", content="1.空气质量月报 2.集中式饮用水水源地水质状况", basis="《中华人民共和国环境保护法》",
             time_limit="每月10日前", channels=["政府网站", "两微一端"]),
    ]),
    ("公共服务事项", [
        dict(item="生态环境保护政策与业务咨询", content="生态环境保护政策与业务咨询答复函", basis="《中华人民共和国环境保护法》" + TIAOLI,
             audience=["特定群体"], mode=["依申请公开"], channels=["政府网站"]),
    ]),
], dict(time_limit=ST_T, subject=ST_S, channels=ST_CH, audience=["全社会"], mode=["主动公开"]))
ST = dict(
    name="sthj_wenshan", landscape=True,
    title=ST_A + "生态环境领域基层政务公开标准目录",
    doc=dict(agency=ST_A),
    rows=ST_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode"],
)


def st_docx(path):
    doc = mw.new_document(ST)
    mw.add_heading(doc, ST["title"], 16)
    first_of_group = {start for start, _ in runs([r["category"] for r in ST_ROWS])}
    for i, r in enumerate(ST_ROWS):
        table = doc.add_table(rows=3, cols=12)
        table.style = "Table Grid"

        def put(rr, c, value, rs=1, cs=1, bold=False):
            mw.put_span(table, rr, c, value, 9, rs, cs, bold)

        two_row_header(table, put, (("全社会", "特定群体"), ("主动", "依申请")))
        values = [str(r["seq"]), r["category"] if i in first_of_group else "", r["item"], r["content"], r["basis"],
                  r["time_limit"], r["subject"], " ".join(f"{k}.{ch}" for k, ch in enumerate(r["channels"], 1)),
                  tickmark(r, "audience", "全社会"), tickmark(r, "audience", "特定群体"),
                  tickmark(r, "mode", "主动公开"), tickmark(r, "mode", "依申请公开")]
        for c, v in enumerate(values):
            put(2, c, v or "")
        fix_widths(table, [1.0, 1.8, 2.6, 5.8, 4.6, 2.4, 1.8, 2.8, 0.9, 0.9, 0.9, 1.0])
        doc.add_paragraph()
    doc.save(path)


# ---------------------------------------------------------------- 6. 汉台区税务局: 一级 / 二级 / 三级, 责任科室 (DOCX / PDF)

SW_A = "国家税务总局汉中市汉台区税务局"
# (category, item, third or None where the 二级 spans the 三级 column, content, time limit, channels, audience, offices)
SW_ENTRIES = [
    ("机构信息", "机构职能", "机构设置", "内设机构、派出机构名称及主要职责", T20, ["政府网站"], ["全社会"], ["办公室"]),
    ("机构信息", "机构职能", "联系方式", "办公地址、办公时间、联系电话", T20, ["政府网站"], ["全社会"], ["办公室"]),
    ("机构信息", "领导信息", None, "局领导姓名、职务、工作分工", T20, ["政府网站"], ["全社会"], ["办公室", "人事股"]),
    ("税收政策", "税收法律法规", None, "现行有效的税收法律、行政法规、部门规章", T20, ["政府网站", "微信公众号"], ["全社会"],
     ["法制股"]),
    ("税收政策", "政策解读", None, "新出台税收政策的解读材料、热点问题答复", "政策发布后3个工作日内", ["政府网站", "微信公众号"],
     ["全社会"], ["法制股", "纳税服务股"]),
    ("纳税服务", "办税指南", "办税服务厅", "办税服务厅地址、办公时间、咨询电话", T20, ["政府网站", "办税服务厅"], ["全社会"],
     ["纳税服务股"]),
    ("纳税服务", "办税指南", "涉税事项办理", "办税事项清单、办理流程、报送资料", T20, ["政府网站", "办税服务厅"], ["全社会"],
     ["纳税服务股"]),
    ("纳税服务", "纳税信用", None, "年度纳税信用A级纳税人名单", "评价结果确定后及时公开", ["政府网站"], ["全社会"],
     ["纳税服务股"]),
    ("执法信息", "行政处罚", None, "行政处罚决定书（按规定隐去个人信息）", "行政处罚决定作出之日起7个工作日内", ["政府网站"],
     ["全社会", "特定群体"], ["法制股"]),
    ("财政信息", "部门预决算", None, "部门预算、决算及“三公”经费", "批复后20日内", ["政府网站"], ["全社会"], ["财务管理股"]),
    ("政府信息公开", "政府信息公开工作年度报告", None, "上一年度政府信息公开工作年度报告", "每年1月31日前", ["政府网站"],
     ["全社会"], ["办公室"]),
]
SW_ROWS = [dict(seq=i, category=c, item=it, content=ct, time_limit=t, subject=SW_A, channels=ch, audience=au,
                responsible=rp) for i, (c, it, _, ct, t, ch, au, rp) in enumerate(SW_ENTRIES, 1)]
SW = dict(
    name="sw_hantai", landscape=True,
    title=SW_A + "政府信息主动公开基本目录",
    doc=dict(agency=SW_A, region={"province": "陕西省", "city": "汉中市", "county": "汉台区"}, level="county"),
    rows=SW_ROWS,
    fields=["seq", "category", "item", "content", "time_limit", "subject", "channels", "audience", "responsible"],
)


def sw_docx(path):
    doc = mw.new_document(SW)
    mw.add_heading(doc, SW["title"], 16)
    n = len(SW_ENTRIES)
    table = doc.add_table(rows=2 + n, cols=11)
    table.style = "Table Grid"

    def put(r, c, value, rs=1, cs=1, bold=False):
        mw.put_span(table, r, c, value, 9, rs, cs, bold)

    put(0, 0, "序号", rs=2, bold=True)
    put(0, 1, "公开事项", cs=3, bold=True)
    for c, label in ((1, "一级事项"), (2, "二级事项"), (3, "三级事项")):
        put(1, c, label, bold=True)
    for c, label in ((4, "公开内容（要素）"), (5, "公开时限"), (6, "公开主体"), (7, "公开渠道")):
        put(0, c, label, rs=2, bold=True)
    put(0, 8, "公开对象", cs=2, bold=True)
    put(1, 8, "全社会", bold=True)
    put(1, 9, "特定群众", bold=True)
    put(0, 10, "责任科室", rs=2, bold=True)
    for i, (c_, it, third, ct, t, ch, au, rp) in enumerate(SW_ENTRIES):
        row = 2 + i
        put(row, 0, str(i + 1))
        if third is not None:
            put(row, 3, third)
        for c, v in ((4, ct), (5, t), (6, SW_A), (7, "、".join(ch)), (8, "√" if "全社会" in au else ""),
                     (9, "√" if "特定群体" in au else ""), (10, "、".join(rp))):
            put(row, c, v)
    for start, length in runs([e[0] for e in SW_ENTRIES]):
        put(2 + start, 1, SW_ENTRIES[start][0], rs=length)
    for start, length in runs([(e[0], e[1]) for e in SW_ENTRIES]):
        e = SW_ENTRIES[start]
        if e[2] is None:
            put(2 + start, 2, e[1], rs=length, cs=2)
        else:
            put(2 + start, 2, e[1], rs=length)
    fix_widths(table, [1.0, 2.0, 2.4, 2.2, 5.8, 3.2, 3.0, 2.6, 1.0, 1.0, 2.0])
    body_text(doc, "备注：依申请公开的政府信息，按照《中华人民共和国政府信息公开条例》规定办理。", size=10)
    doc.save(path)


# ---------------------------------------------------------------- 7. 谷城县退役军人事务局: a template workbook (XLSX / XLS)

TY_A = "谷城县退役军人事务局"
TY_ROWS = rows_of([
    ("政策法规", [
        dict(item="法律法规", content="退役军人保障、优待抚恤、褒扬纪念相关法律法规",
             basis="《中华人民共和国退役军人保障法》"),
        dict(item="政策解读", content="本局出台政策文件的解读材料", basis="《国务院办公厅关于全面推进政务公开工作的意见》"),
    ]),
    ("移交安置", [
        dict(item="退役士兵安置", content="安置计划、安置岗位、安置结果（隐去个人隐私信息）", basis="《退役士兵安置条例》",
             audience=["特定群体"], time_limit="安置结果确定后5个工作日内"),
    ]),
    ("优待抚恤", [
        dict(item="抚恤补助", content="抚恤补助标准、发放程序", basis="《军人抚恤优待条例》"),
        dict(item="优待证办理", content="申领条件、申领材料、办理流程", basis="《退役军人、其他优抚对象优待证管理办法（试行）》",
             mode=["依申请公开"], audience=["特定群体"]),
    ]),
], dict(time_limit=T20, subject=TY_A, channels=["政府网站", "两微一端"], audience=["全社会"], mode=["主动公开"]))
TY = dict(
    name="tyjr_gucheng",
    title="谷城县退役军人事务领域基层政务公开标准目录",
    doc=dict(agency=TY_A, region={"province": "湖北省", "city": "襄阳市", "county": "谷城县"}, level="county"),
    rows=TY_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode"],
)


def ty_xlsx(path):
    """The workbook as a county hands its template on: a 填报说明 sheet first, the catalog sheet, and a hidden sheet of
    the options its cells' drop-down lists (data validation) offer; header labels broken with Alt-Enter."""
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = Workbook()
    guide = wb.active
    guide.title = "填报说明"
    for r, line in enumerate(("填报说明", "1.公开对象、公开方式请从下拉列表中选择。",
                              "2.公开渠道可多选，多个渠道用顿号隔开。", "3.请勿修改表头和隐藏的选项表。"), 1):
        guide.cell(r, 1, line).font = Font(name="宋体", size=12 if r > 1 else 14, bold=r == 1)
    guide.column_dimensions["A"].width = 60
    ws = wb.create_sheet("标准目录")
    options = wb.create_sheet("选项")
    for c, (label, values) in enumerate((("公开对象", ["全社会", "特定群体"]), ("公开方式", ["主动公开", "依申请公开"]),
                                         ("公开渠道", ["政府网站", "两微一端", "政务服务中心", "公开查阅点"])), 1):
        options.cell(1, c, label)
        for r, v in enumerate(values, 2):
            options.cell(r, c, v)
    options.sheet_state = "hidden"
    ncols = 10
    sheet_put(ws, 1, 1, TY["title"], cs=ncols, bold=True, size=16).alignment = CENTRE
    labels = ["序号", "一级\n事项", "二级\n事项", "公开内容\n（要素）", "公开依据", "公开\n时限", "公开\n主体", "公开渠道\n和载体",
              "公开\n对象", "公开\n方式"]
    for c, label in enumerate(labels, 1):
        sheet_put(ws, 2, c, label, bold=True)
    first = 3
    for i, r in enumerate(TY_ROWS):
        values = [r["seq"], None, r["item"], r["content"], r["basis"], r["time_limit"], r["subject"],
                  "、".join(r["channels"]), "、".join(r["audience"]), "、".join(r["mode"])]
        for c, v in enumerate(values, 1):
            if v is not None:
                sheet_put(ws, first + i, c, v)
    for start, length in runs([r["category"] for r in TY_ROWS]):
        sheet_put(ws, first + start, 2, TY_ROWS[start]["category"], rs=length)
    last = first + len(TY_ROWS) - 1
    frame(ws, 2, last, ncols)
    for col, ref in (("I", "$A$2:$A$3"), ("J", "$B$2:$B$3")):
        dv = DataValidation(type="list", formula1="选项!" + ref, allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"{col}{first}:{col}{last + 20}")
    widths(ws, [6, 10, 14, 30, 28, 18, 14, 16, 10, 10])
    ws.freeze_panes = "A3"
    wb.active = 1
    wb.save(path)


def main():
    out = mw.probe_dirs("pages5")
    tmp = tempfile.mkdtemp(prefix="make_probe_p8_")
    try:
        for cat, draw in ((FX, fx_xlsx), (GC, gc_xlsx), (WS, ws_xlsx)):
            draw(os.path.join(out, cat["name"] + ".xlsx"))
            write_gold(cat, cat["name"] + ".xlsx")
        # the template workbook, and the same saved as XLS by LibreOffice (hidden sheet and drop-downs kept)
        src = os.path.join(out, TY["name"] + ".xlsx")
        ty_xlsx(src)
        soffice("xls", src, out)
        for kind in ("xlsx", "xls"):
            write_gold(TY, TY["name"] + "." + kind)
        for cat, draw in ((WX, wx_docx), (ST, st_docx), (SW, sw_docx)):
            src = os.path.join(tmp, cat["name"] + ".docx")
            draw(src)
            for kind in ("docx", "pdf"):
                if kind == "docx":
                    shutil.copy(src, out)
                else:
                    soffice(kind, src, out)
                write_gold(cat, cat["name"] + "." + kind)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
