import { TRACK_ID_MAX_LENGTH, idPattern } from "../vocabulary/ids.ts";
import { z } from "astro/zod";

/*
 * content/course.yaml: what an organisation changes to make the course its own. Every message
 * says what to write instead, because the people who read them edit YAML, not TypeScript.
 */

const colour = z.string({ error: 'write a colour in quotes, for example: "#1f5f8b"' }).trim();

/** The brand colours for one colour scheme. */
const schemeColours = z.object({
  /** Links, buttons and headings' accents: text on the page's background. */
  primary: colour,
  /** Focus rings and highlighted borders. */
  accent: colour,
});

/**
 * The status pairs authoring tools offer for SCORM 1.2: the status of a learner who finished,
 * then of one who has not. The first works with Moodle's defaults (see docs/lms.md).
 */
export const REPORTING_CHOICES = [
  "completed-incomplete",
  "passed-incomplete",
  "passed-failed",
  "completed-failed",
] as const;
export type Reporting = (typeof REPORTING_CHOICES)[number];

/** One learning track: a path through the modules for one audience. */
export const trackSchema = z.object({
  /** Stable id, stored in learners' records and named by modules: never change it once live. */
  id: z
    .string({ error: "add an id, for example: id: branch-staff" })
    .regex(idPattern, {
      error: "use lower-case words joined by hyphens, for example: branch-staff",
    })
    .max(TRACK_ID_MAX_LENGTH, {
      error: `shorten the id to ${TRACK_ID_MAX_LENGTH} characters or fewer`,
    }),
  /** The track's name on the map, the dashboard and search. */
  name: z
    .string({ error: "add a name, for example: name: Branch staff" })
    .trim()
    .min(2, { error: "write a name of at least 2 characters" })
    .max(40, { error: "shorten the name to 40 characters or fewer" }),
  /** One line on who the track is for. */
  audience: z
    .string({ error: "add an audience: one line on who the track is for" })
    .trim()
    .min(5, { error: "write an audience of at least a few words" })
    .max(120, { error: "shorten the audience to 120 characters or fewer" }),
  /** Three capital letters that stand for the track in completion codes. */
  code: z
    .string({ error: "add a code of 3 letters, for example: code: BRS" })
    .regex(/^[A-Z]{3}$/, { error: "use exactly 3 capital letters, for example: code: BRS" }),
  /** The title printed on the track's certificate. */
  certificateTitle: z
    .string({ error: "add a certificateTitle, for example: certificateTitle: Branch staff" })
    .trim()
    .min(2, { error: "write a certificate title of at least 2 characters" })
    .max(60, { error: "shorten the certificate title to 60 characters or fewer" }),
  /** Position on the map's track switcher; lower comes first. */
  order: z.number({ error: "add order as a whole number, for example: order: 1" }).int({
    error: "write order as a whole number, for example: order: 1",
  }),
  /** Whether the certificate lists the team activities the learner ticked (for managers). */
  listsTeamActivities: z.boolean({ error: "write true or false" }).default(false),
});

