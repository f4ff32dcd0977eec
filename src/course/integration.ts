import type { AstroIntegration } from "astro";
import { brandStylesheet } from "./brand.ts";
import { clientCourse, courseFilePath } from "./course-file.ts";
import { contentDir, getCourse } from "./index.ts";
import { checkStringsFiles, stringsModule } from "./strings-files.ts";
import { courseLocales } from "./locales.ts";

/*
 * The course file, read and checked before anything else is built (a bad course file stops the
 * build at once), and handed to the browser's code as two virtual modules:
 * - "virtual:cx/course": the organisation, its tracks and settings, for islands and the stores;
 * - "virtual:cx/brand.css": the brand colours as the site's custom properties;
 * - "virtual:cx/strings": each language's UI strings, for pages at build time only.
 * Every language's strings file is checked against English (src/course/strings-check.ts).
 */

const modules = {
  "virtual:cx/course": () => `export default ${JSON.stringify(clientCourse(getCourse()))};`,
  "virtual:cx/brand.css": () => brandStylesheet(getCourse().colours),
  "virtual:cx/strings": () => stringsModule(contentDir),
} as const;

type VirtualId = keyof typeof modules;
const isVirtual = (id: string): id is VirtualId => Object.hasOwn(modules, id);

/** The Astro integration that makes the course file the source of the site's name, brand and tracks. */
export function courseIntegration(): AstroIntegration {
  return {
    name: "cx-course",
    hooks: {
      "astro:config:setup": ({ updateConfig, addWatchFile }) => {
        for (const lang of courseLocales(contentDir)) getCourse(lang);
        checkStringsFiles(contentDir);
        addWatchFile(new URL(courseFilePath(contentDir), `file://${process.cwd()}/`));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "cx-course",
                // Filtered, so that the bundler asks this plugin about its own ids alone rather
                // than call into JavaScript for every import and every module of both builds.
                resolveId: {
                  filter: { id: /^virtual:cx\// },
                  handler: (id: string) => (isVirtual(id) ? `\0${id}` : undefined),
                },
                load: {
                  filter: { id: /^\0virtual:cx\// },
                  handler: (id: string) => {
                    const virtual = id.slice(1);
                    return isVirtual(virtual) ? modules[virtual]() : undefined;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
