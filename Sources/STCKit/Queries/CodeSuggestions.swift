extension Project {
  /// Up to `limit` code names close to `name`: containing it, contained in it, or at most two
  /// edits away. For "did you mean" hints.
  public func suggestCodes(for name: String, limit: Int = 3) -> [String] {
    let key = Code.nameKey(name)
    guard !key.isEmpty else { return [] }
    let scored: [(Int, String)] = codes.values.compactMap { code in
      let other = Code.nameKey(code.name)
      if other.contains(key) || key.contains(other) { return (0, code.name) }
      let distance = Self.editDistance(Array(key), Array(other), limit: 2)
      return distance <= 2 ? (distance, code.name) : nil
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }

  /// Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`.
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    for (i, ca) in a.enumerated() {
      var current = [i + 1] + [Int](repeating: 0, count: b.count)
      var rowMin = current[0]
      for (j, cb) in b.enumerated() {
        current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
        rowMin = Swift.min(rowMin, current[j + 1])
      }
      if rowMin > limit { return limit + 1 }
      previous = current
    }
    return previous[b.count]
  }
}
