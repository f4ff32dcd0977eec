// @ts-check
/*
 * The film's scenes, drawn as SVG for this project: flat shapes, a calm palette, no words (the
 * words come as captions, in the viewer's language). Each scene lists its people; a shot puts
 * one of them in the light and dims the rest. Drawn at 1280 × 720, rendered at 640 × 360.
 */

export const WIDTH = 1280;
export const HEIGHT = 720;

/**
 * @typedef {{
 *   x: number, y: number, scale?: number, sit?: boolean,
 *   skin: string, hair: string, top: string, legs: string,
 *   hairStyle?: "short" | "long" | "bun" | "bald" | "cap",
 *   hold?: "bag" | "watch" | "letter" | "cane" | "form" | "flowers" | "notes" | "headset" | "trolley" | "coat",
 *   child?: boolean, facing?: 1 | -1,
 * }} Person
 */

const skins = ["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#ffdbac", "#6b4226"];

/** One person, standing or seated, feet at (x, y). */
function person(/** @type {Person} */ p) {
  const s = (p.scale ?? 1) * (p.child ? 0.74 : 1);
  const f = p.facing ?? 1;
  const parts = [];
  const legH = p.sit ? 0 : 150;
  const hipY = -legH - (p.sit ? 70 : 0);
  const shoulderY = hipY - 150;
  const headY = shoulderY - 52;
  // Legs.
  if (p.sit) {
    parts.push(
      `<path d="M-34 ${hipY} h70 l40 0 v70 h-26 v-44 h-84 z" fill="${p.legs}"/>`,
      `<rect x="50" y="-8" width="36" height="10" rx="5" fill="#2b2b33"/>`,
    );
  } else {
    parts.push(
      `<path d="M-34 ${hipY} h68 l-6 ${legH} h-22 l-6 -${legH - 40} l-6 ${legH - 40} h-22 z" fill="${p.legs}"/>`,
      `<rect x="-34" y="-8" width="32" height="10" rx="5" fill="#2b2b33"/>`,
      `<rect x="4" y="-8" width="32" height="10" rx="5" fill="#2b2b33"/>`,
    );
  }
  // Body and arms.
  parts.push(
    `<path d="M-46 ${hipY} q-6 -120 12 -${150 - 10} q34 -22 68 0 q18 20 12 ${150 - 10} z" fill="${p.top}"/>`,
    `<path d="M-40 ${shoulderY + 14} q-22 60 -6 120" stroke="${p.top}" stroke-width="24" stroke-linecap="round" fill="none"/>`,
    `<path d="M40 ${shoulderY + 14} q22 60 6 120" stroke="${p.top}" stroke-width="24" stroke-linecap="round" fill="none"/>`,
    `<circle cx="-44" cy="${shoulderY + 136}" r="12" fill="${p.skin}"/>`,
    `<circle cx="44" cy="${shoulderY + 136}" r="12" fill="${p.skin}"/>`,
    // Neck and head.
    `<rect x="-11" y="${shoulderY - 20}" width="22" height="26" fill="${p.skin}"/>`,
    `<ellipse cx="0" cy="${headY}" rx="34" ry="40" fill="${p.skin}"/>`,
  );
  const hair = p.hairStyle ?? "short";
  if (hair === "short")
    parts.push(
      `<path d="M-35 ${headY - 2} q2 -46 36 -44 q34 0 34 42 q-18 -22 -70 2 z" fill="${p.hair}"/>`,
    );
  if (hair === "long")
    parts.push(
      `<path d="M-38 ${headY + 44} q-10 -92 38 -88 q48 -2 38 88 h-12 q2 -44 -8 -62 q-30 10 -44 -4 q-10 30 -2 66 z" fill="${p.hair}"/>`,
    );
  if (hair === "bun")
    parts.push(
      `<circle cx="${-f * 26}" cy="${headY - 34}" r="17" fill="${p.hair}"/>`,
      `<path d="M-35 ${headY} q0 -46 35 -42 q36 -4 35 42 q-14 -24 -70 0 z" fill="${p.hair}"/>`,
    );
  if (hair === "cap")
    parts.push(
      `<path d="M-36 ${headY - 10} q4 -40 36 -38 q34 -2 36 38 z" fill="${p.hair}"/>`,
      `<rect x="${f > 0 ? 0 : -56}" y="${headY - 14}" width="56" height="9" rx="4" fill="${p.hair}"/>`,
    );
  // Face: eyes that look a little down, a closed mouth.
  parts.push(
    `<circle cx="${f * 8 - 10}" cy="${headY + 2}" r="3.2" fill="#2b2b33"/>`,
    `<circle cx="${f * 8 + 12}" cy="${headY + 2}" r="3.2" fill="#2b2b33"/>`,
    `<path d="M${f * 6 - 6} ${headY + 20} q7 3 14 0" stroke="#2b2b33" stroke-width="2.5" fill="none" stroke-linecap="round"/>`,
  );
  // What they hold.
  const hand = shoulderY + 136;
  const holds = {
    bag: `<rect x="30" y="${hand - 4}" width="34" height="42" rx="4" fill="#f4efe6" stroke="#9a8f7e" stroke-width="2"/><path d="M40 ${hand + 10} h14 M47 ${hand + 3} v14" stroke="#2f8f5b" stroke-width="4"/>`,
    watch: `<rect x="-54" y="${hand - 22}" width="20" height="12" rx="3" fill="#3c3c46"/>`,
    letter: `<rect x="-22" y="${hand - 30}" width="44" height="30" rx="2" fill="#fbfaf6" stroke="#b4ab9b" stroke-width="2"/><path d="M-14 ${hand - 20} h28 M-14 ${hand - 12} h20" stroke="#b4ab9b" stroke-width="2"/>`,
    cane: `<path d="M48 ${hand} v${-hand}" stroke="#5b4636" stroke-width="7" stroke-linecap="round"/>`,
    form: `<rect x="-30" y="${hipY - 8}" width="60" height="40" rx="2" fill="#fbfaf6" stroke="#b4ab9b" stroke-width="2"/>`,
    flowers: `<path d="M44 ${hand} l-6 -50 M44 ${hand} l4 -54 M44 ${hand} l12 -46" stroke="#3f7d4e" stroke-width="4"/><circle cx="38" cy="${hand - 54}" r="11" fill="#e0667a"/><circle cx="50" cy="${hand - 58}" r="11" fill="#f0b429"/><circle cx="58" cy="${hand - 48}" r="10" fill="#d45d79"/>`,
    notes: `<rect x="-40" y="${hand - 24}" width="80" height="14" rx="3" fill="#fbfaf6" stroke="#b4ab9b" stroke-width="2"/>`,
    headset: `<path d="M-36 ${headY - 6} q0 -50 36 -50 q36 0 36 50" stroke="#2b2b33" stroke-width="6" fill="none"/><rect x="-42" y="${headY - 10}" width="12" height="22" rx="5" fill="#2b2b33"/>`,
    trolley: `<rect x="${f * 60}" y="${hand - 30}" width="${f * 180}" height="18" rx="4" fill="#9fb3c2"/><circle cx="${f * 90}" cy="-14" r="14" fill="#3c3c46"/><circle cx="${f * 210}" cy="-14" r="14" fill="#3c3c46"/><path d="M${f * 70} ${hand - 12} v${-hand - 20}" stroke="#7d8d99" stroke-width="6"/><path d="M${f * 230} ${hand - 12} v${-hand - 20}" stroke="#7d8d99" stroke-width="6"/>`,
    coat: `<rect x="46" y="${hipY - 30}" width="70" height="28" rx="10" fill="#7a6a8a"/>`,
  };
  if (p.hold) parts.push(holds[p.hold]);
  return `<g transform="translate(${p.x} ${p.y}) scale(${s})">${parts.join("")}</g>`;
}

