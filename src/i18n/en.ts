import type { Plural } from "./format";

/*
 * Every string the site shows, in English: the source of keys. Each other language has a file
 * beside this one typed against it (fr.ts), and the build stops naming the language and key
 * when one is missing (check.ts). `{name}` is filled in; an object of `one`/`other` forms is a
 * plural, chosen by Intl.PluralRules (format.ts). Groups are what a page hands an island.
 */
const en = {
  meta: {
    /** The language's name in itself, for the language switcher. */
    name: "English",
  },
  layout: {
    skip: "Skip to content",
    navLabel: "Site",
    map: "Learning map",
    progress: "My progress",
    review: "Review",
    glossary: "Glossary",
    footerPrivacy: "Your progress stays in this browser on this device. No account, no tracking.",
    footerHelp: "Questions about this course?",
    footerAsk: "Ask the learning team",
    languageLabel: "Language",
    switchToLong: "Read this page in English",
  },
  mapPage: {
    description:
      "Learn what customer focus means in your job: short modules, practice, and quizzes.",
    heading: "Your learning map",
    lead: "Short modules on putting customers at the centre of your work. Choose your track, follow the path from the top, and your progress is kept in this browser.",
  },
  modulePage: {
    time: "Time",
    minutes: { one: "About {count} minute", other: "About {count} minutes" },
    tracks: "Tracks",
    bestAfter: "Best after",
    status: "Your status",
    untranslated:
      "This module is not translated into English yet, so it is shown in its original language. Your progress counts the same.",
    quizNeedsJs: "This quiz needs JavaScript. The lesson above reads fine without it.",
    inPractice: "In practice:",
    commitmentHeading: "One thing you will do differently",
    commitmentLead:
      "Knowing is not the goal; doing is. Choose one thing to try this week, or write your own. The map will ask how it went after a day, a week and a month. Your answer stays on this device.",
    commitmentNeedsJs: "Keeping a commitment needs JavaScript; the module reads fine without it.",
  },
  progressPage: {
    title: "My progress",
    description:
      "What you have done so far, your certificates, reflections and commitments, and how to keep your progress: export, import or reset.",
    lead: "Your progress lives in this browser on this device, and nothing is sent anywhere. Download a copy to keep it safe or to carry on from another device.",
    needsJs:
      "Your progress, and the tools to keep it, need JavaScript. The modules read fine without it.",
    overview: "Where you are",
    tracks: "Your tracks",
    habits: "Confidence and review",
    commitments: "Your commitments",
    journal: "Your reflections journal",
    shareHeading: "Share with my manager",
    shareIntro:
      "Make a small summary of how far you are, to send to your manager as a file or as a text to paste. You see everything it holds before you send it. Managers add summaries on the",
    shareTeamPage: "team page",
    exportHeading: "Keep a copy",
    exportLead:
      "The file holds your module status, answers, results, reflections, commitments and review queue. Import it here, or on another device, to pick up where you left off.",
    importHeading: "Bring in progress from another device",
    importLead:
      "Choose a file you downloaded from this page. You will see what it changes before anything is saved; a file that cannot be used changes nothing.",
    resetHeading: "Start over",
    resetLead:
      "Clear all progress on this device. To start one module over, use “Reset this module” at the end of its page.",
  },
  reviewPage: {
    title: "Review",
    description:
      "Questions you missed or were unsure of come back after a day, three days and a week, until you know them.",
    lead: "Questions you answered wrong, or were unsure of, come back here a day later. Get one right and sure, and it waits longer: three days, then a week, then it is learned.",
    needsJs: "Review needs JavaScript: it reads your progress from this browser.",
    today: "Today's questions",
    checkIns: "Check-ins on your commitments",
  },
  glossaryPage: {
    title: "Glossary",
    description:
      "The terms the CX modules use, in plain words, each linked to the module that teaches it.",
    lead: "The words the modules use, in plain language. Each term links to the module that teaches it.",
    empty: "There are no terms yet. Add them to content/glossary.yaml.",
    aliases: "Also called:",
    learnIn: "Learn it in",
  },
  certificatePage: {
    title: "Certificate: {title}",
    description:
      "Your certificate of completion for the {track} track, made from the progress kept in this browser.",
    lead: "Made from the progress kept in this browser. Nothing about you, your name included, is sent anywhere.",
    needsJs: "Your certificate needs JavaScript: it reads your progress from this browser.",
  },
  verifyPage: {
    title: "Check completion codes",
    description:
      "Paste learners' completion codes to see the track and date of each, and whether it was typed correctly.",
    leadBefore: "Each certificate carries a code such as",
    leadAfter:
      ". Paste one or more here to see the track and the completion date, and whether the code is well formed.",
    receipt: "A receipt, not a credential.",
    receiptText:
      "The code's last character is a checksum that catches typos and casual edits. It does not prove who completed the track, and anyone who knows how the code is made could make one that passes. The check runs in your browser; no code is sent anywhere.",
    needsJs: "Checking codes needs JavaScript.",
  },
  searchPage: {
    title: "Search",
    description: "Find any module or glossary term by a word or phrase you remember.",
    needsJsBefore:
      "Search runs in your browser and needs JavaScript. If no search box appears here, JavaScript is turned off or blocked, but everything is still a click away: the",
    needsJsMiddle: "lists every module, and the",
    needsJsAfter: "explains every term and links to the module that teaches it.",
    browseBefore: "Prefer to browse? See the",
    or: "or the",
    mapLink: "learning map",
    glossaryLink: "glossary",
  },
  notFound: {
    title: "Page not found",
    description: "This page does not exist. Find your way back to the map.",
    heading: "We could not find that page",
    lead: "The link may be old, or a module may have moved. Your progress is safe: it lives in this browser, not on the page you were looking for.",
    goToMap: "Go to the learning map",
    goToMapAfter: "to pick up where you left off.",
  },
  /** Words that several islands and pages share. */
  common: {
    notStarted: "Not started",
    inProgress: "In progress",
    completed: "Completed",
    minutesShort: "{count} min",
    /** How a list of titles ends: "A, B and C". */
    and: "and",
    /** Words quoted from a learner or a question; French uses « » with non-breaking spaces. */
    quoted: "“{text}”",
    /** A label before its value: "Module: done"; French puts a non-breaking space before the colon. */
    labelled: "{label}: {value}",
  },
  save: {
    nothingYet: "Nothing saved on this device yet.",
    lastSaved: "Progress last saved on this device:",
    kept: " Your browser has agreed to keep it.",
    newer: "Progress from a newer version of this site is shown here but not changed.",
    full: "Progress could not be saved: this browser's storage for the site is full.",
    refused: "Progress cannot be saved on this device; it lasts until you close this tab.",
  },
  notices: {
    offline:
      "You are offline. The course still works, and your progress is still saved on this device.",
    updateReady:
      "A new version of the course is ready. Reload when it suits you: your progress is saved on this device and carries over.",
    updatedElsewhere:
      "The course was updated in another tab. Reload this page to carry on with the new version: your progress is saved.",
    reloadNow: "Reload now",
    later: "Later",
    repaired:
      "Part of your saved progress could not be read. Everything else is kept, and the original copy is set aside on this device rather than deleted.",
    unreadable:
      "Your saved progress could not be read, so this page starts afresh. The original copy is set aside on this device rather than deleted.",
    downloadSetAside: "Download the set-aside copy",
    newer:
      "Your progress was saved by a newer version of this site. This page shows it but will not change it, so nothing is lost. Reload the page to get the newest version.",
    full: "This browser's storage for the site is full, so new progress is not being saved on this device.",
    refused:
      "This browser is not letting the site store anything, so your progress lasts only until you close this tab.",
    stillBefore: "You can still finish every module, and",
    exportLink: "export your progress",
    stillAfter: "to keep a copy.",
    dismissLabel: "Dismiss this notice",
    dismiss: "Dismiss",
  },
  search: {
    open: "Search",
    close: "Close",
    /** The key that closes the dialog, as the keyboard labels it. */
    closeKey: "Esc",
    label: "Search modules and the glossary",
    hint: "Try a phrase you remember, such as “empathy map” or “Kudos”. Press ↓ to reach the results.",
    track: "Track",
    all: "All",
    searching: "Searching…",
    failed: "Search could not load. Reload the page, or use the learning map or the glossary.",
    inTrack: " in the {track} track",
    none: "No results for “{term}”{inTrack}.",
    results: {
      one: "{count} result for “{term}”{inTrack}",
      other: "{count} results for “{term}”{inTrack}",
    },
    narrow: ", best first. Add a word to narrow them.",
    tryOther: "Try fewer or different words",
    orAllTracks: ", or all tracks",
    browseBefore: ". You can also browse the",
    mapLink: "learning map",
    or: "or the",
    glossaryLink: "glossary",
    resultsLabel: "Results",
    glossary: "Glossary",
    tracks: { one: "Track: {names}", other: "Tracks: {names}" },
  },
  map: {
    startAfter: "Start after {titles}",
    heading: "The map",
    help: "Modules flow from top to bottom; an arrow leads from a module to the ones that build on it. Modules outside your track are shown with a dashed border.",
    allModules: "All modules, in reading order",
    continueHere: "Continue here",
    nextUp: "Next up",
    notInTrack: ", not in this track",
    headingContinue: "Continue where you left off",
    headingNext: "Next up",
    headingFinished: "You have finished this track",
    aboutMinutes: { one: "about {count} minute", other: "about {count} minutes" },
    buildsOn: "The {track} track builds on this module.",
    chooseAnother: "Choose another track, or revisit any module on the map.",
    trackProgress: {
      one: "{track}: {done} of {count} module done, about {left} minutes left.",
      other: "{track}: {done} of {count} modules done, about {left} minutes left.",
    },
    stepByStep: "Each track, step by step",
    trackSize: {
      one: "{count} module, about {minutes} minutes.",
      other: "{count} modules, about {minutes} minutes.",
    },
    trackDone: "{done} done, about {left} minutes left.",
    yourTrack: "Your track",
    share: "To send your team straight to this path, share this link:",
    shareLink: "{track} on the learning map",
    showing: {
      one: "Showing {track}: {count} module highlighted on the map.",
      other: "Showing {track}: {count} modules highlighted on the map.",
    },
  },
  quiz: {
    questionOf: "Question {number} of {total}",
    introUnscored: {
      one: "{count} question, for you alone: nothing here is scored, and your answers stay on this device.",
      other:
        "{count} questions, for you alone: nothing here is scored, and your answers stay on this device.",
    },
    intro: {
      one: "{count} question. Pass mark: {mark}{ofScored}. Check each answer to see why it is right or wrong.",
      other:
        "{count} questions. Pass mark: {mark}{ofScored}. Check each answer to see why it is right or wrong.",
    },
    ofScored: " of the scored questions",
    passed: "✓ Passed.",
    notPassed: "Not passed yet.",
    result:
      "You answered {right} of {total} correctly ({score}{partial}); the pass mark is {mark}.",
    withPartial: " with partial credit",
    best: "Your best score: {score}.",
    bestSoFar: "Your best score so far: {score}{passed}.",
    bestPassed: " (passed)",
    howSure: "How sure you were, and how it went:",
    tryAgain: "Try again",
    done: "✓ Done.",
    doneText:
      "Thank you for answering. Nothing here is scored; come back and change your answers whenever you like.",
    sureRight: "When you were sure, you were right {right} of {total} times.",
    unsureRight: "When you were unsure, you were right {right} of {total} times.",
    saidUnknown: {
      one: "You said “I don't know” once. That is an honest answer: the explanation is there for you to read.",
      other:
        "You said “I don't know” {count} times. That is an honest answer: the explanation is there for you to read.",
    },
    sureWrong: {
      one: "You were sure of {count} answer that was not right. Those are worth a second look: certainty makes a mistake harder to spot.",
      other:
        "You were sure of {count} answers that were not right. Those are worth a second look: certainty makes a mistake harder to spot.",
    },
    saidUnknownTwice:
      "You said “I don't know” twice. That is an honest answer: the explanation is there for you to read.",
    sureAllRight: "Every answer you were sure of was right: your confidence was well placed.",
    unsureButRight: {
      one: "You were unsure of {count} answer that was right: you know more than you thought.",
      other: "You were unsure of {count} answers that were right: you know more than you thought.",
    },
    markCorrect: "your answer, right",
    markIncorrect: "your answer, not right",
    markMissed: "a right answer you left out",
    howSureQuestion: "How sure are you?",
    sure: "Sure",
    unsure: "Unsure",
    unknown: "I don't know",
    check: "Check answer",
    showAnswer: "Show me the answer",
    sayHowSure: "Say how sure you are first: sure, unsure, or I don't know.",
    honest:
      " That is an honest answer. It does not count as correct, and here is what you need to know:",
    idea: "The idea behind it:",
    verdictUnknown: "? You said you don't know.",
    verdictCorrect: "✓ Correct.",
    verdictPartial: "◐ Partly right ({score}).",
    verdictIncorrect: "✗ Not quite.",
    changed: "This question changed since you answered it. Try the quiz again.",
    chooseOne: "Choose an answer first.",
    theAnswerIs: "The answer is “{text}”",
    multipleHint:
      "Choose every answer that applies. Each right choice earns part of the credit; each wrong one takes a part back.",
    chooseAtLeastOne: "Choose at least one answer first.",
    choseRight: "✓ You chose this, and it is right.",
    choseWrong: "✗ You chose this, but it is not right.",
    leftOutRight: "◐ You left this out, but it is right.",
    rightlyLeftOut: "✓ You rightly left this out.",
    right: "Right:",
    notRight: "Not right:",
    trueFalseHint: "Is this statement true or false?",
    chooseTrueFalse: "Choose true or false first.",
    statementIs: "The statement is {value}.",
    trueWord: "true",
    falseWord: "false",
    trueLabel: "True",
    falseLabel: "False",
    orderingHint:
      "Put these in order, first at the top, with the Move up and Move down buttons. Each item in its right place earns part of the credit.",
    alreadyFirst: "“{text}” is already first.",
    alreadyLast: "“{text}” is already last.",
    moved: "Moved “{text}” to position {position} of {total}.",
    rightOrder: "The right order is:",
    inPlace: " — ✓ in the right place",
    belongsAt: " — ✗ belongs at position {position}",
    moveUpLabel: "Move up: {text}",
    moveDownLabel: "Move down: {text}",
    moveUp: "Move up",
    moveDown: "Move down",
    matchingHint:
      "Match each item with one from the list. Each right match earns part of the credit.",
    matchEvery: "Choose a match for every item first.",
    matched: "✓ Matched. ",
    notMatched: "✗ Not matched. ",
    goesWith: "“{left}” goes with “{right}”.",
    chooseMatch: "Choose a match",
    rightMatch: "✓ right match",
    notAMatch: "✗ not a match",
    scenarioHint:
      "A practice conversation. Choose how you would respond and see what happens next.",
    you: "You:",
    whatHappens: "What happens:",
    howRespond: "How do you respond?",
    respond: "Respond",
    chooseResponse: "Choose a response first.",
    outcome: "Outcome:",
    ofCredit: "({score} of the credit)",
    debrief: "Debrief:",
    scenarioChanged: "This scenario changed since you played it. Try the quiz again.",
    reflectionHint:
      "Not scored. Your words stay in this browser on this device and are never sent anywhere.",
    yourReflection: "Your reflection",
    saveHere: "Save on this device",
    cancel: "Cancel",
    whatYouWrote: "What you wrote:",
    editReflection: "Edit your reflection",
    writeFirst: "Write a few words first; a single line is fine.",
    savedOn: "✓ Saved on this device on {date}.",
    scaleHint:
      "No right answers and not scored: rate each statement as it is for you today. Your profile stays on this device.",
    rateEvery: "Rate every statement first: “{text}” has no rating yet.",
    showProfile: "Show my profile",
    rateAgain: "Rate again",
    yourProfile: "Your profile",
    profileScale: "(1 is “{lowest}”, {count} is “{highest}”):",
    dimensionScore: "{average} of {count}, closest to “{label}”.",
  },
  checkIn: {
    yes: "Yes",
    partly: "Partly",
    notYet: "Not yet",
    yesterday: "Yesterday",
    aWeekAgo: "A week ago",
    aMonthAgo: "A month ago",
    daysAgo: { one: "{count} day ago", other: "{count} days ago" },
    chooseFirst: "Choose yes, partly or not yet first.",
    committedTo: "{since} you committed to: “{text}”",
    fromModule: " (from {title})",
    didYou: " Did you?",
    noteLabel: "What happened? (optional, kept on this device)",
    save: "Save check-in",
    saved: "Check-in saved on this device. Thank you.",
    noneMade:
      "No commitments yet. At the end of “Our experience principles” and “Empathy in practice” you choose one thing to do differently; its check-ins come here.",
    noneDue: "No check-ins due today. Your commitments and check-ins are listed on My progress.",
  },
  commitmentList: {
    none: "None yet. “Our experience principles” and “Empathy in practice” end by asking for one thing you will do differently; the map then asks how it went after a day, a week and a month.",
    from: "From",
    due: "A check-in is due:",
    checkInLink: "check in",
    didYou: "did you?",
  },
  commitment: {
    writeOwn: "Write your own commitment first.",
    chooseOne: "Choose one first.",
    saved: "Saved. The map will ask how it went, starting tomorrow.",
    removed: "Your commitment was removed.",
    yours: "Your commitment:",
    madeOn: "Made on {date}.",
    noCheckIns: "No check-ins yet.",
    checkIns: { one: "{count} check-in so far.", other: "{count} check-ins so far." },
    chooseAnother: "Choose another",
    remove: "Remove it",
    question: "What will you do differently?",
    own: "Something else, in my own words",
    ownLabel: "Your commitment",
    commit: "Commit to this",
    keep: "Keep my current one",
  },
  teamActivity: {
    ran: "I ran “{title}” with my team",
    tickIt: "Tick it once you have run it. Your leader certificate lists the activities you ran.",
    ticked: "✓ Ticked on {date}. Your leader certificate lists it.",
  },
  certificate: {
    checking: "Checking your progress…",
    notComplete: "Not complete yet",
    doneOf: {
      one: "You have completed {done} of {count} module of the {track} track. Your certificate appears here once you complete these:",
      other:
        "You have completed {done} of {count} modules of the {track} track. Your certificate appears here once you complete these:",
    },
    notStarted: "not started",
    inProgress: "in progress",
    nameLabel: "Your name, as it should appear on the certificate",
    nameHint: "Kept only in this browser. It is not part of the completion code.",
    print: "Print or save as PDF",
    heading: "Certificate of completion",
    record: "This is to record that",
    typeName: "(type your name above)",
    completedBefore: "completed the",
    completedMiddle: "track on",
    completedAfter: ", with these modules:",
    activities: "Team activities run with their team",
    noActivities: "None ticked yet: tick each one in its module once you have run it.",
    code: "Completion code",
    checkAt: "Check it at",
    small:
      "The code is a receipt, made from this browser's progress record: it shows the track and date and catches typos, but it is not a forgery-proof credential.",
  },
  due: {
    heading: "Coming back to what you learned",
    reviews: {
      one: "{count} question is due for review.",
      other: "{count} questions are due for review.",
    },
    reviewNow: { one: "Review it now", other: "Review them now" },
  },
  resetModule: {
    question:
      "Reset “{title}”? Its status, quiz answers, reflections, review questions and time will be cleared. Your commitments and ticked team activities stay, and other modules are not affected.",
    yes: "Yes, reset this module",
    cancel: "Cancel",
    start: "Reset this module",
    done: "This module has been reset.",
  },
  resetAll: {
    start: "Reset all progress",
    question:
      "Reset all progress on this device? Every module, answer and reflection will be cleared, and this cannot be undone. Download a copy first if you may want it back.",
    yes: "Yes, reset everything",
    cancel: "Cancel",
    done: "All progress on this device has been reset.",
  },
  overview: {
    completed: {
      one: "You have completed {done} of {count} module.",
      other: "You have completed {done} of {count} modules.",
    },
    bestScore: " · best score {score}",
    kept: {
      one: "Your record also holds progress from {count} module this course no longer has. It is kept, in case it comes back, but not counted.",
      other:
        "Your record also holds progress from {count} modules this course no longer has. It is kept, in case they come back, but not counted.",
    },
  },
  dashboard: {
    underAMinute: "under a minute",
    about: "about {duration}",
    done: { one: "{done} of {count} module done", other: "{done} of {count} modules done" },
    time: "; time on its modules: {duration}",
    /** When a track's modules were done: one day, or the first and last. */
    on: "; {date}",
    fromTo: "; {from} to {to}",
    openCertificate: "Open your certificate",
    toGo: {
      one: "Certificate: {count} module to go",
      other: "Certificate: {count} modules to go",
    },
    tableLabel: "{track}: modules table",
    module: "Module",
    status: "Status",
    bestScore: "Best score",
    time2: "Time",
    started: "Started",
    completed: "Completed",
    note: "Time is counted while you are active on a module's page: reading, scrolling or answering. Pauses of more than two minutes count as two, and time away from the page not at all, so every figure is approximate.",
  },
  share: {
    nameLabel: "Your name, as your manager will see it",
    nameHint:
      "Only for this summary. It is filled in from your certificate name if you gave one; change it as you like.",
    nameNeeded: "Type your name first: your manager needs to know whose summary it is.",
    previewHeading: "What the summary holds",
    never:
      "It never holds your answers, your reflections, or what your commitments and check-ins say: only the counts below.",
    trackLine: {
      one: "{track}: {done} of {count} module done",
      other: "{track}: {done} of {count} modules done",
    },
    moduleDone: "{title}: done on {day}",
    moduleDoneScore: "{title}: done on {day}, best score {score}",
    moduleStarted: "{title}: started",
    moduleStartedScore: "{title}: started, best score so far {score}",
    noModules: "No modules started yet.",
    certificatesHeading: "Certificates",
    certificate: "{title}, completion code {code}",
    noneCertified: "None yet.",
    reviewLine: {
      one: "Review: {count} question learned, {waiting} waiting, {due} due today.",
      other: "Review: {count} questions learned, {waiting} waiting, {due} due today.",
    },
    commitmentsLine: {
      one: "Commitments: {made} made, {count} check-in.",
      other: "Commitments: {made} made, {count} check-ins.",
    },
    download: "Download the summary file",
    makeText: "Make a text to paste",
    textLabel: "Your summary as text: copy it into a chat or an email to your manager",
    copy: "Copy the text",
    copied: "Copied. Paste it into a message to your manager.",
    copyFailed: "Select the text and copy it yourself: this browser did not let the page copy it.",
    downloaded: "The summary file is downloading. Send it to your manager as you would any file.",
    textMade:
      "Your summary is ready below, {length} characters. If a part goes missing on the way, the team page says so rather than show it wrong.",
  },
  charts: {
    trackBar: {
      one: "{track}: {done} of {count} module done ({share})",
      other: "{track}: {done} of {count} modules done ({share})",
    },
    tracksLabel: "Modules done in each track",
    calibrationCaption: "How often each answer was right",
    levelSure: "Sure",
    levelUnsure: "Unsure",
    levelUnknown: "“I don't know”",
    calibrationNone: "{level}: no answers yet",
    calibrationLine: "{level}: {right} of {total} right",
    calibrationKey: "Solid: right answers. Hatched: the rest.",
    boxesCaption: "Questions in each review box",
    box: { one: "Box {box} (every day)", other: "Box {box} (every {count} days)" },
    learned: "Learned",
  },
  habits: {
    howSure: "How sure you were, and how it went",
    noneYet:
      "Quizzes that ask “How sure are you?” show here how often you were right when you were sure. None answered yet.",
    review: "Review",
    noneWaiting: "No questions are waiting for review.",
    waiting: {
      one: "{count} question is waiting for review, {due} due today; {learned} learned through review.",
      other:
        "{count} questions are waiting for review, {due} due today; {learned} learned through review.",
    },
    reviewNow: "Review now",
    nextOn: "The next one comes back on {date}.",
  },
  journal: {
    deleted: "The reflection was deleted from this device.",
    empty:
      "Nothing yet. When a module asks you to reflect, what you write is kept here, on this device only.",
    print: "Print my journal",
    gone: "A reflection from a module this course no longer has",
    confirmLabel: "Confirm deletion",
    confirm: "Delete this reflection from this device? This cannot be undone.",
    yes: "Yes, delete it",
    keep: "Keep it",
    delete: "Delete",
    deleteHidden: " this reflection",
  },
  verify: {
    notShape: "This is not in the shape of a completion code ({example}).",
    notTrack: "“{code}” is not a track: codes use {codes}.",
    notDate: "{date} is not a real date.",
    badCheck:
      "The check character does not match: a character was mistyped, or the code was changed.",
    label: "Completion codes, one per line",
    hint: "Up to {max} codes at a time. For more, check them in rounds.",
    check: "Check codes",
    pasteFirst: "Paste at least one code first.",
    onlyFirst:
      "Only the first {count} codes were checked: this box reads up to {max} codes, or {chars} characters, at a time. Check the rest in another round.",
    tableLabel: "Checked codes",
    caption: {
      one: "{count} code checked, {ok} well formed",
      other: "{count} codes checked, {ok} well formed",
    },
    code: "Code",
    wellFormed: "Well formed?",
    track: "Track",
    completedOn: "Completed on",
    modules: "Modules",
    yes: "✓ Yes",
    no: "✗ No.",
    sameModules: "The track's modules today",
    otherModules: "Other modules: the track has changed since, or the code was made elsewhere",
  },
  review: {
    learned: "Learned: this question will not come back.",
    movedUp: "Moved up to box {box} of {boxes}: it comes back in {days} days, on {date}.",
    backToOne: "Back to box 1: it comes back tomorrow, {date}.",
    stays: "Stays in box {box}: it comes back on {date}.",
    looking: "Looking for questions due today…",
    failed: "The questions could not be loaded. Check your connection and reload the page.",
    nothing: "Nothing to review today.",
    nextOn: "The next question comes back on {date}.",
    howItWorks:
      "Questions you answer wrong, or say you are unsure of, come back here the next day.",
    backToMap: "Back to the learning map",
    sessionLabel: "Today's review",
    intro: {
      one: "{count} question to review today. Say how sure you are each time: a right answer you are sure of moves the question up a box, and after box {boxes} it is learned.",
      other:
        "{count} questions to review today. Say how sure you are each time: a right answer you are sure of moves the question up a box, and after box {boxes} it is learned.",
    },
    from: "From",
    doneToday: "Done for today.",
    summary: "{up} moved up, {again} will come back.",
    nextReview: "The next review is on {date}.",
    nothingWaiting: "Nothing is waiting.",
  },
  transfer: {
    download: "Download my progress",
    downloading:
      "Your progress file is downloading. Keep it somewhere private: it holds your answers and reflections.",
    none: "none",
    notStarted: "not started",
    inProgress: "in progress",
    completed: "completed",
    nothing: "This would change nothing: this device already has everything in the file.",
    replacingLoses: "Replacing would lose ",
    mergingLoses: "Merging would lose ",
    lossAfter: "{list} from this device. To keep a copy, download your progress first.",
    gained: "Modules gained",
    nowStatus: "{title}: now {status}",
    raised: "Scores raised",
    alsoAdded: "Also added",
    changed: "Changed",
    goBack: "Modules that would go back",
    lowered: "Scores lowered",
    alsoRemoved: "Also removed",
    smallDetails: "Only small details would change, such as the dates of visits.",
    replaceAndLose: "Replace and lose {list}",
    mergeAndLose: "Merge and lose {list}",
    replace: "Replace my progress",
    merge: "Merge into my progress",
    couldNotStart: "The import could not start. Reload the page and choose the file again.",
    notImportedAt:
      "Nothing was imported: at {place}, the result would not read back as it is once saved. Your progress is as it was.",
    imported: "Imported. {modules} gained, {scores} raised.",
    modules: { one: "{count} module", other: "{count} modules" },
    scores: { one: "{count} score", other: "{count} scores" },
    nothingImported: "Nothing was imported.",
    cancel: "Cancel",
    chooseFile: "Choose a progress file (.json)",
    previewHeading: "What this file would change",
    how: "How to bring it in",
    mergeChoice: "Merge: keep the better result for each module, and add what only the file has",
    replaceChoice: "Replace: use only the file, clearing what this device has now",
    answers: { one: "{count} quiz answer", other: "{count} quiz answers" },
    reflections: { one: "{count} reflection", other: "{count} reflections" },
    commitments: { one: "{count} commitment", other: "{count} commitments" },
    checkIns: { one: "{count} check-in", other: "{count} check-ins" },
    activities: { one: "{count} team activity", other: "{count} team activities" },
    review: {
      one: "{count} question in your review queue",
      other: "{count} questions in your review queue",
    },
    answersChanged: { other: "replaced by the other device's attempt" },
    reflectionsChanged: { other: "rewritten" },
    commitmentsChanged: { other: "replaced by another commitment" },
    checkInsChanged: { other: "changed" },
    activitiesChanged: { other: "with another date" },
    reviewChanged: { other: "due on another day" },
    activeTime: "{duration} of active time",
    nameIs: "your name on certificates: “{name}”",
    nameChange: "your name on certificates: “{from}” → “{to}”",
    name: "your name on certificates",
    progressIn: { one: "progress in {count} module", other: "progress in {count} modules" },
    bestScores: { one: "{count} best score", other: "{count} best scores" },
    tooLarge:
      "This file is {size} MB. A progress file is a few kilobytes and never over 1 MB, so this is probably a different file.",
    outOfRange: "the value is out of range",
    tooBig: "the number is too large to keep",
    oneOf: "expected one of {choices}",
    allowed: "the allowed values",
    expected: "expected {what}",
    notValid: "the value is not valid",
    invalidAt:
      "Part of this file is not valid progress: at {place}, {what}{more}. Nothing was imported.",
    andMore: " (and {count} more)",
    empty: "This file is empty, so it is not a progress file exported from this site.",
    tooDeep:
      "This file nests lists or objects more than {depth} levels deep. A progress file nests only a few levels, so this is probably a different file.",
    notJson: "This file is not JSON, so it is not a progress file exported from this site.",
    forbidden:
      'This file contains a key named "{key}", which progress files never have. It was not imported, to keep this page safe.',
    badVersion: "This file's version is {version}, which this site cannot read.",
    newer:
      "This file comes from a newer version of this site (format {version}; this page reads up to {current}). Reload the page to get the newest version, then import it again.",
    unknownField: "there is a field that progress files do not have",
    noReadBack: "the value would not read back as it is once saved",
    notProgress:
      "This file is not a progress file exported from this site: it does not have the right shape.",
  },
};

/** The shape every language's strings file has. */
/** A plural group may have any language's forms (and `by`, format.ts), not only English's. */
type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? Plural
    : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof en>;

export default en;
