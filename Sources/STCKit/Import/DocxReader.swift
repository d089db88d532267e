import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the text of a Word .docx file: paragraphs and line breaks in document order, tables
/// cell by cell, headings as ordinary paragraphs. Page headers, footers, comments and deleted
/// tracked changes are left out: they are not part of what was said.
public enum DocxReader {
  /// The largest `word/document.xml` stc unpacks; a larger one is refused as a likely zip bomb.
  public static let maximumDocumentSize = 256 * 1024 * 1024

  /// The text of the .docx file at `url`; `fileName` names it in errors.
  public static func text(of url: URL, fileName: String) throws(STCError) -> String {
    try text(of: ZipReader(AtomicFile.read(url.path), fileName: fileName, kind: ".docx file"), fileName: fileName)
  }

  /// The text of a .docx held in memory (a Word file inside a .qdpx).
  public static func text(of data: Data, fileName: String) throws(STCError) -> String {
    try text(of: ZipReader(Array(data), fileName: fileName, kind: ".docx file"), fileName: fileName)
  }

  static func text(of archive: ZipReader, fileName: String) throws(STCError) -> String {
    guard let entry = archive.entry("word/document.xml") else {
      throw .dataError("\(fileName) is a zip archive but not a Word document (it has no word/document.xml).")
    }
    let xml = Data(try archive.contents(of: entry, limit: maximumDocumentSize))
    try XMLTree.requireUTF8(xml, fileName: "\(fileName) (its document XML)")
    let collector = DocumentTextCollector()
    let parser = XMLParser(data: xml)
    parser.shouldProcessNamespaces = true
    parser.delegate = collector
    guard parser.parse(), parser.parserError == nil else {
      let line = parser.lineNumber
      throw .dataError("\(fileName) is damaged: its document XML is broken near line \(line).")
    }
    return collector.text
  }
}

/// Collects the visible text of WordprocessingML while the parser walks it.
private final class DocumentTextCollector: NSObject, XMLParserDelegate {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  var text = ""
  private var inText = false
  private var deletedDepth = 0
  private var skippedDepth = 0
  /// Inside `w:tabs`, a `w:tab` defines a tab stop, not a tab character.
  private var tabStopsDepth = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard namespaceURI == Self.namespace else { return }
    switch name {
    case "del", "moveFrom": deletedDepth += 1
    // Footnote references, comment ranges and field instructions carry no spoken text.
    case "instrText", "delInstrText", "commentReference": skippedDepth += 1
    case "t" where deletedDepth == 0 && skippedDepth == 0: inText = true
    case "tabs": tabStopsDepth += 1
    case "tab" where deletedDepth == 0 && tabStopsDepth == 0: text.append("\t")
    case "br", "cr": if deletedDepth == 0 { text.append("\n") }
    case "noBreakHyphen": text.append("-")
    default: break
    }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard namespaceURI == Self.namespace else { return }
    switch name {
    case "del", "moveFrom": deletedDepth -= 1
    case "instrText", "delInstrText", "commentReference": skippedDepth -= 1
    case "t": inText = false
    case "tabs": tabStopsDepth -= 1
    case "p": text.append("\n")
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { text.append(string) }
  }
}
