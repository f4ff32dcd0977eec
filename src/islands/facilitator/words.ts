/*
 * The words of the facilitator's run sheet and its agenda, in one place for translation.
 */

export const runSheetWords = {
  pageTitle: (track: string) => `Run sheet: ${track}`,
  description: (track: string) =>
    `For facilitators: the one-day programme for the ${track} track, with the agenda, key points, discussion, scenarios, team activities and facilitator notes. Prints on A4 or Letter.`,
  lead: "Everything you need to run this track as a one-day programme with a group. Choose when you start and where the breaks go; the agenda follows. Print it, or save it as a PDF.",
  back: "Your team",
  agendaHeading: "Agenda",
  startLabel: "Start time",
  breaksLegend: "Breaks",
  breakAfter: (title: string) => `Break after “${title}”`,
  breakChoice: (minutes: number) => (minutes === 0 ? "No break" : `${minutes} minutes`),
  time: "Time",
  what: "What",
  activity: (title: string) => `Team activity: ${title}`,
  break: (minutes: number) =>
    minutes >= 45 ? `Lunch (${minutes} minutes)` : `Break (${minutes} minutes)`,
  dayEnds: (end: string, hours: string) => `The day ends at ${end}, ${hours} in all.`,
  hours: (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return `${hours} h${rest > 0 ? ` ${String(rest).padStart(2, "0")} min` : ""}`;
  },
  print: "Print the run sheet",
  minutes: (minutes: number, activity: number) =>
    activity > 0
      ? `About ${minutes} minutes, of which ${activity} for the team activity.`
      : `About ${minutes} minutes.`,
  keyPoints: "Key points",
  discussion: "Questions for discussion",
  scenarios: "Scenarios to play as a group",
  scenarioHint: "Read each step aloud and let the room choose; the choice says where it goes.",
  step: (number: number) => `Step ${number}`,
  leadsToStep: (number: number) => `→ step ${number}`,
  leadsToOutcome: (title: string) => `→ ends: ${title}`,
  outcomes: "How it can end",
  activities: "Team activity",
  notes: "Facilitator notes",
  noNotes: "No facilitator notes for this module.",
} as const;
