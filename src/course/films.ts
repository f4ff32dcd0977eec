import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { clockTime, clock, parseVtt, type Cue } from "../lib/film/vtt";
import { checkpointsOf, type ComponentUse } from "./mdx";
import { defaultLocale } from "./locales";
import { filmsDir } from "./index";

/*
 * Films at build time: what <Video film="…" /> in a module's MDX refers to, read and checked.
 * A film is a folder public/films/<film>/ holding
 *   film.webm and/or film.mp4   the film (or `from` names a media origin holding them)
 *   poster.jpg (or .png, .webp) the picture shown before it plays, and offline
 *   captions.<lang>.vtt         captions, one file per language (English required)
 *   chapters.<lang>.vtt         optional: chapter titles, listed under the player
 *   descriptions.<lang>.vtt     optional: what is on screen, read out when the learner asks
 * The folder's name is the film's id in the learner's record. The transcript is made here, from
 * the captions and the descriptions, so the page needs no script to show it and search finds it.
 */

/** One line of the transcript: what is on screen and what is written over it, at one time. */
export interface TranscriptLine {
  start: number;
  parts: { text: string; kind: "caption" | "description" }[];
}

/** A film as the page renders it, in one language. */
export interface SiteFilm {
  id: string;
  title: string;
  duration: number;
  /** The film's own files (none for a platform film). */
  sources: { src: string; type: string }[];
  poster: string | undefined;
  /** Captions in every language the folder has; `lang` of the page's first. */
  captions: { lang: string; src: string }[];
  chapters: Cue[];
  descriptions: Cue[];
  transcript: TranscriptLine[];
  checkpoints: { at: number; quiz: string }[];
  /** The share the module requires, if it requires this film. */
  required: number | undefined;
  /** A film that plays from a video platform, loaded only when the learner asks. */
  platform: { url: string; origin: string; name: string } | undefined;
  /** An origin other than the site's that the film's files come from. */
  mediaOrigin: string | undefined;
}

const posterNames = ["poster.jpg", "poster.jpeg", "poster.png", "poster.webp"];

/** Platforms learners know by name; any other is named by its host. */
const platformNames: [RegExp, string][] = [
  [/(^|\.)youtube(-nocookie)?\.com$/, "YouTube"],
  [/(^|\.)vimeo\.com$/, "Vimeo"],
  [/(^|\.)dailymotion\.com$/, "Dailymotion"],
  [/(^|\.)microsoftstream\.com$|(^|\.)sharepoint\.com$/, "Microsoft Stream"],
  [/(^|\.)wistia\.(com|net)$/, "Wistia"],
];

/** A "90%" or "0.9" share, or NaN. */
function shareOf(text: string): number {
  const trimmed = text.trim();
  const value = trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  return trimmed !== "" && value >= 0 && value <= 1 ? value : Number.NaN;
}

/** A film's running time from its MP4 (the movie header) or WebM (the segment's Duration). */
export function durationOf(bytes: Uint8Array, kind: "mp4" | "webm"): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === "mp4") {
    const at = indexOf(bytes, [0x6d, 0x76, 0x68, 0x64]); // "mvhd"
    if (at < 0) return undefined;
    const version = bytes[at + 4];
    const scaleAt = at + (version === 1 ? 24 : 16);
    const scale = view.getUint32(scaleAt);
    const length =
      version === 1 ? Number(view.getBigUint64(scaleAt + 4)) : view.getUint32(scaleAt + 4);
    return scale > 0 ? length / scale : undefined;
  }
  // EBML: TimecodeScale (2AD7B1, nanoseconds a tick; 1 ms unless said) and Duration (4489, float).
  let scale = 1_000_000;
  const scaleAt = indexOf(bytes, [0x2a, 0xd7, 0xb1]);
  if (scaleAt >= 0) {
    const size = bytes[scaleAt + 3]! & 0x7f;
    if (size >= 1 && size <= 8) {
      scale = 0;
      for (let i = 0; i < size; i++) scale = scale * 256 + bytes[scaleAt + 4 + i]!;
    }
  }
  const at = indexOf(bytes, [0x44, 0x89]);
  if (at < 0) return undefined;
  const size = bytes[at + 2];
  if (size === 0x84) return (view.getFloat32(at + 3) * scale) / 1e9;
  if (size === 0x88) return (view.getFloat64(at + 3) * scale) / 1e9;
  return undefined;
}

