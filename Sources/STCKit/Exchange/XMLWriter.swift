/// Writes XML 1.0 documents, indented by two spaces, byte for byte the same for the same calls.
///
/// Attributes are written in the order given, so a writer that passes them in a fixed order
/// produces files that diff well. Text and attribute values are escaped; characters XML 1.0
/// cannot carry (most C0 controls, unpaired surrogates cannot occur in a Swift string) are left
/// out rather than producing a file no parser reads.
struct XMLWriter {
  /// The document so far, as UTF-8.
  private(set) var bytes: [UInt8] = Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8) + [10]
  private var open: [String] = []

  /// The document so far.
  var output: String { String(decoding: bytes, as: UTF8.self) }
  /// Whether the element last opened is still waiting for its first child.
  private var pendingOpen = false

  /// Opens an element; close it with `close()`.
  mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
    finishPending(newline: true)
    indent()
    raw("<")
    raw(name)
    append(attributes)
    open.append(name)
    pendingOpen = true
  }

  /// Closes the element opened last, as `<a/>` when nothing went into it.
  mutating func close() {
    let name = open.removeLast()
    if pendingOpen {
      raw("/>\n")
      pendingOpen = false
      return
    }
    indent()
    raw("</")
    raw(name)
    raw(">\n")
  }

  /// An element with no children.
  mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
    open(name, attributes)
    close()
  }

  /// An element holding only text, written on one line (its text keeps its own line breaks).
  mutating func text(_ name: String, _ value: String, _ attributes: [(String, String?)] = []) {
    finishPending(newline: true)
    indent()
    raw("<")
    raw(name)
    append(attributes)
    raw(">")
    Self.escape(value, inAttribute: false, into: &bytes)
    raw("</")
    raw(name)
    raw(">\n")
  }

  private mutating func append(_ attributes: [(String, String?)]) {
    for (key, value) in attributes {
      guard let value else { continue }
      raw(" ")
      raw(key)
      raw("=\"")
      Self.escape(value, inAttribute: true, into: &bytes)
      raw("\"")
    }
  }

  private mutating func finishPending(newline: Bool) {
    guard pendingOpen else { return }
    raw(newline ? ">\n" : ">")
    pendingOpen = false
  }

  private mutating func indent() {
    for _ in 0..<open.count { bytes.append(0x20); bytes.append(0x20) }
  }

  private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// Escapes `&`, `<`, `>`, and in attributes also quotes, tabs and line breaks (which an XML
  /// parser would otherwise turn into spaces). Characters XML 1.0 forbids are dropped.
  static func escape(_ text: String, inAttribute: Bool) -> String {
    var out: [UInt8] = []
    escape(text, inAttribute: inAttribute, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func escape(_ text: String, inAttribute: Bool, into out: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      // Most text needs nothing: copy it whole.
      if !utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
        out.append(contentsOf: utf8)
        return
      }
      for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".utf8)
        case "<": out.append(contentsOf: "&lt;".utf8)
        case ">": out.append(contentsOf: "&gt;".utf8)
        case "\"" where inAttribute: out.append(contentsOf: "&quot;".utf8)
        case "\n" where inAttribute: out.append(contentsOf: "&#10;".utf8)
        case "\t" where inAttribute: out.append(contentsOf: "&#9;".utf8)
        case "\r": out.append(contentsOf: "&#13;".utf8)
        default:
          if isAllowed(scalar) { out.append(contentsOf: String(scalar).utf8) }
        }
      }
    }
  }

  /// Whether XML 1.0 allows the character in a document.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
