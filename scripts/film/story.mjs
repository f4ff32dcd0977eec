// @ts-check
/*
 * "What they carry": the film of "Empathy in practice", as a timeline. Each shot is one still
 * picture (a scene, with one person in the light or none); the words that appear over each person
 * are the film's captions, positioned above them, in every language the course has. One
 * timeline makes the pictures, the captions, the chapters and the descriptions, so they never
 * drift apart. Every word here is the project's own.
 *
 * Times are in seconds. `spot` is the index of the person in the light, `cue` the words over
 * them (or centred, with no spot), `describe` what a blind viewer is told about the picture.
 */

/** @typedef {{ en: string, fr: string }} Words */
/**
 * @typedef {{
 *   scene: string,
 *   start: number,
 *   spot?: number,
 *   cue?: Words,
 *   describe?: Words,
 * }} Shot
 */

/** The film's running time. */
export const duration = 120;

/** @type {{ start: number, title: Words }[]} */
export const chapters = [
  { start: 0, title: { en: "Opening", fr: "Ouverture" } },
  { start: 8, title: { en: "At the branch", fr: "À l’agence" } },
  { start: 34, title: { en: "In the waiting room", fr: "Dans la salle d’attente" } },
  { start: 60, title: { en: "On the ward", fr: "Dans le service" } },
  { start: 86, title: { en: "At the next desk", fr: "Au bureau d’à côté" } },
  { start: 104, title: { en: "What we can do", fr: "Ce que nous pouvons faire" } },
];

