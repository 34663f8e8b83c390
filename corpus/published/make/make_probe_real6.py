#!/usr/bin/python3
"""Blind probe, round 6: two 卫生健康 catalogs in layouts seen on real pages, their rows in the wording of those
pages (2026-12 search of stored pages; places and units real, rows rebuilt, not copied).

  wjw_tongling_jiaoqu  a 区 卫生健康委员会's 基层政务公开标准目录 (tljq.gov.cn): 公开时限, 公开主体, 公开渠道 and 咨询电话 each
                       ONE cell merged down the whole body (every entry shares them); each entry spread over several
                       table rows, one numbered 公开内容 element and one numbered 公开依据 a row, with 序号, 一级事项 and
                       二级事项 merged over the entry's rows. DOCX, exported to PDF by LibreOffice
  wjj_yuanjiang        a county-level city 卫生健康局's 政府信息主动公开事项目录 (yuanjiang, mirrored on 71498.cn): XLSX,
                       the title and a 公开主体：… line as merged rows above the header, a single 事项名称 column,
                       条款内容 quoting the article, 公开责任, a 公开链接 column of addresses

Gold is written from the same rows, never from gkml's output. Run from the repository root (python3-docx,
python3-openpyxl, LibreOffice):
    /usr/bin/python3 corpus/published/make/make_probe_real6.py [OUTDIR]
Without OUTDIR the files go to corpus/published/pages3/ and their gold to src/test/resources/published-gold/pages3/;
with it, everything (gold under OUTDIR/gold) goes there.
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_word as mw  # noqa: E402
from make_word import rows_of, text, TIAOLI  # noqa: E402
from docx.shared import Cm  # noqa: E402

# ---------------------------------------------------------------- 1. 铜陵市郊区卫生健康委员会 (shared cells, spread rows)

TL_T = "自信息形成或者变更之日起20个工作日内予以公开"
TL_S = "郊区卫生健康委员会"
TL_PHONE = "咨询电话：0562-2896842 投诉举报电话：0562-2896840"
TL_SERVICE = ["1.法律法规和政策文件", "2.服务对象", "3.服务机构信息，包括名称、地点、服务时间", "4.服务项目和内容",
              "5.服务流程", "6.服务要求", "7.投诉举报电话以及网上投诉渠道"]
GFB = "【部门规章及规范性文件】《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）"
TL_ENTRIES = [
    ("公共卫生服务事项", "预防接种", TL_SERVICE, [
        "1.【行政法规】《疫苗流通和预防接种管理条例》（中华人民共和国国务院令第434号）",
        "2." + GFB,
        "3.【部门规章及规范性文件】《关于做好2017年国家基本公共卫生服务项目工作的通知》（国卫基层发〔2017〕46号）"]),
    ("公共卫生服务事项", "居民健康档案管理", TL_SERVICE, [
        "1." + GFB,
        "2.【部门规章及规范性文件】《关于做好2018年国家基本公共卫生服务项目工作的通知》（国卫基层发〔2018〕18号）"]),
    ("医疗服务事项", "家庭医生签约服务", ["1.签约服务政策", "2.签约服务团队", "3.服务内容和收费标准", "4.签约流程"], [
        "1.【部门规章及规范性文件】《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）"]),
]
TL_ROWS = [dict(seq=i, category=c, item=it, content="".join(content), basis="".join(basis), time_limit=TL_T,
                subject=TL_S, channels=["政府网站"], extra={"咨询电话": TL_PHONE})
           for i, (c, it, content, basis) in enumerate(TL_ENTRIES, 1)]
TL = dict(
    name="wjw_tongling_jiaoqu", landscape=True,
    title="铜陵市郊区卫生健康委员会基层政务公开标准目录",
    doc=dict(agency="铜陵市郊区卫生健康委员会", region={"province": "安徽省", "city": "铜陵市", "county": "郊区"},
             level="county"),
    rows=TL_ROWS,
    fields=["seq", "category", "item", "content", "basis", "time_limit", "subject", "channels"],
)


def tl_docx(path):
    doc = mw.new_document(TL)
    mw.add_heading(doc, TL["title"], 15)
    body = sum(max(len(c), len(b)) for _, _, c, b in TL_ENTRIES)
    table = doc.add_table(rows=2 + body, cols=10)
    table.style = "Table Grid"
    size = 8

    def put(r, c, value, rs=1, cs=1, bold=False):
        mw.put_span(table, r, c, value, size, rs, cs, bold)

    put(0, 0, "序号", rs=2, bold=True)
    put(0, 1, "公开事项", cs=2, bold=True)
    put(1, 1, "一级事项", bold=True)
    put(1, 2, "二级事项", bold=True)
    for c, label in ((3, "公开内容\n（要素）"), (4, "公开依据"), (5, "公开\n时限"), (6, "公开\n主体"), (7, "公开\n渠道"),
                     (8, "咨询电话")):
        put(0, c, label, rs=2, bold=True)
    table.cell(0, 9).merge(table.cell(1, 9))  # the page's empty last column
    put(2, 5, TL_T, rs=body)
    put(2, 6, TL_S, rs=body)
    put(2, 7, "政府网站", rs=body)
    put(2, 8, TL_PHONE, rs=body)
    table.cell(2, 9).merge(table.cell(1 + body, 9))
    r = 2
    categories = {}
    for _, (c, _, content, basis) in enumerate(TL_ENTRIES):
        categories[c] = categories.get(c, 0) + max(len(content), len(basis))
    seen = set()
    for i, (c, item, content, basis) in enumerate(TL_ENTRIES, 1):
        n = max(len(content), len(basis))
        put(r, 0, str(i), rs=n)
        if c not in seen:
            put(r, 1, c, rs=categories[c])
            seen.add(c)
        put(r, 2, item, rs=n)
        for k in range(n):
            put(r + k, 3, content[k] if k < len(content) else "")
            put(r + k, 4, basis[k] if k < len(basis) else "")
        r += n
    table.autofit = False
    for c, w in enumerate([0.8, 2.0, 2.0, 5.0, 7.6, 2.2, 1.8, 1.4, 2.4, 0.6]):
        table._tbl.tblGrid.gridCol_lst[c].w = Cm(w)
        for row in table.rows:
            row.cells[c].width = Cm(w)
    doc.save(path)


# ---------------------------------------------------------------- 2. 沅江市卫生健康局 (XLSX, single 事项名称)

YJ_T = "自该政府信息形成或者变更之日起20个工作日内。"
YJ_ROWS = rows_of([
    ("机构信息", [dict(
        content="依据三定方案确定的沅江市卫生健康局法定职能以及机关名称、办公地址、办公时间、联系方式、负责人姓名等；内设机构的名称及机关职能等。",
        basis=TIAOLI + "（国务院令第711号）",
        extra={"条款内容": TIAOLI + "（国务院令第711号）第二十条：行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息：（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名。",
               "公开链接": "http://www.yuanjiang.gov.cn/21126/23237/39065/content_1633826.html"})]),
    ("人事信息", [dict(
        content="事业单位公开招聘人员公告和拟聘用人员公示。编外合同制人员聘用。",
        basis="《湖南省事业单位公开招聘人员办法》（湘人社规〔2025〕1号）",
        extra={"条款内容": "《湖南省事业单位公开招聘人员办法》（湘人社规〔2025〕1号）第十二条：招聘公告统一在事业单位人事综合管理部门门户网站面向社会公开发布。",
               "公开链接": "http://www.yuanjiang.gov.cn/21126/23237/39066/index.html"},
        responsible=["人事股"])]),
    ("财政预决算", [dict(
        content="部门预算、决算及“三公”经费预算、决算",
        basis="《中华人民共和国预算法》",
        extra={"条款内容": "《中华人民共和国预算法》第十四条：经本级人民代表大会或者本级人民代表大会常务委员会批准的预算、预算调整、决算、预算执行情况的报告及报表，应当在批准后二十日内由本级政府财政部门向社会公开。",
               "公开链接": "http://www.yuanjiang.gov.cn/21126/23237/39067/index.html"},
        time_limit="批准后二十日内", responsible=["计财股"])]),
    ("传染病防治", [dict(
        content="法定传染病疫情信息、预防控制措施",
        basis="《中华人民共和国传染病防治法》",
        extra={"条款内容": "《中华人民共和国传染病防治法》第三十八条：国家建立传染病疫情信息公布制度。",
               "公开链接": "http://www.yuanjiang.gov.cn/21126/23237/39068/index.html"},
        time_limit="及时", channels=["政府网站", "政务新媒体"], responsible=["疾病预防控制股"])]),
], dict(time_limit=YJ_T, channels=["政府网站"], responsible=["办公室"]))
for r in YJ_ROWS:
    r["item"] = None

YJ = dict(
    name="wjj_yuanjiang", font=10,
    title="沅江市卫生健康局政府信息主动公开事项目录",
    doc=dict(agency="沅江市卫生健康局", region={"province": "湖南省", "city": "益阳市", "county": "沅江市"},
             level="county"),
    header=[(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "事项名称"), (0, 2, 1, 1, "公开内容"), (0, 3, 1, 1, "公开依据"),
            (0, 4, 1, 1, "条款内容"), (0, 5, 1, 1, "公开渠道"), (0, 6, 1, 1, "公开时限"), (0, 7, 1, 1, "公开责任"),
            (0, 8, 1, 1, "公开链接")],
    columns=[text("seq"), text("category"), text("content"), text("basis"), lambda r: r["extra"]["条款内容"],
             lambda r: "、".join(r["channels"]), text("time_limit"), lambda r: "、".join(r["responsible"]),
             lambda r: r["extra"]["公开链接"]],
    widths=[6, 12, 30, 24, 40, 12, 18, 10, 30],
    merged=[], rows=YJ_ROWS,
    fields=["seq", "category", "content", "basis", "time_limit", "channels", "responsible"],
)


def yj_xlsx(path):
    """The title row, then 公开主体：… as a second merged row, then the header."""
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment
    mw.make_xlsx(YJ, path)
    wb = load_workbook(path)
    ws = wb.active
    ws.insert_rows(2)
    ws.cell(2, 1, "公开主体：沅江市卫生健康局").alignment = Alignment(horizontal="left")
    ncols = len(YJ["columns"])
    # openpyxl moves cells but not merged ranges on insert: redo the merges below the title
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row >= 2:
            ws.unmerge_cells(str(rng))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    wb.save(path)


def main():
    out = mw.probe_dirs("pages3")
    tmp = tempfile.mkdtemp(prefix="make_probe_real6_")
    try:
        src = os.path.join(tmp, TL["name"] + ".docx")
        tl_docx(src)
        mw.renditions(TL, src, out, ["docx", "pdf"])
    finally:
        shutil.rmtree(tmp)
    yj_xlsx(os.path.join(out, YJ["name"] + ".xlsx"))
    mw.write_gold(YJ, YJ["name"] + ".xlsx")


if __name__ == "__main__":
    main()
