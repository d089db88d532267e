/// CommonMark that nothing in the analysts' text can break: every character that could start
/// markup is escaped, paragraphs stay paragraphs, and tables are GitHub/pandoc pipe tables.
public enum Markdown {
  /// Characters that can start inline markup anywhere.
  static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~", "!", "{", "}"]

  /// One line of text, escaped for inline use.
  public static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      if inlineSpecial.contains(c) { out.append("\\") }
      out.append(c)
    }
    // At the start of a line, "-", "+", "=" and "1." or "1)" would start a list or a heading.
    if let first = out.first, "-+=".contains(first) { out.insert("\\", at: out.startIndex) }
    let digits = out.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, out.count > digits.count {
      let next = out[out.index(out.startIndex, offsetBy: digits.count)]
      if next == "." || next == ")" { out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count)) }
    }
    return out
  }

  /// Text as paragraphs: blank lines separate paragraphs, a single line break stays a line
  /// break (a backslash at the end of the line).
  public static func paragraphs(_ text: String) -> String {
    let normal = (text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text).trimmingSpacesAndNewlines
    guard !normal.isEmpty else { return "" }
    var blocks: [[String]] = [[]]
    for line in normal.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty {
        if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(escape(trimmed))
      }
    }
    return blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\\\n") }.joined(separator: "\n\n")
  }

  /// Text as a block quote, with `attribution` (already escaped) at its end.
  public static func blockQuote(_ text: String, attribution: String) -> String {
    let body = paragraphs(text) + " " + attribution
    return body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
      .joined(separator: "\n")
  }

  /// A table cell: one line, escaped, line breaks as spaces.
  public static func cell(_ text: String) -> String {
    let flat = text.split(whereSeparator: { $0.isNewline }).map(\.trimmingSpaces)
      .filter { !$0.isEmpty }.joined(separator: " ")
    return escape(flat)
  }

  /// A pipe table; cells are escaped here.
  public static func table(header: [String], rows: [[String]]) -> String {
    let line = { (cells: [String]) in "| " + cells.map(cell).joined(separator: " | ") + " |" }
    return ([line(header), "|" + header.map { _ in "---|" }.joined()] + rows.map(line)).joined(separator: "\n")
  }

  /// A heading of `level` (1–6).
  public static func heading(_ level: Int, _ text: String) -> String {
    String(repeating: "#", count: level) + " " + escape(text.split(whereSeparator: { $0.isNewline }).joined(separator: " "))
  }
}

import Foundation
