// The console's only way to the server: JSON over fetch with the session's bearer token.
import * as session from './session.js';

/** A non-2xx answer, with the server's message when it sent one. */
export class ApiError extends Error {
  constructor(status, body) {
    super(messageOf(status, body));
    this.status = status;
    this.body = body;
  }
}

function messageOf(status, body) {
  const text = body && (body.message || body.error || body._embedded?.errors?.[0]?.message);
  if (text) return String(text);
  if (status === 403) return 'Your role may not do this.';
  if (status === 404) return 'Not found.';
  return `The server answered ${status}.`;
}

/** Called when the server says the session is no longer valid (401). */
let onUnauthorized = () => {};
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** GET or POST a JSON API path, e.g. api('/api/tasks', {query: {limit: 50}}). */
export async function api(path, {method = 'GET', body, params, anonymous = false} = {}) {
  const headers = {Accept: 'application/json'};
  const token = session.current()?.token;
  if (token && !anonymous) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path + query(params), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = {message: text.slice(0, 200)};
    }
  }
  if (response.status === 401 && !anonymous) {
    onUnauthorized();
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Path segment for an id that may hold '/' (workflow ids do): encoded as one segment. */
export function segment(id) {
  return encodeURIComponent(id);
}
