// Entry point: hash routes (#/inbox, #/tasks/<id>, #/outcomes/<id>, #/analytics) and the frame.
// Routes carry ids and filter codes only, never patient data.
import {api, setUnauthorizedHandler} from './api.js';
import {h, replace} from './dom.js';
import * as session from './session.js';
import {humanize} from './format.js';
import {can} from './roles.js';
import * as login from './pages/login.js';
import * as inbox from './pages/inbox.js';
import * as task from './pages/task.js';
import * as outcome from './pages/outcome.js';
import * as analytics from './pages/analytics.js';

const routes = [
  {pattern: ['login'], page: login, section: null, public: true},
  {pattern: ['inbox'], page: inbox, section: 'inbox'},
  {pattern: ['tasks', ':taskId'], page: task, section: 'inbox'},
  {pattern: ['outcomes', ':workflowId'], page: outcome, section: 'inbox'},
  {pattern: ['analytics'], page: analytics, section: 'analytics'},
];

const main = document.getElementById('main');
let cleanup = null;
let renderCount = 0;

/** Parses "#/outcomes/fax-intake%2Fabc?x=1" into segments and a query. */
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {segments, query: Object.fromEntries(new URLSearchParams(search))};
}

function match(segments) {
  for (const route of routes) {
    if (route.pattern.length !== segments.length) continue;
    const params = {};
    const ok = route.pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = segments[i];
        return true;
      }
      return part === segments[i];
    });
    if (ok) return {route, params};
  }
  return null;
}

/** Shows a short message in the live region; errors stay until the next navigation. */
function notify(text, kind = 'info') {
  const status = document.getElementById('status');
  replace(status, text ? h('p', {class: `notice notice-${kind}`}, text) : null);
  if (kind !== 'error' && text) {
    const shown = text;
    setTimeout(() => {
      if (status.textContent === shown) replace(status);
    }, 6000);
  }
}

function showFrame(me, section) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  nav.hidden = !me;
  who.hidden = !me;
  if (!me) return;
  document.getElementById('who-name').textContent = me.user;
  document.getElementById('who-role').textContent = humanize(me.role);
  for (const link of nav.querySelectorAll('a[data-section]')) {
    link.parentElement.hidden = !can(me, `view-${link.dataset.section}`);
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render() {
  const count = ++renderCount;
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const {segments, query} = parseHash();
  const me = session.current();
  if (segments.length === 0) {
    location.replace(me ? session.homeFor(me) : '#/login');
    return;
  }
  const found = match(segments);
  if (!found) {
    showFrame(me, null);
    replace(main, h('h1', {}, 'Page not found'), h('p', {}, h('a', {href: '#/inbox'}, 'Go to the inbox')));
    return;
  }
  if (!found.route.public && !me) {
    location.replace('#/login');
    return;
  }
  notify('');
  showFrame(found.route.public ? null : me, found.route.section);
  main.setAttribute('aria-busy', 'true');
  replace(main, h('p', {class: 'loading'}, 'Loading…'));
  try {
    const result = await found.route.page.render(main, {
      params: found.params,
      query,
      me,
      notify,
      stale: () => count !== renderCount,
    });
    if (count === renderCount) cleanup = typeof result === 'function' ? result : null;
    else if (typeof result === 'function') result();
  } catch (error) {
    if (count !== renderCount) return;
    replace(main, h('h1', {}, 'Something went wrong'), h('p', {class: 'error-text'}, error.message));
  } finally {
    if (count === renderCount) {
      main.removeAttribute('aria-busy');
      const heading = main.querySelector('h1');
      if (heading) document.title = `${heading.textContent} · Followthrough`;
    }
  }
}

function signOut() {
  session.clear();
  location.hash = '#/login';
}

setUnauthorizedHandler(() => {
  session.clear();
  notify('Your session ended. Please sign in again.', 'error');
  location.hash = '#/login';
});
document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', () => {
  render();
  main.focus({preventScroll: true});
});
render();

// Exposed for the browser test and for people poking around in devtools.
window.followthrough = {api, session};
