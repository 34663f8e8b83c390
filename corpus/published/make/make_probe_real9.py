#!/usr/bin/python3
"""Blind probe, round 9: two bureau catalogs in layouts seen on real pages (2026-12 search of stored pages, mirrored
on alkalih2o.com and h40v.com.cn; places chosen for the rebuild, rows in the pages' wording, not copied), each made
as a bureau makes it: a Word document, saved as DOC and as PDF by LibreOffice.

  kjj_dazu     a 区 bureau's 政务公开事项标准目录: 序号 | 公开事项 over 一级 / 二级 | 公开内容 | 公开依据 | 公开时限 |
               公开渠道和载体 (named, no boxes) | 公开对象 over a label cut short to `全社` and 特定群体 | 公开方式 over 主动 /
               依申请; 一级 merged over its group; 每年1月31日前
  tjj_wangyi   a 区 bureau's 主动公开事项目录: 序号 | 公开事项 over 一级事项 / `二级 事项` | 公开内容 | 公开依据 (the cited
               article quoted after a colon, several titles, no separator) | 公开范围 (全社会); 一级 cells letter-spaced
               (`政策 文件`)

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_real9.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/.
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, text, tick, TIAOLI  # noqa: E402

# ---------------------------------------------------------------- 1. 大足区科学技术局

DZ_T = "信息形成或变更之日起20个工作日内"
DZ_ROWS = rows_of([
    ("机构信息", [
        dict(item="机构职能", content="单位名称、机构职能、办公地址、办公时间、联系方式（包括联系电话、通讯地址等）"),
        dict(item="领导信息", content="领导姓名、职务职级、分管工作"),
        dict(item="内设科室", content="内设科室名称、职能职责"),
    ]),
    ("特定事项", [
        dict(item="公开目录", content="本部门政府信息主动公开目录"),
        dict(item="公开指南", content="政府信息公开的范围、公开机构信息、政府信息获取方式、依申请公开受理机构、申请渠道及办理流程、监督方式"),
        dict(item="公开年报", content="本部门政府信息公开工作年度报告", time_limit="每年1月31日前"),
    ]),
    ("政策法规", [
        dict(item="文件发布", content="本部门出台的重要政策文件、制定的规范性文件等", channels=["政府网站", "政府公报"]),
        dict(item="科技项目", content="科技计划项目申报通知、立项结果公示", channels=["政府网站", "两微一端"],
             audience=["全社会", "特定群体"]),
    ]),
], dict(basis=TIAOLI, time_limit=DZ_T, channels=["政府网站"], audience=["全社会"], mode=["主动公开"]))

DZ = dict(
    name="kjj_dazu", landscape=True, font=9,
    title="重庆市大足区科学技术局政务公开事项标准目录",
    doc=dict(agency="重庆市大足区科学技术局", region={"province": "重庆市", "county": "大足区"}, level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级"), (1, 2, 1, 1, "二级"),
            (0, 3, 2, 1, "公开内容"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"), (0, 6, 2, 1, "公开渠道和载体"),
            (0, 7, 1, 2, "公开对象"), (1, 7, 1, 1, "全社"), (1, 8, 1, 1, "特定群体"),
            (0, 9, 1, 2, "公开方式"), (1, 9, 1, 1, "主动"), (1, 10, 1, 1, "依申请")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             lambda r: "\n".join(r["channels"]), tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开")],
    widths=[1.0, 2.0, 2.2, 6.0, 4.2, 3.4, 2.6, 1.2, 1.4, 1.2, 1.4],
    merged=[1], rows=DZ_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "channels", "audience", "disclosure_mode"],
)

# ---------------------------------------------------------------- 2. 铜川市王益区统计局

WY_GK = TIAOLI + "国务院令第711号，第二十条第一款：行政法规、规章和规范性文件"
WY_ROWS = rows_of([
    ("政策文件", [
        dict(item="规章、规范性文件", content="统计工作相关规章、规范性文件"),
        dict(item="政策解读", content="政策的背景依据、目标任务、主要内容和解决的问题等",
             basis="《国务院办公厅关于印发政府网站发展指引的通知》国办发〔2017〕47号：政府网站发布本地区、本部门的重要政策文件时，"
                   "应发布由文件制发部门、牵头或起草部门提供的解读材料。" + TIAOLI + "国务院令第711号"),
    ]),
    ("机关信息", [
        dict(item="政府信息公开指南", content="政府信息的分类、编排体系、获取方式，政府信息公开工作机构名称、办公地址、办公时间、联系电话",
             basis=TIAOLI + "国务院令第711号，第十二条：行政机关编制、公布的政府信息公开指南和政府信息公开目录应当及时更新。"),
        dict(item="机构职能", content="机构职能、内设机构、领导信息",
             basis=TIAOLI + "国务院令第711号，第二十条第二款：机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
    ]),
    ("统计信息", [
        dict(item="统计公报", content="国民经济和社会发展统计公报",
             basis="《中华人民共和国统计法》第二十五条：统计机构应当依法公布统计资料。" + TIAOLI + "国务院令第711号"),
        dict(item="统计数据", content="月度、季度主要统计数据",
             basis="《中华人民共和国统计法》《中华人民共和国统计法实施条例》"),
    ]),
], dict(basis=WY_GK, audience=["全社会"]))

WY = dict(
    name="tjj_wangyi", landscape=True, font=9,
    title="铜川市王益区统计局主动公开事项目录",
    doc=dict(agency="铜川市王益区统计局", region={"province": "陕西省", "city": "铜川市", "county": "王益区"},
             level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "二级 事项"),
            (0, 3, 2, 1, "公开内容"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开范围")],
    columns=[text("seq"), lambda r: r["category"][:2] + " " + r["category"][2:], text("item"), text("content"),
             text("basis"), lambda r: "、".join(r["audience"])],
    widths=[1.0, 2.0, 3.0, 6.5, 10.0, 2.0],
    merged=[], rows=WY_ROWS,
    fields=["seq", "category", "item", "content", "basis", "audience"],
)


def main():
    out = mw.probe_dirs("pages3")
    tmp = tempfile.mkdtemp(prefix="make_probe_real9_")
    try:
        for cat in (DZ, WY):
            src = os.path.join(tmp, cat["name"] + ".docx")
            mw.make_docx(cat, src)
            mw.renditions(cat, src, out, ["doc", "pdf"])
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
