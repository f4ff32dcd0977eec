import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AstroError } from "astro/errors";
import { parse as parseYaml } from "yaml";
import { courseSchema, courseWordsSchema, type CourseFile } from "../schemas/course.ts";
import { checkColour, type Scheme } from "./brand.ts";
import { insideContent } from "./inside-content.ts";
import { shownPath } from "./shown-path.ts";

/*
 * Reading content/course.yaml at build time: the organisation, its brand and its tracks. Every
 * problem is collected and reported at once, each naming the file, the field and the fix.
 */

/** The course as the site uses it: tracks in their order, and the logo's SVG text if any. */
export interface Course extends CourseFile {
  logoSvg: string | undefined;
}

/** Where the course file lives for a content folder. */
export const courseFilePath = (contentDir: string) => join(contentDir, "course.yaml");

/** The course file of `contentDir`, checked; throws an AstroError listing every problem. */
export function readCourse(contentDir: string): Course {
  const path = courseFilePath(contentDir);
  const shown = shownPath(path);
  const fail = (problems: string[]): never => {
    throw new AstroError(
      `${shown} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
      `Fix ${shown}: README.md, "Make it yours", lists every field with an example.`,
    );
  };
  if (!existsSync(path)) {
    fail([`the file is missing: copy content/course.yaml from this project and edit it`]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    fail([`it is not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const parsed = courseSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    fail(
      parsed.error.issues.map((issue) => {
        const field = issue.path.length > 0 ? issue.path.join(".") : "the file";
        return `${field}: ${issue.message}`;
      }),
    );
  }
  const course = parsed.data!;
  const problems = [...trackProblems(course), ...colourProblems(course)];
  let logoSvg: string | undefined;
  if (course.logo) {
    const logoPath = join(contentDir, course.logo);
    const folder = shownPath(contentDir);
    if (!insideContent(contentDir, course.logo)) {
      problems.push(
        `logo: ${course.logo} is outside ${folder}/: put the logo in that folder and name it from there, for example logo: logo.svg`,
      );
    } else if (!existsSync(logoPath)) {
      problems.push(
        `logo: there is no file ${course.logo} in ${folder}/: add it, or remove the logo line`,
      );
    } else {
      logoSvg = readFileSync(logoPath, "utf8");
      if (!/<svg[\s>]/.test(logoSvg)) problems.push(`logo: ${course.logo} is not an SVG image`);
    }
  }
  if (problems.length > 0) fail(problems);
  return { ...course, tracks: [...course.tracks].sort((a, b) => a.order - b.order), logoSvg };
}

/** Ids and codes used twice, and settings naming a track the course lacks. */
function trackProblems(course: CourseFile): string[] {
  const problems: string[] = [];
  const seen = { id: new Map<string, number>(), code: new Map<string, number>() };
  course.tracks.forEach((track, index) => {
    for (const field of ["id", "code"] as const) {
      const first = seen[field].get(track[field]);
      if (first === undefined) seen[field].set(track[field], index);
      else {
        problems.push(
          `tracks.${index}.${field}: "${track[field]}" is already the ${field} of tracks.${first}; each track needs its own`,
        );
      }
    }
  });
  const ids = course.tracks.map((track) => track.id);
  for (const setting of ["defaultTrack", "everythingTrack"] as const) {
    const value = course[setting];
    if (value !== undefined && !ids.includes(value)) {
      problems.push(`${setting}: "${value}" is not a track; use one of ${ids.join(", ")}`);
    }
  }
  return problems;
}

/**
 * The course in another language: the course file with the words of content/<lang>/course.yaml
 * over it (names, audiences, titles). Words left out stay in the course's own language.
 */
export function readCourseWords(contentDir: string, lang: string, course: Course): Course {
  const path = join(contentDir, lang, "course.yaml");
  if (!existsSync(path)) return course;
  const shown = shownPath(path);
  const fail = (problems: string[]): never => {
    throw new AstroError(
      `${shown} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
      `${shown} holds only words: organisation, title, and tracks by id with name, audience and certificateTitle.`,
    );
  };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    fail([`it is not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const parsed = courseWordsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    fail(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "the file"}: ${issue.message}`),
    );
  }
  const words = parsed.data!;
  const ids = course.tracks.map((track) => track.id);
  const unknown = words.tracks.filter((track) => !ids.includes(track.id));
  if (unknown.length > 0) {
    fail(
      unknown.map((track) => `tracks: "${track.id}" is not a track; use one of ${ids.join(", ")}`),
    );
  }
  return {
    ...course,
    organisation: words.organisation ?? course.organisation,
    title: words.title ?? course.title,
    tracks: course.tracks.map((track) => {
      const own = words.tracks.find((candidate) => candidate.id === track.id);
      return {
        ...track,
        name: own?.name ?? track.name,
        audience: own?.audience ?? track.audience,
        certificateTitle: own?.certificateTitle ?? track.certificateTitle,
      };
    }),
  };
}

/** Brand colours that cannot be read or do not reach AA contrast. */
function colourProblems(course: CourseFile): string[] {
  const problems: string[] = [];
  for (const scheme of ["light", "dark"] as Scheme[]) {
    for (const use of ["primary", "accent"] as const) {
      const problem = checkColour(course.colours[scheme][use], scheme, use);
      if (problem) problems.push(`colours.${scheme}.${use}: ${problem}`);
    }
  }
  return problems;
}

/** What the browser needs of the course: no logo, nothing the learner's pages do not show. */
export function clientCourse(course: Course) {
  return {
    organisation: course.organisation,
    title: course.title,
    help: course.help,
    tracks: course.tracks.map(({ id, name, code, certificateTitle }) => ({
      id,
      name,
      code,
      certificateTitle,
    })),
    defaultTrack: course.defaultTrack,
    everythingTrack: course.everythingTrack,
  };
}

/** The course as islands and the stores import it from "virtual:cx/course". */
export type ClientCourse = ReturnType<typeof clientCourse>;
