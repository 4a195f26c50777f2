// One task with its full context, and the actions on it: claim, resolve, snooze, reassign.
import {api, segment} from '../api.js';
import {field, h, nextId, replace, select} from '../dom.js';
import {dateTime, fullDateTime, humanize, relative, shortId, toDate} from '../format.js';
import {can} from '../roles.js';
import {eventList, stageStrip} from '../views/timeline.js';
import {kvList} from '../views/values.js';
import {documentsView, forgetDocuments} from '../views/documents.js';

const SNOOZE_REASONS = ['waiting-on-patient', 'waiting-on-referring-office', 'waiting-on-payer',
  'callback-scheduled', 'need-more-information', 'other'];
const CODE = '[A-Za-z0-9._:\\-]+';

/** Decisions the server offers for this task, when it names them. */
function optionsOf(task) {
  const list = task.options ?? task.resolutions ?? task.decisions ?? task.suggestion?.options ?? [];
  return list.map((o) => (typeof o === 'object' ? o.value ?? o.code ?? o.resolution : o)).filter(Boolean);
}

/** The resolution the system suggests, if any. */
function suggested(task) {
  const s = task.suggestion;
  if (!s) return null;
  return typeof s === 'string' ? s : s.resolution ?? s.decision ?? s.value ?? null;
}

function suggestionCard(task) {
  const s = task.suggestion;
  if (!s || (typeof s === 'object' && Object.keys(s).length === 0)) return null;
  const code = suggested(task);
  return h('section', {class: 'card suggestion', 'aria-labelledby': 'suggestion-title'},
    h('h2', {id: 'suggestion-title'}, 'What the system suggests'),
    code ? h('p', {class: 'suggested'}, h('strong', {}, humanize(code))) : null,
    typeof s === 'object' ? kvList(s, {skip: ['resolution', 'decision', 'value', 'options']}) : null);
}

async function act(path, body, ctx, message, after) {
  try {
    await api(path, {method: 'POST', body});
    ctx.notify(message);
    await after();
  } catch (e) {
    ctx.notify(e.message, 'error');
  }
}

function resolveForm(task, ctx) {
  const options = optionsOf(task);
  const proposal = suggested(task);
  const other = h('input', {name: 'resolution-text', pattern: CODE, spellcheck: 'false', autocomplete: 'off',
    'aria-label': options.length ? 'Other decision code' : null});
  let picker;
  if (options.length) {
    const name = nextId('decision');
    const radios = [...options, '__other'].map((option) => {
      const id = nextId('opt');
      const input = h('input', {type: 'radio', name, id, value: option,
        checked: option === proposal || (!proposal && option === options[0])});
      return h('div', {class: 'radio'}, input,
        h('label', {for: id}, option === '__other' ? 'Other:' : humanize(option),
          option === proposal ? h('span', {class: 'pill'}, 'suggested') : null),
        option === '__other' ? other : null);
    });
    picker = h('fieldset', {class: 'decisions'}, h('legend', {}, 'Decision'), radios);
  } else {
    const listId = nextId('suggestions');
    other.setAttribute('list', listId);
    other.required = true;
    if (proposal) other.value = proposal;
    picker = [field('Decision code', other, 'A short code (letters, digits, - _ . :); a code the outcome refuses comes back with its reason.'),
      h('datalist', {id: listId}, proposal ? h('option', {value: proposal}) : null)];
  }
  return h('form', {class: 'card stack', id: 'resolve-form', 'aria-labelledby': 'resolve-title',
    onsubmit: async (event) => {
      event.preventDefault();
      const checked = event.target.querySelector('input[type=radio]:checked');
      const resolution = (!checked || checked.value === '__other' ? other.value : checked.value).trim();
      if (!resolution) {
        ctx.notify('Pick or type a decision first.', 'error');
        return;
      }
      event.submitter && (event.submitter.disabled = true);
      try {
        await api(`/api/tasks/${segment(task.taskId)}/resolve`, {method: 'POST', body: {resolution}});
        ctx.notify(`Resolved as "${humanize(resolution)}". The outcome moves on.`);
        location.hash = `#/outcomes/${segment(task.workflowId)}`;
      } catch (e) {
        ctx.notify(e.message, 'error');
        event.submitter && (event.submitter.disabled = false);
      }
    }},
    h('h2', {id: 'resolve-title'}, 'Resolve'),
    picker,
    h('button', {type: 'submit', class: 'primary'}, 'Resolve task'));
}

