/*
 * Filling in UI strings, in the browser and at build time alike: `{name}` placeholders, and
 * plural forms chosen by Intl.PluralRules for the page's language. Strings stay plain data, so
 * a page can hand an island exactly the strings it shows.
 */

/** A string with a form per plural category; `other` is always there. */
export type Plural = { one?: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` in `lang`, filled in with `{count}` and `values`. */
export function plural(
  lang: string,
  forms: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = forms[rule.select(count)] ?? forms.other;
  return fill(form, { count, ...values });
}
