import Foundation

/// How speaker labels are recognised at the start of a line.
public enum SpeakerPattern: Equatable, Sendable {
  /// The usual labels: "I:", "Intervjuer:", "Interviewer:", "Moderator:", "Informant 3:", "Inf3:",
  /// "I3:", "P2:", "Deltaker 4:", "Participant 1:", "Respondent 2:".
  case standard
  /// A regular expression matched at the start of each line; its first capture group (or the
  /// whole match) is the label.
  case custom(String)

  /// Checks a user's pattern, or throws a usage error naming what is wrong with it.
  public static func validated(_ pattern: String?) throws(STCError) -> SpeakerPattern {
    guard let pattern, !pattern.isEmpty else { return .standard }
    do {
      _ = try NSRegularExpression(pattern: pattern)
    } catch {
      throw .usage("The speaker pattern “\(pattern)” is not a valid regular expression.")
    }
    return .custom(pattern)
  }

  /// The pattern as stored in the transcript record (nil for the standard one).
  public var stored: String? {
    if case .custom(let p) = self { return p }
    return nil
  }
}

/// Who a label stands for, judged from its words.
public enum SpeakerRole: Equatable, Sendable {
  case interviewer
  /// An informant; the number is the one in the label ("P2" gives 2), when there is one.
  case informant(labelNumber: Int?)

  static let interviewerWords: Set<String> = [
    "i", "int", "intervjuer", "interviewer", "moderator", "mod", "m", "forsker", "researcher", "q",
  ]
  static let informantWords: Set<String> = [
    "informant", "inf", "i", "p", "deltaker", "participant", "respondent", "r", "d", "a",
  ]

  /// The role of a label such as "Intervjuer", "I3" or "Deltaker 2"; nil when the label is not
  /// one of the usual forms.
  public static func of(label: String) -> SpeakerRole? {
    let lower = label.lowercased().trimmingCharacters(in: .whitespaces)
    if interviewerWords.contains(lower) { return .interviewer }
    let letters = lower.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
    let digits = lower.drop { !$0.isNumber }
    if digits.isEmpty {
      return ["informant", "deltaker", "participant", "respondent"].contains(letters)
        ? .informant(labelNumber: nil) : nil
    }
    guard informantWords.contains(letters), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
      let n = Int(digits)
    else { return nil }
    return .informant(labelNumber: n)
  }
}

/// The speaker turns of a transcript: from which line each labelled speaker speaks.
///
/// A turn starts at a line that begins with a label and a colon and lasts until the next one;
/// lines before the first label have no speaker.
public struct SpeakerTurns: Equatable, Sendable {
  /// The distinct labels in order of first appearance, as written.
  public let labels: [String]
  /// The line where each turn starts, and the index of its label in `labels`.
  public let starts: [(line: Int32, label: Int16)]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.labels == rhs.labels && lhs.starts.elementsEqual(rhs.starts) { $0.line == $1.line && $0.label == $1.label }
  }

  init(bytes: [UInt8], lineStarts: [Int32], pattern: SpeakerPattern) {
    var labels: [String] = []
    var labelIndex: [String: Int16] = [:]
    var starts: [(line: Int32, label: Int16)] = []
    let regex: NSRegularExpression? =
      if case .custom(let p) = pattern { try? NSRegularExpression(pattern: p, options: [.anchorsMatchLines]) } else {
        nil
      }
    // Candidates already judged, by their bytes: a transcript repeats a few labels thousands of
    // times, and judging one means building a String.
    var judged: [(bytes: ArraySlice<UInt8>, label: String?)] = []
    for (i, start) in lineStarts.enumerated() {
      let lineEnd = i + 1 < lineStarts.count ? Int(lineStarts[i + 1]) : bytes.count
      let label: String?
      if let regex {
        label = Self.customLabel(bytes[Int(start)..<lineEnd], regex)
      } else {
        guard let candidate = Self.candidate(bytes, from: Int(start), to: lineEnd) else { continue }
        let slice = bytes[candidate]
        if let known = judged.first(where: { $0.bytes == slice }) {
          label = known.label
        } else {
          label = Self.standardLabel(slice)
          if judged.count < 64 { judged.append((slice, label)) }
        }
      }
      guard let label else { continue }
      let index: Int16
      if let known = labelIndex[label] {
        index = known
      } else {
        guard labels.count < Int(Int16.max) else { continue }
        index = Int16(labels.count)
        labels.append(label)
        labelIndex[label] = index
      }
      starts.append((Int32(i), index))
    }
    self.labels = labels
    self.starts = starts
  }

  /// The label of the speaker of line `line`, or nil before the first label.
  public func speaker(ofLine line: Int) -> String? {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if Int(starts[mid].line) <= line { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? nil : labels[Int(starts[low - 1].label)]
  }

  /// Whether a turn starts on line `line`, and with which label.
  public func label(startingAt line: Int) -> String? {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if Int(starts[mid].line) < line { low = mid + 1 } else { high = mid }
    }
    guard low < starts.count, Int(starts[low].line) == line else { return nil }
    return labels[Int(starts[low].label)]
  }

  /// Where a standard label may stand at the start of a line: at most 24 bytes of letters,
  /// digits, spaces and dots before a colon that is followed by white space or the end of the
  /// line; the range is without the colon and without spaces around it.
  static func candidate(_ bytes: [UInt8], from start: Int, to end: Int) -> Range<Int>? {
    var colon = start
    let limit = min(end, start + 24)
    while colon < limit, bytes[colon] != UInt8(ascii: ":") {
      let b = bytes[colon]
      // Labels hold letters (ASCII or UTF-8), digits, spaces and dots.
      guard b >= 0x80 || b == 0x20 || b == 0x2E || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
      else { return nil }
      colon += 1
    }
    guard colon < limit, colon > start else { return nil }
    let after = colon + 1
    guard after >= end || bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0A else { return nil }
    var first = start
    var last = colon
    while first < last, bytes[first] == 0x20 { first += 1 }
    while last > first, bytes[last - 1] == 0x20 { last -= 1 }
    return first < last ? first..<last : nil
  }

  /// The label a candidate holds, when `SpeakerRole` recognises its words.
  static func standardLabel(_ candidate: ArraySlice<UInt8>) -> String? {
    let label = String(decoding: candidate, as: UTF8.self)
    return SpeakerRole.of(label: label) != nil ? label : nil
  }

  /// A standard label at the start of a line, if there is one.
  static func standardLabel(_ bytes: [UInt8], from start: Int, to end: Int) -> String? {
    candidate(bytes, from: start, to: end).flatMap { standardLabel(bytes[$0]) }
  }

  static func customLabel(_ line: ArraySlice<UInt8>, _ regex: NSRegularExpression) -> String? {
    let text = String(decoding: line, as: UTF8.self)
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = regex.firstMatch(in: text, options: [.anchored], range: range) else { return nil }
    let group = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
    guard let r = Range(group, in: text) else { return nil }
    let label = text[r].trimmingCharacters(in: .whitespaces)
    return label.isEmpty ? nil : label
  }
}
