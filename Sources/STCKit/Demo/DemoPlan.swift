/// The coding of the demo project: which passages two coders marked, with which codes, and how
/// the codes were sorted and condensed. Passages are found by their words, so the plan survives
/// small edits of the sample transcripts.
enum DemoPlan {
  /// A code group with its subgroups, each with the names of its codes.
  struct GroupPlan {
    var name: String
    var introduction: String
    var subgroups: [(name: String, codes: [String])]
  }

  /// One meaning unit: who marked it, where, and with which codes.
  struct UnitPlan {
    var coder: CoderName
    var transcript: TranscriptID
    var words: String
    var codes: [String]
  }

  static let title = "Digitalt tilsyn i hjemmetjenesten"
  static let question =
    "Hvordan erfarer ansatte i hjemmetjenesten innføringen av digitalt tilsyn hos eldre hjemmeboende?"

  /// Attributes for the informant overview: role, years of experience, age band.
  static let informants: [(Int, [String: String])] = [
    (1, ["rolle": "sykepleier", "erfaring": "15 år", "alder": "45–54"]),
    (2, ["rolle": "helsefagarbeider", "erfaring": "8 år", "alder": "25–34"]),
    (3, ["rolle": "sykepleier, natt", "erfaring": "20 år", "alder": "55–64"]),
    (4, ["rolle": "vernepleier, demensteam", "erfaring": "5 år", "alder": "35–44"]),
    (5, ["rolle": "avdelingsleder", "erfaring": "9 år som leder", "alder": "45–54"]),
    (6, ["rolle": "sykepleier, nyutdannet", "erfaring": "1 år", "alder": "25–34"]),
    (7, ["rolle": "sykepleier (fokusgruppe)", "erfaring": "11 år"]),
    (8, ["rolle": "helsefagarbeider (fokusgruppe)", "erfaring": "6 år"]),
    (9, ["rolle": "sykepleier, natt (fokusgruppe)", "erfaring": "8 år"]),
    (10, ["rolle": "assistent (fokusgruppe)", "erfaring": "student"]),
    (11, ["rolle": "community nurse, nights", "erfaring": "6 years"]),
    (12, ["rolle": "care worker, days", "erfaring": "4 years"]),
  ]

  static let themes: [(title: String, note: String, groups: [String])] = [
    ("Trygghet", "Trygghet for hvem? Brukerne sover bedre, men personalet ser mindre.", ["Trygghet på nye måter"]),
    ("Ensomhet", "Flere beskriver brukere som venter på besøket. Skjermen erstatter ikke en prat.",
     ["Når besøket blir borte"]),
    ("Etikk og samtykke", "Pårørende tar ofte avgjørelsen. Verdighet på soverommet.", ["Samtykke og verdighet"]),
    ("Teknologi som svikter", "Nettverk, batterier, falske alarmer.", []),
    ("Endret fagutøvelse", "Det kliniske blikket; de nye lærer ikke å se.", ["Faglig skjønn og organisering"]),
    ("Tid og økonomi", "«Man sparer ikke tid, man flytter den.»", ["Faglig skjønn og organisering"]),
  ]

  static let groups: [GroupPlan] = [
    GroupPlan(
      name: "Trygghet på nye måter",
      introduction: "Informantene beskriver at digitalt tilsyn gir en annen trygghet enn nattlige besøk.",
      subgroups: [
        ("Uforstyrrede netter", ["Sover bedre uten besøk"]),
        ("Rask hjelp ved fall", ["Fall oppdages raskt"]),
        ("Falske alarmer", ["Falske alarmer", "Alarmtretthet"]),
      ]),
    GroupPlan(
      name: "Når besøket blir borte",
      introduction: "Et gjennomgående tema er hva som går tapt når besøk erstattes av skjerm.",
      subgroups: [
        ("Ensomhet bak skjermen", ["Ensomhet", "Besøket som høydepunkt"]),
        ("Det kliniske blikket", ["Ser mindre på skjerm", "Det lille ekstra"]),
      ]),
    GroupPlan(
      name: "Samtykke og verdighet",
      introduction: "",
      subgroups: [
        ("Pårørende bestemmer", ["Pårørende bestemmer", "Samtykke ved demens"]),
        ("Å bli sett på", ["Privatliv på soverommet", "Verdighet"]),
      ]),
    GroupPlan(
      name: "Faglig skjønn og organisering",
      introduction: "",
      subgroups: [
        ("Å stole på sensoren", ["Stoler mer på alarm enn stillhet", "Magefølelse"]),
        ("Tid som flyttes", ["Tid flyttet", "Dokumentasjon"]),
        ("Opplæring", ["Opplæring mest teknisk"]),
      ]),
  ]

  static let valences: [String: Valence] = [
    "Sover bedre uten besøk": .positive, "Fall oppdages raskt": .positive, "Falske alarmer": .negative,
    "Ensomhet": .negative, "Medisindispenser": .positive, "Videosamtaler med familie": .positive,
  ]

