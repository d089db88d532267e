import Foundation
import Testing
import ZIPFoundation

@testable import STCKit

/// Broken files for every loader: a seeded generator mutates good files (flipped and replaced
/// bytes, cuts, repeats, splices, huge numbers, deep nesting, broken UTF-8, byte order marks)
/// and each loader must answer every one with a result or a clear error — no crash, no hang.
/// 10,000 inputs per loader (STC_FUZZ_ITERATIONS changes it); seeds come from the corpus in
/// Tests/STCKitTests/FuzzCorpus, which also keeps the inputs that once broke a loader.
@Suite(.serialized) struct FuzzTests {
  static let iterations = Int(ProcessInfo.processInfo.environment["STC_FUZZ_ITERATIONS"] ?? "") ?? 10_000
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus").path

  /// The seed files of one kind from the corpus.
  static func seeds(_ suffix: String) -> [[UInt8]] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    return names.map { Array(FileManager.default.contents(atPath: "\(corpus)/\($0)") ?? Data()) }
  }

  /// Makes broken variants of good inputs.
  struct Mutator {
    var random: SplitMix

    mutating func int(_ n: Int) -> Int { n <= 0 ? 0 : Int(random.next() % UInt64(n)) }

    mutating func mutate(_ input: [UInt8], others: [[UInt8]]) -> [UInt8] {
      var bytes = input
      for _ in 0...int(3) {
        if bytes.isEmpty { bytes = [0x7B] }
        let at = int(bytes.count)
        switch int(12) {
        case 0: bytes[at] ^= UInt8(1 << int(8))
        case 1: bytes[at] = [0x00, 0xFF, 0x7F, 0x80, 0xC0, 0xEF, 0x22, 0x5C, 0x7B, 0x5D, 0x3C, 0x26][int(12)]
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + int(64)))
        case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 1 + int(64))], at: at)
        case 4: bytes = Array(bytes.prefix(at))
        case 5:
          if let other = others.isEmpty ? nil : others[int(others.count)], !other.isEmpty {
            let from = int(other.count)
            bytes.replaceSubrange(at..<min(bytes.count, at + int(80)), with: other[from..<min(other.count, from + int(80))])
          }
        case 6:
          // a number grows huge, or negative
          if let digit = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            bytes.insert(contentsOf: Array(["99999999999999999999999", "-1", "1e309", ".5"][int(4)].utf8), at: digit)
          }
        case 7: bytes.insert(contentsOf: Array(repeating: UInt8(0x5B), count: 1 + int(5000)), at: at)  // [[[[…
        case 8: bytes.insert(contentsOf: [0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF8], at: at)  // broken UTF-8
        case 9: bytes.insert(contentsOf: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]][int(3)], at: int(2) == 0 ? 0 : at)
        case 10: bytes.insert(contentsOf: (0..<(1 + int(16))).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
        default:
          // a quote or bracket that closes nothing
          bytes.insert([0x22, 0x7D, 0x5D, 0x3E, 0x2C][int(5)], at: at)
        }
      }
      return bytes
    }
  }

  /// Runs `load` on `iterations` broken inputs; each must finish quickly and either succeed or
  /// throw an error whose message is not empty.
  static func fuzz(
    _ name: String, seeds: [[UInt8]], seed: UInt64, load: ([UInt8]) throws -> Void
  ) throws {
    #expect(!seeds.isEmpty, "no seeds for \(name) in \(corpus)")
    var mutator = Mutator(random: SplitMix(seed: seed))
    var slowest = 0.0
    var refused = 0
    for i in 0..<iterations {
      let input = i < seeds.count ? seeds[i] : mutator.mutate(seeds[i % seeds.count], others: seeds)
      if let keep = ProcessInfo.processInfo.environment["STC_FUZZ_KEEP"] {
        // (to find the input that brings a crash: it is the last one written)
        FileManager.default.createFile(atPath: keep, contents: Data(input))
      }
      let start = Date()
      do {
        try load(input)
      } catch let error as STCError {
        #expect(!error.message.isEmpty)
        refused += 1
      } catch {
        refused += 1
      }
      slowest = max(slowest, Date().timeIntervalSince(start))
    }
    #expect(slowest < 5, "\(name): an input took \(slowest) s")
    #expect(refused > iterations / 10, "\(name): the mutations should break most inputs (\(refused) refused)")
  }

  @Test func projectFiles() throws {
    try Self.fuzz("project.json", seeds: Self.seeds(".project.json"), seed: 1) { bytes in
      switch ProjectFolder.decodeVersioned(ProjectDocument.self, from: bytes) {
      case .success(let document): _ = ProjectFolder.checkIndex(document)
      case .failure(let message): throw STCError.dataError(message)
      }
    }
  }

  @Test func codingFiles() throws {
    try Self.fuzz("coding file", seeds: Self.seeds(".coding.json"), seed: 2) { bytes in
      if CodingFileFormat.read(bytes) == nil,
        case .failure(let message) = ProjectFolder.decodeVersioned(CodingDocument.self, from: bytes)
      {
        throw STCError.dataError(message)
      }
    }
  }

  @Test func transcriptsInEveryEncoding() throws {
    try Self.fuzz("transcript", seeds: Self.seeds(".txt"), seed: 3) { bytes in
      let text = try TextDecoding.decode(bytes, fileName: "t.txt").text
      // what comes out is in the normal form
      #expect(!text.contains("\r") && text.hasSuffix("\n"))
      _ = TranscriptText(bytes: Array(text.utf8))
    }
  }

  @Test func wordDocuments() throws {
    // Half the inputs break the zip, half the XML inside a sound zip.
    let seeds = Self.seeds(".docx")
    var mutator = Mutator(random: SplitMix(seed: 4))
    let xmls = try seeds.map { seed -> [UInt8] in
      let archive = try Archive(data: Data(seed), accessMode: .read, pathEncoding: nil)
      var xml = Data()
      _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
      return Array(xml)
    }
    var toggle = false
    try Self.fuzz(".docx", seeds: seeds, seed: 5) { bytes in
      toggle.toggle()
      var input = bytes
      if toggle {
        input = try QDPXExport.zip([("word/document.xml", mutator.mutate(xmls[mutator.int(xmls.count)], others: xmls))])
      }
      _ = try DocxReader.text(of: Data(input), fileName: "i.docx")
    }
  }

  @Test func exchangeProjects() throws {
    let folder = TemporaryFolder()
    let seeds = Self.seeds(".qdpx")
    var qdes: [[UInt8]] = []
    for seed in seeds {
      let file = folder.write("seed.qdpx", seed)
      qdes.append(Array(try ExchangeArchive(path: file).read("project.qde", limit: 1 << 24) ?? Data()))
    }
    var mutator = Mutator(random: SplitMix(seed: 6))
    var toggle = false
    var n = 0
    try Self.fuzz(".qdpx", seeds: seeds, seed: 7) { bytes in
      toggle.toggle()
      n += 1
      var input = bytes
      if toggle {
        // a sound archive around a broken project.qde, with the seed's sources
        let seed = mutator.int(seeds.count)
        let archive = try Archive(data: Data(seeds[seed]), accessMode: .read, pathEncoding: nil)
        var files: [(String, [UInt8])] = [("project.qde", mutator.mutate(qdes[seed], others: qdes))]
        for entry in archive where entry.path.hasPrefix("sources/") {
          var data = Data()
          _ = try archive.extract(entry) { data.append($0) }
          files.append((entry.path, Array(data)))
        }
        input = try QDPXExport.zip(files)
      }
      let file = folder.write("fuzz-\(n % 4).qdpx", input)
      if let keep = ProcessInfo.processInfo.environment["STC_FUZZ_KEEP"] {
        FileManager.default.createFile(atPath: keep + ".qdpx", contents: Data(input))
      }
      var ids = IDGenerator(seed: 1)
      _ = try QDPXImport.read(file: file, options: .init(coder: "x", now: .t0), ids: &ids)
    }
  }

  @Test func exchangeCodebooks() throws {
    let folder = TemporaryFolder()
    try Self.fuzz(".qdc", seeds: Self.seeds(".qdc"), seed: 8) { bytes in
      var project = Project(metadata: ProjectMetadata(title: "x", created: .t0))
      var ids = IDGenerator(seed: 1)
      _ = try QDCImport.read(file: folder.write("c.qdc", bytes), into: &project, ids: &ids)
    }
  }

  @Test func saveJournals() throws {
    try Self.fuzz("journal", seeds: Self.seeds(".journal"), seed: 9) { bytes in
      if case .failure(let damage) = SaveJournal.decode(bytes) { throw STCError.dataError(damage.reason) }
    }
  }
}

