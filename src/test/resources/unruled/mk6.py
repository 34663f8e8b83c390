# One-row header, 7 columns, no cell borders: a county bureau's catalog as printed from Excel.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '目录'
ws.merge_cells('A1:G1'); ws['A1'] = '富源县交通运输局政府信息公开目录'
ws.append(['序号','公开事项','公开内容','公开依据','公开时限','公开主体','公开方式'])
rows = [
 (1,'机构职能','机构设置、主要职责、内设机构及联系方式','《中华人民共和国政府信息公开条例》','信息形成或变更之日起20个工作日内','富源县交通运输局','政府网站\n公开栏'),
 (2,'道路运输许可','许可事项、办理条件、申请材料、办理流程','《中华人民共和国道路运输条例》','自作出决定之日起7个工作日内','富源县交通运输局','政府网站'),
 (3,'行政处罚','处罚对象、处罚事由、处罚依据、处罚结果','《中华人民共和国行政处罚法》','自作出决定之日起7个工作日内','富源县交通运输局','政府网站\n政务服务中心'),
]
for r in rows: ws.append(list(r))
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True)
for col,w in zip('ABCDEFG',[6,14,26,24,18,16,14]): ws.column_dimensions[col].width=w
for r in range(3, ws.max_row + 1): ws.row_dimensions[r].height = 40
ws.page_setup.orientation='landscape'
ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.sheet_properties.pageSetUpPr.fitToPage=True
wb.save('p6_fyjt_unruled.xlsx')
