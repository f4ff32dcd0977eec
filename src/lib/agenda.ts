/*
 * The one-day programme's agenda: from a start time and the breaks chosen, each module's time,
 * its team activity's and the breaks', back to back. Pure functions over minutes since
 * midnight, shared by the run sheet's static default and the island that recomputes it.
 */

/** A module as the agenda times it. */
export interface AgendaModule {
  id: string;
  title: string;
  /** Minutes of the module itself: its minutes less its team activity's. */
  lessonMinutes: number;
  activityMinutes: number;
  /** The team activities' titles, for the agenda's line. */
  activityTitle?: string;
}

/** Minutes of break after a module, by module id. */
export type Breaks = Record<string, number>;

/** One line of the agenda. */
export interface AgendaItem {
  kind: "module" | "activity" | "break";
  /** The module's id for a module or activity; the module before it for a break. */
  moduleId: string;
  title: string;
  start: number;
  end: number;
}

/** Break lengths a facilitator can choose, in minutes. */
export const breakChoices = [0, 10, 15, 20, 30, 45, 60] as const;

/** The step every time on the agenda keeps to: times a facilitator would announce. */
export const AGENDA_STEP = 5;

/** `minutes` to the nearest 5, never less than 5 when there is any time at all. */
export function roundToStep(minutes: number): number {
  if (minutes <= 0) return 0;
  return Math.max(AGENDA_STEP, Math.round(minutes / AGENDA_STEP) * AGENDA_STEP);
}

/** The time slot of each module, from its start to the end of its team activity, by module id. */
export function moduleSlots(
  items: readonly AgendaItem[],
): Map<string, { start: number; end: number }> {
  const slots = new Map<string, { start: number; end: number }>();
  for (const item of items) {
    if (item.kind === "break") continue;
    const slot = slots.get(item.moduleId);
    slots.set(item.moduleId, { start: slot?.start ?? item.start, end: item.end });
  }
  return slots;
}

/** "HH:MM" (24-hour) for minutes since midnight; past midnight it goes round. */
export function clock(minutes: number): string {
  const day = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, "0")}:${String(day % 60).padStart(2, "0")}`;
}

/** Minutes since midnight from "HH:MM", or undefined when it is not a time. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** The agenda from `start` (minutes since midnight), with `breaks` after the modules named. */
export function agenda(
  modules: readonly AgendaModule[],
  start: number,
  breaks: Breaks,
): AgendaItem[] {
  const items: AgendaItem[] = [];
  // Every time on the agenda is a multiple of five minutes: the start, and every length.
  let at = Math.round(start / AGENDA_STEP) * AGENDA_STEP;
  const add = (kind: AgendaItem["kind"], moduleId: string, title: string, minutes: number) => {
    const length = roundToStep(minutes);
    items.push({ kind, moduleId, title, start: at, end: at + length });
    at += length;
  };
  modules.forEach((module, index) => {
    add("module", module.id, module.title, module.lessonMinutes);
    if (module.activityMinutes > 0) {
      add("activity", module.id, module.activityTitle ?? module.title, module.activityMinutes);
    }
    const pause = Object.hasOwn(breaks, module.id) ? (breaks[module.id] ?? 0) : 0;
    if (pause > 0 && index < modules.length - 1) add("break", module.id, "", pause);
  });
  return items;
}

/** Lunch comes at the first gap between modules from a quarter to twelve. */
const LUNCH_FROM = 11 * 60 + 45;
const LUNCH_MINUTES = 45;
/** The longest the room goes without a break, when a break between modules can prevent it. */
const STRETCH_MINUTES = 120;
const SHORT_BREAK = 15;

/**
 * Breaks for a day starting at `start`: lunch at the first gap from a quarter to twelve, and a
 * short break before a module that would keep the room sitting more than two hours.
 */
export function defaultBreaks(modules: readonly AgendaModule[], start: number): Breaks {
  const breaks: Breaks = {};
  const length = (module: AgendaModule) =>
    roundToStep(module.lessonMinutes) + roundToStep(module.activityMinutes);
  let at = Math.round(start / AGENDA_STEP) * AGENDA_STEP;
  let sinceBreak = 0;
  let hadLunch = false;
  modules.slice(0, -1).forEach((module, index) => {
    at += length(module);
    sinceBreak += length(module);
    let pause = 0;
    if (!hadLunch && at >= LUNCH_FROM) {
      pause = LUNCH_MINUTES;
      hadLunch = true;
    } else if (sinceBreak + length(modules[index + 1]!) > STRETCH_MINUTES) {
      pause = SHORT_BREAK;
    }
    if (pause > 0) {
      breaks[module.id] = pause;
      at += pause;
      sinceBreak = 0;
    }
  });
  return breaks;
}