  static let descriptions: [String: String] = [
    "Sover bedre uten besøk": "Brukere som ble vekket av nattlige besøk, sover bedre med digitalt tilsyn.",
    "Ensomhet": "Brukere som blir mer alene når besøk erstattes av skjerm.",
    "Tid flyttet": "Tid spart på runder går til alarmer, kjøring og dokumentasjon.",
  ]

  /// Condensates (first person) and analytic texts (third person) for some subgroups, and the
  /// words of their golden quotation.
  static let condensates: [(subgroup: String, condensate: String, analytic: String, golden: String?)] = [
    (
      "Uforstyrrede netter",
      "Vi trodde det var omsorg å komme innom om natta, men for mange var det en forstyrrelse. De våknet, ble redde og fikk ikke sove igjen. Nå sover de hele natta og er mer opplagt på dagen.",
      "Flere informanter beskriver at nattlige tilsynsbesøk forstyrret brukernes søvn, og at digitalt tilsyn ga roligere netter. Erfaringen fikk personalet til å revurdere hva omsorg om natta er.",
      "Nå sover hun hele natta"
    ),
    (
      "Rask hjelp ved fall",
      "Sensoren varsler med en gang noen faller, og vi er der på et kvarter. Før kunne de ha ligget til neste runde.",
      "",
      "Hadde det vært før, kunne hun ha ligget der til morgenen"
    ),
    (
      "Ensomhet bak skjermen",
      "For noen er vi de eneste de snakker med i løpet av dagen. Når vi blir en stemme fra et nettbrett, blir de mer alene. De setter fram kaffe og tar på seg skjorte for å snakke med en skjerm.",
      "Informantene forteller om brukere for hvem besøket var dagens høydepunkt, og som ble mer ensomme da besøk ble erstattet av videosamtaler. Flere etterlyser kriterier som tar hensyn til ensomhet, ikke bare funksjon.",
      "for å snakke med en skjerm"
    ),
    (
      "Pårørende bestemmer",
      "Det blir ofte datteren eller sønnen som bestemmer. Brukeren selv sitter og nikker, og den stemmen er den svakeste i rommet.",
      "",
      nil
    ),
  ]

  static let anna: CoderName = "anna"
  static let jonas: CoderName = "jonas"

  static let units: [UnitPlan] = annaUnits + jonasUnits

