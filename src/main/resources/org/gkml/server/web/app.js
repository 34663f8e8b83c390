// The search page. Every catalog text is untrusted: it only ever reaches the page as text nodes
// (textContent, createTextNode), never as HTML, and links are built from ids the API hands out.
'use strict';

const PAGE_SIZE = 20;
const GROUP_SIZE = 5;
// The API's deepest offset; beyond it a narrower search is the answer.
const MAX_OFFSET = 5000;

const FACETS = [
  ['province', '省份'], ['city', '城市'], ['county', '区县'], ['agency', '机关'], ['level', '层级'],
  ['category', '一级事项'], ['channel', '公开渠道'], ['audience', '公开对象'], ['disclosure_mode', '公开方式'],
  ['deadline_days', '公开时限（天）'], ['deadline_unit', '时限单位'], ['publicity_type', '五公开类型'], ['source', '来源文件'],
];
const FACET_LABEL = Object.fromEntries(FACETS);
// Drill-down: a city facet only once a province is chosen, a county only once a city is.
const FACET_PARENT = { city: 'province', county: 'city' };

const FIELDS = [
  ['seq', '序号'], ['domain', '类别 / 领域'], ['category', '一级事项'], ['item', '二级事项'], ['content', '公开内容'],
  ['basis', '公开依据'], ['laws', '法规'], ['time_limit', '公开时限'], ['deadline_days', '时限天数'],
  ['deadline_unit', '时限单位'], ['subject', '公开主体'], ['channels', '公开渠道'], ['web_column', '网站栏目'],
  ['audience', '公开对象'], ['disclosure_mode', '公开方式'], ['responsible', '责任部门'],
  ['publicity_type', '五公开类型'], ['update_frequency', '更新频率'], ['levels', '公开层级'], ['remarks', '备注'],
];
// Columns of sentences: given room in the catalog table, so a narrow screen scrolls it sideways instead of
// stacking one word a line.
const LONG_FIELDS = new Set(['content', 'basis', 'laws', 'time_limit', 'remarks']);
const VALUE_LABEL = {
  working_day: '工作日', day: '日', province: '省级', city: '市级', county: '县级',
};
const ABSENT_MARK = '—';
const ABSENT_WHY = '目录未列';
const ABSENT = ABSENT_MARK + '（' + ABSENT_WHY + '）';
const LEVEL_LABEL = { province: '省级', city: '市级', county: '县级' };

// --- small DOM helpers (text only) ---

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Links only ever point into this site; anything else (javascript:, data:, another host) becomes "#".
function safeHref(v) {
  const s = String(v);
  return s.startsWith('/') && !s.startsWith('//') ? s : '#';
}

// A highlight comes as plain and matched parts in turn (highlight_parts; the API has told the catalog's own 【 】 from
// match marks); each part becomes a text node, the matches <mark>.
function highlighted(parts) {
  return parts.map((p, i) => (i % 2 === 1 ? el('mark', {}, p) : p)).filter(p => p !== '');
}

function text(v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join('、');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => k + '：' + text(x)).join('\n');
  return VALUE_LABEL[v] && typeof v === 'string' ? VALUE_LABEL[v] : String(v);
}

function region(r) {
  return r ? [r.province, r.city, r.county].filter(Boolean).join(' ') : '';
}

function shorten(s, n) {
  return s && s.length > n ? s.slice(0, n - 1) + '…' : s;
}

// --- the state in the URL ---

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') || '',
    filters: p.getAll('f').filter(f => f.includes(':')),
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
    group: p.get('group') === 'agency' ? 'agency' : '',
    entry: p.get('entry') || '',
    catalog: p.get('catalog') || '',
    // the one facet listed beyond its first values ("更多")
    more: FACET_LABEL[p.get('more')] ? p.get('more') : '',
  };
}

function searchUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of s.filters) p.append('f', f);
  if (s.group) p.set('group', s.group);
  if (s.page > 1 && !s.group) p.set('page', String(s.page));
  if (s.more) p.set('more', s.more);
  const qs = p.toString();
  return '/' + (qs ? '?' + qs : '');
}

function go(url) {
  history.pushState(null, '', url);
  render();
}

