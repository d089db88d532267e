import Foundation

/// A point in time to the second, written as ISO-8601 UTC ("2026-11-29T21:48:19Z").
///
/// Parsing and formatting are hand-written: a project holds tens of thousands of timestamps and
/// `ISO8601DateFormatter` would cost more than the whole budget for opening it.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSince1970: Int64

  public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

  /// The current time, truncated to the second.
  public static func now() -> Timestamp {
    Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down)))
  }

  public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

  /// The ISO-8601 form, always 20 characters.
  public var description: String {
    let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
    let rest = secondsSince1970 - days * 86_400
    let (y, m, d) = Self.civil(fromDays: days)
    func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
    var year = String(y)
    while year.count < 4 { year = "0" + year }
    return "\(year)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }

  /// Reads "YYYY-MM-DDTHH:MM:SSZ"; also accepts fractional seconds and a "+HH:MM" offset,
  /// which other tools write. Returns nil for anything else.
  public init?(iso8601 text: String) {
    let b = Array(text.utf8)
    guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "),
      b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":")
    else { return nil }
    func num(_ from: Int, _ count: Int) -> Int64? {
      var v: Int64 = 0
      for i in from..<(from + count) {
        let c = b[i]
        guard c >= 48, c <= 57 else { return nil }
        v = v * 10 + Int64(c - 48)
      }
      return v
    }
    guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
      let mi = num(14, 2), let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d),
      h < 24, mi < 60, s < 61
    else { return nil }
    var i = 19
    if b[i] == UInt8(ascii: ".") {
      i += 1
      while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
    }
    var offset: Int64 = 0
    guard i < b.count else { return nil }
    if b[i] == UInt8(ascii: "Z") {
      i += 1
    } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
      guard b.count >= i + 6, b[i + 3] == UInt8(ascii: ":"), let oh = num(i + 1, 2),
        let om = num(i + 4, 2)
      else { return nil }
      offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
      i += 6
    } else {
      return nil
    }
    guard i == b.count else { return nil }
    let days = Self.days(fromCivil: y, mo, d)
    secondsSince1970 = days * 86_400 + h * 3600 + mi * 60 + s - offset
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(iso8601: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "“\(text)” is not an ISO-8601 time such as 2026-11-29T21:48:19Z")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  // Howard Hinnant's days_from_civil and civil_from_days.
  static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
