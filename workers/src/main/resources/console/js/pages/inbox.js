// The exception inbox: human tasks, most urgent first, filtered by outcome type.
import {api, segment} from '../api.js';
import {field, h, replace, select} from '../dom.js';
import {dateTime, fullDateTime, humanize, relative, shortId, toDate} from '../format.js';
import {can} from '../roles.js';

/** Priority 1 first, then the earliest due time; tasks without a due time last. */
export function byUrgency(a, b) {
  if ((a.priority ?? 9) !== (b.priority ?? 9)) return (a.priority ?? 9) - (b.priority ?? 9);
  const da = toDate(a.dueAt)?.getTime() ?? Infinity;
  const db = toDate(b.dueAt)?.getTime() ?? Infinity;
  return da - db;
}

function statusNode(task, me) {
  const snoozed = toDate(task.snoozedUntil);
  if (snoozed && snoozed.getTime() > Date.now()) {
    return h('span', {class: 'pill status-snoozed', title: fullDateTime(snoozed)},
      `Snoozed for ${relative(snoozed).replace('in ', '')}`, task.snoozeReason ? ` · ${humanize(task.snoozeReason)}` : '');
  }
  if (task.claimedBy) {
    return h('span', {class: 'pill status-claimed'}, task.claimedBy === me.user ? 'Claimed by you' : `Claimed by ${task.claimedBy}`);
  }
  return h('span', {class: 'pill status-open'}, humanize(task.status || 'open'));
}

function dueNode(task) {
  const due = toDate(task.dueAt);
  if (!due) return h('span', {class: 'muted'}, 'no deadline');
  const overdue = due.getTime() < Date.now();
  return h('time', {datetime: due.toISOString(), title: fullDateTime(due), class: overdue ? 'overdue' : null},
    overdue ? `overdue ${relative(due).replace(' ago', '')}` : relative(due));
}

function row(task, me, reload, notify) {
  const taskLink = `#/tasks/${segment(task.taskId)}`;
  const claim = !task.claimedBy && can(me, 'claim-task')
    ? h('button', {type: 'button', class: 'small', 'aria-label': `Claim task ${task.workflowTaskId ?? task.taskId}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          await api(`/api/tasks/${segment(task.taskId)}/claim`, {method: 'POST', body: {}});
          notify('Task claimed.');
          await reload();
        } catch (e) {
          notify(e.message, 'error');
          event.target.disabled = false;
        }
      }}, 'Claim')
    : null;
  return h('tr', {class: `priority-${task.priority}`, dataset: {taskId: task.taskId}},
    h('td', {}, h('span', {class: `priority p${task.priority}`, title: `Priority ${task.priority} of 5`}, `P${task.priority}`)),
    h('td', {},
      h('a', {href: taskLink, class: 'task-link'}, humanize(task.reason || task.taskId)),
      h('div', {class: 'sub'}, h('code', {}, task.workflowTaskId ?? task.taskId), ' · for ', humanize(task.role))),
    h('td', {},
      h('span', {class: 'type-tag'}, task.outcomeType),
      h('div', {class: 'sub'}, h('a', {href: `#/outcomes/${segment(task.workflowId)}`, title: task.workflowId}, shortId(task.workflowId)))),
    h('td', {}, humanize(task.stage) || h('span', {class: 'muted'}, '—')),
    h('td', {}, dueNode(task)),
    h('td', {}, h('time', {datetime: toDate(task.openedAt)?.toISOString(), title: fullDateTime(task.openedAt)}, dateTime(task.openedAt))),
    h('td', {}, statusNode(task, me)),
    h('td', {class: 'actions'}, claim, h('a', {href: taskLink, class: 'button small primary'}, 'Open')));
}

export async function render(main, ctx) {
  const {me, query, notify} = ctx;
  const outcomeType = query.outcomeType || '';
  const load = async () => {
    const [tasks, all] = await Promise.all([
      api('/api/tasks', {params: {outcomeType, limit: 200}}),
      outcomeType ? api('/api/tasks', {params: {limit: 200}}) : null,
    ]);
    return {tasks: [...(tasks || [])].sort(byUrgency), types: [...new Set((all ?? tasks ?? []).map((t) => t.outcomeType))].sort()};
  };

  const draw = ({tasks, types}) => {
    if (ctx.stale()) return;
    if (outcomeType && !types.includes(outcomeType)) types.push(outcomeType);
    const typeSelect = select({name: 'outcomeType'}, [['', 'All outcome types'], ...types.map((t) => [t, t])], outcomeType);
    typeSelect.addEventListener('change', () => {
      location.hash = `#/inbox${typeSelect.value ? `?outcomeType=${encodeURIComponent(typeSelect.value)}` : ''}`;
    });
    const overdue = tasks.filter((t) => toDate(t.dueAt)?.getTime() < Date.now()).length;
    const mine = tasks.filter((t) => t.claimedBy === me.user).length;
    const body = tasks.length === 0
      ? h('div', {class: 'empty card'}, h('p', {}, 'Nothing needs a person right now.'),
        h('p', {class: 'hint'}, 'Tasks appear here when an outcome cannot go on without a decision.'))
      : h('div', {class: 'table-wrap'}, h('table', {class: 'data inbox', id: 'inbox-table'},
        h('caption', {class: 'visually-hidden'}, 'Open tasks, most urgent first'),
        h('thead', {}, h('tr', {}, ['Priority', 'Why', 'Outcome', 'Stage', 'Due', 'Opened', 'Status', 'Actions']
          .map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, tasks.map((t) => row(t, me, reload, notify)))));
    replace(main,
      h('div', {class: 'page-head'},
        h('h1', {}, 'Inbox'),
        h('p', {class: 'summary'},
          h('strong', {}, String(tasks.length)), tasks.length === 1 ? ' task' : ' tasks',
          overdue ? [' · ', h('strong', {class: 'overdue'}, String(overdue)), ' overdue'] : null,
          mine ? [' · ', h('strong', {}, String(mine)), ' claimed by you'] : null)),
      h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter tasks', onsubmit: (e) => e.preventDefault()},
        field('Outcome type', typeSelect),
        h('button', {type: 'button', onclick: () => reload()}, 'Refresh')),
      body);
  };

  const reload = async () => draw(await load());
  await reload();
}