// Same-site links change the view without a reload; they stay real links, to open in a new tab or share.
document.addEventListener('click', e => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', render);

async function api(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) {
    const err = new Error((body && body.message) || ('HTTP ' + r.status));
    err.status = r.status;
    throw err;
  }
  return body;
}

function main(...nodes) {
  const m = document.getElementById('main');
  m.replaceChildren(...nodes);
  return m;
}

function nav(href, ...children) {
  return el('a', { href, 'data-nav': '1' }, ...children);
}

// --- views ---

let renderToken = 0;

async function render() {
  const s = readState();
  const token = ++renderToken;
  document.getElementById('q').value = s.q;
  const fresh = () => token === renderToken;
  try {
    if (s.entry) await renderEntry(s.entry, fresh);
    else if (s.catalog) await renderCatalog(s.catalog, fresh);
    else await renderSearch(s, fresh);
  } catch (err) {
    if (fresh()) main(errorNotice(err));
  }
}

// What went wrong, said in the page's language, with the server's own words below and a way on.
const ERROR_TEXT = {
  400: '检索条件有误，请修改后再试。',
  404: '找不到这个事项或目录：链接中的编号不存在，可能原文件已被移出索引。',
  409: '原始文件在导入后已被修改。',
  429: '请求太频繁，请稍候再试。',
  503: '服务器正忙，请稍候再试。',
};

function errorNotice(err) {
  const said = ERROR_TEXT[err.status] || (err.status ? '服务器出错了。' : '无法连接服务器，请检查网络后重试。');
  return el('div', { class: 'notice error', id: 'error' },
    el('p', {}, '出错了：' + said),
    el('p', { class: 'detail' }, err.message),
    el('p', {}, nav('/', '回到检索首页')));
}

// The search an entry or catalog page was opened from, so "返回检索" returns to its hits, filters and page (a shared
// link to an entry, opened cold, returns to the start page).
let lastSearch = '/';

async function renderSearch(s, fresh) {
  lastSearch = searchUrl(s);
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of s.filters) p.append('filter', f);
  if (s.more) p.set('facet_more', s.more);
  if (s.group) {
    p.set('group_by', s.group);
    p.set('limit', String(GROUP_SIZE));
  } else {
    p.set('limit', String(PAGE_SIZE));
    p.set('offset', String((s.page - 1) * PAGE_SIZE));
  }
  document.title = (s.q ? s.q + ' · ' : '') + '政府信息公开目录检索';
  main(el('p', { class: 'summary' }, '检索中…'));
  const r = await api('/api/search?' + p.toString());
  if (!fresh()) return;

  const what = s.q ? '“' + s.q + '”' : '全部事项';
  const summary = el('p', { class: 'summary', id: 'summary' }, '共 ', el('b', { id: 'total' }, String(r.total)), ' 条事项匹配 ', what, folded(s, r));
  const chips = el('ul', { class: 'chips', id: 'active-filters' },
    s.filters.map(f => {
      const [k, ...v] = f.split(':');
      return el('li', {}, nav(searchUrl({ ...s, filters: s.filters.filter(x => x !== f), page: 1 }),
        el('span', { class: 'chip', title: '去掉这个筛选' }, (FACET_LABEL[k] || k) + '：' + v.join(':'), ' ✕')));
    }));
  const tabs = el('nav', { class: 'tabs' },
    nav(searchUrl({ ...s, group: '', page: 1 }), '按相关度'),
    nav(searchUrl({ ...s, group: 'agency', page: 1 }), '按机关对比'));
  tabs.children[s.group ? 1 : 0].classList.add('on');

  const results = el('div', { class: 'results', id: 'results' });
  if (r.hits.length === 0) results.append(empty(s, r));
  else if (s.group) results.append(...groups(r));
  else {
    results.append(el('ol', { class: 'hits', start: String(r.offset + 1) }, r.hits.map(h => el('li', {}, hit(h)))));
    results.append(pager(s, r));
  }
  main(el('div', { class: 'layout' }, facets(s, r), el('div', {}, summary, chips, tabs, results)));
}

