# Centred cells: every cell centred across and down, long wrapped texts (basis, content of several lines),
# a 责任科室 and a 备注 column; an Excel sheet printed landscape without borders.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
ws.merge_cells('A1:H1'); ws['A1'] = '石林彝族自治县民政局政府信息公开基本目录'
ws.append(['序号', '公开事项', '公开内容', '公开依据', '公开时限', '责任科室', '公开方式', '备注'])
rows = [
 (1, '养老服务扶持政策', '扶持政策措施名称、扶持对象、实施部门、扶持政策措施内容和标准', '《国务院办公厅关于推进养老服务发展的意见》（国办发〔2019〕5号）', '制定或获取扶持政策措施之日起10个工作日内', '养老服务股', '主动公开', ''),
 (2, '养老机构投资指南', '本区域养老机构投资环境简介、投资审批条件及依据、审批流程、涉及部门和联系方式', '《养老机构管理办法》', '制定或获取指南之日起10个工作日内', '养老服务股', '主动公开', ''),
 (3, '最低生活保障', '申请条件、办理流程、保障标准、审批结果', '《社会救助暂行办法》\n《云南省最低生活保障实施办法》', '信息形成或者变更之日起20个工作日内', '社会救助股', '主动公开', '按季度更新'),
 (4, '婚姻登记', '办理机关、办公地址、办理时间、所需材料、办理流程', '《婚姻登记条例》', '长期公开', '婚姻登记处', '主动公开', ''),
 (5, '社会组织登记', '登记条件、所需材料、审批结果', '《社会团体登记管理条例》', '作出决定之日起7个工作日内', '社会组织股', '依申请公开', ''),
]
for r in rows: ws.append(list(r))
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
for col, w in zip('ABCDEFGH', [6, 14, 26, 26, 18, 12, 10, 10]): ws.column_dimensions[col].width = w
for r in range(3, ws.max_row + 1): ws.row_dimensions[r].height = 62
ws.page_setup.orientation = 'landscape'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save('p9_slmz_unruled.xlsx')
