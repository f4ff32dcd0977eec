import { appIcons, iconPath } from "./app-icons";
import { backgrounds } from "./brand";
import type { Course } from "./course-file";

/*
 * The web app manifest: what a phone or a desktop needs to install the course like an app, all
 * of it from the course file. The start address is the map, and "standalone" opens the course
 * in its own window, without the browser's address bar.
 */

/** The manifest's description in each language the course may have; English for the others. */
const descriptions: Record<string, (course: Course) => string> = {
  en: (course) =>
    `${course.organisation === course.title ? course.title : `${course.title}, from ${course.organisation}`}. Works offline; your progress stays on this device.`,
  fr: (course) =>
    `${course.organisation === course.title ? course.title : `${course.title}, par ${course.organisation}`}. Fonctionne hors ligne\u00a0; votre progression reste sur cet appareil.`,
};

/**
 * The manifest of `course` in `lang`, as /manifest.webmanifest (English) or
 * /<lang>/manifest.webmanifest serves it: the same app (one id), opening on the map in the
 * learner's language.
 */
export function webManifest(course: Course, lang = "en") {
  const prefix = lang === "en" ? "" : `/${lang}`;
  return {
    name: course.title,
    short_name: course.shortName ?? course.title,
    description: (descriptions[lang] ?? descriptions["en"]!)(course),
    lang,
    start_url: `${prefix}/`,
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
