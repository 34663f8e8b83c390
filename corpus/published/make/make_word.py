#!/usr/bin/python3
"""Writes the Word / Excel catalogs of corpus/published/word/ and their gold records
(src/test/resources/published-gold/word/<file>.json), the way county and township bureaus make them:
a Word table with merged 一级事项 cells (saved as DOCX, exported to PDF by LibreOffice Writer, or saved as
legacy DOC), or an Excel sheet with the title in a merged first row and notes under the table.

Each catalog is described once, as a careful reader sees its rows (merged cells already filled in); the
file is drawn from that description and the gold is written from the same rows, never from gkml's output.
The wording follows real 基层政务公开标准目录 (sources in corpus/published/README.md); places and units are
real names, the rows are rebuilt, not copied.

Needs python3-docx, python3-openpyxl and LibreOffice (soffice). Run from the repository root:
    /usr/bin/python3 corpus/published/make/make_word.py [--gold-only]
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "word")
GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold", "word")

# ---------------------------------------------------------------- wording shared by many rows

TIAOLI = "《中华人民共和国政府信息公开条例》"
T20 = "信息形成或者变更之日起20个工作日内"
BOXES = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点",
         "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"]


def laws(basis):
    """Titles in 《》 (nested 〈〉 / <> kept), in order, no duplicates."""
    out = []
    for m in re.finditer(r"《([^《》]*)》", basis or ""):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    """二十 → 20, 十五 → 15, 七 → 7 (numbers below a hundred, as time limits write them)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[s]


def deadline(time_limit):
    # 1月31日 is a date, not a count
    m = re.search(r"(?<![月\d一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*(个)?(工作日|日|天)", time_limit or "")
    if not m:
        return None, None
    return cn_number(m.group(1)), "working_day" if m.group(3) == "工作日" else "day"


# ---------------------------------------------------------------- cell renderings

def channels_lines(row):
    return "\n".join(row["channels"])


def channels_boxes(row, per_line=2, selected="■", unselected="□"):
    marks = [(selected if b in row["channels"] else unselected) + b for b in BOXES]
    return "\n".join(" ".join(marks[i:i + per_line]) for i in range(0, len(marks), per_line))


def channels_diamonds(row):
    return channels_boxes(row, per_line=3, selected="◆", unselected="◇")


def tick(field, value, mark="√"):
    return lambda row: mark if value in row.get(field, []) else ""


def text(field):
    return lambda row: "" if row.get(field) is None else str(row[field])


def extra(label):
    return lambda row: row["extra"][label]


# ---------------------------------------------------------------- catalogs
# A catalog: header cells (row, col, rowspan, colspan, text), column renderers, rows (as read), merged
# columns (runs of equal values drawn as one cell), document facts, file kinds.


def rows_of(groups, defaults):
    """groups: (category, [row dicts]); each row gets the defaults it does not override and its category."""
    out = []
    for category, rows in groups:
        for r in rows:
            d = dict(defaults)
            d.update(r)
            d["category"] = category
            out.append(d)
    for i, r in enumerate(out, 1):
        r.setdefault("seq", i)
    return out


