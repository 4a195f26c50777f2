// Generic rendering of the maps outcomes expose (state, view, context): no per-type code.
import {h} from '../dom.js';
import {dateTime, fullDateTime, humanize, percent} from '../format.js';

const TIME_KEY = /(At|Time|Until|Date)$|^(at|time|date)$/;
const MILLIS_KEY = /Millis$/;

/** One value for display: codes humanised only when the key says it is a time or a share. */
export function valueNode(key, value) {
  if (value === null || value === undefined || value === '') return h('span', {class: 'muted'}, '—');
  if (typeof value === 'boolean') return h('span', {class: `bool bool-${value}`}, value ? 'Yes' : 'No');
  if ((MILLIS_KEY.test(key) || TIME_KEY.test(key)) && (typeof value === 'number' || !Number.isNaN(Date.parse(value)))) {
    return h('time', {datetime: new Date(typeof value === 'number' ? value : Date.parse(value)).toISOString(),
      title: fullDateTime(value)}, dateTime(value));
  }
  if (typeof value === 'number' && /confidence|rate|share|score/i.test(key) && value >= 0 && value <= 1) {
    return h('span', {}, percent(value));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', {class: 'muted'}, 'none');
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return h('ul', {class: 'chips'}, value.map((v) => h('li', {class: 'chip'}, String(v))));
    }
    return table(value);
  }
  if (typeof value === 'object') return kvList(value);
  return h('span', {}, String(value));
}

/** A definition list of a map's entries, keys humanised. */
export function kvList(map, {skip = []} = {}) {
  const entries = Object.entries(map || {}).filter(([k]) => !skip.includes(k));
  if (entries.length === 0) return h('p', {class: 'muted'}, 'Nothing recorded.');
  return h('dl', {class: 'kv'}, entries.map(([key, value]) => [
    h('dt', {}, humanize(key.replace(MILLIS_KEY, ''))),
    h('dd', {}, valueNode(key, value)),
  ]));
}

/** A table of objects, columns from the union of their keys (first-seen order). */
export function table(rows, {caption} = {}) {
  const columns = [];
  for (const row of rows) {
    for (const key of Object.keys(row || {})) if (!columns.includes(key)) columns.push(key);
  }
  return h('div', {class: 'table-wrap'}, h('table', {class: 'data'},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {scope: 'col'}, humanize(c.replace(MILLIS_KEY, '')))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) => h('td', {}, valueNode(c, row?.[c]))))))));
}
