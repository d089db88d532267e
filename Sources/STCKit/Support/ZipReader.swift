import CStcZlib
import Foundation

/// Reads the files of a zip archive held in memory (a .docx, a .qdpx), for input that may be
/// damaged or hostile.
///
/// ZIPFoundation writes stc's archives, but reading untrusted ones with it was unsafe: its
/// in-memory archives trap when an offset points past the end, and its inflate loop never ends
/// when a compressed entry is cut short by the end of the file (both found by the fuzz tests).
/// This reader checks every offset and size against the bytes it has, inflates with zlib in
/// one bounded pass, stops at `limit` bytes of output whatever the archive claims, and checks
/// each entry's CRC-32. It reads what Word, REFI-QDA programs and stc write: stored and deflated
/// entries, sizes in Zip64 fields, no encryption, no archive over 4 GB.
struct ZipReader {
  /// One file in the archive, as its central directory describes it.
  struct Entry {
    var path: String
    var method: UInt16
    var compressedSize: Int
    var uncompressedSize: Int
    var crc32: UInt32
    var localHeaderOffset: Int
    var isFolder: Bool { path.hasSuffix("/") }
  }

  let bytes: [UInt8]
  /// Every entry, in the order of the central directory.
  let entries: [Entry]
  /// Names the archive in errors.
  let fileName: String

  /// Reads the central directory; throws a data error naming `fileName` when the bytes are not
  /// a zip archive stc can read (`kind` says what it should have been: ".docx file").
  init(_ bytes: [UInt8], fileName: String, kind: String) throws(STCError) {
    self.bytes = bytes
    self.fileName = fileName
    let notZip = STCError.dataError("\(fileName) is not a valid \(kind) (it cannot be opened as a zip archive).")
    // The end-of-central-directory record is in the last 64 KB + 22 bytes.
    guard bytes.count >= 22 else { throw notZip }
    var end = -1
    var at = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while at >= lowest {
      if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 {
        end = at
        break
      }
      at -= 1
    }
    guard end >= 0 else { throw notZip }
    let count = Self.u16(bytes, end + 10)
    let directorySize = Self.u32(bytes, end + 12)
    let directoryOffset = Self.u32(bytes, end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .dataError("\(fileName) is a Zip64 archive (over 4 GB or 65,535 files), which stc does not read.")
    }
    guard directoryOffset + directorySize <= end else { throw notZip }
    var entries: [Entry] = []
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, Self.u32(bytes, offset) == 0x0201_4B50 else { throw notZip }
      let flags = Self.u16(bytes, offset + 8)
      let nameLength = Self.u16(bytes, offset + 28)
      let extraLength = Self.u16(bytes, offset + 30)
      let commentLength = Self.u16(bytes, offset + 32)
      guard offset + 46 + nameLength <= end else { throw notZip }
      let nameBytes = bytes[(offset + 46)..<(offset + 46 + nameLength)]
      let path = String(validating: nameBytes, as: UTF8.self) ?? String(decoding: nameBytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
      if flags & 1 != 0 {
        throw .dataError("\(fileName) is an encrypted zip archive (\(path)): save it again without a password.")
      }
      var entry = Entry(
        path: path, method: UInt16(Self.u16(bytes, offset + 10)), compressedSize: Self.u32(bytes, offset + 20),
        uncompressedSize: Self.u32(bytes, offset + 24), crc32: UInt32(Self.u32(bytes, offset + 16)),
        localHeaderOffset: Self.u32(bytes, offset + 42))
      // Sizes too large for 32 bits are in the Zip64 extra field (id 1), in this order.
      var extra = offset + 46 + nameLength
      let extraEnd = min(end, extra + extraLength)
      while extra + 4 <= extraEnd {
        let id = Self.u16(bytes, extra)
        let size = Self.u16(bytes, extra + 2)
        if id == 1 {
          var field = extra + 4
          func next() -> Int? {
            guard field + 8 <= min(extraEnd, extra + 4 + size) else { return nil }
            defer { field += 8 }
            let high = Self.u32(bytes, field + 4)
            return high > 0x7FFF ? Int.max : Self.u32(bytes, field) | high << 32
          }
          if entry.uncompressedSize == 0xFFFF_FFFF { entry.uncompressedSize = next() ?? Int.max }
          if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = next() ?? Int.max }
          if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = next() ?? Int.max }
        }
        extra += 4 + size
      }
      entries.append(entry)
      offset += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The first entry at `path`, compared without regard to case when `anyCase`.
  func entry(_ path: String, anyCase: Bool = false) -> Entry? {
    anyCase ? entries.first { $0.path.lowercased() == path.lowercased() } : entries.first { $0.path == path }
  }

  /// Unpacks one entry; refuses one that claims, or turns out, to be larger than `limit`.
  func contents(of entry: Entry, limit: Int) throws(STCError) -> [UInt8] {
    let damaged = STCError.dataError("\(fileName) is damaged: \(entry.path) cannot be unpacked.")
    guard entry.uncompressedSize <= limit else {
      throw .dataError(
        "\(fileName): \(entry.path) unpacks to \(entry.uncompressedSize / 1_048_576) MB, more than stc accepts "
          + "(\(limit / 1_048_576) MB); it is refused as damaged or as a zip bomb.")
    }
    let header = entry.localHeaderOffset
    guard header <= bytes.count - 30, Self.u32(bytes, header) == 0x0403_4B50 else { throw damaged }
    let start = header + 30 + Self.u16(bytes, header + 26) + Self.u16(bytes, header + 28)
    guard entry.compressedSize <= bytes.count, start + entry.compressedSize <= bytes.count else { throw damaged }
    let packed = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      output = Array(packed)
    case 8:
      guard let inflated = Self.inflate(packed, limit: limit) else { throw damaged }
      output = inflated
    default:
      throw .dataError("\(fileName): \(entry.path) is compressed with a method stc does not read (\(entry.method)).")
    }
    guard output.count <= limit else {
      throw .dataError(
        "\(fileName): \(entry.path) unpacks to more than stc accepts (\(limit / 1_048_576) MB); it is refused as damaged or as a zip bomb.")
    }
    guard output.count == entry.uncompressedSize, Self.crc32(output) == entry.crc32 else { throw damaged }
    return output
  }

  /// Inflates raw deflate data in one pass; nil when it is damaged or cut short. Stops once the
  /// output passes `limit` (the caller refuses it).
  static func inflate(_ packed: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
    var stream = z_stream()
    guard stc_inflate_init_raw(&stream) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    return packed.withUnsafeBufferPointer { source -> [UInt8]? in
      stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
      stream.avail_in = UInt32(source.count)
      while true {
        let (result, produced) = chunk.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
          stream.next_out = target.baseAddress
          stream.avail_out = UInt32(target.count)
          let result = CStcZlib.inflate(&stream, Z_NO_FLUSH)
          return (result, target.count - Int(stream.avail_out))
        }
        output += chunk[0..<produced]
        if result == Z_STREAM_END { return output }
        // Anything else than progress is damage; no progress with no input left is a cut.
        guard result == Z_OK || result == Z_BUF_ERROR, output.count <= limit else { return output.count > limit ? output : nil }
        if produced == 0 && (stream.avail_in == 0 || result == Z_BUF_ERROR) { return nil }
      }
    }
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { UInt32(CStcZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
  }

  private static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  private static func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }
}
