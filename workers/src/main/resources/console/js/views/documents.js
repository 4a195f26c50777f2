// Documents of an outcome: type, confidence, extracted fields and the evidence each came from.
// Starts from the outcome's document references and fills in each document's fields as they load.
import {api, segment} from '../api.js';
import {h, replace} from '../dom.js';
import {dateTime, humanize, percent, shortId} from '../format.js';

/** Fields as a list of {name, value, confidence, valid, evidence}, from an array or a map. */
function fieldsOf(doc) {
  const raw = doc.fields ?? [];
  if (Array.isArray(raw)) return raw.map((f) => (typeof f === 'object' ? f : {name: String(f)}));
  return Object.entries(raw).map(([name, f]) => (f && typeof f === 'object' ? {name, ...f} : {name, value: f}));
}

/** Where the value was read: page and character span, and the text around it when served. */
function evidenceNode(field) {
  const evidence = field.evidence;
  if (!evidence) return h('span', {class: 'muted'}, '—');
  const text = typeof evidence === 'string' ? evidence : evidence.text ?? evidence.snippet;
  const where = [];
  if (evidence.page !== undefined && evidence.page !== null) where.push(`page ${evidence.page}`);
  if (Number.isInteger(evidence.start) && Number.isInteger(evidence.end) && evidence.end > evidence.start) {
    where.push(`chars ${evidence.start}–${evidence.end}`);
  }
  const value = field.value === null || field.value === undefined ? '' : String(field.value);
  const at = text && value ? text.indexOf(value) : -1;
  let quote = null;
  if (text) {
    quote = at < 0 ? h('q', {}, text)
      : h('q', {}, text.slice(0, at), h('mark', {}, value), text.slice(at + value.length));
  }
  return h('span', {class: 'evidence'}, where.length ? h('span', {class: 'evidence-page'}, where.join(' · ')) : null, ' ', quote);
}

function fieldRow(field) {
  const confidence = field.confidence;
  const low = typeof confidence === 'number' && confidence < 0.8;
  const invalid = field.valid === false;
  return h('tr', {class: invalid || low ? 'low-confidence' : null},
    h('th', {scope: 'row'}, humanize(field.name)),
    h('td', {}, field.value === undefined || field.value === null ? h('span', {class: 'muted'}, '—')
      : h('mark', {class: 'value'}, String(field.value))),
    h('td', {}, typeof confidence === 'number' ? percent(confidence) : '—',
      invalid ? h('span', {class: 'flag'}, ' invalid') : low ? h('span', {class: 'flag'}, ' check') : null),
    h('td', {}, evidenceNode(field)));
}

/** One document card from a reference ({documentId, mediaType, pages, …}) and, once loaded, its detail. */
export function documentCard(ref, detail, note) {
  const meta = detail?.document ?? ref;
  const id = ref.documentId ?? detail?.documentId ?? '';
  const type = detail?.type ?? meta.documentType ?? ref.type;
  const confidence = detail?.typeConfidence ?? ref.typeConfidence;
  const fields = detail ? fieldsOf(detail) : [];
  const facts = [
    meta.mediaType ? meta.mediaType : null,
    meta.pages ? `${meta.pages} page${meta.pages > 1 ? 's' : ''}` : null,
    meta.receivedAt ? `received ${dateTime(meta.receivedAt)}` : null,
  ].filter(Boolean);
  return h('article', {class: 'card document', 'aria-label': `Document ${shortId(id)}`, dataset: {documentId: id}},
    h('header', {class: 'document-head'},
      h('h3', {}, type ? humanize(type) : 'Document'),
      typeof confidence === 'number' ? h('span', {class: 'pill'}, `${percent(confidence)} sure`) : null,
      h('code', {class: 'doc-id', title: id}, shortId(id))),
    facts.length ? h('p', {class: 'hint'}, facts.join(' · ')) : null,
    note ? h('p', {class: 'hint'}, note) : null,
    fields.length === 0 ? (detail ? h('p', {class: 'muted'}, 'No fields extracted.') : null)
      : h('div', {class: 'table-wrap'}, h('table', {class: 'data fields'},
        h('caption', {}, 'Extracted fields'),
        h('thead', {}, h('tr', {},
          h('th', {scope: 'col'}, 'Field'), h('th', {scope: 'col'}, 'Value'),
          h('th', {scope: 'col'}, 'Confidence'), h('th', {scope: 'col'}, 'Evidence'))),
        h('tbody', {}, fields.map(fieldRow)))));
}

const details = new Map();

/** Forgets loaded details, so a page opened again reads fresh fields. */
export function forgetDocuments() {
  details.clear();
}

/** Detail of a document with its fields (cached for the page's life; audited by the server). */
async function load(documentId) {
  if (!details.has(documentId)) {
    details.set(documentId, api(`/api/documents/${segment(documentId)}`, {params: {fields: true}}));
  }
  return details.get(documentId);
}

/**
 * A section body for a list of document references: metadata first, fields as each loads.
 * A role that may not read documents sees the metadata and a note.
 */
export function documentsView(refs) {
  const container = h('div', {class: 'documents'});
  if (!refs || refs.length === 0) return replace(container, h('p', {class: 'muted'}, 'No documents.'));
  replace(container, refs.map((ref) => documentCard(ref, null, 'Loading fields…')));
  refs.forEach((ref, i) => {
    load(ref.documentId).then(
      (detail) => container.children[i]?.replaceWith(documentCard(ref, detail)),
      (error) => container.children[i]?.replaceWith(documentCard(ref, null,
        error.status === 403 ? 'Your role may not read document contents.' : `Fields unavailable: ${error.message}`)));
  });
  return container;
}
