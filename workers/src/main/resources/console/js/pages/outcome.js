// One outcome: where it stands, the stages it went through, every event, messages, documents and
// the decisions people made. Refreshes itself while the outcome is open.
import {api, segment} from '../api.js';
import {h, replace} from '../dom.js';
import {dateTime, fullDateTime, humanize, toDate} from '../format.js';
import {documentsView, forgetDocuments} from '../views/documents.js';
import {decisionsTable} from '../views/tasks.js';
import {eventList, stageStrip} from '../views/timeline.js';
import {kvList, table, valueNode} from '../views/values.js';

const REFRESH_MS = 3000;

function isClosed(outcome) {
  const status = String(outcome.status ?? '').toLowerCase();
  return Boolean(outcome.state?.completed) || ['completed', 'failed', 'canceled', 'cancelled', 'terminated', 'timed_out', 'timedout']
    .includes(status);
}

function section(id, title, ...content) {
  return h('section', {class: 'card', 'aria-labelledby': id, id: `${id}-section`},
    h('h2', {id}, title), content);
}

function messagesOf(outcome) {
  return outcome.messages ?? outcome.view?.messages ?? [];
}

function draw(main, outcome) {
  const state = outcome.state ?? {};
  const closed = isClosed(outcome);
  const stage = state.stage ?? outcome.stage;
  const due = toDate(state.dueAtMillis ?? outcome.dueAt);
  const view = {...(outcome.view ?? {})};
  delete view.messages;
  const messages = messagesOf(outcome);
  replace(main,
    h('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/inbox'}, 'Inbox'), ' / ', h('span', {}, 'Outcome')),
    h('div', {class: 'page-head'},
      h('h1', {}, h('span', {class: 'type-tag big'}, outcome.outcomeType ?? state.outcomeType), ' ',
        h('span', {class: 'wf-id'}, outcome.workflowId)),
      h('p', {class: 'summary'},
        h('span', {class: `pill status-${String(outcome.status ?? '').toLowerCase()}`, id: 'outcome-status'}, humanize(outcome.status)),
        ' Stage ', h('strong', {id: 'outcome-stage'}, humanize(stage)),
        state.owner ? [' · owned by ', h('strong', {}, state.owner)] : null,
        state.escalationLevel ? [' · escalation level ', h('strong', {}, String(state.escalationLevel))] : null,
        state.needsHuman ? [' · ', h('span', {class: 'pill status-claimed'}, 'needs a person')] : null,
        due && !closed ? [' · next deadline ', h('time', {datetime: due.toISOString(), title: fullDateTime(due)}, dateTime(due))] : null)),
    section('stages-title', 'Stages',
      stageStrip(outcome.timeline, {stage, completed: closed, completedAt: outcome.closeTime ?? outcome.closedAt})),
    h('div', {class: 'columns'},
      h('div', {class: 'main-col'},
        section('events-title', 'Timeline', eventList(outcome.timeline)),
        section('decisions-title', 'Human decisions', decisionsTable(state.tasks)),
        section('documents-title', 'Documents', documentsView(outcome.documents))),
      h('div', {class: 'side-col'},
        section('messages-title', 'Messages sent', messages.length
          ? table(messages) : h('p', {class: 'muted'}, 'No messages sent.')),
        Object.entries(view).map(([name, value], i) => section(`view-${i}-title`, humanize(name),
          value && typeof value === 'object' && !Array.isArray(value) ? kvList(value) : valueNode(name, value))),
        section('state-title', 'State', kvList(state, {skip: ['tasks', 'outcomeType', 'stage']})))));
}

export async function render(main, ctx) {
  const path = `/api/outcomes/${segment(ctx.params.workflowId)}`;
  let timer = null;
  let lastShown = '';
  forgetDocuments();
  const refresh = async () => {
    try {
      const outcome = await api(path);
      if (ctx.stale()) return;
      const fingerprint = JSON.stringify(outcome);
      if (fingerprint !== lastShown) {
        lastShown = fingerprint;
        const scroll = window.scrollY;
        draw(main, outcome);
        window.scrollTo(0, scroll);
      }
      if (!isClosed(outcome) && !ctx.stale()) timer = setTimeout(refresh, REFRESH_MS);
    } catch (e) {
      if (ctx.stale()) return;
      if (!lastShown) throw e;
      ctx.notify(e.message, 'error');
    }
  };
  await refresh();
  return () => clearTimeout(timer);
}
