#!/usr/bin/python3
"""Blind-probe portal catalogs for corpus/published/portal2/, with their gold.

Six catalogs in domains the corpus had not seen (生态环境, 住房保障, 交通运输, 公共文化服务, 市场监管,
退役军人服务), each rendered the way a real portal or bureau serves it, in layouts the corpus lacked:
  * a TRS/Hanweb CMS page: a layout table around the content table inside nested <div>s, cells holding
    <p><span style> paragraphs instead of <br>, &nbsp; padding, width attributes, the title in the
    table's first row (colspan), UTF-8;
  * a GBK page (charset only in <meta http-equiv>) with the catalog split into two tables, one per
    一级事项 group, the second without its header;
  * a traditional-character page (繁體 switch) with <thead>/<th> and a caption instead of a heading;
  * a .txt plain-text export with tab-separated rows (GBK, no charset anywhere);
  * a .txt as Word saves a table to text: one cell per line, each opened by a tab;
  * a PDF printed from a portal page (HTML → PDF through soffice writer_web_pdf_Export), header rows
    repeated on every page (<thead>).
Gold is written from the same rows (never from gkml's output), schema /work/shared/gold/README.md.

    /usr/bin/python3 corpus/published/make/make_probe_portal.py     (from the repository root)
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from portal_make import S2T, plain, laws, deadline, channel_name  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "portal2")
GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold", "portal2")

# characters of the 交通运输 page beyond portal_make's table, one to one as a 繁體 switch converts them
S2T_MORE = dict(p for p in ['运運', '输輸', '车車', '许許', '营營', '驾駕', '驶駛', '训訓', '练練', '处處',
                           '罚罰', '执執', '决決', '违違', '况況', '经經', '货貨', '维維', '修修', '质質',
                           '价價', '总總', '则則', '规規', '范範', '轮輪', '营營', '厅廳', '办辦', '级級',
                           '县縣', '宁寧', '远遠', '东東', '绿綠', '证證', '复復', '从從', '严嚴', '县縣'])
TRAD = dict(S2T)
TRAD.update(S2T_MORE)


def to_trad(s):
    return "".join(TRAD.get(ch, ch) for ch in s)


def E(category, item, content, basis, time_limit, subject, channels, audience, mode, levels=None, seq=None):
    return dict(category=category, item=item, content=content, basis=basis, time_limit=time_limit,
                subject=subject, channels=channels, audience=audience, mode=mode, levels=levels, seq=seq)


# 1. 生态环境 (wording of heyuan.gov.cn / ynwss.gov.cn 生态环境领域基层政务公开标准目录), TRS CMS page.
ST_B = "《中华人民共和国环境影响评价法》<br>《中华人民共和国政府信息公开条例》"
ST_T = "自该信息形成或者变更之日起20个工作日内"
ST_S = "河源市生态环境局东源分局"
SHENGTAI = dict(
    file="dy_shengtai.html", title="东源县生态环境领域基层政务公开标准目录", agency=ST_S,
    region={"province": "广东省", "city": "河源市", "county": "东源县"}, level="county", levels=("县级", "乡、村级"),
    rows=[
        E("行政许可", "建设项目环境影响评价文件审批", "受理环节：受理情况公示、报告书（表）全本<br>拟决定环节：拟审查环评文件基本情况公示<br>决定环节：环评批复",
          ST_B, ST_T, ST_S, ["政府网站", "两微一端", "政务服务中心"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("行政许可", "防治污染设施拆除或闲置审批", "企业或单位关闭、闲置、拆除工业固体废物污染环境防治设施、场所的核准结果",
          "《中华人民共和国固体废物污染环境防治法》<br>《中华人民共和国政府信息公开条例》", ST_T, ST_S,
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["县级"], seq=2),
        E("行政处罚", "环境行政处罚", "处罚对象、违法事实、处罚依据、处罚结果", "《中华人民共和国行政处罚法》<br>《环境行政处罚办法》",
          "自作出处罚决定之日起7个工作日内", ST_S, ["政府网站"], ["全社会"], ["主动公开"], ["县级"], seq=3),
        E("公共服务事项", "生态环境保护政策与业务咨询", "生态环境保护政策与业务咨询答复函", "《中华人民共和国环境保护法》<br>《中华人民共和国政府信息公开条例》",
          ST_T, ST_S, ["政府网站", "两微一端", "便民服务站"], ["特定群体"], ["依申请公开"], ["县级", "乡、村级"], seq=4),
        E("生态建设", "生态文明建设", "生态文明建设示范区创建情况<br>农村环境综合整治情况", "《关于全面推进政务公开工作的意见》<br>《中华人民共和国政府信息公开条例》",
          ST_T, ST_S, ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=5),
    ])

# 2. 住房保障 (公租房 / 棚改 wording of the national 保障性住房 standard), GBK, two tables, one per group.
ZF_B = "《公共租赁住房管理办法》<br>《中华人民共和国政府信息公开条例》"
ZF_T = "信息形成或变更之日起20个工作日内"
ZHUFANG = dict(
    file="ly_zhufangbaozhang.html", title="临邑县住房保障领域基层政务公开标准目录", agency=None,
    region={"province": "山东省", "city": "德州市", "county": "临邑县"}, level="county", levels=("县级", "乡、村级"),
    split_after=3,
    rows=[
        E("公租房保障", "政策文件", "公租房保障相关法律法规、政策文件", ZF_B, ZF_T, "临邑县住房和城乡建设局",
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("公租房保障", "申请审核", "申请条件、申请材料、办理流程、办理时限、咨询电话", ZF_B, ZF_T, "临邑县住房和城乡建设局",
          ["政府网站", "政务服务中心", "便民服务站"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=2),
        E("公租房保障", "分配结果", "配租对象、配租房源、配租结果（不含身份证号等个人隐私）", ZF_B,
          "分配结果确定之日起20个工作日内，公示5个工作日", "各乡镇人民政府（街道办事处）",
          ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["特定群体"], ["主动公开"], ["乡、村级"], seq=3),
        E("城镇棚户区改造", "改造计划", "年度改造计划、项目名称、改造户数", "《国务院关于加快棚户区改造工作的意见》<br>《中华人民共和国政府信息公开条例》",
          ZF_T, "临邑县住房和城乡建设局", ["政府网站"], ["全社会"], ["主动公开"], ["县级"], seq=4),
        E("城镇棚户区改造", "征收补偿", "征收决定、补偿方案、补偿结果", "《国有土地上房屋征收与补偿条例》<br>《中华人民共和国政府信息公开条例》",
          "征收决定作出之日起3日内", "临邑县住房和城乡建设局", ["政府网站", "入户/现场"], ["特定群体"],
          ["主动公开", "依申请公开"], ["县级", "乡、村级"], seq=5),
    ])

# 3. 交通运输 in traditional characters (wording of county 交通运输领域 catalogs), <thead>/<th>, caption.
JT_B = "《中华人民共和国道路运输条例》、《中华人民共和国政府信息公开条例》"
JT_T = "信息形成或者变更之日起20个工作日内"
JT_S = "宁远县交通运输局"
JIAOTONG = dict(
    file="ny_jiaotong_fanti.html", title="宁远县交通运输局交通运输领域基层政务公开标准目录", agency=JT_S,
    region={"province": "湖南省", "city": "永州市", "county": "宁远县"}, level="county", levels=("县级", "乡级"), trad=True,
    rows=[
        E("行政许可", "道路旅客运输经营许可", "许可条件、申请材料、办理流程、办理时限、许可结果", JT_B, JT_T, JT_S,
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("行政许可", "道路货物运输经营许可", "许可条件、申请材料、办理流程、许可结果", JT_B, JT_T, JT_S,
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["县级"], seq=2),
        E("行政处罚", "道路运输违法行为处罚", "处罚对象、违法事实、处罚依据、处罚结果", "《中华人民共和国行政处罚法》、《中华人民共和国道路运输条例》",
          "作出处罚决定之日起7个工作日内", JT_S, ["政府网站"], ["全社会"], ["主动公开"], ["县级"], seq=3),
        E("公共服务", "农村公路建设养护", "年度建设计划、养护情况、资金使用情况", "《农村公路建设管理办法》、《中华人民共和国政府信息公开条例》",
          JT_T, JT_S, ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["县级", "乡级"], seq=4),
    ])

# 4. 公共文化服务 as a plain-text export: tab-separated rows, GBK, no charset anywhere.
WH_B = "《中华人民共和国公共文化服务保障法》、《中华人民共和国政府信息公开条例》"
WH_T = "信息形成或变更之日起20个工作日内"
WENHUA = dict(
    file="ht_gonggongwenhua.txt", title="横山区公共文化服务领域基层政务公开标准目录", agency=None,
    region={"province": "陕西省", "city": "榆林市", "county": "横山区"}, level="county", levels=("区级", "镇级"),
    rows=[
        E("公共文化机构", "机构信息", "名称、地址、开放时间、联系电话、服务项目", WH_B, WH_T, "横山区文化和旅游局",
          ["政府网站", "两微一端"], ["全社会"], ["主动公开"], ["区级", "镇级"], seq=1),
        E("公共文化机构", "免费开放", "免费开放项目、开放时间", WH_B, WH_T, "横山区文化和旅游局",
          ["政府网站", "公开查阅点"], ["全社会"], ["主动公开"], ["区级"], seq=2),
        E("公共文化活动", "文化活动", "活动名称、时间、地点、内容", WH_B, "活动开展前5个工作日内", "各镇人民政府（街道办事处）",
          ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["镇级"], seq=3),
        E("公共文化活动", "送戏下乡", "演出场次、时间、地点", WH_B, "演出前3日", "横山区文化和旅游局",
          ["两微一端", "入户/现场"], ["特定群体"], ["主动公开"], ["区级", "镇级"], seq=4),
    ])

# 5. 市场监管 as Word saves a table to text: one cell per line opened by a tab.
SC_B = "《中华人民共和国行政许可法》《中华人民共和国政府信息公开条例》"
SC_T = "作出决定之日起7个工作日内"
SC_S = "武陟县市场监督管理局"
SHICHANG = dict(
    file="wz_shichangjianguan.txt", title="武陟县市场监督管理局市场监管领域基层政务公开标准目录", agency=SC_S,
    region={"province": "河南省", "city": "焦作市", "county": "武陟县"}, level="county", levels=None,
    rows=[
        E("行政许可", "食品经营许可", "许可条件、申请材料、办理流程、许可结果", SC_B, SC_T, SC_S,
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], seq=1),
        E("行政许可", "特种设备使用登记", "登记条件、申请材料、登记结果", "《中华人民共和国特种设备安全法》《中华人民共和国政府信息公开条例》",
          SC_T, SC_S, ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], seq=2),
        E("行政处罚", "一般程序行政处罚", "行政处罚决定书（按要求删除涉及个人隐私等信息）", "《中华人民共和国行政处罚法》《市场监督管理行政处罚程序规定》",
          "作出处罚决定之日起20个工作日内", SC_S, ["政府网站"], ["全社会"], ["主动公开"], seq=3),
        E("抽查检查", "双随机一公开", "抽查计划、抽查事项、抽查结果", "《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》",
          "抽查检查结果形成之日起20个工作日内", SC_S, ["政府网站", "两微一端"], ["全社会"], ["主动公开"], seq=4),
    ])

# 6. 退役军人服务 printed from the portal page to PDF, header repeated (thead), a long table.
TY_B = "《退役军人安置条例》、《中华人民共和国政府信息公开条例》"
TY_T = "信息形成或变更之日起20个工作日内"
TY_S = "桐梓县退役军人事务局"
TUIYI = dict(
    file="tz_tuiyijunren.pdf", title="桐梓县退役军人事务局退役军人服务领域基层政务公开标准目录", agency=TY_S,
    region={"province": "贵州省", "city": "遵义市", "county": "桐梓县"}, level="county", levels=("县级", "乡级"),
    rows=[E(cat, item, cont, TY_B, TY_T, TY_S, ch, aud, ["主动公开"], lv, seq=i + 1) for i, (cat, item, cont, ch, aud, lv) in enumerate([
        ("移交安置", "退役士兵安置政策", "安置政策文件、安置方式、安置条件", ["政府网站", "政务服务中心"], ["全社会"], ["县级"]),
        ("移交安置", "安置计划", "年度安置计划、安置岗位", ["政府网站"], ["特定群体"], ["县级"]),
        ("移交安置", "安置结果", "安置去向、安置单位（不含个人隐私）", ["政府网站", "公开查阅点"], ["特定群体"], ["县级"]),
        ("就业创业", "教育培训", "培训项目、培训机构、报名方式", ["政府网站", "两微一端"], ["特定群体"], ["县级", "乡级"]),
        ("就业创业", "就业服务", "招聘信息、专场招聘会、就业政策", ["政府网站", "两微一端", "便民服务站"], ["全社会"], ["县级", "乡级"]),
        ("优抚褒扬", "抚恤优待", "抚恤优待对象、标准、申请材料、办理流程", ["政府网站", "政务服务中心", "便民服务站"], ["全社会"], ["县级", "乡级"]),
        ("优抚褒扬", "烈士褒扬", "烈士评定、烈士纪念设施、纪念活动", ["政府网站", "两微一端"], ["全社会"], ["县级"]),
        ("优抚褒扬", "优待证办理", "申领条件、申请材料、办理地点、咨询电话", ["政府网站", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["县级", "乡级"]),
        ("思想政治和权益维护", "权益维护", "来信来访接待地址、电话、接待时间", ["政府网站", "便民服务站"], ["全社会"], ["县级", "乡级"]),
        ("思想政治和权益维护", "帮扶援助", "帮扶对象、帮扶标准、办理流程", ["政府网站", "入户/现场"], ["特定群体"], ["县级", "乡级"]),
        ("服务保障", "服务站点", "退役军人服务中心（站）名称、地址、联系电话", ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["县级", "乡级"]),
        ("服务保障", "光荣牌悬挂", "悬挂对象、悬挂范围、工作流程", ["政府网站", "入户/现场"], ["特定群体"], ["乡级"]),
    ])])

CATALOGS = [SHENGTAI, ZHUFANG, JIAOTONG, WENHUA, SHICHANG, TUIYI]


def gold_of(cat):
    conv = to_trad if cat.get("trad") else (lambda s: s)
    doc = {"source": cat["file"], "title": conv(cat["title"]), "agency": conv(cat["agency"]) if cat["agency"] else None,
           "region": cat["region"], "level": cat["level"]}
    entries = []
    for r in cat["rows"]:
        basis = conv(plain(r["basis"]))
        e = {"seq": r["seq"], "category": conv(r["category"]), "item": conv(r["item"]),
             "content": conv(plain(r["content"])), "basis": basis, "time_limit": conv(r["time_limit"]),
             "subject": conv(r["subject"]), "channels": [conv(channel_name(c)) for c in r["channels"]],
             "audience": r["audience"], "disclosure_mode": r["mode"]}
        if cat["levels"]:
            e["levels"] = r["levels"] or []
        e["laws"] = laws(basis)
        e["deadline_days"], e["deadline_unit"] = deadline(r["time_limit"])
        entries.append(e)
    doc["entries"] = entries
    return doc


def tick(b):
    return "√" if b else ""


def cells(cat, r):
    """The row's cells in column order, lists as lines."""
    out = [str(r["seq"]), r["category"], r["item"], r["content"].split("<br>"), r["basis"].split("<br>"),
           r["time_limit"], r["subject"], r["channels"], tick("全社会" in r["audience"]), tick("特定群体" in r["audience"]),
           tick("主动公开" in r["mode"]), tick("依申请公开" in r["mode"])]
    if cat["levels"]:
        out += [tick(lv in r["levels"]) for lv in cat["levels"]]
    return out


