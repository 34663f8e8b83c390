#!/usr/bin/env python3
"""One-off generator: writes each seed catalog as an HTML table that reproduces its layout.

The HTML files are the masters that LibreOffice converts to DOCX, DOC, XLSX and PDF (see convert.sh).
002-004 are Word tables exported to text (each cell starts with a tab), so their cells are read straight
from the seed; empty cells that a careful reader fills down (一级事项, and 公开依据 / 公开时限 inside one
一级事项 group) become vertical merges. 000 and 001 are PDF text exports whose cells are scrambled, so
their rows are written out below by hand, cell texts as the gold reading of the seed gives them.

Usage: python3 make_html.py SEEDS_DIR OUT_DIR [--check GOLD_DIR]
"""
import html
import json
import os
import re
import sys

TICK = "√"


class Cell:
    def __init__(self, text, rowspan=1, colspan=1, header=False):
        self.text, self.rowspan, self.colspan, self.header = text, rowspan, colspan, header


# ---------------------------------------------------------------- reading tab-cell seeds (002-004)

def read_tab_cells(path):
    """Returns (preamble lines, list of cell texts) of a Word table exported as tab-started cells."""
    preamble, cells, in_table = [], [], False
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if re.match(r" *\t", raw):
            text = raw.split("\t", 1)[1]
            if not in_table and text.strip() == "序号":
                in_table = True
            if in_table:
                cells.append([text])
                continue
        if in_table:
            if cells:
                cells[-1].append(raw)
        elif raw.strip():
            preamble.append(raw.strip())
    return preamble, ["\n".join(l.rstrip() for l in c if l.strip()) for c in cells]


def data_rows(cells, ncols):
    """Cuts the cells after the two header rows into rows of ncols (the first data cell is '1')."""
    start = next(i for i, c in enumerate(cells) if i > 0 and c.strip() == "1")
    body = cells[start:]
    rows = [body[i:i + ncols] for i in range(0, len(body), ncols)]
    rows[-1] += [""] * (ncols - len(rows[-1]))
    return rows


def merge_down(rows, merge_cols, group_col):
    """Grid of Cell/None: an empty cell in merge_cols extends the cell above it; outside the group
    column (一级事项), only while the row belongs to the same merged group cell as that cell above."""
    grid = [[Cell(t) for t in r] for r in rows]
    anchor, anchor_group = {}, {}
    for row in grid:
        group = None
        for c in [group_col] + [c for c in range(len(row)) if c != group_col]:
            cell = row[c]
            mergeable = c in merge_cols and not cell.text.strip() and c in anchor
            if mergeable and (c == group_col or anchor_group[c] is group):
                anchor[c].rowspan += 1
                row[c] = None
            else:
                anchor[c], anchor_group[c] = cell, group
            if c == group_col:
                group = anchor[c]
                anchor_group[c] = group
    return grid


# ---------------------------------------------------------------- 000 and 001, written out by hand

LAW_711 = "《中华人民共和国政府信息公开条例 》（国务院令第711号）"
TIME_000 = "信息产生或者变更之日起20个工作日内公开，保持长期公开（相关法律法规另有规定的，从其规定）"


