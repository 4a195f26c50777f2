// Human decisions on an outcome: every task opened, who answered and what they decided.
import {h} from '../dom.js';
import {dateTime, humanize} from '../format.js';

/** A table of the outcome's human tasks (open and closed). */
export function decisionsTable(tasks) {
  if (!tasks || tasks.length === 0) return h('p', {class: 'muted'}, 'No person has been asked yet.');
  return h('div', {class: 'table-wrap'}, h('table', {class: 'data decisions'},
    h('thead', {}, h('tr', {},
      ['Task', 'Why', 'Role', 'Opened', 'Status', 'Decided by', 'Decision', 'Context']
        .map((c) => h('th', {scope: 'col'}, c)))),
    h('tbody', {}, tasks.map((task) => h('tr', {},
      h('td', {}, h('code', {}, task.id ?? task.taskId)),
      h('td', {}, humanize(task.reason)),
      h('td', {}, humanize(task.role)),
      h('td', {}, dateTime(task.openedAtMillis ?? task.openedAt)),
      h('td', {}, h('span', {class: `pill status-${String(task.status).toLowerCase()}`}, humanize(task.status))),
      h('td', {}, task.completedBy ?? task.resolvedBy ?? '—'),
      h('td', {}, task.resolution ? h('strong', {}, humanize(task.resolution)) : '—'),
      h('td', {}, contextChips(task.context)))))));
}

function contextChips(context) {
  const entries = Object.entries(context || {});
  if (entries.length === 0) return '—';
  return h('ul', {class: 'chips'}, entries.map(([k, v]) => h('li', {class: 'chip', title: String(v)},
    `${k}: ${String(v).length > 16 ? `${String(v).slice(0, 12)}…` : v}`)));
}
