/*
 * The words of the charts on My progress, in one place for translation.
 */

const levelNames = { sure: "Sure", unsure: "Unsure", unknown: "“I don't know”" } as const;

export const chartWords = {
  trackBar: (track: string, done: number, total: number, share: string) =>
    `${track}: ${done} of ${total} modules done (${share})`,
  tracksLabel: "Modules done in each track",
  calibrationCaption: "How often each answer was right",
  calibrationLine: (level: keyof typeof levelNames, right: number, total: number) =>
    total === 0
      ? `${levelNames[level]}: no answers yet`
      : `${levelNames[level]}: ${right} of ${total} right`,
  calibrationKey: "Solid: right answers. Hatched: the rest.",
  boxesCaption: "Questions in each review box",
  box: (box: number, days: number) => `Box ${box} (every ${days} ${days === 1 ? "day" : "days"})`,
  learned: "Learned",
} as const;
