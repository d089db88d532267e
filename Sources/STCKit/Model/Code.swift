/// Whether a code marks something positive or negative (the "+" and "−" of paper coding).
public enum Valence: String, Codable, Sendable, CaseIterable {
  case positive, negative

  /// The sign shown beside the code's name.
  public var sign: String { self == .positive ? "+" : "−" }
}

/// A code: a label given to meaning units, sorted into at most one subgroup.
public struct Code: Codable, Equatable, Sendable, Identifiable {
  public var id: CodeID
  /// Unique in the project, compared without regard to case.
  public var name: String
  public var description: String
  public var colour: PaletteColour
  public var valence: Valence?
  /// The subgroup the code is sorted into; nil while it is unsorted.
  public var subgroup: SubgroupID?
  public var created: Timestamp

  public init(
    id: CodeID, name: String, description: String = "", colour: PaletteColour, valence: Valence? = nil,
    subgroup: SubgroupID? = nil, created: Timestamp
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.colour = colour
    self.valence = valence
    self.subgroup = subgroup
    self.created = created
  }

  enum CodingKeys: String, CodingKey { case id, name, description, colour, valence, subgroup, created }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(.id)
    name = try c.decode(.name)
    description = try c.decode(.description, or: "")
    colour = try c.decode(.colour, or: .grey)
    valence = try c.decodeIfPresent(Valence.self, forKey: .valence)
    subgroup = try c.decodeIfPresent(SubgroupID.self, forKey: .subgroup)
    created = try c.decode(.created)
  }

  /// The name with its valence sign, "Trygghet +".
  public var displayName: String { valence.map { "\(name) \($0.sign)" } ?? name }

  /// The key under which code names are compared: case and width folded, NFC.
  public static func nameKey(_ name: String) -> String {
    let trimmed = name.trimmingSpacesAndNewlines
    // Text below U+0300 has no combining marks and is already composed (NFC): the common case
    // skips Foundation's normalisation.
    if trimmed.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return trimmed.lowercased() }
    return trimmed.precomposedStringWithCanonicalMapping.lowercased()
  }
}

import Foundation
