import type { UiStrings } from "./en";

/* The site's words in French. Keys and groups follow en.ts; README, "Languages", says how to add one. */
const fr: UiStrings = {
  meta: {
    name: "Français",
  },
  layout: {
    skip: "Aller au contenu",
    navLabel: "Site",
    map: "Carte d’apprentissage",
    progress: "Ma progression",
    review: "Révision",
    glossary: "Glossaire",
    footerPrivacy:
      "Votre progression reste dans ce navigateur, sur cet appareil. Pas de compte, pas de suivi.",
    footerHelp: "Des questions sur cette formation ?",
    footerAsk: "Écrivez à l’équipe de formation",
    languageLabel: "Langue",
    switchToLong: "Lire cette page en français",
  },
  mapPage: {
    description:
      "Découvrez ce que l’orientation client veut dire dans votre travail : modules courts, mises en pratique et quiz.",
    heading: "Votre carte d’apprentissage",
    lead: "De courts modules pour mettre les clients au cœur de votre travail. Choisissez votre parcours, suivez le chemin depuis le haut : votre progression est gardée dans ce navigateur.",
  },
  modulePage: {
    time: "Durée",
    minutes: { one: "Environ {count} minute", other: "Environ {count} minutes" },
    tracks: "Parcours",
    bestAfter: "À suivre après",
    status: "Votre statut",
    untranslated:
      "Ce module n’est pas encore traduit en français : il s’affiche dans sa langue d’origine. Votre progression compte de la même façon.",
    quizNeedsJs: "Ce quiz a besoin de JavaScript. La leçon ci-dessus se lit très bien sans.",
    inPractice: "En pratique :",
    commitmentHeading: "Une chose que vous ferez autrement",
    commitmentLead:
      "Savoir n’est pas le but : faire, oui. Choisissez une chose à essayer cette semaine, ou écrivez la vôtre. La carte vous demandera comment cela s’est passé après un jour, une semaine et un mois. Votre réponse reste sur cet appareil.",
    commitmentNeedsJs:
      "Prendre un engagement demande JavaScript ; le module se lit très bien sans.",
  },
  progressPage: {
    title: "Ma progression",
    description:
      "Ce que vous avez fait jusqu’ici, vos certificats, réflexions et engagements, et comment garder votre progression : exporter, importer ou réinitialiser.",
    lead: "Votre progression vit dans ce navigateur, sur cet appareil, et rien n’est envoyé nulle part. Téléchargez-en une copie pour la garder en lieu sûr ou pour continuer sur un autre appareil.",
    needsJs:
      "Votre progression, et les outils pour la garder, ont besoin de JavaScript. Les modules se lisent très bien sans.",
    overview: "Où vous en êtes",
    tracks: "Vos parcours",
    habits: "Confiance et révision",
    commitments: "Vos engagements",
    journal: "Votre journal de réflexions",
    shareHeading: "Partager avec mon gestionnaire",
    shareIntro:
      "Préparez un petit résumé de votre avancement, à envoyer à votre gestionnaire en fichier ou en texte à coller. Vous voyez tout ce qu’il contient avant de l’envoyer. Les gestionnaires ajoutent les résumés sur la",
    shareTeamPage: "page d’équipe",
    exportHeading: "Garder une copie",
    exportLead:
      "Le fichier contient le statut de vos modules, vos réponses, vos résultats, vos réflexions, vos engagements et votre file de révision. Importez-le ici, ou sur un autre appareil, pour reprendre là où vous en étiez.",
    importHeading: "Reprendre une progression venue d’un autre appareil",
    importLead:
      "Choisissez un fichier téléchargé depuis cette page. Vous verrez ce qu’il change avant que rien ne soit enregistré ; un fichier inutilisable ne change rien.",
    resetHeading: "Recommencer",
    resetLead:
      "Effacez toute la progression sur cet appareil. Pour recommencer un seul module, utilisez « Réinitialiser ce module » à la fin de sa page.",
  },
  reviewPage: {
    title: "Révision",
    description:
      "Les questions manquées ou incertaines reviennent après un jour, trois jours puis une semaine, jusqu’à ce que vous les sachiez.",
    lead: "Les questions auxquelles vous avez mal répondu, ou dont vous n’étiez pas sûr, reviennent ici le lendemain. Répondez juste et avec assurance : elles attendent plus longtemps, trois jours, puis une semaine, puis elles sont acquises.",
    needsJs: "La révision a besoin de JavaScript : elle lit votre progression dans ce navigateur.",
    today: "Les questions du jour",
    checkIns: "Le point sur vos engagements",
  },
  glossaryPage: {
    title: "Glossaire",
    description:
      "Les termes qu’emploient les modules, en mots simples, chacun relié au module qui l’enseigne.",
    lead: "Les mots qu’emploient les modules, en langage simple. Chaque terme renvoie au module qui l’enseigne.",
    empty: "Aucun terme pour l’instant. Ajoutez-les au fichier glossary.yaml.",
    aliases: "Aussi appelé :",
    learnIn: "À découvrir dans",
  },
  certificatePage: {
    title: "Certificat : {title}",
    description:
      "Votre certificat de réussite du parcours {track}, établi à partir de la progression gardée dans ce navigateur.",
    lead: "Établi à partir de la progression gardée dans ce navigateur. Rien sur vous, pas même votre nom, n’est envoyé nulle part.",
    needsJs:
      "Votre certificat a besoin de JavaScript : il lit votre progression dans ce navigateur.",
  },
  verifyPage: {
    title: "Vérifier des codes de réussite",
    description:
      "Collez les codes de réussite des apprenants pour voir le parcours et la date de chacun, et s’il a été bien saisi.",
    leadBefore: "Chaque certificat porte un code comme",
    leadAfter:
      ". Collez-en un ou plusieurs ici pour voir le parcours et la date de réussite, et si le code est bien formé.",
    receipt: "Un reçu, pas une attestation.",
    receiptText:
      "Le dernier caractère du code est une somme de contrôle qui repère les fautes de frappe et les retouches faites au hasard. Il ne prouve pas qui a terminé le parcours, et quiconque sait comment le code est fait pourrait en fabriquer un qui passe. La vérification se fait dans votre navigateur ; aucun code n’est envoyé nulle part.",
    needsJs: "La vérification des codes a besoin de JavaScript.",
  },
  searchPage: {
    title: "Recherche",
    description:
      "Retrouvez un module ou un terme du glossaire à partir d’un mot ou d’une expression.",
    needsJsBefore:
      "La recherche fonctionne dans votre navigateur et a besoin de JavaScript. Si aucun champ de recherche n’apparaît ici, JavaScript est désactivé ou bloqué, mais tout reste à portée de clic : la",
    needsJsMiddle: "présente chaque module, et le",
    needsJsAfter: "explique chaque terme et renvoie au module qui l’enseigne.",
    browseBefore: "Vous préférez parcourir ? Voyez la",
    or: "ou le",
    mapLink: "carte d’apprentissage",
    glossaryLink: "glossaire",
  },
  notFound: {
    title: "Page introuvable",
    description: "Cette page n’existe pas. Retrouvez le chemin de la carte.",
    heading: "Nous n’avons pas trouvé cette page",
    lead: "Le lien est peut-être ancien, ou un module a changé de place. Votre progression ne risque rien : elle vit dans ce navigateur, pas sur la page que vous cherchiez.",
    goToMap: "Aller à la carte d’apprentissage",
    goToMapAfter: "pour reprendre là où vous en étiez.",
  },
  common: {
    notStarted: "Pas commencé",
    inProgress: "En cours",
    completed: "Terminé",
    minutesShort: "{count} min",
    and: "et",
  },
  save: {
    nothingYet: "Rien n’est encore enregistré sur cet appareil.",
    lastSaved: "Progression enregistrée sur cet appareil le",
    kept: " Votre navigateur a accepté de la conserver.",
    newer:
      "La progression d’une version plus récente de ce site s’affiche ici, mais elle n’est pas modifiée.",
    full: "La progression n’a pas pu être enregistrée : l’espace de stockage de ce navigateur pour le site est plein.",
    refused:
      "La progression ne peut pas être enregistrée sur cet appareil ; elle dure jusqu’à la fermeture de cet onglet.",
  },
  notices: {
    offline:
      "Vous êtes hors ligne. Le cours fonctionne toujours, et votre progression est toujours enregistrée sur cet appareil.",
    updateReady:
      "Une nouvelle version du cours est prête. Rechargez quand cela vous convient : votre progression est enregistrée sur cet appareil et vous suit.",
    updatedElsewhere:
      "Le cours a été mis à jour dans un autre onglet. Rechargez cette page pour continuer avec la nouvelle version : votre progression est enregistrée.",
    reloadNow: "Recharger maintenant",
    later: "Plus tard",
    repaired:
      "Une partie de votre progression enregistrée n’a pas pu être lue. Tout le reste est conservé, et la copie d’origine est mise de côté sur cet appareil plutôt que supprimée.",
    unreadable:
      "Votre progression enregistrée n’a pas pu être lue : cette page repart de zéro. La copie d’origine est mise de côté sur cet appareil plutôt que supprimée.",
    downloadSetAside: "Télécharger la copie mise de côté",
    newer:
      "Votre progression a été enregistrée par une version plus récente de ce site. Cette page l’affiche sans la modifier : rien n’est perdu. Rechargez la page pour obtenir la version la plus récente.",
    full: "L’espace de stockage de ce navigateur pour le site est plein : la nouvelle progression n’est pas enregistrée sur cet appareil.",
    refused:
      "Ce navigateur ne laisse le site rien enregistrer : votre progression ne dure que jusqu’à la fermeture de cet onglet.",
    stillBefore: "Vous pouvez tout de même terminer chaque module, et",
    exportLink: "exporter votre progression",
    stillAfter: "pour en garder une copie.",
    dismissLabel: "Fermer cet avis",
    dismiss: "Fermer",
  },
  search: {
    open: "Rechercher",
    close: "Fermer",
    label: "Rechercher dans les modules et le glossaire",
    hint: "Essayez une expression dont vous vous souvenez, comme « carte d’empathie » ou « Kudos ». Appuyez sur ↓ pour atteindre les résultats.",
    track: "Parcours",
    all: "Tous",
    searching: "Recherche en cours…",
    failed:
      "La recherche n’a pas pu se charger. Rechargez la page, ou passez par la carte d’apprentissage ou le glossaire.",
    inTrack: " dans le parcours {track}",
    none: "Aucun résultat pour « {term} »{inTrack}.",
    results: {
      one: "{count} résultat pour « {term} »{inTrack}",
      other: "{count} résultats pour « {term} »{inTrack}",
    },
    narrow: ", les meilleurs d’abord. Ajoutez un mot pour affiner.",
    tryOther: "Essayez moins de mots, ou d’autres",
    orAllTracks: ", ou tous les parcours",
    browseBefore: ". Vous pouvez aussi parcourir la",
    mapLink: "carte d’apprentissage",
    or: "ou le",
    glossaryLink: "glossaire",
    resultsLabel: "Résultats",
    glossary: "Glossaire",
    tracks: { one: "Parcours : {names}", other: "Parcours : {names}" },
  },
  map: {
    startAfter: "À commencer après {titles}",
    heading: "La carte",
    help: "Les modules se suivent de haut en bas ; une flèche va d’un module vers ceux qui s’appuient sur lui. Les modules hors de votre parcours ont une bordure en pointillés.",
    allModules: "Tous les modules, dans l’ordre de lecture",
    continueHere: "Reprendre ici",
    nextUp: "À suivre",
    notInTrack: ", hors de ce parcours",
    headingContinue: "Reprendre là où vous en étiez",
    headingNext: "À suivre",
    headingFinished: "Vous avez terminé ce parcours",
    aboutMinutes: { one: "environ {count} minute", other: "environ {count} minutes" },
    buildsOn: "Le parcours {track} s’appuie sur ce module.",
    chooseAnother: "Choisissez un autre parcours, ou revenez à n’importe quel module de la carte.",
    trackProgress: {
      one: "{track} : {done} sur {count} module terminé, environ {left} minutes restantes.",
      other: "{track} : {done} sur {count} modules terminés, environ {left} minutes restantes.",
    },
    stepByStep: "Chaque parcours, étape par étape",
    trackSize: {
      one: "{count} module, environ {minutes} minutes.",
      other: "{count} modules, environ {minutes} minutes.",
    },
    trackDone: "Terminés : {done} ; environ {left} minutes restantes.",
    yourTrack: "Votre parcours",
    share: "Pour envoyer votre équipe directement sur ce chemin, partagez ce lien :",
    shareLink: "{track} sur la carte d’apprentissage",
    showing: {
      one: "Parcours {track} affiché : {count} module mis en évidence sur la carte.",
      other: "Parcours {track} affiché : {count} modules mis en évidence sur la carte.",
    },
  },
  quiz: {
    questionOf: "Question {number} sur {total}",
    introUnscored: {
      one: "{count} question, pour vous seul : rien n’est noté ici, et vos réponses restent sur cet appareil.",
      other:
        "{count} questions, pour vous seul : rien n’est noté ici, et vos réponses restent sur cet appareil.",
    },
    intro: {
      one: "{count} question. Seuil de réussite : {mark}{ofScored}. Vérifiez chaque réponse pour voir pourquoi elle est juste ou non.",
      other:
        "{count} questions. Seuil de réussite : {mark}{ofScored}. Vérifiez chaque réponse pour voir pourquoi elle est juste ou non.",
    },
    ofScored: " des questions notées",
    passed: "✓ Réussi.",
    notPassed: "Pas encore réussi.",
    result:
      "Bonnes réponses : {right} sur {total} ({score}{partial}) ; le seuil de réussite est de {mark}.",
    withPartial: " avec des points partiels",
    best: "Votre meilleur score : {score}.",
    bestSoFar: "Votre meilleur score jusqu’ici : {score}{passed}.",
    bestPassed: " (réussi)",
    howSure: "Votre degré d’assurance, et ce qu’il en a été :",
    tryAgain: "Recommencer",
    done: "✓ Terminé.",
    doneText:
      "Merci d’avoir répondu. Rien n’est noté ici ; revenez modifier vos réponses quand vous le souhaitez.",
    sureRight: "Quand vous étiez sûr, vous aviez raison {right} fois sur {total}.",
    unsureRight: "Quand vous n’étiez pas sûr, vous aviez raison {right} fois sur {total}.",
    saidUnknown: {
      one: "Vous avez répondu « Je ne sais pas » une fois. C’est une réponse honnête : l’explication est là pour vous.",
      other:
        "Vous avez répondu « Je ne sais pas » {count} fois. C’est une réponse honnête : l’explication est là pour vous.",
    },
    sureWrong: {
      one: "Vous étiez sûr de {count} réponse qui n’était pas juste. Elle mérite un second regard : la certitude rend une erreur plus difficile à voir.",
      other:
        "Vous étiez sûr de {count} réponses qui n’étaient pas justes. Elles méritent un second regard : la certitude rend une erreur plus difficile à voir.",
    },
    saidUnknownTwice:
      "Vous avez répondu « Je ne sais pas » deux fois. C’est une réponse honnête : l’explication est là pour vous.",
    sureAllRight:
      "Toutes les réponses dont vous étiez sûr étaient justes : votre assurance était bien placée.",
    unsureButRight: {
      one: "Vous doutiez de {count} réponse qui était juste : vous en savez plus que vous ne le pensiez.",
      other:
        "Vous doutiez de {count} réponses qui étaient justes : vous en savez plus que vous ne le pensiez.",
    },
    markCorrect: "votre réponse, juste",
    markIncorrect: "votre réponse, pas juste",
    markMissed: "une bonne réponse que vous avez laissée de côté",
    howSureQuestion: "Êtes-vous sûr de vous ?",
    sure: "Sûr",
    unsure: "Pas sûr",
    unknown: "Je ne sais pas",
    check: "Vérifier la réponse",
    showAnswer: "Montrez-moi la réponse",
    sayHowSure: "Dites d’abord si vous êtes sûr : sûr, pas sûr, ou je ne sais pas.",
    honest:
      " C’est une réponse honnête. Elle ne compte pas comme juste, et voici ce qu’il faut savoir :",
    idea: "L’idée derrière la question :",
    verdictUnknown: "? Vous avez dit ne pas savoir.",
    verdictCorrect: "✓ Juste.",
    verdictPartial: "◐ En partie juste ({score}).",
    verdictIncorrect: "✗ Pas tout à fait.",
    changed: "Cette question a changé depuis votre réponse. Refaites le quiz.",
    chooseOne: "Choisissez d’abord une réponse.",
    theAnswerIs: "La réponse est « {text} »",
    multipleHint:
      "Choisissez toutes les réponses qui s’appliquent. Chaque bon choix rapporte une part des points ; chaque mauvais en retire une.",
    chooseAtLeastOne: "Choisissez d’abord au moins une réponse.",
    choseRight: "✓ Vous l’avez choisie, et elle est juste.",
    choseWrong: "✗ Vous l’avez choisie, mais elle n’est pas juste.",
    leftOutRight: "◐ Vous l’avez laissée de côté, mais elle est juste.",
    rightlyLeftOut: "✓ Vous avez eu raison de la laisser de côté.",
    right: "Juste :",
    notRight: "Pas juste :",
    trueFalseHint: "Cette affirmation est-elle vraie ou fausse ?",
    chooseTrueFalse: "Choisissez d’abord vrai ou faux.",
    statementIs: "L’affirmation est {value}.",
    trueWord: "vraie",
    falseWord: "fausse",
    trueLabel: "Vrai",
    falseLabel: "Faux",
    orderingHint:
      "Mettez ces éléments dans l’ordre, le premier en haut, avec les boutons Monter et Descendre. Chaque élément à sa place rapporte une part des points.",
    alreadyFirst: "« {text} » est déjà en premier.",
    alreadyLast: "« {text} » est déjà en dernier.",
    moved: "« {text} » est passé en position {position} sur {total}.",
    rightOrder: "Le bon ordre est :",
    inPlace: " — ✓ à la bonne place",
    belongsAt: " — ✗ va en position {position}",
    moveUpLabel: "Monter : {text}",
    moveDownLabel: "Descendre : {text}",
    moveUp: "Monter",
    moveDown: "Descendre",
    matchingHint:
      "Associez chaque élément à un choix de la liste. Chaque bonne association rapporte une part des points.",
    matchEvery: "Choisissez d’abord une association pour chaque élément.",
    matched: "✓ Bien associé. ",
    notMatched: "✗ Mal associé. ",
    goesWith: "« {left} » va avec « {right} ».",
    chooseMatch: "Choisir une association",
    rightMatch: "✓ bonne association",
    notAMatch: "✗ mauvaise association",
    scenarioHint:
      "Une conversation pour s’exercer. Choisissez comment vous répondriez et voyez la suite.",
    you: "Vous :",
    whatHappens: "Ce qui se passe :",
    howRespond: "Que répondez-vous ?",
    respond: "Répondre",
    chooseResponse: "Choisissez d’abord une réponse.",
    outcome: "Dénouement :",
    ofCredit: "({score} des points)",
    debrief: "Bilan :",
    scenarioChanged: "Ce scénario a changé depuis que vous l’avez joué. Refaites le quiz.",
    reflectionHint:
      "Pas noté. Vos mots restent dans ce navigateur, sur cet appareil, et ne sont jamais envoyés nulle part.",
    yourReflection: "Votre réflexion",
    saveHere: "Enregistrer sur cet appareil",
    cancel: "Annuler",
    whatYouWrote: "Ce que vous avez écrit :",
    editReflection: "Modifier votre réflexion",
    writeFirst: "Écrivez d’abord quelques mots ; une seule ligne suffit.",
    savedOn: "✓ Enregistré sur cet appareil le {date}.",
    scaleHint:
      "Pas de bonne réponse et rien de noté : évaluez chaque affirmation telle qu’elle est pour vous aujourd’hui. Votre profil reste sur cet appareil.",
    rateEvery: "Évaluez d’abord chaque affirmation : « {text} » n’a pas encore de note.",
    showProfile: "Voir mon profil",
    rateAgain: "Évaluer de nouveau",
    yourProfile: "Votre profil",
    profileScale: "(1 correspond à « {lowest} », {count} à « {highest} ») :",
    dimensionScore: "{average} sur {count}, au plus près de « {label} ».",
  },
  checkIn: {
    yes: "Oui",
    partly: "En partie",
    notYet: "Pas encore",
    yesterday: "Hier",
    aWeekAgo: "Il y a une semaine",
    aMonthAgo: "Il y a un mois",
    daysAgo: { one: "Il y a {count} jour", other: "Il y a {count} jours" },
    chooseFirst: "Choisissez d’abord oui, en partie ou pas encore.",
    committedTo: "{since}, vous vous êtes engagé à : « {text} »",
    fromModule: " (module {title})",
    didYou: " L’avez-vous fait ?",
    noteLabel: "Comment cela s’est-il passé ? (facultatif, gardé sur cet appareil)",
    save: "Enregistrer le point",
    saved: "Point enregistré sur cet appareil. Merci.",
    noneMade:
      "Aucun engagement pour l’instant. À la fin de « Nos principes d’expérience client » et de « L’empathie en pratique », vous choisissez une chose à faire autrement ; les points de suivi arrivent ici.",
    noneDue:
      "Aucun point de suivi aujourd’hui. Vos engagements et vos points de suivi sont listés dans Ma progression.",
  },
  commitmentList: {
    none: "Aucun pour l’instant. « Nos principes d’expérience client » et « L’empathie en pratique » se terminent en vous demandant une chose que vous ferez autrement ; la carte vous demande ensuite comment cela s’est passé après un jour, une semaine et un mois.",
    from: "Module",
    due: "Un point de suivi vous attend :",
    checkInLink: "faire le point",
    didYou: "l’avez-vous fait ?",
  },
  commitment: {
    writeOwn: "Écrivez d’abord votre propre engagement.",
    chooseOne: "Choisissez-en d’abord un.",
    saved: "Enregistré. La carte vous demandera comment cela s’est passé, dès demain.",
    removed: "Votre engagement a été retiré.",
    yours: "Votre engagement :",
    madeOn: "Pris le {date}.",
    noCheckIns: "Aucun point de suivi pour l’instant.",
    checkIns: {
      one: "{count} point de suivi jusqu’ici.",
      other: "{count} points de suivi jusqu’ici.",
    },
    chooseAnother: "En choisir un autre",
    remove: "Le retirer",
    question: "Que ferez-vous autrement ?",
    own: "Autre chose, dans mes propres mots",
    ownLabel: "Votre engagement",
    commit: "Je m’y engage",
    keep: "Garder l’engagement actuel",
  },
  teamActivity: {
    ran: "J’ai mené « {title} » avec mon équipe",
    tickIt:
      "Cochez-la une fois l’activité menée. Votre certificat Leadership liste les activités menées.",
    ticked: "✓ Cochée le {date}. Votre certificat Leadership la mentionne.",
  },
  certificate: {
    checking: "Vérification de votre progression…",
    notComplete: "Pas encore terminé",
    doneOf: {
      one: "Modules terminés dans le parcours {track} : {done} sur {count}. Votre certificat apparaîtra ici une fois ceux-ci terminés :",
      other:
        "Modules terminés dans le parcours {track} : {done} sur {count}. Votre certificat apparaîtra ici une fois ceux-ci terminés :",
    },
    notStarted: "pas commencé",
    inProgress: "en cours",
    nameLabel: "Votre nom, tel qu’il doit figurer sur le certificat",
    nameHint: "Gardé uniquement dans ce navigateur. Il ne fait pas partie du code de réussite.",
    print: "Imprimer ou enregistrer en PDF",
    heading: "Certificat de réussite",
    record: "Nous attestons que",
    typeName: "(saisissez votre nom ci-dessus)",
    completedBefore: "a terminé le parcours",
    completedMiddle: "le",
    completedAfter: ", avec les modules suivants :",
    activities: "Activités menées avec son équipe",
    noActivities:
      "Aucune cochée pour l’instant : cochez chacune dans son module une fois l’activité menée.",
    code: "Code de réussite",
    checkAt: "À vérifier sur",
    small:
      "Le code est un reçu, établi à partir de la progression gardée dans ce navigateur : il indique le parcours et la date et repère les fautes de frappe, mais ce n’est pas une attestation infalsifiable.",
  },
  due: {
    heading: "Revenir sur ce que vous avez appris",
    reviews: {
      one: "{count} question attend d’être révisée.",
      other: "{count} questions attendent d’être révisées.",
    },
    reviewNow: { one: "La réviser maintenant", other: "Les réviser maintenant" },
  },
  film: {
    runningTime: "Durée {time}",
    chapters: "Chapitres",
    transcript: "Transcription",
    transcriptLead:
      "Tout ce qui s’écrit sur le film, et entre crochets ce que montre l’image. Choisissez un moment pour lire le film à partir de là.",
    onScreen: "À l’image",
    seekTo: "Lire à partir de {time}",
    describe: "Décrire ce que montre l’image",
    describing: "Description de l’image en cours",
    describedNow: "À l’image : {text}",
    watched: "Regardé : {share}",
    watchedEnough: "Regardé : {share}. Cela compte pour ce module.",
    required:
      "Regardez au moins {share} du film pour terminer ce module. Avancer directement ne compte pas.",
    offline:
      "Vous êtes hors ligne : le film ne peut pas être lu. Sa transcription figure ci-dessous ; le film sera lisible dès votre retour en ligne.",
    noVideo: "Votre navigateur ne peut pas lire ce film. Sa transcription figure ci-dessous.",
    checkpoint: "Une question à {time}",
    checkpointLead: "Le film s’est mis en pause. Répondez, puis reprenez la lecture.",
    resume: "Reprendre le film",
    platformNotice:
      "Lu depuis {platform}. Rien n’est chargé depuis {platform} avant que vous appuyiez sur Lire.",
    platformPlay: "Lire depuis {platform}",
    platformLabel: "Film : {title}, depuis {platform}",
    platformSay: "J’ai regardé ce film",
    platformSaid: "Vous avez indiqué avoir regardé ce film.",
    platformCounts:
      "{platform} ne peut pas indiquer à ce cours quelle part vous avez regardée : le film compte dès que vous le signalez.",
  },
  resetModule: {
    question:
      "Réinitialiser « {title} » ? Son statut, vos réponses au quiz, vos réflexions, les questions de révision et le temps passé seront effacés. Vos engagements et les activités d’équipe cochées restent, et les autres modules ne sont pas touchés.",
    yes: "Oui, réinitialiser ce module",
    cancel: "Annuler",
    start: "Réinitialiser ce module",
    done: "Ce module a été réinitialisé.",
  },
  resetAll: {
    start: "Réinitialiser toute la progression",
    question:
      "Réinitialiser toute la progression sur cet appareil ? Chaque module, réponse et réflexion sera effacé, sans retour possible. Téléchargez d’abord une copie si vous pourriez en avoir besoin.",
    yes: "Oui, tout réinitialiser",
    cancel: "Annuler",
    done: "Toute la progression sur cet appareil a été réinitialisée.",
  },
  overview: {
    completed: {
      one: "Modules terminés : {done} sur {count}.",
      other: "Modules terminés : {done} sur {count}.",
    },
    bestScore: " · meilleur score {score}",
    kept: {
      one: "Votre dossier contient aussi la progression de {count} module que cette formation n’a plus. Elle est gardée, au cas où il reviendrait, mais pas comptée.",
      other:
        "Votre dossier contient aussi la progression de {count} modules que cette formation n’a plus. Elle est gardée, au cas où ils reviendraient, mais pas comptée.",
    },
  },
  dashboard: {
    underAMinute: "moins d’une minute",
    about: "environ {duration}",
    done: {
      one: "{done} sur {count} module terminé",
      other: "{done} sur {count} modules terminés",
    },
    time: " ; temps passé sur ses modules : {duration}",
    to: " au {date}",
    openCertificate: "Ouvrir votre certificat",
    toGo: {
      one: "Certificat : encore {count} module",
      other: "Certificat : encore {count} modules",
    },
    tableLabel: "{track} : tableau des modules",
    module: "Module",
    status: "Statut",
    bestScore: "Meilleur score",
    time2: "Temps",
    started: "Commencé",
    completed: "Terminé",
    note: "Le temps est compté pendant que vous êtes actif sur la page d’un module : lecture, défilement ou réponses. Une pause de plus de deux minutes compte pour deux, et le temps passé ailleurs ne compte pas : chaque chiffre est donc approximatif.",
  },
  share: {
    nameLabel: "Votre nom, tel que votre gestionnaire le verra",
    nameHint:
      "Seulement pour ce résumé. Il reprend le nom de votre certificat si vous en avez donné un ; modifiez-le à votre guise.",
    nameNeeded: "Tapez d’abord votre nom : votre gestionnaire doit savoir à qui est ce résumé.",
    previewHeading: "Ce que contient le résumé",
    never:
      "Il ne contient jamais vos réponses, vos réflexions ni le texte de vos engagements et de vos bilans : seulement les chiffres ci-dessous.",
    trackLine: {
      one: "{track} : {done} module terminé sur {count}",
      other: "{track} : {done} modules terminés sur {count}",
    },
    moduleDone: "{title} : terminé le {day}",
    moduleDoneScore: "{title} : terminé le {day}, meilleur score {score}",
    moduleStarted: "{title} : commencé",
    moduleStartedScore: "{title} : commencé, meilleur score jusqu’ici {score}",
    noModules: "Aucun module commencé pour l’instant.",
    certificatesHeading: "Certificats",
    certificate: "{title}, code de réussite {code}",
    noneCertified: "Aucun pour l’instant.",
    reviewLine: {
      one: "Révision : {count} question apprise, {waiting} en attente, {due} à revoir aujourd’hui.",
      other:
        "Révision : {count} questions apprises, {waiting} en attente, {due} à revoir aujourd’hui.",
    },
    commitmentsLine: {
      one: "Engagements : {made} pris, {count} bilan.",
      other: "Engagements : {made} pris, {count} bilans.",
    },
    download: "Télécharger le fichier du résumé",
    makeText: "Préparer un texte à coller",
    textLabel:
      "Votre résumé en texte : copiez-le dans un clavardage ou un courriel à votre gestionnaire",
    copy: "Copier le texte",
    copied: "Copié. Collez-le dans un message à votre gestionnaire.",
    copyFailed:
      "Sélectionnez le texte et copiez-le vous-même : ce navigateur n’a pas laissé la page le copier.",
    downloaded:
      "Le fichier du résumé se télécharge. Envoyez-le à votre gestionnaire comme tout autre fichier.",
    textMade:
      "Votre résumé est prêt ci-dessous, {length} caractères. S’il en manque un morceau en route, la page d’équipe le dira plutôt que de l’afficher faux.",
  },
  charts: {
    trackBar: {
      one: "{track} : {done} module terminé sur {count} ({share})",
      other: "{track} : {done} modules terminés sur {count} ({share})",
    },
    tracksLabel: "Modules terminés dans chaque parcours",
    calibrationCaption: "À quelle fréquence chaque réponse était juste",
    levelSure: "Sûr",
    levelUnsure: "Pas sûr",
    levelUnknown: "« Je ne sais pas »",
    calibrationNone: "{level} : pas encore de réponse",
    calibrationLine: "{level} : {right} sur {total} justes",
    calibrationKey: "Plein : réponses justes. Hachuré : les autres.",
    boxesCaption: "Questions dans chaque boîte de révision",
    box: { one: "Boîte {box} (chaque jour)", other: "Boîte {box} (tous les {count} jours)" },
    learned: "Apprises",
  },
  habits: {
    howSure: "Votre degré d’assurance, et ce qu’il en a été",
    noneYet:
      "Les quiz qui demandent « Êtes-vous sûr de vous ? » montrent ici à quelle fréquence vous aviez raison quand vous étiez sûr. Aucune réponse pour l’instant.",
    review: "Révision",
    noneWaiting: "Aucune question n’attend de révision.",
    waiting: {
      one: "{count} question attend une révision, dont {due} aujourd’hui ; acquises grâce à la révision : {learned}.",
      other:
        "{count} questions attendent une révision, dont {due} aujourd’hui ; acquises grâce à la révision : {learned}.",
    },
    reviewNow: "Réviser maintenant",
    nextOn: "La prochaine revient le {date}.",
  },
  journal: {
    deleted: "La réflexion a été supprimée de cet appareil.",
    empty:
      "Rien pour l’instant. Quand un module vous invite à réfléchir, ce que vous écrivez est gardé ici, sur cet appareil seulement.",
    print: "Imprimer mon journal",
    gone: "Une réflexion d’un module que cette formation n’a plus",
    confirmLabel: "Confirmer la suppression",
    confirm: "Supprimer cette réflexion de cet appareil ? Impossible de revenir en arrière.",
    yes: "Oui, la supprimer",
    keep: "La garder",
    delete: "Supprimer",
    deleteHidden: " cette réflexion",
  },
  verify: {
    notShape: "Ce n’est pas la forme d’un code de réussite ({example}).",
    notTrack: "« {code} » n’est pas un parcours : les codes utilisent {codes}.",
    notDate: "{date} n’est pas une vraie date.",
    badCheck:
      "Le caractère de contrôle ne correspond pas : un caractère a été mal saisi, ou le code a été modifié.",
    label: "Codes de réussite, un par ligne",
    hint: "Jusqu’à {max} codes à la fois. Au-delà, vérifiez-les en plusieurs fois.",
    check: "Vérifier les codes",
    pasteFirst: "Collez d’abord au moins un code.",
    onlyFirst:
      "Seuls les {count} premiers codes ont été vérifiés : cette zone lit jusqu’à {max} codes, ou {chars} caractères, à la fois. Vérifiez les autres en une autre fois.",
    tableLabel: "Codes vérifiés",
    caption: {
      one: "{count} code vérifié ; bien formés : {ok}",
      other: "{count} codes vérifiés ; bien formés : {ok}",
    },
    code: "Code",
    wellFormed: "Bien formé ?",
    track: "Parcours",
    completedOn: "Terminé le",
    modules: "Modules",
    yes: "✓ Oui",
    no: "✗ Non.",
    sameModules: "Les modules actuels du parcours",
    otherModules:
      "D’autres modules : le parcours a changé depuis, ou le code a été établi ailleurs",
  },
  review: {
    learned: "Acquise : cette question ne reviendra pas.",
    movedUp: "Passée dans la boîte {box} sur {boxes} : elle revient dans {days} jours, le {date}.",
    backToOne: "Retour à la boîte 1 : elle revient demain, le {date}.",
    stays: "Reste dans la boîte {box} : elle revient le {date}.",
    looking: "Recherche des questions du jour…",
    failed:
      "Les questions n’ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.",
    nothing: "Rien à réviser aujourd’hui.",
    nextOn: "La prochaine question revient le {date}.",
    howItWorks:
      "Les questions auxquelles vous répondez mal, ou dont vous dites ne pas être sûr, reviennent ici le lendemain.",
    backToMap: "Retour à la carte d’apprentissage",
    sessionLabel: "La révision du jour",
    intro: {
      one: "{count} question à réviser aujourd’hui. Dites chaque fois si vous êtes sûr : une bonne réponse donnée avec assurance fait monter la question d’une boîte, et après la boîte {boxes}, elle est acquise.",
      other:
        "{count} questions à réviser aujourd’hui. Dites chaque fois si vous êtes sûr : une bonne réponse donnée avec assurance fait monter la question d’une boîte, et après la boîte {boxes}, elle est acquise.",
    },
    from: "Module",
    doneToday: "C’est fini pour aujourd’hui.",
    summary: "Montées d’une boîte : {up} ; à revoir : {again}.",
    nextReview: "La prochaine révision est le {date}.",
    nothingWaiting: "Rien n’attend.",
  },
  transfer: {
    download: "Télécharger ma progression",
    downloading:
      "Votre fichier de progression se télécharge. Gardez-le en lieu privé : il contient vos réponses et vos réflexions.",
    none: "aucun",
    notStarted: "pas commencé",
    inProgress: "en cours",
    completed: "terminé",
    nothing: "Cela ne changerait rien : cet appareil a déjà tout ce que contient le fichier.",
    replacingLoses: "Remplacer ferait perdre ",
    mergingLoses: "Fusionner ferait perdre ",
    lossAfter:
      "{list} sur cet appareil. Pour en garder une copie, téléchargez d’abord votre progression.",
    gained: "Modules gagnés",
    nowStatus: "{title} : désormais {status}",
    raised: "Scores améliorés",
    alsoAdded: "Ajouté aussi",
    changed: "Modifié",
    goBack: "Modules qui reculeraient",
    lowered: "Scores en baisse",
    alsoRemoved: "Retiré aussi",
    smallDetails: "Seuls de petits détails changeraient, comme les dates de visite.",
    replaceAndLose: "Remplacer et perdre {list}",
    mergeAndLose: "Fusionner et perdre {list}",
    replace: "Remplacer ma progression",
    merge: "Fusionner avec ma progression",
    couldNotStart:
      "L’importation n’a pas pu démarrer. Rechargez la page et choisissez de nouveau le fichier.",
    notImportedAt:
      "Rien n’a été importé : à {place}, le résultat ne se relirait pas tel quel une fois enregistré. Votre progression est restée telle qu’elle était.",
    imported: "Importé. Modules gagnés : {modules} ; scores améliorés : {scores}.",
    modules: { one: "{count}", other: "{count}" },
    scores: { one: "{count}", other: "{count}" },
    nothingImported: "Rien n’a été importé.",
    cancel: "Annuler",
    chooseFile: "Choisir un fichier de progression (.json)",
    previewHeading: "Ce que ce fichier changerait",
    how: "Comment l’intégrer",
    mergeChoice:
      "Fusionner : garder le meilleur résultat de chaque module, et ajouter ce que seul le fichier contient",
    replaceChoice:
      "Remplacer : n’utiliser que le fichier, en effaçant ce que cet appareil contient maintenant",
    answers: { one: "{count} réponse de quiz", other: "{count} réponses de quiz" },
    reflections: { one: "{count} réflexion", other: "{count} réflexions" },
    commitments: { one: "{count} engagement", other: "{count} engagements" },
    checkIns: { one: "{count} point de suivi", other: "{count} points de suivi" },
    activities: { one: "{count} activité d’équipe", other: "{count} activités d’équipe" },
    review: {
      one: "{count} question de votre file de révision",
      other: "{count} questions de votre file de révision",
    },
    answersChanged: "remplacée(s) par la tentative de l’autre appareil",
    reflectionsChanged: "réécrite(s)",
    commitmentsChanged: "remplacé(s) par un autre engagement",
    checkInsChanged: "modifié(s)",
    activitiesChanged: "avec une autre date",
    reviewChanged: "prévue(s) un autre jour",
    activeTime: "{duration} de temps actif",
    nameIs: "votre nom sur les certificats : « {name} »",
    nameChange: "votre nom sur les certificats : « {from} » → « {to} »",
    name: "votre nom sur les certificats",
    progressIn: {
      one: "la progression de {count} module",
      other: "la progression de {count} modules",
    },
    bestScores: { one: "{count} meilleur score", other: "{count} meilleurs scores" },
    tooLarge:
      "Ce fichier fait {size} Mo. Un fichier de progression pèse quelques kilo-octets et jamais plus de 1 Mo : c’est sans doute un autre fichier.",
    outOfRange: "la valeur est hors des limites",
    tooBig: "le nombre est trop grand pour être gardé",
    oneOf: "une de ces valeurs est attendue : {choices}",
    allowed: "les valeurs permises",
    expected: "attendu : {what}",
    notValid: "la valeur n’est pas valide",
    invalidAt:
      "Une partie de ce fichier n’est pas une progression valide : à {place}, {what}{more}. Rien n’a été importé.",
    andMore: " (et {count} de plus)",
    empty:
      "Ce fichier est vide : ce n’est donc pas un fichier de progression exporté depuis ce site.",
    tooDeep:
      "Ce fichier imbrique des listes ou des objets sur plus de {depth} niveaux. Un fichier de progression n’en imbrique que quelques-uns : c’est sans doute un autre fichier.",
    notJson:
      "Ce fichier n’est pas du JSON : ce n’est donc pas un fichier de progression exporté depuis ce site.",
    forbidden:
      "Ce fichier contient une clé nommée « {key} », qu’un fichier de progression n’a jamais. Il n’a pas été importé, pour protéger cette page.",
    badVersion: "La version de ce fichier est {version}, que ce site ne sait pas lire.",
    newer:
      "Ce fichier vient d’une version plus récente de ce site (format {version} ; cette page lit jusqu’au format {current}). Rechargez la page pour obtenir la version la plus récente, puis importez-le de nouveau.",
    unknownField: "il y a un champ qu’un fichier de progression n’a pas",
    noReadBack: "la valeur ne se relirait pas telle quelle une fois enregistrée",
    notProgress:
      "Ce fichier n’est pas un fichier de progression exporté depuis ce site : il n’a pas la bonne forme.",
  },
};

export default fr;
