/// Turns a parsed pack document into a `TopicPack`, collecting every problem on the way rather
/// than stopping at the first.
struct PackValidator {
  let document: YAMLDocument
  /// The file's text, split into lines only when a problem needs a position inside a scalar.
  private let bytes: [UInt8]
  private var sourceText: SourceText?
  private(set) var problems: [PackProblem] = []
  /// Whether problems past the limit were left unrecorded.
  var hasMoreProblems = false
  /// Where the pack's id is written, for problems found later across packs.
  private(set) var idPosition = SourcePosition.start

  init(document: YAMLDocument, bytes: [UInt8]) {
    self.document = document
    self.bytes = bytes
  }

  /// Whether no more problems will be recorded, so the rest of the file need not be checked.
  var isFull: Bool { problems.count >= PackReader.maximumProblems }

  mutating func source() -> SourceText {
    if let sourceText { return sourceText }
    let text = SourceText(String(decoding: bytes, as: UTF8.self))
    sourceText = text
    return text
  }

  /// The pack, or nil when a problem leaves nothing to build it from. Check `problems` too:
  /// a pack is only valid when there are none.
  mutating func pack() -> TopicPack? {
    guard let root = document.root, !document.isNull(root) else {
      report(
        .start,
        "the pack is empty; start it with 'id:', 'title:', 'version:' and 'questions:', or "
          + "run 'socratic packs new ID' for a template")
      return nil
    }
    guard let fields = mapping(root, keys: PackReader.fields, what: "a pack") else { return nil }
    for field in PackReader.requiredFields where fields[field] == nil {
      report(root, "missing required field '\(field)'; add it, like '\(Self.example[field]!)'")
    }
    let id = fields["id"].flatMap { readID($0) }
    let title = fields["title"].flatMap { text($0, "'title'", example: "Climate change") }
    let version = fields["version"].flatMap { readVersion($0) }
    let description =
      fields["description"].flatMap {
        text($0, "'description'", example: "What the pack is about, in a sentence")
      } ?? ""
    let keywords = fields["keywords"].flatMap { readKeywords($0) } ?? []
    let beliefs = fields["beliefs"].flatMap { readBeliefs($0) } ?? []
    let questions = fields["questions"].flatMap { readQuestions($0) }
    let terms = fields["terms"].flatMap { readTerms($0) } ?? []
    guard let id, let title, let version, let questions else { return nil }
    return TopicPack(
      id: id, title: title, version: version, description: description, keywords: keywords,
      beliefs: beliefs, questions: questions, terms: terms)
  }

  static let example = [
    "id": "id: climate-change",
    "title": "title: Climate change",
    "version": "version: 1",
    "questions": "questions: [{kind: evidence, text: What makes you sure?}]",
  ]

  /// The id, where it is written remembered for problems found across packs.
  private mutating func readID(_ node: Int) -> String? {
    guard let id = text(node, "'id'", example: "climate-change") else { return nil }
    idPosition = document.position(of: node)
    guard Self.isValidID(id) else {
      report(
        node,
        "the id '\(id)' may only have lowercase letters, digits and '-' between them, like "
          + "'\(Self.suggestedID(for: id))'")
      return nil
    }
    return id
  }

  // MARK: Reporting

  mutating func report(_ node: Int, _ message: String) {
    report(document.position(of: node), message)
  }

  /// Records a problem; past the limit, only notes that there are more. The loops over a
  /// file's items stop once the limit is reached, so a file of a hundred thousand mistakes is
  /// checked as fast as a good one.
  mutating func report(_ position: SourcePosition, _ message: String) {
    guard !isFull else {
      hasMoreProblems = true
      return
    }
    problems.append(PackProblem(at: position, message))
  }
}
