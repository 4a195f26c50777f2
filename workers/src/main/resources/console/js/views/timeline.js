// An outcome's timeline as a stage strip (where it has been, where it is) and an event list.
import {h} from '../dom.js';
import {dateTime, duration, fullDateTime, humanize, toDate} from '../format.js';

const KIND_LABELS = {
  STAGE_ENTERED: 'Entered stage',
  ATTEMPT: 'Attempt',
  ATTEMPT_FAILED: 'Attempt failed',
  ESCALATED: 'Escalated',
  TASK_OPENED: 'Task opened',
  TASK_COMPLETED: 'Task completed',
  TASK_CLOSED: 'Task closed',
  EVIDENCE: 'Evidence',
  DEFERRED: 'Deferred',
  NOTE: 'Note',
  CONTINUED_AS_NEW: 'Continued as new',
  COMPLETED: 'Completed',
};

/** Time of a timeline entry, whatever the API calls it. */
export function entryTime(entry) {
  return toDate(entry.atMillis ?? entry.at ?? entry.time ?? entry.occurredAt);
}

function kindClass(kind) {
  return `kind-${String(kind || 'note').toLowerCase().replace(/_/g, '-')}`;
}

/** Stays in stages, in order, from STAGE_ENTERED entries (the current stage when there are none). */
export function stageVisits(timeline, currentStage) {
  const visits = [];
  for (const entry of timeline || []) {
    const at = entryTime(entry);
    if (entry.kind === 'STAGE_ENTERED') {
      visits.push({stage: entry.stage, at, attempts: 0, escalations: 0, tasks: 0});
    } else if (visits.length > 0) {
      const visit = visits[visits.length - 1];
      if (entry.kind === 'ATTEMPT') visit.attempts += 1;
      if (entry.kind === 'ESCALATED') visit.escalations += 1;
      if (entry.kind === 'TASK_OPENED') visit.tasks += 1;
    }
  }
  if (visits.length === 0 && currentStage) visits.push({stage: currentStage, at: null, attempts: 0, escalations: 0, tasks: 0});
  return visits;
}

/**
 * The horizontal strip: one step per stay, done ones ticked, the current one marked
 * (aria-current="step"), and a final "Completed" step when the outcome is closed.
 */
export function stageStrip(timeline, {stage, completed, completedAt}) {
  const visits = stageVisits(timeline, stage);
  const end = completed ? toDate(completedAt) ?? lastTime(timeline) : new Date();
  const steps = visits.map((visit, i) => {
    const next = visits[i + 1]?.at ?? end;
    const current = !completed && i === visits.length - 1;
    const spent = visit.at && next ? next.getTime() - visit.at.getTime() : null;
    const facts = [];
    if (visit.attempts) facts.push(`${visit.attempts} attempt${visit.attempts > 1 ? 's' : ''}`);
    if (visit.escalations) facts.push(`${visit.escalations} escalation${visit.escalations > 1 ? 's' : ''}`);
    if (visit.tasks) facts.push(`${visit.tasks} task${visit.tasks > 1 ? 's' : ''}`);
    return h('li', {class: `step ${current ? 'current' : 'done'}`, 'aria-current': current ? 'step' : null,
      dataset: {stage: visit.stage}},
      h('span', {class: 'step-dot', 'aria-hidden': 'true'}),
      h('span', {class: 'step-name'}, humanize(visit.stage)),
      h('span', {class: 'step-time'}, current ? `for ${duration(spent)} so far` : duration(spent)),
      facts.length ? h('span', {class: 'step-facts'}, facts.join(' · ')) : null,
      h('span', {class: 'visually-hidden'}, current ? ' (current stage)' : ' (done)'));
  });
  if (completed) {
    steps.push(h('li', {class: 'step end', dataset: {stage: 'completed'}},
      h('span', {class: 'step-dot', 'aria-hidden': 'true'}),
      h('span', {class: 'step-name'}, 'Completed'),
      h('span', {class: 'step-time'}, end ? dateTime(end) : '')));
  }
  return h('ol', {class: 'stage-strip', 'aria-label': 'Stages, oldest first'}, steps);
}

function lastTime(timeline) {
  const last = (timeline || [])[timeline.length - 1];
  return last ? entryTime(last) : null;
}

/** Every event, newest first, with its time, kind, stage and code. */
export function eventList(timeline) {
  const entries = [...(timeline || [])].reverse();
  if (entries.length === 0) return h('p', {class: 'muted'}, 'No events yet.');
  return h('ol', {class: 'events', 'aria-label': 'Events, newest first'}, entries.map((entry) => {
    const at = entryTime(entry);
    const details = [];
    if (entry.stage) details.push(h('span', {class: 'event-stage'}, humanize(entry.stage)));
    if (entry.attempt) details.push(`attempt ${entry.attempt}`);
    if (entry.level) details.push(`level ${entry.level}`);
    return h('li', {class: `event ${kindClass(entry.kind)}`},
      h('time', {datetime: at ? at.toISOString() : null, title: fullDateTime(at)}, dateTime(at)),
      h('span', {class: 'event-kind'}, KIND_LABELS[entry.kind] ?? humanize(entry.kind)),
      h('span', {class: 'event-code'}, !entry.code ? '' : String(entry.kind).startsWith('TASK_')
        ? h('code', {}, entry.code) : humanize(entry.code)),
      h('span', {class: 'event-details'}, details.flatMap((d, i) => (i ? [' · ', d] : [d]))));
  }));
}
