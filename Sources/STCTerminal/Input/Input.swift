/// A key as the workbench sees it, whatever terminal sent it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character, including æ ø å and anything a keyboard or input method sends.
  case char(Character)
  /// Ctrl and a letter, given in lower case (`.ctrl("r")` is Ctrl-R).
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  /// Ctrl with ← or →: a word at a time.
  case ctrlLeft, ctrlRight

  /// How the key is written in help and in the status line.
  public var description: String {
    switch self {
    case .char(" "): "Space"
    case .char(let c): String(c)
    case .ctrl("_"): "Ctrl-/"
    case .ctrl(let c): "Ctrl-\(c.uppercased())"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .ctrlLeft: "Ctrl-←"
    case .ctrlRight: "Ctrl-→"
    }
  }
}

/// A mouse event, already in screen cells.
public struct MouseEvent: Equatable, Sendable {
  public enum Kind: Equatable, Sendable { case press, drag, release, wheelUp, wheelDown }
  public var kind: Kind
  public var at: Point

  public init(_ kind: Kind, at: Point) {
    self.kind = kind
    self.at = at
  }
}

/// Everything that reaches the workbench from the terminal.
public enum Input: Equatable, Sendable {
  case key(Key)
  /// Text pasted with bracketed paste: always text, never commands.
  case paste(String)
  case resize(Size)
  case mouse(MouseEvent)
}
