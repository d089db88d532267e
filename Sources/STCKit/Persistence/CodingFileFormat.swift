/// A fast reader and writer for coding files (`coding/<coder>/<transcript>.json`), the bulk of
/// a project: ten times faster than `JSONDecoder`/`JSONEncoder` (../shared/performance-notes.md).
///
/// The writer's bytes are exactly what `JSONEncoder` writes with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (tests compare them), so files do not change when the format's
/// writer does. The reader accepts any JSON layout of the same content, in any key order; on
/// anything else (a key it does not know, a float, a newer schema, broken JSON) it gives up and
/// the loader falls back to `JSONDecoder`, which says what is wrong and where.
enum CodingFileFormat {
  // MARK: Writing

  static func write(_ document: CodingDocument) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(96 + document.meaningUnits.count * 260)
    func ascii(_ text: StaticString) {
      text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
    func number(_ value: Int) { out.append(contentsOf: String(value).utf8) }
    ascii("{\n  \"coder\" : ")
    string(document.coder.rawValue, into: &out)
    ascii(",\n  \"meaningUnits\" : [\n")
    if document.meaningUnits.isEmpty { ascii("\n") }
    for (i, unit) in document.meaningUnits.enumerated() {
      ascii("    {\n      \"codes\" : [\n")
      if unit.codes.isEmpty { ascii("\n") }
      for (j, code) in unit.codes.enumerated() {
        ascii("        ")
        string(code.rawValue, into: &out)
        ascii(j + 1 < unit.codes.count ? ",\n" : "\n")
      }
      ascii("      ],\n      \"created\" : \"")
      out.append(contentsOf: unit.created.description.utf8)
      ascii("\",\n      \"end\" : ")
      number(unit.end)
      ascii(",\n      \"id\" : ")
      string(unit.id.rawValue, into: &out)
      ascii(",\n      \"modified\" : \"")
      out.append(contentsOf: unit.modified.description.utf8)
      ascii("\",\n")
      if let note = unit.note {
        ascii("      \"note\" : ")
        string(note, into: &out)
        ascii(",\n")
      }
      ascii("      \"start\" : ")
      number(unit.start)
      ascii(i + 1 < document.meaningUnits.count ? "\n    },\n" : "\n    }\n")
    }
    ascii("  ],\n  \"schemaVersion\" : ")
    number(document.schemaVersion)
    ascii(",\n  \"transcript\" : ")
    string(document.transcript.rawValue, into: &out)
    ascii("\n}\n")
    return out
  }

