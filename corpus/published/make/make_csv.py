"""Writes portal2/yx_yiwujiaoyu.csv: the rows of portal/yx_yiwujiaoyu.xlsx as an open-data portal or Excel's
"CSV (逗号分隔)" on a Chinese Windows exports them — GBK, CRLF, every line padded with commas to the table's width,
the title above the header, cells with a line break or a comma quoted, notes under the table. The gold is the
source's rows (the careful reader's view), never gkml's output.

    python3 corpus/published/make/make_csv.py
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
GOLD = os.path.join(ROOT, 'src', 'test', 'resources', 'published-gold')
SOURCE = 'portal/yx_yiwujiaoyu.xlsx'
TARGET = 'portal2/yx_yiwujiaoyu.csv'

COLUMNS = [('序号', 'seq'), ('一级事项', 'category'), ('二级事项', 'item'), ('公开内容（要素）', 'content'),
           ('公开依据', 'basis'), ('公开时限', 'time_limit'), ('公开主体', 'subject'),
           ('公开渠道和载体', 'channels'), ('公开对象', 'audience'), ('公开方式', 'disclosure_mode'),
           ('公开层级', 'levels'), ('备注', 'remarks')]
# lists as a clerk types them in one cell: channels one per line (Alt+Enter), the others with 、
JOIN = {'channels': '\n', 'audience': '、', 'disclosure_mode': '、', 'levels': '、'}


def cell(entry, key):
    v = entry.get(key)
    if v is None:
        return ''
    if isinstance(v, list):
        return JOIN[key].join(v)
    return str(v)


def main():
    gold = json.load(open(os.path.join(GOLD, SOURCE + '.json'), encoding='utf-8'))
    width = len(COLUMNS)
    pad = lambda first: [first] + [''] * (width - 1)
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\r\n')
    w.writerow(pad(gold['title']))
    w.writerow([c for c, _ in COLUMNS])
    for e in gold['entries']:
        w.writerow([cell(e, k) for _, k in COLUMNS])
    w.writerow(pad(''))
    w.writerow(pad('注：公开层级为县级的事项由县教育局公开，乡、村级事项由各乡镇中心学校公开。'))
    w.writerow(pad('填报单位：阳新县教育局'))
    with open(os.path.join(ROOT, 'corpus', 'published', TARGET), 'wb') as f:
        f.write(out.getvalue().encode('gb18030'))
    gold['source'] = os.path.basename(TARGET)
    with open(os.path.join(GOLD, TARGET + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
