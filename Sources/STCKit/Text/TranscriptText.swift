import Foundation

/// The immutable text of one transcript: UTF-8 bytes, an index of where each line starts, and the
/// speaker turns.
///
/// The text is never split into `String`s as a whole (that costs more than opening a whole
/// project): screens decode only the lines they show. Lines are numbered from 0 here; the user
/// sees them from 1.
public struct TranscriptText: Equatable, Sendable {
  /// The normalised text: UTF-8, NFC, LF line ends, ending with a line feed.
  public let bytes: [UInt8]
  /// The byte offset where each line starts.
  public let lineStarts: [Int32]
  /// Who speaks from which line on.
  public let turns: SpeakerTurns

  /// Indexes `bytes`, finding speaker turns with the default labels or `speakerPattern`.
  public init(bytes: [UInt8], speakerPattern: SpeakerPattern = .standard) {
    self.bytes = bytes
    self.lineStarts = Self.indexLines(bytes)
    self.turns = SpeakerTurns(bytes: bytes, lineStarts: lineStarts, pattern: speakerPattern)
  }

  public var byteCount: Int { bytes.count }
  public var lineCount: Int { lineStarts.count }

  /// The bytes of line `i`, without its line feed.
  public func lineRange(_ i: Int) -> Range<Int> {
    let start = Int(lineStarts[i])
    var end = i + 1 < lineStarts.count ? Int(lineStarts[i + 1]) : bytes.count
    if end > start, bytes[end - 1] == 10 { end -= 1 }
    return start..<end
  }

  /// Line `i` as a string, without its line feed.
  public func line(_ i: Int) -> String {
    String(decoding: bytes[lineRange(i)], as: UTF8.self)
  }

  /// The line that holds byte `offset` (the last line for the end of the text).
  public func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if Int(lineStarts[mid]) <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The lines a span touches, from its first byte to its last.
  public func lines(of span: TextSpan) -> ClosedRange<Int> {
    let first = lineIndex(containing: span.start)
    let last = lineIndex(containing: max(span.start, span.end - 1))
    return first...last
  }

  /// The span of whole lines `lines` (0-based), without the last line's line feed.
  public func span(lines: ClosedRange<Int>) -> TextSpan {
    TextSpan(start: lineRange(lines.lowerBound).lowerBound, end: lineRange(lines.upperBound).upperBound)
  }

  /// The text of a span.
  public func text(of span: TextSpan) -> String {
    String(decoding: bytes[span.start..<span.end], as: UTF8.self)
  }

  /// Whether `offset` is a place where a span may start or end: inside the text and not in the
  /// middle of a UTF-8 sequence.
  public func isBoundary(_ offset: Int) -> Bool {
    guard offset >= 0, offset <= bytes.count else { return false }
    return offset == bytes.count || bytes[offset] & 0xC0 != 0x80
  }

  /// Why `span` cannot be a meaning unit in this text, or nil when it can.
  public func problem(with span: TextSpan) -> String? {
    if span.isEmpty { return "it is empty" }
    if span.start < 0 || span.end > bytes.count {
      return "bytes \(span.start)–\(span.end) lie outside the transcript’s \(bytes.count) bytes"
    }
    if !isBoundary(span.start) || !isBoundary(span.end) {
      return "bytes \(span.start)–\(span.end) cut a character in two"
    }
    return nil
  }

  /// The byte offset of each line start, found with `memchr`.
  static func indexLines(_ bytes: [UInt8]) -> [Int32] {
    var starts: [Int32] = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      let count = buffer.count
      while offset < count, let hit = memchr(base + offset, 10, count - offset) {
        let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if position + 1 < count { starts.append(Int32(position + 1)) }
        offset = position + 1
      }
    }
    return starts
  }
}

extension TranscriptText: CustomDebugStringConvertible {
  /// A short form: test failures and logs must not print a whole transcript.
  public var debugDescription: String { "TranscriptText(\(byteCount) bytes, \(lineCount) lines)" }
}

extension TranscriptText {
  /// Where `words` occur within `region` (the whole text by default), a space in `words`
  /// matching a line break too, so that a quote can be found across the lines of a wrapped
  /// transcript. Occurrences start on character boundaries and do not overlap.
  public func occurrences(of words: String, within region: TextSpan? = nil) -> [TextSpan] {
    let needle = Array(words.precomposedStringWithCanonicalMapping.utf8)
    let area = region ?? TextSpan(start: 0, end: bytes.count)
    guard !needle.isEmpty, area.length >= needle.count else { return [] }
    var hits: [TextSpan] = []
    var i = area.start
    while i + needle.count <= area.end {
      var j = 0
      while j < needle.count {
        let b = bytes[i + j]
        if b != needle[j] && !(b == 10 && needle[j] == 32) { break }
        j += 1
      }
      if j == needle.count && isBoundary(i) {
        hits.append(TextSpan(start: i, end: i + needle.count))
        i += needle.count
      } else {
        i += 1
      }
    }
    return hits
  }
}