  /// A JSON string as `JSONEncoder` writes it: quotes, backslashes and control characters
  /// escaped, everything else (slashes, non-ASCII) as it is.
  static func string(_ text: String, into out: inout [UInt8]) {
    out.append(0x22)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out.append(0x5C); out.append(0x22)
      case 0x5C: out.append(0x5C); out.append(0x5C)
      case 0x0A: out.append(0x5C); out.append(0x6E)
      case 0x09: out.append(0x5C); out.append(0x74)
      case 0x0D: out.append(0x5C); out.append(0x72)
      case 0x08: out.append(0x5C); out.append(0x62)
      case 0x0C: out.append(0x5C); out.append(0x66)
      case 0x00..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default: out.append(byte)
      }
    }
    out.append(0x22)
  }

  // MARK: Reading

  /// The document in `bytes`, or nil when it is anything but a well-formed coding file of this
  /// schema version.
  static func read(_ bytes: [UInt8]) -> CodingDocument? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer)
      return reader.document()
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while i < bytes.count {
        switch bytes[i] {
        case 0x20, 0x0A, 0x0D, 0x09: i += 1
        default: return
        }
      }
    }

    mutating func expect(_ byte: UInt8) -> Bool {
      skipSpace()
      guard i < bytes.count, bytes[i] == byte else { return false }
      i += 1
      return true
    }

    /// Reads `{`, then calls `field` for each key until `}`; false on any syntax error.
    mutating func object(_ field: (inout Reader, String) -> Bool) -> Bool {
      guard expect(0x7B) else { return false }
      if expect(0x7D) { return true }
      while true {
        guard let key = string(), expect(0x3A), field(&self, key) else { return false }
        if expect(0x2C) { continue }
        return expect(0x7D)
      }
    }

    /// Reads `[`, then calls `element` for each element until `]`.
    mutating func array(_ element: (inout Reader) -> Bool) -> Bool {
      guard expect(0x5B) else { return false }
      if expect(0x5D) { return true }
      while true {
        guard element(&self) else { return false }
        if expect(0x2C) { continue }
        return expect(0x5D)
      }
    }

    mutating func string() -> String? {
      guard expect(0x22) else { return nil }
      let start = i
      var plain = true
      while i < bytes.count, bytes[i] != 0x22 {
        if bytes[i] == 0x5C {
          plain = false
          i += 2
        } else {
          if bytes[i] < 0x20 { return nil }
          i += 1
        }
      }
      guard i < bytes.count else { return nil }
      defer { i += 1 }
      let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
      if plain { return String(validating: raw, as: UTF8.self) }
      return unescape(raw)
    }

    func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
      var out: [UInt8] = []
      out.reserveCapacity(raw.count)
      var j = 0
      func hex4(_ at: Int) -> UInt32? {
        guard at + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for k in at..<(at + 4) {
          let c = raw[k]
          let digit: UInt32
          switch c {
          case 0x30...0x39: digit = UInt32(c - 0x30)
          case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
          case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
          default: return nil
          }
          value = value * 16 + digit
        }
        return value
      }
      while j < raw.count {
        let c = raw[j]
        guard c == 0x5C else {
          out.append(c)
          j += 1
          continue
        }
        guard j + 1 < raw.count else { return nil }
        switch raw[j + 1] {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x2F: out.append(0x2F)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
          guard var scalar = hex4(j + 2) else { return nil }
          j += 6
          if (0xD800..<0xDC00).contains(scalar) {
            guard j + 1 < raw.count, raw[j] == 0x5C, raw[j + 1] == 0x75, let low = hex4(j + 2), (0xDC00..<0xE000).contains(low)
            else { return nil }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            j += 6
          }
          guard let value = Unicode.Scalar(scalar) else { return nil }
          out.append(contentsOf: String(Character(value)).utf8)
          continue
        default: return nil
        }
        j += 2
      }
      return String(validating: out, as: UTF8.self)
    }

    /// A non-negative integer without fraction or exponent.
    mutating func integer() -> Int? {
      skipSpace()
      var value = 0
      let start = i
      while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
        guard i - start < 18 else { return nil }
        value = value * 10 + Int(bytes[i] - 0x30)
        i += 1
      }
      guard i > start, i >= bytes.count || (bytes[i] != 0x2E && bytes[i] | 0x20 != 0x65) else { return nil }
      return value
    }

    mutating func document() -> CodingDocument? {
      var version: Int?
      var coder: CoderName?
      var transcript: TranscriptID?
      var units: [CodingDocument.StoredUnit]?
      let ok = object { reader, key in
        switch key {
        case "schemaVersion":
          version = reader.integer()
          return version != nil
        case "coder":
          guard let text = reader.string(), CoderName.problem(with: text) == nil else { return false }
          coder = CoderName(stringLiteral: text)
          return true
        case "transcript":
          transcript = reader.string().map { TranscriptID($0) }
          return transcript != nil
        case "meaningUnits":
          var list: [CodingDocument.StoredUnit] = []
          let done = reader.array { reader in
            guard let unit = reader.unit() else { return false }
            list.append(unit)
            return true
          }
          units = list
          return done
        default:
          return false
        }
      }
      skipSpace()
      guard ok, i == bytes.count, version == Project.schemaVersion, let coder, let transcript, let units else { return nil }
      return CodingDocument(schemaVersion: Project.schemaVersion, coder: coder, transcript: transcript, meaningUnits: units)
    }

    mutating func unit() -> CodingDocument.StoredUnit? {
      var id: String?
      var start: Int?
      var end: Int?
      var codes: [CodeID]?
      var note: String?
      var created: Timestamp?
      var modified: Timestamp?
      let ok = object { reader, key in
        switch key {
        case "id":
          id = reader.string()
          return id != nil
        case "start":
          start = reader.integer()
          return start != nil
        case "end":
          end = reader.integer()
          return end != nil
        case "codes":
          var list: [CodeID] = []
          let done = reader.array { reader in
            guard let code = reader.string() else { return false }
            list.append(CodeID(code))
            return true
          }
          codes = list
          return done
        case "note":
          note = reader.string()
          return note != nil
        case "created":
          created = reader.string().flatMap(Timestamp.init(iso8601:))
          return created != nil
        case "modified":
          modified = reader.string().flatMap(Timestamp.init(iso8601:))
          return modified != nil
        default:
          return false
        }
      }
      guard ok, let id, let start, let end, let codes, let created, let modified else { return nil }
      return CodingDocument.StoredUnit(
        id: MeaningUnitID(id), start: start, end: end, codes: codes, note: note, created: created, modified: modified)
    }
  }
}

extension CodingDocument {
  init(schemaVersion: Int, coder: CoderName, transcript: TranscriptID, meaningUnits: [StoredUnit]) {
    self.schemaVersion = schemaVersion
    self.coder = coder
    self.transcript = transcript
    self.meaningUnits = meaningUnits
  }
}
