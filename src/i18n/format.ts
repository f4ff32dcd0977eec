/*
 * Filling in UI strings, in the browser and at build time alike: `{name}` placeholders, and
 * plural forms chosen by Intl.PluralRules for the page's language. Strings stay plain data, so
 * a page can hand an island exactly the strings it shows.
 */

/**
 * A string with a form per plural category; `other` is always there. The form follows `{count}`
 * unless `by` names another value: English says "1 of 6 modules done" (the total decides), French
 * « 1 module terminé sur 6 » (the number done decides), so each language says which count matters.
 */
export type Plural = { one?: string; other: string; by?: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` (or for the value `forms.by` names) in `lang`, filled in. */
export function plural(
  lang: string,
  forms: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const all: Record<string, string | number> = { count, ...values };
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return fill(forms[rule.select(forms.by ? Number(all[forms.by]) : count)] ?? forms.other, all);
}
