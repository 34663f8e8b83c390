"""Writes portal2/hjgl_ningyang_infobox.html: the rows of word/hjgl_ningyang.doc as a county portal posts a
catalog as an article — breadcrumb, the information box every 政府信息公开 article carries above its text
(索引号：| … | 发布机构：| … | 生成日期：| …, keys spaced to one width: 文　　号：), the title in <h1>, a line of
publishing data, the catalog table, a footer. The gold is the source's rows (the careful reader's view), never
gkml's output; the agency is the box's 发布机构, as the source's gold has it.

    python3 corpus/published/make/make_infobox.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
GOLD = os.path.join(ROOT, 'src', 'test', 'resources', 'published-gold')
SOURCE = 'word/hjgl_ningyang.doc'
TARGET = 'portal2/hjgl_ningyang_infobox.html'
AGENCY = '宁阳县公安局'

COLUMNS = [('序号', 'seq'), ('事项类别', 'category'), ('事项名称', 'item'), ('公开内容（要素）', 'content'),
           ('公开依据', 'basis'), ('公开时限', 'time_limit'), ('公开主体', 'subject'), ('公开渠道和载体', 'channels'),
           ('公开对象', 'audience'), ('公开方式', 'disclosure_mode'), ('公开层级', 'levels'), ('公开时长', '公开时长')]


def text(entry, key):
    v = entry.get(key, entry.get('extra', {}).get(key))
    if v is None:
        return ''
    if isinstance(v, list):
        return ('、' if key == 'levels' else '<br>').join(html.escape(x) for x in v)
    return html.escape(str(v))


def main():
    gold = json.load(open(os.path.join(GOLD, SOURCE + '.json'), encoding='utf-8'))
    keys = set().union(*[list(e.keys()) + list(e.get('extra', {}).keys()) for e in gold['entries']])
    cols = [c for c in COLUMNS if c[1] in keys]
    head = '<tr>' + ''.join(f'<th>{c}</th>' for c, _ in cols) + '</tr>'
    rows = ''.join('<tr>' + ''.join(f'<td>{text(e, k)}</td>' for _, k in cols) + '</tr>\n' for e in gold['entries'])
    box = f'''<table class="xxgk_table" width="100%">
<tr><td>索 引 号：</td><td>11370921MB2851234X/2024-00012</td><td>发布机构：</td><td>{AGENCY}</td><td>生成日期：</td><td>2024-03-05</td></tr>
<tr><td>文　　号：</td><td>无</td><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td></tr>
<tr><td>主题分类：</td><td>公安、安全、司法</td><td>体裁分类：</td><td>目录</td><td>有效性：</td><td>有效</td></tr>
</table>'''
    page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(gold['title'])}_宁阳县人民政府</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a> <a href="/zwgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开目录</div>
{box}
<h1 class="title">{html.escape(gold['title'])}</h1>
<div class="info">发布时间：2024-03-05 10:12　来源：{AGENCY}　浏览次数：312</div>
<div class="TRS_Editor"><table border="1">
{head}
{rows}</table></div>
<div class="footer">主办单位：宁阳县人民政府办公室　联系电话：0538-5621234　鲁ICP备05012345号</div>
</body></html>
'''
    with open(os.path.join(ROOT, 'corpus', 'published', TARGET), 'w', encoding='utf-8') as f:
        f.write(page)
    gold['source'] = os.path.basename(TARGET)
    with open(os.path.join(GOLD, TARGET + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
