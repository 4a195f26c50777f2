// Analytics: where outcomes fall out, how long each next step takes, where escalations happen.
// Generic over outcome types: every type the ledger knows is drawn the same way.
import {api} from '../api.js';
import {COLORS, figure, seriesColor} from '../charts.js';
import {field, h, replace, select} from '../dom.js';
import {duration, humanize, percent} from '../format.js';

const FILTERS = ['outcomeType', 'site', 'owner', 'from', 'to', 'fallOutFrom', 'fallOutTo'];
const knownTypes = new Set();
const knownStages = new Set();

const num = (...values) => {
  const v = values.find((x) => x !== undefined && x !== null);
  return v === undefined ? 0 : Number(v);
};

/** The API's answer in one shape, whichever field names it uses. */
export function normalise(data) {
  const funnel = (data.funnel ?? []).map((s) => ({type: s.outcomeType ?? '', stage: s.stage, count: num(s.outcomes, s.count)}));
  const fallOuts = [].concat(data.fallOut ?? []).filter(Boolean).map((f) => ({
    type: f.outcomeType, from: f.fromStage ?? f.from, to: f.toStage ?? f.to,
    reachedFrom: num(f.reachedFrom), reachedTo: num(f.reachedTo), fellOut: num(f.fellOut), inProgress: num(f.inProgress),
  }));
  const latency = (data.latency ?? data.timeToNextStep ?? []).map((l) => ({
    type: l.outcomeType ?? '', stage: l.stage, count: num(l.stays, l.count),
    p50: l.p50Ms !== undefined ? num(l.p50Ms) : num(l.p50Seconds) * 1000,
    p90: l.p90Ms !== undefined ? num(l.p90Ms) : num(l.p90Seconds) * 1000,
  }));
  const escalations = (data.escalations ?? []).map((e) => ({
    reason: e.reasonCode ?? e.reason ?? 'unspecified', rung: num(e.rung), count: num(e.escalations, e.count),
  }));
  const c = data.completion ?? {};
  const completion = {total: num(c.total), completed: num(c.completed), failed: num(c.failed), open: num(c.open)};
  const ages = (data.openByAge ?? []).map((a) => ({label: a.label ?? a.bucket, count: num(a.openOutcomes, a.count)}));
  return {funnel, fallOuts, latency, escalations, completion, ages};
}

function funnelFigures(funnel) {
  const types = [...new Set(funnel.map((s) => s.type))];
  if (types.length === 0) {
    return [figure({id: 'funnel', title: 'Funnel by stage', empty: 'No outcomes in this range yet.'})];
  }
  return types.map((type, i) => {
    const steps = funnel.filter((s) => s.type === type);
    const first = steps[0]?.count || 1;
    return figure({
      id: `funnel-${i}`,
      title: `Funnel · ${type}`,
      subtitle: 'Outcomes that reached each stage, in the usual order',
      description: `Funnel for ${type}: ${steps.map((s) => `${humanize(s.stage)} ${s.count}`).join(', ')}`,
      height: 36 + steps.length * 34,
      config: {
        type: 'bar',
        data: {
          labels: steps.map((s) => humanize(s.stage)),
          datasets: [{label: 'Outcomes', data: steps.map((s) => s.count), borderRadius: 4,
            backgroundColor: steps.map((s) => (s.count / first < 0.5 ? COLORS.lightBlue : COLORS.blue))}],
        },
        options: {
          indexAxis: 'y',
          layout: {padding: {right: 70}},
          plugins: {legend: {display: false},
            valueLabels: {format: (v) => `${v} · ${percent(v / first)}`}},
          scales: {x: {beginAtZero: true, ticks: {precision: 0}}, y: {grid: {display: false}}},
        },
      },
      table: {columns: ['Stage', 'Outcomes', 'Of first stage'], rows: steps.map((s) => [humanize(s.stage), s.count, percent(s.count / first)])},
    });
  });
}

