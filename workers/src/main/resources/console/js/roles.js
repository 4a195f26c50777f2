// What the signed-in person may do, to hide controls they cannot use. Display only: the server
// checks every action itself and the console shows its refusal.

// Used only when /api/me names no actions (an older server); mirrors the ops store's Permissions.
const FALLBACK = {
  coordinator: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task'],
  supervisor: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task',
    'reassign-task', 'view-analytics'],
  admin: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task',
    'reassign-task', 'view-analytics'],
  auditor: ['view-analytics'],
  clinician: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task'],
};

/** Whether the session ({user, role, actions}) may take the action. */
export function can(me, action) {
  const allowed = Array.isArray(me?.actions) ? me.actions : FALLBACK[me?.role];
  return !allowed || allowed.includes(action);
}
