#!/usr/bin/python3
"""Portal pages and bureau spreadsheets for corpus/published/portal/, with their gold.

Each catalog below is rebuilt from the wording of a real published catalog (sources in
corpus/published/README.md) and rendered the way the portal or the bureau serves it:
  * HTML as a government site serves it: GBK-encoded, <title> with the site's name appended,
    navigation, breadcrumb (您当前的位置：首页 > 政务公开 > …), 字号 大 中 小 / 打印 / 关闭, footer
    (主办单位, ICP备, 网站地图 | 联系我们), the heading, then the table with rowspan merges for
    一级事项 groups, channel lists broken by <br>, level ticks √;
  * one page converted to traditional characters the way portals' 繁體 switch does it;
  * XLSX / XLS as bureaus post them: title in a merged first row, header in two rows with merges,
    notes rows (备注：… / 填表人：… 联系电话：…) under the table.

Gold is written from the same row data (never from gkml's output), in the schema of
/work/shared/gold/README.md, to src/test/resources/published-gold/portal/<file>.json.

    /usr/bin/python3 corpus/published/make/portal_make.py     (from the repository root)
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "published", "portal")
GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold", "portal")

# The checkbox list printed in the 公开渠道和载体 cell by the national standard catalogs.
CHECKBOX_CHANNELS = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点",
                     "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"]


def E(category, item, content, basis, time_limit, subject, channels, audience, mode, levels, seq=None):
    return dict(category=category, item=item, content=content, basis=basis, time_limit=time_limit,
                subject=subject, channels=channels, audience=audience, mode=mode, levels=levels, seq=seq)


# ---------------------------------------------------------------------------------------------
# 1. 香山街道 义务教育 (xiangan.gov.cn): 序号 merged with the 一级事项 group, checkbox channels
#    broken into lines, no level columns.
# ---------------------------------------------------------------------------------------------
YW_BASIS = "《中华人民共和国政府信息公开条例》《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》《教育部关于推进中小学信息公开工作的意见》"
YW_T = "信息形成或者变更之日起20个工作日内"
YW_CH = ["政府网站", "两微一端", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"]
XIANGSHAN = dict(
    site_code="3502130001", icp="闽",
    file="xa_xiangshan_yiwujiaoyu.html", domain="义务教育", site="厦门市翔安区人民政府", unit="香山街道",
    title="香山街道义务教育领域基层政务公开标准目录",
    crumbs=["首页", "政务公开", "基层政务公开", "香山街道", "义务教育"],
    date="2024-08-09", source_unit="香山街道办事处",
    agency="翔安区教育局", region={"province": "福建省", "city": "厦门市", "county": "翔安区"}, level="county",
    seq_merged=True, channel_style="checkbox", levels=None,
    audience_labels=("全社会", "特定群体"), mode_labels=("主动", "依申请"),
    rows=[
        E("招生管理", "招生政策", "●随迁子女入学办法<br>●部分适龄儿童少年延缓入学、休学等特殊需求的政策解读", YW_BASIS, YW_T,
          "翔安区教育局", YW_CH, ["全社会"], ["主动公开"], None, seq=1),
        E("招生管理", "招生范围", "●招生范围<br>●学区划分详细情况", YW_BASIS, YW_T, "翔安区教育局", YW_CH,
          ["全社会"], ["主动公开"], None, seq=1),
        E("招生管理", "招生结果", "●各校招生结果（录取人数）", YW_BASIS, YW_T, "翔安区教育局",
          ["政府网站", "两微一端"], ["特定群体"], ["主动公开"], None, seq=1),
        E("学生管理", "义务教育学生资助政策", "●统一城乡义务教育“两免一补”政策<br>●资助对象、资助标准",
          "《中华人民共和国政府信息公开条例》《国务院关于进一步完善城乡义务教育经费保障机制的通知》", YW_T,
          "翔安区教育局", ["政府网站", "两微一端", "公开查阅点"], ["全社会"], ["主动公开"], None, seq=2),
        E("学生管理", "学生资助名单", "●受助学生名单（不含身份证号等个人隐私）",
          "《中华人民共和国政府信息公开条例》《国务院关于进一步完善城乡义务教育经费保障机制的通知》",
          "信息形成或者变更之日起20个工作日内，公示期不少于5个工作日", "翔安区教育局",
          ["社区/企事业单位/村公示栏（电子屏）"], ["特定群体"], ["主动公开"], None, seq=2),
        E("督导评估", "义务教育均衡发展", "●县域义务教育优质均衡发展督导评估结果",
          "《中华人民共和国政府信息公开条例》《县域义务教育优质均衡发展督导评估办法》", YW_T, "翔安区教育局",
          ["政府网站"], ["全社会"], ["主动公开", "依申请公开"], None, seq=3),
        E("督导评估", "教育督导报告", "●督导报告<br>●整改情况", "《中华人民共和国政府信息公开条例》《教育督导条例》",
          YW_T, "翔安区教育局", ["政府网站", "纸质媒体"], ["全社会"], ["主动公开"], None, seq=3),
    ])

# ---------------------------------------------------------------------------------------------
# 2. 社会救助 (wording of tjbd.gov.cn / dazhu.gov.cn / mdx.gov.cn): a title naming the domain only,
#    subjects that differ by row, plain channel names broken into lines, levels 区级 / 镇、村级.
# ---------------------------------------------------------------------------------------------
SJ_BASIS = "《社会救助暂行办法》、《中华人民共和国政府信息公开条例》及相关规定"
SJ_T = "制定或获取信息之日起10个工作日内"
SHEHUIJIUZHU = dict(
    site_code="1201150003", icp="津",
    file="bd_shehuijiuzhu.html", domain="社会救助", site="天津市宝坻区人民政府", unit=None,
    title="社会救助领域基层政务公开标准目录",
    crumbs=["首页", "政务公开", "基层政务公开", "重点领域", "社会救助"],
    date="2023-06-16", source_unit="区民政局",
    agency=None, region={"province": "天津市", "county": "宝坻区"}, level="county",
    seq_merged=False, channel_style="lines", levels=("区级", "镇、村级"),
    audience_labels=("全社会", "特定群众"), mode_labels=("主动", "依申请公开"),
    rows=[
        E("综合业务", "政策法规文件", "《社会救助暂行办法》<br>各地配套政策法规文件", SJ_BASIS, SJ_T,
          "宝坻区民政局", ["政府网站", "公开查阅点", "政务服务中心"], ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=1),
        E("综合业务", "监督检查", "社会救助信访通讯地址<br>社会救助投诉举报电话", SJ_BASIS, SJ_T,
          "宝坻区民政局", ["政府网站", "公开查阅点", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"],
          ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=2),
        E("最低生活保障", "办事指南", "办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式",
          "《国务院关于进一步加强和改进最低生活保障工作的意见》、《最低生活保障审核确认办法》", SJ_T,
          "宝坻区民政局", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=3),
        E("最低生活保障", "审核信息", "初审对象名单及相关信息",
          "《最低生活保障审核确认办法》", "制定或获取信息之日起10个工作日内，公示7天",
          "各镇人民政府（街道办事处）", ["社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["镇、村级"], seq=4),
        E("最低生活保障", "审批信息", "低保对象名单及相关信息（不含身份证号等个人隐私）",
          "《最低生活保障审核确认办法》", SJ_T, "宝坻区民政局", ["政府网站", "社区/企事业单位/村公示栏（电子屏）"],
          ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=5),
        E("特困人员救助供养", "办事指南", "办理事项、办理条件、救助供养标准、申请材料、办理流程、办理时间、地点、联系方式",
          "《国务院关于进一步健全特困人员救助供养制度的意见》、《特困人员认定办法》", SJ_T, "宝坻区民政局",
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=6),
        E("特困人员救助供养", "审核信息", "初审对象名单及相关信息、终止供养名单",
          "《特困人员认定办法》", "制定或获取信息之日起10个工作日内，公示7天", "各镇人民政府（街道办事处）",
          ["社区/企事业单位/村公示栏（电子屏）"], ["特定群体"], ["主动公开"], ["镇、村级"], seq=7),
        E("临时救助", "办事指南", "办理事项、办理条件、救助标准、申请材料、办理流程、办理时间、地点、联系方式",
          "《国务院关于全面建立临时救助制度的通知》、《民政部 财政部关于进一步加强和改进临时救助工作的意见》", SJ_T,
          "宝坻区民政局", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["区级", "镇、村级"], seq=8),
        E("临时救助", "救助信息", "救助对象姓名、救助金额（不含身份证号等个人隐私）",
          "《国务院关于全面建立临时救助制度的通知》", "制定或获取信息之日起10个工作日内，每季度更新",
          "各镇人民政府（街道办事处）", ["社区/企事业单位/村公示栏（电子屏）"], ["特定群体"], ["主动公开", "依申请公开"],
          ["镇、村级"], seq=9),
    ])

# ---------------------------------------------------------------------------------------------
# 3. 养老服务 on a 镇's page (wording of ynfq.gov.cn / yunyang.gov.cn): checkbox channels, one
#    subject on every row, levels 县级 / 镇级.
# ---------------------------------------------------------------------------------------------
YL_BASIS = "《中华人民共和国政府信息公开条例》、《养老机构管理办法》"
YANGLAO = dict(
    site_code="5309210008", icp="滇",
    file="fq_yingpan_yanglao.html", domain="养老服务", site="凤庆县人民政府", unit="营盘镇",
    title="营盘镇养老服务领域基层政务公开标准目录（2024年）",
    crumbs=["首页", "政务公开", "乡镇信息公开", "营盘镇", "基层政务公开标准目录"],
    date="2024-03-20", source_unit="营盘镇人民政府",
    agency="营盘镇人民政府", region={"province": "云南省", "city": "临沧市", "county": "凤庆县"}, level="county",
    seq_merged=False, channel_style="checkbox", levels=("县级", "镇级"),
    audience_labels=("全社会", "特定群体"), mode_labels=("主动", "依申请"),
    rows=[
        E("养老服务通用政策", "养老服务政策文件", "●文件名称<br>●文号<br>●发文部门", YL_BASIS,
          "制定或获取文件之日起10个工作日内", "营盘镇人民政府", ["政府网站", "两微一端", "政务服务中心"],
          ["全社会"], ["主动公开"], ["县级", "镇级"], seq=1),
        E("养老服务业务办理", "养老机构备案", "●备案申请材料清单及样式<br>●备案流程<br>●办理部门<br>●办理时限<br>●办理时间、地点<br>●咨询电话",
          YL_BASIS, "制定或获取备案政策之日起10个工作日内", "营盘镇人民政府", ["政府网站", "政务服务中心"],
          ["全社会"], ["主动公开"], ["镇级"], seq=2),
        E("养老服务业务办理", "老年人补贴", "●老年人补贴名称（高龄津贴、养老服务补贴、护理补贴等）<br>●补贴对象、内容和标准<br>●补贴申请材料清单及格式<br>●办理流程",
          "《中华人民共和国政府信息公开条例》、《云南省老年人优待办法》", "制定或获取补贴政策之日起10个工作日内",
          "营盘镇人民政府", ["政府网站", "政务服务中心", "社区/企事业单位/村公示栏（电子屏）"],
          ["全社会"], ["主动公开"], ["县级", "镇级"], seq=3),
        E("养老服务业务办理", "特困人员供养服务机构", "●机构名称<br>●地址<br>●床位数<br>●联系电话", YL_BASIS,
          "信息形成或变更之日起20个工作日内", "营盘镇人民政府", ["政府网站"], ["全社会"], ["主动公开"], ["镇级"], seq=4),
        E("养老服务监督检查", "养老机构监督检查结果", "●检查对象<br>●检查时间<br>●检查结果<br>●整改情况",
          YL_BASIS, "检查结束之日起20个工作日内", "营盘镇人民政府", ["政府网站", "社区/企事业单位/村公示栏（电子屏）"],
          ["特定群体"], ["主动公开", "依申请公开"], ["镇级"], seq=5),
        E("养老服务监督检查", "投诉举报渠道", "●投诉举报电话<br>●信访通讯地址", YL_BASIS,
          "信息形成或变更之日起20个工作日内", "营盘镇人民政府", ["政府网站", "两微一端"],
          ["全社会"], ["主动公开"], ["县级", "镇级"], seq=6),
    ])

# ---------------------------------------------------------------------------------------------
# 4. 就业创业 on a 镇's page (wording of hc.gov.cn 双槐镇): 一级事项 numbered (1.就业信息服务),
#    numbered content and basis broken into lines, two units in 公开主体, levels 区级 / 镇街级.
# ---------------------------------------------------------------------------------------------
JY_B1 = "1.《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）<br>2.《中华人民共和国就业促进法》<br>3.《人力资源市场暂行条例》（中华人民共和国国务院令第700号）"
JY_B2 = "1.《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）<br>2.《就业服务与就业管理规定》（中华人民共和国人力资源和社会保障部令第23号）"
JY_T = "公开事项信息形成或变更之日起20个工作日内公开"
JY_S = "区人力社保局，镇人民政府（街道办事处）"
JY_CH = ["政府网站", "政务服务中心", "其他基层公共服务平台"]
JIUYE = dict(
    site_code="5001170012", icp="渝",
    file="hc_shuanghuai_jiuye.html", domain="就业创业", site="重庆市合川区人民政府", unit="双槐镇人民政府",
    title="重庆市合川区双槐镇就业创业领域基层政务公开标准目录",
    crumbs=["首页", "双槐镇人民政府", "政务公开", "基层政务公开", "标准目录"],
    date="2024-02-26", source_unit="合川区双槐镇",
    agency=None, region={"province": "重庆市", "county": "合川区"}, level="county",
    seq_merged=False, channel_style="lines_marked", levels=("区级", "镇街级"),
    audience_labels=("全社会", "特定群体"), mode_labels=("主动公开", "依申请公开"),
    category_prefix=True,
    rows=[
        E("就业信息服务", "就业政策法规咨询", "1.就业创业政策项目<br>2.对象范围<br>3.政策申请条件<br>4.政策申请材料<br>5.办理流程<br>6.办理地点（方式）<br>7.咨询电话",
          JY_B1, JY_T, JY_S, JY_CH, ["全社会"], ["主动公开"], ["区级", "镇街级"], seq=1),
        E("就业信息服务", "岗位信息发布", "1.招聘单位<br>2.岗位要求<br>3.福利待遇<br>4.招聘流程<br>5.应聘方式<br>6.咨询电话",
          JY_B1, JY_T, JY_S, JY_CH, ["全社会"], ["主动公开"], ["区级", "镇街级"], seq=2),
        E("就业失业登记", "失业登记", "1.服务对象<br>2.提交材料<br>3.办理流程<br>4.办理时间<br>5.办理地点（方式）<br>6.咨询电话",
          JY_B2, JY_T, JY_S, JY_CH, ["全社会"], ["主动公开"], ["区级", "镇街级"], seq=3),
        E("就业失业登记", "就业登记", "1.服务对象<br>2.提交材料<br>3.办理流程<br>4.办理时间<br>5.咨询电话",
          JY_B2, JY_T, JY_S, ["政府网站", "政务服务中心"], ["特定群体"], ["主动公开"], ["镇街级"], seq=4),
        E("创业服务", "创业担保贷款申请", "1.申请对象<br>2.贷款额度和期限<br>3.申请材料<br>4.办理流程<br>5.咨询电话",
          "1.《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）<br>2.《关于进一步做好创业担保贷款财政贴息工作的通知》（财金〔2018〕22号）",
          JY_T, "区人力社保局", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["区级"], seq=5),
        E("就业援助", "就业困难人员认定", "1.认定对象<br>2.申请材料<br>3.办理流程<br>4.认定结果",
          JY_B2, JY_T, JY_S, ["政府网站", "其他基层公共服务平台"], ["特定群体"], ["主动公开", "依申请公开"],
          ["区级", "镇街级"], seq=6),
    ])

# ---------------------------------------------------------------------------------------------
# 5. 养老服务 in traditional characters (wording of easterncoast.cn 大河口鄉): the portal's 繁體
#    switch converts everything, labels included (序號, 公開內容, 公開時限, 個工作日內, 鄉、村級).
# ---------------------------------------------------------------------------------------------
DHK_BASIS = "《中华人民共和国政府信息公开条例》"
DAHEKOU = dict(
    site_code="1308270021", icp="冀",
    file="dhk_yanglao_fanti.html", domain="养老服务", site="大河口乡人民政府", unit="大河口乡",
    title="大河口乡养老服务领域基层政务公开事项标准目录",
    crumbs=["首页", "政务公开", "基层政务公开", "养老服务"],
    date="2023-11-02", source_unit="大河口乡人民政府",
    agency="大河口乡人民政府", region=None, level=None, traditional=True,
    seq_merged=False, channel_style="lines_marked", levels=("县级", "乡、村级"),
    audience_labels=("全社会", "特定群众"), mode_labels=("主动", "依申请公开"),
    rows=[
        E("养老服务政策", "国家和地方层面养老服务相关法律、法规、政策文件", "文件名称、文号、发文部门", DHK_BASIS,
          "信息形成或变更之日起3个工作日内", "大河口乡人民政府", ["政府网站", "线下公示栏", "社会保障和为民服务中心公开查阅点"],
          ["全社会"], ["主动公开"], ["乡、村级"], seq=1),
        E("养老服务政策", "养老服务扶持政策措施清单", "扶持政策措施名称、扶持对象、实施部门、扶持政策措施内容和标准", DHK_BASIS,
          "信息形成或变更之日起20个工作日内", "大河口乡人民政府", ["政府网站", "线下公示栏", "社会保障和为民服务中心公开查阅点"],
          ["全社会"], ["主动公开"], ["乡、村级"], seq=2),
        E("老年人福利补贴", "办事指南", "老年人补贴名称（高龄津贴、养老服务补贴、护理补贴等）；各项老年人补贴依据；补贴申请材料清单及格式；办理流程、办理时间、地点、咨询电话",
          DHK_BASIS, "信息形成或变更之日起20个工作日内", "大河口乡人民政府", ["政府网站", "线下公示栏"],
          ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=3),
        E("老年人福利补贴", "补贴对象名单", "享受高龄津贴人员名单、发放标准（不含身份证号等个人隐私）", DHK_BASIS,
          "信息形成或变更之日起20个工作日内", "大河口乡人民政府", ["线下公示栏"],
          ["特定群体"], ["主动公开"], ["乡、村级"], seq=4),
        E("养老服务监督", "投诉举报", "投诉举报电话、信访通讯地址", DHK_BASIS,
          "信息形成或变更之日起5个工作日内", "大河口乡人民政府", ["政府网站", "线下公示栏"],
          ["全社会"], ["主动公开", "依申请公开"], ["乡、村级"], seq=5),
    ])

PAGES = [XIANGSHAN, SHEHUIJIUZHU, YANGLAO, JIUYE, DAHEKOU]

# A page named here is written as <file>.pending (a catalog gkml cannot read yet): PublishedCatalogsTest
# then scores it and prints the score without failing. Empty since traditional characters read.
PENDING = set()

# ---------------------------------------------------------------------------------------------
# Spreadsheets: 黄石市 (a city) 就业 as XLSX, 科尔沁右翼前旗 (科右前旗) 社会救助 as XLS.
# ---------------------------------------------------------------------------------------------
HS_B = "《中华人民共和国政府信息公开条例》、《中华人民共和国就业促进法》"
HS_T = "信息形成或者变更之日起20个工作日内"
HUANGSHI = dict(
    file="hs_jiuye.xlsx", domain="就业", title="黄石市人力资源和社会保障局就业领域基层政务公开标准目录",
    agency="黄石市人力资源和社会保障局", region={"province": "湖北省", "city": "黄石市"}, level="city",
    levels=("市级", "县区级"), audience_labels=("全社会", "特定群体"), mode_labels=("主动", "依申请"),
    notes=["备注：公开层级栏中“县区级”指各县（市、区）人社部门及乡镇（街道）基层公共服务平台。",
           "填表人：柯敏    联系电话：0714-6281736    填表时间：2023年9月12日"],
    rows=[
        E("就业信息服务", "就业政策法规咨询", "就业创业政策项目、对象范围、政策申请条件、政策申请材料、办理流程、办理地点、咨询电话",
          HS_B, HS_T, "黄石市公共就业和人才服务中心", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["市级", "县区级"], seq=1),
        E("就业信息服务", "岗位信息发布", "招聘单位、岗位要求、福利待遇、招聘流程、应聘方式、咨询电话",
          HS_B, "信息形成之日起5个工作日内", "黄石市公共就业和人才服务中心", ["政府网站", "两微一端"], ["全社会"], ["主动公开"], ["市级", "县区级"], seq=2),
        E("就业信息服务", "职业培训信息发布", "培训机构名称、培训工种、培训时间、补贴标准、咨询电话",
          "《中华人民共和国政府信息公开条例》、《湖北省职业技能提升行动实施方案》", HS_T, "黄石市职业能力建设科",
          ["政府网站"], ["全社会"], ["主动公开"], ["市级"], seq=3),
        E("就业失业登记", "失业登记", "服务对象、提交材料、办理流程、服务时间、服务地点、咨询电话",
          "《中华人民共和国政府信息公开条例》、《就业服务与就业管理规定》", HS_T, "黄石市公共就业和人才服务中心",
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["市级", "县区级"], seq=4),
        E("创业服务", "创业担保贷款", "申请条件、贷款额度、贴息标准、申请材料、办理流程、咨询电话",
          "《中华人民共和国政府信息公开条例》、《关于进一步做好创业担保贷款财政贴息工作的通知》", HS_T,
          "黄石市创业担保贷款中心", ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["市级", "县区级"], seq=5),
        E("创业服务", "一次性创业补贴发放", "补贴对象名单、补贴金额",
          "《中华人民共和国政府信息公开条例》、《湖北省就业补助资金管理办法》", "审核确定之日起5个工作日内",
          "黄石市公共就业和人才服务中心", ["政府网站"], ["特定群体"], ["主动公开", "依申请公开"], ["市级"], seq=6),
    ])

KQ_B = "《社会救助暂行办法》、《中华人民共和国政府信息公开条例》"
KEYOUQIANQI = dict(
    file="kyqq_shehuijiuzhu.xls", domain="社会救助", title="科右前旗民政局社会救助领域基层政务公开标准目录",
    agency="科右前旗民政局", region={"province": "内蒙古自治区", "city": "兴安盟", "county": "科尔沁右翼前旗"},
    level="county", levels=("旗级", "苏木镇级"), audience_labels=("全社会", "特定群众"), mode_labels=("主动", "依申请公开"),
    notes=["备注：涉及个人隐私的信息不予公开。",
           "填表人：包文华  联系电话：0482-8353196"],
    rows=[
        E("综合业务", "政策法规文件", "《社会救助暂行办法》及自治区、兴安盟配套政策法规文件", KQ_B,
          "制定或获取信息之日起10个工作日内", "科右前旗民政局", ["政府网站", "公开查阅点"], ["全社会"], ["主动公开"], ["旗级", "苏木镇级"], seq=1),
        E("最低生活保障", "办事指南", "办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式",
          "《内蒙古自治区最低生活保障实施办法》", "制定或获取信息之日起10个工作日内", "科右前旗民政局",
          ["政府网站", "政务服务中心"], ["全社会"], ["主动公开"], ["旗级", "苏木镇级"], seq=2),
        E("最低生活保障", "审批信息", "低保对象名单、保障金额", "《内蒙古自治区最低生活保障实施办法》",
          "审批之日起10个工作日内，每月更新", "科右前旗民政局", ["政府网站", "社区/企事业单位/村公示栏（电子屏）"],
          ["全社会"], ["主动公开"], ["旗级", "苏木镇级"], seq=3),
        E("特困人员救助供养", "办事指南", "办理事项、办理条件、救助供养标准、申请材料、办理流程、联系方式",
          "《特困人员认定办法》", "制定或获取信息之日起10个工作日内", "科右前旗民政局", ["政府网站", "政务服务中心"],
          ["全社会"], ["主动公开"], ["旗级", "苏木镇级"], seq=4),
        E("临时救助", "救助结果", "救助对象、救助金额、救助事由", "《国务院关于全面建立临时救助制度的通知》",
          "审批之日起10个工作日内", "科右前旗民政局", ["社区/企事业单位/村公示栏（电子屏）"],
          ["特定群体"], ["主动公开", "依申请公开"], ["苏木镇级"], seq=5),
    ])

YX_B = "《中华人民共和国政府信息公开条例》《教育部关于推进中小学信息公开工作的意见》"
YX_T = "信息形成或者变更之日起20个工作日内"
YANGXIN = dict(
    file="yx_yiwujiaoyu.xlsx", domain="义务教育", title="阳新县义务教育领域基层政务公开标准目录",
    agency="阳新县教育局", region={"province": "湖北省", "city": "黄石市", "county": "阳新县"}, level="county",
    levels=("县级", "乡、村级"), audience_labels=("全社会", "特定群众"), mode_labels=("主动", "依申请公开"),
    seq_merged=True, category_enum=True,
    notes=["备注：“乡、村级”指乡镇中心学校及村（社区）学校。",
           "填表人：石磊          联系电话：0714-7321560"],
    rows=[
        E("政策文件", "规范性文件", "部门和地方政府规章、各类教育政策文件", "《中华人民共和国政府信息公开条例》", YX_T,
          "阳新县教育局", ["政府网站", "两微一端"], ["全社会"], ["主动公开"], ["县级"], seq=1),
        E("教育概况", "教育事业发展主要情况", "教育事业发展主要情况、县级汇总数据",
          "《中华人民共和国统计法》《中华人民共和国政府信息公开条例》《教育统计管理规定》", YX_T, "阳新县教育局",
          ["政府网站"], ["全社会"], ["主动公开"], ["县级"], seq=2),
        E("教育概况", "义务教育学校名录", "学校名称、学校地址、办学层次、办学类型、办公电话", "《中华人民共和国政府信息公开条例》",
          YX_T, "阳新县教育局", ["政府网站", "两微一端", "公开查阅点"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=2),
        E("招生管理", "招生政策", "各校招生工作实施方案、随迁子女入学办法", YX_B, YX_T, "阳新县教育局",
          ["政府网站", "两微一端", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=3),
        E("招生管理", "招生范围", "招生范围、学区划分详细情况", YX_B, YX_T, "阳新县教育局",
          ["政府网站", "社区/企事业单位/村公示栏（电子屏）"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=3),
        E("招生管理", "招生结果", "各校招生结果", YX_B, "招生结束后10个工作日内", "阳新县教育局",
          ["政府网站"], ["特定群体"], ["主动公开", "依申请公开"], ["乡、村级"], seq=3),
        E("学生资助", "资助政策", "义务教育阶段家庭经济困难学生生活补助政策、资助标准",
          "《中华人民共和国政府信息公开条例》《国务院关于进一步完善城乡义务教育经费保障机制的通知》", YX_T, "阳新县教育局",
          ["政府网站", "公开查阅点"], ["全社会"], ["主动公开"], ["县级", "乡、村级"], seq=4),
    ])

SHEETS = [HUANGSHI, KEYOUQIANQI, YANGXIN]


# --------------------------------------------------------------------------------------------- gold
def plain(text):
    """The cell's text as a reader reads it: line breaks taken out."""
    return re.sub(r"\s*<br>\s*", "", text)


