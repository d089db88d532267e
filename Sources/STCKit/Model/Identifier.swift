import Foundation

/// The kinds of object that carry a generated identifier, each with the prefix its ids start with.
public protocol IdentifierKind {
  /// The short prefix of generated ids of this kind ("mu" gives "mu-3fa85c1e9b02").
  static var prefix: String { get }
}

/// A stable identifier, stored as a string in the project files and never an array position.
///
/// The phantom `Kind` keeps a code id from being passed where a meaning unit id is expected.
public struct Identifier<Kind: IdentifierKind>: Hashable, Comparable, Sendable, Codable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  /// The id as written in the files.
  public let rawValue: String

  /// Wraps an id read from a file or typed by the user.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

}

public enum MeaningUnitKind: IdentifierKind { public static let prefix = "mu" }
public enum CodeKind: IdentifierKind { public static let prefix = "code" }
public enum CodeGroupKind: IdentifierKind { public static let prefix = "group" }
public enum SubgroupKind: IdentifierKind { public static let prefix = "sub" }
public enum ThemeKind: IdentifierKind { public static let prefix = "theme" }
public enum MemoKind: IdentifierKind { public static let prefix = "memo" }
public enum TranscriptKind: IdentifierKind { public static let prefix = "t" }

public typealias MeaningUnitID = Identifier<MeaningUnitKind>
public typealias CodeID = Identifier<CodeKind>
public typealias CodeGroupID = Identifier<CodeGroupKind>
public typealias SubgroupID = Identifier<SubgroupKind>
public typealias ThemeID = Identifier<ThemeKind>
public typealias MemoID = Identifier<MemoKind>
/// A transcript's id is a readable slug of its file name ("informant3"), also its file name.
public typealias TranscriptID = Identifier<TranscriptKind>
