/// A place where searched text was found.
public struct SearchHit: Equatable, Sendable {
  public var transcript: TranscriptID
  /// The line, from 0.
  public var line: Int
  /// The bytes that matched.
  public var span: TextSpan
}

/// Finds text in transcripts without decoding them: both sides are folded byte by byte (ASCII and
/// Latin-1 letters, so "ÅSE" finds "åse") and compared as UTF-8. Other scripts match exactly.
public struct TextSearch: Sendable {
  let needle: [UInt8]
  let caseSensitive: Bool

  /// A search for `query`; nil when the query is empty.
  public init?(_ query: String, caseSensitive: Bool = false) {
    let bytes = Array(query.precomposedStringWithCanonicalMapping.utf8)
    guard !bytes.isEmpty else { return nil }
    self.caseSensitive = caseSensitive
    needle = caseSensitive ? bytes : Self.fold(bytes)
  }

  /// Every match in `text`, in order, not overlapping.
  public func matches(in text: TranscriptText) -> [TextSpan] {
    let haystack = caseSensitive ? text.bytes : Self.fold(text.bytes)
    var result: [TextSpan] = []
    let n = needle.count
    guard haystack.count >= n else { return [] }
    let first = needle[0]
    haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { q in
        var i = 0
        let last = h.count - n
        while i <= last {
          if h[i] == first, memcmp(h.baseAddress! + i, q.baseAddress!, n) == 0 {
            // Only whole characters: the match must not start inside a UTF-8 sequence.
            if h[i] & 0xC0 != 0x80 {
              result.append(TextSpan(start: i, end: i + n))
              i += n
              continue
            }
          }
          i += 1
        }
      }
    }
    return result
  }

  /// Folds upper case to lower case for ASCII and the Latin-1 letters (À–Þ but ×), keeping every
  /// byte offset.
  static func fold(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    out.withUnsafeMutableBufferPointer { b in
      var i = 0
      while i < b.count {
        let c = b[i]
        if c >= 0x41 && c <= 0x5A {
          b[i] = c | 0x20
        } else if c == 0xC3, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] <= 0x9E, b[i + 1] != 0x97 {
          b[i + 1] += 0x20
          i += 1
        }
        i += 1
      }
    }
    return out
  }
}

extension Project {
  /// Finds `query` in the given transcripts (all when nil), in transcript order.
  public func search(_ query: String, in transcripts: [TranscriptID]? = nil, caseSensitive: Bool = false) -> [SearchHit] {
    guard let search = TextSearch(query, caseSensitive: caseSensitive) else { return [] }
    var hits: [SearchHit] = []
    for record in self.transcripts where transcripts?.contains(record.id) ?? true {
      guard let text = texts[record.id] else { continue }
      for span in search.matches(in: text) {
        hits.append(SearchHit(transcript: record.id, line: text.lineIndex(containing: span.start), span: span))
      }
    }
    return hits
  }
}

import Foundation