def channel_name(c):
    return re.sub(r"[（(][^）)]*[）)]$", "", c)


def laws(basis):
    out = []
    for m in re.findall(r"《([^《》]*(?:《[^《》]*》[^《》]*)*)》", plain(basis)):
        if m not in out:
            out.append(m)
    return out


def deadline(tl):
    m = re.search(r"(\d+)\s*个?(工作日|日|天)", tl)
    if not m:
        return None, None
    return int(m.group(1)), "working_day" if m.group(2) == "工作日" else "day"


def gold_of(cat, file, trad, has_levels):
    conv = to_trad if trad else (lambda s: s)
    doc = {"source": file, "title": conv(cat["title"])}
    if "agency" in cat:
        doc["agency"] = conv(cat["agency"]) if cat["agency"] else None
    if cat.get("region"):
        doc["region"] = cat["region"]
    if cat.get("level"):
        doc["level"] = cat["level"]
    entries = []
    for r in cat["rows"]:
        basis = conv(plain(r["basis"]))
        e = {"seq": r["seq"], "category": conv(r["category"]), "item": conv(r["item"]),
             "content": conv(plain(r["content"])), "basis": basis, "time_limit": conv(r["time_limit"]),
             "subject": conv(r["subject"]), "channels": [conv(channel_name(c)) for c in r["channels"]],
             "audience": r["audience"], "disclosure_mode": r["mode"]}
        if has_levels:
            # levels are option words: the canonical (simplified) word, as options.tsv gives it
            e["levels"] = r["levels"] or []
        e["laws"] = laws(basis)
        e["deadline_days"], e["deadline_unit"] = deadline(r["time_limit"])
        entries.append(e)
    doc["entries"] = entries
    return doc


