/// The headings and column names of exports, in English or Norwegian bokmål.
public struct ExportLabels: Sendable {
  public let language: ProjectLanguage

  public init(_ language: ProjectLanguage) { self.language = language }

  private func t(_ en: String, _ nb: String) -> String { language == .nb ? nb : en }

  var researchQuestion: String { t("Research question", "Problemstilling") }
  var results: String { t("Results", "Resultater") }
  var condensate: String { t("Condensate", "Kondensat") }
  var tables: String { t("Tables", "Tabeller") }
  var overview: String { t("Results overview", "Oversikt over resultatene") }
  var trail: String { t("Analysis trail", "Eksempel på analyseprosessen") }
  var codebook: String { t("Codebook", "Kodebok") }
  var informants: String { t("Informants", "Informanter") }
  var appendix: String { t("Appendix: condensates", "Vedlegg: kondensater") }
  var codeGroup: String { t("Code group", "Kodegruppe") }
  var subgroup: String { t("Subgroup", "Subgruppe") }
  var code: String { t("Code", "Kode") }
  var description: String { t("Description", "Beskrivelse") }
  var meaningUnits: String { t("Meaning units", "Meningsbærende enheter") }
  var informantsColumn: String { t("Informants", "Informanter") }
  var theme: String { t("Preliminary theme", "Foreløpig tema") }
  var meaningUnit: String { t("Meaning unit", "Meningsbærende enhet") }
  var analyticText: String { t("Analytic text", "Analytisk tekst") }
  var informant: String { t("Informant", "Informant") }
  var transcripts: String { t("Transcripts", "Transkripsjoner") }
  var unsorted: String { t("Unsorted", "Usortert") }
  var noCondensate: String { t("(no condensate yet)", "(ikke kondensert ennå)") }
  func of(_ n: Int, _ total: Int) -> String { t("\(n) of \(total)", "\(n) av \(total)") }

  // CSV columns
  var csvHeader: [String] {
    language == .nb
      ? ["transkripsjon", "informant", "koder", "linjer", "kode", "subgruppe", "kodegruppe", "tekst", "enhet"]
      : ["transcript", "informant", "coder", "lines", "code", "subgroup", "code group", "text", "unit"]
  }
}
