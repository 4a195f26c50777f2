// Charts over Chart.js (loaded from its WebJar as the global `Chart`). Every chart is a <figure>
// with a caption, a canvas described for screen readers, and the same numbers as a table.
import {h} from './dom.js';

export const COLORS = {
  blue: '#2f6fde',
  lightBlue: '#9dbcf2',
  green: '#1f9d6b',
  red: '#d64545',
  amber: '#e59b22',
  grey: '#9aa3af',
  violet: '#7a5bd6',
  teal: '#1c9aa8',
};
const SERIES = [COLORS.blue, COLORS.amber, COLORS.red, COLORS.violet, COLORS.teal, COLORS.green, COLORS.grey];

/** A colour per series index (rungs, types). */
export function seriesColor(i) {
  return SERIES[i % SERIES.length];
}

/** Draws each bar's value at its end (Chart.js has no built-in value labels). */
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, args, options) {
    if (!options || !options.format) return;
    const {ctx} = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = '12px "Liberation Sans", Arial, sans-serif';
    ctx.fillStyle = '#1f2937';
    chart.data.datasets.forEach((dataset, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden || (options.lastOnly && di !== chart.data.datasets.length - 1)) return;
      meta.data.forEach((bar, i) => {
        const text = options.format(dataset.data[i], i, di);
        if (text === null || text === undefined || text === '') return;
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, bar.x + 6, bar.y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, bar.x, bar.y - 4);
        }
      });
    });
    ctx.restore();
  },
};

/** Whether the chart library loaded (it is optional: tables still show the numbers). */
export function available() {
  return typeof window.Chart === 'function';
}

let defaultsSet = false;
function setDefaults() {
  if (defaultsSet || !available()) return;
  defaultsSet = true;
  const {Chart} = window;
  Chart.defaults.animation = false;
  Chart.defaults.responsive = true;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = '"Liberation Sans", "Helvetica Neue", Arial, sans-serif';
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#374151';
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.register(valueLabels);
}

/**
 * A chart figure. spec: {id, title, subtitle, description, height, config (Chart.js), table:
 * {columns, rows}}. Returns {node, mount()}; mount() draws once the node is in the document and
 * returns a destroy function.
 */
export function figure(spec) {
  const canvas = h('canvas', {role: 'img', 'aria-label': spec.description, id: `${spec.id}-canvas`});
  const empty = spec.empty ? h('p', {class: 'chart-empty'}, spec.empty) : null;
  const node = h('figure', {class: `chart-card ${spec.wide ? 'wide' : ''}`, id: spec.id, 'aria-labelledby': `${spec.id}-title`},
    h('figcaption', {},
      h('h2', {id: `${spec.id}-title`}, spec.title),
      spec.subtitle ? h('p', {class: 'hint'}, spec.subtitle) : null),
    spec.headline ?? null,
    empty ?? h('div', {class: 'chart-box', style: `height:${spec.height ?? 240}px`}, canvas),
    spec.table && spec.table.rows.length ? h('details', {class: 'chart-data'},
      h('summary', {}, 'Show the numbers'),
      h('table', {class: 'data compact'},
        h('thead', {}, h('tr', {}, spec.table.columns.map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, spec.table.rows.map((r) => h('tr', {}, r.map((v, i) => (i === 0
          ? h('th', {scope: 'row'}, String(v)) : h('td', {}, String(v)))))))))
      : null);
  return {
    node,
    mount() {
      if (empty || !available()) return () => {};
      setDefaults();
      const chart = new window.Chart(canvas, spec.config);
      node.dataset.rendered = 'true';
      return () => chart.destroy();
    },
  };
}
