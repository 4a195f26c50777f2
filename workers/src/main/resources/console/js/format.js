// Formatting of codes, times and durations for people. No outcome-type knowledge here.

/** "low-confidence" or "missing_required_fields" → "Low confidence", "Missing required fields". */
export function humanize(code) {
  if (code === null || code === undefined || code === '') return '';
  const text = String(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .replace(/:(?=\S)/g, ': ')
    .trim()
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A Date from what a JSON API sends for a time: ISO-8601 text, epoch milliseconds, or epoch
 * seconds with a fraction (Jackson's default for java.time.Instant). Null when absent.
 */
export function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value < 1e11 ? value * 1000 : value);
  if (/^-?\d+(\.\d+)?$/.test(String(value))) return toDate(Number(value));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
});
const fullFormat = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'medium'});

/** "Mar 3, 14:05". */
export function dateTime(value) {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : '—';
}

/** Full date and time, for title attributes and <time datetime>. */
export function fullDateTime(value) {
  const date = toDate(value);
  return date ? fullFormat.format(date) : '';
}

/** "3 min", "2.5 h", "4 d" from milliseconds. */
export function duration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—';
  const abs = Math.abs(ms);
  const round = (v) => (v >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 60_000) return `${round(abs / 1000)} s`;
  if (abs < 3_600_000) return `${round(abs / 60_000)} min`;
  if (abs < 86_400_000) return `${round(abs / 3_600_000)} h`;
  return `${round(abs / 86_400_000)} d`;
}

/** "in 3 h" / "2 d ago" relative to now. */
export function relative(value, now = Date.now()) {
  const date = toDate(value);
  if (!date) return '—';
  const diff = date.getTime() - now;
  if (Math.abs(diff) < 45_000) return 'now';
  return diff > 0 ? `in ${duration(diff)}` : `${duration(diff)} ago`;
}

/** "42%" from a 0..1 share. */
export function percent(share) {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${Math.round(share * 1000) / 10}%`;
}

/** A short id for display: long hashes keep their first 12 characters. */
export function shortId(id) {
  const text = String(id ?? '');
  return text.replace(/[0-9a-f]{24,}/gi, (hash) => `${hash.slice(0, 12)}…`);
}