function fallOutFigure(fallOuts) {
  const f = fallOuts[0];
  if (!f || f.reachedFrom === 0) {
    return figure({id: 'fallout', title: f ? `Fall-out · ${humanize(f.from)} → ${humanize(f.to)}` : 'Fall-out',
      empty: `No outcome has reached ${f ? humanize(f.from) : 'the first stage'} in this range. `
        + 'Pick other stages under "Fall-out from" above.'});
  }
  const label = (x) => `${humanize(x.from)} → ${humanize(x.to)}${fallOuts.length > 1 && x.type ? ` (${x.type})` : ''}`;
  const parts = [['Reached', 'reachedTo', COLORS.green], ['Still in progress', 'inProgress', COLORS.grey], ['Fell out', 'fellOut', COLORS.red]];
  const rate = f.fellOut / f.reachedFrom;
  return figure({
    id: 'fallout',
    title: `Fall-out · ${humanize(f.from)} → ${humanize(f.to)}`,
    subtitle: `Of the ${f.reachedFrom} outcomes that reached ${humanize(f.from)}`,
    headline: h('p', {class: 'headline'}, h('strong', {class: rate > 0.2 ? 'bad' : 'good'}, percent(rate)), ' fell out before ', humanize(f.to)),
    description: `${f.reachedTo} reached ${f.to}, ${f.inProgress} in progress, ${f.fellOut} fell out`,
    height: 70 + fallOuts.length * 44,
    config: {
      type: 'bar',
      data: {
        labels: fallOuts.map(label),
        datasets: parts.map(([name, key, color]) => ({label: name, data: fallOuts.map((x) => x[key]), backgroundColor: color,
          maxBarThickness: 34})),
      },
      options: {
        indexAxis: 'y',
        plugins: {legend: {position: 'bottom'}},
        scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: true, grid: {display: false}}},
      },
    },
    table: {columns: ['Pair', 'Reached first', 'Reached second', 'In progress', 'Fell out'],
      rows: fallOuts.map((x) => [label(x), x.reachedFrom, x.reachedTo, x.inProgress, x.fellOut])},
  });
}

const HUMAN_STEPS = [1e3, 10e3, 60e3, 600e3, 3600e3, 6 * 3600e3, 86400e3, 7 * 86400e3, 30 * 86400e3];

/** Log-scale ticks at 1 s, 10 s, 1 min, 10 min, 1 h, 6 h, 1 d, 7 d, 30 d within the axis. */
function humanTicks(axis) {
  const ticks = HUMAN_STEPS.filter((v) => v >= axis.min && v <= axis.max).map((value) => ({value}));
  if (ticks.length >= 2) axis.ticks = ticks;
}

function latencyFigure(latency) {
  if (latency.length === 0) {
    return figure({id: 'latency', title: 'Time to next step', empty: 'No finished stage yet.'});
  }
  const manyTypes = new Set(latency.map((l) => l.type)).size > 1;
  const labels = latency.map((l) => `${humanize(l.stage)}${manyTypes ? ` · ${l.type}` : ''}`);
  const values = latency.flatMap((l) => [l.p50, l.p90]).filter((v) => v > 0);
  const logScale = values.length > 0 && Math.max(...values) / Math.min(...values) > 50;
  return figure({
    id: 'latency',
    title: 'Time to next step',
    subtitle: `Median (p50) and p90 time from entering a stage to the next step${logScale ? ' · log scale' : ''}`,
    description: latency.map((l, i) => `${labels[i]}: p50 ${duration(l.p50)}, p90 ${duration(l.p90)}`).join('; '),
    height: 50 + latency.length * 44,
    wide: true,
    config: {
      type: 'bar',
      data: {labels, datasets: [
        {label: 'p50', data: latency.map((l) => l.p50), backgroundColor: COLORS.blue, borderRadius: 3},
        {label: 'p90', data: latency.map((l) => l.p90), backgroundColor: COLORS.lightBlue, borderRadius: 3},
      ]},
      options: {
        indexAxis: 'y',
        layout: {padding: {right: 60}},
        plugins: {legend: {position: 'bottom'},
          tooltip: {callbacks: {label: (item) => `${item.dataset.label}: ${duration(item.raw)}`}},
          valueLabels: {format: (v) => duration(v)}},
        scales: {
          x: {type: logScale ? 'logarithmic' : 'linear', beginAtZero: !logScale,
            afterBuildTicks: logScale ? humanTicks : undefined,
            ticks: {callback: (v) => (Number(v) === 0 ? '0' : duration(Number(v))), maxTicksLimit: logScale ? 12 : 6}},
          y: {grid: {display: false}},
        },
      },
    },
    table: {columns: ['Stage', 'Type', 'Stays', 'p50', 'p90'],
      rows: latency.map((l) => [humanize(l.stage), l.type, l.count, duration(l.p50), duration(l.p90)])},
  });
}