/// Files too large to read are refused unread, not read until memory runs out.
@Suite struct HugeFileTests {
  /// A sparse file: it claims `size` bytes but takes no room on disk.
  static func sparse(_ path: String, size: Int) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    ftruncate(fd, off_t(size))
    close(fd)
  }

  @Test func aTwoGigabyteTranscriptIsRefusedUnread() throws {
    let folder = TemporaryFolder()
    let path = folder.path + "/informant1.txt"
    Self.sparse(path, size: 2_200_000_000)
    let start = Date()
    let error = try #require(throws: STCError.self) { try TranscriptImporter.prepare(file: path) }
    #expect(error.message.contains("larger than any transcript stc accepts"))
    #expect(Date().timeIntervalSince(start) < 2)
  }

  @Test func aHugeProjectFileIsRefusedUnread() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _) = try Fixture.project(in: folder)
    Self.sparse(projectFolder.projectFile, size: 2_200_000_000)
    let start = Date()
    let problems = projectFolder.inspect().problems.map(\.message).joined()
    #expect(problems.contains("more than stc reads"), "\(problems)")
    #expect(Date().timeIntervalSince(start) < 2)
    Self.sparse(projectFolder.file("coding/kari/informant3.json"), size: 0)
  }

  @Test func aHugeTranscriptInAProjectIsRefusedUnread() throws {
    let folder = TemporaryFolder()
    let (projectFolder, _) = try Fixture.project(in: folder)
    Self.sparse(projectFolder.transcriptFile("informant3"), size: 2_200_000_000)
    let problems = projectFolder.inspect().problems.map(\.message).joined()
    #expect(problems.contains("larger than any transcript stc imports"), "\(problems)")
  }

  /// A zip bomb: a Word file whose 300 MB of document shrink to a few hundred kilobytes.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/env"))) func aZipBombIsRefused() throws {
    let folder = TemporaryFolder()
    let bomb = folder.path + "/bomb.docx"
    let script = """
      import zipfile, sys
      with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
          with z.open("word/document.xml", "w", force_zip64=True) as f:
              f.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
              chunk = b" " * (1 << 20)
              for _ in range(300):
                  f.write(chunk)
              f.write(b"</w:t></w:r></w:p></w:body></w:document>")
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, bomb]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "python3 could not make the bomb")
    let size = (try FileManager.default.attributesOfItem(atPath: bomb)[.size] as? NSNumber)?.intValue ?? 0
    #expect(size < 2_000_000)
    let error = try #require(throws: STCError.self) { try DocxReader.text(of: URL(fileURLWithPath: bomb), fileName: "bomb.docx") }
    #expect(error.message.contains("zip bomb"))
  }

  /// Found by the fuzz tests: a Word file whose compressed document is cut short by the end of
  /// the file made ZIPFoundation's reader loop for ever; stc's own reader refuses it at once.
  @Test func aDocumentCutShortIsRefusedNotLoopedOn() throws {
    let xml = Array(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      + String(repeating: "<w:p><w:r><w:t>Blåbær og 中文</w:t></w:r></w:p>", count: 2000) + "</w:body></w:document>").utf8)
    let zip = try QDPXExport.zip([("word/document.xml", xml)])
    let reader = try ZipReader(zip, fileName: "i.docx", kind: ".docx file")
    let entry = try #require(reader.entry("word/document.xml"))
    #expect(try reader.contents(of: entry, limit: 1 << 20) == xml)
    let start = 30 + Int(zip[26]) + Int(zip[28])
    let packed = zip[start..<(start + entry.compressedSize)]
    for cut in [1, 7, packed.count / 2, packed.count - 1] {
      #expect(ZipReader.inflate(packed.prefix(cut), limit: 1 << 20) == nil, "cut at \(cut)")
    }
    // The archive itself cut after the compressed data, and with a size that runs past the end.
    #expect(throws: STCError.self) { try DocxReader.text(of: Data(zip.prefix(start + packed.count / 2)), fileName: "i.docx") }
    var lying = zip
    let directory = try #require((0..<(lying.count - 4)).last { lying[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] })
    lying[directory + 20] = 0xFF
    lying[directory + 21] = 0xFF
    lying[directory + 22] = 0x0F
    let error = try #require(throws: STCError.self) { try DocxReader.text(of: Data(lying), fileName: "i.docx") }
    #expect(error.message.contains("damaged"))
  }
}
