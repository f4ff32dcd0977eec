/**
 * A prerequisite graph shaped like the real 13-module curriculum, by module number:
 * orientation 0→1→2→3, 1→4, 3/4→5; leader 1,2→6→7,8; 1→9; 1→10; 4,9→11; 7,8,11→12.
 */
export const realShape: Record<string, string[]> = {
  m0: [],
  m1: ["m0"],
  m2: ["m1"],
  m3: ["m2"],
  m4: ["m1"],
  m5: ["m3", "m4"],
  m6: ["m1", "m2"],
  m7: ["m6"],
  m8: ["m6"],
  m9: ["m1"],
  m10: ["m1"],
  m11: ["m4", "m9"],
  m12: ["m7", "m8", "m11"],
};