function escalationFigure(escalations) {
  if (escalations.length === 0) {
    return figure({id: 'escalations', title: 'Escalations by reason and rung', empty: 'No escalations in this range.'});
  }
  const reasons = [...new Set(escalations.map((e) => e.reason))];
  const rungs = [...new Set(escalations.map((e) => e.rung))].sort((a, b) => a - b);
  const count = (reason, rung) => escalations.filter((e) => e.reason === reason && e.rung === rung).reduce((s, e) => s + e.count, 0);
  const totals = reasons.map((r) => rungs.reduce((s, rung) => s + count(r, rung), 0));
  return figure({
    id: 'escalations',
    title: 'Escalations by reason and rung',
    subtitle: 'Each bar a reason; colours are the ladder rungs reached',
    description: reasons.map((r, i) => `${humanize(r)}: ${totals[i]}`).join(', '),
    height: 60 + reasons.length * 38,
    config: {
      type: 'bar',
      data: {labels: reasons.map(humanize), datasets: rungs.map((rung, i) => ({
        label: `Rung ${rung}`, data: reasons.map((r) => count(r, rung)), backgroundColor: seriesColor(i)}))},
      options: {
        indexAxis: 'y',
        layout: {padding: {right: 40}},
        plugins: {legend: {position: 'bottom'}, valueLabels: {lastOnly: true, format: (v, i) => String(totals[i])}},
        scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: true, grid: {display: false}}},
      },
    },
    table: {columns: ['Reason', 'Rung', 'Escalations'], rows: escalations.map((e) => [humanize(e.reason), e.rung, e.count])},
  });
}

function completionFigure(c) {
  const closed = c.completed + c.failed;
  const rate = closed ? c.completed / closed : null;
  if (c.total === 0) return figure({id: 'completion', title: 'Completion rate', empty: 'No outcomes in this range yet.'});
  return figure({
    id: 'completion',
    title: 'Completion rate',
    subtitle: 'Completed share of closed outcomes',
    headline: h('p', {class: 'headline'}, h('strong', {class: rate !== null && rate < 0.8 ? 'bad' : 'good'}, rate === null ? '—' : percent(rate)),
      ` of ${closed} closed · ${c.open} open`),
    description: `${c.completed} completed, ${c.failed} failed, ${c.open} open`,
    height: 200,
    config: {
      type: 'doughnut',
      data: {labels: ['Completed', 'Failed', 'Open'], datasets: [{
        data: [c.completed, c.failed, c.open], backgroundColor: [COLORS.green, COLORS.red, COLORS.grey], borderWidth: 1}]},
      options: {cutout: '62%', plugins: {legend: {position: 'right'}}},
    },
    table: {columns: ['Status', 'Outcomes'], rows: [['Completed', c.completed], ['Failed', c.failed], ['Open', c.open], ['Total', c.total]]},
  });
}

function agesFigure(ages) {
  const total = ages.reduce((s, a) => s + a.count, 0);
  if (total === 0) return figure({id: 'ages', title: 'Open outcomes by age', empty: 'No open outcomes.'});
  const ramp = [COLORS.lightBlue, COLORS.blue, COLORS.amber, COLORS.red];
  return figure({
    id: 'ages',
    title: 'Open outcomes by age',
    subtitle: 'Time since each open outcome started',
    description: ages.map((a) => `${a.label}: ${a.count}`).join(', '),
    height: 200,
    config: {
      type: 'bar',
      data: {labels: ages.map((a) => a.label), datasets: [{label: 'Open outcomes', data: ages.map((a) => a.count),
        backgroundColor: ages.map((a, i) => ramp[Math.min(i, ramp.length - 1)]), borderRadius: 4}]},
      options: {
        layout: {padding: {top: 18}},
        plugins: {legend: {display: false}, valueLabels: {format: (v) => String(v)}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}, x: {grid: {display: false}}},
      },
    },
    table: {columns: ['Age', 'Open outcomes'], rows: ages.map((a) => [a.label, a.count])},
  });
}

