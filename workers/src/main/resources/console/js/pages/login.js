// Sign in: the dev login (dev mode only) or a bearer token from the identity provider.
import {api} from '../api.js';
import {field, h, replace, select} from '../dom.js';
import * as session from '../session.js';

const ROLES = ['coordinator', 'supervisor', 'admin', 'auditor', 'clinician'];

/** Normalises /api/me and /api/auth/dev-login answers to {user, role}. */
function identity(answer) {
  return {
    user: answer.user ?? answer.name ?? answer.sub ?? answer.username,
    role: answer.role ?? (Array.isArray(answer.roles) ? answer.roles[0] : undefined),
    actions: Array.isArray(answer.actions) ? answer.actions : undefined,
  };
}

async function signIn(token, ctx) {
  session.save({token});
  try {
    const me = identity(await api('/api/me'));
    session.save({token, ...me});
    location.hash = session.homeFor(me);
  } catch (error) {
    session.clear();
    throw error;
  }
}

export async function render(main, ctx) {
  session.clear();
  const error = h('p', {class: 'error-text', role: 'alert'});
  const user = h('input', {name: 'user', autocomplete: 'username', required: true, value: 'coord-1',
    pattern: '[A-Za-z0-9._@\\-]+', spellcheck: 'false'});
  const role = select({name: 'role'}, ROLES.map((r) => [r, r.charAt(0).toUpperCase() + r.slice(1)]), 'coordinator');
  const devForm = h('form', {class: 'card stack', 'aria-labelledby': 'dev-login-title', id: 'dev-login',
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        const answer = await api('/api/auth/dev-login', {
          method: 'POST', anonymous: true, body: {user: user.value.trim(), role: role.value},
        });
        await signIn(answer.token, ctx);
      } catch (e) {
        error.textContent = e.status === 404 || e.status === 403
          ? 'Dev login is off on this server. Paste a token from your identity provider below.'
          : e.message;
      }
    }},
    h('h2', {id: 'dev-login-title'}, 'Dev login'),
    h('p', {class: 'hint'}, 'Only in ', h('code', {}, 'followthrough dev'), ': pick a staff id and a role.'),
    field('Staff id', user),
    field('Role', role),
    h('button', {type: 'submit', class: 'primary'}, 'Sign in'));

  const token = h('textarea', {name: 'token', rows: 3, required: true, spellcheck: 'false',
    autocomplete: 'off'});
  const tokenForm = h('form', {class: 'card stack', 'aria-labelledby': 'token-login-title',
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        await signIn(token.value.trim().replace(/^Bearer\s+/i, ''), ctx);
      } catch (e) {
        error.textContent = e.status === 401 ? 'The server did not accept this token.' : e.message;
      }
    }},
    h('h2', {id: 'token-login-title'}, 'Sign in with a token'),
    h('p', {class: 'hint'},
      'In production, sign in at your organisation\u2019s identity provider (OIDC) and paste the ',
      'access token (a JWT) it gives you. The console keeps it for this browser tab only.'),
    field('Bearer token', token),
    h('button', {type: 'submit'}, 'Use token'));

  replace(main,
    h('section', {class: 'login'},
      h('h1', {}, 'Sign in to the console'),
      error,
      h('div', {class: 'login-grid'}, devForm, tokenForm)));
  user.focus();
}