def header_rows(cat):
    top = ["序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"]
    sub = ["一级事项", "二级事项", "全社会", "特定群体", "主动", "依申请"]
    if cat["levels"]:
        top.append("公开层级")
        sub += list(cat["levels"])
    return top, sub


def header_html(cat, cell="td", style=""):
    top, sub = header_rows(cat)
    spans = {"公开事项": 2, "公开对象": 2, "公开方式": 2, "公开层级": len(cat["levels"] or ())}
    h1 = "".join(f'<{cell} colspan="{spans[t]}"{style}>{t}</{cell}>' if t in spans else f'<{cell} rowspan="2"{style}>{t}</{cell}>' for t in top)
    h2 = "".join(f"<{cell}{style}>{t}</{cell}>" for t in sub)
    return f"<tr>{h1}</tr>\n<tr>{h2}</tr>\n"


def trs_cell(v, width=None):
    """A TRS/Hanweb editor cell: every line its own <p><span style>, &nbsp; padding."""
    lines = v if isinstance(v, list) else [v]
    ps = "".join(f'<p style="text-align:left;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:10.5pt">&nbsp;{html.escape(x)}&nbsp;</span></p>'
                 for x in lines if x) or '<p><span style="font-size:10.5pt">&nbsp;</span></p>'
    w = f' width="{width}"' if width else ""
    return f'<td valign="center"{w} style="border:solid windowtext 1px;padding:0 5px">{ps}</td>'


