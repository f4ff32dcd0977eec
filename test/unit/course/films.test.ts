import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readFilm } from "../../../src/course/films";
import type { ComponentUse } from "../../../src/course/mdx";

mkdirSync(".tmp", { recursive: true });
const dir = mkdtempSync(join(".tmp", "films-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the empathy film's folder under `name`, changed by `change`. */
function folder(name: string, change: (path: string) => void = () => undefined) {
  const path = join(dir, name);
  cpSync("public/films/empathy", path, { recursive: true });
  change(path);
  return name;
}

const use = (
  props: Record<string, string>,
  values: Record<string, unknown> = {},
): ComponentUse => ({
  name: "Video",
  props: { title: "What they carry", ...props },
  values,
  text: "",
});
const where = "content/modules/empathy-in-practice.mdx";
const read = (
  props: Record<string, string>,
  values?: Record<string, unknown>,
  media: string[] = [],
) => readFilm(use(props, values), "fr", where, { media, dir });

describe("reading a film at build time", () => {
  it("reads the film, its running time, captions in each language, chapters and a transcript", () => {
    const { film, problems } = read(
      { film: folder("good"), watch: "90%" },
      { checkpoints: [{ at: "1:00", quiz: "empathy-film" }] },
    );
    expect(problems).toEqual([]);
    expect(film).toMatchObject({ id: "good", duration: 120, required: 0.9 });
    expect(film?.sources.map((source) => source.type)).toEqual(["video/webm", "video/mp4"]);
    expect(film?.captions.map((track) => track.lang)).toEqual(["fr", "en"]);
    expect(film?.chapters[1]?.text).toBe("À l’agence");
    expect(film?.checkpoints).toEqual([{ at: 60, quiz: "empathy-film" }]);
    // Descriptions and captions in one transcript, in time order.
    const kinds = new Set(film?.transcript.flatMap((line) => line.parts.map((part) => part.kind)));
    expect(kinds).toEqual(new Set(["caption", "description"]));
    const starts = film!.transcript.map((line) => line.start);
    expect(starts).toEqual([...new Set(starts)].toSorted((a, b) => a - b));
    // At 0:10, what is on screen, then the words over it.
    expect(film!.transcript.find((line) => line.start === 10)?.parts).toEqual([
      { kind: "description", text: expect.stringContaining("La lumière se pose") },
      { kind: "caption", text: "Sa carte a été refusée à la pharmacie ce matin." },
    ]);
  });

  it("names the file and the fix when the film's media file is missing", () => {
    const name = folder("no-media", (path) => {
      rmSync(join(path, "film.webm"));
      rmSync(join(path, "film.mp4"));
    });
    const { problems } = read({ film: name });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${where}: <Video film="no-media" />`);
    expect(problems[0]).toContain("has no film.webm or film.mp4. Add both");
    expect(read({ film: "nowhere" }).problems[0]).toContain(
      `there is no folder ${join(dir, "nowhere")}/`,
    );
  });

  it("names a caption file that is not WebVTT, and says what WebVTT looks like", () => {
    const name = folder("srt", (path) =>
      writeFileSync(join(path, "captions.fr.vtt"), "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n"),
    );
    const { problems } = read({ film: name });
    expect(problems).toEqual([
      expect.stringContaining(
        `${join(dir, name, "captions.fr.vtt")} is not WebVTT: it does not start with the line "WEBVTT". Save`,
      ),
    ]);
  });

  it("refuses a checkpoint after the film's end, giving the end", () => {
    const { problems } = read(
      { film: folder("late") },
      { checkpoints: [{ at: "2:30", quiz: "x" }] },
    );
    expect(problems).toEqual([
      `${where}: <Video film="late" />: the checkpoint at 2:30 comes after the film's end (2:00): give a time before 2:00`,
    ]);
  });

  it("refuses a platform the course file does not list under media, and accepts a listed one", () => {
    const url = "https://www.youtube-nocookie.com/embed/abc";
    const refused = read({ film: folder("platform"), platform: url, duration: "4:23" });
    expect(refused.problems).toEqual([
      expect.stringContaining(
        "platform plays from https://www.youtube-nocookie.com, which content/course.yaml does not list under media. Add it there (media: [https://www.youtube-nocookie.com])",
      ),
    ]);
    const allowed = read({ film: "platform", platform: url, duration: "4:23" }, {}, [
      "https://www.youtube-nocookie.com",
    ]);
    expect(allowed.problems).toEqual([]);
    expect(allowed.film?.platform).toEqual({
      url,
      origin: "https://www.youtube-nocookie.com",
      name: "YouTube",
    });
    expect(allowed.film?.sources).toEqual([]);
  });
});