// total counts every copy of an entry (one catalog in several files); the hits fold copies into one. Where the
// answer shows how many distinct entries there are (the last page of hits, or every group), say both.
function folded(s, r) {
  let distinct = null;
  if (s.group) {
    if ((r.groups || []).length === r.groups_total) distinct = r.groups.reduce((n, g) => n + g.total, 0);
  } else if (!r.more && r.hits.length > 0) {
    distinct = r.offset + r.hits.length;
  }
  if (distinct !== null) {
    const copies = r.total - distinct;
    return copies > 0 ? el('span', { id: 'folded' }, '（' + distinct + ' 条不同，' + copies + ' 份副本已合并）') : null;
  }
  return r.hits.some(h => h.also_in && h.also_in.length)
    ? el('span', { id: 'folded' }, '（含副本：同一事项的多份文件合并为一条显示）') : null;
}

function facets(s, r) {
  const box = el('aside', { class: 'facets', id: 'facets', 'aria-label': '筛选' });
  const chosenKeys = new Set(s.filters.map(f => f.split(':')[0]));
  for (const [key, label] of FACETS) {
    const values = r.facets[key];
    if (!values || values.length === 0) continue;
    if (FACET_PARENT[key] && !chosenKeys.has(FACET_PARENT[key]) && !chosenKeys.has(key)) continue;
    const list = el('ul', {});
    for (const v of values) {
      const f = key + ':' + v.value;
      const on = s.filters.includes(f);
      const next = on ? s.filters.filter(x => x !== f) : [...s.filters, f];
      const shown = key === 'level' ? (LEVEL_LABEL[v.value] || v.value) : text(v.value);
      list.append(el('li', {}, nav(searchUrl({ ...s, filters: next, page: 1 }),
        el('span', { class: 'facet-value' }, shown), el('span', { class: 'count' }, String(v.count)))));
      if (on) list.lastChild.firstChild.classList.add('on');
      list.lastChild.firstChild.setAttribute('data-facet', f);
    }
    const section = el('section', { 'data-key': key }, el('h3', {}, label), list);
    const cut = (r.facets_more || []).includes(key);
    if (s.more === key) {
      if (cut) section.append(el('p', { class: 'facet-note' }, '仅列出前 ' + values.length + ' 个；加一个筛选条件可缩小范围。'));
      section.append(el('p', { class: 'facet-toggle' }, nav(searchUrl({ ...s, more: '' }), '收起')));
    } else if (cut) {
      section.append(el('p', { class: 'facet-toggle' }, nav(searchUrl({ ...s, more: key }), '更多')));
    }
    box.append(section);
  }
  return box;
}

function hit(h) {
  const hl = h.highlight_parts || {};
  const title = hl.item ? highlighted(hl.item) : (h.item || h.category || '（无事项名称）');
  const href = h.entry_id ? '/?entry=' + encodeURIComponent(h.entry_id) : null;
  const node = el('article', { class: 'hit' },
    el('h2', {}, href ? nav(href, title) : title),
    el('div', { class: 'meta' },
      [h.agency || '（机关不详）', region(h.region), h.seq !== undefined && h.seq !== null ? '序号 ' + h.seq : null]
        .filter(Boolean).join(' · '),
      ' · ', h.catalog_id ? nav('/?catalog=' + encodeURIComponent(h.catalog_id), h.source) : h.source));
  const field = (label, value) => {
    if (!value || (Array.isArray(value) && value.length === 0)) return;
    node.append(el('p', { class: 'field' }, el('b', {}, label), ...(Array.isArray(value) && value.some(x => x instanceof Node) ? value : [text(value)])));
  };
  field('一级事项', hl.category ? highlighted(hl.category) : h.category);
  field('公开内容', hl.content ? highlighted(hl.content) : shorten(h.content, 140));
  if (hl.basis) field('公开依据', highlighted(hl.basis));
  field('公开时限', h.time_limit);
  field('公开渠道', h.channels);
  field('责任部门', h.responsible);
  if (hl.other) field('其他', highlighted(hl.other));
  if (h.also_in) field('相同内容亦见', h.also_in);
  return node;
}