def rows_html(cat, rows, cellfn, merge_group=True):
    out = []
    groups = {}
    for r in rows:
        groups[r["category"]] = groups.get(r["category"], 0) + 1
    seen = set()
    for r in rows:
        cs = cells(cat, r)
        tds = []
        for i, v in enumerate(cs):
            if i == 1 and merge_group:
                if r["category"] in seen:
                    continue
                seen.add(r["category"])
                c = cellfn(v)
                tds.append(c.replace("<td", f'<td rowspan="{groups[r["category"]]}"', 1))
                continue
            tds.append(cellfn(v))
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out) + "\n"


def plain_cell(v):
    lines = v if isinstance(v, list) else [v]
    return "<td>" + "<br>".join(html.escape(x) for x in lines) + "</td>"


def page(head_title, body, charset_meta):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>{charset_meta}
<title>{head_title}</title>
<link rel="stylesheet" href="/css/common.css"></head>
<body>
<div class="top"><div class="w1200"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> <span class="fr">无障碍浏览 | 长者模式</span></div></div>
{body}
<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p><p>主办单位：{head_title.split('_')[-1]} 网站标识码：4416250001</p><p>粤ICP备05008888号 公安机关备案号 44162502000123号</p></div>
</body></html>
"""


def make_shengtai(cat):
    ncol = 12 + len(cat["levels"])
    widths = [40, 70, 110, 160, 150, 100, 90, 110, 40, 40, 40, 40, 40, 40]
    cellfn_i = iter(())

    def cellfn(v, _w=[0]):
        return trs_cell(v)
    hdr = header_html(cat, style=' style="border:solid windowtext 1px;background:#f2f2f2"')
    title_row = f'<tr><td colspan="{ncol}" style="text-align:center;border:none"><p><span style="font-size:18pt;font-family:方正小标宋简体"><strong>{cat["title"]}</strong></span></p></td></tr>\n'
    body_rows = rows_html(cat, cat["rows"], cellfn)
    table = (f'<table border="1" cellspacing="0" cellpadding="0" width="1100" style="border-collapse:collapse">\n<tbody>\n'
             + title_row + hdr + body_rows + "</tbody></table>")
    body = f"""<div class="main w1200"><div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jczwgk/">基层政务公开</a> &gt; 生态环境</div>
