# Bare 一级 / 二级 labels under 公开事项, the first-level item merged down over its items (a Word table printed
# without borders, the merged cell's text at its top): 序号 | 公开事项 (一级 | 二级) | 公开内容 | 公开依据 | 公开时限
# | 公开主体 | 公开渠道 | 公开对象.
from docx import Document
from docx.shared import Cm, Pt
from docx.enum.section import WD_ORIENT
doc = Document()
s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
st = doc.styles['Normal']; st.font.size = Pt(10)
h = doc.add_paragraph('寻甸回族彝族自治县住房和城乡建设局政府信息公开目录'); h.runs[0].font.size = Pt(15)
groups = [
 ('保障性住房', [
  ('公租房保障', '保障对象、申请条件、申请材料、审核流程', '《公共租赁住房管理办法》', '信息形成或者变更之日起20个工作日内', '县住房和城乡建设局', '政府网站', '全社会'),
  ('分配结果', '分配对象、分配房源、分配结果', '《公共租赁住房管理办法》', '分配完成之日起10个工作日内', '县住房和城乡建设局', '政府网站\n公开栏', '特定群体')]),
 ('建筑市场监管', [
  ('施工许可', '许可条件、申请材料、办理流程、许可结果', '《建筑工程施工许可管理办法》', '作出决定之日起7个工作日内', '县住房和城乡建设局', '政府网站', '全社会'),
  ('质量安全监督', '监督检查计划、检查结果', '《建设工程质量管理条例》', '检查结束之日起20个工作日内', '县住房和城乡建设局', '政府网站', '全社会'),
  ('行政处罚', '处罚对象、违法事实、处罚结果', '《中华人民共和国行政处罚法》', '作出决定之日起7个工作日内', '县住房和城乡建设局', '政府网站', '全社会')]),
 ('城镇老旧小区改造', [
  ('改造计划', '改造小区名单、改造内容、资金安排', '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》', '计划下达之日起20个工作日内', '县住房和城乡建设局', '政府网站', '全社会')]),
]
hdr1 = ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象']
hdr2 = ['', '一级', '二级', '', '', '', '', '', '']
t = doc.add_table(rows=2, cols=len(hdr1))
for c, x in zip(t.rows[0].cells, hdr1): c.text = x
for c, x in zip(t.rows[1].cells, hdr2): c.text = x
t.cell(0, 1).merge(t.cell(0, 2))
for k in [0] + list(range(3, 9)): t.cell(0, k).merge(t.cell(1, k))
t.cell(0, 1).text = '公开事项'
n = 0
for cat, items in groups:
    first = len(t.rows)
    for i, it in enumerate(items):
        n += 1
        cells = t.add_row().cells
        vals = (str(n), cat if i == 0 else '') + it
        for c, x in zip(cells, vals): c.text = x
    if len(items) > 1:
        m = t.cell(first, 1).merge(t.cell(len(t.rows) - 1, 1))
        m.text = cat
for k in (0, 3, 4, 5, 6, 7, 8):
    t.cell(0, k).text = hdr1[k]
doc.save('p13_xdzj_unruled.docx')