def seed_000():
    # (序号, 一级事项, 二级事项, 公开内容, 公开依据, 公开时限, 公开渠道和载体, 责任部门)
    rows = [
        ("1", "机构信息", "基本信息", "（1）机构名称（2）联系方式（包括：办公地址、办公电话、办公时间、负责人信息等）（3）领导信息",
         LAW_711, TIME_000 + "。", "政府网站“机构信息”栏目", "办公室"),
        ("2", "政策信息", "医疗保障相关政策解读",
         "（1）城乡居民医保参保政策；（2）职工生育保险政策；（3）大病保险和医疗救助政策；（4）其他政策（包括特殊疾病、长护险和灵活就业人员医保政策等）；（5）医疗保障行政执法",
         LAW_711, TIME_000 + "。", "政府网站“政策解读”栏目",
         "参保科、费用审核科、特殊医疗保障管理科（结算科）、信息科（定点医疗科）、基金监管科"),
        ("3", "决策公开", "医疗保障相关重大决策预公开", "医疗保障相关决策事项征求意见或听证会",
         LAW_711, TIME_000, "政府网站“重大决策预公开”栏目", "办公室"),
        ("4", "执行公开", "行政执法", "（1）医疗保障行政执法信息；（2）权力清单和责任清单：（3）行政许可；（4）行政处罚和行政强制",
         LAW_711, TIME_000 + "。", "政府网站“行政执行”栏目", "基金监管科"),
        ("5", "管理公开", "医疗保障工作管理", "（1）医疗保障管理制度文件；（2）定点医疗机构管理；（3）基金监督",
         LAW_711, TIME_000 + "。", "政府网站“民生重点”栏目", "办公室、定点医疗科、基金监管科"),
        ("6", "服务公开", "医疗保障工作相关服务", "（1）政府采购和购买服务；（2）建议提案办理",
         LAW_711, TIME_000 + "。", "政府网站“政府集中采购”“建议提案办理”栏目", "财务科、定点医疗科、信息科"),
        ("7", "结果公开", "区级财政预决算", "（1）部门预决算；\n（2）“三公”经费\n（3）重大事项",
         LAW_711, TIME_000 + "。", "政府网站“区级财政预决算”栏目", "办公室、财务科"),
        ("8", "重点领域信息", "医疗保障重点工作", "1）城乡居民医保参保缴费；（2）财政资金信息；（3）基金监管；（4）医保审核；（5）医保结算",
         LAW_711, TIME_000 + "。", "政府网站“重点领域信息公开”栏目",
         "参保科、费用审核科、特殊医疗保障管理科（结算科）、财务科、基金监管科"),
        ("9", "特定事项", "政府信息公开指南",
         "政府信息公开范围、主动公开的政府信息、依申请公开受理机构、申请所需材料、申请渠道、申请办理流程等",
         LAW_711, TIME_000, "政府网站“政府信息公开指南”栏目", "办公室"),
        ("", None, "政府信息公开年报",
         "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在主要问题及改进情况、其他需要报告的情况",
         "《中华人民共和国政府信息公开条例 》《云南省政府信息依申请公开工作规程（修订）》", TIME_000 + "。",
         "政府网站“政府信息公开年报”栏目", "办公室"),
    ]
    header = [
        [Cell("序号", rowspan=2), Cell("公开事项", colspan=2), Cell("公开内容（要素）", rowspan=2),
         Cell("公开依据", rowspan=2), Cell("公开时限", rowspan=2), Cell("公开渠道和载体", rowspan=2),
         Cell("公开对象", colspan=2), Cell("责任部门", rowspan=2)],
        [Cell("一级事项"), Cell("二级事项"), Cell("全社会"), Cell("特定群体")],
    ]
    body = []
    for i, (seq, cat, item, content, basis, time, channel, unit) in enumerate(rows):
        cells = [Cell(seq)]
        if cat is not None:
            # 特定事项 is one cell over its two 二级事项 rows
            cells.append(Cell(cat, rowspan=2 if i + 1 < len(rows) and rows[i + 1][1] is None else 1))
        cells += [Cell(item), Cell(content), Cell(basis), Cell(time), Cell(channel), Cell(TICK), Cell(""), Cell(unit)]
        body.append(cells)
    return {
        "title": "昆明市西山区医疗保障局政府信息公开基本目录",
        "preamble": [],
        "header": header,
        "body": body,
        "notes": ["备注：一级事项需包含机构信息、政策信息、决策公开、执行公开、管理公开、服务公开、结果公开、重点领域信息、"
                  "特定事项（含政府信息公开指南、政府信息公开年报）等，做到应编制尽编制。编制时，不得改变样式表格要素，序号对应二级事项；"
                  "公开依据不用具体到条款；公开渠道应覆盖线上渠道和线下渠道，线上渠道需列明平台名称及栏目，线下渠道需列明查询地点或查询窗口，"
                  "如区政务服务大厅xx窗口；责任部门可具体到业务科室。"],
    }


CHANNELS_001 = "\n".join([
    "■银川市金凤区人民政府门户网站", "□两微一端", "□政府公报 □发布会/听证会", "□广播电视 □报刊",
    "□公开查阅点 □政务服务中心", "□便民服务站 □入户/现场", "□社区（村）/企事业单位公示栏",
    "□精准推送（注明）", "□其他（注明）"])
WEB_001 = "银川市金凤区政府网站-政务公开-政府信息公开部门-金凤区医疗保障局概况信息栏目"
LAW_001 = "《中华人民共和国政府信息公开条例》"
T20_001 = "信息生成或者变更之日起20个工作日内予以公开"