/** content/course.yaml as an author writes it. */
export const courseSchema = z.object({
  /** The organisation that runs the course: the certificate and the header name it. */
  organisation: z
    .string({ error: "add the organisation's name, for example: organisation: Northbank" })
    .trim()
    .min(2, { error: "write the organisation's name" })
    .max(80, { error: "shorten the organisation's name to 80 characters or fewer" }),
  /** The course's title: the site's name in the header and in every page title. */
  title: z
    .string({ error: "add the course title, for example: title: Serving our customers" })
    .trim()
    .min(3, { error: "write a title of at least 3 characters" })
    .max(60, { error: "shorten the title to 60 characters or fewer" }),
  /** The name under the app's icon on a phone's home screen; the title if left out. */
  shortName: z
    .string({ error: "write a short name, for example: shortName: Northbank" })
    .trim()
    .min(2, { error: "write a short name of at least 2 characters" })
    .max(12, { error: "shorten the short name to 12 characters or fewer: phones cut longer ones" })
    .optional(),
  /** An SVG file in content/, shown beside the title; optional. */
  logo: z
    .string({ error: "write the logo's file name, for example: logo: logo.svg" })
    .regex(/^[\w./-]+\.svg$/, { error: "use an SVG file in content/, for example: logo: logo.svg" })
    .optional(),
  /** Brand colours, checked for contrast against the light and the dark background. */
  colours: z.object(
    { light: schemeColours, dark: schemeColours },
    { error: "add colours: light: {primary, accent} and dark: {primary, accent}" },
  ),
  /** Where learners get help: a web address or an email address. */
  help: z
    .string({ error: "add where learners get help: a web address or an email address" })
    .trim()
    .refine((value) => /^https?:\/\/\S+$/.test(value) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
      error: "write a web address (https://…) or an email address",
    }),
  /** The learning tracks, from one to eight. */
  tracks: z
    .array(trackSchema, { error: "add tracks as a list" })
    .min(1, { error: "add at least one track" })
    .max(8, { error: "keep to eight tracks or fewer" }),
  /** The track a first visit shows. */
  defaultTrack: z.string({ error: "add defaultTrack: the id of the track a first visit shows" }),
  /** The track that holds every module (self-paced, say): it sets the map's full view. */
  everythingTrack: z.string({ error: "write everythingTrack as a track id" }).optional(),
  /** What the LMS packages report (docs/lms.md). */
  lms: z
    .object(
      {
        /** The two statuses a SCORM 1.2 package reports: when finished, and before. */
        reporting: z
          .enum(REPORTING_CHOICES, {
            error: `write one of ${REPORTING_CHOICES.join(", ")}`,
          })
          .default("completed-incomplete"),
        /** Whether each scored question's result is reported (never what the learner wrote). */
        reportAnswers: z.boolean({ error: "write true or false" }).default(false),
      },
      { error: "write lms: with reporting and reportAnswers under it" },
    )
    .default({ reporting: "completed-incomplete", reportAnswers: false }),
  /**
   * Other origins films may come from: a video platform a <Video platform="…"> plays from, or
   * a media server holding film files. Each is allowed only on the pages that use it.
   */
  media: z
    .array(
      z
        .string({ error: "write an origin, for example: https://www.youtube-nocookie.com" })
        .regex(/^https:\/\/[a-z0-9.-]+(?::\d+)?$/, {
          error:
            "write an origin only: https://, the host name and no path, for example: https://player.vimeo.com",
        }),
      { error: "write media as a list of origins, for example: media: [https://player.vimeo.com]" },
    )
    .default([]),
  /** Whether the offline copy holds the course's own films (they are large: off unless set). */
  offlineFilms: z.boolean({ error: "write true or false" }).default(false),
});

/** A translation's course file (content/<lang>/course.yaml): only the words, tracks by id. */
export const courseWordsSchema = z.object({
  /** The organisation's name in this language; the course file's if left out. */
  organisation: courseSchema.shape.organisation.optional(),
  /** The course's title in this language; the course file's if left out. */
  title: courseSchema.shape.title.optional(),
  /** Each track's words in this language, by the id it has in content/course.yaml. */
  tracks: z
    .array(
      z.object({
        id: z.string({ error: "add the id of a track in content/course.yaml" }),
        name: trackSchema.shape.name.optional(),
        audience: trackSchema.shape.audience.optional(),
        certificateTitle: trackSchema.shape.certificateTitle.optional(),
      }),
      { error: "add tracks as a list" },
    )
    .default([]),
});

/** What an author writes in content/course.yaml. */
export type CourseInput = z.input<typeof courseSchema>;
/** The course file after validation and defaults. */
export type CourseFile = z.output<typeof courseSchema>;
/** One track as code reads it. */
export type Track = z.output<typeof trackSchema>;
/** A translation's course file after validation. */
export type CourseWords = z.output<typeof courseWordsSchema>;
