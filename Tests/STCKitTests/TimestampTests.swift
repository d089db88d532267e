import Testing

@testable import STCKit

@Suite struct TimestampTests {
  @Test(arguments: [
    ("1970-01-01T00:00:00Z", Int64(0)),
    ("2026-11-29T21:48:19Z", Int64(1_795_988_899)),
    ("2000-02-29T12:00:00Z", Int64(951_825_600)),
    ("1969-12-31T23:59:59Z", Int64(-1)),
  ])
  func roundTrips(text: String, seconds: Int64) {
    let parsed = Timestamp(iso8601: text)
    #expect(parsed?.secondsSince1970 == seconds)
    #expect(parsed?.description == text)
  }

  @Test func readsOffsetsAndFractions() {
    #expect(Timestamp(iso8601: "2026-11-29T22:48:19+01:00")?.description == "2026-11-29T21:48:19Z")
    #expect(Timestamp(iso8601: "2026-11-29T21:48:19.123Z")?.description == "2026-11-29T21:48:19Z")
  }

  @Test(arguments: ["", "2026-11-29", "2026-13-01T00:00:00Z", "2026-11-29T25:00:00Z", "2026-11-29T21:48:19", "x026-11-29T21:48:19Z"])
  func refusesMalformed(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }
}
