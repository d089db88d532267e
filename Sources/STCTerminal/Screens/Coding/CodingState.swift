import STCKit

/// A place in a transcript or in an editor's text: a line (from 0) and a grapheme within it.
public struct TextPosition: Equatable, Comparable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A selection being made: whole lines, or exact text from the anchor to the cursor.
public struct TextSelection: Equatable, Sendable {
  public enum Mode: Equatable, Sendable { case lines, text }
  public var mode: Mode
  public var anchor: TextPosition
}

/// Which part of the coding screen has the keys.
public enum CodingFocus: Equatable, Sendable { case text, panel }

/// The search of the current transcript.
public struct SearchState: Equatable, Sendable {
  public var query: String
  public var matches: [TextSpan]
  public var current: Int?
}

/// The coding screen's own state.
public struct CodingState: Equatable, Sendable {
  public var transcript: TranscriptID
  public var cursor = TextPosition(line: 0, column: 0)
  /// The first line on screen, and the first of its rows shown.
  public var scrollLine = 0
  public var scrollRow = 0
  public var selection: TextSelection?
  /// The meaning unit whose bounds the selection is adjusting.
  public var adjusting: MeaningUnitID?
  /// The unit last jumped to, preferred when several lie under the cursor.
  public var preferredUnit: MeaningUnitID?
  public var search: SearchState?
  public var showOtherCoders = false
  public var panelVisible: Bool
  public var focus = CodingFocus.text
  /// The code chosen in the side panel; it stays chosen from transcript to transcript.
  public var panelCode: CodeID?
  public var panelScroll = 0
  /// Meaning units per code in the whole project, refreshed after every change.
  public var codeTotals: [CodeID: Int] = [:]
  /// The codebook sorted by name, refreshed after every change (sorting 2,000 names on every
  /// keystroke would cost more than a frame).
  public var codeOrder: [CodeID] = []
  /// The side panel's list as made after the last change, and for which coder: building it for
  /// 2,000 codes on every frame cost most of the frame.
  var panelCache: PanelCache?
  /// The furthest line (from 0) that has been on screen: how far the coder has read.
  public var furthestLine = 0

  public init(transcript: TranscriptID, panelVisible: Bool) {
    self.transcript = transcript
    self.panelVisible = panelVisible
  }
}
