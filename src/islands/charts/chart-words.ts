import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import type { Confidence } from "../../vocabulary/record";

/*
 * The words of the charts on My progress, from the page's strings (the "charts" group of
 * src/i18n/<lang>.ts): the islands that draw them are given that group.
 */

const levelName = (level: Confidence) =>
  ({ sure: t.charts.levelSure, unsure: t.charts.levelUnsure, unknown: t.charts.levelUnknown })[
    level
  ];

export const chartWords = {
  trackBar: (track: string, done: number, total: number, share: string) =>
    plural(lang(), t.charts.trackBar, total, { track, done, share }),
  get tracksLabel() {
    return t.charts.tracksLabel;
  },
  get calibrationCaption() {
    return t.charts.calibrationCaption;
  },
  calibrationLine: (level: Confidence, right: number, total: number) =>
    total === 0
      ? fill(t.charts.calibrationNone, { level: levelName(level) })
      : fill(t.charts.calibrationLine, { level: levelName(level), right, total }),
  get calibrationKey() {
    return t.charts.calibrationKey;
  },
  get boxesCaption() {
    return t.charts.boxesCaption;
  },
  box: (box: number, days: number) => plural(lang(), t.charts.box, days, { box }),
  get learned() {
    return t.charts.learned;
  },
};
