import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML element read into memory: its local name, namespace, attributes, children and text.
///
/// REFI-QDA files are small next to their transcripts, so a tree is simpler than streaming and
/// costs little. The tree is built with `XMLParser` (SAX), which reads attributes in a default
/// namespace correctly where FoundationXML's `XMLElement` does not.
final class XMLTree {
  let name: String
  let namespace: String?
  let attributes: [String: String]
  private(set) var children: [XMLTree] = []
  /// The text directly inside the element, joined.
  private(set) var text = ""
  /// The line the element starts on, for error messages.
  let line: Int

  init(name: String, namespace: String?, attributes: [String: String], line: Int) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.line = line
  }

  subscript(attribute: String) -> String? { attributes[attribute] }

  /// The children with this local name.
  func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

  /// The first child with this local name.
  func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }

  /// The children of the first child called `container`, with local name `name`
  /// (`<Codes><Code/>…</Codes>`).
  func all(_ name: String, in container: String) -> [XMLTree] { first(container)?.all(name) ?? [] }

  /// The largest XML document stc parses.
  static let maximumSize = 256 * 1024 * 1024

  /// Parses a document; `fileName` names it in errors.
  static func parse(_ data: Data, fileName: String) throws(STCError) -> XMLTree {
    guard data.count <= maximumSize else {
      throw .dataError("\(fileName) is \(data.count / 1_048_576) MB of XML, more than stc reads (256 MB).")
    }
    try requireUTF8(data, fileName: fileName)
    let builder = TreeBuilder()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    let ok = parser.parse()
    if !ok || builder.root == nil || parser.parserError != nil || builder.failed {
      let reason = parser.parserError.map { " (\(($0 as NSError).localizedDescription))" } ?? ""
      throw .dataError(
        "\(fileName) is not well-formed XML: the parser stopped at line \(parser.lineNumber), "
          + "column \(parser.columnNumber)\(reason).")
    }
    return builder.root!
  }

  /// Refuses XML that FoundationXML's parser would crash on instead of reporting an error (both
  /// found by the fuzz tests): text that is not UTF-8, and an XML declaration without a version
  /// (`<?xml?>`). REFI-QDA and Word write UTF-8 with a proper declaration.
  static func requireUTF8(_ data: Data, fileName: String) throws(STCError) {
    try requireWellFormedDeclaration(data, fileName: fileName)
    let invalid: Int? = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return 0 }
      return String(validating: bytes, as: UTF8.self) == nil ? firstInvalidUTF8(bytes) : nil
    }
    guard let invalid else { return }
    let line = data.prefix(invalid).reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
    throw .dataError(
      "\(fileName) is not UTF-8 text (a broken character at line \(line)): the file is damaged, or was not written "
        + "by the program it claims.")
  }

  /// When the document opens with an XML declaration, it must be whole, name a version, and
  /// name no encoding but UTF-8.
  static func requireWellFormedDeclaration(_ data: Data, fileName: String) throws(STCError) {
    var bytes = [UInt8](data.prefix(1024))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let open = Array("<?xml".utf8)
    guard bytes.starts(with: open), bytes.count > open.count,
      [0x20, 0x09, 0x0A, 0x0D, 0x3F].contains(bytes[open.count])
    else { return }
    guard let end = (open.count..<max(open.count, bytes.count - 1)).first(where: { bytes[$0] == 0x3F && bytes[$0 + 1] == 0x3E })
    else {
      throw .dataError("\(fileName) is not well-formed XML: its XML declaration (<?xml …?>) does not end.")
    }
    let declaration = String(decoding: bytes[open.count..<end], as: UTF8.self)
    let version = declaration.range(of: #"version\s*=\s*["']1\.[0-9]+["']"#, options: .regularExpression)
    guard version != nil else {
      throw .dataError("\(fileName) is not well-formed XML: its XML declaration names no version (version=\"1.0\").")
    }
    if let range = declaration.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression) {
      let value = declaration[range].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init) ?? ""
      guard ["utf-8", "utf8"].contains(value.lowercased()) else {
        throw .dataError("\(fileName) declares the encoding \(value); stc reads REFI-QDA and Word XML in UTF-8.")
      }
    }
  }

  /// The offset of the first byte that is not part of valid UTF-8.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }

  fileprivate func add(_ child: XMLTree) { children.append(child) }
  fileprivate func add(text more: String) { text += more }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
  var root: XMLTree?
  var failed = false
  private var stack: [XMLTree] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let element = XMLTree(
      name: name, namespace: namespaceURI?.isEmpty == true ? nil : namespaceURI, attributes: attributes,
      line: parser.lineNumber)
    if let parent = stack.last { parent.add(element) } else if root == nil { root = element }
    stack.append(element)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    _ = stack.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.add(text: string)
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    failed = true
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if let text = String(data: block, encoding: .utf8) { stack.last?.add(text: text) }
  }
}
