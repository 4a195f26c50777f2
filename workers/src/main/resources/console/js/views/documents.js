// Documents of an outcome: type, confidence, extracted fields and the evidence each came from.
import {h} from '../dom.js';
import {humanize, percent, shortId} from '../format.js';
import {kvList, valueNode} from './values.js';

const DOC_KEYS = ['documentId', 'id', 'type', 'typeCode', 'typeConfidence', 'confidence', 'fields',
  'extracted', 'evidence'];

/** Fields as a list of {name, value, confidence, evidence}, from an array or a name → field map. */
function fieldsOf(doc) {
  const raw = doc.fields ?? doc.extracted ?? [];
  if (Array.isArray(raw)) return raw.map((f) => (typeof f === 'object' ? f : {name: String(f)}));
  return Object.entries(raw).map(([name, f]) => (f && typeof f === 'object' ? {name, ...f} : {name, value: f}));
}

/** The snippet the value was read from, with the value itself marked. */
function evidenceNode(field) {
  const evidence = field.evidence ?? {};
  const text = typeof evidence === 'string' ? evidence : evidence.text ?? evidence.snippet ?? evidence.context;
  const page = typeof evidence === 'object' ? evidence.page ?? evidence.pageNumber : undefined;
  const where = page !== undefined && page !== null ? h('span', {class: 'evidence-page'}, `page ${page}`) : null;
  if (!text) {
    return where ?? h('span', {class: 'muted'}, '—');
  }
  const value = field.value === null || field.value === undefined ? '' : String(field.value);
  const at = value ? text.indexOf(value) : -1;
  const quote = at < 0
    ? h('q', {}, text)
    : h('q', {}, text.slice(0, at), h('mark', {}, value), text.slice(at + value.length));
  return h('span', {class: 'evidence'}, where, ' ', quote);
}

function fieldRow(field) {
  const confidence = field.confidence ?? field.score;
  const low = typeof confidence === 'number' && confidence < 0.8;
  return h('tr', {class: low ? 'low-confidence' : null},
    h('th', {scope: 'row'}, humanize(field.name ?? field.field ?? '')),
    h('td', {}, field.value === undefined ? h('span', {class: 'muted'}, '—') : valueNode('value', field.value)),
    h('td', {}, typeof confidence === 'number' ? percent(confidence) : '—',
      low ? h('span', {class: 'flag'}, ' check') : null),
    h('td', {}, evidenceNode(field)));
}

/** One card per document. */
export function documentCards(documents) {
  if (!documents || documents.length === 0) return h('p', {class: 'muted'}, 'No documents.');
  return h('div', {class: 'documents'}, documents.map((doc) => {
    const id = doc.documentId ?? doc.id ?? '';
    const type = doc.type ?? doc.typeCode;
    const confidence = doc.typeConfidence ?? doc.confidence;
    const fields = fieldsOf(doc);
    return h('article', {class: 'card document', 'aria-label': `Document ${shortId(id)}`},
      h('header', {class: 'document-head'},
        h('h3', {}, type ? humanize(type) : 'Document'),
        typeof confidence === 'number' ? h('span', {class: 'pill'}, `${percent(confidence)} sure`) : null,
        h('code', {class: 'doc-id', title: id}, shortId(id))),
      kvList(doc, {skip: DOC_KEYS}),
      fields.length === 0 ? h('p', {class: 'muted'}, 'No fields extracted.')
        : h('div', {class: 'table-wrap'}, h('table', {class: 'data fields'},
          h('caption', {}, 'Extracted fields'),
          h('thead', {}, h('tr', {},
            h('th', {scope: 'col'}, 'Field'), h('th', {scope: 'col'}, 'Value'),
            h('th', {scope: 'col'}, 'Confidence'), h('th', {scope: 'col'}, 'Evidence'))),
          h('tbody', {}, fields.map(fieldRow)))));
  }));
}