/** Where a person's head is, for the caption above them and the light on them. */
export function headOf(/** @type {Person} */ p) {
  const s = (p.scale ?? 1) * (p.child ? 0.74 : 1);
  const top = p.sit ? 70 + 150 + 52 + 40 : 150 + 150 + 52 + 40;
  return { x: p.x, y: p.y - top * s, height: top * s };
}

const chair = (/** @type {number} */ x, /** @type {number} */ y, colour = "#5f8aa6") =>
  `<g transform="translate(${x} ${y})"><rect x="-44" y="-78" width="88" height="14" rx="6" fill="${colour}"/><rect x="-44" y="-160" width="14" height="96" rx="6" fill="${colour}"/><rect x="-38" y="-64" width="8" height="64" fill="#4a5561"/><rect x="30" y="-64" width="8" height="64" fill="#4a5561"/></g>`;

const plant = (/** @type {number} */ x, /** @type {number} */ y) =>
  `<g transform="translate(${x} ${y})"><path d="M-26 0 h52 l-8 -60 h-36 z" fill="#b8734d"/><path d="M0 -60 q-60 -60 -30 -150 q20 60 30 150 q10 -110 50 -140 q10 90 -50 140" fill="#4f8a5b"/></g>`;

const wall = (/** @type {string} */ top, /** @type {string} */ floor, floorY = 560) =>
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="${top}"/><rect y="${floorY}" width="${WIDTH}" height="${HEIGHT - floorY}" fill="${floor}"/><rect y="${floorY - 6}" width="${WIDTH}" height="8" fill="#00000014"/>`;

/** @type {Record<string, { backdrop: string, people: Person[] }>} */
export const scenes = {
  opening: {
    backdrop:
      wall("#e9eef2", "#cfd8df") +
      `<rect x="860" y="110" width="280" height="300" rx="8" fill="#fff6dc"/><path d="M860 260 h280 M1000 110 v300" stroke="#d9cba6" stroke-width="10"/>` +
      `<polygon points="860,410 1140,410 1000,600 700,600" fill="#fff6dc" opacity="0.35"/>` +
      `<circle cx="420" cy="160" r="46" fill="#ffffff" stroke="#7b8a96" stroke-width="6"/><path d="M420 160 v-30 M420 160 h22" stroke="#3c3c46" stroke-width="5" stroke-linecap="round"/>` +
      [220, 330, 440, 550, 660].map((x) => chair(x, 600)).join("") +
      plant(120, 600),
    people: [],
  },
  branch: {
    backdrop:
      wall("#e8efe9", "#c9d3cb") +
      `<rect x="940" y="70" width="260" height="90" rx="8" fill="#ffffff"/><circle cx="990" cy="115" r="22" fill="#7a9e8a"/><rect x="1030" y="100" width="130" height="12" rx="6" fill="#c9d3cb"/><rect x="1030" y="122" width="90" height="12" rx="6" fill="#c9d3cb"/>` +
      person({
        x: 1080,
        y: 560,
        scale: 0.9,
        skin: skins[1],
        hair: "#2b2118",
        top: "#f2f2f2",
        legs: "#3c4a5a",
        hairStyle: "short",
        facing: -1,
      }) +
      `<rect x="880" y="380" width="400" height="180" fill="#7a9e8a"/><rect x="880" y="370" width="400" height="18" fill="#5d7f6c"/>` +
      `<path d="M120 520 h640" stroke="#8f9e94" stroke-width="6"/><rect x="116" y="440" width="10" height="120" fill="#8f9e94"/><rect x="756" y="440" width="10" height="120" fill="#8f9e94"/>` +
      plant(60, 600),
    people: [
      {
        x: 720,
        y: 640,
        skin: skins[4],
        hair: "#7a4b2a",
        top: "#c1554b",
        legs: "#3b3f55",
        hairStyle: "long",
        hold: "bag",
      },
      {
        x: 520,
        y: 640,
        skin: skins[0],
        hair: "#1d1d22",
        top: "#3f6fa0",
        legs: "#2c4663",
        hairStyle: "cap",
        hold: "watch",
      },
      {
        x: 320,
        y: 640,
        skin: skins[3],
        hair: "#d7d3cc",
        top: "#8c7aa8",
        legs: "#4a4458",
        hairStyle: "bun",
        hold: "letter",
      },
    ],
  },
  waiting: {
    backdrop:
      wall("#eeeaf2", "#d6d0de") +
      `<rect x="440" y="80" width="400" height="150" rx="10" fill="#263545"/>` +
      [0, 1, 2]
        .map(
          (i) =>
            `<rect x="470" y="${104 + i * 38}" width="${220 - i * 40}" height="18" rx="9" fill="#8fb6d9"/><rect x="760" y="${104 + i * 38}" width="50" height="18" rx="9" fill="#f0b429"/>`,
        )
        .join("") +
      [200, 300, 520, 620, 840, 940, 1060].map((x) => chair(x, 620, "#7d9bb8")).join("") +
      plant(1200, 620),
    people: [
      {
        x: 300,
        y: 620,
        sit: true,
        skin: skins[2],
        hair: "#3a2a1c",
        top: "#55708a",
        legs: "#2f3a45",
        hairStyle: "short",
        hold: "coat",
      },
      {
        x: 620,
        y: 620,
        sit: true,
        skin: skins[5],
        hair: "#1d1d22",
        top: "#d98a4e",
        legs: "#3f3a5a",
        hairStyle: "long",
        hold: "cane",
      },
      {
        x: 940,
        y: 620,
        sit: true,
        skin: skins[1],
        hair: "#1d1d22",
        top: "#4e9a7a",
        legs: "#37455a",
        hairStyle: "short",
        hold: "form",
        child: true,
      },
    ],
  },
  ward: {
    backdrop:
      wall("#e6f0f2", "#c7d6d9", 580) +
      `<rect x="60" y="140" width="220" height="440" rx="6" fill="#b9d0d6"/><rect x="80" y="170" width="80" height="110" rx="4" fill="#eaf4f6"/>` +
      `<rect x="120" y="420" width="300" height="160" fill="#8fb0b8"/><rect x="110" y="410" width="320" height="16" fill="#6f929b"/>` +
      `<path d="M0 110 h1280" stroke="#9cc1c9" stroke-width="14"/>` +
      `<rect x="1120" y="160" width="120" height="420" rx="6" fill="#b9d0d6"/>`,
    people: [
      {
        x: 270,
        y: 590,
        skin: skins[3],
        hair: "#2b2118",
        top: "#3e7fa8",
        legs: "#3e7fa8",
        hairStyle: "bun",
        hold: "notes",
        facing: -1,
      },
      {
        x: 620,
        y: 660,
        skin: skins[0],
        hair: "#1d1d22",
        top: "#6f5a7e",
        legs: "#33303f",
        hairStyle: "long",
        hold: "flowers",
      },
      {
        x: 860,
        y: 660,
        skin: skins[4],
        hair: "#8a8a8a",
        top: "#8aa5a0",
        legs: "#4b5b58",
        hairStyle: "bald",
        hold: "trolley",
      },
    ],
  },
  office: {
    backdrop:
      wall("#f0ede6", "#d9d2c4", 600) +
      `<rect x="80" y="90" width="380" height="200" rx="8" fill="#cfe3ee"/><path d="M270 90 v200" stroke="#f0ede6" stroke-width="10"/>` +
      `<rect x="220" y="470" width="360" height="18" rx="4" fill="#a07a58"/><rect x="660" y="470" width="360" height="18" rx="4" fill="#a07a58"/>` +
      `<rect x="300" y="360" width="150" height="100" rx="6" fill="#2f3b48"/><rect x="366" y="460" width="18" height="12" fill="#2f3b48"/>` +
      `<rect x="760" y="360" width="150" height="100" rx="6" fill="#2f3b48"/><rect x="826" y="460" width="18" height="12" fill="#2f3b48"/>` +
      [0, 1, 2, 3]
        .map(
          (i) =>
            `<rect x="776" y="${376 + i * 20}" width="${110 - i * 14}" height="10" rx="5" fill="#8fb6d9"/>`,
        )
        .join("") +
      `<rect x="236" y="488" width="12" height="112" fill="#7d6047"/><rect x="996" y="488" width="12" height="112" fill="#7d6047"/>` +
      plant(1160, 600),
    people: [
      {
        x: 480,
        y: 640,
        sit: true,
        skin: skins[4],
        hair: "#a0522d",
        top: "#b85c7a",
        legs: "#3d3550",
        hairStyle: "long",
        hold: "headset",
        facing: -1,
      },
      {
        x: 700,
        y: 640,
        sit: true,
        skin: skins[2],
        hair: "#3a2a1c",
        top: "#7a8b5a",
        legs: "#3b4252",
        hairStyle: "short",
      },
    ],
  },
  together: {
    backdrop:
      `<rect width="${WIDTH}" height="${HEIGHT}" fill="#eaf1f7"/><rect y="560" width="${WIDTH}" height="160" fill="#d5e0ea"/>` +
      `<circle cx="1060" cy="170" r="70" fill="#fff3c9"/>`,
    people: [],
  },
  end: { backdrop: `<rect width="${WIDTH}" height="${HEIGHT}" fill="#1f4e6e"/>`, people: [] },
};

// Everyone from the film in one line, smaller.
scenes.together.people = [
  ...scenes.branch.people,
  ...scenes.waiting.people,
  ...scenes.ward.people.filter((p) => p.hold !== "trolley"),
  ...scenes.office.people,
].map((p, index) => ({
  ...p,
  sit: false,
  x: 110 + index * 118,
  y: 640,
  scale: 0.62,
  hold: p.hold === "trolley" ? undefined : p.hold,
}));

/** One shot's picture: the scene, and the person in the light (or everyone, with no spot). */
export function drawShot(/** @type {string} */ sceneName, /** @type {number | undefined} */ spot) {
  const scene = scenes[sceneName];
  if (!scene) throw new Error(`No scene "${sceneName}"`);
  const people = scene.people
    .map((p, index) => {
      const lit = spot === undefined || spot === index;
      const head = headOf(p);
      const glow =
        spot === index
          ? `<ellipse cx="${p.x}" cy="${p.y - 4}" rx="${110 * (p.scale ?? 1)}" ry="22" fill="#fff3c9" opacity="0.9"/>`
          : "";
      return `${glow}<g opacity="${lit ? 1 : 0.42}">${person(p)}</g>${spot === index ? `<circle cx="${head.x}" cy="${head.y - 18}" r="6" fill="#f0b429"/>` : ""}`;
    })
    .join("");
  const dim =
    spot === undefined
      ? ""
      : `<rect width="${WIDTH}" height="${HEIGHT}" fill="#1b2430" opacity="0.12"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${scene.backdrop}${dim}${people}</svg>`;
}
