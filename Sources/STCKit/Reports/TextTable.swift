/// A plain-text table for terminal reports: columns padded by characters, the last column left
/// ragged, long cells cut with "…".
public struct TextTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// The widest any column but the last may be.
  public var maximumColumnWidth = 40

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  public var text: String {
    let all = [header] + rows
    let columns = header.count
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (i, cell) in row.enumerated() where i < columns - 1 {
        widths[i] = min(maximumColumnWidth, max(widths[i], cell.count))
      }
    }
    var out = ""
    for row in all {
      var line = ""
      for (i, cell) in row.enumerated() {
        if i == columns - 1 {
          line += cell
        } else {
          let shown = cell.count > widths[i] ? String(cell.prefix(widths[i] - 1)) + "…" : cell
          line += shown + String(repeating: " ", count: widths[i] - shown.count + 2)
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}

extension String {
  /// The text on one line, cut to `limit` characters with "…".
  public func oneLine(limit: Int) -> String {
    let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > limit ? String(flat.prefix(max(0, limit - 1))) + "…" : flat
  }
}
