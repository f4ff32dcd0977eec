import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve, sep } from "node:path";
import { backgrounds } from "./brand";
import type { Course } from "./course-file";

/*
 * The icons a phone or a desktop shows for the installed course, drawn at build time from the
 * course's logo (an SVG) or, without one, the site's default icon. Platforms ask for different
 * things: Android and desktop Chrome a 192 and a 512 PNG, Android a "maskable" one that it may
 * crop to a circle or a squircle (so the logo keeps to the middle 80%), and iOS a 180 PNG on an
 * opaque background, since it paints transparent corners black.
 */

/** One icon the build writes to /icons/<name>.png. */
export interface AppIcon {
  name: string;
  size: number;
  /** How the web app manifest lists it; the apple-touch-icon is linked from the page instead. */
  purpose: "any" | "maskable" | "apple-touch";
  /** Share of the icon's width the logo takes. */
  logoShare: number;
  /** Whether the logo sits on the page's light background rather than on transparency. */
  opaque: boolean;
}

/** Every icon, in one list: the manifest, the page head and the build all read it. */
export const appIcons: readonly AppIcon[] = [
  { name: "icon-192", size: 192, purpose: "any", logoShare: 1, opaque: false },
  { name: "icon-512", size: 512, purpose: "any", logoShare: 1, opaque: false },
  // The safe zone of a maskable icon is a circle of 80% of its width; a square logo fits at 56%.
  { name: "maskable-192", size: 192, purpose: "maskable", logoShare: 0.56, opaque: true },
  { name: "maskable-512", size: 512, purpose: "maskable", logoShare: 0.56, opaque: true },
  { name: "apple-touch-icon", size: 180, purpose: "apple-touch", logoShare: 0.75, opaque: true },
];

/** Where an icon is served from. */
export const iconPath = (icon: AppIcon) => `/icons/${icon.name}.png`;

/** The logo the icons are drawn from: the course's, or the site's default. */
export function logoSource(course: Course): string {
  // From the project folder, as the content folder is: this code runs bundled, elsewhere.
  return course.logoSvg ?? readFileSync(join(process.cwd(), "public", "favicon.svg"), "utf8");
}

/** One icon as PNG bytes: the logo scaled to its share, centred, crisp at any size. */
async function drawIcon(svg: string, icon: AppIcon): Promise<Buffer> {
  // Loaded here, not with this module: every page's layout imports the icon list, and loading
  // sharp (a native library) costs about 0.15 s of CPU, for a build that finds its icons drawn.
  const { default: sharp } = await import("sharp");
  const source = Buffer.from(svg);
  const inner = Math.round(icon.size * icon.logoShare);
  // An SVG is drawn at 72 dpi by default: draw it at the size it will have, not scaled up after.
  const { width = inner, height = inner } = await sharp(source).metadata();
  const density = Math.min(2400, (72 * inner) / Math.max(width, height, 1));
  const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
  const logo = await sharp(source, { density })
    .resize(inner, inner, { fit: "contain", background: transparent })
    .png()
    .toBuffer();
  return sharp({
    create: {
      width: icon.size,
      height: icon.size,
      channels: 4,
      background: icon.opaque ? backgrounds.light.bg : transparent,
    },
  })
    .composite([{ input: logo, gravity: "centre" }])
    .png()
    .toBuffer();
}

/** sharp's version, from the package.json beside its entry (its exports do not name the file). */
const sharpVersion = () => {
  const entry = createRequire(import.meta.url).resolve("sharp");
  const manifest = join(entry.slice(0, entry.lastIndexOf(`${sep}dist${sep}`)), "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
};

/**
 * One icon as PNG bytes, drawn once for a logo, an icon and a version of sharp, then kept in
 * node_modules/.cache/ (about 0.1 s of CPU on every build otherwise). Written whole or not at
 * all, so builds running at once never read half a file.
 */
export async function renderIcon(svg: string, icon: AppIcon): Promise<Buffer> {
  const key = createHash("sha256")
    .update(JSON.stringify([svg, icon, backgrounds.light.bg, sharpVersion()]))
    .digest("hex")
    .slice(0, 16);
  const dir = resolve("node_modules", ".cache", "cx-learning-map", "icons");
  const path = join(dir, `${icon.name}-${key}.png`);
  if (existsSync(path)) return readFile(path);
  const png = await drawIcon(svg, icon);
  await mkdir(dir, { recursive: true });
  const partial = `${path}.${process.pid}`;
  await writeFile(partial, png);
  await rename(partial, path);
  return png;
}
