import PropertyBased
import Testing

@testable import STCKit

@Suite struct TextSpanTests {
  static let spans = Gen.int(in: 0...200).array(of: 2).map { pair in
    TextSpan(start: min(pair[0], pair[1]), end: max(pair[0], pair[1]))
  }

  @Test func basics() {
    let a = TextSpan(start: 2, end: 6)
    #expect(a.length == 4)
    #expect(a.contains(2) && a.contains(5) && !a.contains(6))
    #expect(a.overlaps(TextSpan(start: 5, end: 9)))
    #expect(!a.overlaps(TextSpan(start: 6, end: 9)))
    #expect(a.intersection(TextSpan(start: 4, end: 10)) == TextSpan(start: 4, end: 6))
    #expect(a.clamped(to: 3) == TextSpan(start: 2, end: 3))
    #expect(TextSpan(start: 8, end: 9).clamped(to: 3) == TextSpan(start: 3, end: 3))
  }

  @Test func intersectionIsSymmetricAndInsideBoth() async {
    await propertyCheck(input: Self.spans, Self.spans) { a, b in
      #expect(a.intersection(b) == b.intersection(a))
      if let both = a.intersection(b) {
        #expect(a.contains(both) && b.contains(both))
        #expect(!both.isEmpty)
      }
      #expect((a.intersection(b) != nil) == a.overlaps(b))
    }
  }

  @Test func coveringHoldsBoth() async {
    await propertyCheck(input: Self.spans, Self.spans) { a, b in
      let cover = a.covering(b)
      #expect(cover.contains(a) && cover.contains(b))
      #expect(cover.length <= a.length + b.length + abs(a.start - b.start) + abs(a.end - b.end))
    }
  }

  @Test func clampingStaysInside() async {
    await propertyCheck(input: Self.spans, Gen.int(in: 0...250)) { span, limit in
      let clamped = span.clamped(to: limit)
      #expect(clamped.start >= 0 && clamped.end <= limit && clamped.start <= clamped.end)
      if span.end <= limit { #expect(clamped == span) }
    }
  }

  @Test func orderIsByStartThenEnd() async {
    await propertyCheck(input: Self.spans, Self.spans) { a, b in
      #expect((a < b) == (a.start < b.start || (a.start == b.start && a.end < b.end)))
    }
  }
}
