/// Makes new identifiers: random in normal use, reproducible from a seed in tests and in
/// `stc generate`.
public struct IDGenerator: Equatable, Sendable {
  private var state: UInt64
  private let seeded: Bool

  /// A generator that draws from the system's random source.
  public init() {
    state = 0
    seeded = false
  }

  /// A generator that gives the same sequence of ids for the same seed.
  public init(seed: UInt64) {
    state = seed
    seeded = true
  }

  /// A new id of the given kind: its prefix and 12 hexadecimal digits (48 random bits), so that
  /// two researchers who create objects apart practically never collide.
  public mutating func make<Kind: IdentifierKind>(_: Kind.Type = Kind.self) -> Identifier<Kind> {
    let bits = nextBits() & 0xFFFF_FFFF_FFFF
    var hex = String(bits, radix: 16)
    if hex.count < 12 { hex = String(repeating: "0", count: 12 - hex.count) + hex }
    return Identifier("\(Kind.prefix)-\(hex)")
  }

  private mutating func nextBits() -> UInt64 {
    guard seeded else {
      var system = SystemRandomNumberGenerator()
      return system.next()
    }
    // SplitMix64: small, fast and well distributed.
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