# --------------------------------------------------------------------------------------------- traditional
# The few characters these pages use, as a portal's 繁體 switch converts them (s2t, one to one).
S2T = {s: t for s, t in (p for p in ['号號', '数數', '开開', '内內', '时時', '个個', '镇鎮', '级級', '据據', '对對', '应應', '请請', '县縣', '乡鄉', '称稱', '关關', '门門', '务務', '养養', '补補', '贴貼', '层層', '规規', '发發', '实實', '单單', '说說', '构構', '设設', '备備', '办辦', '证證', '查查', '询詢', '监監', '举舉', '报報', '话話', '电電', '记記', '须須', '费費', '条條', '项項', '协協', '场場', '网網', '线線', '栏欄', '会會', '为為', '护護', '龄齡', '资資', '类類', '录錄', '标標', '准準', '华華', '国國', '围圍', '众眾', '动動', '态態', '专專', '业業', '问問', '书書', '联聯', '议議', '齐齊', '认認', '确確', '区區', '际際', '传傳', '结結', '员員', '劳勞', '岗崗', '术術', '阶階', '给給', '这這', '该該', '还還', '图圖', '讯訊', '检檢', '机機', '济濟', '审審', '划劃', '间間', '点點', '统統', '计計', '长長', '体體', '稳穩', '维維', '权權', '诉訴', '访訪', '简簡', '变變', '获獲', '领領', '阅閱', '咨諮', '隐隱', '私私', '载載', '页頁', '当當', '闭閉', '们們', '来來', '浏瀏', '览覽', '无無', '碍礙', '适適', '读讀', '闻聞', '题題', '欢歡', '迎迎', '搜搜', '键鍵', '词詞', '享享', '钮鈕', '标標', '识識', '码碼', '公公', '安安', '视視', '频頻', '声聲', '明明'])}


