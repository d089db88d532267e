/// The name of a coder (an analyst), also the name of their folder under `coding/`.
///
/// Letters (any script), digits, `.`, `_` and `-`; it starts with a letter or digit and is at
/// most 64 characters, so it is safe as a folder name on every system.
public struct CoderName: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  /// Checks and wraps a coder name, or throws a usage error that says what is allowed.
  public init(validating text: String) throws(STCError) {
    let name = text.precomposedStringWithCanonicalMapping
    guard let problem = Self.problem(with: name) else {
      rawValue = name
      return
    }
    throw STCError.usage("“\(text)” cannot be a coder name: \(problem).")
  }

  public init(stringLiteral value: String) { rawValue = value }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    if let problem = Self.problem(with: text) {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "“\(text)” is not a coder name: \(problem)")
    }
    rawValue = text
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Why `text` is not a valid coder name, or nil when it is.
  static func problem(with text: String) -> String? {
    if text.isEmpty { return "it is empty" }
    if text.count > 64 { return "it is longer than 64 characters" }
    guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first.properties.numericType != nil
    else { return "it must start with a letter or a digit" }
    for scalar in text.unicodeScalars {
      let ok = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar == "." || scalar == "_" || scalar == "-"
      if !ok { return "use only letters, digits, “.”, “_” and “-” (found “\(scalar)”)" }
    }
    return nil
  }
}
