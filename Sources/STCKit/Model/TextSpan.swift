/// A half-open range of UTF-8 byte offsets into one transcript's immutable text.
///
/// Offsets always fall on the boundary of a Unicode scalar; the transcript's text never changes
/// after import, so a span keeps pointing at the same words whatever happens to the codebook.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The first byte of the span.
  public var start: Int
  /// The byte after the last byte of the span.
  public var end: Int

  /// A span from `start` up to, not including, `end`. `start` must not exceed `end`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "a span cannot end before it starts")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  /// Whether `offset` lies inside the span.
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }

  /// Whether the two spans share at least one byte (an empty span shares none).
  public func overlaps(_ other: TextSpan) -> Bool {
    !isEmpty && !other.isEmpty && start < other.end && other.start < end
  }

  /// The bytes both spans cover, or nil when they share none.
  public func intersection(_ other: TextSpan) -> TextSpan? {
    let s = max(start, other.start)
    let e = min(end, other.end)
    return s < e ? TextSpan(start: s, end: e) : nil
  }

  /// The smallest span that covers both.
  public func covering(_ other: TextSpan) -> TextSpan {
    TextSpan(start: min(start, other.start), end: max(end, other.end))
  }

  /// This span cut to `0..<limit`.
  public func clamped(to limit: Int) -> TextSpan {
    let s = min(max(0, start), limit)
    return TextSpan(start: s, end: min(max(s, end), limit))
  }

  /// Spans order by start, then by end.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
