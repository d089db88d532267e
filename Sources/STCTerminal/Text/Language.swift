/// The language of the workbench: English or Norwegian bokmål.
public enum Language: String, Sendable, CaseIterable {
  case en, nb

  /// The language a user's environment asks for: `LC_ALL`, `LC_MESSAGES` or `LANG` naming
  /// Norwegian (nb_NO, nn_NO, no_NO) gives bokmål; anything else gives English.
  public static func from(environment: [String: String]) -> Language {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      let lower = value.lowercased()
      return ["nb", "nn", "no"].contains { lower.hasPrefix($0) } ? .nb : .en
    }
    return .en
  }
}
