# No 序号 column: a county bureau's catalog kept in Excel, cells aligned to the top left, wrapped, printed
# portrait without cell borders. The first-level item is merged over its second-level items.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '目录'
ws.merge_cells('A1:G1'); ws['A1'] = '陆良县教育体育局政府信息主动公开目录'
ws.append(['一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道'])
rows = [
 ('政策文件', '教育法律', '教育法律、规章制度', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '陆良县教育体育局', '政府网站'),
 (None, '规范性文件', '部门规范性文件', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '陆良县教育体育局', '政府网站'),
 ('教育概况', '教育事业发展主要情况', '教育事业发展统计公报、年度工作总结', '《中华人民共和国政府信息公开条例》', '信息形成或者变更之日起20个工作日内', '陆良县教育体育局', '政府网站\n公开栏'),
 ('义务教育招生', '招生入学政策', '招生范围、招生条件、学校情况、招生计划、招生程序、咨询方式', '《中华人民共和国义务教育法》', '招生工作开始前', '陆良县教育体育局', '政府网站\n微信公众号'),
 (None, '随迁子女入学', '入学条件、办理流程、所需材料', '《中华人民共和国义务教育法》', '招生工作开始前', '陆良县教育体育局', '政府网站'),
 (None, '招生结果', '录取结果、咨询电话', '《中华人民共和国政府信息公开条例》', '录取工作结束后5个工作日内', '陆良县教育体育局', '政府网站'),
]
for r in rows: ws.append(list(r))
ws.merge_cells('A3:A4'); ws.merge_cells('A6:A8')
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True, horizontal='left', vertical='top')
for col, w in zip('ABCDEFG', [10, 12, 20, 20, 16, 12, 10]): ws.column_dimensions[col].width = w
for r in range(3, ws.max_row + 1): ws.row_dimensions[r].height = 58
ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save('p7_lljt_unruled.xlsx')
