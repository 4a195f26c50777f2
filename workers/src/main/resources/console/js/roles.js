// What each role may do, to hide controls a person cannot use. Display only: the server checks
// every action itself (Permissions in the ops store) and the console shows its refusal.

const ALLOWED = {
  coordinator: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task'],
  supervisor: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task',
    'reassign-task', 'view-analytics'],
  admin: ['view-inbox', 'view-outcome', 'claim-task', 'resolve-task', 'snooze-task',
    'reassign-task', 'view-analytics'],
  auditor: ['view-analytics'],
};

/** Whether the role may take the action; unknown roles see everything and meet the server's no. */
export function can(role, action) {
  const allowed = ALLOWED[role];
  return !allowed || allowed.includes(action);
}
