import { readCourse, readCourseWords, type Course } from "./course-file.ts";
import { defaultLocale } from "./locales.ts";

/*
 * The course at build time: pages and the content config read it from here. The folder comes
 * from CX_CONTENT_DIR, so tests and benchmarks can build another organisation's course.
 */

/** The content folder this build reads. */
export const contentDir = process.env.CX_CONTENT_DIR ?? "./content";

/** Where films live: served from /films/ on the site's own origin. */
export const filmsDir = process.env.CX_FILMS_DIR ?? "public/films";

let cached: Course | undefined;

const inLanguage = new Map<string, Course>();

/** The checked course file of this build, in `lang` (its words from content/<lang>/course.yaml). */
export function getCourse(lang: string = defaultLocale): Course {
  cached ??= readCourse(contentDir);
  if (lang === defaultLocale) return cached;
  let course = inLanguage.get(lang);
  if (!course) inLanguage.set(lang, (course = readCourseWords(contentDir, lang, cached)));
  return course;
}

/** The course's track ids, in their order. */
export const courseTrackIds = (): string[] => getCourse().tracks.map((track) => track.id);
