import STCKit

/// A list to choose from, filtered by typing: where a code moves, what it merges into, which code
/// groups a theme became, which meaning units a split takes.
public struct ChooserState: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case moveCode(CodeID)
    case mergeCode(CodeID)
    case mergeTheme(ThemeID)
    /// Several choices: the code groups the theme became.
    case linkTheme(ThemeID)
    case deleteCode(CodeID)
    case deleteSubgroup(SubgroupID)
    case deleteGroup(CodeGroupID)
    /// Several choices: the meaning units that move to a new code.
    case splitCode(CodeID)
  }

  public enum Value: Equatable, Sendable {
    case subgroup(SubgroupID?)
    case code(CodeID)
    case theme(ThemeID)
    case group(CodeGroupID)
    case unit(MeaningUnitID)
    /// "Delete anyway": take the code off its units, leave codes unsorted.
    case force
  }

  public struct Option: Equatable, Sendable {
    public var label: String
    public var detail: String
    public var value: Value
    public var ticked = false
  }

  public var purpose: Purpose
  public var title: String
  public var options: [Option]
  public var field = TextField()
  public var selected = 0

  /// Whether several options can be ticked.
  public var isMulti: Bool {
    switch purpose {
    case .linkTheme, .splitCode: true
    default: false
    }
  }

  /// The options that match what is typed.
  var visible: [Int] {
    let query = Array(field.text.lowercased())
    guard !query.isEmpty else { return Array(options.indices) }
    return options.indices.filter { FuzzyMatch.score(query, in: Array(options[$0].label.lowercased())) != nil }
  }
}

enum Chooser {
  static func reduce(_ state: inout AppState, _ chooser: ChooserState, _ input: Input) -> [Effect] {
    var chooser = chooser
    let visible = chooser.visible
    switch input {
    case .paste(let text):
      chooser.field.paste(text)
      chooser.selected = 0
    case .key(let key):
      switch Keymap.default.command(for: key, in: [.chooser]) {
      case .down: chooser.selected = min(max(0, visible.count - 1), chooser.selected + 1)
      case .up: chooser.selected = max(0, chooser.selected - 1)
      case .toggle where chooser.isMulti:
        guard visible.indices.contains(chooser.selected) else { break }
        chooser.options[visible[chooser.selected]].ticked.toggle()
      case .close:
        state.overlay = nil
        return []
      case .accept:
        state.overlay = nil
        if chooser.isMulti { return ChooserActions.acceptMany(&state, chooser) }
        guard visible.indices.contains(chooser.selected) else { return [] }
        return ChooserActions.accept(&state, chooser.purpose, chooser.options[visible[chooser.selected]].value)
      default:
        if chooser.field.handle(key) { chooser.selected = 0 }
      }
    default: break
    }
    state.overlay = .chooser(chooser)
    return []
  }

  static func render(_ state: AppState, _ chooser: ChooserState, into buffer: inout ScreenBuffer) -> Point? {
    let area = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
    let inner = Chrome.box(area.centred(Size(width: min(80, area.width - 4), height: min(20, area.height - 2))), title: chooser.title, into: &buffer)
    guard inner.height >= 3 else { return nil }
    buffer.write("› ", at: Point(x: inner.x, y: inner.y), style: .key)
    let cursor = chooser.field.render(into: &buffer, at: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
    let hints = Keymap.default.bindings(in: .chooser).filter { $0.inStatusBar && ($0.command != .toggle || chooser.isMulti) }
      .map { "\($0.keys[0]) \($0.command.text(state.language).title)" }
    buffer.write(hints.joined(separator: "  "), at: Point(x: inner.x, y: inner.y + 1), style: .dim, maxWidth: inner.width)
    let visible = chooser.visible
    let height = inner.height - 2
    let top = max(0, min(chooser.selected - height + 1, visible.count - height))
    for (offset, index) in visible.dropFirst(top).prefix(height).enumerated() {
      let option = chooser.options[index]
      let y = inner.y + 2 + offset
      let chosen = top + offset == chooser.selected
      let style: Style = chosen ? .cursorLine : .normal
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      var x = inner.x
      if chooser.isMulti { x = buffer.write(option.ticked ? "[x] " : "[ ] ", at: Point(x: x, y: y), style: style) }
      let labelWidth = option.detail.isEmpty ? inner.maxX - x : max(10, (inner.maxX - x) * 3 / 5)
      buffer.write(option.label.fitted(to: labelWidth - 1), at: Point(x: x, y: y), style: option.value == .force ? (chosen ? .cursorLine : .warning) : style)
      if !option.detail.isEmpty {
        buffer.write(option.detail, at: Point(x: x + labelWidth, y: y), style: chosen ? .cursorLine : .dim, maxWidth: inner.maxX - x - labelWidth)
      }
    }
    return cursor
  }
}
