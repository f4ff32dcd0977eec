/*
 * The LMS standards a package is built for, and where a track's launch page is: read by the
 * launch page's route, the package build and its manifests alike.
 */

/** The standards, as they appear in file and folder names. */
export const STANDARDS = ["scorm12", "scorm2004", "cmi5"] as const;
export type Standard = (typeof STANDARDS)[number];

/** The launch pages' route (./LaunchPage.astro), in the package build only. */
export const launchRoute = "/lms/[standard]/[track]";

/** A track's launch page for a standard, as a path inside the package. */
export const launchPath = (standard: Standard, trackId: string) =>
  `lms/${standard}/${trackId}/index.html`;
