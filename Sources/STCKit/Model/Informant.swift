/// A person interviewed, known in the analysis only by number and label.
public struct Informant: Codable, Equatable, Sendable {
  /// The informant's number: quotes end with "(Informant 3)".
  public var number: Int
  /// How the informant is named in exports, "Informant 3" unless changed.
  public var label: String
  public var colour: PaletteColour
  /// Free attributes for the informant overview table, such as role, gender or age band.
  public var attributes: [String: String]

  public init(number: Int, label: String? = nil, colour: PaletteColour? = nil, attributes: [String: String] = [:]) {
    self.number = number
    self.label = label ?? "Informant \(number)"
    self.colour = colour ?? PaletteColour.cycling(number - 1)
    self.attributes = attributes
  }

  enum CodingKeys: String, CodingKey { case number, label, colour, attributes }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    number = try c.decode(.number)
    label = try c.decode(.label, or: "Informant \(number)")
    colour = try c.decode(.colour, or: PaletteColour.cycling(number - 1))
    attributes = try c.decode(.attributes, or: [:])
  }
}
