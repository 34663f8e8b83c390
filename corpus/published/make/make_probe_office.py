#!/usr/bin/python3
"""Writes the blind-probe catalogs of corpus/published/office2/ and their gold records
(src/test/resources/published-gold/office2/<file>.json): six domains not yet in the corpus, made the way
bureaus make their files (DOCX exported to PDF, legacy DOC, XLSX with a 填报单位 line above the header).

Each catalog is described once as a careful reader sees its rows; the file is drawn from that description and
the gold is written from the same rows, never from gkml's output. Drawing helpers come from make_word.py.
Run from the repository root:  /usr/bin/python3 corpus/published/make/make_probe_office.py [--gold-only]
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import TIAOLI, rows_of, text, tick, channels_lines, channels_boxes  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

ROOT = mw.ROOT
OUT = os.path.join(ROOT, "corpus", "published", "office2")
mw.GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold", "office2")
T20 = "信息形成或者变更之日起20个工作日内"


def channels_comma(row):
    return "、".join(row["channels"])


def channels_mixed(row):
    # the same column typed two ways, as catalogs pieced together by several hands are
    return ("、" if row.get("comma") else "\n").join(row["channels"])


def words(field):
    return lambda row: "、".join(row[field])


# 1. 住房保障, 仙居县: portrait DOCX exported to PDF; 公开时限 of two clauses; ticks under 公开对象 / 公开方式;
#    one long row that Writer breaks across a page.
ZF_LONG = ("申请条件（户籍、收入、住房、资产标准）；申请材料清单（申请表、身份证明、户口簿、婚姻状况证明、收入证明、"
           "住房情况证明、资产情况说明、其他需要提交的材料）；办理流程（申请、受理、初审、复核、公示、审批、轮候、"
           "配租、签约、入住）；办理时限；受理地点及时间；咨询和投诉电话；公共租赁住房租金标准及租金减免办法；"
           "租赁补贴发放标准、发放方式及发放时间；退出情形及退出程序；违规行为的认定及处理办法；"
           "年度审核的时间、内容及要求；轮候规则及轮候期间情况变化的申报要求；房源分配规则及选房程序")
ZF_ROWS = rows_of([
    ("政策文件", [
        dict(item="法律法规", content="住房保障相关法律、行政法规、部门规章及地方性法规"),
        dict(item="规范性文件", content="本级住房保障规范性文件：文件标题、文号、发布日期、有效性及全文"),
        dict(item="政策解读", content="本级住房保障政策解读：背景依据、目标任务、主要内容、涉及范围、执行标准、注意事项"),
        dict(item="资金管理", content="中央、省、市、县各级保障性安居工程补助资金分配、下达及使用情况",
             basis=TIAOLI + "《中央财政城镇保障性安居工程补助资金管理办法》"),
        dict(item="保障计划", content="年度住房保障工作计划、目标任务及完成情况",
             basis=TIAOLI + "《国务院办公厅关于保障性安居工程建设和管理的指导意见》"),
    ]),
    ("公共租赁住房", [
        dict(item="办事指南", content=ZF_LONG,
             basis=TIAOLI + "《公共租赁住房管理办法》《浙江省城镇住房保障条例》"),
        dict(item="分配对象", content="申请人姓名（隐去身份证号）、家庭人口、收入及住房情况、轮候排序",
             basis=TIAOLI + "《公共租赁住房管理办法》",
             time_limit="审核结束后5个工作日内公示，公示期不少于15日", audience=["特定群体"]),
        dict(item="分配结果", content="房源位置、配租对象、配租面积及租金标准",
             basis=TIAOLI + "《公共租赁住房管理办法》",
             time_limit="分配结果确定后20个工作日内；调整时同步更新", mode=["主动公开", "依申请公开"]),
    ]),
    ("棚户区改造", [
        dict(item="改造计划", content="年度棚户区改造计划、项目名称、改造户数",
             basis=TIAOLI + "《国务院关于加快棚户区改造工作的意见》"),
        dict(item="征收补偿", content="征收补偿方案、补偿标准、补偿结果（分户补偿情况）",
             basis=TIAOLI + "《国有土地上房屋征收与补偿条例》", audience=["特定群体"],
             time_limit="方案确定后7个工作日内；补偿结果在征收范围内公布"),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="仙居县住房和城乡建设局",
        channels=["政府网站", "两微一端", "公开查阅点"], audience=["全社会"], mode=["主动公开"]))

ZF = dict(
    name="zfbz_xianju", kinds=["pdf"], landscape=False, font=10,
    title="仙居县住房保障领域基层政务公开标准目录",
    doc=dict(agency="仙居县住房和城乡建设局", region={"province": "浙江省", "city": "台州市", "county": "仙居县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_lines, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开")],
    widths=[0.8, 1.3, 1.5, 4.4, 3.0, 2.0, 1.5, 1.6, 0.8, 0.8, 0.8, 0.8],
    merged=[1], rows=ZF_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode"],
)

# 2. 生态环境, 长兴县: DOCX, title over two paragraphs (county line + 领域 line); 事项类别 / 公开事项名称 /
#    公开标准 / 公开主体 / 公开渠道 / 公开对象 / 公开方式 as words; 公开层级 ticked under 县级 乡级 村级;
#    channels split by 、 in some rows and by line breaks in others.
SH_EIA = TIAOLI + "《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》"
SH_ROWS = rows_of([
    ("环境影响评价", [
        dict(item="环评文件受理情况", content="项目名称、建设地点、建设单位、环评机构、受理日期、环评报告书（表）全本",
             basis=SH_EIA, comma=True),
        dict(item="拟作出审批意见", content="项目概况、主要环境影响及预防或者减轻不良环境影响的对策和措施、公众参与情况",
             basis=SH_EIA, time_limit="作出审批决定前，公示期不少于5个工作日"),
        dict(item="审批决定", content="审批文件", basis=SH_EIA, comma=True),
    ]),
    ("环境监管", [
        dict(item="重点排污单位名录", content="重点排污单位名录及年度调整情况",
             basis=TIAOLI + "《环境信息依法披露制度改革方案》", levels=["县级"]),
        dict(item="行政处罚", content="行政处罚决定书（隐去个人隐私）",
             basis=TIAOLI + "《环境行政处罚办法》", time_limit="处罚决定作出之日起7个工作日内",
             levels=["县级"], comma=True),
    ]),
    ("环境质量", [
        dict(item="空气质量", content="空气质量状况、主要污染物浓度", time_limit="实时公开",
             channels=["政府网站", "两微一端"], levels=["县级", "乡级"]),
        dict(item="饮用水水源地水质", content="集中式饮用水水源地水质监测结果",
             time_limit="每季度结束后15日内", levels=["县级", "乡级", "村级"],
             channels=["政府网站", "社区/企事业单位/村公示栏（电子屏）"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="湖州市生态环境局长兴分局",
        channels=["政府网站", "两微一端", "政务服务中心"], audience=["全社会"], mode=["主动公开"],
        levels=["县级", "乡级"]))

SH = dict(
    name="sthj_changxing", kinds=["docx"], landscape=True, font=8,
    title="长兴县生态环境领域基层政务公开标准目录",
    title_lines=["长兴县", "生态环境领域基层政务公开标准目录"],
    doc=dict(agency="湖州市生态环境局长兴分局", region={"province": "浙江省", "city": "湖州市", "county": "长兴县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 2, 1, "事项类别"), (0, 2, 2, 1, "公开事项名称"), (0, 3, 2, 1, "公开标准"),
            (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"), (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道"),
            (0, 8, 2, 1, "公开对象"), (0, 9, 2, 1, "公开方式"), (0, 10, 1, 3, "公开层级"),
            (1, 10, 1, 1, "县级"), (1, 11, 1, 1, "乡级"), (1, 12, 1, 1, "村级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_mixed, words("audience"), words("mode"), tick("levels", "县级"),
             tick("levels", "乡级"), tick("levels", "村级")],
    widths=[0.8, 1.6, 2.2, 4.2, 4.0, 2.4, 1.8, 2.6, 1.2, 1.2, 0.8, 0.8, 0.8],
    merged=[1], rows=SH_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

# 3. 交通运输, 宁海县: XLSX, title row, a 填报单位 / 填报时间 line, header from row 3; an empty spacer column
#    and a hidden column (内部编码) in the table; channels joined by 、; a 备注 column with text in some rows.
JT_ROWS = rows_of([
    ("行政许可", [
        dict(item="道路运输经营许可", content="许可事项、办理条件、申请材料、办理流程、办理时限、收费标准",
             basis=TIAOLI + "《中华人民共和国道路运输条例》", remarks="通过浙江政务服务网同步公开"),
        dict(item="许可结果", content="被许可人、许可证号、许可内容、有效期限", time_limit="作出许可决定之日起7个工作日内"),
    ]),
    ("工程建设", [
        dict(item="农村公路建设计划", content="年度建设计划、建设规模、资金安排",
             basis=TIAOLI + "《农村公路建设管理办法》", channels=["政府网站", "村务公开栏"]),
        dict(item="项目招投标", content="招标公告、中标候选人公示、中标结果",
             basis=TIAOLI + "《中华人民共和国招标投标法》", time_limit="按招标投标法规定的时限",
             remarks="依法必须招标的项目"),
        dict(item="工程质量监督", content="质量监督抽检结果、整改情况"),
    ]),
    ("执法监督", [
        dict(item="行政处罚", content="处罚决定书文号、违法事实、处罚依据、处罚结果",
             time_limit="作出处罚决定之日起7个工作日内", audience=["全社会", "特定群体"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="宁海县交通运输局", channels=["政府网站", "两微一端", "政务服务中心"],
        audience=["全社会"], mode=["主动公开"], remarks=None))
for i, r in enumerate(JT_ROWS, 1):
    r["code"] = "JT-%02d" % i

JT = dict(
    name="jtys_ninghai", kinds=["xlsx"],
    title="宁海县交通运输领域基层政务公开标准目录",
    filler=["填报单位：宁海县交通运输局（盖章）", "", "", "", "", "", "", "填报时间：2024年6月"],
    doc=dict(agency="宁海县交通运输局", region={"province": "浙江省", "city": "宁波市", "county": "宁海县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 2, 1, "内部编码"), (0, 2, 1, 2, "公开事项"), (1, 2, 1, 1, "一级事项"),
            (1, 3, 1, 1, "二级事项"), (0, 4, 2, 1, "公开内容（要素）"), (0, 5, 2, 1, ""), (0, 6, 2, 1, "公开依据"),
            (0, 7, 2, 1, "公开时限"), (0, 8, 2, 1, "公开主体"), (0, 9, 2, 1, "公开渠道和载体"),
            (0, 10, 2, 1, "公开对象"), (0, 11, 2, 1, "公开方式"), (0, 12, 2, 1, "备注")],
    columns=[text("seq"), text("code"), text("category"), text("item"), text("content"), lambda r: "",
             text("basis"), text("time_limit"), text("subject"), channels_comma, words("audience"), words("mode"),
             text("remarks")],
    widths=[6, 10, 12, 16, 36, 2, 36, 22, 16, 24, 10, 10, 16],
    hidden=[1], merged=[2], rows=JT_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "remarks"],
)

# 4. 农村危房改造, 团林铺镇: legacy DOC, landscape; 序号 printed 1-1, 1-2, 2-1 (group-item numbers, no integer:
#    gold leaves seq out); ■/□ checkbox channels; levels 县级 / 乡、村级.
WF_BASIS = ("《住房城乡建设部 财政部 国务院扶贫办关于加强和完善建档立卡贫困户等重点对象农村危房改造若干问题的通知》")
WF_ROWS = rows_of([
    ("部门文件", [
        dict(item="农村危房改造相关文件", content="文件分类、生成日期、标题、文号、有效性和具体内容等", n="1-1"),
        dict(item="政策解读", content="本级政策解读的背景依据、目标任务、主要内容、执行标准", n="1-2"),
    ]),
    ("计划实施", [
        dict(item="任务分配", content="农村危房改造年度任务分配情况、补助农户名单", basis=WF_BASIS + "等",
             time_limit="分配结果确定后20个工作日内", n="2-1", audience=["全社会", "特定群体"]),
    ]),
    ("条件与标准", [
        dict(item="申请条件", content="农村危房改造农户申请条件", basis=TIAOLI + WF_BASIS, n="3-1"),
        dict(item="补助标准", content="农村危房改造资金补助标准", basis=TIAOLI + WF_BASIS, n="3-2"),
        dict(item="竣工合格标准", content="农村危房改造竣工验收合格标准", basis=TIAOLI + WF_BASIS, n="3-3",
             levels=["乡、村级"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="掇刀区团林铺镇人民政府",
        channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"], audience=["全社会"],
        mode=["主动公开"], levels=["县级", "乡、村级"]))

WF = dict(
    name="ncwf_tuanlinpu", kinds=["doc"], landscape=True, font=8,
    title="掇刀区团林铺镇农村危房改造领域基层政务公开标准目录",
    doc=dict(agency="掇刀区团林铺镇人民政府"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群众"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请公开"), (0, 12, 1, 2, "公开层级"),
            (1, 12, 1, 1, "县级"), (1, 13, 1, 1, "乡、村级")],
    columns=[text("n"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_boxes, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡、村级")],
    widths=[0.9, 1.6, 1.8, 3.8, 4.0, 2.2, 1.6, 4.2, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
    merged=[1], rows=WF_ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

# 5. 食品药品监管, 三门县: landscape DOCX exported to PDF; subjects differ by row (agency null); 公开时限 of two
#    clauses; channels one per line; a 备注 column with text.
SP_ROWS = rows_of([
    ("行政许可", [
        dict(item="食品经营许可", content="许可条件、申请材料、办理流程、办理时限；许可结果（许可证编号、经营者名称、有效期）",
             basis=TIAOLI + "《食品经营许可和备案管理办法》", remarks="许可结果同步推送至国家企业信用信息公示系统"),
        dict(item="药品零售企业许可", content="许可条件、申请材料、办理流程；许可结果",
             basis=TIAOLI + "《药品经营和使用质量监督管理办法》"),
    ]),
    ("监督检查", [
        dict(item="食品安全监督抽检", content="抽检产品名称、被抽检单位、标称生产企业、检验结果、不合格项目",
             basis=TIAOLI + "《食品安全抽样检验管理办法》",
             time_limit="检验结论作出后20个工作日内；不合格产品核查处置情况形成后7日内",
             subject="三门县市场监督管理局", channels=["政府网站", "两微一端", "纸质媒体"]),
        dict(item="日常监督检查结果", content="检查对象、检查时间、检查结果",
             basis=TIAOLI + "《食品生产经营监督检查管理办法》", time_limit="检查结束后20个工作日内",
             subject="各市场监督管理所", channels=["社区/企事业单位/村公示栏（电子屏）", "入户/现场"],
             remarks="在被检查单位醒目位置张贴"),
    ]),
    ("行政处罚", [
        dict(item="行政处罚决定", content="行政处罚决定书（隐去个人隐私）",
             basis=TIAOLI + "《市场监督管理行政处罚信息公示规定》",
             time_limit="作出处罚决定之日起20个工作日内", audience=["全社会", "特定群体"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="三门县市场监督管理局", channels=["政府网站", "政务服务中心"],
        audience=["全社会"], mode=["主动公开"], remarks=None))

SP = dict(
    name="spyp_sanmen", kinds=["pdf"], landscape=True, font=8,
    title="三门县食品药品监管领域基层政务公开标准目录",
    doc=dict(agency=None, region={"province": "浙江省", "city": "台州市", "county": "三门县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 2, 1, "备注")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_lines, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), text("remarks")],
    widths=[0.8, 1.6, 2.0, 4.4, 4.0, 2.8, 2.0, 2.6, 0.9, 0.9, 0.9, 0.9, 2.6],
    merged=[1], rows=SP_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "remarks"],
)

# 6. 涉农补贴, 汝城县: DOCX; 序号 printed （一）（二）… (no integer: gold leaves seq out) beside a merged 一级事项
#    enumerated 一、 二、; channels split by 、; 公开层级 ticked 县级 / 乡级 / 村级.
NB_ROWS = rows_of([
    ("一、政策文件", [
        dict(item="补贴政策", content="补贴项目、补贴对象、补贴标准、申报条件、申报程序", n="（一）"),
        dict(item="资金管理办法", content="涉农补贴资金管理办法及实施细则", n="（二）"),
    ]),
    ("二、补贴对象", [
        dict(item="耕地地力保护补贴", content="补贴对象姓名、补贴面积、补贴标准、补贴金额（隐去身份证号、银行账号）",
             basis=TIAOLI + "《财政部 农业农村部关于全面推开农业“三项补贴”改革工作的通知》",
             time_limit="补贴资金发放前公示不少于7日；发放后20个工作日内公开", n="（三）",
             audience=["特定群体"], levels=["乡级", "村级"]),
        dict(item="农机购置补贴", content="购机者姓名、所在乡镇、机具品目、补贴额",
             basis=TIAOLI + "《农业机械购置补贴实施指导意见》", n="（四）", levels=["县级", "乡级"]),
    ]),
    ("三、监督管理", [
        dict(item="投诉举报", content="投诉举报电话、受理部门及处理结果", n="（五）",
             mode=["主动公开", "依申请公开"]),
    ]),
], dict(basis=TIAOLI, time_limit=T20, subject="汝城县农业农村局", channels=["政府网站", "两微一端", "村务公开栏"],
        audience=["全社会"], mode=["主动公开"], levels=["县级", "乡级", "村级"]))

NB = dict(
    name="snbt_rucheng", kinds=["docx"], landscape=True, font=8,
    title="汝城县涉农补贴领域基层政务公开标准目录",
    doc=dict(agency="汝城县农业农村局", region={"province": "湖南省", "city": "郴州市", "county": "汝城县"}),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 1, 3, "公开层级"),
            (1, 12, 1, 1, "县级"), (1, 13, 1, 1, "乡级"), (1, 14, 1, 1, "村级")],
    columns=[text("n"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), channels_comma, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡级"),
             tick("levels", "村级")],
    widths=[0.9, 1.6, 2.0, 4.0, 4.0, 2.6, 1.8, 2.4, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7],
    merged=[1], rows=NB_ROWS,
    fields=["category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)
for r in NB_ROWS:  # gold category drops the leading enumeration (gold README)
    r["gold_category"] = r["category"][2:]

CATALOGS = [ZF, SH, JT, WF, SP, NB]


def write_gold(cat, filename):
    rows = cat["rows"]
    saved = [r["category"] for r in rows]
    for r in rows:
        r["category"] = r.get("gold_category", r["category"])
    try:
        mw.write_gold(cat, filename)
    finally:
        for r, c in zip(rows, saved):
            r["category"] = c


def retitle(path, lines):
    """The title typed as two paragraphs (place line, then the 领域 line), as some county offices type it."""
    doc = Document(path)
    first = doc.paragraphs[0]
    first.runs[0].text = lines[0]
    p = first.insert_paragraph_before("")  # placeholder to get a paragraph element
    first._p.addnext(p._p)  # move it after the first line
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(lines[1])
    run.bold = True
    run.font.size = Pt(15)
    run.font.name = "宋体"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    doc.save(path)


def soffice(target, src, outdir):
    for attempt in (1, 2):
        done = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/probeoffice/lo", "--headless",
                               "--convert-to", target, "--outdir", outdir, src],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode == 0:
            return
    raise RuntimeError("soffice could not convert " + src + " to " + target)


def make_xlsx(cat, path):
    """make_word's sheet, then the bureau's touches: a 填报单位 line pushed in above the header, hidden columns."""
    mw.make_xlsx(cat, path)
    wb = load_workbook(path)
    ws = wb.active
    ws.insert_rows(2)
    # insert_rows does not move merged ranges: move them by hand
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row >= 2:
            rng.shift(0, 1)
    for c, value in enumerate(cat["filler"], 1):
        if value:
            ws.cell(2, c, value)
    for c in cat.get("hidden", []):
        ws.column_dimensions[chr(ord("A") + c)].hidden = True
    wb.save(path)


def main():
    if "--gold-only" in sys.argv:
        for cat in CATALOGS:
            for kind in cat["kinds"]:
                write_gold(cat, cat["name"] + "." + kind)
        return
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="make_probe_")
    try:
        for cat in CATALOGS:
            name = cat["name"]
            if cat["kinds"] == ["xlsx"]:
                make_xlsx(cat, os.path.join(OUT, name + ".xlsx"))
                write_gold(cat, name + ".xlsx")
                continue
            src = os.path.join(tmp, name + ".docx")
            mw.make_docx(cat, src)
            if cat.get("title_lines"):
                retitle(src, cat["title_lines"])
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
