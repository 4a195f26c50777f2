// The signed-in person: bearer token and identity, kept for this browser tab only.

const KEY = 'followthrough.session';

/** {token, user, role} or null. */
export function current() {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function save(session) {
  sessionStorage.setItem(KEY, JSON.stringify({
    token: session.token, user: session.user, role: session.role, actions: session.actions,
  }));
}

export function clear() {
  sessionStorage.removeItem(KEY);
}

/** Where a person starts: the inbox, or analytics for a role without one (auditor). */
export function homeFor(me) {
  const actions = Array.isArray(me?.actions) ? me.actions : null;
  if (actions) return actions.includes('view-inbox') || !actions.includes('view-analytics') ? '#/inbox' : '#/analytics';
  return me?.role === 'auditor' ? '#/analytics' : '#/inbox';
}
