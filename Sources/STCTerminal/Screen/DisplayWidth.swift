/// How many terminal columns text takes. The one home of width rules in stc: never size a
/// column with `String.count`.
///
/// Per grapheme (`Character`): 0 for control characters and lone combining marks, 2 for East
/// Asian Wide and Fullwidth, for emoji presented as emoji (an emoji-presentation scalar, a
/// variation selector 16, a zero-width joiner sequence, a skin tone, a flag), and 1 otherwise.
public enum DisplayWidth {
  /// The columns of one grapheme.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    let scalars = character.unicodeScalars
    let first = scalars.first!
    // Fast path: printable ASCII.
    if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 { return 1 }
    if scalars.count == 1 { return width(of: first) }
    var wide = false
    var hasSpacing = false
    for scalar in scalars {
      switch scalar.value {
      case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF: wide = true
      case 0x1F1E6...0x1F1FF: wide = true
      default:
        let w = width(of: scalar)
        if w == 2 { wide = true }
        if w > 0 { hasSpacing = true }
      }
    }
    if wide { return 2 }
    return hasSpacing ? 1 : 0
  }

  /// The columns of one scalar on its own.
  public static func width(of scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    if isWide(v) { return 2 }
    return 1
  }

  /// The columns of a string, adding up its graphemes.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if v < range.lowerBound {
        high = mid - 1
      } else if v > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}

extension String {
  /// The text cut to at most `width` columns, ending with "…" when something was cut.
  public func fitted(to width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(self) <= width { return self }
    var out = ""
    var used = 0
    for c in self {
      let w = DisplayWidth.of(c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    return out + "…"
  }

  /// The words of the text in lines of at most `width` columns (a longer word gets a line of
  /// its own).
  public func wrapped(to width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in split(separator: " ") {
      if !line.isEmpty && DisplayWidth.of(line) + 1 + DisplayWidth.of(word) > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return lines + [line]
  }
}
