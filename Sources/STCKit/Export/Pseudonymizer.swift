import Foundation

/// Replaces the names of the names table in text: every occurrence that starts a word, whatever
/// its case and whatever follows ("Karis" becomes "Ninas"), longest names first, so that no
/// listed name leaves the project in an export.
public struct Pseudonymizer: Sendable {
  private let rules: [(regex: NSRegularExpression, replacement: String)]

  /// A pseudonymizer for `table`; an empty table changes nothing.
  public init(_ table: [Pseudonym]) {
    rules = table.filter { !$0.name.isEmpty }
      .sorted { $0.name.count > $1.name.count }
      .compactMap { entry in
        let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: entry.name.precomposedStringWithCanonicalMapping)
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        return (regex, NSRegularExpression.escapedTemplate(for: entry.replacement))
      }
  }

  /// A pseudonymizer that changes nothing.
  public static let none = Pseudonymizer([])

  public func callAsFunction(_ text: String) -> String {
    guard !rules.isEmpty, !text.isEmpty else { return text }
    var result = text
    for rule in rules {
      result = rule.regex.stringByReplacingMatches(
        in: result, range: NSRange(result.startIndex..., in: result), withTemplate: rule.replacement)
    }
    return result
  }
}