function snoozeForm(task, ctx, reload) {
  const tomorrow = new Date(Date.now() + 86_400_000);
  tomorrow.setHours(9, 0, 0, 0);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const until = h('input', {type: 'datetime-local', name: 'until', required: true, value: local});
  const reason = select({name: 'reasonCode'}, SNOOZE_REASONS.map((r) => [r, humanize(r)]), SNOOZE_REASONS[0]);
  return h('form', {class: 'card stack', 'aria-labelledby': 'snooze-title', onsubmit: (event) => {
    event.preventDefault();
    const at = new Date(until.value);
    act(`/api/tasks/${segment(task.taskId)}/snooze`, {until: at.toISOString(), reasonCode: reason.value},
      ctx, `Snoozed until ${dateTime(at)}.`, reload);
  }},
  h('h2', {id: 'snooze-title'}, 'Snooze'),
  field('Until', until), field('Reason', reason),
  h('button', {type: 'submit'}, 'Snooze task'));
}

function reassignForm(task, ctx, reload) {
  const staff = h('input', {name: 'staffId', required: true, pattern: CODE, spellcheck: 'false', autocomplete: 'off'});
  return h('form', {class: 'card stack', 'aria-labelledby': 'reassign-title', onsubmit: (event) => {
    event.preventDefault();
    act(`/api/tasks/${segment(task.taskId)}/reassign`, {staffId: staff.value.trim()}, ctx,
      `Reassigned to ${staff.value.trim()}.`, reload);
  }},
  h('h2', {id: 'reassign-title'}, 'Reassign'),
  field('Staff id', staff),
  h('button', {type: 'submit'}, 'Reassign task'));
}

export async function render(main, ctx) {
  const {me, params} = ctx;
  forgetDocuments();
  const reload = async () => {
    const task = await api(`/api/tasks/${segment(params.taskId)}`);
    if (ctx.stale()) return;
    draw(task);
  };
  const draw = (task) => {
    const due = toDate(task.dueAt);
    const open = String(task.status ?? 'open').toLowerCase() !== 'resolved';
    const shortTaskId = task.workflowTaskId ?? task.taskId;
    const claim = open && !task.claimedBy && can(me, 'claim-task')
      ? h('button', {type: 'button', class: 'primary', id: 'claim',
        onclick: () => act(`/api/tasks/${segment(task.taskId)}/claim`, {}, ctx, 'Task claimed.', reload)}, 'Claim')
      : null;
    const facts = {
      outcomeType: task.outcomeType,
      stage: task.stage,
      role: task.role,
      priority: task.priority,
      openedAt: task.openedAt,
      dueAt: task.dueAt,
      claimedBy: task.claimedBy,
      snoozedUntil: task.snoozedUntil,
      snoozeReason: task.snoozeReason,
      status: task.status,
    };
    replace(main,
      h('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/inbox'}, 'Inbox'), ' / ', h('span', {}, shortTaskId)),
      h('div', {class: 'page-head'},
        h('h1', {}, humanize(task.reason || shortTaskId)),
        h('p', {class: 'summary'},
          h('span', {class: `priority p${task.priority}`}, `P${task.priority}`), ' ',
          h('span', {class: 'type-tag'}, task.outcomeType), ' ',
          due ? h('time', {datetime: due.toISOString(), title: fullDateTime(due), class: due < new Date() ? 'overdue' : null},
            `due ${relative(due)}`) : null, ' ',
          h('a', {href: `#/outcomes/${segment(task.workflowId)}`, id: 'outcome-link'}, `Outcome ${shortId(task.workflowId)}`))),
      h('div', {class: 'columns'},
        h('div', {class: 'main-col'},
          h('section', {class: 'card', 'aria-labelledby': 'context-title'},
            h('h2', {id: 'context-title'}, 'Context'),
            task.context && Object.keys(task.context).length ? kvList(task.context) : h('p', {class: 'muted'}, 'No context recorded.'),
            h('h3', {}, 'Task'),
            kvList(Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== null && v !== undefined && v !== '')))),
          suggestionCard(task),
          task.timeline ? h('section', {class: 'card', 'aria-labelledby': 'tried-title'},
            h('h2', {id: 'tried-title'}, 'What was tried'),
            stageStrip(task.timeline, {stage: task.stage, completed: false}),
            eventList(task.timeline)) : null,
          task.documents?.length ? h('section', {class: 'card', 'aria-labelledby': 'task-docs-title'},
            h('h2', {id: 'task-docs-title'}, 'Documents'), documentsView(task.documents)) : null),
        h('aside', {class: 'side-col', 'aria-label': 'Actions'},
          open ? [
            claim ? h('div', {class: 'card'}, h('p', {}, 'Claim the task so colleagues know you are on it.'), claim) : null,
            can(me, 'resolve-task') ? resolveForm(task, ctx) : null,
            can(me, 'snooze-task') ? snoozeForm(task, ctx, reload) : null,
            can(me, 'reassign-task') ? reassignForm(task, ctx, reload) : null,
          ] : h('div', {class: 'card'}, h('p', {}, 'This task is closed.')))));
  };
  await reload();
}