function groups(r) {
  const shown = (r.groups || []).map(g => el('section', { class: 'group' },
    el('h2', {}, (g.value || '（机关不详）') + '（' + g.total + ' 条）'),
    el('ol', { class: 'hits' }, r.hits.filter(h => h.group === g.value).map(h => el('li', {}, hit(h))))));
  if (r.groups_total > shown.length) {
    shown.push(el('p', { class: 'notice' }, '另有 ' + (r.groups_total - shown.length) + ' 个机关未列出；加一个筛选条件可缩小范围。'));
  }
  return shown;
}

// The hits fold copies of one entry (one catalog in several files) while total counts each copy, so the number of
// pages is not total / PAGE_SIZE: the API's "more" says whether a next page holds hits.
function pager(s, r) {
  const box = el('nav', { class: 'pager', 'aria-label': '翻页' });
  if (s.page > 1) box.append(nav(searchUrl({ ...s, page: s.page - 1 }), '上一页'));
  box.append(el('span', { id: 'page' }, '第 ' + s.page + ' 页' + (r.more ? '' : (s.page > 1 ? '（末页）' : ''))));
  if (r.more && s.page * PAGE_SIZE <= MAX_OFFSET) box.append(nav(searchUrl({ ...s, page: s.page + 1 }), '下一页'));
  return box;
}

function empty(s, r) {
  if (r.total > 0 && s.page > 1) {
    // A page past the last: copies folded into one hit leave fewer pages than total suggests.
    return el('div', { class: 'notice', id: 'empty' },
      el('p', {}, '第 ' + s.page + ' 页没有事项：共 ' + r.total + ' 条匹配，同一事项的多份文件合并为一条显示，所以页数少于此。'),
      el('p', {}, nav(searchUrl({ ...s, page: 1 }), '回到第 1 页')));
  }
  const box = el('div', { class: 'notice', id: 'empty' }, el('p', {}, '没有找到匹配的事项。'));
  if (s.filters.length > 0) {
    box.append(el('p', {}, '试试去掉一个筛选条件：'));
    box.append(el('ul', {}, s.filters.map(f => {
      const [k, ...v] = f.split(':');
      return el('li', {}, nav(searchUrl({ ...s, filters: s.filters.filter(x => x !== f), page: 1 }),
        '去掉「' + (FACET_LABEL[k] || k) + '：' + v.join(':') + '」'));
    })));
  } else if (s.q) {
    // Every word must match: offer the search without each word in turn.
    const words = s.q.split(/\s+/).filter(Boolean);
    if (words.length > 1) {
      box.append(el('p', {}, '每个词都须匹配。试试去掉一个词：'));
      box.append(el('ul', { id: 'drop-words' }, words.map((w, i) => el('li', {},
        nav(searchUrl({ ...s, q: words.filter((_, j) => j !== i).join(' '), page: 1 }), '去掉「' + w + '」')))));
    } else if ([...s.q].length === 1) {
      box.append(el('p', { id: 'one-char' }, '单个字常常检索不到：试试两个字以上的词，如“医疗”“低保”。'));
    } else {
      box.append(el('p', {}, '试试更短的词，或换一种说法。'));
    }
  }
  for (const u of r.unknown_filter_values || []) {
    if (u.known.length) box.append(el('p', {}, (FACET_LABEL[u.key] || u.key) + ' 没有“' + u.value + '”；已有：' + u.known.join('、')));
  }
  return box;
}