<table width="1200" border="0" cellspacing="0" cellpadding="0" class="layout"><tr><td width="1200" valign="top">
<div class="article"><h1 class="article-title">{cat['title']}</h1>
<div class="article-info">发布日期：2023-11-14 10:32 &nbsp;&nbsp; 来源：河源市生态环境局东源分局 &nbsp;&nbsp; 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="article-content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
<p style="text-align:center">&nbsp;</p>
{table}
<p>&nbsp;</p></div></div></div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
</div></td></tr></table></div>"""
    data = page(f"{cat['title']}_东源县人民政府", body, '<meta charset="utf-8">')
    with open(os.path.join(OUT, cat["file"]), "w", encoding="utf-8") as f:
        f.write(data)


def make_zhufang(cat):
    n = cat["split_after"]
    t1 = '<table border="1" cellspacing="0" width="100%">\n' + header_html(cat) + rows_html(cat, cat["rows"][:n], plain_cell) + "</table>"
    t2 = '<table border="1" cellspacing="0" width="100%">\n' + rows_html(cat, cat["rows"][n:], plain_cell) + "</table>"
    body = f"""<div class="bt-position">当前位置：<a href="/">首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>住房保障</a></div>
<div class="bt-article"><div class="bt-title">{cat['title']}</div>
<div class="bt-date">时间：2022-09-28 &nbsp; 来源：临邑县住房和城乡建设局 &nbsp; 浏览次数：<span>1024</span></div>
<div class="bt-content">
<p style="text-align:center"><b>一、公租房保障</b></p>
{t1}
<p style="text-align:center"><b>二、城镇棚户区改造</b></p>
{t2}
</div></div>"""
    data = page(f"{cat['title']}_临邑县人民政府", body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    with open(os.path.join(OUT, cat["file"]), "wb") as f:
        f.write(data.encode("gbk"))


def make_jiaotong(cat):
    hdr = header_html(cat, cell="th")
    table = (f'<table class="gk-table" border="1" cellspacing="0"><caption>{cat["title"]}</caption>\n<thead>\n{hdr}</thead>\n<tbody>\n'
             + rows_html(cat, cat["rows"], plain_cell) + "</tbody></table>")
    body = f"""<div class="crumbs">當前位置：<a>首頁</a> » <a>政務公開</a> » <a>基層政務公開</a> » <a>交通運輸</a></div>
