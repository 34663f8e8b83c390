import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook()
s0 = wb.active; s0.title = '填表说明'
s0['A1'] = '填表说明：'; s0['A2'] = '1.本表由各股室填写，局办公室汇总。'; s0['A3'] = '2.公开时限按《条例》规定填写。'
ws = wb.create_sheet('公开目录')
ws.merge_cells('A1:K1'); ws['A1'] = '宜良县医疗保障局政府信息主动公开基本目录'
ws.merge_cells('A2:F2'); ws['A2'] = '填报单位（盖章）：宜良县医疗保障局'
ws.merge_cells('G2:K2'); ws['G2'] = '填报时间：2024年3月15日'
hdr1 = ['序号','公开事项',None,'公开内容（要素）','公开依据','公开时限','公开主体','公开渠道和载体','公开对象',None,'备注']
hdr2 = [None,'一级事项','二级事项',None,None,None,None,None,'全社会','特定群体',None]
ws.append(hdr1); ws.append(hdr2)
for col in ['A','D','E','F','G','H','K']: ws.merge_cells(f'{col}3:{col}4')
ws.merge_cells('B3:C3'); ws.merge_cells('I3:J3')
rows = [
 (1,'医保政策','政策法规','医疗保障相关法律法规、规章及规范性文件','《中华人民共和国政府信息公开条例》','信息形成或变更之日起20个工作日内','宜良县医疗保障局','政府网站\n政务服务中心','√','',''),
 (2,None,'政策解读','政策解读材料','《中华人民共和国政府信息公开条例》','文件公布之日起3个工作日内','宜良县医疗保障局','政府网站','√','',''),
 (3,'异地就医','异地就医备案','备案条件、办理流程、办理时限','《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》','长期公开','宜良县医疗保障局','政府网站\n“宜良医保”微信公众号','√','',''),
 (4,None,'定点医疗机构名单','跨省异地就医定点医疗机构名单','同上','即时','宜良县医疗保障局','政府网站','√','','动态更新'),
 (5,'医保基金监管','行政处罚','处罚决定','《医疗保障基金使用监督管理条例》','作出决定之日起7个工作日内','宜良县医疗保障局','政府网站','','√',''),
]
r0 = 5
for i, r in enumerate(rows):
    ws.append(list(r))
ws.merge_cells('B5:B6'); ws.merge_cells('B7:B8')
ws.append(['注：本目录自发布之日起施行，由宜良县医疗保障局负责解释。'])
ws.merge_cells(f'A{ws.max_row}:K{ws.max_row}')
from openpyxl.styles import Border, Side
thin=Side(style="thin")
for row in ws.iter_rows(min_row=3, max_row=ws.max_row-1):
    for c in row: pass
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True)
for col,w in zip('ABCDEFGHIJK',[6,10,12,24,26,16,14,16,7,7,10]): ws.column_dimensions[col].width=w
for r in range(5, ws.max_row): ws.row_dimensions[r].height=48
ws.page_setup.orientation='landscape'
ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0; ws.sheet_properties.pageSetUpPr.fitToPage=True
wb.save('p5_ylyb_unruled.xlsx')