/** @type {Shot[]} */
export const shots = [
  {
    scene: "opening",
    start: 0,
    cue: {
      en: "Every day, you meet people in the middle of a story.",
      fr: "Chaque jour, vous croisez des gens au milieu d’une histoire.",
    },
    describe: {
      en: "An empty waiting area in morning light: a row of chairs, a plant, a clock on the wall.",
      fr: "Une salle d’attente vide, dans la lumière du matin : une rangée de chaises, une plante, une horloge au mur.",
    },
  },
  {
    scene: "branch",
    start: 8,
    describe: {
      en: "A bank branch. Three people wait in a queue in front of a counter, where a clerk is serving.",
      fr: "Une agence bancaire. Trois personnes font la queue devant un guichet, où un employé sert les clients.",
    },
  },
  {
    scene: "branch",
    start: 10,
    spot: 0,
    cue: {
      en: "Her card was refused at the pharmacy this morning.",
      fr: "Sa carte a été refusée à la pharmacie ce matin.",
    },
    describe: {
      en: "The light falls on a woman at the front of the queue, holding a paper bag from a pharmacy.",
      fr: "La lumière se pose sur une femme en tête de file, un sachet de pharmacie à la main.",
    },
  },
  {
    scene: "branch",
    start: 18,
    spot: 1,
    cue: {
      en: "He took an unpaid morning off to be here.",
      fr: "Il a posé une matinée sans solde pour venir.",
    },
    describe: {
      en: "Next, a man in work overalls, checking his watch.",
      fr: "Puis un homme en bleu de travail, qui regarde sa montre.",
    },
  },
  {
    scene: "branch",
    start: 26,
    spot: 2,
    cue: {
      en: "Third visit about the same letter. She has it by heart.",
      fr: "Troisième visite pour la même lettre. Elle la connaît par cœur.",
    },
    describe: {
      en: "Last in the queue, an older woman holds a folded letter in both hands.",
      fr: "En bout de file, une femme âgée tient une lettre pliée à deux mains.",
    },
  },
  {
    scene: "waiting",
    start: 34,
    describe: {
      en: "A hospital waiting room. Three people sit apart on plastic chairs under a departures-style screen of names.",
      fr: "Une salle d’attente d’hôpital. Trois personnes sont assises à l’écart sur des chaises en plastique, sous un écran qui affiche des noms.",
    },
  },
  {
    scene: "waiting",
    start: 36,
    spot: 0,
    cue: {
      en: "Waiting for his wife’s scan results. He hasn’t told the children yet.",
      fr: "Il attend les résultats du scanner de sa femme. Il n’a encore rien dit aux enfants.",
    },
    describe: {
      en: "A man sits forward, elbows on his knees, a coat folded beside him.",
      fr: "Un homme est penché en avant, les coudes sur les genoux, un manteau plié à côté de lui.",
    },
  },
  {
    scene: "waiting",
    start: 44,
    spot: 1,
    cue: {
      en: "First time she has left the house in a month.",
      fr: "C’est la première fois qu’elle sort de chez elle depuis un mois.",
    },
    describe: {
      en: "A young woman with a walking stick, looking at the door.",
      fr: "Une jeune femme avec une canne, qui regarde la porte.",
    },
  },
  {
    scene: "waiting",
    start: 52,
    spot: 2,
    cue: {
      en: "Translating for his mother. He is eleven.",
      fr: "Il traduit pour sa mère. Il a onze ans.",
    },
    describe: {
      en: "A boy sits beside his mother, a form on his lap.",
      fr: "Un garçon est assis à côté de sa mère, un formulaire sur les genoux.",
    },
  },
  {
    scene: "ward",
    start: 60,
    describe: {
      en: "A hospital corridor outside a ward. A nurse, a visitor and a porter with a trolley.",
      fr: "Un couloir d’hôpital devant un service. Une infirmière, une visiteuse et un brancardier avec un chariot.",
    },
  },
  {
    scene: "ward",
    start: 62,
    spot: 0,
    cue: {
      en: "Eleventh hour of a twelve-hour shift. Her own father is in the next building.",
      fr: "Onzième heure d’une garde de douze heures. Son propre père est hospitalisé dans le bâtiment voisin.",
    },
    describe: {
      en: "The nurse stands at a desk, writing notes.",
      fr: "L’infirmière, debout à un comptoir, écrit dans un dossier.",
    },
  },
  {
    scene: "ward",
    start: 70,
    spot: 1,
    cue: {
      en: "She drove four hours. Visiting time ends in ten minutes.",
      fr: "Elle a roulé quatre heures. Les visites se terminent dans dix minutes.",
    },
    describe: {
      en: "A woman in a coat holds flowers and a car key.",
      fr: "Une femme en manteau tient des fleurs et une clé de voiture.",
    },
  },
  {
    scene: "ward",
    start: 78,
    spot: 2,
    cue: {
      en: "Nobody has said his name all week.",
      fr: "Personne n’a prononcé son prénom de toute la semaine.",
    },
    describe: {
      en: "The porter pushes an empty trolley, eyes down.",
      fr: "Le brancardier pousse un chariot vide, les yeux baissés.",
    },
  },
  {
    scene: "office",
    start: 86,
    describe: {
      en: "An open-plan office. Two colleagues at neighbouring desks, screens on.",
      fr: "Un bureau ouvert. Deux collègues à des postes voisins, écrans allumés.",
    },
  },
  {
    scene: "office",
    start: 88,
    spot: 0,
    cue: {
      en: "Her father moved in with her last week.",
      fr: "Son père s’est installé chez elle la semaine dernière.",
    },
    describe: {
      en: "A woman with a headset rubs her eyes.",
      fr: "Une femme avec un casque se frotte les yeux.",
    },
  },
  {
    scene: "office",
    start: 96,
    spot: 1,
    cue: {
      en: "Fourteen calls before lunch. Two of them shouted.",
      fr: "Quatorze appels avant midi. Dans deux d’entre eux, on lui a crié dessus.",
    },
    describe: {
      en: "Her neighbour, a man in a cardigan, stares at a queue of calls on his screen.",
      fr: "Son voisin, un homme en gilet, fixe une file d’appels à l’écran.",
    },
  },
  {
    scene: "together",
    start: 104,
    cue: {
      en: "You can’t see what people carry.",
      fr: "Vous ne voyez pas ce que les gens portent.",
    },
    describe: {
      en: "Everyone from the film stands together in one line, small against a pale sky.",
      fr: "Toutes les personnes du film se tiennent côte à côte, petites sous un ciel pâle.",
    },
  },
  {
    scene: "together",
    start: 110,
    cue: {
      en: "But you can ask, and listen, before you answer.",
      fr: "Mais vous pouvez demander, et écouter, avant de répondre.",
    },
  },
  {
    scene: "end",
    start: 116,
    cue: {
      en: "What they carry. A film for this course.",
      fr: "Ce qu’ils portent. Un film pour ce cours.",
    },
    describe: {
      en: "The screen fades to a quiet blue.",
      fr: "L’image s’efface sur un bleu calme.",
    },
  },
];
