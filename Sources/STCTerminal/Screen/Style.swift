import STCKit

/// What a cell is, not how it looks: the backend maps each role to colours (8, 256, or none),
/// so one rendering serves colour terminals and NO_COLOR.
public enum Style: Hashable, Sendable {
  case normal
  case dim
  case bold
  /// The bar at the top of every screen.
  case titleBar
  /// The status line at the bottom.
  case statusBar
  /// A key shown in the status line or help.
  case key
  /// The row or item under the cursor.
  case cursorLine
  /// The cell under the text cursor.
  case cursor
  /// Text the user has selected.
  case selection
  /// A search match.
  case match
  /// Line numbers and other quiet labels.
  case lineNumber
  /// A speaker label.
  case speaker
  case error
  case success
  case warning
  /// A heading inside a screen.
  case heading
  /// Something in a code's colour: its bar in the margin, its label.
  case code(PaletteColour)
  /// The text of the meaning unit in focus, in its first code's colour.
  case unitText(PaletteColour)
  /// Another coder's meaning unit, shown beside one's own.
  case otherCoder(PaletteColour)
  /// An informant's colour.
  case informant(PaletteColour)
}
