/// Scores how well a typed query matches a name: every query character must appear in order;
/// runs of consecutive characters and matches at word starts score higher. Case is ignored.
public enum FuzzyMatch {
  /// The score, or nil when `query` does not match `candidate`. Both must be lower-cased by the
  /// caller, as arrays of characters (done once per code, not per keystroke).
  public static func score(_ query: [Character], in candidate: [Character]) -> Int? {
    if query.isEmpty { return 0 }
    var score = 0
    var q = 0
    var previousMatch = -2
    for (i, c) in candidate.enumerated() where q < query.count && c == query[q] {
      score += 1
      if i == previousMatch + 1 { score += 4 }
      if i == 0 || candidate[i - 1] == " " || candidate[i - 1] == "-" { score += 6 }
      previousMatch = i
      q += 1
    }
    guard q == query.count else { return nil }
    if candidate.count == query.count { score += 10 }
    return score - candidate.count / 8
  }
}
