/*
 * Choice inputs are left uncontrolled until answered and read from the form at submit: a choice
 * made before the island hydrated lives only in the DOM, and Preact would otherwise reset it.
 */

/** The values of the checked inputs named `name` inside `container`. */
export function checkedValues(container: Element, name: string): string[] {
  return [...container.querySelectorAll<HTMLInputElement>("input:checked")]
    .filter((input) => input.name === name)
    .map((input) => input.value);
}

/** The value of the control with this id inside `container`, or "" when there is none. */
export function fieldValue(container: Element, id: string): string {
  const field = container.querySelector<HTMLSelectElement | HTMLTextAreaElement>(`[id="${id}"]`);
  return field?.value ?? "";
}
