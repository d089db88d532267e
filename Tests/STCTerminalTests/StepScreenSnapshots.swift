import STCKit
import Testing

@testable import STCTerminal

/// Whole screens of the four steps on the demo, at 80×24, as the user sees them.
@Suite struct StepScreenSnapshots {
  @Test func themesScreen() {
    var state = DemoFixture.state()
    state.press(.char("1"))
    expectScreen(state, """
       stc · Digitalt tilsyn i hjemmetjenesten › 1 Total impression         anna · en

       Preliminary themes (6)
      ▸ 1. Trygghet                           → Trygghet på nye måter
           Trygghet for hvem? Brukerne sover bedre, men personalet ser mindre.
        2. Ensomhet                           → Når besøket blir borte
           Flere beskriver brukere som venter på besøket. Skjermen erstatter ikke en
        3. Etikk og samtykke                  → Samtykke og verdighet
           Pårørende tar ofte avgjørelsen. Verdighet på soverommet.
        4. Teknologi som svikter
           Nettverk, batterier, falske alarmer.
        5. Endret fagutøvelse                 → Faglig skjønn og organisering
           Det kliniske blikket; de nye lærer ikke å se.
        6. Tid og økonomi                     → Faglig skjønn og organisering
           «Man sparer ikke tid, man flytter den.»



       Memos
         Project memo: Masterprosjekt i sykepleievitenskap. Analysen følger Malteruds
         Preconceptions of anna: Jeg har selv jobbet natt i hjemmesykepleien og var s

       7 of 9 transcripts read. In the overview, i writes the impressions of a transc
       a add  Enter write  L link  q quit  ? help               saved │ mouse off (m)
      """)
  }

  @Test func codebookScreen() {
    var state = DemoFixture.state()
    state.press(.char("2"), .char("G"))
    expectScreen(state, """
       stc · Digitalt tilsyn i hjemmetjenesten › 2 Sorting the codebook     anna · en
       4 code groups · 20 codes, 17 sorted · units · informants
               █ Ser mindre på skjerm                               5 units · 4 of 12
       ▾ Samtykke og verdighet                                     10 units · 5 of 12
           ▾ Pårørende bestemmer                                    6 units · 4 of 12
               █ Pårørende bestemmer                                4 units · 3 of 12
               █ Samtykke ved demens                                2 units · 2 of 12
           ▾ Å bli sett på                                          5 units · 3 of 12
               █ Privatliv på soverommet                            3 units · 2 of 12
               █ Verdighet                                          2 units · 2 of 12
       ▾ Faglig skjønn og organisering                             13 units · 7 of 12
           ▾ Å stole på sensoren                                    5 units · 3 of 12
               █ Magefølelse                                        2 units · 2 of 12
               █ Stoler mer på alarm enn stillhet                   3 units · 2 of 12
           ▾ Tid som flyttes                                        6 units · 3 of 12
               █ Dokumentasjon                                      3 units · 2 of 12
               █ Tid flyttet                                        3 units · 2 of 12
           ▾ Opplæring                                              2 units · 2 of 12
               █ Opplæring mest teknisk                             2 units · 2 of 12
       ▾ Unsorted codes                                             4 units · 3 of 12
           █ Medisindispenser +                                      1 unit · 1 of 12
           █ Tekniske feil                                          2 units · 2 of 12
      ▸    █ Videosamtaler med familie +                             1 unit · 1 of 12
       Enter open  M move to  q quit  ? help                    saved │ mouse off (m)
      """)
  }

  @Test func step3Screen() {
    var state = DemoFixture.state()
    state.press(.char("3"), .enter)
    expectScreen(state, """
       stc · Digitalt tilsyn i hjemmetjenesten › 3 Condensation › Uforstyrrede netter
       in “Trygghet på nye måter” · 3 meaning units · 1 of 12 informants
       ★ “Nå sover hun hele natta, og hun er mye mer opplagt på dagen.” (Informant 1)

      ▌Informant 1                        ┌─ Condensate of “Uforstyrrede netter” ────┐
       ★ informant1:37–38 anna            │ Vi trodde det var omsorg å komme innom   │
          Nå sover hun hele natta, og hun │ om natta, men for mange var det en       │
          er mye mer opplagt på dagen.    │ forstyrrelse. De våknet, ble redde og    │
         informant1:37–38 jonas           │ fikk ikke sove igjen. Nå sover de hele   │
          Nå sover hun hele natta, og hun │ natta og er mer opplagt på dagen.        │
          er mye mer opplagt på dagen.    │                                          │
         informant1:45–46 anna            │                                          │
          At det vi syntes var trygt for  │                                          │
          oss, var utrygt for henne.      │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          └──────────────────────────────────────────┘
       Enter go to  g golden  Tab switch  q quit  ? help        saved │ mouse off (m)
      """)
  }

  @Test func step4Screen() {
    var state = DemoFixture.state()
    state.press(.char("4"), .enter)
    expectScreen(state, """
       stc · Digitalt tilsyn i hjemmetjenesten › 4 Synthesis › Uforstyrrede netter
       in “Trygghet på nye måter” · 3 meaning units · 1 of 12 informants · draft
       Condensate: Vi trodde det var omsorg å komme innom om natta, men for mange var
       det en forstyrrelse. De våknet, ble redde og fikk ikke sove igjen. Nå sover de
       hele natta og er mer opplagt på dagen.
       ★ “Nå sover hun hele natta, og hun er mye mer opplagt på dagen.” (Informant 1)

      ▌Informant 1                        ┌─ Analytic text of “Uforstyrrede netter” ─┐
       ★ [ ] informant1:37–38 anna        │ Flere informanter beskriver at nattlige  │
          Nå sover hun hele natta, og hun │ tilsynsbesøk forstyrret brukernes søvn,  │
         [ ] informant1:37–38 jonas       │ og at digitalt tilsyn ga roligere        │
          Nå sover hun hele natta, og hun │ netter. Erfaringen fikk personalet til   │
         [ ] informant1:45–46 anna        │ å revurdere hva omsorg om natta er.      │
          At det vi syntes var trygt for  │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          │                                          │
                                          └──────────────────────────────────────────┘
       Space read again  Tab switch  D done  q quit  ? help     saved │ mouse off (m)
      """)
  }
}