def seed_001():
    # Each group: 序号, 一级事项, subject, web column (or ""), five-type column ticked, list of
    # (二级事项, [content rows], basis or None = merged from the row above, time or None = merged).
    five = ["决策", "执行", "管理", "服务", "结果"]
    groups = [
        ("1", "机构信息", "办公室", WEB_001, "管理", [
            ("机构概况", ["机构名称、办公地址、办公电话及邮政编码"], LAW_001, "信息形成或变更5个工作日内"),
            ("内设机构", ["内设机构名称、职责"], None, None),
            ("机构职能", ["依据“三定方案”及职责情况确定的本单位的法定职能"], None, None),
            ("领导分工", ["领导姓名、领导职务、领导工作分工"], None, None)]),
        ("2", "年度报告", "办公室", "", "结果", [
            ("公开年度工作报告", ["年度主动公开、依申请公开情况及存在问题"], LAW_001, T20_001)]),
        ("3", "财务管理", "财务室", WEB_001, "管理", [
            ("部门经费预决算", ["“三公”经费、专项经费、财政收支情况、政府采购等"], LAW_001, T20_001),
            ("部门预算整体支出绩效评价", ["部门预算整体支出绩效评价"], None, T20_001)]),
        ("4", "宣传报道", "办公室", WEB_001, "执行", [
            ("政策解读新闻发布", ["全区医疗保障主要工作的进展情况、全区医疗法规政策解读、全区医疗保障领域重大突出事件、"
                          "医疗保障领域内社会关注的热点问题的进展情况"], LAW_001, T20_001),
            ("动态信息", ["金凤区医疗保障局内部重大事项活动信息、局领导工作动态、新闻媒体对金凤区医保局工作宣传报道"],
             LAW_001, "信息生成或者变更之日起5个工作日内予以公开")]),
        ("5", "政务公开", "办公室", WEB_001, "执行", [
            ("公告公示", ["医保局相关活动信息、打击欺诈骗保等相关工作信息"], LAW_001, T20_001),
            ("工作总结", ["医保局半年、年度等工作总结信息"], None, None)]),
        ("6", "公共服务", "政务大厅", "", "服务", [
            ("医疗费用结算", ["参保人员费用结算流程", "现金垫付医疗费用结算流程", "参保人员门诊特殊疾病转入流程"], LAW_001, T20_001),
            ("城乡居民基本医疗保险", ["参保范围、参保登记、参保信息变更", "门诊大病和住院基金累计最高支付限额",
                            "统筹基金不予支付的医疗费用"], None, None),
            ("参保人员异地就医医疗报销", ["咨询电话公开"], None, None),
            ("医疗保险个人权益查询", ["查询流程及方式公开"], None, None),
            ("医疗保险个人权益电话号码更改", ["办理流程及方式"], None, None)]),
    ]
    header = [
        [Cell("序号", rowspan=2), Cell("公开事项", colspan=2), Cell("公开内容（要素）", rowspan=2),
         Cell("公开依据", rowspan=2), Cell("公开时限", rowspan=2), Cell("公开主体", rowspan=2),
         Cell("公开渠道和载体", rowspan=2), Cell("", colspan=2), Cell("所属“五公开”类型", colspan=5),
         Cell("网站所属栏目", rowspan=2), Cell("备注", rowspan=2)],
        [Cell("一级事项"), Cell("二级事项"), Cell("主动公开"), Cell("依申请")] + [Cell(f) for f in five],
    ]
    body = []
    for seq, cat, subject, web, ticked, items in groups:
        n = sum(len(c) for _, c, _, _ in items)
        first_of_group = True
        for idx, (item, contents, basis, time) in enumerate(items):
            # a merged basis/time cell spans this item and the following items that say None
            def span(k):
                s = len(contents)
                for later in items[idx + 1:]:
                    if later[k] is not None:
                        break
                    s += len(later[1])
                return s
            for ci, content in enumerate(contents):
                cells = []
                if first_of_group:
                    cells += [Cell(seq, rowspan=n), Cell(cat, rowspan=n)]
                if ci == 0:
                    cells.append(Cell(item, rowspan=len(contents)))
                cells.append(Cell(content))
                if ci == 0 and basis is not None:
                    cells.append(Cell(basis, rowspan=span(2)))
                if ci == 0 and time is not None:
                    cells.append(Cell(time, rowspan=span(3)))
                if first_of_group:
                    cells += [Cell(subject, rowspan=n), Cell(CHANNELS_001, rowspan=n), Cell(TICK, rowspan=n),
                              Cell("", rowspan=n)]
                    cells += [Cell(TICK if f == ticked else "", rowspan=n) for f in five]
                    cells += [Cell(web, rowspan=n), Cell("", rowspan=n)]
                    first_of_group = False
                body.append(cells)
    return {
        "title": "银川市金凤区医疗保障局政务公开基本目录",
        "preamble_before_title": ["附件 1"],
        "preamble": ["责任单位：金凤区医疗保障局 填表人：邱晓洁 复核人：王艳 审签人：何丽 填表时间：2023.11.2",
                     "政府信息：主动公开一级事项 6 项；二级事项 16 项；依申请公开二级事项 0 项"],
        "header": header,
        "body": body,
        "notes": [],
    }


