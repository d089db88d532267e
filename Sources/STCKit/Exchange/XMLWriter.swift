/// Writes XML 1.0 documents, indented by two spaces, byte for byte the same for the same calls.
///
/// Attributes are written in the order given, so a writer that passes them in a fixed order
/// produces files that diff well. Text and attribute values are escaped; characters XML 1.0
/// cannot carry (most C0 controls, unpaired surrogates cannot occur in a Swift string) are left
/// out rather than producing a file no parser reads.
struct XMLWriter {
  private(set) var output = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
  private var open: [String] = []
  /// Whether the element last opened is still waiting for its first child.
  private var pendingOpen = false

  /// Opens an element; close it with `close()`.
  mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
    finishPending(newline: true)
    indent()
    output += "<" + name
    append(attributes)
    open.append(name)
    pendingOpen = true
  }

  /// Closes the element opened last, as `<a/>` when nothing went into it.
  mutating func close() {
    let name = open.removeLast()
    if pendingOpen {
      output += "/>\n"
      pendingOpen = false
      return
    }
    indent()
    output += "</\(name)>\n"
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
    output += "<" + name
    append(attributes)
    output += ">" + Self.escape(value, inAttribute: false) + "</\(name)>\n"
  }

  private mutating func append(_ attributes: [(String, String?)]) {
    for (key, value) in attributes {
      guard let value else { continue }
      output += " \(key)=\"\(Self.escape(value, inAttribute: true))\""
    }
  }

  private mutating func finishPending(newline: Bool) {
    guard pendingOpen else { return }
    output += newline ? ">\n" : ">"
    pendingOpen = false
  }

  private mutating func indent() {
    output += String(repeating: "  ", count: open.count)
  }

  /// Escapes `&`, `<`, `>`, and in attributes also quotes, tabs and line breaks (which an XML
  /// parser would otherwise turn into spaces). Characters XML 1.0 forbids are dropped.
  static func escape(_ text: String, inAttribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where inAttribute: out += "&quot;"
      case "\n" where inAttribute: out += "&#10;"
      case "\t" where inAttribute: out += "&#9;"
      case "\r": out += "&#13;"
      default:
        if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
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
