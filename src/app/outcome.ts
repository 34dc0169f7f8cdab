/** What a use-case hands the task pane: a value, or a message a planner can read. Never a stack. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}