# ---------------------------------------------------------------- 002-004 from their tab cells

def seed_002(path):
    preamble, cells = read_tab_cells(path)
    rows = data_rows(cells, 10)
    header = [
        [Cell("序号", rowspan=2), Cell("公开事项", colspan=2), Cell("公开内容\n（要素）", rowspan=2),
         Cell("公开依据", rowspan=2), Cell("公开时限", rowspan=2), Cell("公开主体", rowspan=2),
         Cell("公开渠道和载体", rowspan=2), Cell("公开对象", colspan=2)],
        [Cell("一级事项"), Cell("二级事项"), Cell("全社会"), Cell("特定群体")],
    ]
    title, rest = preamble[0], preamble[1:]
    return {"title": title, "preamble": rest, "header": header,
            "body": grid_rows(merge_down(rows, {1, 4, 5}, 1)), "notes": []}


def seed_003(path):
    _, cells = read_tab_cells(path)
    rows = data_rows(cells, 12)
    header = [
        [Cell("序号", rowspan=2), Cell("公开事项", colspan=2), Cell("公开内容（要素）", rowspan=2),
         Cell("公开主体", rowspan=2), Cell("公开依据", rowspan=2), Cell("公开时限", rowspan=2),
         Cell("公开渠道和载体", rowspan=2), Cell("公开对象", colspan=2), Cell("公开方式", colspan=2)],
        [Cell("一级事项"), Cell("二级事项"), Cell("全社会"), Cell("特定群众"), Cell("主动"), Cell("依申请公开")],
    ]
    rows = [[c.replace("\u3000", "") for c in r] for r in rows]
    return {"title": None, "preamble": [], "header": header,
            "body": grid_rows(merge_down(rows, {1}, 1)), "notes": []}


def seed_004(path):
    preamble, cells = read_tab_cells(path)
    rows = data_rows(cells, 9)
    # Word's Wingdings checkboxes: 0x6E (■) and "(" are ticked, 0x6F (□) is not.
    for r in rows:
        r[7] = re.sub(r"(^|(?<=\s))\(", "■", r[7].replace("\uf06e", "■").replace("\uf06f", "□"), flags=re.M)
    header = [
        [Cell("序号", rowspan=2), Cell("事项名称", colspan=2), Cell("公开内容", rowspan=2),
         Cell("公开主体", rowspan=2), Cell("公开时限", rowspan=2), Cell("公开\n方式", rowspan=2),
         Cell("公开渠道", rowspan=2), Cell("公开责任", rowspan=2)],
        [Cell("一级事项"), Cell("二级事项")],
    ]
    return {"title": preamble[0], "preamble": preamble[1:], "header": header,
            "body": grid_rows(merge_down(rows, {1}, 1)), "notes": []}


def grid_rows(grid):
    return [[c for c in row if c is not None] for row in grid]


# ---------------------------------------------------------------- HTML

def cell_html(cell, tag):
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    lines = [html.escape(l) for l in cell.text.split("\n")] if cell.text else [""]
    return f"<{tag}{attrs}>" + "<br>".join(lines) + f"</{tag}>"


