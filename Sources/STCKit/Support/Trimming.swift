extension StringProtocol {
  /// The text without spaces and tabs at either end: what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` gives, without its detour through NSString, which
  /// cost exports more than all else.
  public var trimmingSpaces: String { trimming(newlines: false) }

  /// Likewise without line breaks at either end (`.whitespacesAndNewlines`).
  public var trimmingSpacesAndNewlines: String { trimming(newlines: true) }

  private func trimming(newlines: Bool) -> String {
    let scalars = unicodeScalars
    func blank(_ s: Unicode.Scalar) -> Bool {
      if s == " " || s == "\t" || s.properties.generalCategory == .spaceSeparator { return true }
      guard newlines else { return false }
      switch s.value {
      case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
      default: return false
      }
    }
    guard let first = scalars.first, let last = scalars.last else { return "" }
    if !blank(first) && !blank(last) { return String(self) }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, blank(scalars[start]) { start = scalars.index(after: start) }
    while end > start {
      let before = scalars.index(before: end)
      guard blank(scalars[before]) else { break }
      end = before
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[start..<end])
    return String(out)
  }
}
