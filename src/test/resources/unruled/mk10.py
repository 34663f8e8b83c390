# A long catalog over two pages, its header on the first page only (LibreOffice does not print the sheet's
# 打印标题 rows again here), centred cells, vertical merges of the first-level item (one split by the page
# break), a page footer 第 N 页 / 共 M 页; printed portrait without borders.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '目录'
ws.merge_cells('A1:H1'); ws['A1'] = '晋宁区人力资源和社会保障局政府信息公开目录'
ws.append(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道'])
groups = [
 ('就业创业', ['就业政策', '创业担保贷款', '职业介绍', '就业见习', '公益性岗位', '就业困难人员认定']),
 ('社会保险', ['养老保险参保登记', '失业保险金申领', '工伤认定', '社会保险费缴费基数', '社保卡办理']),
 ('劳动关系', ['劳动合同备案', '劳动保障监察投诉', '劳动人事争议仲裁', '欠薪预警']),
 ('人才人事', ['事业单位公开招聘', '职称评审', '专业技术人员继续教育', '高校毕业生就业服务']),
 ('财政资金', ['部门预算', '部门决算', '三公经费']),
]
r = 3; n = 0
for cat, items in groups:
    start = r
    for i, it in enumerate(items):
        n += 1
        ws.append([n, cat if i == 0 else None, it, it + '的办理条件、办理流程、所需材料、办理时限', '《中华人民共和国政府信息公开条例》',
                   '信息形成或者变更之日起20个工作日内', '晋宁区人力资源和社会保障局', '政府网站'])
        r += 1
    if r - 1 > start: ws.merge_cells(f'B{start}:B{r - 1}')
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True, vertical='center')
for col, w in zip('ABCDEFGH', [5, 9, 12, 22, 16, 14, 12, 8]): ws.column_dimensions[col].width = w
for i in range(3, ws.max_row + 1): ws.row_dimensions[i].height = 44
ws.print_title_rows = '2:2'
ws.oddFooter.center.text = '第 &P 页 / 共 &N 页'
ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save('p10_jnrs_unruled.xlsx')
