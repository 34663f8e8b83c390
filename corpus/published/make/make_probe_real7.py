#!/usr/bin/python3
"""Blind probe, round 7: two 自然资源 catalogs in layouts seen on real pages, their rows in the wording of those pages
(2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  zrzy_yajiang   a county 自然资源局's 自然资源领域基层政务公开标准目录 (yajiang.gov.cn, scnj.gov.cn): the channel label
                 carrying its instruction (公开渠道和载体（在标注范围内至少选择其一公开，法律法规规章另有规定的从其规定）),
                 both item columns labelled 一级事项 (a typing slip the 南江县 page shows), boxes typed 口 and run
                 together (■公开查阅点■政府服务中心), a time limit that is a least duration (不少于30日；…)
  ghzy_fengdu    a county 规划和自然资源局's catalog (cqfd.gov.cn): a compound domain in the title
                 (丰都县规划和自然资源领域…（2023年版）), 一级 / 二级 / 三级事项, 公开对象 with only 特定群体 under it,
                 a channel naming the site's page and its path (■县规划自然资源局网页（首页—政务公开—…）), levels 市级 /
                 县级 / 乡级, 每年年初

Both are DOCX exported to PDF by LibreOffice (zrzy_yajiang also kept as DOCX). Gold is written from the same rows,
never from gkml's output. Run from the repository root (python3-docx, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_real7.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, text, tick  # noqa: E402

T20 = "信息形成或者变更之日起20个工作日内"
YJ_BOXES = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质载体", "公开查阅点", "政府服务中心",
            "便民服务站", "入户/现场", "社区/企事业单位/村公示栏", "精准推送", "其他"]


def yj_boxes(row):
    """Ticked boxes as ■, empty ones typed 口 (the 南江县 page), two or three a line, some run together."""
    marks = [("■" if b in row["channels"] else "口") + b for b in YJ_BOXES]
    lines = [marks[0] + " " + marks[1], marks[2] + " " + marks[3] + marks[4] + " " + marks[5],
             marks[6] + marks[7], marks[8] + marks[9], marks[10], marks[11] + " " + marks[12]]
    return "\n".join(lines)


YJ_ROWS = rows_of([
    ("机构信息", [
        dict(item="县自然资源局及派出机构、公共服务机构信息",
             content="机构名称、机构职能、内设机构、办公地址、办公时间、办公电话、负责人姓名、权责清单",
             basis="《政府信息公开条例》《关于推行地方各级政府工作部门权力清单制度的指导意见》（中办发〔2015〕21号）"),
    ]),
    ("公共服务", [
        dict(item="政策文件", content="本级政府及县自然资源局出台的自然资源政策文件及相关解读",
             basis="《政府信息公开条例》《自然资源规范性文件管理规定》（自然资源部令第2号）"),
        dict(item="自然资源领域专项规划", content="矿产资源、基础测绘等规划（涉密信息、法律法规规定不予公开的除外）",
             basis="《政府信息公开条例》《测绘法》《矿产资源规划编制实施办法》", channels=["政府网站"]),
        dict(item="重大决策预公开", content="自然资源领域重大决策事项的意见征集（含意见的采纳情况）等（依法不予公开的决策事项除外）",
             basis="《重大行政决策程序暂行条例》",
             time_limit="向社会公开征求意见期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明"),
    ]),
], dict(time_limit=T20, subject="雅江县自然资源局", channels=["政府网站", "公开查阅点", "政府服务中心"],
        audience=["全社会"], mode=["主动公开"], levels=["县级"]))

YJ = dict(
    name="zrzy_yajiang", landscape=True, font=8,
    title="雅江县自然资源领域基层政务公开标准目录",
    doc=dict(agency="雅江县自然资源局", region={"province": "四川省", "city": "甘孜藏族自治州", "county": "雅江县"},
             level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 2, "公开事项"), (1, 1, 1, 1, "一级事项"), (1, 2, 1, 1, "一级事项"),
            (0, 3, 2, 1, "公开内容（要素）"), (0, 4, 2, 1, "公开依据"), (0, 5, 2, 1, "公开时限"), (0, 6, 2, 1, "公开主体"),
            (0, 7, 2, 1, "公开渠道和载体（在标注范围内至少选择其一公开，法律法规规章另有规定的从其规定）"),
            (0, 8, 1, 2, "公开\n对象"), (1, 8, 1, 1, "全社会"), (1, 9, 1, 1, "特定群体"), (0, 10, 1, 2, "公开\n方式"),
            (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 1, 2, "公开\n层级"), (1, 12, 1, 1, "县级"),
            (1, 13, 1, 1, "乡级")],
    columns=[text("seq"), text("category"), text("item"), text("content"), text("basis"), text("time_limit"),
             text("subject"), yj_boxes, tick("audience", "全社会"), tick("audience", "特定群体"),
             tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "县级"), tick("levels", "乡级")],
    widths=[0.7, 1.5, 2.0, 3.6, 3.6, 2.4, 1.6, 3.2, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8],
    merged=[1], rows=YJ_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)

FD_S = "县规划和自然资源局"
FD_ROWS = rows_of([
    ("政府信息公开指南", [
        dict(item="政府信息公开指南", third="政府信息公开指南",
             content="本机关持有政府信息基本情况、本机关对外发布政府信息渠道、政府信息依申请公开有关事项、政府信息公开工作机构情况、其他事项等",
             time_limit="每年年初", channels=["县规划自然资源局网页（首页—政务公开—政府信息公开指南）"]),
    ]),
    ("政府信息公开工作年度报告", [
        dict(item="政府信息公开工作年度报告", third="政府信息公开工作年度报告",
             content="总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、当前存在的主要问题及下步改进措施",
             channels=["县规划自然资源局网页（首页—政务公开—政府信息公开年报）", "其他线下政务公开场所"]),
    ]),
    ("行政许可", [
        dict(item="建设用地规划许可", third="建设用地规划许可证核发",
             content="办事指南、许可结果（项目名称、用地单位、用地位置、用地面积）", basis="《中华人民共和国城乡规划法》",
             audience=["特定群体"], mode=["主动公开", "依申请公开"], levels=["县级"],
             channels=["县规划自然资源局网页（首页—政务公开—行政许可）"]),
        dict(item="建设用地规划许可", third="乡村建设规划许可证核发",
             content="办事指南、许可结果", basis="《中华人民共和国城乡规划法》", levels=["县级", "乡级"],
             channels=["县规划自然资源局网页（首页—政务公开—行政许可）", "其他线下政务公开场所"]),
    ]),
], dict(basis="《政府信息公开条例》", time_limit=T20, subject=FD_S, audience=[], mode=["主动公开"],
        levels=["市级", "县级"]))

FD = dict(
    name="ghzy_fengdu", landscape=True, font=8,
    title="丰都县规划和自然资源领域基层政务公开标准目录（2023年版）",
    doc=dict(agency=FD_S, region={"province": "重庆市", "county": "丰都县"}, level="county"),
    header=[(0, 0, 2, 1, "序号"), (0, 1, 1, 3, "公开事项"), (1, 1, 1, 1, "一级\n事项"), (1, 2, 1, 1, "二级\n事项"),
            (1, 3, 1, 1, "三级\n事项"), (0, 4, 2, 1, "公开内容"), (0, 5, 2, 1, "公开依据"), (0, 6, 2, 1, "公开时限"),
            (0, 7, 2, 1, "公开主体"), (0, 8, 2, 1, "公开渠道和载体"), (0, 9, 1, 1, "公开\n对象"), (1, 9, 1, 1, "特定群体"),
            (0, 10, 1, 2, "公开\n方式"), (1, 10, 1, 1, "主动"), (1, 11, 1, 1, "依申请"), (0, 12, 1, 3, "公开\n层级"),
            (1, 12, 1, 1, "市级"), (1, 13, 1, 1, "县级"), (1, 14, 1, 1, "乡级")],
    columns=[text("seq"), text("category"), text("item"), text("third"), text("content"), text("basis"),
             text("time_limit"), text("subject"), lambda r: "\n".join("■" + c for c in r["channels"]),
             tick("audience", "特定群体"), tick("mode", "主动公开"), tick("mode", "依申请公开"), tick("levels", "市级"),
             tick("levels", "县级"), tick("levels", "乡级")],
    widths=[0.7, 1.8, 1.8, 2.0, 4.2, 2.2, 2.0, 1.6, 3.6, 1.0, 0.8, 0.9, 0.8, 0.8, 0.8],
    merged=[1, 2], rows=FD_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels", "audience",
            "disclosure_mode", "levels"],
)


def main():
    out = mw.probe_dirs("pages3")
    tmp = tempfile.mkdtemp(prefix="make_probe_real7_")
    try:
        for cat, kinds in ((YJ, ["pdf", "docx"]), (FD, ["pdf"])):
            src = os.path.join(tmp, cat["name"] + ".docx")
            mw.make_docx(cat, src)
            mw.renditions(cat, src, out, kinds)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