<div class="jt-switch"><a href="?lang=s">简体</a> | <a class="on">繁體</a></div>
<div class="detail"><div class="detail-meta">發佈時間：2023-05-12 &nbsp; 信息來源：宁远县交通运输局</div>
<div class="detail-body">{table}</div></div>"""
    data = to_trad(page(f"{cat['title']}_宁远县人民政府", body, '<meta charset="utf-8">'))
    with open(os.path.join(OUT, cat["file"]), "w", encoding="utf-8") as f:
        f.write(data)


def flat(v, sep="；"):
    return sep.join(v) if isinstance(v, list) else v


def make_wenhua(cat):
    top, sub = header_rows(cat)
    lines = [cat["title"], "",
             "\t".join(["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                        "公开对象（全社会）", "公开对象（特定群体）", "公开方式（主动）", "公开方式（依申请）"]
                       + [f"公开层级（{lv}）" for lv in cat["levels"]])]
    for r in cat["rows"]:
        cs = cells(cat, r)
        cs[3] = "".join(cs[3])
        cs[4] = "".join(cs[4])
        cs[7] = "、".join(cs[7])
        lines.append("\t".join(cs))
    lines += ["", "注：√表示该项适用。"]
    with open(os.path.join(OUT, cat["file"]), "wb") as f:
        f.write("\r\n".join(lines).encode("gbk") + b"\r\n")


def make_shichang(cat):
    top, sub = header_rows(cat)
    lines = [cat["title"], ""]
    # Word's "save as plain text" of a table: each cell on its own line opened by a tab, a blank line
    # where the row ends, the merged header's lower row as cells of their own, empty cells as a bare tab,
    # a cell's paragraphs as lines of their own, a vertically merged cell empty under its first row.
    for h in ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", ""]:
        lines.append("\t" + h)
    lines.append("")
    for h in ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请"]:
        lines.append("\t" + h)
    lines.append("")
    prev = None
    for r in cat["rows"]:
        cs = cells(cat, r)
        cs[3] = "\n".join(cs[3])
        cs[4] = "\n".join(cs[4])
        cs[7] = "\n".join(cs[7])
        if r["category"] == prev:
            cs[1] = ""
        prev = r["category"]
        for c in cs:
            lines.append("\t" + c)
        lines.append("")
    with open(os.path.join(OUT, cat["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def make_tuiyi(cat):
    hdr = header_html(cat)
    # a browser prints to the page width: the columns are given their share so none runs off the page
    widths = [4, 7, 8, 12, 13, 10, 8, 10, 5, 5, 5, 5] + [4] * len(cat["levels"] or ())
    cols = "".join(f'<col width="{w}%">' for w in widths)
    table = ('<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse;font-size:7pt">\n'
             + cols + '\n<thead>\n' + hdr + "</thead>\n<tbody>\n" + rows_html(cat, cat["rows"], plain_cell) + "</tbody></table>")
    doc = f"""<html><head><meta charset="utf-8"><title>{cat["title"]}</title><style>@page {{ size: A4 landscape; margin: 1cm }}</style></head><body>
