import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { insideContent } from "./inside-content.ts";
import { shownPath } from "./shown-path.ts";

/*
 * Build time: module pictures. Icons come from Lucide (lucide-static, ISC licence) and are
 * inlined as SVG, so a page carries only the icons it shows and no JavaScript. A cover is an
 * image in the content folder, made small (WebP, 480 px wide) and inlined at build time.
 */

type IconNode = [tag: string, attributes: Record<string, string>][];

/** The icon a module shows when its front matter names neither icon nor cover. */
export const defaultIcon = "book-open";

let nodes: Record<string, IconNode> | undefined;
const iconNodes = () =>
  (nodes ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("lucide-static/icon-nodes.json"), "utf8"),
  ) as Record<string, IconNode>);

/** Whether Lucide has an icon of that name. */
export const isIcon = (name: string) => Object.hasOwn(iconNodes(), name);

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

// Every page draws the same few icons: each is written out once a build.
const shapesByName = new Map<string, string>();

/** An icon's shapes, as SVG markup without the outer element. */
export function iconShapes(name: string): string {
  const written = shapesByName.get(name);
  if (written !== undefined) return written;
  const shapes = iconNodes()[name];
  if (!shapes) throw new Error(`No Lucide icon is called "${name}"`);
  const markup = shapes
    .map(
      ([tag, attributes]) =>
        `<${tag} ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escape(value)}"`)
          .join(" ")}/>`,
    )
    .join("");
  shapesByName.set(name, markup);
  return markup;
}

/** An icon as an inline, decorative SVG element (its words are beside it). */
export function iconSvg(name: string, className = "icon"): string {
  return `<svg class="${className}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${iconShapes(name)}</svg>`;
}

/** Icons as `<symbol id="icon-…">` elements, for islands that draw them with `<use>`. */
export function iconSprite(names: Iterable<string>): string {
  const symbols = [...new Set(names)]
    .sort()
    .map((name) => `<symbol id="icon-${name}" viewBox="0 0 24 24">${iconShapes(name)}</symbol>`);
  return `<svg class="icon-sprite" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${symbols.join("")}</svg>`;
}

/** A module's picture, as front matter names it. */
export interface ModulePicture {
  icon?: string | undefined;
  cover?: string | undefined;
}

/**
 * Every module whose icon Lucide lacks or whose cover is not in the content folder, each named
 * by its file and field with the fix.
 */
export function findPictureProblems(
  modules: readonly { filePath: string; data: ModulePicture }[],
  contentDir: string,
): string[] {
  return modules.flatMap(({ filePath, data }) => {
    if (data.icon !== undefined && !isIcon(data.icon)) {
      return [
        `${filePath}: icon "${data.icon}" is not a Lucide icon. Pick a name from https://lucide.dev/icons, for example: icon: compass`,
      ];
    }
    const folder = shownPath(contentDir);
    if (data.cover !== undefined && !insideContent(contentDir, data.cover)) {
      return [
        `${filePath}: cover "${data.cover}" is outside ${folder}/. Put the image in that folder and name it from there, for example cover: covers/${basename(data.cover)}`,
      ];
    }
    if (data.cover !== undefined && !existsSync(join(contentDir, data.cover))) {
      return [
        `${filePath}: cover "${data.cover}" is not in ${folder}/. Add the image there, or name an icon instead (icon: compass).`,
      ];
    }
    return [];
  });
}

const covers = new Map<string, Promise<string>>();

/** A cover image, made small and inlined as a data address (WebP). */
export function coverDataUri(contentDir: string, path: string): Promise<string> {
  let uri = covers.get(path);
  if (!uri) {
    // sharp loaded only by a course with covers: it costs about 0.15 s of CPU to load.
    uri = import("sharp")
      .then(({ default: sharp }) =>
        sharp(join(contentDir, path))
          .resize({ width: 480, height: 270, fit: "cover" })
          .webp({ quality: 70 })
          .toBuffer(),
      )
      .then((buffer) => `data:image/webp;base64,${buffer.toString("base64")}`);
    covers.set(path, uri);
  }
  return uri;
}
