# Landscape, many columns, ticks: the channels, the audience and the mode are tick columns (√) under group
# labels (公开渠道和载体 over 政府网站 | 政务新媒体 | 公开栏 | 其他 …), a two-row header; Excel, no borders.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '公开目录'
ws.merge_cells('A1:P1'); ws['A1'] = '师宗县应急管理局政府信息公开标准目录'
h1 = ['序号', '公开事项', None, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', None, None, None, '公开对象', None, '公开方式', None, '备注']
h2 = [None, '一级事项', '二级事项', None, None, None, None, '政府网站', '政务新媒体', '公开栏', '其他', '全社会', '特定群体', '主动', '依申请', None]
ws.append(h1); ws.append(h2)
for col in 'ADEFGP': ws.merge_cells(f'{col}2:{col}3')
ws.merge_cells('B2:C2'); ws.merge_cells('H2:K2'); ws.merge_cells('L2:M2'); ws.merge_cells('N2:O2')
V = '√'
rows = [
 (1, '应急预案', '总体应急预案', '预案名称、适用范围、应急响应程序', '《中华人民共和国突发事件应对法》', '信息形成或者变更之日起20个工作日内', '师宗县应急管理局', V, V, '', '', V, '', V, '', ''),
 (2, None, '专项应急预案', '预案名称、适用范围、组织机构及职责', '《中华人民共和国突发事件应对法》', '信息形成或者变更之日起20个工作日内', '师宗县应急管理局', V, '', '', '', V, '', V, '', ''),
 (3, '安全生产', '安全生产行政许可', '许可事项、办理条件、申请材料、办理流程', '《安全生产许可证条例》', '长期公开', '师宗县应急管理局', V, '', V, '', V, '', V, '', ''),
 (4, None, '安全生产行政处罚', '处罚对象、违法事实、处罚依据、处罚结果', '《中华人民共和国安全生产法》', '作出决定之日起7个工作日内', '师宗县应急管理局', V, '', '', '', '', V, V, '', ''),
 (5, '自然灾害', '灾情信息', '灾害种类、受灾范围、损失情况', '《自然灾害救助条例》', '灾情稳定后', '师宗县应急管理局', V, V, V, '', V, '', V, '', ''),
 (6, None, '救灾物资发放', '救助对象、救助标准、物资发放情况', '《自然灾害救助条例》', '发放完毕后10个工作日内', '师宗县应急管理局', '', '', V, V, '', V, '', V, '在村（社区）公示'),
]
for r in rows: ws.append(list(r))
ws.merge_cells('B4:B5'); ws.merge_cells('B6:B7'); ws.merge_cells('B8:B9')
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
for col, w in zip('ABCDEFGHIJKLMNOP', [5, 9, 11, 20, 18, 15, 10, 6, 6, 6, 5, 6, 6, 5, 6, 10]): ws.column_dimensions[col].width = w
for i in range(4, ws.max_row + 1): ws.row_dimensions[i].height = 46
ws.page_setup.orientation = 'landscape'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save('p12_szyj_unruled.xlsx')
