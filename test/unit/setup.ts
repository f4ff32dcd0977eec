import en from "../../src/i18n/en";
import { useStrings } from "../../src/i18n/client";

// Islands and helpers read the page's strings (src/i18n/client.ts); tests read English, as the
// site's root does, and an island given its own strings replaces these.
useStrings({
  ...en,
  page: {
    lang: "en",
    prefix: "",
    organisation: "CX Learning Map",
    title: "CX Learning Map",
    tracks: {},
  },
});