<p>桐梓县人民政府 &gt; 政务公开 &gt; 基层政务公开 &gt; 退役军人服务</p>
<h2 style="text-align:center">{cat['title']}</h2>
<p>发布时间：2023-08-30 来源：桐梓县退役军人事务局</p>
{table}
<p>网站地图 | 联系我们 主办单位：桐梓县人民政府 黔ICP备12001234号</p>
</body></html>"""
    tmp = tempfile.mkdtemp(dir="/tmp/probeportal")
    src = os.path.join(tmp, "tz_tuiyijunren.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/probeportal/lo", "--headless", "--convert-to",
                    "pdf:writer_web_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, "tz_tuiyijunren.pdf"), os.path.join(OUT, cat["file"]))


MAKERS = {"dy_shengtai.html": make_shengtai, "ly_zhufangbaozhang.html": make_zhufang,
          "ny_jiaotong_fanti.html": make_jiaotong, "ht_gonggongwenhua.txt": make_wenhua,
          "wz_shichangjianguan.txt": make_shichang, "tz_tuiyijunren.pdf": make_tuiyi}


# 7. 统计 as Excel saves a sheet "text (tab delimited)": the merged title row as its text and trailing tabs,
#    the two header rows with a merged cell as its text then empty cells, a merged 一级 empty below its first
#    row, a cell with line breaks quoted over several lines, notes rows under the table.
TJ_B = "《中华人民共和国统计法》<br>《中华人民共和国政府信息公开条例》"
TJ_T = "信息形成或变更之日起20个工作日内"
TJ_S = "寿县统计局"
TONGJI = dict(
    file="sx_tongji.txt", title="寿县统计局统计领域基层政务公开标准目录", agency=TJ_S,
    region={"province": "安徽省", "city": "淮南市", "county": "寿县"}, level="county", levels=("县级", "乡级"),
    rows=[
        E("统计数据", "统计公报", "国民经济和社会发展统计公报", TJ_B, "统计公报发布后7个工作日内", TJ_S,
          ["政府网站", "两微一端"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("统计数据", "主要统计信息", "月度、季度主要经济指标<br>统计年鉴", TJ_B, TJ_T, TJ_S,
          ["政府网站", "纸质媒体"], ["全社会"], ["主动公开"], ["县级"], seq=2),
        E("统计执法", "统计执法检查", "检查对象、检查结果<br>行政处罚决定", "《中华人民共和国统计法》<br>《统计执法监督检查办法》", TJ_T, TJ_S,
          ["政府网站"], ["全社会"], ["主动公开", "依申请公开"], ["县级"], seq=3),
        E("统计调查", "普查公报", "人口普查、经济普查、农业普查主要数据公报", TJ_B, TJ_T, TJ_S,
          ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["县级", "乡级"], seq=4),
    ])

# 8. 环境保护 on a page served GBK with the charset only in the HTTP header (the saved file declares none),
#    the catalog in two tables, each with its own header.
HB_B = "《中华人民共和国环境保护法》、《中华人民共和国政府信息公开条例》"
HB_T = "自该信息形成或者变更之日起20个工作日内"
HUANBAO = dict(
    file="cz_huanbao.html", title="崇州市环境保护领域基层政务公开标准目录", agency=None,
    region={"province": "四川省", "city": "成都市", "county": "崇州市"}, level="county", levels=("县级", "乡、村级"),
    split_after=2, header_each=True,
    rows=[
        E("环境监测", "环境质量信息", "空气质量、水环境质量状况", HB_B, HB_T, "成都市崇州生态环境局",
          ["政府网站", "两微一端"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("环境监测", "重点排污单位", "重点排污单位名录、自行监测信息", HB_B, HB_T, "成都市崇州生态环境局",
          ["政府网站"], ["全社会"], ["主动公开"], ["县级"], seq=2),
        E("污染防治", "农村环境整治", "整治项目、实施情况", HB_B, HB_T, "各镇人民政府（街道办事处）",
          ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["乡、村级"], seq=3),
        E("污染防治", "信访投诉", "投诉举报电话、处理结果", HB_B, "投诉处理完毕之日起7个工作日内", "成都市崇州生态环境局",
          ["政府网站", "便民服务站"], ["特定群体"], ["依申请公开"], ["县级", "乡、村级"], seq=4),
    ])

# 9. 退役军人服务 with no 一级事项 column: each group is a section row across the table (一、移交安置).
QL_B = "《退役军人保障法》、《中华人民共和国政府信息公开条例》"
QL_T = "信息形成或变更之日起20个工作日内"
QL_S = "青龙满族自治县退役军人事务局"
QINGLONG = dict(
    file="ql_tuiyi_sections.html", title="青龙满族自治县退役军人事务局政务公开标准目录", agency=QL_S,
    region={"province": "河北省", "city": "秦皇岛市", "county": "青龙满族自治县"}, level="county", levels=None,
    rows=[
        E("移交安置", "安置政策", "安置政策文件、安置条件", QL_B, QL_T, QL_S, ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], seq=1),
        E("移交安置", "安置结果", "安置去向（不含个人隐私）", QL_B, QL_T, QL_S, ["政府网站"], ["特定群体"], ["主动公开"], seq=2),
        E("优抚褒扬", "抚恤优待", "抚恤优待对象、标准、办理流程", QL_B, QL_T, QL_S, ["政府网站", "便民服务站"], ["全社会"], ["主动公开"], seq=3),
        E("优抚褒扬", "烈士褒扬", "烈士评定、纪念活动", QL_B, QL_T, QL_S, ["政府网站", "两微一端"], ["全社会"], ["主动公开"], seq=4),
    ])

CATALOGS += [TONGJI, HUANBAO, QINGLONG]


def tsv_cell(v):
    v = "\n".join(v) if isinstance(v, list) else v
    return '"' + v.replace('"', '""') + '"' if ("\n" in v or '"' in v) else v


def make_tongji(cat):
    top, sub = header_rows(cat)
    width = 12 + len(cat["levels"])
    h1 = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""]
    h2 = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请"] + list(cat["levels"])
    lines = ["\t".join([cat["title"]] + [""] * (width - 1)), "\t".join(h1), "\t".join(h2)]
    prev = None
    for r in cat["rows"]:
        cs = cells(cat, r)
        cs[7] = "\n".join(cs[7])
        if r["category"] == prev:
            cs[1] = ""
        prev = r["category"]
        lines.append("\t".join(tsv_cell(c) for c in cs))
    lines.append("\t".join(["填表人：张明", "", "", "联系电话：0554-4021234"] + [""] * (width - 4)))
    with open(os.path.join(OUT, cat["file"]), "wb") as f:
        f.write("\r\n".join(lines).encode("gbk") + b"\r\n")


def make_huanbao(cat):
    n = cat["split_after"]
    t1 = '<table border="1" cellspacing="0" width="100%">\n' + header_html(cat) + rows_html(cat, cat["rows"][:n], plain_cell) + "</table>"
    t2 = '<table border="1" cellspacing="0" width="100%">\n' + header_html(cat) + rows_html(cat, cat["rows"][n:], plain_cell) + "</table>"
    body = f"""<div class="position">您现在的位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>基层政务公开</a></div>