def to_trad(s):
    return "".join(S2T.get(ch, ch) for ch in s)


# --------------------------------------------------------------------------------------------- HTML
NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{unit}", "专题专栏"]


def td(text, rs=1, cs=1, cls=None):
    a = ""
    if rs > 1:
        a += f' rowspan="{rs}"'
    if cs > 1:
        a += f' colspan="{cs}"'
    if cls:
        a += f' class="{cls}"'
    return f"<td{a}>{text}</td>"


def channel_cell(chs, style):
    if style == "checkbox":
        picked = set(chs)
        marks = [("■" if c in picked else "□") + c for c in CHECKBOX_CHANNELS]
        lines = [" ".join(marks[i:i + 2]) for i in range(0, len(marks), 2)]
        return "<br>".join(lines)
    if style == "lines_marked":
        return "<br>".join("■" + c for c in chs)
    return "<br>".join(chs)


def tick(b):
    return "√" if b else ""


def table_html(cat):
    lv = cat.get("levels")
    head1 = [td("序号", rs=2), td("公开事项", cs=2), td("公开内容<br>（要素）", rs=2), td("公开依据", rs=2),
             td("公开<br>时限", rs=2), td("公开<br>主体", rs=2), td("公开渠道和载体", rs=2), td("公开对象", cs=2),
             td("公开方式", cs=2)]
    head2 = [td("一级事项"), td("二级事项"), td(cat["audience_labels"][0]), td(cat["audience_labels"][1]),
             td(cat["mode_labels"][0]), td(cat["mode_labels"][1])]
    if lv:
        head1.append(td("公开层级", cs=2))
        head2 += [td(lv[0]), td(lv[1])]
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">',
           "<tbody>", "<tr>" + "".join(head1) + "</tr>", "<tr>" + "".join(head2) + "</tr>"]
    rows = cat["rows"]
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j]["category"] == rows[i]["category"]:
            j += 1
        group = rows[i:j]
        for k, r in enumerate(group):
            cells = []
            if cat["seq_merged"]:
                if k == 0:
                    cells.append(td(str(r["seq"]), rs=len(group)))
            else:
                cells.append(td(str(r["seq"])))
            if k == 0:
                label = r["category"]
                if cat.get("category_prefix"):
                    label = f"{group_no(rows, i)}.{label}"
                cells.append(td(label, rs=len(group)))
            cells += [td(r["item"]), td(r["content"]), td(r["basis"]), td(r["time_limit"]), td(r["subject"]),
                      td(channel_cell(r["channels"], cat["channel_style"])),
                      td(tick("全社会" in r["audience"])), td(tick("特定群体" in r["audience"])),
                      td(tick("主动公开" in r["mode"])), td(tick("依申请公开" in r["mode"]))]
            if lv:
                cells += [td(tick(lv[0] in (r["levels"] or []))), td(tick(lv[1] in (r["levels"] or [])))]
            out.append("<tr>" + "".join(cells) + "</tr>")
        i = j
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def group_no(rows, start):
    n, prev = 0, None
    for r in rows[:start + 1]:
        if r["category"] != prev:
            n += 1
            prev = r["category"]
    return n