def render(doc, font_pt):
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>{html.escape(doc['title'] or '')}</title>",
           "<style>",
           "@page { size: 297mm 210mm; margin: 15mm; }",
           f"body {{ font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: {font_pt}pt; }}",
           "table { border-collapse: collapse; }",
           "td, th { border: 1px solid #000; padding: 2px; vertical-align: middle; }",
           "</style></head><body>"]
    for line in doc.get("preamble_before_title", []):
        out.append(f"<p>{html.escape(line)}</p>")
    if doc["title"]:
        out.append(f'<h1 style="font-size:{font_pt + 6}pt; text-align:center">{html.escape(doc["title"])}</h1>')
    for line in doc["preamble"]:
        out.append(f"<p>{html.escape(line)}</p>")
    out.append('<table border="1" cellspacing="0" cellpadding="2">')
    out.append("<thead>")
    for row in doc["header"]:
        out.append("<tr>" + "".join(cell_html(c, "th") for c in row) + "</tr>")
    out.append("</thead><tbody>")
    for row in doc["body"]:
        out.append("<tr>" + "".join(cell_html(c, "td") for c in row) + "</tr>")
    out.append("</tbody></table>")
    for line in doc["notes"]:
        out.append(f"<p>{html.escape(line)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- self-check against gold

def expand(doc):
    """Header-less grid of texts with merged cells repeated, for checking."""
    grid, pending = [], {}
    for row in doc["body"]:
        out, it, c = [], iter(row), 0
        while True:
            if c in pending and pending[c][1] > 0:
                text, left, cs = pending[c]
                out += [text] * cs
                pending[c] = (text, left - 1, cs)
                c += cs
                continue
            cell = next(it, None)
            if cell is None:
                break
            out += [cell.text] * cell.colspan
            if cell.rowspan > 1:
                pending[c] = (cell.text, cell.rowspan - 1, cell.colspan)
            c += cell.colspan
        grid.append(out)
    return grid


def squash(s):
    return re.sub(r"\s+", "", str(s) if s is not None else "")


def check(name, doc, gold_dir, columns):
    gold = json.load(open(os.path.join(gold_dir, name + ".txt.json"), encoding="utf-8"))["entries"]
    rows = expand(doc)
    if name.startswith("001"):
        # one entry per 二级事项: join its content rows
        merged = []
        for r in rows:
            if merged and r[2] == merged[-1][2] and r[0] == merged[-1][0]:
                merged[-1][3] += r[3]
            else:
                merged.append(list(r))
        rows = merged
    problems = 0
    if len(rows) != len(gold):
        print(f"{name}: {len(rows)} rows, gold has {len(gold)} entries")
        problems += 1
    for r, g in zip(rows, gold):
        for key, col in columns.items():
            if key not in g:
                continue
            want = squash(g[key] if g[key] is not None else "")
            have = squash(r[col])
            if key == "category":
                have = re.sub(r"^[一二三四五六七八九十]+、", "", have)
            if key == "seq":
                want = "" if g[key] is None else str(g[key])
            if have != want:
                problems += 1
                print(f"{name} seq {g.get('seq')} {key}: have {have!r} want {want!r}")
    print(f"{name}: {len(rows)} rows checked, {problems} differences")


def main():
    seeds, out = sys.argv[1], sys.argv[2]
    gold = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--check" else None
    names = {p[:20]: p[:-4] for p in os.listdir(seeds) if p.endswith(".txt")}
    docs = {
        names["000_81a0a872453b3846"]: (seed_000(), {"seq": 0, "category": 1, "item": 2, "content": 3,
                                                     "basis": 4, "time_limit": 5}),
        names["001_d1b07a4c651a3051"]: (seed_001(), {"seq": 0, "category": 1, "item": 2, "content": 3,
                                                     "basis": 4, "time_limit": 5, "subject": 6}),
    }
    for key, fn, cols in [
        ("002_10e874960aa90f81", seed_002, {"seq": 0, "category": 1, "item": 2, "content": 3, "basis": 4,
                                            "time_limit": 5, "subject": 6}),
        ("003_0c93a4fb907a582b", seed_003, {"seq": 0, "category": 1, "item": 2, "content": 3, "subject": 4,
                                            "basis": 5, "time_limit": 6}),
        ("004_43e84b5de54c8a3d", seed_004, {"seq": 0, "category": 1, "item": 2, "content": 3, "subject": 4,
                                            "time_limit": 5}),
    ]:
        docs[names[key]] = (fn(os.path.join(seeds, names[key] + ".txt")), cols)
    os.makedirs(out, exist_ok=True)
    for name, (doc, cols) in docs.items():
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(render(doc, 9))
        if gold:
            check(name, doc, gold, cols)
    # PDF masters: the same pages, 004 at a larger font so its table runs over several pages
    # with the header row repeated (LibreOffice repeats <thead> rows)
    os.makedirs(os.path.join(out, "pdf-src"), exist_ok=True)
    for name, (doc, _) in docs.items():
        with open(os.path.join(out, "pdf-src", name + ".html"), "w", encoding="utf-8") as f:
            f.write(render(doc, 12 if name.startswith("004") else 9))

if __name__ == "__main__":
    main()