# 1. 义务教育, 香山街道: DOCX with merged 一级事项 groups, bare 一级 / 二级 under 公开事项, channels typed one per
#    line, exported to PDF by LibreOffice Writer.
YW_ROWS = rows_of([
    ("政策文件", [
        dict(item="教育法律法规", content="教育法律、行政法规、部门规章及地方性法规"),
        dict(item="规范性文件", content="部门和地方政府规章、各类教育政策文件"),
    ]),
    ("招生管理", [
        dict(item="招生政策", content="随迁子女入学办法；部分适龄儿童或少年延缓入学、休学等特殊需求的政策解读",
             basis=TIAOLI + "《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》"),
        dict(item="招生范围", content="招生范围、学区划分详细情况",
             basis=TIAOLI + "《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》"),
        dict(item="招生结果", content="各校招生人数、录取情况", audience=["特定群体"],
             channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"]),
    ]),
    ("学生资助", [
        dict(item="义务教育学生资助政策", content="统一城乡义务教育“两免一补”政策",
             basis=TIAOLI + "《国务院关于进一步完善城乡义务教育经费保障机制的通知》"),
        dict(item="资助对象名单", content="享受家庭经济困难寄宿生生活费补助学生名单（隐去身份证号等个人信息）",
             audience=["特定群体"], channels=["公开查阅点", "社区/企事业单位/村公示栏（电子屏）"]),
    ]),
    ("财务信息", [
        dict(item="收费项目及标准", content="服务性收费和代收费项目、标准及依据",
             basis=TIAOLI + "《教育部关于推进中小学信息公开工作的意见》"),
        dict(item="经费预决算信息", content="年度经费预算、决算信息",
             basis=TIAOLI + "《教育部关于推进中小学信息公开工作的意见》", mode=["主动公开", "依申请公开"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="香山街道办事处", channels=["政府网站", "两微一端", "公示栏"],
        audience=["全社会"], mode=["主动公开"]))

YW = dict(
    name="ywjy_xiangshan", kinds=["docx", "pdf"], landscape=False, font=8,
    title="香山街道义务教育领域基层政务公开标准目录（试行）",
    doc=dict(agency="香山街道办事处"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级"), (1, 2, 1, 1, "二级"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_lines, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开")],
    widths=[0.8, 1.4, 1.8, 3.2, 3.0, 1.8, 1.5, 1.9, 0.8, 0.8, 0.8, 0.8],
    merged=[1], rows=YW_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode"],
)

# 2. 社会救助, 石羊镇: legacy DOC, 一级目录 / 二级 under 公开事项, ■/□ checkbox lists, levels 县级 | 乡、村级,
#    公开依据 merged within a group as well.
SJ_DIBAO = "《国务院关于进一步加强和改进最低生活保障工作的意见》《最低生活保障审核审批办法（试行）》、各地配套政策法规文件"
SJ_TEKUN = "《国务院关于进一步健全特困人员救助供养制度的意见》、民政部关于印发《特困人员认定办法》的通知"
SJ_LINSHI = "《国务院关于全面建立临时救助制度的通知》《民政部 财政部关于进一步加强和改进临时救助工作的意见》"
SJ_T10 = "制定或获取信息之日起10个工作日内"
SJ_ROWS = rows_of([
    ("综合业务", [
        dict(item="政策法规文件", content="《社会救助暂行办法》及各地配套政策法规文件", basis="《社会救助暂行办法》"),
        dict(item="监督检查", content="社会救助信访通讯地址；社会救助投诉举报电话", basis="《社会救助暂行办法》"),
    ]),
    ("最低生活保障", [
        dict(item="办事指南", content="办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式",
             basis=SJ_DIBAO),
        dict(item="审核信息", content="初审对象名单及相关信息", basis=SJ_DIBAO,
             time_limit=SJ_T10 + "，公示7个工作日", audience=["特定群体"]),
        dict(item="审批信息", content="低保对象名单及相关信息", basis=SJ_DIBAO, audience=["特定群体"]),
    ]),
    ("特困人员救助供养", [
        dict(item="办事指南", content="办理事项、办理条件、救助供养标准、申请材料、办理流程、办理时间、地点、联系方式",
             basis=SJ_TEKUN),
        dict(item="审核信息", content="初审对象名单及相关信息、终止供养名单", basis=SJ_TEKUN,
             time_limit=SJ_T10 + "，公示7个工作日", audience=["特定群体"]),
    ]),
    ("临时救助", [
        dict(item="办事指南", content="办理事项、办理条件、救助标准、申请材料、办理流程、办理时间、地点、联系方式",
             basis=SJ_LINSHI),
        dict(item="救助结果", content="救助对象、救助事由、救助金额（隐去个人隐私信息）", basis=SJ_LINSHI,
             audience=["特定群体"], levels=["乡、村级"]),
    ]),
], dict(time_limit=SJ_T10, subject="石羊镇人民政府",
        channels=["政府网站", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"],
        audience=["全社会"], mode=["主动公开"], levels=["县级", "乡、村级"]))

SJ = dict(
    name="shjz_shiyang", kinds=["doc"], landscape=True, font=8,
    title="石羊镇社会救助领域基层政务公开标准目录",
    doc=dict(agency="石羊镇人民政府"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级目录"), (1, 2, 1, 1, "二级"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 1, 2, "公开层级"),
            (1, 12, 1, 1, "县级"), (1, 13, 1, 1, "乡、村级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_boxes, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡、村级")],
    widths=[0.8, 1.6, 1.6, 3.8, 4.0, 2.2, 1.6, 4.2, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
    merged=[1, 4], rows=SJ_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

# 3. 财政预决算, 江上乡: XLSX, title in a merged first row, 大类 / 小类, 公开范围 and 公开方式 as words,
#    公开时长, notes rows (备注：…, 填表人：… | 联系电话：…) under the table.
CZ_BASIS = "《中华人民共和国预算法》《中华人民共和国政府信息公开条例》《财政部关于印发〈地方预决算公开操作规程〉的通知》"
CZ_ROWS = rows_of([
    ("政府预算", [
        dict(item="一般公共预算", content="一般公共预算收入表、一般公共预算支出表、本级一般公共预算基本支出表",
             time_limit="本级人民代表大会或其常务委员会批准后20日内"),
        dict(item="政府性基金预算", content="政府性基金预算收入表、政府性基金预算支出表",
             time_limit="本级人民代表大会或其常务委员会批准后20日内"),
        dict(item="“三公”经费预算", content="“三公”经费预算总额及因公出国（境）费、公务用车购置及运行费、公务接待费分项数额",
             time_limit="本级人民代表大会或其常务委员会批准后20日内"),
    ]),
    ("政府决算", [
        dict(item="一般公共预算决算", content="一般公共预算收入决算表、一般公共预算支出决算表",
             time_limit="本级人民代表大会常务委员会批准后20日内"),
        dict(item="“三公”经费决算", content="“三公”经费决算总额、分项数额及增减变化情况说明",
             time_limit="本级人民代表大会常务委员会批准后20日内"),
    ]),
    ("部门预决算", [
        dict(item="部门预算", content="部门收支总表、部门收入总表、部门支出总表、财政拨款收支总表及情况说明",
             time_limit="本级政府财政部门批复后20日内"),
        dict(item="部门决算", content="部门决算收支表格及本部门职责、机构设置、机关运行经费、政府采购情况说明",
             time_limit="本级政府财政部门批复后20日内"),
    ]),
    ("政府债务", [
        dict(item="债务限额及余额", content="地方政府债务限额、余额及使用安排",
             basis=CZ_BASIS + "《地方政府债务信息公开办法（试行）》", time_limit="随同预决算公开", duration="5年"),
    ]),
], dict(basis=CZ_BASIS, subject="永修县江上乡人民政府", channels=["政府网站", "政务公开栏"],
        audience=["全社会"], mode=["主动公开"], duration="长期"))
for r in CZ_ROWS:
    r["extra"] = {"公开时长": r.pop("duration")}

CZ = dict(
    name="czyjs_jiangshang", kinds=["xlsx"],
    title="永修县江上乡财政预决算领域基层政务公开标准目录",
    doc=dict(agency="永修县江上乡人民政府", region={"province": "江西省", "city": "九江市", "county": "永修县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "大类"), (1, 2, 1, 1, "小类"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开时长"), (0, 7, 2, 1, "公开主体"), (0, 8, 2, 1, "公开渠道和载体"),
            (0, 9, 2, 1, "公开范围"), (0, 10, 2, 1, "公开方式")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             extra("公开时长"), text("subject"), channels_lines, lambda r: "、".join(r["audience"]),
             lambda r: "、".join(r["mode"])],
    widths=[6, 12, 16, 40, 40, 22, 10, 16, 16, 10, 10],
    merged=[1], rows=CZ_ROWS,
    notes=[["备注：本目录所列事项由乡财政所负责解释，自公布之日起施行。"],
           ["填表人：刘建华", "", "", "联系电话：0792-3281026"]],
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "extra"],
)

# 4. 公共法律服务, 三门县: DOCX and its PDF, a 三级事项 column under 公开事项, 公开方式 printed twice (over
#    主动 / 依申请公开 and over the level ticks), channels one per line with a trailing 注 in the cell.
FL_PUFA = "《中共中央、国务院转发〈中央宣传部、司法部关于在公民中开展法治宣传教育的第八个五年规划（2021－2025年）〉》"
FL_T = "自制作或获取该信息之日起20个工作日内公开"
FL_NOTE = "注：有关公开信息可推送或归集至本省级法律服务网。"
FL_CH = ["政府网站", "两微一端", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "其他法律服务网"]
FL_ROWS = rows_of([
    ("法治宣传教育", [
        dict(item="法治宣传", l3="法律知识普及服务", content="法律法规资讯；普法动态资讯；普法讲师团信息"),
        dict(item="法治宣传", l3="推广法治文化服务", content="辖区内法治文化阵地信息；法治文化作品、产品"),
        dict(item="法治宣传", l3="表彰奖励", content="评选表彰通知；拟表彰的先进集体先进个人名单；表彰决定"),
    ]),
    ("法律援助", [
        dict(item="法律援助服务", l3="法律援助申请指南", content="申请条件、申请材料、办理流程、受理机构地址及电话",
             basis="《法律援助条例》"),
        dict(item="法律援助服务", l3="法律援助决定", content="给予法律援助决定书；不予法律援助决定书；指派通知书",
             basis="《法律援助条例》", audience=["特定群体"], mode=["依申请公开"], channels=["精准推送"],
             levels=["县级"]),
    ]),
    ("人民调解", [
        dict(item="人民调解组织", l3="人民调解委员会", content="人民调解委员会名称、地址、联系方式",
             basis="《中华人民共和国人民调解法》"),
        dict(item="人民调解组织", l3="人民调解员", content="人民调解员姓名、所在调解组织",
             basis="《中华人民共和国人民调解法》"),
    ]),
    ("公证", [
        dict(item="公证服务", l3="公证机构信息", content="公证机构名称、地址、执业区域、联系电话",
             basis="《中华人民共和国公证法》", levels=["县级"]),
    ]),
], dict(basis=FL_PUFA, time_limit=FL_T, subject="三门县司法局", channels=FL_CH, remarks=FL_NOTE,
        audience=["全社会"], mode=["主动公开"], levels=["县级", "乡、村级"]))
for r in FL_ROWS:
    if r["channels"] != FL_CH:
        r["remarks"] = None
    r["extra"] = {"三级事项": r.pop("l3")}


def fl_channels(row):
    cell = "\n".join(row["channels"])
    return cell + "\n" + row["remarks"] if row.get("remarks") else cell


FL = dict(
    name="ggflfw_sanmen", kinds=["docx", "pdf"], landscape=True, font=8,
    title="三门县公共法律服务领域基层政务公开标准目录（试行）",
    doc=dict(agency="三门县司法局", region={"province": "浙江省", "city": "台州市", "county": "三门县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 3, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (1, 3, 1, 1, "三级事项"), (0, 4, 2, 1, "公开内容（要素）"), (0, 5, 2, 1, "公开依据"),
            (0, 6, 2, 1, "公开时限"), (0, 7, 2, 1, "公开主体"), (0, 8, 2, 1, "公开渠道和载体"),
            (0, 9, 1, 2, "公开对象"), (1, 9, 1, 1, "全社会"), (1, 10, 1, 1, "特定群众"),
            (0, 11, 1, 2, "公开方式"), (1, 11, 1, 1, "主动"), (1, 12, 1, 1, "依申请公开"),
            (0, 13, 1, 2, "公开方式"), (1, 13, 1, 1, "县级"), (1, 14, 1, 1, "乡、村级")],
    columns=[text("seq"), text("category"), text("item"), extra("三级事项"), text("content"), text("basis"),
             text("time_limit"), text("subject"), fl_channels, tick("audience", "全社会"),
             tick("audience", "特定群体"), tick("mode", "主动公开"), tick("mode", "依申请公开"),
             tick("levels", "县级"), tick("levels", "乡、村级")],
    widths=[0.8, 1.6, 1.6, 1.8, 3.6, 4.0, 2.2, 1.5, 3.6, 0.9, 0.9, 0.9, 1.0, 0.9, 0.9],
    merged=[1, 2], rows=FL_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels", "remarks", "extra"],
)

# 5. 乡村振兴, 南江县: landscape DOCX long enough to run over pages, header rows repeated on every page,
#    groups that cross a page break; committed as DOCX and its PDF.
XC_T = "信息形成（变更）20个工作日内"
XC_VILLAGE = "贫困人口所在行政村"
XC_FUND = "《中央财政衔接推进乡村振兴补助资金管理办法》"
XC_ROWS = rows_of([
    ("政策文件", [
        dict(item="行政法规、规章", content="中央及地方政府涉及乡村振兴领域的行政法规、规章"),
        dict(item="规范性文件", content="各级政府及部门涉及乡村振兴领域的规范性文件"),
        dict(item="其他政策文件", content="涉及乡村振兴领域其他政策文件"),
    ]),
    ("监测对象", [
        dict(item="防返贫监测对象识别", content="识别标准、识别程序（农户申请、民主评议、公示公告、逐级审核）、识别结果",
             basis="《关于健全防止返贫动态监测和帮扶机制的指导意见》", subject=XC_VILLAGE,
             audience=["特定群体"], levels=["乡级", "村级"],
             channels=["社区/企事业单位/村公示栏（电子屏）"]),
        dict(item="风险消除", content="风险消除标准、程序及结果",
             basis="《关于健全防止返贫动态监测和帮扶机制的指导意见》", subject=XC_VILLAGE,
             audience=["特定群体"], levels=["乡级", "村级"],
             channels=["社区/企事业单位/村公示栏（电子屏）"]),
    ]),
    ("衔接资金", [
        dict(item="资金分配结果", content="资金分配结果、资金安排项目", basis=XC_FUND, subject="南江县财政局"),
        dict(item="年度计划", content="年度资金使用计划、项目安排", basis=XC_FUND),
        dict(item="资金使用情况", content="资金使用项目名称、建设内容、资金规模、实施地点、受益对象、绩效目标",
             basis=XC_FUND, levels=["县级", "乡级", "村级"]),
        dict(item="资金监管", content="监督举报电话、受理部门", basis=XC_FUND),
    ]),
    ("项目管理", [
        dict(item="项目库建设", content="项目库规模、项目库名单", basis="《关于加强衔接资金项目管理工作的指导意见》"),
        dict(item="项目实施", content="项目名称、实施地点、资金来源、资金规模、实施单位、受益对象、绩效目标",
             basis="《关于加强衔接资金项目管理工作的指导意见》", levels=["县级", "乡级", "村级"]),
        dict(item="项目验收", content="验收主体、验收时间、验收结果",
             basis="《关于加强衔接资金项目管理工作的指导意见》", levels=["县级", "乡级", "村级"]),
        dict(item="项目资产管理", content="资产类型、资产权属、运营管护主体、收益分配",
             basis="《关于加强扶贫项目资产后续管理的指导意见》", levels=["县级", "乡级"]),
    ]),
    ("帮扶政策落实", [
        dict(item="产业帮扶", content="产业帮扶项目、带动农户数量、受益情况",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县农业农村局"),
        dict(item="就业帮扶", content="公益性岗位设置、人员聘用、补贴发放情况",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县人力资源和社会保障局",
             audience=["特定群体"]),
        dict(item="教育帮扶", content="资助政策、资助标准、资助对象及金额",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县教育科技局",
             audience=["特定群体"]),
        dict(item="健康帮扶", content="医疗保障和救助政策、先诊疗后付费政策、家庭医生签约服务",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县卫生健康局"),
        dict(item="住房安全保障", content="农村危房改造对象认定标准、补助标准、改造对象名单",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县住房和城乡建设局",
             levels=["县级", "乡级", "村级"]),
        dict(item="饮水安全保障", content="农村供水工程建设情况、水质检测结果",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县水利局"),
        dict(item="兜底保障", content="纳入低保、特困供养的监测对象政策、标准",
             basis="《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》", subject="南江县民政局"),
    ]),
    ("驻村帮扶", [
        dict(item="驻村工作队", content="驻村第一书记和工作队员名单、派出单位、联系方式",
             basis="《关于向重点乡村持续选派驻村第一书记和工作队的意见》", subject="乡镇人民政府",
             levels=["乡级", "村级"]),
        dict(item="结对帮扶", content="帮扶责任人、帮扶措施、联系方式",
             basis="《关于向重点乡村持续选派驻村第一书记和工作队的意见》", subject="乡镇人民政府",
             levels=["乡级", "村级"], audience=["特定群体"]),
    ]),
    ("监督举报", [
        dict(item="举报渠道", content="乡村振兴领域监督举报电话、网站、信箱", basis=TIAOLI),
        dict(item="问题整改", content="审计、巡视、督查发现问题整改情况", basis=TIAOLI, levels=["县级"]),
    ]),
], dict(basis=TIAOLI, time_limit=XC_T, subject="南江县乡村振兴局",
        channels=["政府网站", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"],
        audience=["全社会"], mode=["主动公开"], levels=["县级", "乡级"]))

XC = dict(
    name="xczx_nanjiang", kinds=["docx", "pdf"], landscape=True, font=9, repeat_header=True,
    title="南江县乡村振兴领域基层政务公开标准目录",
    doc=dict(region={"province": "四川省", "city": "巴中市", "county": "南江县"}, level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群众"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请公开"), (0, 12, 1, 3, "公开层级"),
            (1, 12, 1, 1, "县级"), (1, 13, 1, 1, "乡级"), (1, 14, 1, 1, "村级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_lines, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡级"),
             tick("levels", "村级")],
    widths=[0.8, 1.6, 2.0, 4.2, 3.8, 2.0, 2.0, 3.0, 0.9, 0.9, 0.9, 1.0, 0.8, 0.8, 0.8],
    merged=[1], rows=XC_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

# 6. 户籍管理, 宁阳县: legacy DOC, 事项类别 / 事项名称 with no parent label, 公开时长, levels 县级 | 乡级.
HJ_T = "形成或者变更之日起20个工作日内予以公开"
HJ_BASIS = "《中华人民共和国户口登记条例》《中华人民共和国政府信息公开条例》"
HJ_CONTENT = "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准"
HJ_ROWS = rows_of([
    ("出生登记", [
        dict(item="新生儿出生登记"),
        dict(item="中国公民在国（境）外所生子女户口登记"),
    ]),
    ("收养、入籍等登记", [
        dict(item="收养登记", basis="《中华人民共和国户口登记条例》《中华人民共和国收养法》《中国公民收养子女登记办法》"),
        dict(item="入籍登记", basis="《中华人民共和国户口登记条例》《中华人民共和国国籍法》"),
    ]),
    ("注销登记", [
        dict(item="死亡注销"),
        dict(item="服现役注销", levels=["县级"]),
    ]),
    ("迁移登记", [
        dict(item="迁出、迁入登记"),
    ]),
    ("户口登记项目变更更正", [
        dict(item="姓名变更", duration="长期"),
        dict(item="出生日期更正", levels=["县级"], channels=["政府网站", "办事窗口"]),
    ]),
], dict(content=HJ_CONTENT, basis=HJ_BASIS, time_limit=HJ_T, subject="宁阳县公安局",
        channels=["政府网站", "山东政务服务网", "入户/现场"], audience=["全社会"], mode=["主动公开"],
        levels=["县级", "乡级"], duration="常年"))
for r in HJ_ROWS:
    r["extra"] = {"公开时长": r.pop("duration")}

HJ = dict(
    name="hjgl_ningyang", kinds=["doc"], landscape=True, font=9,
    title="宁阳县户籍管理领域基层政务公开标准目录",
    doc=dict(agency="宁阳县公安局", region={"province": "山东省", "city": "泰安市", "county": "宁阳县"},
             level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 2, 1, "事项类别"), (0, 2, 2, 1, "事项名称"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开时长"), (0, 7, 2, 1, "公开主体"), (0, 8, 2, 1, "公开渠道和载体"),
            (0, 9, 1, 2, "公开对象"), (1, 9, 1, 1, "全社会"), (1, 10, 1, 1, "特定群体"),
            (0, 11, 1, 2, "公开方式"), (1, 11, 1, 1, "主动"), (1, 12, 1, 1, "依申请"),
            (0, 13, 1, 2, "公开层级"), (1, 13, 1, 1, "县级"), (1, 14, 1, 1, "乡级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             extra("公开时长"), text("subject"), channels_lines, tick("audience", "全社会"),
             tick("audience", "特定群体"), tick("mode", "主动公开"), tick("mode", "依申请公开"),
             tick("levels", "县级"), tick("levels", "乡级")],
    widths=[0.8, 2.0, 2.6, 3.6, 3.8, 2.4, 1.2, 1.6, 2.4, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
    merged=[1], rows=HJ_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels", "extra"],
)

# 7. 城乡规划, 汝城县: XLSX, title in a merged first row, 类别 / 事项 under 公开事项, ◆/◇ channel lists,
#    levels 县、乡级 | 村级, notes rows under the table.
GH_BASIS = "《中华人民共和国城乡规划法》《中华人民共和国政府信息公开条例》"
GH_ROWS = rows_of([
    ("公共服务", [
        dict(item="法规文件", content="城乡规划领域相关法律、法规、规章、规范性文件"),
        dict(item="政民互动", content="城乡规划事项的意见征集、咨询、信访等", basis=TIAOLI, time_limit="实时公开",
             channels=["政府网站", "广播电视"]),
        dict(item="办事服务", content="行政许可的事项、依据、条件、数量、程序、期限以及申请材料目录", basis=TIAOLI,
             time_limit="实时公开", channels=["政府网站", "政务服务中心"]),
    ]),
    ("规划编制", [
        dict(item="镇总体规划", content="规划批准文件、脱密后的文本及图纸",
             basis="《中华人民共和国土地管理法》《中华人民共和国城乡规划法》《中华人民共和国政府信息公开条例》"),
        dict(item="乡规划和村庄规划", content="规划批准文件、脱密后的文本及图纸", levels=["县、乡级", "村级"],
             channels=["政府网站", "社区/企事业单位/村公示栏（电子屏）"]),
        dict(item="规划修改", content="修改后的规划文本及图纸、修改理由"),
    ]),
    ("规划许可", [
        dict(item="建设项目选址意见书", content="项目名称、建设单位、建设位置、用地面积、核发日期"),
        dict(item="建设用地规划许可证", content="项目名称、建设单位、建设位置、用地面积、核发日期"),
        dict(item="乡村建设规划许可证", content="申请人、建设位置、建设规模、批准文号、核发日期",
             levels=["县、乡级", "村级"], channels=["政府网站", "社区/企事业单位/村公示栏（电子屏）"]),
    ]),
    ("规划监督", [
        dict(item="违法建设查处", content="行政处罚决定书", time_limit="作出行政处罚决定之日起7个工作日内",
             audience=["特定群体"]),
    ]),
], dict(basis=GH_BASIS, time_limit=T20, subject="汝城县自然资源局", channels=["政府网站"],
        audience=["全社会"], mode=["主动公开"], levels=["县、乡级"]))

GH = dict(
    name="cxgh_rucheng", kinds=["xlsx"],
    title="汝城县城乡规划领域基层政务公开标准目录",
    doc=dict(agency="汝城县自然资源局", region={"province": "湖南省", "city": "郴州市", "county": "汝城县"},
             level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "类别"), (1, 2, 1, 1, "事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群众"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请公开"), (0, 12, 1, 2, "公开层级"),
            (1, 12, 1, 1, "县、乡级"), (1, 13, 1, 1, "村级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_diamonds, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县、乡级"), tick("levels", "村级")],
    widths=[6, 10, 16, 30, 34, 20, 14, 40, 7, 7, 7, 8, 8, 7],
    merged=[1], rows=GH_ROWS,
    notes=[["备注：1.“◆”表示选中的公开渠道；2.规划图纸涉密部分不予公开。"],
           ["填表人：陈志刚", "", "", "联系电话：0735-8221314"]],
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

# 8. 卫生健康, 汉阴县: DOCX exported to PDF only, 序号 merged over each 一级事项 group (the group's rows share
#    its number), levels 县级 | 乡级 | 村级.
WS_BASIS = "《国家基本公共卫生服务规范（第三版）》《中华人民共和国政府信息公开条例》"
WS_ROWS = rows_of([
    ("基本公共卫生服务", [
        dict(item="服务项目", content="国家基本公共卫生服务项目名称、服务对象、服务内容", seq=1),
        dict(item="服务机构", content="提供服务的乡镇卫生院、村卫生室名称、地址、联系电话", seq=1,
             levels=["县级", "乡级", "村级"]),
        dict(item="项目资金", content="项目资金分配、拨付情况", seq=1, basis=TIAOLI, levels=["县级"]),
    ]),
    ("家庭医生签约服务", [
        dict(item="签约服务包", content="签约服务内容、收费标准、签约方式", seq=2,
             basis="《关于推进家庭医生签约服务的指导意见》", levels=["县级", "乡级", "村级"]),
        dict(item="签约团队", content="家庭医生团队成员姓名、所在机构、联系电话", seq=2,
             basis="《关于推进家庭医生签约服务的指导意见》", levels=["乡级", "村级"]),
    ]),
    ("妇幼健康", [
        dict(item="免费孕前优生健康检查", content="服务对象、服务内容、服务机构", seq=3,
             basis="《关于做好国家免费孕前优生健康检查项目工作的通知》"),
        dict(item="农村妇女“两癌”检查", content="检查对象、检查内容、检查机构及时间", seq=3,
             basis=TIAOLI),
    ]),
    ("传染病防控", [
        dict(item="疫情信息", content="法定传染病疫情信息", seq=4,
             basis="《中华人民共和国传染病防治法》", time_limit="按国家规定及时公布", levels=["县级"],
             channels=["政府网站", "两微一端", "广播电视"]),
    ]),
], dict(basis=WS_BASIS, time_limit=T20, subject="汉阴县卫生健康局", channels=["政府网站", "公开查阅点"],
        audience=["全社会"], mode=["主动公开"], levels=["县级", "乡级"]))

WS = dict(
    name="wsjk_hanyin", kinds=["pdf"], landscape=True, font=9,
    title="汉阴县卫生健康领域基层政务公开标准目录",
    doc=dict(agency="汉阴县卫生健康局", region={"province": "陕西省", "city": "安康市", "county": "汉阴县"},
             level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 1, 3, "公开层级"),
            (1, 12, 1, 1, "县级"), (1, 13, 1, 1, "乡级"), (1, 14, 1, 1, "村级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_lines, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡级"),
             tick("levels", "村级")],
    widths=[0.8, 2.0, 2.4, 4.0, 4.0, 2.2, 2.0, 2.2, 0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8],
    merged=[0, 1], rows=WS_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

CATALOGS = [YW, SJ, CZ, FL, XC, HJ, GH, WS]


# ---------------------------------------------------------------- gold

def gold_entry(row, fields):
    e = {}
    for f in fields:
        if f == "disclosure_mode":
            e[f] = row["mode"]
        elif f == "basis":
            e["basis"] = row["basis"]
            e["laws"] = laws(row["basis"])
        elif f == "time_limit":
            e["time_limit"] = row["time_limit"]
            e["deadline_days"], e["deadline_unit"] = deadline(row["time_limit"])
        elif f == "channels":
            # gold names a channel without a trailing parenthetical remark (/work/shared/gold/README.md)
            e[f] = [re.sub(r"（[^（）]*）$", "", c) for c in row["channels"]]
        else:
            e[f] = row.get(f)
    return e


def write_gold(cat, filename):
    g = {"source": filename, "title": cat["title"]}
    g.update(cat["doc"])
    g["entries"] = [gold_entry(r, cat["fields"]) for r in cat["rows"]]
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, filename + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- drawing

def body_grid(cat):
    """Rendered body cells and, per merged column, runs (start, length) of equal values within a group."""
    cells = [[render(r) for render in cat["columns"]] for r in cat["rows"]]
    runs = {}
    for c in cat["merged"]:
        out, start = [], 0
        for i in range(1, len(cells) + 1):
            same = i < len(cells) and cells[i][c] == cells[start][c] and \
                cat["rows"][i]["category"] == cat["rows"][start]["category"]
            if not same:
                out.append((start, i - start))
                start = i
        runs[c] = out
    return cells, runs


def set_cell_font(cell, size):
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(size)
            run.font.name = "宋体"
            run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def put(cell, value, size, bold=False, center=False):
    cell.text = ""
    lines = value.split("\n") if value else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()  # a line typed with Enter: a paragraph of its own
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cell_font(cell, size)


def repeat_as_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def make_docx(cat, path):
    doc = new_document(cat)
    add_heading(doc, cat["title"], 15)
    add_table(doc, cat)
    doc.save(path)


def new_document(cat):
    doc = Document()
    sec = doc.sections[0]
    if cat.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    return doc


def add_heading(doc, text, size, center=True):
    t = doc.add_paragraph()
    if center:
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def add_table(doc, cat):
    """The catalog's table (header cells, body rows with their merges) at the end of the document."""
    ncols = len(cat["columns"])
    hrows = max(r + rs for r, _, rs, _, _ in cat["header"])
    cells, runs = body_grid(cat)
    table = doc.add_table(rows=hrows + len(cells), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = cat.get("font", 9)
    for r, c, rs, cs, label in cat["header"]:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        put(cell, label, size, bold=True, center=True)
    if cat.get("repeat_header"):
        for r in range(hrows):
            repeat_as_header(table.rows[r])
    for i, row in enumerate(cells):
        for c, value in enumerate(row):
            if c in runs:
                continue
            put(table.cell(hrows + i, c), value, size, center=len(value) <= 2)
    for c, col_runs in runs.items():
        for start, length in col_runs:
            cell = table.cell(hrows + start, c)
            if length > 1:
                cell = cell.merge(table.cell(hrows + start + length - 1, c))
            put(cell, cells[start][c], size, center=len(cells[start][c]) <= 2)
    # LibreOffice lays a Word table out by its grid columns, Word by the cells' widths: set both
    table.autofit = False
    for c, w in enumerate(cat["widths"]):
        table._tbl.tblGrid.gridCol_lst[c].w = Cm(w)
        for row in table.rows:
            row.cells[c].width = Cm(w)
    return table


def put_span(table, r, c, value, size, rs=1, cs=1, bold=False, center=None):
    """value in the cell at (r, c) merged over rs rows and cs columns; short texts centred unless told."""
    cell = table.cell(r, c)
    if rs > 1 or cs > 1:
        cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
    put(cell, value, size, bold=bold, center=len(value) <= 8 if center is None else center)


def td(value, rs=1, cs=1):
    """An HTML table cell, its line breaks as <br>."""
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    body = "<br>".join(html.escape(line) for line in value.split("\n"))
    return f"<td{attrs}>{body}</td>"


def probe_dirs(folder):
    """A probe generator's output folder: OUTDIR from the command line (gold under OUTDIR/gold), else
    corpus/published/<folder> with gold in src/test/resources/published-gold/<folder>. Sets GOLD."""
    global GOLD
    if len(sys.argv) > 1:
        out = sys.argv[1]
        GOLD = os.path.join(out, "gold")
    else:
        out = os.path.join(ROOT, "corpus", "published", folder)
        GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold", folder)
    os.makedirs(out, exist_ok=True)
    return out


def renditions(cat, docx, out, kinds):
    """The DOCX and what LibreOffice makes of it (pdf, doc) in out, each with its gold."""
    for kind in kinds:
        if kind == "docx":
            shutil.copy(docx, out)
        else:
            soffice(kind, docx, out)
        write_gold(cat, cat["name"] + "." + kind)


def soffice(target, src, outdir):
    # a first start of LibreOffice (a new profile) sometimes exits 1 without converting: try once more
    for attempt in (1, 2):
        done = subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", outdir, src],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode == 0:
            return
    raise RuntimeError("soffice could not convert " + src + " to " + target)


def make_xlsx(cat, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ncols = len(cat["columns"])
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.cell(1, 1, cat["title"]).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = centre
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.row_dimensions[1].height = 36
    top = 2
    hrows = max(r + rs for r, _, rs, _, _ in cat["header"])
    for r, c, rs, cs, label in cat["header"]:
        cell = ws.cell(top + r, c + 1, label)
        cell.font = Font(name="宋体", size=10, bold=True)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=top + r, start_column=c + 1, end_row=top + r + rs - 1, end_column=c + cs)
    for r in range(top, top + hrows):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = centre
    cells, runs = body_grid(cat)
    first = top + hrows
    for i, row in enumerate(cells):
        for c, value in enumerate(row):
            cell = ws.cell(first + i, c + 1)
            if c in runs and not any(s == i for s, _ in runs[c]):
                pass  # covered by a merge: Excel keeps only the top cell's value
            else:
                cell.value = int(value) if c == 0 and value.isdigit() else value
            cell.border = box
            cell.alignment = centre if len(value) <= 2 else wrap
            cell.font = Font(name="宋体", size=10)
    for c, col_runs in runs.items():
        for start, length in col_runs:
            if length > 1:
                ws.merge_cells(start_row=first + start, start_column=c + 1,
                               end_row=first + start + length - 1, end_column=c + 1)
    r = first + len(cells)
    for note in cat.get("notes", []):
        if len(note) == 1:
            ws.cell(r, 1, note[0]).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        else:
            for c, value in enumerate(note):
                if value:
                    ws.cell(r, c + 1, value)
        r += 1
    for c, w in enumerate(cat["widths"]):
        ws.column_dimensions[chr(ord("A") + c)].width = w
    wb.save(path)


def main():
    if "--gold-only" in sys.argv:  # rewrite the gold records, leave the catalogs as committed
        for cat in CATALOGS:
            for kind in cat["kinds"]:
                write_gold(cat, cat["name"] + "." + kind)
        return
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="make_word_")
    try:
        for cat in CATALOGS:
            name = cat["name"]
            if cat["kinds"] == ["xlsx"]:
                make_xlsx(cat, os.path.join(OUT, name + ".xlsx"))
                write_gold(cat, name + ".xlsx")
                continue
            src = os.path.join(tmp, name + ".docx")
            make_docx(cat, src)
            for kind in cat["kinds"]:
                if kind == "docx":
                    shutil.copy(src, os.path.join(OUT, name + ".docx"))
                else:
                    soffice(kind, src, OUT)
                write_gold(cat, name + "." + kind)
    finally:
        shutil.rmtree(tmp)
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
