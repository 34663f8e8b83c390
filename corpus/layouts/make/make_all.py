#!/usr/bin/env python3
"""Writes the unseen-layout catalogs (corpus/layouts/*.txt) and their gold records
(src/test/resources/layout-gold/<file>.json) from one hand-written description per catalog.

The catalogs are invented but imitate real 政府信息公开目录 of other bureaus and places. Each description
lists its rows as a careful reader sees them (merged cells already filled in); the text is laid out from
them by layout.py, with the merged cells blanked as an export shows them, and then a few quirks real
exports have are patched in by hand (PATCHES). Run from the repository root: python3 corpus/layouts/make/make_all.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from layout import pdf_flow, pdf_pages, word_text  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT_TEXT = os.path.join(ROOT, "corpus", "layouts")
OUT_GOLD = os.path.join(ROOT, "src", "test", "resources", "layout-gold")

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = CN_DIGITS[ch]
    return total + cur


def deadline(text):
    """First day count: (days, unit); a calendar date (1月31日) or months give no count."""
    if not text:
        return None, None
    t = re.sub(r"(\d+月|每月)\d+日", "", text)
    m = re.search(r"([0-9]+|[一二两三四五六七八九十]+)个?(工作日|日|天)", t)
    if not m:
        return None, None
    return cn_number(m.group(1)), ("working_day" if m.group(2) == "工作日" else "day")


def laws(basis):
    if basis is None:
        return None
    out = []
    for t in re.findall(r"《([^《》]*)》", basis):
        if t not in out:
            out.append(t)
    return out


def split_units(s):
    return [u for u in re.split(r"[、，,\n]", s) if u.strip()]


def checkbox(options, selected, on, off, per_line):
    """A checkbox list as printed: on/off glyph before each option, per_line options a line."""
    marks = [(on if o in selected else off) + o for o in options]
    return "\n".join("  ".join(marks[i:i + per_line]) for i in range(0, len(marks), per_line))


def tick(flag):
    return "√" if flag else ""


def fill_gold(entry):
    """Adds the derived keys (laws, deadline) to an entry that has basis / time_limit."""
    if "basis" in entry:
        entry["laws"] = laws(entry["basis"])
    if "time_limit" in entry:
        entry["deadline_days"], entry["deadline_unit"] = deadline(entry["time_limit"])
    return entry


def blank_repeats(rows, key, reset_keys=()):
    """The text a merged cell shows: its value in the first row of a run, empty below it."""
    shown, prev, prev_reset = [], object(), None
    for r in rows:
        reset = tuple(r.get(k) for k in reset_keys)
        same = r.get(key) == prev and reset == prev_reset if reset_keys else r.get(key) == prev
        shown.append("" if same else (r.get(key) or ""))
        prev, prev_reset = r.get(key), reset
    return shown


# ---------------------------------------------------------------------------------------------------
# (a1) Word export. 四川省广元市苍溪县卫生健康局: one name column (公开事项), 公开内容和标准, plain channel
# names, 信息公开责任科室, 公开方式 as text, 备注 text, preamble 填表单位/联系电话/更新时间, note after.
def a1():
    title = "苍溪县卫生健康局政府信息公开目录"
    rows = [
        (1, "机构职能", "本单位主要职责、内设机构及职责、领导班子成员姓名及分工、办公地址、办公时间、联系电话",
         "《中华人民共和国政府信息公开条例》第二十条", "信息形成或者变更之日起二十个工作日内",
         "政府网站、政务新媒体", "办公室", "主动公开", None),
        (2, "规划计划", "全县卫生健康事业发展规划、年度工作计划及工作总结",
         "《中华人民共和国政府信息公开条例》", "制定或批准之日起二十个工作日内",
         "政府网站", "规划发展与信息化股", "主动公开", None),
        (3, "财政预决算", "部门预算、决算及“三公”经费预决算情况说明",
         "《中华人民共和国预算法》《中华人民共和国政府信息公开条例》", "批复后二十日内",
         "政府网站、政务公开专区", "财务股", "主动公开", "按县财政局统一安排公开"),
        (4, "医疗机构执业登记", "医疗机构设置审批、执业登记的办理条件、申请材料、办理流程及办理结果",
         "《医疗机构管理条例》《四川省医疗机构管理条例》", "办结之日起七个工作日内",
         "政府网站、政务服务中心", "医政医管股、行政审批股", "主动公开", None),
        (5, "行政处罚", "一般程序行政处罚决定的执法机关、执法对象、违法事实、处罚依据及处罚结果",
         "《中华人民共和国行政处罚法》《中华人民共和国政府信息公开条例》", "作出决定之日起七个工作日内",
         "政府网站、信用中国网站", "综合监督执法大队", "主动公开", "涉及国家秘密、商业秘密、个人隐私的除外"),
        (6, "传染病疫情信息", "法定传染病疫情发生、流行情况及防控措施",
         "《中华人民共和国传染病防治法》", "按月发布；突发疫情及时发布",
         "政府网站、政务新媒体、广播电视", "疾病预防控制股", "主动公开", None),
        (7, "基本公共卫生服务", "国家基本公共卫生服务项目内容、服务机构名单、补助标准",
         "《中华人民共和国基本医疗卫生与健康促进法》", "信息形成之日起十五个工作日内",
         "政府网站、公示栏", "基层卫生健康股", "主动公开", None),
        (8, "计划生育奖励扶助", "农村部分计划生育家庭奖励扶助、特别扶助对象确认条件及资金发放情况",
         "《四川省人口与计划生育条例》", "每年12月31日前",
         "政府网站、公示栏", "人口监测与家庭发展股", "主动公开", "公示对象姓名作脱敏处理"),
        (9, "政府信息公开申请答复", "依申请公开政府信息的答复书",
         "《中华人民共和国政府信息公开条例》第三十三条", "收到申请之日起二十个工作日内",
         "当面、信函、电子邮件", "办公室", "依申请公开", None),
        (10, "政府信息公开工作年度报告", "本单位上一年度政府信息公开工作情况",
         "《中华人民共和国政府信息公开条例》第四十九条", "每年1月31日前",
         "政府网站", "办公室", "主动公开", None),
    ]
    header = [["序号", "公开事项", "公开内容和标准", "公开依据", "公开时限", "公开渠道", "信息公开责任科室", "公开方式", "备注"]]
    body = [[str(s), it, ct, bs, tl, ch, rs, md, rm or ""] for s, it, ct, bs, tl, ch, rs, md, rm in rows]
    # Word keeps a manual line break inside a few long cells.
    body[0][2] = "本单位主要职责、内设机构及职责、\n领导班子成员姓名及分工、办公地址、办公时间、联系电话"
    body[3][6] = "医政医管股\n行政审批股"
    preamble = (title + "\n\n填表单位：苍溪县卫生健康局（盖章）        联系电话：0839-5222116        "
                "更新时间：2024年3月15日\n")
    trailer = ("注：1.本目录所列事项实行动态调整；\n"
               "2.依申请公开事项按照《中华人民共和国政府信息公开条例》规定的程序办理。\n")
    text = word_text(preamble, header, body, trailer)
    entries = []
    for s, it, ct, bs, tl, ch, rs, md, rm in rows:
        entries.append(fill_gold({
            "seq": s, "item": it, "content": ct, "basis": bs, "time_limit": tl,
            "channels": split_units(ch), "responsible": split_units(rs), "disclosure_mode": [md], "remarks": rm}))
    gold = {"title": title, "agency": "苍溪县卫生健康局",
            "region": {"province": "四川省", "city": "广元市", "county": "苍溪县"}, "level": "county",
            "meta": {"填表单位": "苍溪县卫生健康局（盖章）", "联系电话": "0839-5222116", "更新时间": "2024年3月15日",
                     "注": trailer.strip()},
            "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (a2) Word export. 河南省洛阳市住房和城乡建设局: 领域 column, 一级/二级 under 公开事项, ☑/☐ checkboxes,
# √ under 全社会/特定群体, 主动/依申请, 市级/区级 (公开层级); merged 领域, 一级事项 and 公开依据 cells.
A2_CHANNELS = ["政府网站", "政务新媒体", "政府公报", "政务服务中心", "公示栏", "其他"]


def a2():
    title = "洛阳市住房和城乡建设局政务公开事项目录"
    agency = "洛阳市住房和城乡建设局"
    bureau = agency
    R = []

    def row(dom, cat, item, content, basis, tl, subj, chans, aud, mode, lv):
        R.append(dict(domain=dom, category=cat, item=item, content=content, basis=basis, time_limit=tl,
                      subject=subj, channels=chans, audience=aud, disclosure_mode=mode, levels=lv))

    web, web_new = ["政府网站"], ["政府网站", "政务新媒体"]
    row("城乡建设", "规划计划", "城市建设年度计划", "年度城市建设重点项目计划、项目名称、建设地点、投资规模",
        "《中华人民共和国政府信息公开条例》", "制定或获取信息之日起20个工作日内", bureau, web_new, ["全社会"], ["主动公开"], ["市级"])
    row("城乡建设", "规划计划", "城市建设项目进展", "重点项目建设进度、完工情况",
        "《中华人民共和国政府信息公开条例》", "信息形成之日起20个工作日内", bureau, web, ["全社会"], ["主动公开"], ["市级"])
    row("城乡建设", "城市管理", "城市道路挖掘许可", "许可条件、申请材料、办理流程、审批结果",
        "《城市道路管理条例》", "作出决定之日起7个工作日内", bureau, ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["市级", "区级"])
    row("房地产市场", "房地产开发", "房地产开发企业资质核定", "资质等级标准、申请材料、核定结果",
        "《房地产开发企业资质管理规定》", "作出决定之日起7个工作日内", bureau, ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["市级"])
    row("房地产市场", "房地产开发", "商品房预售许可", "预售许可证号、项目名称、预售范围、预售套数",
        "《城市商品房预售管理办法》", "核发之日起5个工作日内", bureau, web, ["全社会"], ["主动公开"], ["市级", "区级"])
    row("房地产市场", "物业管理", "物业服务企业信用信息", "物业服务企业基本信息、良好行为记录及不良行为记录",
        "《物业管理条例》《河南省物业管理条例》", "信息形成之日起15个工作日内", bureau, web_new, ["全社会"], ["主动公开"], ["市级", "区级"])
    row("建筑市场", "建筑业企业资质", "建筑业企业资质审批结果", "企业名称、资质类别及等级、审批结果",
        "《建筑业企业资质管理规定》", "作出决定之日起7个工作日内", bureau, web, ["全社会"], ["主动公开"], ["市级"])
    row("建筑市场", "质量安全", "工程质量安全监督检查", "检查计划、检查结果、整改情况",
        "《建设工程质量管理条例》《建设工程安全生产管理条例》", "检查结束后10个工作日内", bureau, web, ["全社会"], ["主动公开"], ["市级", "区级"])
    row("建筑市场", "质量安全", "生产安全事故处理", "事故调查报告、处理结果",
        "《生产安全事故报告和调查处理条例》", "处理结果作出之日起7日内", bureau, web, ["全社会"], ["主动公开"], ["市级"])
    row("住房保障", "公共租赁住房", "保障对象资格审核", "申请条件、申请材料、审核结果公示",
        "《公共租赁住房管理办法》", "审核完成后5个工作日内", "洛阳市住房保障服务中心",
        ["政府网站", "公示栏"], ["特定群体"], ["主动公开"], ["市级", "区级"])
    row("住房保障", "公共租赁住房", "公租房分配", "分配房源、分配对象、分配结果",
        "《公共租赁住房管理办法》", "分配完成后5个工作日内", "洛阳市住房保障服务中心",
        ["政府网站", "公示栏"], ["特定群体"], ["主动公开", "依申请公开"], ["市级", "区级"])
    row("住房保障", "城镇老旧小区改造", "老旧小区改造项目", "年度改造计划、改造内容、项目进展",
        "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》", "信息形成之日起20个工作日内", bureau,
        web_new, ["全社会"], ["主动公开"], ["市级", "区级"])
    doms = blank_repeats(R, "domain")
    cats = blank_repeats(R, "category", ("domain",))
    bases = blank_repeats(R, "basis", ("category",))
    header = [["序号", "领域", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
               "公开对象", "公开方式", "公开层级"],
              ["", "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "市级", "区级"]]
    body = []
    for i, r in enumerate(R):
        body.append([str(i + 1), doms[i], cats[i], r["item"], r["content"], bases[i], r["time_limit"], r["subject"],
                     checkbox(A2_CHANNELS, r["channels"], "☑", "☐", 3),
                     tick("全社会" in r["audience"]), tick("特定群体" in r["audience"]),
                     tick("主动公开" in r["disclosure_mode"]), tick("依申请公开" in r["disclosure_mode"]),
                     tick("市级" in r["levels"]), tick("区级" in r["levels"])])
    text = word_text(title + "\n", header, body, "")
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    gold = {"title": title, "agency": agency, "region": {"province": "河南省", "city": "洛阳市"}, "level": "city",
            "meta": {}, "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (a3) Word export. 江西省教育厅 (province): 序号 merged over each 一级事项 group (empty below), 公开的内容,
# 更新频率, þ/¨ checkboxes (Wingdings read as Latin-1), √ under 所属“五公开”类型, 责任处室, 备注 text.
A3_CHANNELS = ["门户网站", "政务新媒体", "新闻发布会", "政府公报", "其他"]


def a3():
    title = "江西省教育厅政府信息公开目录"
    R = []

    def row(seq, cat, item, content, basis, tl, freq, chans, types, resp, rem):
        R.append(dict(seq=seq, category=cat, item=item, content=content, basis=basis, time_limit=tl,
                      update_frequency=freq, channels=chans, publicity_type=types, responsible=resp, remarks=rem))

    gk = "《中华人民共和国政府信息公开条例》"
    row(1, "机构信息", "机构职能", "内设机构设置及职能、直属单位名称及联系方式", gk,
        "信息形成或变更之日起20个工作日内", "实时更新", ["门户网站"], ["管理"], "办公室", None)
    row(1, "机构信息", "领导信息", "厅领导姓名、职务、简历及分工", gk,
        "信息形成或变更之日起20个工作日内", "实时更新", ["门户网站"], ["管理"], "办公室、人事处", None)
    row(2, "政策文件", "规范性文件", "厅制发的规范性文件全文及解读材料", gk + "《江西省行政规范性文件管理办法》",
        "文件印发之日起20个工作日内", "实时更新", ["门户网站", "政务新媒体"], ["决策", "结果"], "政策法规处", None)
    row(2, "政策文件", "重大决策预公开", "决策草案、起草说明、征求意见情况及采纳情况", "《重大行政决策程序暂行条例》",
        "征求意见期不少于三十日", "按需更新", ["门户网站", "政务新媒体", "新闻发布会"], ["决策"], "政策法规处",
        "涉密事项不予公开")
    row(3, "教育统计", "教育事业统计公报", "全省各级各类教育学校数、在校生数、专任教师数等主要指标", "《中华人民共和国统计法》",
        "每年6月30日前", "每年", ["门户网站"], ["结果"], "发展规划处", None)
    row(4, "招生考试", "普通高校招生", "招生政策、招生计划、批次录取最低控制分数线", "《中华人民共和国教育法》",
        "考试结束后十五日内", "每年", ["门户网站", "政务新媒体", "新闻发布会"], ["执行", "服务"], "高校学生处、省教育考试院",
        "录取结果由省教育考试院另行发布")
    row(4, "招生考试", "教师资格认定", "认定条件、认定程序、认定结果", "《教师资格条例》",
        "认定结束后十个工作日内", "每季度", ["门户网站"], ["服务"], "教师工作处", None)
    row(5, "财政资金", "部门预决算", "厅本级部门预算、决算及“三公”经费说明", "《中华人民共和国预算法》",
        "批复后二十日内", "每年", ["门户网站"], ["管理", "结果"], "财务处", None)
    row(5, "财政资金", "学生资助", "国家助学金、国家奖学金资助政策及资金分配", "《学生资助资金管理办法》",
        "资金下达后二十个工作日内", "每学期", ["门户网站", "政务新媒体"], ["执行", "结果"], "学生资助管理中心、财务处", None)
    row(6, "建议提案", "建议提案办理结果", "人大代表建议、政协委员提案办理复文", gk,
        "办结后一个月内", "每年", ["门户网站"], ["结果"], "办公室", "涉及国家秘密的复文不公开")
    seqs = blank_repeats(R, "seq")
    cats = blank_repeats(R, "category")
    types = ["决策", "执行", "管理", "服务", "结果"]
    header = [["序号", "一级事项", "二级事项", "公开的内容", "公开依据", "公开时限", "更新频率", "公开渠道",
               "所属“五公开”类型", "责任处室", "备注"],
              ["", "", "", "", "", "", "", ""] + types + ["", ""]]
    body = []
    for i, r in enumerate(R):
        body.append([str(seqs[i]), cats[i], r["item"], r["content"], r["basis"], r["time_limit"], r["update_frequency"],
                     checkbox(A3_CHANNELS, r["channels"], "þ", "¨", 5)]
                    + [tick(t in r["publicity_type"]) for t in types] + [r["responsible"], r["remarks"] or ""])
    preamble = title + "\n\n更新时间：2024年1月\n"
    trailer = "说明：本目录由江西省教育厅办公室负责解释，咨询电话：0791-86765432。\n"
    text = word_text(preamble, header, body, trailer)
    entries = []
    for r in R:
        e = dict(r)
        e["responsible"] = split_units(r["responsible"])
        entries.append(fill_gold(e))
    gold = {"title": title, "agency": "江西省教育厅", "region": {"province": "江西省"}, "level": "province",
            "meta": {"更新时间": "2024年1月", "说明": trailer.strip()}, "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (b1) PDF flow. 上海市闵行区江川路街道办事处: widths 序号 2, 一级 4, 二级 6, 内容 12, 依据 10, 时限 8,
# 渠道 8 (■□), 公开层级 区级/街镇级 2 each, 责任 4; one 一级事项 over several rows.
B1_CHANNELS = ["政府网站", "政务新媒体", "公开查阅点", "公示栏"]


def b1():
    title = "闵行区江川路街道办事处政务公开标准目录"
    R = []

    def row(cat, item, content, basis, tl, chans, lv, resp):
        R.append(dict(category=cat, item=item, content=content, basis=basis, time_limit=tl, channels=chans,
                      levels=lv, responsible=resp))

    gk = "《中华人民共和国政府信息公开条例》"
    row("机构信息", "机构职能", "街道办事处职能、内设机构名称及职责", gk, "信息形成或变更之日起20个工作日内",
        ["政府网站"], ["街镇级"], "党政办公室")
    row("机构信息", "领导分工", "街道领导班子成员姓名、职务及工作分工", gk, "信息形成或变更之日起20个工作日内",
        ["政府网站"], ["街镇级"], "党政办公室")
    row("社会救助", "最低生活保障", "低保申请条件、办理流程、保障标准及审核结果公示", "《社会救助暂行办法》《上海市社会救助条例》",
        "审核确认后十个工作日内", ["政府网站", "公示栏"], ["区级", "街镇级"], "社区服务办公室")
    row("社会救助", "临时救助", "临时救助对象范围、申请材料、救助标准", "《社会救助暂行办法》",
        "救助结束后15个工作日内", ["政府网站", "公示栏"], ["区级", "街镇级"], "社区服务办公室")
    row("社会救助", "特困人员供养", "特困人员认定条件、供养标准、办理程序", "《社会救助暂行办法》",
        "信息形成之日起20个工作日内", ["政府网站", "公示栏"], ["街镇级"], "社区服务办公室")
    row("城市管理", "违法建筑整治", "违法建筑认定、整治计划及拆除结果", "《上海市拆除违法建筑若干规定》",
        "作出决定之日起7个工作日内", ["政府网站"], ["街镇级"], "城市运行管理办公室")
    row("城市管理", "市容环境卫生", "生活垃圾分类工作方案、检查考核结果", "《上海市生活垃圾管理条例》",
        "每季度结束后15日内", ["政府网站", "政务新媒体"], ["街镇级"], "城市运行管理办公室")
    row("平安建设", "安全生产检查", "安全生产检查计划、检查结果及隐患整改情况", "《中华人民共和国安全生产法》",
        "检查结束后20个工作日内", ["政府网站"], ["区级", "街镇级"], "平安办公室")
    row("平安建设", "应急预案", "街道突发事件总体应急预案、防汛防台专项预案", "《中华人民共和国突发事件应对法》",
        "印发之日起二十个工作日内", ["政府网站", "政务新媒体", "公开查阅点"], ["街镇级"], "平安办公室")
    row("财政信息", "部门预决算", "街道部门预算、决算及“三公”经费情况", "《中华人民共和国预算法》《上海市预算审查监督条例》",
        "批复后20日内", ["政府网站"], ["街镇级"], "财务管理办公室")
    row("财政信息", "政府采购", "采购项目名称、采购方式、中标结果", "《中华人民共和国政府采购法》",
        "合同签订之日起2个工作日内", ["政府网站"], ["区级", "街镇级"], "财务管理办公室")
    widths = [2, 4, 6, 12, 10, 8, 8, 2, 2, 4]
    cats = blank_repeats(R, "category")
    rows = []
    for i, r in enumerate(R):
        rows.append([str(i + 1), cats[i], r["item"], r["content"], r["basis"], r["time_limit"],
                     checkbox(B1_CHANNELS, r["channels"], "■", "□", 1),
                     tick("区级" in r["levels"]), tick("街镇级" in r["levels"]), r["responsible"]])
    header = ("序号\n公开事项\n\n公开内容（要素） 公开依据 公开时限 公开渠道和载体\n公开层级 责任科室\n\n"
              "一级事项 二级事项 区级 街镇\n级")
    preamble = title + "\n\n编制单位：闵行区江川路街道办事处 编制日期：2023年12月\n"
    trailer = "备注：本目录未列明的事项，依照《中华人民共和国政府信息公开条例》办理。\n"
    text = pdf_flow(preamble, header, widths, rows, trailer, seed=11)
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    for e in entries:
        e["responsible"] = [e["responsible"]]
        if len(e["levels"]) < 2:
            # one √ in the text: a reader cannot tell whether it stood under 区级 or 街镇级
            del e["levels"]
    gold = {"title": title, "agency": "闵行区江川路街道办事处",
            "region": {"province": "上海市", "county": "闵行区"},
            "meta": {"编制单位": "闵行区江川路街道办事处", "编制日期": "2023年12月", "备注": trailer.strip()},
            "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (b2) PDF flow. 河南省新乡市卫辉市自然资源局: 类别 (domain) over several rows, one name column (公开事项),
# 公开内容和标准, 公开主体, plain channel names, 公开对象 and 公开方式 as text; no 公开依据 column.
def b2():
    title = "卫辉市自然资源局政府信息公开事项目录"
    agency = "卫辉市自然资源局"
    R = []

    def row(dom, item, content, tl, subj, chans, aud, mode):
        R.append(dict(domain=dom, item=item, content=content, time_limit=tl, subject=subj, channels=chans,
                      audience=aud, disclosure_mode=mode))

    row("国土空间规划", "国土空间总体规划", "卫辉市国土空间总体规划文本、图件及批复文件", "批准之日起二十个工作日内",
        agency, ["政府网站", "政务新媒体"], ["全社会"], ["主动公开"])
    row("国土空间规划", "村庄规划", "村庄规划成果及批复情况", "批准之日起二十个工作日内",
        agency, ["政府网站", "公示栏"], ["全社会"], ["主动公开"])
    row("土地管理", "土地征收", "征收土地预公告、征地补偿安置方案、征收土地公告", "发布之日起不少于三十日",
        "卫辉市人民政府", ["政府网站", "公示栏"], ["特定群体"], ["主动公开"])
    row("土地管理", "国有建设用地供应", "供地计划、出让公告、成交结果", "成交之日起10个工作日内",
        agency, ["政府网站"], ["全社会"], ["主动公开"])
    row("土地管理", "不动产登记", "登记申请材料、办理流程、收费标准、办理时限", "信息形成之日起20个工作日内",
        "卫辉市不动产登记中心", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"])
    row("矿产资源", "采矿权出让", "出让公告、出让结果、出让收益", "出让结果确定之日起10个工作日内",
        agency, ["政府网站"], ["全社会"], ["主动公开"])
    row("矿产资源", "地质灾害防治", "地质灾害防治方案、隐患点分布及防范措施", "每年汛期前",
        agency, ["政府网站", "政务新媒体", "公示栏"], ["全社会"], ["主动公开"])
    row("执法监督", "行政处罚", "行政处罚决定书", "作出决定之日起7个工作日内",
        agency, ["政府网站"], ["全社会"], ["主动公开"])
    row("执法监督", "信访事项办理", "信访事项受理、办理结果", "办结之日起十五日内",
        agency, ["信函", "当面"], ["特定群体"], ["依申请公开"])
    row("执法监督", "建议提案办理", "人大代表建议和政协委员提案办理结果", "办结后20个工作日内",
        agency, ["政府网站"], ["全社会"], ["主动公开"])
    widths = [2, 4, 6, 12, 8, 6, 8, 4, 4]
    doms = blank_repeats(R, "domain")
    rows = []
    for i, r in enumerate(R):
        rows.append([str(i + 1), doms[i], r["item"], r["content"], r["time_limit"], r["subject"], "、".join(r["channels"]),
                     r["audience"][0], r["disclosure_mode"][0]])
    header = "序号 类别 公开事项 公开内容和标准 公开时限 公开主体 公开渠道 公开对象\n\n公开方式"
    preamble = title + "\n\n联系电话：0373-4412345    更新时间：2024年5月\n"
    trailer = ""
    text = pdf_flow(preamble, header, widths, rows, trailer, seed=5)
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    gold = {"title": title, "agency": agency, "region": {"province": "河南省", "city": "新乡市", "county": "卫辉市"},
            "level": "county", "meta": {"联系电话": "0373-4412345", "更新时间": "2024年5月"}, "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (b3) PDF flow. 浙江省湖州市生态环境局 (city): ☑/☐ channels, 更新频率, 所属“五公开”类型 as text,
# 信息公开责任科室 (wrapped label), 备注 with text, preamble 填表单位/联系电话/更新时间, 说明 after.
B3_CHANNELS = ["政府网站", "政务新媒体", "政府公报", "其他"]


def b3():
    title = "湖州市生态环境局政府信息公开目录"
    agency = "湖州市生态环境局"
    R = []

    def row(cat, item, content, basis, tl, chans, freq, types, resp, rem):
        R.append(dict(category=cat, item=item, content=content, basis=basis, time_limit=tl, channels=chans,
                      update_frequency=freq, publicity_type=types, responsible=resp, remarks=rem))

    row("环境质量", "空气质量状况", "全市环境空气质量月报、年报及重污染天气预警信息", "《中华人民共和国大气污染防治法》",
        "每月10日前", ["政府网站", "政务新媒体"], "每月", ["结果"], ["监测与应急处"], None)
    row("环境质量", "水环境质量", "主要河流断面、饮用水水源地水质监测结果", "《中华人民共和国水污染防治法》",
        "每月15日前", ["政府网站"], "每月", ["结果"], ["水生态环境处"], None)
    row("环境质量", "生态环境状况公报", "年度全市生态环境状况", "《中华人民共和国环境保护法》",
        "每年6月5日前", ["政府网站", "政府公报"], "每年", ["结果"], ["综合处"], None)
    row("行政许可", "建设项目环评审批", "环境影响评价文件受理情况、拟审批公示、审批决定", "《中华人民共和国环境影响评价法》",
        "受理之日起五个工作日内", ["政府网站"], "实时", ["执行", "服务"], ["行政审批处"], "公示期不少于五个工作日")
    row("行政许可", "排污许可", "排污许可证核发、变更、注销情况", "《排污许可管理条例》",
        "作出决定之日起20个工作日内", ["政府网站"], "实时", ["执行"], ["行政审批处"], None)
    row("监督执法", "行政处罚", "行政处罚决定书", "《中华人民共和国行政处罚法》《环境行政处罚办法》",
        "作出决定之日起七个工作日内", ["政府网站", "政务新媒体"], "实时", ["执行", "结果"], ["执法监督处"], None)
    row("监督执法", "重点排污单位名录", "重点排污单位名称、所在地、监管类别", "《企业环境信息依法披露管理办法》",
        "每年3月底前", ["政府网站"], "每年", ["管理"], ["执法监督处", "监测与应急处"], None)
    row("监督执法", "突发环境事件", "突发环境事件基本情况、处置进展及应对措施", "《突发环境事件应急管理办法》",
        "事件发生后及时发布", ["政府网站", "政务新媒体"], "按需", ["执行"], ["监测与应急处"], "依法不予公开的除外")
    row("财政信息", "部门预决算", "部门预算、决算及“三公”经费", "《中华人民共和国预算法》",
        "批复后二十日内", ["政府网站"], "每年", ["管理"], ["办公室"], None)
    row("财政信息", "生态环境专项资金", "专项资金分配方案及使用情况", "《浙江省生态环境保护专项资金管理办法》",
        "分配方案下达后15个工作日内", ["政府网站"], "每年", ["管理", "结果"], ["规划财务处"], None)
    types = ["决策", "执行", "管理", "服务", "结果"]
    widths = [2, 4, 6, 12, 10, 7, 8, 3, 4, 4, 6]
    cats = blank_repeats(R, "category")
    rows = []
    for i, r in enumerate(R):
        rows.append([str(i + 1), cats[i], r["item"], r["content"], r["basis"], r["time_limit"],
                     checkbox(B3_CHANNELS, r["channels"], "☑", "☐", 1), r["update_frequency"],
                     "、".join(t + "公开" for t in r["publicity_type"]), "、".join(r["responsible"]), r["remarks"] or ""])
    header = ("序号 一级事项 二级事项 公开内容和标准\n\n公开依据 公开时限 公开渠道 更新频\n率\n所属“五\n公开”类\n型\n\n"
              "信息公开\n责任科室\n备注")
    preamble = (title + "\n\n填表单位：湖州市生态环境局办公室 联系电话：0572-2039876\n更新时间：2024年4月\n")
    trailer = "说明：“五公开”指决策、执行、管理、服务、结果公开。\n"
    text = pdf_flow(preamble, header, widths, rows, trailer, seed=3)
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    gold = {"title": title, "agency": agency, "region": {"province": "浙江省", "city": "湖州市"}, "level": "city",
            "meta": {"填表单位": "湖州市生态环境局办公室", "联系电话": "0572-2039876", "更新时间": "2024年4月",
                     "说明": trailer.strip()},
            "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (c1) PDF flow over three pages. 江苏省苏州市吴江区市场监督管理局: three header rows (公开属性 over 公开对象 /
# 公开方式, each over two tick columns: √ ticked, / not), printed again at the top of every page under a
# running title; "第 n 页 共 3 页" at the foot of each page; the second page break cuts a row in two.
def c1():
    title = "吴江区市场监督管理局政务公开标准目录"
    agency = "吴江区市场监督管理局"
    R = []

    def row(cat, item, content, basis, tl, chans, aud, mode, resp):
        R.append(dict(category=cat, item=item, content=content, basis=basis, time_limit=tl, subject=agency,
                      channels=chans, audience=aud, disclosure_mode=mode, responsible=resp))

    gk = "《中华人民共和国政府信息公开条例》"
    web, web_new = ["政府网站"], ["政府网站", "政务新媒体"]
    row("机构信息", "机构职能", "机构职能、内设机构、领导班子成员及分工、办公地址和联系方式", gk,
        "信息形成或变更之日起20个工作日内", web, ["全社会"], ["主动公开"], ["办公室"])
    row("机构信息", "派出机构", "各市场监督管理所名称、管辖范围、地址及联系电话", gk,
        "信息形成或变更之日起20个工作日内", web, ["全社会"], ["主动公开"], ["办公室"])
    row("行政许可", "食品经营许可", "许可事项、申请条件、申请材料、办理流程、办理时限及许可结果",
        "《中华人民共和国食品安全法》《食品经营许可和备案管理办法》", "作出许可决定之日起7个工作日内",
        ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["行政审批科"])
    row("行政许可", "药品零售企业许可", "许可条件、申请材料、审批流程及许可证核发情况",
        "《中华人民共和国药品管理法》《药品经营和使用质量监督管理办法》", "作出许可决定之日起7个工作日内",
        ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["行政审批科"])
    row("行政处罚", "行政处罚决定", "行政处罚决定书主要内容：当事人、违法事实、处罚依据、处罚种类及履行方式",
        "《中华人民共和国行政处罚法》《市场监督管理行政处罚信息公示规定》", "作出决定之日起20个工作日内",
        ["政府网站", "国家企业信用信息公示系统"], ["全社会"], ["主动公开"], ["法规科"])
    row("行政处罚", "行政处罚案件办理", "案件受理、调查、听证情况", "《市场监督管理行政处罚程序规定》",
        "收到申请之日起20个工作日内", ["信函", "当面"], ["特定群体"], ["依申请公开"], ["法规科"])
    row("抽查检查", "双随机抽查", "年度抽查计划、抽查事项清单、抽查结果及处理情况",
        "《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》", "抽查结束后20个工作日内",
        web, ["全社会"], ["主动公开"], ["信用监管科"])
    row("抽查检查", "食品安全监督抽检", "抽检计划、抽检品种、合格及不合格产品信息、核查处置情况",
        "《中华人民共和国食品安全法》《食品安全抽样检验管理办法》", "抽检结果确认后5个工作日内",
        web_new, ["全社会"], ["主动公开"], ["食品安全监管科"])
    row("消费维权", "投诉举报处理", "投诉举报渠道、受理范围、处理程序；投诉举报统计分析及典型案例",
        "《市场监督管理投诉举报处理暂行办法》", "每季度结束后15日内",
        web_new, ["全社会"], ["主动公开"], ["消费者权益保护科"])
    row("消费维权", "投诉处理结果", "本人投诉事项的处理结果", "《市场监督管理投诉举报处理暂行办法》",
        "收到申请之日起20个工作日内", ["信函", "电子邮件"], ["特定群体"], ["依申请公开"], ["消费者权益保护科"])
    row("财政信息", "部门预决算", "部门预算、决算及“三公”经费", "《中华人民共和国预算法》",
        "批复后20日内", web, ["全社会"], ["主动公开"], ["财务审计科"])
    row("财政信息", "政府采购", "采购意向、采购公告、中标结果", "《中华人民共和国政府采购法实施条例》",
        "合同签订之日起2个工作日内", web, ["全社会"], ["主动公开", "依申请公开"], ["财务审计科"])
    widths = [2, 4, 5, 11, 10, 7, 5, 6, 3, 3, 2, 3, 4]
    cats = blank_repeats(R, "category")

    def mark(flag):
        return "√" if flag else "/"

    rows = []
    for i, r in enumerate(R):
        rows.append([str(i + 1), cats[i], r["item"], r["content"], r["basis"], r["time_limit"], r["subject"],
                     "、".join(r["channels"]), mark("全社会" in r["audience"]), mark("特定群体" in r["audience"]),
                     mark("主动公开" in r["disclosure_mode"]), mark("依申请公开" in r["disclosure_mode"]),
                     "、".join(r["responsible"])])
    header = ("序号 公开事项 公开内容（要素） 公开依据 公开时限 公开主体 公开渠道和载\n体\n公开属性 责任科室\n\n"
              "一级事项 二级事项 公开对象 公开方式\n\n全社会\n\n特定群\n体\n\n主动 依申请")
    preamble = title + "\n\n编制单位：吴江区市场监督管理局    更新日期：2024年6月\n"
    trailer = "注：本目录根据法律法规和机构职能变化动态调整。\n"
    text = pdf_pages(preamble, header, widths, rows, trailer, breaks=[(4, None), (8, 2)],
                     footer=lambda p, n: f"第 {p} 页 共 {n} 页", running=lambda p, n: title, seed=13)
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    gold = {"title": title, "agency": agency, "region": {"province": "江苏省", "city": "苏州市", "county": "吴江区"},
            "level": "county", "meta": {"编制单位": agency, "更新日期": "2024年6月", "注": trailer.strip()},
            "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (c2) PDF flow without a 序号 column. 广东省佛山市顺德区人力资源和社会保障局: rows are not numbered; long
# 公开内容 cells (6-10 lines); a 公开依据 cell lists two or three 《》 titles over many lines; 公开对象 as text.
def c2():
    title = "顺德区人力资源和社会保障局政府信息公开目录"
    agency = "顺德区人力资源和社会保障局"
    R = []

    def row(cat, item, content, basis, tl, chans, aud, resp):
        R.append(dict(seq=None, category=cat, item=item, content=content, basis=basis, time_limit=tl,
                      channels=chans, audience=aud, responsible=resp))

    gk = "《中华人民共和国政府信息公开条例》"
    row("就业创业", "就业创业补贴",
        "一次性创业资助、租金补贴、带动就业补贴、创业孵化基地补贴等各类就业创业补贴的政策依据、补贴对象、"
        "补贴标准、申请条件、申请材料、办理流程、办理时限、咨询电话，以及补贴资金发放对象名单、发放金额和监督举报方式",
        "《中华人民共和国就业促进法》《就业补助资金管理办法》《广东省促进创业就业补贴办法》",
        "信息形成之日起20个工作日内", ["政府网站", "公示栏"], ["全社会"], ["就业促进股"])
    row("就业创业", "职业技能培训",
        "职业技能培训补贴政策、定点培训机构名单及培训专业（工种）目录、培训计划、培训补贴标准、"
        "补贴申领条件及程序、培训合格人员名单和补贴发放情况",
        "《国务院关于推行终身职业技能培训制度的意见》《职业技能提升行动专账资金使用管理办法》",
        "培训结束后15个工作日内", ["政府网站"], ["全社会"], ["职业能力建设股"])
    row("社会保险", "社会保险参保登记",
        "企业职工基本养老保险、失业保险、工伤保险参保登记的办理条件、申请材料、办理流程、办理时限、"
        "收费标准（不收费）、办理地点、办公时间和咨询电话",
        "《中华人民共和国社会保险法》《社会保险费征缴暂行条例》",
        "信息形成或变更之日起20个工作日内", ["政府网站", "政务服务中心"], ["全社会"], ["社会保险股"])
    row("社会保险", "工伤认定",
        "工伤认定的申请时限、申请材料、受理条件、认定程序、认定时限；工伤认定决定书的送达和救济途径；"
        "劳动能力鉴定的申请条件和程序、鉴定标准和鉴定结论的异议处理",
        "《工伤保险条例》《工伤认定办法》《广东省工伤保险条例》",
        "作出决定之日起20个工作日内", ["政府网站", "政务服务中心"], ["特定群体"], ["工伤保险股"])
    row("劳动关系", "劳动保障监察",
        "劳动保障监察的职责范围、投诉受理条件、投诉方式、办理程序、办理时限；"
        "重大劳动保障违法行为社会公布的用人单位名称、违法事实、处理结果",
        "《劳动保障监察条例》《重大劳动保障违法行为社会公布办法》",
        "作出处理决定之日起7个工作日内", ["政府网站", "政务新媒体"], ["全社会"], ["劳动保障监察大队"])
    row("劳动关系", "劳动人事争议仲裁",
        "劳动人事争议仲裁的受案范围、申请条件、申请材料、办案程序、仲裁时效、调解和仲裁结果的执行，"
        "仲裁员名册和仲裁庭组成方式",
        "《中华人民共和国劳动争议调解仲裁法》《劳动人事争议仲裁办案规则》《劳动人事争议仲裁组织规则》",
        "信息形成之日起20个工作日内", ["政府网站"], ["全社会"], ["劳动人事争议仲裁院"])
    row("人事人才", "事业单位公开招聘",
        "招聘公告（招聘单位、岗位、人数、条件、报名方式）、资格审查结果、笔试和面试成绩、体检和考察结果、"
        "拟聘用人员名单及公示期、监督举报电话",
        "《事业单位人事管理条例》《事业单位公开招聘人员暂行规定》",
        "各环节结束后5个工作日内", ["政府网站", "政务新媒体"], ["全社会"], ["人事人才股"])
    row("人事人才", "职称评审",
        "职称评审的申报条件、评审标准、申报材料、评审程序、评审委员会组建情况和评审结果公示",
        "《职称评审管理暂行规定》《广东省职称评价和职业技能等级认定管理办法》",
        "评审结束后10个工作日内", ["政府网站"], ["特定群体"], ["人事人才股"])
    widths = [4, 5, 10, 8, 7, 5, 4, 5]
    cats = blank_repeats(R, "category")
    rows = []
    for i, r in enumerate(R):
        rows.append([cats[i], r["item"], r["content"], r["basis"], r["time_limit"], "、".join(r["channels"]),
                     r["audience"][0], "、".join(r["responsible"])])
    header = "公开事项\n\n一级事项 二级事项\n\n公开内容 公开依据 公开时限 公开渠道 公开对象 责任股室"
    preamble = title + "\n\n发布机关：" + agency + "    发布日期：2024年3月\n"
    trailer = "说明：依申请公开的政府信息，按照《中华人民共和国政府信息公开条例》规定办理。\n"
    text = pdf_flow(preamble, header, widths, rows, trailer, seed=17)
    entries = [fill_gold(dict(**r)) for r in R]
    gold = {"title": title, "agency": agency, "region": {"province": "广东省", "city": "佛山市", "county": "顺德区"},
            "level": "county", "meta": {"发布机关": agency, "发布日期": "2024年3月", "说明": trailer.strip()},
            "entries": entries}
    return text, gold


# ---------------------------------------------------------------------------------------------------
# (c3) PDF flow over two pages. 湖南省长沙市岳麓区教育局: each 一级事项 merged over 3-4 rows and printed in the
# middle of its group (vertically centred), not in the group's first row; "- n -" page numbers, a running
# title at the top of page 2 and no form feed; 公开方式 as text.
def c3():
    title = "岳麓区教育局政府信息公开目录"
    agency = "岳麓区教育局"
    R = []

    def row(cat, item, content, basis, tl, chans, mode, resp):
        R.append(dict(category=cat, item=item, content=content, basis=basis, time_limit=tl, channels=chans,
                      disclosure_mode=mode, responsible=resp))

    gk = "《中华人民共和国政府信息公开条例》"
    web, web_new = ["政府网站"], ["政府网站", "政务新媒体"]
    # groups of 4, 3, 4, 3 rows; the 一级事项 printed in row (1, 1, 2, 1) of its group
    row("机构信息", "机构职能", "局机关内设机构、职能及联系方式", gk, "信息形成或变更之日起20个工作日内", web, ["主动公开"], ["办公室"])
    row("机构信息", "领导信息", "局领导姓名、职务及分工", gk, "信息形成或变更之日起20个工作日内", web, ["主动公开"], ["办公室"])
    row("机构信息", "直属单位", "直属学校、事业单位名称、地址及联系电话", gk, "信息形成或变更之日起20个工作日内", web, ["主动公开"], ["办公室"])
    row("机构信息", "政府信息公开年报", "上一年度政府信息公开工作年度报告", gk, "每年1月31日前", web, ["主动公开"], ["办公室"])
    row("招生入学", "义务教育招生", "义务教育阶段招生政策、学区划分、招生计划及录取结果",
        "《中华人民共和国义务教育法》《湖南省实施〈中华人民共和国义务教育法〉办法》", "招生工作开始前10个工作日",
        web_new, ["主动公开"], ["基础教育科"])
    row("招生入学", "民办学校招生", "民办学校招生简章、招生计划、收费标准", "《中华人民共和国民办教育促进法》",
        "招生简章备案之日起5个工作日内", web, ["主动公开"], ["民办教育科"])
    row("招生入学", "随迁子女入学", "随迁子女入学条件、材料清单、办理程序", "《中华人民共和国义务教育法》",
        "招生工作开始前10个工作日", web_new, ["主动公开"], ["基础教育科"])
    row("教育督导", "督导评估", "督导评估计划、评估标准及评估结果", "《教育督导条例》",
        "评估结束后20个工作日内", web, ["主动公开"], ["教育督导室"])
    row("教育督导", "责任督学挂牌督导", "责任督学名单、联系方式及督导事项", "《中小学校责任督学挂牌督导办法》",
        "信息形成之日起20个工作日内", web, ["主动公开"], ["教育督导室"])
    row("教育督导", "校车安全管理", "校车使用许可、校车安全检查结果", "《校车安全管理条例》",
        "检查结束后15个工作日内", web, ["主动公开"], ["安全稳定科"])
    row("教育督导", "督导问责", "被督导单位整改情况及问责结果", "《教育督导问责办法》",
        "问责决定作出后20个工作日内", web, ["主动公开", "依申请公开"], ["教育督导室"])
    row("财务信息", "部门预决算", "部门预算、决算及“三公”经费", "《中华人民共和国预算法》", "批复后20日内", web, ["主动公开"], ["计划财务科"])
    row("财务信息", "学生资助", "学生资助政策、资助对象名单及资金发放情况", "《学生资助资金管理办法》",
        "资金下达后20个工作日内", web_new, ["主动公开"], ["学生资助管理中心"])
    row("财务信息", "教育收费", "公办学校收费项目、收费标准及依据", "《教育收费公示制度》",
        "收费标准批准之日起10个工作日内", web, ["主动公开"], ["计划财务科"])
    printed_at = {0: 1, 4: 1, 7: 2, 11: 1}   # group start -> row of the group that shows the 一级事项
    cats = [""] * len(R)
    for start, k in printed_at.items():
        cats[start + k] = R[start]["category"]
    widths = [2, 4, 6, 12, 10, 8, 6, 4, 5]
    rows = []
    for i, r in enumerate(R):
        rows.append([str(i + 1), cats[i], r["item"], r["content"], r["basis"], r["time_limit"],
                     "、".join(r["channels"]), "、".join(r["disclosure_mode"]), "、".join(r["responsible"])])
    header = "序号 一级事项 二级事项 公开内容 公开依据 公开时限 公开渠道 公开方式 责任科室"
    preamble = title + "\n\n编制单位：" + agency + "    编制时间：2024年2月\n"
    text = pdf_pages(preamble, header, widths, rows, "", breaks=[(7, None)],
                     footer=lambda p, n: f"- {p} -", running=lambda p, n: "岳麓区教育局政府信息公开目录（2024年版）",
                     seed=19, form_feed=False)
    entries = [fill_gold(dict(seq=i + 1, **r)) for i, r in enumerate(R)]
    gold = {"title": title, "agency": agency, "region": {"province": "湖南省", "city": "长沙市", "county": "岳麓区"},
            "level": "county", "meta": {"编制单位": agency, "编制时间": "2024年2月"}, "entries": entries}
    return text, gold


CATALOGS = {
    "a1_cangxi_health_word.txt": a1,
    "a2_luoyang_housing_word.txt": a2,
    "a3_jiangxi_education_word.txt": a3,
    "b1_jiangchuan_street_flow.txt": b1,
    "b2_weihui_resources_flow.txt": b2,
    "b3_huzhou_ecology_flow.txt": b3,
    "c1_wujiang_market_pages_flow.txt": c1,
    "c2_shunde_hrss_noseq_flow.txt": c2,
    "c3_yuelu_education_centred_flow.txt": c3,
}

# Quirks real exports have, patched into the laid-out text: (file, text as laid out, text as exported).
PATCHES = [
    # the last line of a content cell and the basis share a baseline
    ("b1_jiangchuan_street_flow.txt", "料、救助标准\n\n《社会救助暂行办法》", "料、救助标准 《社会救助暂行办法》"),
    # the day count of a time limit set on a line of its own
    ("b1_jiangchuan_street_flow.txt", "信息形成之日起20\n个工作日内", "信息形成之日起\n20\n个工作日内"),
    ("b2_weihui_resources_flow.txt", "成交之日起10个工\n\n作日内", "成交之日起\n10\n个工作日内"),
    # a basis wrap line and the one-line time limit beside it on one line
    ("b3_huzhou_ecology_flow.txt", "污染防治法》\n\n每月10日前", "污染防治法》 每月10日前"),
]


def main():
    os.makedirs(OUT_TEXT, exist_ok=True)
    os.makedirs(OUT_GOLD, exist_ok=True)
    for name, make in CATALOGS.items():
        text, gold = make()
        for f, old, new in PATCHES:
            if f == name:
                if text.count(old) != 1:
                    raise SystemExit(f"{name}: patch target found {text.count(old)} times: {old!r}")
                text = text.replace(old, new)
        gold = {"source": name, **gold}
        with open(os.path.join(OUT_TEXT, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT_GOLD, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(name, len(gold["entries"]), "entries")


if __name__ == "__main__":
    main()
