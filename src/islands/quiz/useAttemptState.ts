import { useState } from "preact/hooks";

/**
 * State that belongs to one attempt: a retry starts it afresh from `initial`. The question's
 * elements stay in place across a retry (focus and a screen reader's position are not lost);
 * only what the learner had chosen is forgotten.
 */
export function useAttemptState<T>(attempt: number, initial: () => T): [T, (value: T) => void] {
  const [state, setState] = useState(() => ({ attempt, value: initial() }));
  const value = state.attempt === attempt ? state.value : initial();
  return [value, (next: T) => setState({ attempt, value: next })];
}
