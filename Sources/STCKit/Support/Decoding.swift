extension KeyedDecodingContainer {
  /// The value for `key`, or `fallback` when the key is absent: fields added to the format later
  /// read from older files without a migration.
  func decode<T: Decodable>(_ key: Key, or fallback: @autoclosure () -> T) throws -> T {
    try decodeIfPresent(T.self, forKey: key) ?? fallback()
  }

  /// The value for a key that must be present.
  func decode<T: Decodable>(_ key: Key) throws -> T {
    try decode(T.self, forKey: key)
  }
}
