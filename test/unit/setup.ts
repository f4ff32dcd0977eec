import en from "../../src/i18n/en";
import { useStrings, type IslandStrings } from "../../src/i18n/browser/client";

/** Every English string with an English page's context: what an island at the site's root gets. */
export const englishStrings: IslandStrings = {
  ...en,
  page: {
    lang: "en",
    prefix: "",
    organisation: "CX Learning Map",
    title: "CX Learning Map",
    tracks: {},
  },
};

// Islands and helpers read the page's strings (src/i18n/browser/client.ts); tests read English, as the
// site's root does, and an island given its own strings replaces these.
useStrings(englishStrings);