async function renderEntry(id, fresh) {
  main(el('p', { class: 'summary' }, '加载中…'));
  const e = await api('/api/entries/' + encodeURIComponent(id));
  let catalog = null;
  try { catalog = await api('/api/catalogs/' + encodeURIComponent(e.catalog_id)); } catch (_) { /* facts are a bonus */ }
  if (!fresh()) return;
  document.title = (e.item || '事项') + ' · 政府信息公开目录检索';
  const dl = el('dl', { class: 'fields', id: 'entry-fields' });
  // Every field, a value the catalog does not give said so: comparing bureaus, an absent field is a finding.
  const row = (label, value) => dl.append(el('dt', {}, label), text(value) === ''
    ? el('dd', { class: 'absent' }, ABSENT) : el('dd', {}, text(value)));
  for (const [key, label] of FIELDS) row(label, e[key]);
  for (const [k, v] of Object.entries(e.extra || {})) row(k, v);
  const facts = el('dl', { class: 'fields', id: 'catalog-facts' });
  const fact = (label, value) => { if (value !== null && value !== undefined && text(value) !== '') facts.append(el('dt', {}, label), el('dd', {}, text(value))); };
  fact('机关', e.agency);
  fact('地区', region(e.region));
  fact('层级', LEVEL_LABEL[e.level] || e.level);
  fact('来源文件', e.source);
  fact('位置', e.source_ref);
  if (catalog) {
    fact('目录标题', catalog.title);
    for (const [k, v] of Object.entries(catalog.meta || {})) fact(k, v);
  }
  main(
    el('p', {}, nav(lastSearch, '← 返回检索'), ' · ', nav('/?catalog=' + encodeURIComponent(e.catalog_id), '查看整个目录')),
    el('h1', {}, e.item || e.category || '（无事项名称）'),
    dl,
    el('h2', {}, '目录与出处'),
    facts,
    el('a', { class: 'download', href: '/api/catalogs/' + encodeURIComponent(e.catalog_id) + '/file', id: 'download' }, '下载原始文件'),
    warnings(catalog));
}

function warnings(catalog) {
  if (!catalog || !catalog.warnings || catalog.warnings.length === 0) return null;
  return el('section', {}, el('h2', {}, '读取提示'),
    el('ul', { class: 'warnings' }, catalog.warnings.map(w => el('li', {}, w.code + '：' + w.message + (w.where ? '（' + w.where + '）' : '')))));
}

// A cell of the catalog table. An empty one shows the entry page's mark (short, as a column has no room for its
// words, which its title gives), so a cell the catalog left empty is told from one not yet filled in.
function cell(k, e) {
  const long = LONG_FIELDS.has(k) ? 'long' : '';
  if (k === 'item') return el('td', { class: long || null }, nav('/?entry=' + encodeURIComponent(e.entry_id), text(e[k]) || '（无）'));
  const value = text(e[k]);
  return value === '' ? el('td', { class: (long + ' absent').trim(), title: ABSENT_WHY }, ABSENT_MARK)
    : el('td', { class: long || null }, value);
}

async function renderCatalog(id, fresh) {
  main(el('p', { class: 'summary' }, '加载中…'));
  const c = await api('/api/catalogs/' + encodeURIComponent(id) + '/entries');
  let catalog = null;
  try { catalog = await api('/api/catalogs/' + encodeURIComponent(id)); } catch (_) { /* facts are a bonus */ }
  if (!fresh()) return;
  document.title = (c.agency || c.source) + ' · 政府信息公开目录检索';
  const keys = FIELDS.filter(([k]) => c.items.some(e => k in e));
  const table = el('table', { id: 'catalog-table' },
    el('thead', {}, el('tr', {}, keys.map(([, label]) => el('th', { scope: 'col' }, label)))),
    el('tbody', {}, c.items.map(e => el('tr', {}, keys.map(([k]) => cell(k, e))))));
  const facts = el('dl', { class: 'fields' });
  const fact = (label, value) => { if (value !== null && value !== undefined && text(value) !== '') facts.append(el('dt', {}, label), el('dd', {}, text(value))); };
  fact('机关', c.agency);
  fact('地区', region(c.region));
  fact('层级', LEVEL_LABEL[c.level] || c.level);
  fact('来源文件', c.source);
  fact('事项数', c.entries);
  if (catalog) for (const [k, v] of Object.entries(catalog.meta || {})) fact(k, v);
  main(
    el('p', {}, nav(lastSearch, '← 返回检索'), ' · ', nav('/?f=' + encodeURIComponent('source:' + c.source), '在检索中筛选本目录')),
    el('h1', {}, (catalog && catalog.title) || c.agency || c.source),
    facts,
    el('a', { class: 'download', href: c.file, id: 'download' }, '下载原始文件'),
    el('div', { class: 'table-wrap' }, table),
    warnings(catalog));
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const s = readState();
  go(searchUrl({ q: document.getElementById('q').value.trim(), filters: s.entry || s.catalog ? [] : s.filters, page: 1, group: s.group }));
});

render();
