# Group-label rows: a Word table without borders where a row across the whole table names the first-level
# item (一、政策文件) above its items; 序号 runs on through the groups. Landscape A4.
from docx import Document
from docx.shared import Cm, Pt
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
doc = Document()
s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
for m in ('left_margin', 'right_margin'): setattr(s, m, Cm(2))
st = doc.styles['Normal']; st.font.size = Pt(10)
h = doc.add_paragraph('嵩明县卫生健康局政府信息公开目录'); h.runs[0].font.size = Pt(16)
hdr = ['序号', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象']
groups = [
 ('一、机构信息', [
  ('机构职能', '机构名称、主要职责、内设机构、办公地址、办公时间、联系电话', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '嵩明县卫生健康局', '政府网站', '全社会'),
  ('领导信息', '领导姓名、职务、分管工作', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '嵩明县卫生健康局', '政府网站', '全社会')]),
 ('二、政策文件', [
  ('规范性文件', '文件名称、文号、发文部门、正文', '《中华人民共和国政府信息公开条例》', '制定或获取文件之日起10个工作日内', '嵩明县卫生健康局', '政府网站\n政务新媒体', '全社会'),
  ('政策解读', '解读材料、图解', '《中华人民共和国政府信息公开条例》', '文件公布之日起3个工作日内', '嵩明县卫生健康局', '政府网站', '全社会')]),
 ('三、公共卫生服务', [
  ('预防接种', '接种单位名称、地址、服务时间、接种疫苗种类', '《中华人民共和国疫苗管理法》', '长期公开', '嵩明县卫生健康局', '政府网站\n公开栏', '全社会'),
  ('母婴保健', '母婴保健技术服务机构名单、服务项目', '《中华人民共和国母婴保健法》', '信息形成或者变更之日起20个工作日内', '嵩明县卫生健康局', '政府网站', '特定群体')]),
]
t = doc.add_table(rows=1, cols=len(hdr))
for c, x in zip(t.rows[0].cells, hdr): c.text = x
n = 0
for label, items in groups:
    row = t.add_row().cells; m = row[0].merge(row[-1]); m.text = label
    for it in items:
        n += 1
        for c, x in zip(t.add_row().cells, (str(n),) + it): c.text = x
for col, w in zip(t.columns, [1.2, 2.6, 5.5, 4.6, 3.6, 3.0, 2.8, 1.8]):
    for c in col.cells: c.width = Cm(w)
doc.add_paragraph('注：本目录由嵩明县卫生健康局负责解释。')
doc.save('p8_smws_unruled.docx')
