/// How two coders agree on one yes/no question asked of every unit ("is this unit coded with
/// this code?"): the four counts, and the statistics computed from them.
public struct AgreementTable: Equatable, Sendable, Codable {
  /// Units both coders coded.
  public var both: Int
  /// Units only the first coder coded.
  public var onlyFirst: Int
  /// Units only the second coder coded.
  public var onlySecond: Int
  /// Units neither coded.
  public var neither: Int

  public init(both: Int, onlyFirst: Int, onlySecond: Int, neither: Int) {
    self.both = both
    self.onlyFirst = onlyFirst
    self.onlySecond = onlySecond
    self.neither = neither
  }

  /// No units at all.
  public static let zero = AgreementTable(both: 0, onlyFirst: 0, onlySecond: 0, neither: 0)

  /// The units compared.
  public var units: Int { both + onlyFirst + onlySecond + neither }

  public static func + (a: Self, b: Self) -> Self {
    AgreementTable(
      both: a.both + b.both, onlyFirst: a.onlyFirst + b.onlyFirst, onlySecond: a.onlySecond + b.onlySecond,
      neither: a.neither + b.neither)
  }

  /// The share of units on which the coders agree; nil when there are no units.
  public var percentAgreement: Double? {
    units == 0 ? nil : Double(both + neither) / Double(units) * 100
  }

  /// Cohen's kappa: agreement beyond what chance gives with each coder's own rate. Undefined (nil)
  /// when chance agreement is already perfect, as when neither coder used the code.
  public var cohensKappa: Double? {
    guard units > 0 else { return nil }
    let n = Double(units)
    let observed = Double(both + neither) / n
    let firstYes = Double(both + onlyFirst)
    let secondYes = Double(both + onlySecond)
    let expected = (firstYes * secondYes + (n - firstYes) * (n - secondYes)) / (n * n)
    guard expected < 1 else { return nil }
    return (observed - expected) / (1 - expected)
  }

  /// Krippendorff's alpha for nominal data, two coders, no missing values. Undefined (nil) when
  /// the values do not vary (every unit coded the same way by both).
  public var krippendorffsAlpha: Double? {
    guard units > 0 else { return nil }
    // The coincidence matrix counts each unit's pair of values both ways: n = 2 × units.
    let n = Double(2 * units)
    let disagreements = Double(onlyFirst + onlySecond)
    let yes = Double(2 * both + onlyFirst + onlySecond)
    let no = Double(2 * neither + onlyFirst + onlySecond)
    guard yes > 0, no > 0 else { return nil }
    return 1 - (n - 1) * disagreements / (yes * no)
  }
}

/// What agreement on one code (or on all codes together) comes to, with the words for whatever
/// cannot be computed.
public struct CodeAgreement: Equatable, Sendable, Codable {
  /// The code's name; "all codes" for the overall figure.
  public var code: String
  public var table: AgreementTable
  public var percentAgreement: Double?
  public var cohensKappa: Double?
  public var krippendorffsAlpha: Double?
  /// Plain words about the figures: why one is undefined, or that only one coder used the code.
  public var notes: [String]

  init(code: String, table: AgreementTable, first: CoderName, second: CoderName) {
    self.code = code
    self.table = table
    percentAgreement = table.percentAgreement
    cohensKappa = table.cohensKappa
    krippendorffsAlpha = table.krippendorffsAlpha
    var notes: [String] = []
    let firstUsed = table.both + table.onlyFirst > 0
    let secondUsed = table.both + table.onlySecond > 0
    if table.units == 0 {
      notes.append("nothing to compare: no units")
    } else if !firstUsed && !secondUsed {
      notes.append("neither coder used this code here, so κ and α are undefined")
    } else if table.neither == 0 && table.onlyFirst == 0 && table.onlySecond == 0 {
      notes.append("both coded every unit with it: no variation, so κ and α are undefined")
    } else if !secondUsed {
      notes.append("only \(first) used this code: κ is 0 and α below 0 by construction")
    } else if !firstUsed {
      notes.append("only \(second) used this code: κ is 0 and α below 0 by construction")
    } else {
      if cohensKappa == nil { notes.append("κ is undefined: chance agreement is already perfect") }
      if krippendorffsAlpha == nil { notes.append("α is undefined: the values do not vary") }
    }
    self.notes = notes
  }
}
