import type { UiStrings } from "../i18n/en";

/*
 * Inside an LMS package the site's usual words about privacy are not true as they stand: the
 * LMS records the learner's progress, and the record lives on the LMS's site, not "in this
 * browser" alone. The package build (CX_PACKAGE=1) says these instead; the normal site is
 * untouched. What stays true (reflections and names are never sent) is still said.
 */

type Overrides = {
  [Group in keyof UiStrings]?: Partial<Record<keyof UiStrings[Group], string>>;
};

const english: Overrides = {
  layout: {
    footerPrivacy:
      "Your LMS records your progress in this course. Your reflections and notes stay on this device and are never sent.",
  },
  mapPage: {
    lead: "Short modules on putting customers at the centre of your work. Follow your track's path from the top: your LMS records your progress as you go.",
  },
  progressPage: {
    lead: "Your LMS records your progress in this course. Your reflections, commitments and notes stay on this device and are never sent to it: download a copy to keep them safe.",
  },
  quiz: {
    reflectionHint:
      "Not scored. Your words stay on this device and are never sent, not even to your LMS.",
  },
  reviewPage: {
    needsJs: "Review needs JavaScript: it reads your progress on this device.",
  },
  notFound: {
    lead: "The link may be old, or a module may have moved. Your progress is safe: your LMS records it, whatever page you open.",
  },
  team: {
    keptHere:
      "The team is kept only in this browser, apart from your own progress, and is never sent to your LMS.",
  },
  certificatePage: {
    description:
      "Your certificate of completion for the {track} track, made from your progress in this course.",
    needsJs: "Your certificate needs JavaScript: it reads your progress on this device.",
    lead: "Made from your progress in this course. Your name stays on this device and is never sent, not even to your LMS.",
  },
};

const french: Overrides = {
  layout: {
    footerPrivacy:
      "Votre LMS enregistre votre progression dans ce cours. Vos réflexions et vos notes restent sur cet appareil et ne sont jamais envoyées.",
  },
  mapPage: {
    lead: "De courts modules pour mettre les clients au cœur de votre travail. Suivez le chemin de votre parcours depuis le haut\u00a0: votre LMS enregistre votre progression au fur et à mesure.",
  },
  progressPage: {
    lead: "Votre LMS enregistre votre progression dans ce cours. Vos réflexions, vos engagements et vos notes restent sur cet appareil et ne lui sont jamais envoyés\u00a0: téléchargez-en une copie pour les garder en lieu sûr.",
  },
  quiz: {
    reflectionHint:
      "Pas noté. Vos mots restent sur cet appareil et ne sont jamais envoyés, pas même à votre LMS.",
  },
  reviewPage: {
    needsJs:
      "La révision a besoin de JavaScript\u00a0: elle lit votre progression sur cet appareil.",
  },
  notFound: {
    lead: "Le lien est peut-être ancien, ou un module a changé de place. Votre progression ne risque rien\u00a0: votre LMS l’enregistre, quelle que soit la page que vous ouvrez.",
  },
  team: {
    keptHere:
      "L’équipe est conservée uniquement dans ce navigateur, à part de votre propre progression, et n’est jamais envoyée à votre LMS.",
  },
  certificatePage: {
    description:
      "Votre certificat de réussite du parcours {track}, établi à partir de votre progression dans ce cours.",
    needsJs:
      "Votre certificat a besoin de JavaScript\u00a0: il lit votre progression sur cet appareil.",
    lead: "Établi à partir de votre progression dans ce cours. Votre nom reste sur cet appareil et n’est jamais envoyé, pas même à votre LMS.",
  },
};

const overrides: Record<string, Overrides> = { en: english, fr: french };

/** `strings` as a package says them: the overrides of its language laid over each group. */
export function packageWords(strings: Record<string, UiStrings>): Record<string, UiStrings> {
  return Object.fromEntries(
    Object.entries(strings).map(([lang, words]) => {
      const over = overrides[lang] ?? {};
      const merged = { ...words } as Record<string, Record<string, unknown>>;
      for (const [group, values] of Object.entries(over)) {
        merged[group] = { ...merged[group], ...values };
      }
      return [lang, merged as unknown as UiStrings];
    }),
  );
}
