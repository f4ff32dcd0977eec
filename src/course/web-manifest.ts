import { appIcons, iconPath } from "./app-icons";
import { backgrounds } from "./brand";
import type { Course } from "./course-file";

/*
 * The web app manifest: what a phone or a desktop needs to install the course like an app, all
 * of it from the course file. The start address is the map, and "standalone" opens the course
 * in its own window, without the browser's address bar.
 */

/** The manifest of `course`, as the JSON object /manifest.webmanifest serves. */
export function webManifest(course: Course) {
  return {
    name: course.title,
    short_name: course.shortName ?? course.title,
    description: `${course.organisation === course.title ? course.title : `${course.title}, from ${course.organisation}`}. Works offline; your progress stays on this device.`,
    lang: "en",
    start_url: "/",
    scope: "/",
    id: "/",
    display: "standalone",
    theme_color: course.colours.light.primary,
    background_color: backgrounds.light.bg,
    icons: appIcons
      .filter((icon) => icon.purpose !== "apple-touch")
      .map((icon) => ({
        src: iconPath(icon),
        sizes: `${icon.size}x${icon.size}`,
        type: "image/png",
        purpose: icon.purpose,
      })),
  };
}
