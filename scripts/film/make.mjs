// @ts-check
/*
 * Makes "What they carry", the film of "Empathy in practice", from story.mjs and scenes.mjs:
 *
 *   npx node scripts/film/make.mjs [out folder]      (default public/films/empathy)
 *
 * Needs sharp (a dependency already) and ffmpeg with libvpx-vp9 and libx264 (apt install
 * ffmpeg). Writes film.webm (VP9) and film.mp4 (H.264), poster.jpg, and for each language
 * captions.<lang>.vtt, chapters.<lang>.vtt and descriptions.<lang>.vtt. The site's build needs
 * none of these tools: it uses the files this script wrote, which are committed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import sharp from "sharp";
import { chapters, duration, shots } from "./story.mjs";
import { HEIGHT, drawShot, headOf, scenes } from "./scenes.mjs";

const out = resolve(
  process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "public/films/empathy",
);
const languages = /** @type {const} */ (["en", "fr"]);
/** Pixels of the encoded film, frames a second, and seconds of each cross-fade. */
const size = { width: 640, height: 360 };
const fps = 12;
const fade = 0.6;

/** 75 → "00:01:15.000", as WebVTT writes times. */
const stamp = (/** @type {number} */ seconds) => {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
};

const endOf = (/** @type {number} */ index) => shots[index + 1]?.start ?? duration;

/** Where a cue sits: above the person in the light, or low in the middle. */
function placement(/** @type {import("./story.mjs").Shot} */ shot) {
  if (shot.spot === undefined) return " position:50% size:80% align:center";
  const p = scenes[shot.scene]?.people[shot.spot];
  if (!p)
    throw new Error(`Shot at ${shot.start}s: scene "${shot.scene}" has no person ${shot.spot}`);
  const head = headOf(p);
  // A line number, not a percentage: Chromium wraps a cue placed by line number, but clips one
  // placed by percentage to a single line. A line is about a twentieth of the picture's height.
  const line = Math.max(1, Math.round(((head.y - 160) / HEIGHT) * 18));
  const position = Math.min(78, Math.max(22, Math.round((head.x / 1280) * 100)));
  return ` line:${line} position:${position}% size:38% align:center`;
}

/** @param {{ start: number, end: number, text: string, settings?: string }[]} cues */
const vtt = (cues, note = "") =>
  `WEBVTT\n\n${note ? `NOTE ${note}\n\n` : ""}` +
  cues
    .map(
      (cue, index) =>
        `${index + 1}\n${stamp(cue.start)} --> ${stamp(cue.end)}${cue.settings ?? ""}\n${cue.text}\n`,
    )
    .join("\n");

function writeTracks() {
  for (const lang of languages) {
    const made =
      "Made by scripts/film/make.mjs from scripts/film/story.mjs: edit there and run it again.";
    const captions = shots.flatMap((shot, index) =>
      shot.cue
        ? [
            {
              start: shot.start,
              end: endOf(index),
              text: shot.cue[lang],
              settings: placement(shot),
            },
          ]
        : [],
    );
    writeFileSync(join(out, `captions.${lang}.vtt`), vtt(captions, made));
    const described = shots.flatMap((shot, index) =>
      shot.describe
        ? [
            {
              start: shot.start,
              end: Math.min(endOf(index), shot.start + 6),
              text: shot.describe[lang],
            },
          ]
        : [],
    );
    writeFileSync(join(out, `descriptions.${lang}.vtt`), vtt(described, made));
    const marks = chapters.map((chapter, index) => ({
      start: chapter.start,
      end: chapters[index + 1]?.start ?? duration,
      text: chapter.title[lang],
    }));
    writeFileSync(join(out, `chapters.${lang}.vtt`), vtt(marks, made));
  }
}

async function writeFilm() {
  const work = mkdtempSync(join(tmpdir(), "cx-film-"));
  try {
    const pictures = [];
    for (const [index, shot] of shots.entries()) {
      const file = join(work, `shot-${String(index).padStart(2, "0")}.png`);
      await sharp(Buffer.from(drawShot(shot.scene, shot.spot)))
        .resize(size.width, size.height)
        .png()
        .toFile(file);
      pictures.push(file);
    }
    // The poster: the branch, nobody singled out yet.
    const posterShot = shots.findIndex((shot) => shot.scene === "branch");
    await sharp(pictures[posterShot])
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(join(out, "poster.jpg"));
    // Each picture held for its shot, cross-fading into the next (see xfade's offsets).
    const inputs = pictures.flatMap((file, index) => {
      const length = endOf(index) - shots[index].start + (index < shots.length - 1 ? fade : 0);
      return ["-loop", "1", "-framerate", String(fps), "-t", length.toFixed(3), "-i", file];
    });
    const chain = shots
      .slice(1)
      .map((shot, index) => {
        const from = index === 0 ? "[0:v]" : `[v${index}]`;
        const to = index === shots.length - 2 ? "[out]" : `[v${index + 1}]`;
        return `${from}[${index + 1}:v]xfade=transition=fade:duration=${fade}:offset=${shot.start}${to}`;
      })
      .join(";");
    const filter = `${chain};[out]format=yuv420p[final]`;
    const common = [
      "-y",
      "-hide_banner",
      "-loglevel",
      "error",
      ...inputs,
      "-filter_complex",
      filter,
      "-map",
      "[final]",
      "-r",
      String(fps),
      "-t",
      String(duration),
    ];
    execFileSync(
      "ffmpeg",
      [
        ...common,
        "-c:v",
        "libvpx-vp9",
        "-b:v",
        "0",
        "-crf",
        "40",
        "-deadline",
        "good",
        "-cpu-used",
        "4",
        "-row-mt",
        "1",
        join(out, "film.webm"),
      ],
      { stdio: "inherit" },
    );
    execFileSync(
      "ffmpeg",
      [
        ...common,
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-tune",
        "stillimage",
        "-crf",
        "30",
        "-profile:v",
        "main",
        "-movflags",
        "+faststart",
        join(out, "film.mp4"),
      ],
      { stdio: "inherit" },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(out, { recursive: true });
writeTracks();
if (!process.argv.includes("--tracks-only")) await writeFilm();
console.log(`film: written to ${out}`);