function kpis(d) {
  const closed = d.completion.completed + d.completion.failed;
  const f = d.fallOuts[0];
  const escalations = d.escalations.reduce((s, e) => s + e.count, 0);
  const tile = (label, value, note) => h('div', {class: 'kpi'}, h('span', {class: 'kpi-value'}, value),
    h('span', {class: 'kpi-label'}, label), note ? h('span', {class: 'hint'}, note) : null);
  return h('section', {class: 'kpis', 'aria-label': 'Key figures'},
    tile('Open outcomes', String(d.completion.open), `${d.completion.total} in all`),
    tile('Completion rate', closed ? percent(d.completion.completed / closed) : '—', `${closed} closed`),
    tile('Fell out', f && f.reachedFrom ? percent(f.fellOut / f.reachedFrom) : '—', f ? `${humanize(f.from)} → ${humanize(f.to)}` : null),
    tile('Escalations', String(escalations), `${new Set(d.escalations.map((e) => e.reason)).size} reasons`));
}

function filterForm(query, types, stages) {
  const typeSelect = select({name: 'outcomeType'}, [['', 'All types'], ...types.map((t) => [t, t])], query.outcomeType || '');
  const stageSelect = (name, current) => {
    const options = [...new Set([...stages, ...(current ? [current] : [])])];
    return select({name}, [['', 'Default'], ...options.map((s) => [s, humanize(s)])], current || '');
  };
  const input = (name, attrs = {}) => h('input', {name, value: query[name] || '', spellcheck: 'false', ...attrs});
  return h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter analytics', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    const search = new URLSearchParams();
    for (const key of FILTERS) if (data.get(key)) search.set(key, data.get(key));
    location.hash = `#/analytics${search.toString() ? `?${search}` : ''}`;
  }},
  field('Outcome type', typeSelect),
  field('Site', input('site', {pattern: '[A-Za-z0-9._:\\-]*'})),
  field('Owner', input('owner', {pattern: '[A-Za-z0-9._:@\\-]*'})),
  field('From', input('from', {type: 'date'})),
  field('To', input('to', {type: 'date'})),
  field('Fall-out from', stageSelect('fallOutFrom', query.fallOutFrom)),
  field('to stage', stageSelect('fallOutTo', query.fallOutTo)),
  h('button', {type: 'submit', class: 'primary'}, 'Apply'),
  h('a', {href: '#/analytics', class: 'button'}, 'Clear'));
}

/** Date inputs (local days, "to" inclusive) as the API's instants ("to" exclusive). */
function apiParams(query) {
  const params = {outcomeType: query.outcomeType, site: query.site, owner: query.owner,
    fallOutFrom: query.fallOutFrom, fallOutTo: query.fallOutTo};
  if (query.from) params.from = new Date(`${query.from}T00:00:00`).toISOString();
  if (query.to) {
    const end = new Date(`${query.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    params.to = end.toISOString();
  }
  return params;
}

export async function render(main, ctx) {
  const head = h('div', {class: 'page-head'}, h('h1', {}, 'Analytics'),
    h('p', {class: 'summary'}, 'Where outcomes fall out, how long each next step takes, and where escalations happen.'));
  let data;
  try {
    data = await api('/api/analytics', {params: apiParams(ctx.query)});
  } catch (error) {
    if (ctx.stale() || error.status === 401) return undefined;
    // A refused filter (400) or role (403): keep the form so the person can change it.
    replace(main, head, filterForm(ctx.query, [...knownTypes].sort(), [...knownStages]),
      h('p', {class: 'notice notice-error', role: 'alert'}, error.message));
    return undefined;
  }
  if (ctx.stale()) return undefined;
  const d = normalise(data || {});
  d.funnel.forEach((s) => {
    if (s.type) knownTypes.add(s.type);
    knownStages.add(s.stage);
  });
  if (ctx.query.outcomeType) knownTypes.add(ctx.query.outcomeType);
  const figures = [...funnelFigures(d.funnel), fallOutFigure(d.fallOuts), completionFigure(d.completion),
    agesFigure(d.ages), escalationFigure(d.escalations), latencyFigure(d.latency)];
  replace(main,
    head,
    filterForm(ctx.query, [...knownTypes].sort(), [...knownStages]),
    kpis(d),
    h('div', {class: 'chart-grid'}, figures.map((f) => f.node)));
  const destroyers = figures.map((f) => f.mount());
  main.dataset.chartsRendered = String(figures.filter((f) => f.node.dataset.rendered).length);
  return () => destroyers.forEach((destroy) => destroy());
}
