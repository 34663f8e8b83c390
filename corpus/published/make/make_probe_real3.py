#!/usr/bin/python3
"""Blind probe, round 3: three catalogs in layouts seen on real pages and not yet in the corpus, their rows in the
wording of those pages (2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  csgl_tianmen    a city bureau's 政府信息主动公开基本目录 (tianmen.gov.cn, 市城市管理执法局): no 序号, 公开事项 over
                  一级目录 / 二级目录, 公开对象 written as text (merged over a group) instead of ticks, long 公开依据
                  quoting the cited article after a colon, 责任科室, a deadline that is a date (每年1月31日前)
  zhzf_weishan    a county bureau's catalog (weishan.gov.cn, 综合行政执法局): one header row, 公开事项 spanning the
                  一级 / 二级 columns with no labels under it, 内容规范 with numbered requirements, 公开形式, 公开主体
                  naming the bureau's own offices, 序号 merged over a group's rows
  jlj_tonghai     a 街道's catalog of several 领域 (tonghai.gov.cn, 九龙街道): a title, then per 领域 a heading
                  "（一）重大建设项目领域基层政务公开标准目录" and its own table; one ■ box, 特定群众, one level column (乡级)

Each catalog is a DOCX exported to PDF by LibreOffice (and zhzf_weishan also saved as legacy DOC); gold is written
from the same rows, never from gkml's output. Run from the repository root (python3-docx, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_real3.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import copy
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, text, tick, TIAOLI  # noqa: E402

T20 = "信息形成或变更之日起20个工作日内"

# ---------------------------------------------------------------- 1. 天门市城市管理执法局 (no 序号, 公开对象 as text)

ZHIYIN = "《国务院办公厅关于印发政府网站发展指引的通知》国办发〔2017〕47号：发布本地区、本部门、本机构的负责人信息，可包括姓名、照片、主管或分管工作等，以及重要讲话文稿。"
TM_ROWS = rows_of([
    ("机关信息", [
        dict(item="机关简介", content="机关职能，机构设置，办公地址，办公时间，联系方式，负责人姓名",
             basis=TIAOLI + "国务院令第711号，第二十条第二款：机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名。"),
        dict(item="领导信息", content="姓名、照片、主管或分管工作", basis=ZHIYIN),
    ]),
    ("财政信息", [
        dict(item="部门预算", content="一般公共预算、政府性基金预算、国有资本经营预算等部门预算及“三公”经费预算",
             basis=TIAOLI + "国务院令第711号，第二十条第七款：财政预算、决算信息。",
             time_limit="预算批复后20日内", responsible=["财务科"]),
        dict(item="部门决算", content="部门决算及“三公”经费决算", basis=TIAOLI + "国务院令第711号，第二十条第七款：财政预算、决算信息。",
             time_limit="决算批复后20日内", responsible=["财务科"]),
    ]),
    ("执法信息", [
        dict(item="行政处罚", content="行政处罚的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定",
             basis=TIAOLI + "国务院令第711号，第二十条第六款。", time_limit="作出决定之日起7个工作日内",
             channels=["政府网站", "政务新媒体"], responsible=["法制科", "执法大队"]),
        dict(item="年度报告", content="本机关上一年度政府信息公开工作年度报告", basis=TIAOLI + "第四十九条、第五十条。",
             time_limit="每年1月31日前", responsible=["办公室"]),
    ]),
], dict(time_limit=T20, audience=["全社会"], channels=["政府网站"], responsible=["办公室"]))

TM = dict(
    name="csgl_tianmen", landscape=True, font=8,
    title="天门市城市管理执法局政府信息主动公开基本目录",
    # 天门市 is a county-level city that the province administers directly (省直管县级市)
    doc=dict(agency="天门市城市管理执法局", region={"province": "湖北省", "county": "天门市"}, level="county"),
    header=[(0, 0, 1, 2, "公开事项"), (1, 0, 1, 1, "一级目录"), (1, 1, 1, 1, "二级目录"),
            (0, 2, 2, 1, "公开内容（要素）"), (0, 3, 2, 1, "公开依据"), (0, 4, 2, 1, "公开对象"),
            (0, 5, 2, 1, "公开时限"), (0, 6, 2, 1, "公开渠道"), (0, 7, 2, 1, "责任科室")],
    columns=[text("category"), text("item"), text("content"), text("basis"),
             lambda r: "、".join(r["audience"]), text("time_limit"), lambda r: "、".join(r["channels"]),
             lambda r: "、".join(r["responsible"])],
    widths=[1.8, 2.2, 5.0, 7.0, 1.4, 2.8, 2.0, 1.8],
    merged=[0, 4], rows=TM_ROWS,
    fields=["category", "item", "content", "basis", "audience", "time_limit", "channels", "responsible"],
)

# ---------------------------------------------------------------- 2. 微山县综合行政执法局 (one header row, 内容规范)

WS_ROWS = rows_of([
    ("组织机构", [
        dict(item="机构概况",
             content="1、要公开机构编制部门批复的部门工作职责；\n2、要公开本部门的内设机构以及下属各类事业单位的名称和职责；\n"
                     "3、办公地址要明确本部门现在的办公具体地址；\n4、办公时间应精确到分；\n5、联系方式包括电话、传真、电子邮箱等。",
             time_limit="15个工作日", subject="政工室"),
    ]),
    ("信息公开组织管理", [
        dict(item="政务公开工作", content="1、公开政务公开组织领导及单位机构人员配置；\n2、公开各部门年度政务公开工作实施方案及工作推进情况。",
             time_limit="自该政府信息形成或者变更之日起20个工作日内及时公开", subject="指挥中心"),
    ]),
    ("政策文件", [
        dict(item="规范性文件", content="1、文件要素：文号、成文日期、发布时间、有效性；\n2、提供文本下载功能，Word与PDF下载文本；\n"
                                     "3、与解读相互关联。", time_limit="15个工作日内公开", subject="法制大队"),
        dict(item="规范性文件征集、备案、清理", content="规范性文件意见征集、备案情况，规范性文件清理情况",
             time_limit="15个工作日内公开", subject="法制大队"),
    ]),
    ("重大决策预公开", [
        dict(item="重大决策事项", content="年度重大决策事项目录及标准、意见征集与反馈、决策依据、草案内容、背景介绍",
             time_limit="决策作出前公开征求意见不少于30日", subject="法制大队"),
    ]),
], dict(channels=["政府网站"]))
# the 政策文件 group's two rows share the group's number (序号 merged over the group)
for seq, row in zip([1, 2, 3, 3, 4], WS_ROWS):
    row["seq"] = seq

WS = dict(
    name="zhzf_weishan", landscape=False, font=9,
    title="微山县综合行政执法局政府信息公开目录",
    doc=dict(agency="微山县综合行政执法局", region={"province": "山东省", "city": "济宁市", "county": "微山县"},
             level="county"),
    header=[(0, 0, 1, 1, "序号"), (0, 1, 1, 2, "公开事项"), (0, 3, 1, 1, "内容规范"), (0, 4, 1, 1, "公开时限"),
            (0, 5, 1, 1, "公开形式"), (0, 6, 1, 1, "公开主体")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("time_limit"),
             lambda r: "、".join(r["channels"]), text("subject")],
    widths=[1.0, 2.0, 2.4, 6.6, 2.6, 1.6, 1.8],
    merged=[0, 1], rows=WS_ROWS,
    fields=["seq", "category", "item", "content", "time_limit", "channels", "subject"],
)

# ---------------------------------------------------------------- 3. 九龙街道 (several 领域, one table each)

JL_DEFAULTS = dict(basis=TIAOLI, time_limit="信息形成或者变更之日起20个工作日内", subject="九龙街道办事处",
                   channels=["政府网站"], audience=["全社会"], mode=["主动公开"], levels=["乡级"])
JL_SECTIONS = [
    ("（一）重大建设项目领域基层政务公开标准目录", "重大建设项目", rows_of([
        ("征收土地信息", [
            dict(item="征收土地信息",
                 content="征地告知书以及履行征地报批前程序的相关证明材料，征收土地方案、征地批后实施中征地公告、征地补偿安置方案公告等",
                 basis="《政府信息公开条例》《关于推进重大建设项目批准和实施领域政府信息公开的意见》",
                 time_limit="信息形成20个工作日内公开"),
        ]),
        ("批准服务信息", [
            dict(item="审批结果", content="项目建议书审批、可行性研究报告审批、初步设计文件审批结果",
                 basis="《关于推进重大建设项目批准和实施领域政府信息公开的意见》"),
        ]),
    ], JL_DEFAULTS)),
    ("（二）公共资源交易领域基层政务公开标准目录", "公共资源交易", rows_of([
        ("政府采购信息", [
            dict(item="法律法规及政策文件", content="与政府采购有关的法律法规及政策文件"),
            dict(item="采购结果", content="中标（成交）结果公告、采购合同", audience=["全社会"]),
        ]),
    ], JL_DEFAULTS)),
    ("（三）义务教育领域基层政务公开标准目录", "义务教育", rows_of([
        ("重要政策执行情况", [
            dict(item="控辍保学", content="辖区内控辍保学实施情况", basis="相关政策文件"),
        ]),
        ("学生资助", [
            dict(item="资助对象名单", content="享受资助学生名单（隐去身份证号等个人信息）", audience=["特定群体"]),
        ]),
    ], JL_DEFAULTS)),
    ("（四）户籍管理领域基层政务公开标准目录", "户籍管理", rows_of([
        ("户籍业务办理", [
            dict(item="办事指南", content="户口登记、迁移的办理条件、申请材料、办理流程、办理时限",
                 basis="《中华人民共和国户口登记条例》", mode=["主动公开", "依申请公开"]),
        ]),
    ], JL_DEFAULTS)),
]

JL_TABLE = dict(
    landscape=True, font=8,
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"),
            (0, 6, 2, 1, "公开主体"), (0, 7, 2, 1, "公开渠道和载体"), (0, 8, 1, 2, "公开对象"),
            (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群众"), (0, 10, 1, 2, "公开方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请公开"), (0, 12, 1, 1, "公开层级"), (1, 12, 1, 1, "乡级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), lambda r: "■政府网站" if r["channels"] == ["政府网站"] else "", tick("audience", "全社会"),
             tick("audience", "特定群体"), tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "乡级")],
    widths=[0.8, 1.8, 2.0, 4.6, 3.6, 2.6, 1.8, 1.8, 0.9, 0.9, 0.9, 1.2, 0.9],
    merged=[1],
)
JL = dict(
    name="jlj_tonghai", landscape=True,
    title="九龙街道办事处基层政务公开标准目录",
    doc=dict(agency="九龙街道办事处"),
    rows=[dict(r, domain=domain) for _, domain, rows in JL_SECTIONS for r in rows],
    fields=["seq", "domain", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def make_sections_docx(path):
    doc = mw.new_document(JL)
    mw.add_heading(doc, JL["title"], 15)
    for heading, _, rows in JL_SECTIONS:
        mw.add_heading(doc, heading, 12, center=False)
        mw.add_table(doc, dict(JL_TABLE, rows=rows))
        doc.add_paragraph()
    doc.save(path)


def main():
    out = mw.probe_dirs("pages3")
    tmp = tempfile.mkdtemp(prefix="make_probe_real3_")
    try:
        for cat, kinds in ((TM, ["pdf", "docx"]), (WS, ["pdf", "doc"]), (JL, ["pdf", "docx"])):
            src = os.path.join(tmp, cat["name"] + ".docx")
            if cat is JL:
                make_sections_docx(src)
            else:
                mw.make_docx(cat, src)
            mw.renditions(cat, src, out, kinds)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
