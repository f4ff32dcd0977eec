import type { UiStrings } from "./en";

/* The site's words in French. Keys and groups follow en.ts; README, "Languages", says how to add one. */
const fr: UiStrings = {
  meta: {
    name: "Français",
  },
  layout: {
    menu: "Menu",
    skip: "Aller au contenu",
    navLabel: "Site",
    map: "Carte d’apprentissage",
    progress: "Ma progression",
    review: "Révision",
    glossary: "Glossaire",
    footerPrivacy:
      "Votre progression reste dans ce navigateur, sur cet appareil. Pas de compte, pas de suivi.",
    footerHelp: "Des questions sur cette formation ?",
    footerAsk: "Écrivez à l’équipe de formation",
    languageLabel: "Langue",
    switchToLong: "Lire cette page en français",
    managers: "Pour les responsables",
  },
  mapPage: {
    description:
      "Découvrez ce que l’orientation client veut dire dans votre travail : modules courts, mises en pratique et quiz.",
    heading: "Votre carte d’apprentissage",
    lead: "De courts modules pour mettre les clients au cœur de votre travail. Choisissez votre parcours, suivez le chemin depuis le haut : votre progression est gardée dans ce navigateur.",
  },
  modulePage: {
    time: "Durée",
    minutes: { one: "Environ {count} minute", other: "Environ {count} minutes" },
    tracks: "Parcours",
    bestAfter: "À suivre après",
    status: "Votre statut",
    untranslated:
      "Ce module n’est pas encore traduit en français : il s’affiche dans sa langue d’origine. Votre progression compte de la même façon.",
    quizNeedsJs: "Ce quiz a besoin de JavaScript. La leçon ci-dessus se lit très bien sans.",
    inPractice: "En pratique :",
    commitmentHeading: "Une chose que vous ferez autrement",
    commitmentLead:
      "Savoir n’est pas le but : faire, oui. Choisissez une chose à essayer cette semaine, ou écrivez la vôtre. La carte vous demandera comment cela s’est passé après un jour, une semaine et un mois. Votre réponse reste sur cet appareil.",
    commitmentNeedsJs:
      "Prendre un engagement demande JavaScript ; le module se lit très bien sans.",
  },
  progressPage: {
    title: "Ma progression",
    description:
      "Ce que vous avez fait jusqu’ici, vos certificats, réflexions et engagements, et comment garder votre progression : exporter, importer ou réinitialiser.",
    lead: "Votre progression est enregistrée dans ce navigateur, sur cet appareil, et rien n’est envoyé nulle part. Téléchargez-en une copie pour la garder en lieu sûr ou pour continuer sur un autre appareil.",
    needsJs:
      "Votre progression, et les outils pour la garder, ont besoin de JavaScript. Les modules se lisent très bien sans.",
    overview: "Où vous en êtes",
    tracks: "Vos parcours",
    habits: "Confiance et révision",
    commitments: "Vos engagements",
    journal: "Votre journal de réflexions",
    shareHeading: "Partager avec mon responsable",
    shareIntro:
      "Préparez un petit résumé de votre avancement, à envoyer à votre responsable en fichier ou en texte à coller. Vous voyez tout ce qu’il contient avant de l’envoyer. Les responsables ajoutent les résumés sur la",
    shareTeamPage: "page d’équipe",
    exportHeading: "Garder une copie",
    exportLead:
      "Le fichier contient le statut de vos modules, vos réponses, vos scores, vos réflexions, vos engagements et votre file de révision. Importez-le ici, ou sur un autre appareil, pour reprendre là où vous en étiez.",
    importHeading: "Reprendre une progression venue d’un autre appareil",
    importLead:
      "Choisissez un fichier téléchargé depuis cette page. Vous verrez ce qu’il change avant que rien ne soit enregistré ; un fichier inutilisable ne change rien.",
    resetHeading: "Recommencer",
    resetLead:
      "Effacez toute la progression sur cet appareil. Pour recommencer un seul module, utilisez « Réinitialiser ce module » à la fin de sa page.",
  },
  reviewPage: {
    title: "Révision",
    description:
      "Les questions manquées ou incertaines reviennent après un jour, trois jours puis une semaine, jusqu’à ce que vous les sachiez.",
    lead: "Les questions auxquelles vous avez mal répondu, ou pour lesquelles vous avez dit « Je crois » ou « Je ne sais pas », reviennent ici le lendemain. Répondez juste en disant « Je le sais » : elles attendent plus longtemps, trois jours, puis une semaine, puis elles sont acquises.",
    needsJs: "La révision a besoin de JavaScript : elle lit votre progression dans ce navigateur.",
    today: "Les questions du jour",
    checkIns: "Les points de suivi de vos engagements",
  },
  glossaryPage: {
    title: "Glossaire",
    description:
      "Les termes qu’emploient les modules, en mots simples, chacun relié au module qui l’enseigne.",
    lead: "Les mots qu’emploient les modules, en langage simple. Chaque terme renvoie au module qui l’enseigne.",
    empty: "Aucun terme pour l’instant. Ajoutez-les au fichier glossary.yaml.",
    aliases: "Autres termes :",
    learnIn: "À découvrir dans",
  },
  certificatePage: {
    title: "Certificat : {title}",
    description:
      "Votre certificat de réussite du parcours {track}, établi à partir de la progression gardée dans ce navigateur.",
    lead: "Établi à partir de la progression gardée dans ce navigateur. Rien sur vous, pas même votre nom, n’est envoyé nulle part.",
    needsJs:
      "Votre certificat a besoin de JavaScript : il lit votre progression dans ce navigateur.",
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
      "Le dernier caractère du code est une somme de contrôle qui repère les fautes de frappe et les retouches faites au hasard. Il ne prouve pas qui a terminé le parcours, et quiconque sait comment le code est fait pourrait en fabriquer un qui passe. La vérification se fait dans votre navigateur ; aucun code n’est envoyé nulle part.",
    needsJs: "La vérification des codes a besoin de JavaScript.",
  },
  searchPage: {
    title: "Recherche",
    description:
      "Retrouvez un module ou un terme du glossaire à partir d’un mot ou d’une expression.",
    needsJsBefore:
      "La recherche fonctionne dans votre navigateur et a besoin de JavaScript. Si aucun champ de recherche n’apparaît ici, JavaScript est désactivé ou bloqué, mais tout reste à portée de clic : la",
    needsJsMiddle: "présente chaque module, et le",
    needsJsAfter: "explique chaque terme et renvoie au module qui l’enseigne.",
    browseBefore: "Vous préférez parcourir ? Voyez la",
    or: "ou le",
    mapLink: "carte d’apprentissage",
    glossaryLink: "glossaire",
  },
  notFound: {
    title: "Page introuvable",
    description: "Cette page n’existe pas. Retrouvez le chemin de la carte.",
    heading: "Nous n’avons pas trouvé cette page",
    lead: "Le lien est peut-être ancien, ou un module a changé de place. Votre progression ne risque rien : elle est enregistrée dans ce navigateur, pas sur la page que vous cherchiez.",
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
  punctuation: {
    quoted: "« {text} »",
    labelled: "{label} : {value}",
  },
  save: {
    nothingYet: "Rien n’est encore enregistré sur cet appareil.",
    lastSaved: "Progression enregistrée sur cet appareil le",
    kept: " Votre navigateur a accepté de la conserver.",
    newer:
      "La progression d’une version plus récente de ce site s’affiche ici, mais elle n’est pas modifiée.",
    full: "La progression n’a pas pu être enregistrée : l’espace de stockage de ce navigateur pour le site est plein.",
    refused:
      "La progression ne peut pas être enregistrée sur cet appareil ; elle dure jusqu’à la fermeture de cet onglet.",
  },
  notices: {
    offline:
      "Vous êtes hors ligne. La formation fonctionne toujours, et votre progression est toujours enregistrée sur cet appareil.",
    updateReady:
      "Une nouvelle version de la formation est prête. Rechargez quand cela vous convient : votre progression est enregistrée sur cet appareil et sera conservée.",
    updatedElsewhere:
      "La formation a été mise à jour dans un autre onglet. Rechargez cette page pour continuer avec la nouvelle version : votre progression est enregistrée.",
    reloadNow: "Recharger maintenant",
    later: "Plus tard",
    repaired:
      "Une partie de votre progression enregistrée n’a pas pu être lue. Tout le reste est conservé, et la copie d’origine est mise de côté sur cet appareil plutôt que supprimée.",
    unreadable:
      "Votre progression enregistrée n’a pas pu être lue : cette page repart de zéro. La copie d’origine est mise de côté sur cet appareil plutôt que supprimée.",
    downloadSetAside: "Télécharger la copie mise de côté",
    newer:
      "Votre progression a été enregistrée par une version plus récente de ce site. Cette page l’affiche sans la modifier : rien n’est perdu. Rechargez la page pour obtenir la version la plus récente.",
    full: "L’espace de stockage de ce navigateur pour le site est plein : la nouvelle progression n’est pas enregistrée sur cet appareil.",
    refused:
      "Ce navigateur ne laisse le site rien enregistrer : votre progression ne dure que jusqu’à la fermeture de cet onglet.",
    stillBefore: "Vous pouvez tout de même terminer chaque module, et",
    exportLink: "exporter votre progression",
    stillAfter: "pour en garder une copie.",
    dismissLabel: "Fermer cet avis",
    dismiss: "Fermer",
  },
  search: {
    open: "Rechercher",
    close: "Fermer",
    closeKey: "Échap",
    label: "Rechercher dans les modules et le glossaire",
    hint: "Essayez une expression dont vous vous souvenez, comme « carte d’empathie » ou « Kudos ». Appuyez sur ↓ pour atteindre les résultats.",
    track: "Parcours",
    all: "Tous",
    searching: "Recherche en cours…",
    failed:
      "La recherche n’a pas pu se charger. Rechargez la page, ou passez par la carte d’apprentissage ou le glossaire.",
    inTrack: " dans le parcours {track}",
    none: "Aucun résultat pour « {term} »{inTrack}.",
    results: {
      one: "{count} résultat pour « {term} »{inTrack}",
      other: "{count} résultats pour « {term} »{inTrack}",
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
    tracks: { one: "Parcours : {names}", other: "Parcours : {names}" },
  },
  map: {
    roadLabel: "{track}, étape par étape",
    start: "Commencer : {title}",
    continue: "Continuer : {title}",
    getCertificate: "Obtenir votre certificat",
    heroNext: "Votre prochaine étape",
    heroContinue: "Reprenez là où vous en étiez",
    heroFinished: "Vous avez terminé le parcours {track}. Bravo !",
    ringLabel: {
      by: "done",
      one: "{done} module terminé sur {count}",
      other: "{done} modules terminés sur {count}",
    },
    minutesLeft: {
      one: "environ {count} minute restante",
      other: "environ {count} minutes restantes",
    },
    changeTrack: "Changer de parcours",
    step: "Étape {step}",
    stateDone: "Terminé",
    stateCurrent: "À suivre",
    stateStarted: "En cours",
    stateReady: "Prêt",
    stateAfter: "Après l’étape {step}",
    needsTry: "À refaire ({score}, seuil de réussite {mark})",
    showAll: "Afficher tous les modules",
    startAfter: "À commencer après {titles}",
    aboutMinutes: { one: "environ {count} minute", other: "environ {count} minutes" },
    stepByStep: "Chaque parcours, étape par étape",
    trackSize: {
      one: "{count} module, environ {minutes} minutes.",
      other: "{count} modules, environ {minutes} minutes.",
    },
    trackDone: "Terminés : {done} ; environ {left} minutes restantes.",
    yourTrack: "Votre parcours",
    share: "Pour envoyer votre équipe directement sur ce chemin, partagez ce lien :",
    shareLink: "{track} sur la carte d’apprentissage",
    showing: {
      one: "Parcours {track} affiché : {count} module sur votre chemin.",
      other: "Parcours {track} affiché : {count} modules sur votre chemin.",
    },
  },
  quiz: {
    questionOf: "Question {number} sur {total}",
    introUnscored: {
      one: "{count} question, rien que pour vous : rien n’est noté ici, et vos réponses restent sur cet appareil.",
      other:
        "{count} questions, rien que pour vous : rien n’est noté ici, et vos réponses restent sur cet appareil.",
    },
    intro: {
      one: "{count} question. Seuil de réussite : {mark}{ofScored}. Vérifiez chaque réponse pour voir pourquoi elle est juste ou non.",
      other:
        "{count} questions. Seuil de réussite : {mark}{ofScored}. Vérifiez chaque réponse pour voir pourquoi elle est juste ou non.",
    },
    ofScored: " des questions notées",
    passed: "✓ Réussi.",
    notPassed: "Pas encore réussi.",
    result:
      "Bonnes réponses : {right} sur {total} ({score}{partial}) ; le seuil de réussite est de {mark}.",
    withPartial: " avec des points partiels",
    best: "Votre meilleur score : {score}.",
    bestSoFar: "Votre meilleur score jusqu’ici : {score}{passed}.",
    bestPassed: " (réussi)",
    howSure: "Votre degré de certitude, face à vos réponses :",
    tryAgain: "Recommencer",
    done: "✓ Terminé.",
    doneText:
      "Merci d’avoir répondu. Rien n’est noté ici ; revenez modifier vos réponses quand vous le souhaitez.",
    sureRight: "Quand vous disiez « Je le sais », vous aviez raison {right} fois sur {total}.",
    unsureRight: "Quand vous disiez « Je crois », vous aviez raison {right} fois sur {total}.",
    saidUnknown: {
      one: "Vous avez répondu « Je ne sais pas » une fois. C’est une réponse honnête : l’explication est là pour vous.",
      other:
        "Vous avez répondu « Je ne sais pas » {count} fois. C’est une réponse honnête : l’explication est là pour vous.",
    },
    sureWrong: {
      one: "Vous avez dit « Je le sais » pour {count} réponse qui n’était pas juste. Elle mérite un second regard : la certitude rend une erreur plus difficile à voir.",
      other:
        "Vous avez dit « Je le sais » pour {count} réponses qui n’étaient pas justes. Elles méritent un second regard : la certitude rend une erreur plus difficile à voir.",
    },
    saidUnknownTwice:
      "Vous avez répondu « Je ne sais pas » deux fois. C’est une réponse honnête : l’explication est là pour vous.",
    sureAllRight:
      "Chaque fois que vous avez dit « Je le sais », vous aviez raison : votre certitude était bien placée.",
    unsureButRight: {
      one: "Vous doutiez de {count} réponse qui était juste : vous en savez plus que vous ne le pensiez.",
      other:
        "Vous doutiez de {count} réponses qui étaient justes : vous en savez plus que vous ne le pensiez.",
    },
    markCorrect: "votre réponse, juste",
    markIncorrect: "votre réponse, pas juste",
    markMissed: "une bonne réponse que vous avez laissée de côté",
    howSureQuestion: "Quel est votre degré de certitude ?",
    sure: "Je le sais",
    unsure: "Je crois",
    unknown: "Je ne sais pas",
    check: "Vérifier la réponse",
    showAnswer: "Voir la réponse",
    sayHowSure:
      "Indiquez d’abord votre degré de certitude : je le sais, je crois, ou je ne sais pas.",
    honest:
      " C’est une réponse honnête. Elle ne compte pas comme juste, et voici ce qu’il faut savoir :",
    idea: "Ce que la question veut montrer :",
    verdictUnknown: "? Vous avez dit ne pas savoir.",
    verdictCorrect: "✓ Juste.",
    verdictPartial: "◐ En partie juste ({score}).",
    verdictIncorrect: "✗ Pas tout à fait.",
    changed: "Cette question a changé depuis votre réponse. Refaites le quiz.",
    chooseOne: "Choisissez d’abord une réponse.",
    theAnswerIs: "La réponse est « {text} »",
    multipleHint:
      "Choisissez toutes les réponses qui s’appliquent. Chaque bon choix rapporte une part des points ; chaque mauvais en retire une.",
    chooseAtLeastOne: "Choisissez d’abord au moins une réponse.",
    choseRight: "✓ Vous l’avez choisie, et elle est juste.",
    choseWrong: "✗ Vous l’avez choisie, mais elle n’est pas juste.",
    leftOutRight: "◐ Vous l’avez laissée de côté, mais elle est juste.",
    rightlyLeftOut: "✓ Vous avez eu raison de la laisser de côté.",
    right: "Juste :",
    notRight: "Pas juste :",
    trueFalseHint: "Cette affirmation est-elle vraie ou fausse ?",
    chooseTrueFalse: "Choisissez d’abord vrai ou faux.",
    statementIs: "L’affirmation est {value}.",
    trueWord: "vraie",
    falseWord: "fausse",
    trueLabel: "Vrai",
    falseLabel: "Faux",
    orderingHint:
      "Mettez ces éléments dans l’ordre, le premier en haut, avec les boutons Monter et Descendre. Chaque élément à sa place rapporte une part des points.",
    alreadyFirst: "« {text} » est déjà en premier.",
    alreadyLast: "« {text} » est déjà en dernier.",
    moved: "« {text} » est passé en position {position} sur {total}.",
    rightOrder: "Le bon ordre est :",
    inPlace: " — ✓ à la bonne place",
    belongsAt: " — ✗ va en position {position}",
    moveUpLabel: "Monter : {text}",
    moveDownLabel: "Descendre : {text}",
    moveUp: "Monter",
    moveDown: "Descendre",
    matchingHint:
      "Associez chaque élément à un choix de la liste. Chaque bonne association rapporte une part des points.",
    matchEvery: "Choisissez d’abord une association pour chaque élément.",
    matched: "✓ Bien associé. ",
    notMatched: "✗ Mal associé. ",
    goesWith: "« {left} » va avec « {right} ».",
    chooseMatch: "Choisir une association",
    rightMatch: "✓ bonne association",
    notAMatch: "✗ mauvaise association",
    scenarioHint:
      "Une conversation pour s’exercer. Choisissez comment vous répondriez et voyez la suite.",
    you: "Vous :",
    whatHappens: "Ce qui se passe :",
    howRespond: "Que répondez-vous ?",
    respond: "Répondre",
    chooseResponse: "Choisissez d’abord une réponse.",
    outcome: "Dénouement :",
    ofCredit: "({score} des points)",
    debrief: "Bilan :",
    scenarioChanged:
      "Cette mise en situation a changé depuis que vous l’avez jouée. Refaites le quiz.",
    reflectionHint:
      "Pas noté. Vos mots restent dans ce navigateur, sur cet appareil, et ne sont jamais envoyés nulle part.",
    yourReflection: "Votre réflexion",
    saveHere: "Enregistrer sur cet appareil",
    cancel: "Annuler",
    whatYouWrote: "Ce que vous avez écrit :",
    editReflection: "Modifier votre réflexion",
    writeFirst: "Écrivez d’abord quelques mots ; une seule ligne suffit.",
    savedOn: "✓ Enregistré sur cet appareil le {date}.",
    scaleHint:
      "Pas de bonne réponse et rien de noté : évaluez chaque affirmation telle qu’elle est pour vous aujourd’hui. Votre profil reste sur cet appareil.",
    rateEvery: "Évaluez d’abord chaque affirmation : « {text} » n’a pas encore de note.",
    showProfile: "Voir mon profil",
    rateAgain: "Évaluer de nouveau",
    yourProfile: "Votre profil",
    profileScale: "(1 correspond à « {lowest} », {count} à « {highest} ») :",
    dimensionScore: "{average} sur {count}, au plus près de « {label} ».",
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
    committedTo: "{since}, vous avez pris cet engagement : « {text} »",
    fromModule: " (module {title})",
    didYou: " L’avez-vous fait ?",
    noteLabel: "Comment cela s’est-il passé ? (facultatif, gardé sur cet appareil)",
    save: "Enregistrer le point de suivi",
    saved: "Point de suivi enregistré sur cet appareil. Merci.",
    noneMade:
      "Aucun engagement pour l’instant. À la fin de « Nos principes d’expérience client » et de « L’empathie en pratique », vous choisissez une chose à faire autrement ; les points de suivi arrivent ici.",
    noneDue:
      "Aucun point de suivi aujourd’hui. Vos engagements et vos points de suivi sont listés dans Ma progression.",
  },
  commitmentList: {
    none: "Aucun pour l’instant. « Nos principes d’expérience client » et « L’empathie en pratique » se terminent en vous demandant une chose que vous ferez autrement ; la carte vous demande ensuite comment cela s’est passé après un jour, une semaine et un mois.",
    from: "Module",
    due: "Un point de suivi vous attend :",
    checkInLink: "faire le point",
    didYou: "l’avez-vous fait ?",
  },
  commitment: {
    writeOwn: "Écrivez d’abord votre propre engagement.",
    chooseOne: "Choisissez-en d’abord un.",
    saved: "Enregistré. La carte vous demandera comment cela s’est passé, dès demain.",
    removed: "Votre engagement a été retiré.",
    yours: "Votre engagement :",
    madeOn: "Pris le {date}.",
    noCheckIns: "Aucun point de suivi pour l’instant.",
    checkIns: {
      one: "{count} point de suivi jusqu’ici.",
      other: "{count} points de suivi jusqu’ici.",
    },
    chooseAnother: "En choisir un autre",
    remove: "Le retirer",
    question: "Que ferez-vous autrement ?",
    own: "Autre chose, dans mes propres mots",
    ownLabel: "Votre engagement",
    commit: "Je m’y engage",
    keep: "Garder l’engagement actuel",
  },
  teamActivity: {
    ran: "J’ai mené « {title} » avec mon équipe",
    tickIt:
      "Cochez-la une fois l’activité menée. Votre certificat Leadership liste les activités menées.",
    ticked: "✓ Cochée le {date}. Votre certificat Leadership la mentionne.",
  },
  certificate: {
    checking: "Vérification de votre progression…",
    notComplete: "Pas encore terminé",
    doneOf: {
      one: "Modules terminés dans le parcours {track} : {done} sur {count}. Votre certificat apparaîtra ici une fois ceux-ci terminés :",
      other:
        "Modules terminés dans le parcours {track} : {done} sur {count}. Votre certificat apparaîtra ici une fois ceux-ci terminés :",
    },
    notStarted: "pas commencé",
    inProgress: "en cours",
    nameLabel: "Votre nom, tel qu’il doit figurer sur le certificat",
    nameHint: "Gardé uniquement dans ce navigateur. Il ne fait pas partie du code de réussite.",
    print: "Imprimer ou enregistrer en PDF",
    heading: "Certificat de réussite",
    record: "Ce certificat indique que",
    typeName: "(saisissez votre nom ci-dessus)",
    completedBefore: "a terminé le parcours",
    completedMiddle: "le",
    completedAfter: ", avec les modules suivants :",
    activities: "Activités menées avec son équipe",
    noActivities:
      "Aucune cochée pour l’instant : cochez chacune dans son module une fois l’activité menée.",
    code: "Code de réussite",
    checkAt: "À vérifier sur",
    small:
      "Le code est un reçu, établi à partir de la progression gardée dans ce navigateur : il indique le parcours et la date et repère les fautes de frappe, mais ce n’est pas une attestation infalsifiable.",
  },
  due: {
    waiting: { one: "{count} chose vous attend", other: "{count} choses vous attendent" },
    heading: "Revenir sur ce que vous avez appris",
    reviews: {
      one: "{count} question attend d’être révisée.",
      other: "{count} questions attendent d’être révisées.",
    },
    reviewNow: { one: "La réviser maintenant", other: "Les réviser maintenant" },
  },
  moduleStep: { stepOf: "Étape {step} sur {total} · {track}" },
  moduleEnd: {
    stepDone: "Étape {step} sur {total} terminée",
    moduleDone: "Module terminé",
    wellDone: "Bravo. Votre prochaine étape est à portée de main.",
    toFinish: "Pour terminer ce module",
    passToFinish: "Atteignez {mark} au quiz ci-dessus. Votre meilleur score est conservé.",
    readToFinish: "Parcourez-le jusqu’au bout pour le terminer.",
    needsTry:
      "À refaire : {score}, pour un seuil de réussite de {mark}. Votre meilleur score est conservé, et les options reviennent dans un nouvel ordre.",
    scoreLabel: "Votre meilleur score : {score} ; le seuil de réussite est de {mark}.",
    continue: "Continuer : {title}",
    nextInTrack: "Suite de votre parcours : {title}",
    backToRoad: "Retour à votre chemin",
    tryAgain: "Refaire le quiz",
    trackFinished: "Vous avez terminé le parcours {track} !",
    trackComplete: "Parcours terminé",
    trackSummary: {
      one: "{count} module, terminé. Votre certificat est prêt.",
      other: "Les {count} modules sont terminés. Votre certificat est prêt.",
    },
    getCertificate: "Obtenir votre certificat",
    outline: "Dans ce module",
    sectionRead: "lu",
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
      "Réinitialiser « {title} » ? Son statut, vos réponses au quiz, vos réflexions, les questions de révision et le temps passé seront effacés. Vos engagements et les activités d’équipe cochées restent, et les autres modules ne sont pas touchés.",
    yes: "Oui, réinitialiser ce module",
    cancel: "Annuler",
    start: "Réinitialiser ce module",
    done: "Ce module a été réinitialisé.",
  },
  resetAll: {
    start: "Réinitialiser toute la progression",
    question:
      "Réinitialiser toute la progression sur cet appareil ? Chaque module, réponse et réflexion sera effacé, sans retour possible. Téléchargez d’abord une copie si vous pourriez en avoir besoin.",
    yes: "Oui, tout réinitialiser",
    cancel: "Annuler",
    done: "Toute la progression sur cet appareil a été réinitialisée.",
  },
  overview: {
    completed: {
      one: "Modules terminés : {done} sur {count}.",
      other: "Modules terminés : {done} sur {count}.",
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
      by: "done",
      one: "{done} module terminé sur {count}",
      other: "{done} modules terminés sur {count}",
    },
    time: " ; temps passé sur ses modules : {duration}",
    on: " ; le {date}",
    fromTo: " ; du {from} au {to}",
    openCertificate: "Ouvrir votre certificat",
    toGo: {
      one: "Certificat : encore {count} module",
      other: "Certificat : encore {count} modules",
    },
    tableLabel: "{track} : tableau des modules",
    module: "Module",
    status: "Statut",
    bestScore: "Meilleur score",
    time2: "Temps",
    started: "Commencé",
    completed: "Terminé",
    note: "Le temps est compté pendant votre activité sur la page d’un module : lecture, défilement ou réponses. Une pause de plus de deux minutes compte pour deux, et le temps passé ailleurs ne compte pas : chaque chiffre est donc approximatif.",
  },
  share: {
    nameLabel: "Votre nom, tel que votre responsable le verra",
    nameHint:
      "Seulement pour ce résumé. Il reprend le nom de votre certificat si vous en avez donné un ; modifiez-le à votre guise.",
    nameNeeded: "Tapez d’abord votre nom : votre responsable doit savoir à qui est ce résumé.",
    previewHeading: "Ce que contient le résumé",
    never:
      "Il ne contient jamais vos réponses, vos réflexions ni le texte de vos engagements et de vos points de suivi : seulement les chiffres ci-dessous.",
    trackLine: {
      by: "done",
      one: "{track} : {done} module terminé sur {count}",
      other: "{track} : {done} modules terminés sur {count}",
    },
    moduleDone: "{title} : terminé le {day}",
    moduleDoneScore: "{title} : terminé le {day}, meilleur score {score}",
    moduleStarted: "{title} : commencé",
    moduleStartedScore: "{title} : commencé, meilleur score jusqu’ici {score}",
    noModules: "Aucun module commencé pour l’instant.",
    certificatesHeading: "Certificats",
    certificate: "{title}, code de réussite {code}",
    noneCertified: "Aucun pour l’instant.",
    reviewLine: {
      one: "Révision : {count} question acquise, {waiting} en attente, {due} à revoir aujourd’hui.",
      other:
        "Révision : {count} questions acquises, {waiting} en attente, {due} à revoir aujourd’hui.",
    },
    commitmentsLine: {
      one: "Engagements : {made} pris, {count} point de suivi.",
      other: "Engagements : {made} pris, {count} points de suivi.",
    },
    download: "Télécharger le fichier du résumé",
    makeText: "Préparer un texte à coller",
    textLabel:
      "Votre résumé en texte : copiez-le dans un message ou un courriel à votre responsable",
    copy: "Copier le texte",
    copied: "Copié. Collez-le dans un message à votre responsable.",
    copyFailed:
      "Sélectionnez le texte et copiez-le vous-même : ce navigateur n’a pas laissé la page le copier.",
    downloaded:
      "Le fichier du résumé se télécharge. Envoyez-le à votre responsable comme tout autre fichier.",
    textMade:
      "Votre résumé est prêt ci-dessous ({length} caractères). Si un morceau se perd en route, la page d’équipe le signalera au lieu d’afficher des chiffres faux.",
  },
  charts: {
    trackBar: {
      by: "done",
      one: "{track} : {done} module terminé sur {count} ({share})",
      other: "{track} : {done} modules terminés sur {count} ({share})",
    },
    tracksLabel: "Modules terminés dans chaque parcours",
    calibrationCaption: "À quelle fréquence chaque réponse était juste",
    levelSure: "« Je le sais »",
    levelUnsure: "« Je crois »",
    levelUnknown: "« Je ne sais pas »",
    calibrationNone: "{level} : pas encore de réponse",
    calibrationLine: "{level} : {right} sur {total} justes",
    calibrationKey: "Plein : réponses justes. Hachuré : les autres.",
    boxesCaption: "Questions dans chaque boîte de révision",
    box: { one: "Boîte {box} (chaque jour)", other: "Boîte {box} (tous les {count} jours)" },
    learned: "Acquises",
  },
  habits: {
    howSure: "Votre degré de certitude, face à vos réponses",
    noneYet:
      "Les quiz qui demandent votre degré de certitude montrent ici à quelle fréquence vous aviez raison en disant « Je le sais ». Aucune réponse pour l’instant.",
    review: "Révision",
    noneWaiting: "Aucune question n’attend de révision.",
    waiting: {
      one: "{count} question attend une révision, dont {due} aujourd’hui ; acquises grâce à la révision : {learned}.",
      other:
        "{count} questions attendent une révision, dont {due} aujourd’hui ; acquises grâce à la révision : {learned}.",
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
    confirm: "Supprimer cette réflexion de cet appareil ? Impossible de revenir en arrière.",
    yes: "Oui, la supprimer",
    keep: "La garder",
    delete: "Supprimer",
    deleteHidden: " cette réflexion",
  },
  verify: {
    notShape: "Ce n’est pas la forme d’un code de réussite ({example}).",
    notTrack: "« {code} » n’est pas un parcours : les codes utilisent {codes}.",
    notDate: "{date} n’est pas une vraie date.",
    badCheck:
      "Le caractère de contrôle ne correspond pas : un caractère a été mal saisi, ou le code a été modifié.",
    label: "Codes de réussite, un par ligne",
    hint: "Jusqu’à {max} codes à la fois. Au-delà, vérifiez-les en plusieurs fois.",
    check: "Vérifier les codes",
    pasteFirst: "Collez d’abord au moins un code.",
    onlyFirst:
      "Seuls les {count} premiers codes ont été vérifiés : cette zone lit jusqu’à {max} codes, ou {chars} caractères, à la fois. Vérifiez les autres en une autre fois.",
    tableLabel: "Codes vérifiés",
    caption: {
      one: "{count} code vérifié ; bien formés : {ok}",
      other: "{count} codes vérifiés ; bien formés : {ok}",
    },
    code: "Code",
    wellFormed: "Bien formé ?",
    track: "Parcours",
    completedOn: "Terminé le",
    modules: "Modules",
    yes: "✓ Oui",
    no: "✗ Non",
    sameModules: "Les modules actuels du parcours",
    otherModules:
      "D’autres modules : le parcours a changé depuis, ou le code a été établi ailleurs",
  },
  review: {
    learned: "Acquise : cette question ne reviendra pas.",
    movedUp: "Passée dans la boîte {box} sur {boxes} : elle revient dans {days} jours, le {date}.",
    backToOne: "Retour à la boîte 1 : elle revient demain, le {date}.",
    stays: "Reste dans la boîte {box} : elle revient le {date}.",
    looking: "Recherche des questions du jour…",
    failed:
      "Les questions n’ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.",
    nothing: "Rien à réviser aujourd’hui.",
    nextOn: "La prochaine question revient le {date}.",
    howItWorks:
      "Les questions auxquelles vous répondez mal, ou pour lesquelles vous dites « Je crois » ou « Je ne sais pas », reviennent ici le lendemain.",
    backToMap: "Retour à la carte d’apprentissage",
    sessionLabel: "La révision du jour",
    intro: {
      one: "{count} question à réviser aujourd’hui. Indiquez chaque fois votre degré de certitude : une bonne réponse donnée avec « Je le sais » fait monter la question d’une boîte, et après la boîte {boxes}, elle est acquise.",
      other:
        "{count} questions à réviser aujourd’hui. Indiquez chaque fois votre degré de certitude : une bonne réponse donnée avec « Je le sais » fait monter la question d’une boîte, et après la boîte {boxes}, elle est acquise.",
    },
    from: "Module",
    doneToday: "C’est fini pour aujourd’hui.",
    summary: "Montées d’une boîte : {up} ; à revoir : {again}.",
    nextReview: "La prochaine révision est le {date}.",
    nothingWaiting: "Rien n’attend.",
  },
  transfer: {
    download: "Télécharger ma progression",
    downloading:
      "Votre fichier de progression se télécharge. Gardez-le pour vous : il contient vos réponses et vos réflexions.",
    none: "aucun",
    notStarted: "pas commencé",
    inProgress: "en cours",
    completed: "terminé",
    nothing: "Cela ne changerait rien : cet appareil a déjà tout ce que contient le fichier.",
    replacingLoses: "Remplacer ferait perdre ",
    mergingLoses: "Fusionner ferait perdre ",
    lossAfter:
      "{list} sur cet appareil. Pour en garder une copie, téléchargez d’abord votre progression.",
    gained: "Modules gagnés",
    nowStatus: "{title} : désormais {status}",
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
      "Rien n’a été importé : à {place}, le résultat ne se relirait pas tel quel une fois enregistré. Votre progression est restée telle qu’elle était.",
    imported: "Importé. Modules gagnés : {modules} ; scores améliorés : {scores}.",
    modules: { one: "{count}", other: "{count}" },
    scores: { one: "{count}", other: "{count}" },
    nothingImported: "Rien n’a été importé.",
    cancel: "Annuler",
    chooseFile: "Choisir un fichier de progression (.json)",
    previewHeading: "Ce que ce fichier changerait",
    how: "Comment l’intégrer",
    mergeChoice:
      "Fusionner : garder le meilleur score de chaque module, et ajouter ce que seul le fichier contient",
    replaceChoice:
      "Remplacer : n’utiliser que le fichier, en effaçant ce que cet appareil contient maintenant",
    answers: { one: "{count} réponse de quiz", other: "{count} réponses de quiz" },
    reflections: { one: "{count} réflexion", other: "{count} réflexions" },
    commitments: { one: "{count} engagement", other: "{count} engagements" },
    checkIns: { one: "{count} point de suivi", other: "{count} points de suivi" },
    activities: { one: "{count} activité d’équipe", other: "{count} activités d’équipe" },
    review: {
      one: "{count} question de votre file de révision",
      other: "{count} questions de votre file de révision",
    },
    answersChanged: {
      one: "remplacée par la tentative de l’autre appareil",
      other: "remplacées par la tentative de l’autre appareil",
    },
    reflectionsChanged: { one: "réécrite", other: "réécrites" },
    commitmentsChanged: {
      one: "remplacé par un autre engagement",
      other: "remplacés par d’autres engagements",
    },
    checkInsChanged: { one: "modifié", other: "modifiés" },
    activitiesChanged: { one: "avec une autre date", other: "avec d’autres dates" },
    reviewChanged: { one: "prévue un autre jour", other: "prévues à d’autres dates" },
    activeTime: "{duration} de temps actif",
    nameIs: "votre nom sur les certificats : « {name} »",
    nameChange: "votre nom sur les certificats : « {from} » → « {to} »",
    name: "votre nom sur les certificats",
    progressIn: {
      one: "la progression de {count} module",
      other: "la progression de {count} modules",
    },
    bestScores: { one: "{count} meilleur score", other: "{count} meilleurs scores" },
    tooLarge:
      "Ce fichier fait {size} Mo. Un fichier de progression pèse quelques kilo-octets et jamais plus de 1 Mo : c’est sans doute un autre fichier.",
    outOfRange: "la valeur est hors des limites",
    tooBig: "le nombre est trop grand pour être gardé",
    oneOf: "une de ces valeurs est attendue : {choices}",
    allowed: "les valeurs permises",
    expected: "attendu : {what}",
    notValid: "la valeur n’est pas valide",
    invalidAt:
      "Une partie de ce fichier n’est pas une progression valide : à {place}, {what}{more}. Rien n’a été importé.",
    andMore: " (et {count} de plus)",
    empty:
      "Ce fichier est vide : ce n’est donc pas un fichier de progression exporté depuis ce site.",
    tooDeep:
      "Ce fichier imbrique des listes ou des objets sur plus de {depth} niveaux. Un fichier de progression n’en imbrique que quelques-uns : c’est sans doute un autre fichier.",
    notJson:
      "Ce fichier n’est pas du JSON : ce n’est donc pas un fichier de progression exporté depuis ce site.",
    forbidden:
      "Ce fichier contient une clé nommée « {key} », qu’un fichier de progression n’a jamais. Il n’a pas été importé, pour protéger cette page.",
    badVersion: "La version de ce fichier est {version}, que ce site ne sait pas lire.",
    newer:
      "Ce fichier vient d’une version plus récente de ce site (format {version} ; cette page lit jusqu’au format {current}). Rechargez la page pour obtenir la version la plus récente, puis importez-le de nouveau.",
    unknownField: "il y a un champ qu’un fichier de progression n’a pas",
    noReadBack: "la valeur ne se relirait pas telle quelle une fois enregistrée",
    notProgress:
      "Ce fichier n’est pas un fichier de progression exporté depuis ce site : il n’a pas la bonne forme.",
  },
  runSheet: {
    title: "Déroulé : {track}",
    description:
      "Pour les animateurs : le parcours {track} en une journée, avec l’ordre du jour, les points à transmettre, les questions à poser, les scénarios, les activités d’équipe et les notes. S’imprime en A4 ou en format Lettre.",
    lead: "Tout ce qu’il faut pour animer ce parcours en une journée avec un groupe. Choisissez l’heure de début et les pauses : l’ordre du jour et le créneau de chaque module suivent. Imprimez-le, ou enregistrez-le en PDF.",
    printLead: "Programme d’une journée · {count} modules · {start}–{end}",
    forManagers: "Pour les responsables",
    contents: "Sommaire",
    agendaHeading: "Ordre du jour",
    startLabel: "Heure de début",
    breaksLegend: "Pauses",
    breakAfter: "Pause après « {title} »",
    noBreak: "Pas de pause",
    breakChoice: { one: "{count} minute", other: "{count} minutes" },
    time: "Heure",
    what: "Au programme",
    activity: "Activité d’équipe : {title}",
    break: { one: "Pause ({count} minute)", other: "Pause ({count} minutes)" },
    lunch: { one: "Repas ({count} minute)", other: "Repas ({count} minutes)" },
    dayEnds: "La journée se termine à {end}, soit {length} en tout.",
    hours: "{hours} h",
    hoursMinutes: "{hours} h {minutes}",
    print: "Imprimer le déroulé",
    materialsHeading: "À prévoir",
    materialSheet:
      "Ce déroulé, imprimé, et les pages des modules sur un écran visible de toute la salle",
    materialDevices:
      "Un téléphone ou un ordinateur portable par personne, pour les quiz et les autoévaluations privées",
    length: {
      one: "{count} minute",
      other: "{count} minutes",
    },
    lengthWithActivity: {
      one: "{count} minute, dont {activity} pour l’activité d’équipe",
      other: "{count} minutes, dont {activity} pour l’activité d’équipe",
    },
    goal: "Objectif :",
    talkingPoints: "Points à transmettre",
    discussion: "Questions à poser à la salle",
    scenarios: "Scénarios à jouer en groupe",
    scenarioHint:
      "Lisez chaque étape à voix haute et laissez la salle choisir ; le tableau indique où mène chaque choix.",
    stepColumn: "Étape",
    choiceColumn: "La salle choisit",
    leadsColumn: "Mène à",
    toStep: "Étape {number}",
    toOutcome: "Fin : {title}",
    outcomes: "Les fins possibles",
    notes: "Notes pour l’animateur",
    header: "Déroulé · {track}",
    pageNumber: "Page {page} sur {pages}",
  },
  team: {
    title: "Votre équipe",
    description:
      "Pour les responsables d’équipe : voyez où en est votre équipe grâce aux résumés que chacun vous envoie et aux codes de réussite, conservés uniquement dans votre navigateur.",
    lead: "Voyez qui, dans votre équipe, a fait quoi, grâce aux résumés que chacun vous envoie et aux codes de réussite. L’équipe est conservée uniquement dans ce navigateur.",
    collectHeading: "Comment recueillir les résumés",
    collectAsk:
      "Demandez à chaque personne d’ouvrir Ma progression, de choisir « Partager avec mon responsable » et de vous envoyer le texte ou le fichier obtenu.",
    collectPaste:
      "Collez les textes ici à mesure qu’ils arrivent, courriels entiers compris, ou choisissez les fichiers. Les lignes inutilisables sont signalées et restent dans la zone pour être corrigées.",
    runSheets:
      "Vous animez le programme d’une journée ? Les déroulés contiennent l’ordre du jour, les points à transmettre et les notes :",
    needsJs: "La vue d’équipe a besoin de JavaScript : elle lit les résumés dans ce navigateur.",
    honest:
      "Le contrôle d’un résumé repère un texte tronqué ou modifié par accident en chemin. Ce n’est pas une signature : qui le veut peut fabriquer un résumé. Lisez le tableau comme ce que les personnes vous ont déclaré, et vérifiez un certificat important sur la page de vérification.",
    verifyLink: "Vérifier des codes de réussite",
    addHeading: "Ajouter des personnes",
    teamHeading: "Où en est l’équipe",
    pasteLabel: "Collez des résumés ou des codes de réussite",
    pasteHint:
      "Les courriels et messages entiers conviennent : les résumés sont trouvés où qu’ils soient, même coupés sur plusieurs lignes. Les codes de réussite vont un par ligne ; pour en nommer un, écrivez d’abord le nom : « Ana Lima : CX-LDR-20261124-PD38-J ».",
    add: "Ajouter à l’équipe",
    fileLabel: "Ou choisissez des fichiers de résumé",
    dropHint: "Vous pouvez aussi déposer des fichiers sur cette zone.",
    nothingFound: "Rien à ajouter : collez d’abord un texte de résumé ou un code de réussite.",
    trackLabel: "Parcours",
    tableCaption: { one: "{track} : {count} personne", other: "{track} : {count} personnes" },
    name: "Nom",
    modulesDone: "Modules terminés",
    certificate: "Certificat",
    code: "Code de réussite",
    showDetails: "Afficher les dates et les résultats",
    legend: "✓ terminé · ◐ commencé · ○ pas commencé",
    done: "Terminé",
    started: "Commencé",
    notStarted: "Pas commencé",
    score: "meilleur résultat {score}",
    hasCertificate: "✓ {day}",
    otherModules: "Un code pour d’autres modules ({day}) : le parcours a changé depuis",
    noCertificate: "Pas de certificat",
    notStartedBadge: "n’a pas commencé",
    doneOf: "{done} sur {count}",
    barsHeading: "Où en est l’équipe, module par module",
    barLabel: "{title} : {done} sur {count} ont terminé ({share})",
    summaryLine: {
      one: "{count} personne ; {certified} avec le certificat ; {notStarted} pas encore commencé.",
      other:
        "{count} personnes ; {certified} avec le certificat ; {notStarted} pas encore commencé.",
    },
    empty:
      "Personne dans l’équipe pour l’instant. Demandez à votre équipe d’utiliser « Partager avec mon responsable » dans Ma progression.",
    exportCsv: "Exporter en CSV",
    exported: "Le fichier CSV est en cours de téléchargement.",
    forget: "Oublier cette équipe",
    forgetQuestion: {
      one: "Oublier la personne de cette équipe dans ce navigateur ? C’est définitif. Votre propre progression n’est pas touchée.",
      other:
        "Oublier les {count} personnes de cette équipe dans ce navigateur ? C’est définitif. Votre propre progression n’est pas touchée.",
    },
    forgetYes: "Oui, oublier l’équipe",
    cancel: "Annuler",
    forgotten: "L’équipe est oubliée dans ce navigateur.",
    keptHere:
      "L’équipe est conservée uniquement dans ce navigateur, à part de votre propre progression. Rien n’est envoyé nulle part.",
    notKept:
      "Ce navigateur ne permet pas à la page de conserver l’équipe : elle dure jusqu’à ce que vous quittiez la page.",
    unreadable:
      "L’équipe conservée dans ce navigateur n’a pas pu être lue. Elle est mise de côté, et ajouter quelqu’un commence une nouvelle équipe.",
    loadFailed:
      "La page n’a pas pu charger ce qu’il faut pour lire ceci. Vérifiez votre connexion, puis appuyez de nouveau sur le bouton : la zone contient toujours votre texte.",
    results: "Ce qui a été ajouté",
    added: { one: "{count} personne ajoutée.", other: "{count} personnes ajoutées." },
    updated: {
      one: "{count} mise à jour avec un résumé plus récent.",
      other: "{count} mises à jour avec un résumé plus récent.",
    },
    unchanged: { one: "{count} déjà à jour.", other: "{count} déjà à jour." },
    refusedCount: {
      one: "{count} ligne non ajoutée : elle reste dans la zone pour être corrigée.",
      other: "{count} lignes non ajoutées : elles restent dans la zone pour être corrigées.",
    },
    refusedFiles: { one: "{count} fichier non ajouté.", other: "{count} fichiers non ajoutés." },
    eachPerson: "Ce qui s’est passé pour chaque personne",
    outcomeAdded: "{name} : fait désormais partie de l’équipe.",
    outcomeUpdated: "{name} : résumé plus récent pris en compte.",
    outcomeKeptNewer: "{name} : rien de changé ; l’équipe a déjà un résumé plus récent ou ce code.",
    outcomeUnchanged: "{name} : déjà dans l’équipe, sans changement.",
    outcomeTeamFull: "{name} : ajout impossible ; une équipe compte au plus {max} personnes.",
    line: "Ligne {line} : {reason}",
    lines: "Lignes {lines} : {reason}",
    fileLine: "{file}, ligne {line} : {reason}",
    file: "{file} : {reason}",
    unread:
      "Le texte collé est très long : seuls les {count} premiers caractères ont été lus. Le reste est toujours dans la zone ; ajoutez-le ensuite.",
    tooManyFiles: "Seuls les {count} premiers fichiers ont été lus. Choisissez les autres ensuite.",
    refusalNotSummary:
      "ce n’est pas un résumé de ce site. Un texte de résumé commence par CXTEAM ; un fichier est celui que télécharge « Partager avec mon responsable ».",
    refusalCutShort:
      "le texte du résumé est tronqué : sa fin manque. Redemandez-le, ou copiez le texte entier.",
    refusalChanged:
      "le contrôle du résumé ne correspond pas : une partie a été modifiée ou manque. Redemandez-le.",
    refusalNewer:
      "ce résumé vient d’une version plus récente de ce site (version {version}). Mettez ce site à jour, ou demandez un fichier de la même version.",
    refusalTooLarge: "c’est trop volumineux pour être un résumé.",
    refusalUnreadable: "le résumé ne peut pas être lu : il est endommagé.",
    refusalInvalid: "le résumé contient quelque chose que ce site ne sait pas utiliser ({detail}).",
    refusalNothing: "rien ici n’est un résumé ni un code de réussite.",
    refusalFuture:
      "il est daté du {day}, qui n’est pas encore arrivé : l’horloge de l’appareil qui l’a créé est fausse. Redemandez-le une fois l’horloge corrigée.",
  },
};

export default fr;
