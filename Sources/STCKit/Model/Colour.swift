/// A colour from stc's palette, for codes and informants.
///
/// A palette name, not an RGB value: the terminal maps each to the nearest of its 8 or 256
/// colours, and a monochrome terminal to a pattern.
public enum PaletteColour: String, Codable, Sendable, CaseIterable {
  case red, orange, yellow, green, teal, blue, purple, pink, brown, grey

  /// The colour for the `n`-th new object, going round the palette.
  public static func cycling(_ n: Int) -> PaletteColour {
    allCases[((n % allCases.count) + allCases.count) % allCases.count]
  }
}