def page_html(cat):
    unit = cat.get("unit") or cat["site"].replace("人民政府", "")
    site = cat["site"]
    title_tag = "_".join([cat["title"]] + ([cat["unit"]] if cat.get("unit") else []) + [site])
    nav = "".join(f'<li><a href="/{i}/">{n.format(unit=unit)}</a></li>' for i, n in enumerate(NAV))
    crumbs = " &gt; ".join(f'<a href="#">{c}</a>' for c in cat["crumbs"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta charset="gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title_tag}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{cat['crumbs'][-1]}">
<link rel="stylesheet" href="/images/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">欢迎访问{site}网站！</span><span class="fr"><a href="#">无障碍浏览</a> | <a href="#">适老化模式</a> | <a href="#">繁體</a></span></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<div class="search"><input type="text" name="searchword" value="请输入关键词"><button>搜索</button></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="w1200 main">
<div class="position">您当前的位置：{crumbs}</div>
<div class="article">
<h1 class="title">{cat['title']}</h1>
<div class="info"><span>发布日期：{cat['date']}</span> <span>来源：{cat['source_unit']}</span> <span>浏览次数：<script>document.write(0)</script></span>
<span class="fr">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></span></div>
<div class="content TRS_Editor" id="zoom">
{table_html(cat)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办单位：{site}办公室　承办单位：{site}大数据中心</p>
<p>网站标识码：{cat['site_code']}　<a href="https://beian.miit.gov.cn">{cat['icp']}ICP备{cat['site_code'][-6:]}号-1</a>　公安机关备案号：{cat['site_code']}0{cat['site_code'][-4:]}</p>
</div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------- sheets
def write_sheet(cat, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    lv = cat["levels"]
    ncol = 15
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, cat["title"]).font = Font(name="方正小标宋简体", size=18)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 40
    h1 = ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", None, "公开方式", None, "公开层级", None, "备注"]
    h2 = [None, "一级事项", "二级事项", None, None, None, None, None, cat["audience_labels"][0], cat["audience_labels"][1],
          cat["mode_labels"][0], cat["mode_labels"][1], lv[0], lv[1], None]
    for c, v in enumerate(h1, 1):
        if v:
            ws.cell(2, c, v)
    for c, v in enumerate(h2, 1):
        if v:
            ws.cell(3, c, v)
    for c in (1, 4, 5, 6, 7, 8, 15):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for c in (2, 9, 11, 13):
        ws.merge_cells(start_row=2, start_column=c, end_row=2, end_column=c + 1)
    r0 = 4
    rows = cat["rows"]
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j]["category"] == rows[i]["category"]:
            j += 1
        for k, r in enumerate(rows[i:j]):
            row = r0 + i + k
            label = r["category"]
            if cat.get("category_enum"):
                label = "一二三四五六七八九十"[group_no(rows, i) - 1] + "、" + label
            vals = [r["seq"] if k == 0 or not cat.get("seq_merged") else None, label if k == 0 else None, r["item"], plain(r["content"]), plain(r["basis"]),
                    r["time_limit"], r["subject"], "\n".join(r["channels"]),
                    tick("全社会" in r["audience"]), tick("特定群体" in r["audience"]),
                    tick("主动公开" in r["mode"]), tick("依申请公开" in r["mode"]),
                    tick(lv[0] in r["levels"]), tick(lv[1] in r["levels"]), None]
            for c, v in enumerate(vals, 1):
                if v not in (None, ""):
                    ws.cell(row, c, v)
        if j - i > 1:
            ws.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + j - 1, end_column=2)
            if cat.get("seq_merged"):
                ws.merge_cells(start_row=r0 + i, start_column=1, end_row=r0 + j - 1, end_column=1)
        i = j
    last = r0 + len(rows) - 1
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=last, max_col=ncol):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for n, note in enumerate(cat["notes"]):
        row = last + 2 + n
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row, 1, note).alignment = Alignment(horizontal="left")
    for col, w in zip("ABCDEFGHIJKLMNO", [5, 12, 14, 30, 30, 18, 16, 16, 5, 5, 5, 5, 6, 6, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    if path.endswith(".xls"):
        tmp = tempfile.mkdtemp(prefix="portal_make_")
        x = os.path.join(tmp, os.path.basename(path) + "x")
        wb.save(x)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, x], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path)
        shutil.rmtree(tmp)
    else:
        wb.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for cat in PAGES:
        trad = cat.get("traditional", False)
        text = page_html(cat)
        if trad:
            text = to_trad(text)
        name = cat["file"]
        out = os.path.join(OUT, name + (".pending" if name in PENDING else ""))
        for stale in (os.path.join(OUT, name), os.path.join(OUT, name + ".pending")):
            if os.path.exists(stale) and stale != out:
                os.remove(stale)
        with open(out, "wb") as f:
            f.write(text.encode("gbk"))
        gold = gold_of(cat, name, trad, bool(cat.get("levels")))
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", name, len(cat["rows"]), "entries")
    for cat in SHEETS:
        name = cat["file"]
        write_sheet(cat, os.path.join(OUT, name))
        gold = gold_of(cat, name, False, True)
        for e in gold["entries"]:
            e["remarks"] = None  # the 备注 column is there, its cells empty
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", name, len(cat["rows"]), "entries")


if __name__ == "__main__":
    sys.exit(main())
