import { createHash } from "node:crypto";

/*
 * How the files a module page's quizzes fetch are named (./quiz-data.ts, and the quiz strings in
 * src/i18n/build): apart from the content, so that the strings need none of it.
 */

/** Where the files live, under the site's root. */
export const quizDataDir = "/quiz-data";

/** A file's path, named by what it is and a hash of its contents: "/quiz-data/en/x.3f9a1c2b7e10.json". */
export function hashedPath(stem: string, json: string): string {
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
  return `${quizDataDir}/${stem}.${hash}.json`;
}

/** A file to write: its site path and its JSON. */
export interface DataFile {
  path: string;
  json: string;
}
