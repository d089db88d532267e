/// What a render asks of the terminal besides the cells: where the text cursor is, and which
/// terminal modes are on. Modes are state too, set on every frame.
public struct Frame: Equatable, Sendable {
  /// Where to show the terminal's cursor (in a text field), or nil to hide it.
  public var cursor: Point?
  /// Whether the mouse is reported to stc (off by default, so that the terminal's own selection
  /// works for copying quotes).
  public var mouse: Bool

  public init(cursor: Point? = nil, mouse: Bool = false) {
    self.cursor = cursor
    self.mouse = mouse
  }
}
