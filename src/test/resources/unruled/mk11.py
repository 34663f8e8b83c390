# A Word table without borders running over two pages, its header row repeated at the top of the second page
# (重复标题行), a row cut by the page break: 序号 | 事项名称 | 公开内容 | 公开依据 | 公开时限 | 责任单位 | 公开方式,
# a page number in the footer.
from docx import Document
from docx.shared import Cm, Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
doc = Document()
s = doc.sections[0]
st = doc.styles['Normal']; st.font.size = Pt(10.5)
h = doc.add_paragraph('会泽县市场监督管理局政府信息公开目录'); h.runs[0].font.size = Pt(16)
doc.add_paragraph('编制单位：会泽县市场监督管理局办公室')
hdr = ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '责任单位', '公开方式']
rows = [
 ('机构职能', '机构设置、主要职责、内设机构、联系方式', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '办公室', '主动公开'),
 ('领导信息', '领导姓名、职务、分管工作', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '办公室', '主动公开'),
 ('规范性文件', '文件名称、文号、正文', '《中华人民共和国政府信息公开条例》', '制定或获取文件之日起10个工作日内', '法规股', '主动公开'),
 ('行政许可', '许可事项、办理条件、申请材料、办理流程、办理时限', '《中华人民共和国行政许可法》', '长期公开', '行政审批股', '主动公开'),
 ('许可结果', '许可对象、许可事项、许可决定日期', '《中华人民共和国行政许可法》', '作出决定之日起7个工作日内', '行政审批股', '主动公开'),
 ('行政处罚', '处罚对象、违法事实、处罚依据、处罚结果', '《中华人民共和国行政处罚法》', '作出决定之日起7个工作日内', '执法大队', '主动公开'),
 ('食品安全抽检', '抽检产品名称、被抽检单位、抽检结果', '《中华人民共和国食品安全法》', '抽检结果形成之日起20个工作日内', '食品生产安全监管股', '主动公开'),
 ('特种设备安全', '特种设备使用登记、定期检验情况', '《中华人民共和国特种设备安全法》', '信息形成或者变更之日起20个工作日内', '特种设备安全监察股', '主动公开'),
 ('消费投诉', '投诉举报受理渠道、处理流程', '《市场监督管理投诉举报处理暂行办法》', '长期公开', '消费者权益保护股', '主动公开'),
 ('财政资金', '部门预算、部门决算、三公经费', '《中华人民共和国预算法》', '批复后20日内', '财务室', '主动公开'),
 ('建议提案办理', '人大代表建议、政协委员提案办理复文', '《中华人民共和国政府信息公开条例》', '办理完毕后20个工作日内', '办公室', '主动公开'),
 ('政府信息公开年报', '年度政府信息公开工作报告', '《中华人民共和国政府信息公开条例》', '每年1月31日前', '办公室', '主动公开'),
 ('执法人员信息', '执法人员姓名、执法证号、执法区域', '《市场监督管理行政处罚程序规定》', '信息形成或者变更之日起20个工作日内', '法规股', '主动公开'),
 ('企业年报公示', '企业年度报告公示情况、列入经营异常名录情况', '《企业信息公示暂行条例》', '作出决定之日起20个工作日内', '登记注册股', '主动公开'),
]
t = doc.add_table(rows=1, cols=len(hdr))
for c, x in zip(t.rows[0].cells, hdr): c.text = x
trPr = t.rows[0]._tr.get_or_add_trPr(); rep = OxmlElement('w:tblHeader'); rep.set(qn('w:val'), 'true'); trPr.append(rep)
for i, r in enumerate(rows, 1):
    for c, x in zip(t.add_row().cells, (str(i),) + r): c.text = x
fp = s.footer.paragraphs[0]; fp.alignment = 1
fp.add_run('第 ')
fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE'); rr = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = '1'
rr.append(tt); fld.append(rr); fp._p.append(fld)
fp.add_run(' 页')
doc.save('p11_hzsj_unruled.docx')
