import Foundation

/// Turns the bytes of a plain-text transcript into stc's normal form: UTF-8 in NFC, LF line ends,
/// no control characters but tabs, ending with a line feed.
public enum TextDecoding {
  /// The text and the encoding it was found in.
  public struct Decoded: Equatable, Sendable {
    public var text: String
    /// "utf-8", "utf-8 with BOM", "utf-16le", "utf-16be" or "windows-1252".
    public var encoding: String
  }

  /// Decodes a plain-text file; `fileName` names it in errors.
  ///
  /// Recognises a UTF-8 or UTF-16 byte order mark, then valid UTF-8, then Windows-1252. Refuses
  /// empty and binary files, and files of other formats saved under a text name.
  public static func decode(_ bytes: [UInt8], fileName: String) throws(STCError) -> Decoded {
    let decoded = try decodeWithoutNormalising(bytes, fileName: fileName)
    return Decoded(text: try normalise(decoded.text, fileName: fileName), encoding: decoded.encoding)
  }

  /// Decodes as `decode` does but keeps the text as it was (line ends, composition, controls),
  /// for callers that must map positions in the original text; a byte order mark is dropped.
  static func decodeWithoutNormalising(_ bytes: [UInt8], fileName: String) throws(STCError) -> Decoded {
    if bytes.isEmpty { throw .dataError("\(fileName) is empty: there is nothing to import.") }
    if let format = foreignFormat(bytes) {
      throw .dataError("\(fileName) is \(format), not plain text: save it as .docx or .txt and import that.")
    }
    let decoded: Decoded
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
        throw .dataError("\(fileName) starts like UTF-8 but holds bytes that are not UTF-8: save it again as UTF-8.")
      }
      decoded = Decoded(text: text, encoding: "utf-8 with BOM")
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      decoded = try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF, fileName: fileName)
    } else if bytes.contains(0) {
      throw .dataError(
        "\(fileName) looks like a binary file (it holds NUL bytes): stc imports .txt, .md and .docx. "
          + "If it is UTF-16 text, save it again as UTF-8.")
    } else if let text = String(validating: bytes, as: UTF8.self) {
      decoded = Decoded(text: text, encoding: "utf-8")
    } else {
      decoded = try decodeWindows1252(bytes, fileName: fileName)
    }
    return decoded
  }

  /// Brings decoded text to the normal form, or refuses text that is empty or binary.
  ///
  /// Works on the UTF-8 bytes, and composes (NFC) only the lines that hold a character from
  /// U+0300 up: text below that is composed already, and Foundation's normalisation of a whole
  /// transcript cost more than everything else an import does.
  public static func normalise(_ text: String, fileName: String) throws(STCError) -> String {
    var source = text
    let (normal, controls, scalars) = source.withUTF8 { normalisedBytes($0) }
    var out = normal
    if controls > 16 && controls * 100 > scalars - controls {
      throw .dataError("\(fileName) looks like a binary file (\(controls) control characters): it cannot be imported.")
    }
    if !out.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) {
      throw .dataError("\(fileName) holds no text, only white space: there is nothing to import.")
    }
    if out.last != 0x0A { out.append(0x0A) }
    let result = String(decoding: out, as: UTF8.self)
    if result.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      throw .dataError("\(fileName) holds no text, only white space: there is nothing to import.")
    }
    return result
  }

  /// The normal form's bytes, the control characters dropped, and the scalars read. Locals
  /// only: captured variables would be checked for exclusive access on every byte.
  private static func normalisedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int, Int) {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 1)
    var controls = 0
    var scalars = 0
    var lineStart = 0
    var lineNeedsNFC = false
    var previousWasCR = false
    var i = 0
    while i < bytes.count {
      // Plain text — printable ASCII, and the letters of Latin-1 and Latin Extended (æ ø å é…)
      // — is copied a run at a time.
      var run = i
      while run < bytes.count {
        let c = bytes[run]
        guard (c >= 0x20 && c < 0x7F) || (c >= 0xC3 && c < 0xCC) || (c >= 0x80 && c < 0xC0 && run > i) else { break }
        run += 1
      }
      // (A run never ends inside a character: the continuation bytes of a plain lead byte are
      // plain too, and other characters are left to the slow path whole.)
      if run > i {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
        scalars += run - i
        previousWasCR = false
        i = run
        continue
      }
      let b = bytes[i]
      let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
      scalars += 1
      var newline = false
      if b < 0x80 {
        switch b {
        case 0x0A: newline = !previousWasCR
        case 0x0D, 0x0C, 0x0B: newline = true
        case 0x09: out.append(b)
        case 0x00..<0x20, 0x7F: controls += 1
        default: out.append(b)
        }
        previousWasCR = b == 0x0D
      } else {
        previousWasCR = false
        if b == 0xC2 && bytes[i + 1] < 0xA0 {
          // C1 controls (U+0080–U+009F)
          controls += 1
        } else if b == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF {
          // the byte order mark
        } else if b == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
          newline = true  // the Unicode line and paragraph separators
        } else {
          // From U+0300 (0xCC 0x80) up, a character may combine or decompose, unless it is one
          // of the common ones that never do (dashes and quotes, CJK ideographs, emoji).
          if b >= 0xCC && !isComposed(bytes, at: i, width: width) { lineNeedsNFC = true }
          for k in i..<(i + width) { out.append(bytes[k]) }
        }
      }
      if newline {
        composeLine(&out, from: lineStart, if: lineNeedsNFC)
        out.append(0x0A)
        lineStart = out.count
        lineNeedsNFC = false
      }
      i += width
    }
    composeLine(&out, from: lineStart, if: lineNeedsNFC)
    return (out, controls, scalars)
  }

  /// Whether the character at `i` is unchanged by NFC whatever surrounds it: general
  /// punctuation U+2010–U+2027, CJK ideographs U+4E00–U+9FFF, and U+1F000 up (emoji) but for
  /// the CJK compatibility ideographs U+2F800–U+2FA1F.
  private static func isComposed(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
    guard width >= 3 else { return false }
    var value = UInt32(bytes[i]) & (width == 3 ? 0x0F : 0x07)
    for k in (i + 1)..<(i + width) { value = value << 6 | (UInt32(bytes[k]) & 0x3F) }
    return (0x2010...0x2027).contains(value) || (0x4E00...0x9FFF).contains(value)
      || (value >= 0x1F000 && !(0x2F800...0x2FA1F).contains(value))
  }

  /// Composes (NFC) the last line of `out` when it holds characters that may need it.
  private static func composeLine(_ out: inout [UInt8], from start: Int, if needed: Bool) {
    guard needed else { return }
    let line = String(decoding: out[start...], as: UTF8.self).precomposedStringWithCanonicalMapping
    out.replaceSubrange(start..., with: line.utf8)
  }

  static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, fileName: String) throws(STCError) -> Decoded {
    guard bytes.count % 2 == 0 else {
      throw .dataError("\(fileName) is cut short: UTF-16 text must have an even number of bytes.")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2 - 1)
    var i = 2
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw .dataError("\(fileName) starts like UTF-16 but holds broken characters: save it again as UTF-8.")
    }
    return Decoded(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be")
  }

  /// Windows-1252, the code page of Norwegian files saved as "plain text" from older Word.
  static func decodeWindows1252(_ bytes: [UInt8], fileName: String) throws(STCError) -> Decoded {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for (offset, byte) in bytes.enumerated() {
      if byte < 0x80 || byte >= 0xA0 {
        scalars.append(Unicode.Scalar(byte))
        continue
      }
      let value = windows1252High[Int(byte - 0x80)]
      guard value != 0, let scalar = Unicode.Scalar(value) else {
        throw .dataError(
          "\(fileName) is neither UTF-8 nor Windows-1252 (byte 0x\(String(byte, radix: 16, uppercase: true)) at "
            + "offset \(offset)): save it again as UTF-8.")
      }
      scalars.append(scalar)
    }
    return Decoded(text: String(scalars), encoding: "windows-1252")
  }

  /// Windows-1252 characters for bytes 0x80–0x9F; 0 where the code page defines none.
  static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
  ]

  /// The name of a known non-text format that `bytes` start with, if any.
  static func foreignFormat(_ bytes: [UInt8]) -> String? {
    let signatures: [([UInt8], String)] = [
      (Array("%PDF".utf8), "a PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "a zip archive (perhaps a Word .docx with the wrong name)"),
      (Array("{\\rtf".utf8), "an RTF document"),
      ([0xD0, 0xCF, 0x11, 0xE0], "an old Word .doc document"),
      ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
      ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ]
    return signatures.first { bytes.starts(with: $0.0) }?.1
  }
}
