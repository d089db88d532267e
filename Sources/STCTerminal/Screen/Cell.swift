/// One cell of the screen: a grapheme and its style.
public struct Cell: Equatable, Sendable {
  public var grapheme: Character
  public var style: Style
  /// The right half of a two-column grapheme; draws nothing of its own.
  public var isWideTail: Bool

  public init(_ grapheme: Character = " ", style: Style = .normal, isWideTail: Bool = false) {
    self.grapheme = grapheme
    self.style = style
    self.isWideTail = isWideTail
  }

  public static let blank = Cell()
}