function indexOf(bytes: Uint8Array, pattern: number[]): number {
  const limit = Math.min(bytes.length - pattern.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

/** A WebVTT file's cues, or the problem with it named for the author. */
function readVtt(path: string, problems: string[]): Cue[] {
  const reading = parseVtt(readFileSync(path, "utf8"));
  if (reading.ok) return reading.cues;
  problems.push(
    `${path} is not WebVTT: ${reading.problem}. Save captions, chapters and descriptions as WebVTT (.vtt), which starts with the line WEBVTT and gives each cue as 00:00:01.000 --> 00:00:04.000 and its text.`,
  );
  return [];
}

/** The course settings a film needs. */
export interface FilmSettings {
  media: readonly string[];
  /** Where film folders are; public/films unless a test says otherwise. */
  dir?: string;
}

/**
 * The film a <Video /> use names, in `lang`, with every problem found. `where` is the MDX file,
 * for messages. Problems are returned, not thrown, so the curriculum reports them all at once.
 */
export function readFilm(
  use: ComponentUse,
  lang: string,
  where: string,
  settings: FilmSettings,
): { film: SiteFilm | undefined; problems: string[] } {
  const problems: string[] = [];
  const id = use.props["film"] ?? "";
  const tag = `<Video film="${id}" />`;
  const say = (problem: string) => problems.push(`${where}: ${tag}: ${problem}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    say(
      `give the film as film="<folder>", the name of its folder in ${filmsDir}/ in lower-case words joined by hyphens, such as film="empathy"`,
    );
    return { film: undefined, problems };
  }
  const title = (use.props["title"] ?? "").trim();
  if (title === "") say(`add a title, such as title="What they carry"`);
  const folder = join(settings.dir ?? filmsDir, id);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    say(
      `there is no folder ${folder}/. Put the film's files there (film.webm and film.mp4, poster.jpg, captions.en.vtt; docs/films.md), or name a folder that exists.`,
    );
    return { film: undefined, problems };
  }
  const file = (name: string) => join(folder, name);
  const url = (name: string) => `/films/${id}/${name}`;

  // Where it plays from: the site itself, a media origin, or a video platform.
  const platformUrl = use.props["platform"];
  const from = use.props["from"]?.replace(/\/+$/, "");
  let platform: SiteFilm["platform"];
  let mediaOrigin: string | undefined;
  const listed = (address: string, prop: string) => {
    let origin: string;
    try {
      origin = new URL(address).origin;
    } catch {
      say(`${prop}="${address}" is not a web address: write it in full, starting https://`);
      return undefined;
    }
    if (!address.startsWith("https://")) {
      say(`${prop}="${address}" must start with https://`);
      return undefined;
    }
    if (!settings.media.includes(origin)) {
      say(
        `${prop} plays from ${origin}, which content/course.yaml does not list under media. Add it there (media: [${origin}]) if the organisation allows films from it, or host the film on this site.`,
      );
      return undefined;
    }
    return origin;
  };
  if (platformUrl !== undefined) {
    const origin = listed(platformUrl, "platform");
    if (origin) {
      const host = new URL(origin).hostname;
      const name = platformNames.find(([pattern]) => pattern.test(host))?.[1] ?? host;
      platform = { url: platformUrl, origin, name };
    }
  } else if (from !== undefined) {
    mediaOrigin = listed(from, "from");
  }

  // The film's files, and its running time.
  const sources: SiteFilm["sources"] = [];
  let duration = Number.NaN;
  const written = use.props["duration"];
  if (written !== undefined) {
    duration = clockTime(written);
    if (!(duration > 0)) say(`duration="${written}" is not a running time such as "2:05"`);
  }
  if (platformUrl === undefined) {
    for (const [name, type] of [
      ["film.webm", "video/webm"],
      ["film.mp4", "video/mp4"],
    ] as const) {
      if (from !== undefined) {
        sources.push({ src: `${from}/${name}`, type });
      } else if (existsSync(file(name))) {
        sources.push({ src: url(name), type });
        if (Number.isNaN(duration)) {
          duration =
            durationOf(readFileSync(file(name)), name.endsWith("mp4") ? "mp4" : "webm") ??
            Number.NaN;
        }
      }
    }
    if (from === undefined && sources.length === 0) {
      say(
        `${folder}/ has no film.webm or film.mp4. Add both (WebM plays in every browser but older Safari; MP4 in all), or play it from a platform with platform="https://…".`,
      );
    }
  }
  if (Number.isNaN(duration) && (platformUrl !== undefined || from !== undefined)) {
    say(`add the running time, such as duration="2:05": it cannot be read from another site`);
  } else if (Number.isNaN(duration) && sources.length > 0) {
    say(`the running time cannot be read from ${folder}/film.*: add it, such as duration="2:05"`);
  }

  const posterName = posterNames.find((name) => existsSync(file(name)));
  if (!posterName) {
    say(
      `${folder}/ has no poster.jpg: add a picture of the film (640 × 360 is plenty), shown before it plays and offline.`,
    );
  }

  // Captions in each language the folder has; the course's language is required for own films.
  const languages = [
    ...new Set(
      ["en", "fr", lang, defaultLocale].filter((code) => existsSync(file(`captions.${code}.vtt`))),
    ),
  ];
  if (platformUrl === undefined && !existsSync(file(`captions.${defaultLocale}.vtt`))) {
    say(
      `${folder}/ has no captions.${defaultLocale}.vtt: every film needs captions (WebVTT), and a film with no words needs them to say so.`,
    );
  }
  const vttIn = (kind: string) => {
    for (const code of [lang, defaultLocale]) {
      if (existsSync(file(`${kind}.${code}.vtt`)))
        return readVtt(file(`${kind}.${code}.vtt`), problems);
    }
    return [];
  };
  // Every caption file is checked, not only the page's, so the build catches any bad one.
  const captionsByLang = new Map(
    languages.map((code) => [code, readVtt(file(`captions.${code}.vtt`), problems)] as const),
  );
  for (const kind of ["chapters", "descriptions"]) {
    for (const code of ["en", "fr"]) {
      if (code !== lang && existsSync(file(`${kind}.${code}.vtt`))) {
        readVtt(file(`${kind}.${code}.vtt`), problems);
      }
    }
  }
  const captions = captionsByLang.get(lang) ?? captionsByLang.get(defaultLocale) ?? [];
  const chapters = vttIn("chapters");
  const descriptions = vttIn("descriptions");

  // Checkpoints: a time within the film, and a quiz.
  const checkpoints = checkpointsOf(use).flatMap(({ at, quiz }) => {
    const seconds = clockTime(at);
    if (!(seconds >= 0)) {
      say(`the checkpoint at "${at}" needs a time such as at: "1:05"`);
      return [];
    }
    if (duration > 0 && seconds >= duration) {
      say(
        `the checkpoint at ${at} comes after the film's end (${clock(duration)}): give a time before ${clock(duration)}`,
      );
      return [];
    }
    if (quiz === "") {
      say(`the checkpoint at ${at} needs a quiz, such as { at: "${at}", quiz: "empathy-film" }`);
      return [];
    }
    return [{ at: seconds, quiz }];
  });
  if (use.values["checkpoints"] !== undefined && !Array.isArray(use.values["checkpoints"])) {
    say(
      `write checkpoints as a list, such as checkpoints={[{ at: "1:00", quiz: "empathy-film" }]}`,
    );
  }

  let required: number | undefined;
  if (use.props["watch"] !== undefined) {
    required = shareOf(use.props["watch"]);
    if (Number.isNaN(required)) {
      say(
        `watch="${use.props["watch"]}" is not a share: write how much must be watched, such as watch="90%"`,
      );
      required = undefined;
    }
  }

  const lines = [
    ...captions.map((cue) => ({ start: cue.start, text: cue.text, kind: "caption" as const })),
    ...descriptions.map((cue) => ({
      start: cue.start,
      text: cue.text,
      kind: "description" as const,
    })),
  ]
    .filter((line) => line.text !== "")
    // At the same moment, what is on screen comes before what is written over it.
    .sort((a, b) => a.start - b.start || (a.kind === "description" ? -1 : 1));
  const transcript: TranscriptLine[] = [];
  for (const { start, text, kind } of lines) {
    const last = transcript.at(-1);
    if (last && last.start === start) last.parts.push({ text, kind });
    else transcript.push({ start, parts: [{ text, kind }] });
  }

  return {
    film:
      problems.length > 0
        ? undefined
        : {
            id,
            title,
            duration,
            sources,
            poster: posterName ? url(posterName) : undefined,
            captions: languages
              .toSorted((a, b) => (a === lang ? -1 : b === lang ? 1 : 0))
              .map((code) => ({ lang: code, src: url(`captions.${code}.vtt`) })),
            chapters,
            descriptions,
            transcript,
            checkpoints,
            required,
            platform,
            mediaOrigin,
          },
    problems,
  };
}

/** The films a module requires, with the share of each: what completing it takes. */
export const requiredFilmsIn = (uses: readonly ComponentUse[]) =>
  uses.flatMap((use) => {
    if (use.name !== "Video" || use.props["watch"] === undefined) return [];
    const share = shareOf(use.props["watch"]);
    return Number.isNaN(share) ? [] : [{ id: use.props["film"] ?? "", share }];
  });

/**
 * The content security policy a page with these films needs beyond the site's own: the
 * platforms it may frame and the media origins it may play from, and nothing on other pages.
 * Set by the page before it renders (the policy is in <head>, written before the body).
 */
export function filmDirectives(
  uses: readonly ComponentUse[],
): (`frame-src ${string}` | `media-src ${string}`)[] {
  const originOf = (address: string | undefined) => {
    try {
      return address ? new URL(address).origin : undefined;
    } catch {
      return undefined;
    }
  };
  const films = uses.filter((use) => use.name === "Video");
  const frames = new Set(films.flatMap((use) => originOf(use.props["platform"]) ?? []));
  const media = new Set(
    films.flatMap((use) => (use.props["platform"] ? [] : (originOf(use.props["from"]) ?? []))),
  );
  return [
    ...(frames.size > 0 ? [`frame-src 'self' ${[...frames].join(" ")}` as const] : []),
    ...(media.size > 0 ? [`media-src 'self' ${[...media].join(" ")}` as const] : []),
  ];
}
