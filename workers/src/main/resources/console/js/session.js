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
    token: session.token, user: session.user, role: session.role,
  }));
}

export function clear() {
  sessionStorage.removeItem(KEY);
}

/** Where a role starts: its inbox, or analytics for a role without one (auditor). */
export function homeFor(role) {
  return role === 'auditor' ? '#/analytics' : '#/inbox';
}
