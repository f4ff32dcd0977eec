import type { APIRoute } from "astro";
import { allModuleQuizzesFiles, quizDataDir, type DataFile } from "../../course/quiz-data";
import {
  groupStringsFile,
  locales,
  moduleStringGroups,
  ownFileStrings,
  stringsFile,
} from "../../i18n/build";
import { trackStopsFile } from "../../course/track-plan";
import { getCurriculum } from "../../course/curriculum";
import { pagesKept } from "../../course/page-cache";

/**
 * The groups of ownFileStrings some module page in `lang` names: a course without films has no
 * film words to fetch, nor one without commitments the picker's.
 */
async function groupsInUse(lang: string) {
  const used = new Set((await getCurriculum(lang)).flatMap(moduleStringGroups));
  return ownFileStrings.filter((group) => used.has(group));
}

/**
 * What a module page's quizzes fetch as they hydrate (src/course/quiz-data.ts): each module
 * page's quizzes, /quiz-data/en/<module>.<hash>.json, and the strings each language's pages
 * fetch when they need them, /quiz-data/strings.en.<hash>.json, which every page in that
 * language shares (src/i18n/build/index.ts, fetchedStrings), and the words some islands fetch,
 * a group a file, /quiz-data/strings.en.film.<hash>.json (ownFileStrings), and each track's
 * stops, which the module's end fetches with its result, /quiz-data/tracks.<hash>.json.
 */
export async function getStaticPaths() {
  if (pagesKept()) return [];
  const files: DataFile[] = (
    await Promise.all(
      locales.map(async (lang) => [
        stringsFile(lang),
        ...(await groupsInUse(lang)).map((group) => groupStringsFile(lang, group)),
        ...(await allModuleQuizzesFiles(lang)),
      ]),
    )
  ).flat();
  files.push(await trackStopsFile());
  return files.map(({ path, json }) => ({
    params: { file: path.slice(quizDataDir.length + 1) },
    props: { json },
  }));
}

export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { "content-type": "application/json" } });
