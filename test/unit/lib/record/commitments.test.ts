import { describe, expect, it } from "vitest";
import {
  makeCommitment,
  recordCheckIn,
  removeCommitment,
} from "../../../../src/lib/record/commitments";
import { checkInDue, dueCheckIns } from "../../../../src/lib/commitments-due";
import { emptyProgress } from "../../../../src/lib/record/record";

/** A local time on a day counted from 1 November 2026 (day 32 is 2 December). */
const day = (date: number, hour = 10) => new Date(2026, 10, date, hour);

const committed = makeCommitment(
  emptyProgress(),
  "empathy-in-practice",
  "  Acknowledge the feeling before fixing the problem.  ",
  day(1),
);
const commitment = committed.commitments!["empathy-in-practice"]!;

describe("making a commitment", () => {
  it("keeps the trimmed text and when it was made, with no check-ins yet", () => {
    expect(commitment).toEqual({
      text: "Acknowledge the feeling before fixing the problem.",
      madeAt: day(1).toISOString(),
      checkIns: [],
    });
  });

  it("ignores an empty commitment", () => {
    expect(makeCommitment(emptyProgress(), "m", "   ", day(1))).toEqual(emptyProgress());
  });

  it("replaces an earlier commitment and its check-ins", () => {
    const checked = recordCheckIn(committed, "empathy-in-practice", { did: "yes" }, day(2));
    const changed = makeCommitment(
      checked,
      "empathy-in-practice",
      "Ask one more question.",
      day(3),
    );
    expect(changed.commitments!["empathy-in-practice"]).toEqual({
      text: "Ask one more question.",
      madeAt: day(3).toISOString(),
      checkIns: [],
    });
  });

  it("can be removed", () => {
    expect(removeCommitment(committed, "empathy-in-practice").commitments).toEqual({});
  });
});

describe("check-ins", () => {
  it("are due 1, 7 and 30 days after the commitment, not before", () => {
    expect(checkInDue(commitment, day(1, 23))).toBeUndefined();
    expect(checkInDue(commitment, day(2))).toBe(1);
    expect(checkInDue(commitment, day(7))).toBe(1);
    expect(checkInDue(commitment, day(8))).toBe(7);
    expect(checkInDue(commitment, day(31))).toBe(30);
  });

  it("stop being due once answered, until the next one", () => {
    let progress = recordCheckIn(
      committed,
      "empathy-in-practice",
      { did: "partly", note: "  Twice this week.  " },
      day(2),
    );
    const after = () => progress.commitments!["empathy-in-practice"]!;
    expect(after().checkIns).toEqual([
      { at: day(2).toISOString(), did: "partly", note: "Twice this week." },
    ]);
    expect(checkInDue(after(), day(5))).toBeUndefined();
    expect(checkInDue(after(), day(8))).toBe(7);
    progress = recordCheckIn(progress, "empathy-in-practice", { did: "yes" }, day(9));
    expect(checkInDue(after(), day(20))).toBeUndefined();
    expect(checkInDue(after(), day(31))).toBe(30);
    progress = recordCheckIn(progress, "empathy-in-practice", { did: "yes" }, day(31));
    expect(checkInDue(after(), day(200))).toBeUndefined();
  });

  it("ask only the latest when the learner was away past several", () => {
    const away = recordCheckIn(committed, "empathy-in-practice", { did: "not-yet" }, day(40));
    expect(away.commitments!["empathy-in-practice"]!.checkIns).toHaveLength(1);
    expect(checkInDue(away.commitments!["empathy-in-practice"]!, day(41))).toBeUndefined();
  });

  it("lists every commitment with a check-in due, oldest first", () => {
    const two = makeCommitment(
      committed,
      "our-experience-principles",
      "Name the principle.",
      day(3),
    );
    expect(dueCheckIns(two, day(4))).toEqual([
      { moduleId: "empathy-in-practice", text: commitment.text, days: 1, daysSince: 3 },
      { moduleId: "our-experience-principles", text: "Name the principle.", days: 1, daysSince: 1 },
    ]);
    expect(dueCheckIns(emptyProgress(), day(4))).toEqual([]);
  });

  it("say how long ago the commitment was made, across the end of a month", () => {
    const late = makeCommitment(emptyProgress(), "m", "Listen first.", day(28));
    expect(dueCheckIns(late, new Date(2026, 11, 5, 9))).toEqual([
      { moduleId: "m", text: "Listen first.", days: 7, daysSince: 7 },
    ]);
  });

  it("are not kept for a commitment that does not exist", () => {
    expect(recordCheckIn(emptyProgress(), "missing", { did: "yes" }, day(2))).toEqual(
      emptyProgress(),
    );
  });
});
