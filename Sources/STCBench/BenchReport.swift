import Foundation
import STCKit

/// The figures of one `stc bench` run.
public struct BenchReport: Codable, Sendable {
  public var size: String
  public var transcripts: Int
  public var lines: Int
  public var meaningUnits: Int
  public var coders: Int
  public var codes: Int
  public var processors: Int
  public var results: [Measurement]

  init(size: SyntheticProject.Size, spec: SyntheticProject, lines: Int, results: [Measurement]) {
    self.size = size.rawValue
    transcripts = spec.transcripts
    self.lines = lines
    meaningUnits = spec.units
    coders = spec.coders
    codes = spec.codes
    processors = ProcessInfo.processInfo.activeProcessorCount
    self.results = results
  }

  /// Whether every target was met (judged at the large size only).
  public var allTargetsMet: Bool { results.allSatisfy { $0.meetsTarget != false } }

  /// A table for the terminal.
  public var table: String {
    func figure(_ value: Double) -> String {
      value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }
    var rows: [[String]] = [["scenario", "runs", "min", "median", "p99", "target (large)", ""]]
    for r in results {
      let target = r.target.map { "≤ \(figure($0)) \(r.unit)\(Scenario(rawValue: r.scenario)?.judgedByP99 == true ? " p99" : "")" } ?? "–"
      let verdict = size == "large" ? (r.meetsTarget.map { $0 ? "ok" : "MISSED" } ?? "") : ""
      rows.append([r.scenario, "\(r.runs)", figure(r.min), figure(r.median), figure(r.p99), target, verdict])
    }
    let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    let header = "stc bench, \(size): \(transcripts) transcripts, \(lines) lines, \(meaningUnits) meaning units, "
      + "\(coders) coders, \(codes) codes; \(processors) processors; times in ms, memory in MB"
    let body = rows.map { row in
      row.enumerated().map { c, cell in
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        return c == 0 || c == 5 ? cell + pad : pad + cell
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    return ([header, ""] + body).joined(separator: "\n") + "\n"
  }

  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
  }
}
