"""Writes revised.docx: a Word table saved with tracked changes not yet accepted and hidden text.

Word shows (and prints) inserted text and hides deleted text (w:del) and text formatted hidden (w:vanish).
revised.doc is LibreOffice's conversion, which keeps the revision marks and the hidden property:

    /usr/bin/python3 make_revised.py && soffice --headless --convert-to doc revised.docx
"""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DEL = '<w:del w:id="{}" w:author="科员" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>{}</w:delText></w:r></w:del>'
INS = '<w:ins w:id="{}" w:author="科员" w:date="2024-03-01T10:00:00Z"><w:r><w:t>{}</w:t></w:r></w:ins>'
HIDDEN = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>{}</w:t></w:r>'


def run(t):
    return f'<w:r><w:t>{t}</w:t></w:r>'


def cell(body):
    return f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p>{body}</w:p></w:tc>'


body = (
    f'<w:p>{DEL.format(1, "旧")}{run("修订测试目录")}</w:p>'
    '<w:tbl><w:tblPr><w:tblW w:w="4800" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/></w:tblGrid>'
    f'<w:tr>{cell(run("公开事项"))}{cell(run("公开渠道"))}</w:tr>'
    f'<w:tr>{cell(run("领导") + DEL.format(2, "简介") + INS.format(3, "信息"))}'
    f'{cell(run("政府网站") + HIDDEN.format("（内部备注）"))}</w:tr>'
    '</w:tbl>'
    f'<w:p>{run("备注：")}{HIDDEN.format("草稿")}{run("测试")}</w:p>'
)
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
with zipfile.ZipFile('revised.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', document)
