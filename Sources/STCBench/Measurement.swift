import Foundation

/// The timings of one scenario, in milliseconds.
public struct Measurement: Codable, Equatable, Sendable {
  public var scenario: String
  public var runs: Int
  public var min: Double
  public var median: Double
  public var p99: Double
  /// The target for the large size, and whether this run met it (only judged at that size).
  public var target: Double?
  public var unit: String

  init(scenario: Scenario, samples: [Double]) {
    let sorted = samples.sorted()
    self.scenario = scenario.rawValue
    runs = sorted.count
    min = sorted.first ?? 0
    median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    // The nearest-rank 99th percentile: with fewer than 100 runs, the slowest.
    p99 = sorted.isEmpty ? 0 : sorted[Swift.min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    target = scenario.target
    unit = scenario.unit
  }

  /// The figure the target is about: p99 for per-keystroke scenarios, else the median.
  public var judged: Double { Scenario(rawValue: scenario)?.judgedByP99 == true ? p99 : median }

  public var meetsTarget: Bool? { target.map { judged <= $0 } }
}

/// A monotonic clock in milliseconds.
enum Stopwatch {
  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
  }

  /// Runs `body` `warmup + runs` times and returns the times of the last `runs`.
  static func time(runs: Int, warmup: Int = 1, _ body: () throws -> Void) rethrows -> [Double] {
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for i in 0..<(warmup + runs) {
      let start = now()
      try body()
      let elapsed = now() - start
      if i >= warmup { samples.append(elapsed) }
    }
    return samples
  }
}
