/// Finds the first syntax error in a JSON text and says where it is, by line and column.
///
/// Foundation's decoder only says "not valid JSON"; a researcher who edited a file by hand, or
/// whose git merge left conflict markers, needs to know where to look.
enum JSONSyntaxCheck {
  struct Failure: Error, Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// The first syntax error in `bytes`, or nil when the text is well-formed JSON.
  static func firstError(in bytes: [UInt8]) -> Failure? {
    var scanner = Scanner(bytes: bytes)
    do throws(Failure) {
      scanner.skipSpace()
      try scanner.value(depth: 0)
      scanner.skipSpace()
      if scanner.index < bytes.count { throw scanner.fail("unexpected text after the end of the JSON value") }
      return nil
    } catch {
      return error
    }
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func fail(_ message: String) -> Failure {
      var line = 1
      var lineStart = 0
      for i in 0..<min(index, bytes.count) where bytes[i] == 10 {
        line += 1
        lineStart = i + 1
      }
      let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
      if bytes[lineStart...].starts(with: Array("<<<<<<<".utf8)) || bytes[lineStart...].starts(with: Array("=======".utf8))
        || bytes[lineStart...].starts(with: Array(">>>>>>>".utf8))
      {
        return Failure(line: line, column: 1, message: "a git merge conflict marker: finish the merge first")
      }
      return Failure(line: line, column: column, message: message)
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
      while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { index += 1 }
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < 512 else { throw fail("the JSON is nested too deeply") }
      guard let c = current else { throw fail("the text ends where a value should be") }
      switch c {
      case UInt8(ascii: "{"): try object(depth: depth)
      case UInt8(ascii: "["): try array(depth: depth)
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default: throw fail("unexpected character “\(Unicode.Scalar(c))” where a value should be")
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if current == UInt8(ascii: "}") {
        index += 1
        return
      }
      while true {
        guard current == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
        try string()
        skipSpace()
        guard current == UInt8(ascii: ":") else { throw fail("expected “:” after the key") }
        index += 1
        skipSpace()
        try value(depth: depth + 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          continue
        }
        guard current == UInt8(ascii: "}") else { throw fail("expected “,” or “}” (a comma may be missing)") }
        index += 1
        return
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if current == UInt8(ascii: "]") {
        index += 1
        return
      }
      while true {
        try value(depth: depth + 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          continue
        }
        guard current == UInt8(ascii: "]") else { throw fail("expected “,” or “]” (a comma may be missing)") }
        index += 1
        return
      }
    }

    mutating func string() throws(Failure) {
      index += 1
      while let c = current {
        switch c {
        case UInt8(ascii: "\""):
          index += 1
          return
        case UInt8(ascii: "\\"):
          index += 2
        case 0..<0x20:
          throw fail("a line break or control character inside a string (write it as \\n)")
        default:
          index += 1
        }
      }
      throw fail("a string is not closed with “\"”")
    }

    mutating func literal(_ word: String) throws(Failure) {
      let w = Array(word.utf8)
      guard bytes[index...].starts(with: w) else { throw fail("unexpected word where a value should be") }
      index += w.count
    }

    mutating func number() throws(Failure) {
      let start = index
      while let c = current, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
        || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || (c >= 0x30 && c <= 0x39)
      {
        index += 1
      }
      if index == start + 1 && bytes[start] == UInt8(ascii: "-") { throw fail("a number is missing its digits") }
    }
  }
}