  static let annaUnits: [UnitPlan] = [
    UnitPlan(coder: anna, transcript: "informant1", words: "Nå sover hun hele natta, og hun er mye mer opplagt på dagen.", codes: ["Sover bedre uten besøk"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "At det vi syntes var trygt for oss, var utrygt for henne.", codes: ["Sover bedre uten besøk"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Før kunne han ha ligget der til neste runde, kanskje to timer.", codes: ["Fall oppdages raskt"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Noen netter er det nesten bare falske alarmer. Det sliter på.", codes: ["Falske alarmer", "Alarmtretthet"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Men det er jo den ellevte som kan være et fall.", codes: ["Alarmtretthet"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Han spurte meg en dag om det var noen som så på ham når han kledde av seg.", codes: ["Samtykke ved demens", "Privatliv på soverommet"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Verdigheten, kanskje. At man ikke får være i fred i sitt eget soverom.", codes: ["Verdighet"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Man ser ikke at hun er svett, eller at hun har feber.", codes: ["Ser mindre på skjerm"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "Ikke så mye om de etiske sidene, eller hvordan man skal snakke med brukerne om det.", codes: ["Opplæring mest teknisk"]),
    UnitPlan(coder: anna, transcript: "informant1", words: "For noen er det besøket som er medisinen.", codes: ["Besøket som høydepunkt"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "Du ser ikkje om kjøleskapet e tomt, om det lukter rart i leiligheten", codes: ["Det lille ekstra", "Ser mindre på skjerm"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "så hadde han ikkje hatt varme på soverommet på flere uker.", codes: ["Det lille ekstra"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "Og når vi blir en stemme fra et nettbrett, så blir det enda mer ensomt.", codes: ["Ensomhet"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "«Æ steller meg og tar på meg skjorte for å snakke med en skjerm.»", codes: ["Ensomhet", "Besøket som høydepunkt"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "Det e tryggere enn før, når vi bare la det i dosett og håpet det beste.", codes: ["Medisindispenser"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "Noen ganger bruker vi mer tid på å få det til å virke enn vi ville brukt på å kjøre dit.", codes: ["Tekniske feil"]),
    UnitPlan(coder: anna, transcript: "informant2", words: "Du begynner å tenke på klokka i stedet for på mennesket.", codes: ["Dokumentasjon"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Hadde det vært før, kunne hun ha ligget der til morgenen.", codes: ["Fall oppdages raskt"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Jeg stoler på den når den sier at noe er galt. Men jeg stoler ikke helt på den når den sier at alt er fint.", codes: ["Stoler mer på alarm enn stillhet"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Så hvis jeg har en magefølelse, så kjører jeg ut likevel.", codes: ["Magefølelse"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Man sparer ikke tid, man flytter den.", codes: ["Tid flyttet"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Så jeg skriver det samme to steder.", codes: ["Dokumentasjon"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Hun sa at hun ikke ville at noen skulle se henne i nattkjolen.", codes: ["Privatliv på soverommet"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Jeg er redd de ikke lærer det kliniske blikket.", codes: ["Ser mindre på skjerm"]),
    UnitPlan(coder: anna, transcript: "informant3", words: "Et kamera kan se deg, men det kan ikke holde deg i handa.", codes: ["Ensomhet"]),
    UnitPlan(coder: anna, transcript: "informant4", words: "Og den stemmen er den svakeste i rommet.", codes: ["Pårørende bestemmer"]),
    UnitPlan(coder: anna, transcript: "informant4", words: "Datteren ønsket kamera om natta fordi mora hadde falt.", codes: ["Pårørende bestemmer"]),
    UnitPlan(coder: anna, transcript: "informant4", words: "De kan si ja den ene dagen og spørre hva det er den neste.", codes: ["Samtykke ved demens"]),
    UnitPlan(coder: anna, transcript: "informant4", words: "Men verdighet handler ikke bare om hva man forstår.", codes: ["Verdighet"]),
    UnitPlan(coder: anna, transcript: "informant4", words: "Ensomheten blir ikke borte av et kamera.", codes: ["Ensomhet"]),
    UnitPlan(coder: anna, transcript: "informant5", words: "Men i praksis ser jeg at tida forsvinner til andre ting.", codes: ["Tid flyttet"]),
    UnitPlan(coder: anna, transcript: "informant5", words: "Men jeg vet at det i praksis ofte blir pårørende som avgjør.", codes: ["Pårørende bestemmer"]),
    UnitPlan(coder: anna, transcript: "informant5", words: "Nettverket falt ut, sensorer som ikke var koblet riktig, batterier som gikk tomme.", codes: ["Tekniske feil"]),
    UnitPlan(coder: anna, transcript: "informant6", words: "Det hadde ikke jeg sett.", codes: ["Ser mindre på skjerm"]),
    UnitPlan(coder: anna, transcript: "informant6", words: "Hvis det ikke kommer alarm, så går jeg ut fra at alt er greit.", codes: ["Stoler mer på alarm enn stillhet"]),
    UnitPlan(coder: anna, transcript: "informant6", words: "En dame fikk se barnebarnet sitt i Australia hver søndag.", codes: ["Videosamtaler med familie"]),
    UnitPlan(coder: anna, transcript: "informant6", words: "Hun teller dagene.", codes: ["Ensomhet", "Besøket som høydepunkt"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Han har satt fram to kopper.", codes: ["Besøket som høydepunkt"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Så hvis vi gjør folk mer ensomme, så gjør vi dem sykere.", codes: ["Ensomhet"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Den ene gangen det er ekte, så tror man at det er katten igjen.", codes: ["Alarmtretthet"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Mora satt bare og nikket.", codes: ["Pårørende bestemmer"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Hvis jeg ikke får kontakt på høyttaleren, så kjører jeg. Uansett.", codes: ["Magefølelse"]),
    UnitPlan(coder: anna, transcript: "fokusgruppe", words: "Jeg vet ikke alltid hva jeg ser etter.", codes: ["Opplæring mest teknisk"]),
  ]

  static let jonasUnits: [UnitPlan] = [
    UnitPlan(coder: jonas, transcript: "informant1", words: "Nå sover hun hele natta, og hun er mye mer opplagt på dagen.", codes: ["Sover bedre uten besøk"]),
    UnitPlan(coder: jonas, transcript: "informant1", words: "Nattevakten var der innen et kvarter.", codes: ["Fall oppdages raskt"]),
    UnitPlan(coder: jonas, transcript: "informant1", words: "Noen netter er det nesten bare falske alarmer.", codes: ["Falske alarmer"]),
    UnitPlan(coder: jonas, transcript: "informant1", words: "Han spurte meg en dag om det var noen som så på ham når han kledde av seg.", codes: ["Privatliv på soverommet"]),
    UnitPlan(coder: jonas, transcript: "informant1", words: "Det er mindre informasjon.", codes: ["Ser mindre på skjerm"]),
    UnitPlan(coder: jonas, transcript: "informant2", words: "Og når vi blir en stemme fra et nettbrett, så blir det enda mer ensomt.", codes: ["Ensomhet"]),
    UnitPlan(coder: jonas, transcript: "informant2", words: "«Æ steller meg og tar på meg skjorte for å snakke med en skjerm.»", codes: ["Besøket som høydepunkt"]),
    UnitPlan(coder: jonas, transcript: "informant2", words: "Alt blir jo logget.", codes: ["Dokumentasjon"]),
    UnitPlan(coder: jonas, transcript: "informant3", words: "Man sparer ikke tid, man flytter den.", codes: ["Tid flyttet"]),
    UnitPlan(coder: jonas, transcript: "informant3", words: "Jeg stoler på den når den sier at noe er galt.", codes: ["Stoler mer på alarm enn stillhet"]),
    UnitPlan(coder: jonas, transcript: "informant3", words: "Hun hadde brukket hofta.", codes: ["Fall oppdages raskt"]),
  ]
}