<div class="content"><h2>{cat['title']}</h2><div class="info">发布时间：2021-12-20 信息来源：崇州市</div>
{t1}
<p>&nbsp;</p>
{t2}
</div>"""
    data = page(f"{cat['title']}-崇州市人民政府", body, "")
    with open(os.path.join(OUT, cat["file"]), "wb") as f:
        f.write(data.encode("gbk"))


def make_qinglong(cat):
    top, sub = header_rows(cat)
    h1 = ('<tr><td rowspan="2">序号</td><td rowspan="2">公开事项</td><td rowspan="2">公开内容（要素）</td><td rowspan="2">公开依据</td>'
          '<td rowspan="2">公开时限</td><td rowspan="2">公开主体</td><td rowspan="2">公开渠道和载体</td><td colspan="2">公开对象</td><td colspan="2">公开方式</td></tr>\n'
          '<tr><td>全社会</td><td>特定群体</td><td>主动</td><td>依申请</td></tr>\n')
    out, prev, k = [], None, 0
    nums = "一二三四五六七八九十"
    for r in cat["rows"]:
        if r["category"] != prev:
            out.append(f'<tr><td colspan="11" style="text-align:left"><b>{nums[k]}、{r["category"]}</b></td></tr>')
            k += 1
            prev = r["category"]
        cs = cells(cat, r)
        del cs[1]
        out.append("<tr>" + "".join(plain_cell(c) for c in cs) + "</tr>")
    table = '<table border="1" cellspacing="0" width="100%">\n' + h1 + "\n".join(out) + "\n</table>"
    body = f"""<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 部门信息公开</div><div class="zw"><h1>{cat['title']}</h1>{table}</div>"""
    data = page(f"{cat['title']}_青龙满族自治县人民政府", body, '<meta charset="utf-8">')
    with open(os.path.join(OUT, cat["file"]), "w", encoding="utf-8") as f:
        f.write(data)


MAKERS2 = {"sx_tongji.txt": make_tongji, "cz_huanbao.html": make_huanbao, "ql_tuiyi_sections.html": make_qinglong}


def main():
    gold_only = "--gold-only" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for cat in CATALOGS:
        if not gold_only:
            {**MAKERS, **MAKERS2}[cat["file"]](cat)
        with open(os.path.join(GOLD, cat["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(cat), f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
