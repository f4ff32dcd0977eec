import { createHash } from "node:crypto";
import { LANGUAGE_KEY } from "../../vocabulary/record";

/*
 * The map at the site's root, in English, opens in the learner's language: the one they chose
 * in the switcher, or on a first visit the first of the browser's languages the course has. A
 * few bytes inline in the head, so the learner never sees the English map flash first; the
 * content security policy allows it by its hash. Other pages keep the language of their address:
 * a link someone shared is opened as it was sent.
 */

/** The inline script for the English map, given the other languages' codes. */
export function firstVisitScript(others: readonly string[]): string {
  return `(()=>{let c;try{c=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})}catch{}const o=${JSON.stringify(others)};c??=navigator.languages.map(l=>l.split("-")[0]).find(l=>l==="en"||o.includes(l));if(c&&o.includes(c))location.replace("/"+c+"/"+location.search)})()`;
}

/** The script's hash for the content security policy. */
export const scriptHash = (script: string): `sha256-${string}` =>
  `sha256-${createHash("sha256").update(script).digest("base64")}`;
