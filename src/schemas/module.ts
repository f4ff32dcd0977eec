import { idPattern } from "../vocabulary/ids";
import { z } from "astro/zod";

/** One learning track's id, as content/course.yaml names it. */
export type TrackId = string;

/** The tracks a module can name: the course file's, and the one a module joins by default. */
interface CourseTracks {
  trackIds: readonly string[];
  /** Modules that name no track join this one (the course's everythingTrack), if set. */
  everythingTrack?: string | undefined;
}

const moduleId = z.string().regex(idPattern, {
  error: "use a module id: the file name without .mdx, such as why-customer-focus",
});

const trackList = (trackIds: readonly string[]) =>
  z
    .array(
      z.enum(trackIds as [string, ...string[]], {
        error: `use one of the tracks in course.yaml: ${trackIds.join(", ")}`,
      }),
      { error: `add tracks as a list, for example: tracks: [${trackIds[0]}]` },
    )
    .min(1, { error: `name at least one track, for example: tracks: [${trackIds[0]}]` });

/**
 * Frontmatter of a module in content/modules/*.mdx, for a course's tracks. Every message says
 * what to write instead, because the people who read them edit MDX, not TypeScript.
 */
export const moduleSchemaFor = ({ trackIds, everythingTrack }: CourseTracks) =>
  z.object({
    /** Shown on the map, in the page heading and in search results. */
    title: z
      .string({ error: "add a title, for example: title: Why customer focus" })
      .trim()
      .min(3, { error: "write a title of at least 3 characters" })
      .max(80, { error: "shorten the title to 80 characters or fewer" }),
    /** One sentence under the title: what the learner will get from the module. */
    summary: z
      .string({ error: "add a summary: one sentence on what the learner will get from the module" })
      .trim()
      .min(10, { error: "write a summary of at least one short sentence" })
      .max(200, { error: "shorten the summary to 200 characters or fewer" }),
    /** The tracks that include this module, by id; none named joins the everything track. */
    tracks: everythingTrack ? trackList(trackIds).default([everythingTrack]) : trackList(trackIds),
    /** Modules to finish first, by id (their file names without .mdx). */
    prerequisites: z
      .array(moduleId, {
        error: "write prerequisites as a list of module ids, for example: [why-customer-focus]",
      })
      .default([]),
    /** About how long the module takes, quiz included. */
    minutes: z
      .number({ error: "add minutes as a whole number, for example: minutes: 12" })
      .int({ error: "write minutes as a whole number, for example: minutes: 12" })
      .min(1, { error: "minutes must be at least 1" })
      .max(240, { error: "a module should take 240 minutes or fewer: split it into two" }),
    /** Of those minutes, time for practice away from the screen (a team activity, a call to listen to). */
    activityMinutes: z
      .number({
        error: "write activityMinutes as a whole number, for example: activityMinutes: 45",
      })
      .int({ error: "write activityMinutes as a whole number, for example: activityMinutes: 45" })
      .min(0, { error: "activityMinutes cannot be negative" })
      .default(0),
    /** Share of quiz points needed to pass, from 0 to 1. */
    passMark: z
      .number({ error: "write passMark as a number from 0 to 1, for example: passMark: 0.8" })
      .min(0, { error: "passMark is a share from 0 to 1, for example 0.8 for 80%" })
      .max(1, { error: "passMark is a share from 0 to 1, for example 0.8 for 80%" })
      .default(0.8),
    /**
     * For the facilitator's run sheet: three to five points to make in the room, written for
     * the person who leads the day (not the module's headings).
     */
    talkingPoints: z
      .array(
        z
          .string({ error: "write each talking point as a sentence" })
          .trim()
          .min(10, { error: "write each talking point as a full sentence" })
          .max(280, { error: "keep each talking point to 280 characters or fewer" }),
        { error: "write talkingPoints as a list of three to five sentences" },
      )
      .min(3, { error: "give three to five talking points" })
      .max(5, { error: "give three to five talking points: keep the ones that matter most" })
      .optional(),
    /** What the room needs for this module, for the run sheet's materials list. */
    materials: z
      .array(
        z
          .string({ error: "write each material as a short phrase" })
          .trim()
          .min(3, { error: "write each material as a short phrase" })
          .max(140, { error: "keep each material to 140 characters or fewer" }),
        { error: "write materials as a list, for example: [A whiteboard]" },
      )
      .max(6, { error: "list at most six materials" })
      .optional(),
    /** The module's picture: an icon's name from Lucide (lucide.dev/icons), such as compass. */
    icon: z
      .string({ error: "write icon as the name of a Lucide icon, for example: icon: compass" })
      .regex(/^[a-z0-9-]+$/, {
        error:
          "write icon as a Lucide icon's name in lower case, for example: icon: heart-handshake",
      })
      .optional(),
    /** Or a cover picture instead of the icon: an image file's path in the content folder. */
    cover: z
      .string({ error: "write cover as the path of an image in the content folder" })
      .regex(/\.(png|jpe?g|webp|avif)$/i, {
        error:
          "give cover as a .png, .jpg, .webp or .avif file, for example: cover: covers/empathy.jpg",
      })
      .optional(),
    /** Position among modules at the same depth of the map; lower comes first. */
    order: z.number({ error: "add order as a number, for example: order: 3" }).int({
      error: "write order as a whole number, for example: order: 3",
    }),
  });

/**
 * Frontmatter of a translated module (content/<lang>/modules/<id>.mdx): only its words. Tracks,
 * prerequisites, minutes and the pass mark are facts of the module, kept once in English.
 */
export const moduleWordsSchema = moduleSchemaFor({ trackIds: ["any"] })
  .pick({ title: true, summary: true, talkingPoints: true, materials: true })
  .catchall(
    z.never({
      error:
        "remove this field: it comes from the English module (content/modules/), which holds it for every language",
    }),
  );

/** What code reads of a translated module's frontmatter. */
export type ModuleWords = z.output<typeof moduleWordsSchema>;

type ModuleSchema = ReturnType<typeof moduleSchemaFor>;
/** What an author writes in frontmatter. */
export type ModuleFrontmatterInput = z.input<ModuleSchema>;
/** What code reads after validation and defaults. */
export type ModuleFrontmatter = z.output<ModuleSchema>;
