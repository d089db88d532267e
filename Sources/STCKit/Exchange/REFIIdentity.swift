import Crypto
import Foundation

/// GUIDs and colours as REFI-QDA writes them.
enum REFIIdentity {
  /// A GUID for an stc object, the same on every export of the project: a name-based UUID
  /// (version 5 layout) from SHA-256 of the project's creation time, the kind and the id. Other
  /// programs that import a newer export of the same project see the same objects.
  static func guid(_ kind: String, _ id: String, salt: String) -> String {
    var input: [UInt8] = []
    input.reserveCapacity(8 + salt.utf8.count + kind.utf8.count + id.utf8.count)
    input.append(contentsOf: [0x73, 0x74, 0x63, 0])  // "stc\0"
    input.append(contentsOf: salt.utf8)
    input.append(0)
    input.append(contentsOf: kind.utf8)
    input.append(0)
    input.append(contentsOf: id.utf8)
    let digest = SHA256.hash(data: input)
    var out = [UInt8](repeating: 0x2D, count: 36)
    digest.withUnsafeBytes { raw in
      var o = 0
      for i in 0..<16 {
        if i == 4 || i == 6 || i == 8 || i == 10 { o += 1 }  // the hyphens
        var byte = raw[i]
        if i == 6 { byte = (byte & 0x0F) | 0x50 }
        if i == 8 { byte = (byte & 0x3F) | 0x80 }
        out[o] = hexDigits[Int(byte >> 4)]
        out[o + 1] = hexDigits[Int(byte & 0x0F)]
        o += 2
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Whether a string has the form the schema requires of a GUID, with or without braces.
  static func isGUID(_ text: String) -> Bool {
    var t = Substring(text)
    if t.hasPrefix("{") && t.hasSuffix("}") { t = t.dropFirst().dropLast() }
    let groups = t.split(separator: "-", omittingEmptySubsequences: false)
    guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
    return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
  }

  /// GUIDs compared without regard to braces and case.
  static func key(_ guid: String) -> String {
    var t = Substring(guid.lowercased())
    if t.hasPrefix("{") && t.hasSuffix("}") { t = t.dropFirst().dropLast() }
    return String(t)
  }

  /// The RGB value written for each palette colour.
  static let rgb: [PaletteColour: (UInt8, UInt8, UInt8)] = [
    .red: (0xD6, 0x27, 0x28), .orange: (0xFF, 0x7F, 0x0E), .yellow: (0xE6, 0xC2, 0x29),
    .green: (0x2C, 0xA0, 0x2C), .teal: (0x17, 0xBE, 0xCF), .blue: (0x1F, 0x77, 0xB4),
    .purple: (0x94, 0x67, 0xBD), .pink: (0xE3, 0x77, 0xC2), .brown: (0x8C, 0x56, 0x4B),
    .grey: (0x7F, 0x7F, 0x7F),
  ]

  /// "#D62728" for red.
  static func colour(_ colour: PaletteColour) -> String {
    let (r, g, b) = rgb[colour]!
    return "#" + [r, g, b].map { v in
      let s = String(v, radix: 16, uppercase: true)
      return s.count == 1 ? "0" + s : s
    }.joined()
  }

  /// The palette colour nearest to an RGB value ("#RRGGBB" or "#RGB"); nil when the text is no
  /// colour.
  static func paletteColour(_ text: String) -> PaletteColour? {
    var hex = Array(text.trimmingCharacters(in: .whitespaces).dropFirst(text.hasPrefix("#") ? 1 : 0))
    if hex.count == 3 { hex = hex.flatMap { [$0, $0] } }
    guard hex.count == 6, let value = Int(String(hex), radix: 16) else { return nil }
    let (r, g, b) = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    return PaletteColour.allCases.min { a, b2 in
      distance(rgb[a]!, r, g, b) < distance(rgb[b2]!, r, g, b)
    }
  }

  private static func distance(_ c: (UInt8, UInt8, UInt8), _ r: Int, _ g: Int, _ b: Int) -> Int {
    let dr = Int(c.0) - r
    let dg = Int(c.1) - g
    let db = Int(c.2) - b
    // Weighted for the eye's greater sensitivity to green.
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db
  }
}
