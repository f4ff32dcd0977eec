import { readCourse, type Course } from "./course-file";

/*
 * The course at build time: pages and the content config read it from here. The folder comes
 * from CX_CONTENT_DIR, so tests and benchmarks can build another organisation's course.
 */

/** The content folder this build reads. */
export const contentDir = process.env.CX_CONTENT_DIR ?? "./content";

let cached: Course | undefined;

/** The checked course file of this build. */
export function getCourse(): Course {
  cached ??= readCourse(contentDir);
  return cached;
}

/** The course's track ids, in their order. */
export const courseTrackIds = (): string[] => getCourse().tracks.map((track) => track.id);
