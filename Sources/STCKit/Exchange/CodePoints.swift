import Foundation

/// Turns UTF-8 byte offsets in a transcript into the positions REFI-QDA counts: Unicode code
/// points (scalars) from the start of the text. "ø" is one code point and two bytes; "😀" one
/// code point and four bytes; "🇳🇴" two code points.
struct CodePointIndex {
  private static let block = 4096
  private let bytes: [UInt8]
  /// Code points before the start of each block of 4096 bytes.
  private let before: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var before: [Int] = []
    before.reserveCapacity(bytes.count / Self.block + 1)
    var count = 0
    for (i, byte) in bytes.enumerated() {
      if i % Self.block == 0 { before.append(count) }
      if byte & 0xC0 != 0x80 { count += 1 }
    }
    if bytes.count % Self.block == 0 { before.append(count) }
    self.before = before
  }

  /// The code point position of a byte offset on a scalar boundary (0...bytes.count).
  func position(ofByte offset: Int) -> Int {
    let blockIndex = offset / Self.block
    var count = before[blockIndex]
    var i = blockIndex * Self.block
    while i < offset {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }
}

/// A source text from another program brought to stc's normal form (LF line ends, NFC, no
/// control characters, a final line feed), with a map from the code point positions of the
/// original to byte offsets in the normal form, so that selections land on the same words.
struct NormalisedSource {
  /// The text in normal form.
  let text: String
  /// The number of code points in the original.
  let count: Int
  /// For each position 0...count: the byte offset where a selection starting there starts
  /// (a position inside a character that normalising changed moves back to its start).
  private let starts: [Int32]
  /// Likewise for a selection ending there (moves forward to the character's end).
  private let ends: [Int32]

  /// Normalises `original`; `fileName` names it in errors. Refuses text that holds nothing but
  /// white space.
  init(_ original: String, fileName: String) throws(STCError) {
    var out = String.UnicodeScalarView()
    var outBytes = 0
    var starts: [Int32] = []
    var ends: [Int32] = []
    starts.reserveCapacity(original.utf8.count + 1)
    ends.reserveCapacity(original.utf8.count + 1)
    var previousWasCR = false
    for character in original {
      let first = Int32(outBytes)
      var piece = String.UnicodeScalarView()
      let scalars = character.unicodeScalars
      for scalar in scalars {
        switch scalar.value {
        case 0x0D:
          piece.append("\n")
          previousWasCR = true
          continue
        case 0x0A:
          if !previousWasCR { piece.append("\n") }
        case 0x0C, 0x0B, 0x2028, 0x2029: piece.append("\n")
        case 0x09: piece.append(scalar)
        case 0xFEFF, 0x00..<0x20, 0x7F, 0x80..<0xA0: break
        default: piece.append(scalar)
        }
        previousWasCR = false
      }
      var normal = piece
      if !(scalars.count == 1 && (scalars.first!.value < 0x300)) && !piece.isEmpty {
        normal = String(piece).precomposedStringWithCanonicalMapping.unicodeScalars
      }
      for scalar in normal {
        out.append(scalar)
        outBytes += UTF8.width(scalar)
      }
      let last = Int32(outBytes)
      // The first code point of the character starts and ends at its start; the rest fall
      // inside it, so a selection may not start or end there.
      starts.append(first)
      ends.append(first)
      for _ in scalars.dropFirst() {
        starts.append(first)
        ends.append(last)
      }
    }
    starts.append(Int32(outBytes))
    ends.append(Int32(outBytes))
    var text = String(out)
    if text.allSatisfy(\.isWhitespace) {
      throw .dataError("\(fileName) holds no text, only white space.")
    }
    if !text.hasSuffix("\n") { text.append("\n") }
    self.text = text
    self.count = starts.count - 1
    self.starts = starts
    self.ends = ends
  }

  /// A text that stc wrote itself and that is kept byte for byte: positions map straight to the
  /// byte offsets of its code points.
  init(verbatim text: String) {
    var offsets: [Int32] = []
    offsets.reserveCapacity(text.utf8.count + 1)
    var bytes = 0
    for scalar in text.unicodeScalars {
      offsets.append(Int32(bytes))
      bytes += UTF8.width(scalar)
    }
    offsets.append(Int32(bytes))
    self.text = text
    count = offsets.count - 1
    starts = offsets
    ends = offsets
  }

  /// The span in the normal form for code point positions start..<end of the original, or nil
  /// when they lie outside it or cover nothing once normalised.
  func span(start: Int, end: Int) -> TextSpan? {
    guard start >= 0, end <= count, start < end else { return nil }
    let s = Int(starts[start])
    let e = Int(ends[end])
    return s < e ? TextSpan(start: s, end: e) : nil
  }
}
