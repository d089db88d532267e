import Foundation
import Testing
import ZIPFoundation

@testable import STCKit

/// Builds small .docx files in memory.
enum Docx {
  static func make(body: String, extraEntries: [String: String] = [:]) throws -> Data {
    let document = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
      """
    return try archive(["word/document.xml": document].merging(extraEntries) { a, _ in a })
  }

  static func archive(_ entries: [String: String]) throws -> Data {
    let archive = try Archive(accessMode: .create)
    for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return archive.data!
  }

  static func paragraph(_ runs: String, style: String? = nil) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" } ?? ""
    return "<w:p>\(properties)\(runs)</w:p>"
  }

  static func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
}

@Suite struct DocxReaderTests {
  @Test func readsParagraphsBreaksTabsAndTables() throws {
    let body = [
      Docx.paragraph(Docx.run("Intervju 3"), style: "Heading1"),
      Docx.paragraph(Docx.run("I: Hvordan går det?")),
      Docx.paragraph(Docx.run("I3: Bra, takk.") + "<w:r><w:br/><w:t>Ny linje</w:t><w:tab/><w:t>etter tab</w:t></w:r>"),
      Docx.paragraph(Docx.run("Slettet ") + "<w:del><w:r><w:delText>borte</w:delText></w:r></w:del>" + "<w:ins>" + Docx.run("inn") + "</w:ins>"),
      "<w:tbl><w:tr><w:tc>" + Docx.paragraph(Docx.run("Celle 1")) + "</w:tc><w:tc>" + Docx.paragraph(Docx.run("Celle 2")) + "</w:tc></w:tr></w:tbl>",
      Docx.paragraph(Docx.run("Blåbær &amp; 中文 👍")),
    ].joined()
    let text = try DocxReader.text(of: try Docx.make(body: body), fileName: "i3.docx")
    #expect(text == "Intervju 3\nI: Hvordan går det?\nI3: Bra, takk.\nNy linje\tetter tab\nSlettet inn\nCelle 1\nCelle 2\nBlåbær & 中文 👍\n")
  }

  @Test func refusesWhatIsNotAWordDocument() throws {
    #expect { try DocxReader.text(of: Data("not a zip".utf8), fileName: "x.docx") } throws: {
      ($0 as! STCError).message.contains("not a valid .docx")
    }
    let zip = try Docx.archive(["hello.txt": "hi"])
    #expect { try DocxReader.text(of: zip, fileName: "x.docx") } throws: {
      ($0 as! STCError).message.contains("no word/document.xml")
    }
    let broken = try Docx.archive(["word/document.xml": "<w:document><w:body><w:p>"])
    #expect { try DocxReader.text(of: broken, fileName: "x.docx") } throws: {
      ($0 as! STCError).message.contains("broken")
    }
  }

  @Test func importsADocxFileFromDisk() throws {
    let folder = TemporaryFolder()
    let path = folder.write("informant4.docx", [UInt8](try Docx.make(body: Docx.paragraph(Docx.run("I: Hei")) + Docx.paragraph(Docx.run("Informant 4: Hei.")))))
    let prepared = try TranscriptImporter.prepare(file: path)
    #expect(prepared.text == "I: Hei\nInformant 4: Hei.\n")
    #expect(prepared.informant == 4)
    #expect(prepared.encoding == "docx")
  }
}
