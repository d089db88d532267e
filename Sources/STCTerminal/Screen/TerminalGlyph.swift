/// What a terminal backend draws for one grapheme in one cell.
///
/// A curses cell holds one spacing character and at most four combining ones, and terminals
/// disagree on sequences of several spacing characters (👩‍💻 advances four columns in ncurses).
/// So a grapheme keeps its first scalar and the zero-width scalars that modify it (accents,
/// variation selectors, skin tones), at most five; the rest of a joined sequence is dropped.
/// The backend places every cell at its own column, so the screen never drifts.
public enum TerminalGlyph {
  public static let maximumScalars = 5

  public static func scalars(for character: Character) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var afterJoiner = false
    for scalar in character.unicodeScalars {
      if result.isEmpty {
        result.append(scalar)
        continue
      }
      if scalar.value == 0x200D {
        afterJoiner = true
        continue
      }
      if afterJoiner { break }
      let isModifier = DisplayWidth.width(of: scalar) == 0 || (0x1F3FB...0x1F3FF).contains(scalar.value)
      guard isModifier, result.count < maximumScalars else { break }
      result.append(scalar)
    }
    return result
  }
}
