/// Turns a parsed pack document into a `TopicPack`, collecting every problem on the way rather
/// than stopping at the first.
struct PackValidator {
  let document: YAMLDocument
  /// The file's text, split into lines only when a problem needs a position inside a scalar.
  private let bytes: [UInt8]
  private var sourceText: SourceText?
  private(set) var problems: [PackProblem] = []
  private(set) var hasMoreProblems = false
  /// Where the pack's id is written, for problems found later across packs.
  private(set) var idPosition = SourcePosition.start

  init(document: YAMLDocument, bytes: [UInt8]) {
    self.document = document
    self.bytes = bytes
  }

  /// Whether no more problems will be recorded, so the rest of the file need not be checked.
  var isFull: Bool { problems.count >= PackReader.maximumProblems }

  private mutating func source() -> SourceText {
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

  // MARK: Fields

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

  /// Lowercase letters and digits in words joined by single hyphens, at most 64 characters.
  static func isValidID(_ id: String) -> Bool {
    guard !id.isEmpty, id.count <= 64 else { return false }
    return id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
      !word.isEmpty
        && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  /// A valid id made from whatever was written: "Climate Change!" → "climate-change".
  static func suggestedID(for text: String) -> String {
    let words = text.lowercased().unicodeScalars.split {
      !(("a"..."z").contains($0) || ("0"..."9").contains($0))
    }
    let id = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
    return id.isEmpty ? "my-topic" : String(id.prefix(64))
  }

  private mutating func readVersion(_ node: Int) -> Int? {
    guard checkScalar(node, "'version'", example: "1") else { return nil }
    let value = document.string(node)
    let isDigits = !value.isEmpty && value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    guard isDigits, document.nodes[node].style == .plain else {
      let hint = isDigits ? ", without quotes" : ""
      report(node, "'version' must be a whole number, like 1\(hint)")
      return nil
    }
    guard value.count <= 9, let number = Int(value) else {
      report(node, "'version' is too large; count versions up from 1")
      return nil
    }
    return number
  }

  private mutating func readKeywords(_ node: Int) -> [String]? {
    guard let items = list(node, "'keywords'", example: "[bitcoin, blockchain]") else {
      return nil
    }
    var seen: [String: Int] = [:]
    var keywords: [String] = []
    for item in items where !isFull {
      guard let keyword = text(item, "a keyword", example: "bitcoin") else { continue }
      guard keyword.contains(where: { $0.isLetter || $0.isNumber }) else {
        report(item, "the keyword '\(keyword)' has no letters or digits to match")
        continue
      }
      if let first = seen[keyword.lowercased()] {
        report(item, "the keyword '\(keyword)' is listed twice (first at line \(first))")
        continue
      }
      seen[keyword.lowercased()] = document.position(of: item).line
      keywords.append(keyword)
    }
    return keywords
  }

  private mutating func readBeliefs(_ node: Int) -> [PackBelief]? {
    guard let items = list(node, "'beliefs'", example: "[Crypto is mostly used for scams.]")
    else { return nil }
    var beliefs: [PackBelief] = []
    for item in items where !isFull {
      if document.kind(of: item) != .mapping {
        if let text = text(item, "a belief", example: "Crypto is mostly used for scams.") {
          beliefs.append(PackBelief(text: Self.normalized(text)))
        }
        continue
      }
      guard
        let fields = mapping(item, keys: ["text", "side", "reasons", "replies"], what: "a belief")
      else { continue }
      guard let textNode = fields["text"] else {
        report(item, "this belief has no 'text'; add 'text:' with the belief in a sentence")
        continue
      }
      let text = text(textNode, "the belief's 'text'", example: "Crypto is mostly used for scams.")
      let side = fields["side"].flatMap { readSide($0) }
      let reasons = fields["reasons"].flatMap { texts($0, "'reasons'", item: "a reason") } ?? []
      let replies = fields["replies"].flatMap { texts($0, "'replies'", item: "a reply") } ?? []
      if let text {
        beliefs.append(
          PackBelief(text: Self.normalized(text), side: side, reasons: reasons, replies: replies))
      }
    }
    return beliefs
  }

  private mutating func readSide(_ node: Int) -> BeliefSide? {
    guard let value = text(node, "'side'", example: "for") else { return nil }
    if let side = BeliefSide(rawValue: value) { return side }
    report(
      node,
      Self.unknown(
        "side", value, among: BeliefSide.allCases.map(\.rawValue),
        known: "a side is 'for' or 'against'"))
    return nil
  }

  private mutating func readQuestions(_ node: Int) -> [QuestionTemplate]? {
    guard
      let items = list(
        node, "'questions'", example: "[{kind: evidence, text: What makes you sure?}]")
    else { return nil }
    guard !items.isEmpty else {
      report(node, "'questions' is empty; a pack needs at least one question")
      return nil
    }
    var questions: [QuestionTemplate] = []
    for item in items where !isFull {
      guard document.kind(of: item) == .mapping else {
        report(
          item,
          "each question needs a 'kind' and a 'text', written as '- kind: evidence' with "
            + "'text: …' under it")
        continue
      }
      guard let fields = mapping(item, keys: ["kind", "text"], what: "a question") else {
        continue
      }
      let kind = fields["kind"].flatMap { readKind($0) }
      let text = fields["text"].flatMap { readQuestion($0, kind: kind ?? .clarification) }
      if fields["kind"] == nil {
        report(
          item, "this question has no 'kind'; add one of: \(Self.kindList)")
      }
      if fields["text"] == nil {
        report(item, "this question has no 'text'; add 'text:' with the question")
      }
      if let kind, let text { questions.append(QuestionTemplate(kind: kind, text: text.text)) }
    }
    return questions
  }

  static let kindList = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")

  private mutating func readKind(_ node: Int) -> QuestionKind? {
    guard let value = text(node, "'kind'", example: "evidence") else { return nil }
    if let kind = QuestionKind(rawValue: value) { return kind }
    report(
      node,
      Self.unknown(
        "kind", value, among: QuestionKind.allCases.map(\.rawValue),
        known: "the kinds are \(Self.kindList)"))
    return nil
  }

  private mutating func readTerms(_ node: Int) -> [PackTerm]? {
    guard let items = list(node, "'terms'", example: "[{term: scam, questions: [...]}]") else {
      return nil
    }
    var terms: [PackTerm] = []
    var seen: [String: Int] = [:]
    for item in items where !isFull {
      guard let fields = mapping(item, keys: ["term", "questions"], what: "a term") else {
        continue
      }
      var word: String?
      if let termNode = fields["term"], let value = text(termNode, "'term'", example: "scam") {
        if !Self.isWord(value) {
          report(termNode, "a term is one word, like 'scam'; '\(value)' is not")
        } else if let first = seen[value.lowercased()] {
          report(
            termNode,
            "the term '\(value)' is listed twice (first at line \(first)); merge their questions")
        } else {
          seen[value.lowercased()] = document.position(of: termNode).line
          word = value.lowercased()
        }
      } else if fields["term"] == nil {
        report(item, "this term has no 'term'; add 'term:' with the word")
      }
      var questions: [QuestionTemplate] = []
      if let questionsNode = fields["questions"],
        let list = list(
          questionsNode, "the term's 'questions'", example: "[What makes something a scam?]")
      {
        if list.isEmpty { report(questionsNode, "the term has no questions; add at least one") }
        for questionNode in list {
          if let question = readQuestion(questionNode, kind: .clarification) {
            questions.append(question)
          }
        }
      } else if fields["questions"] == nil {
        report(item, "this term has no 'questions'; add the clarifying questions to ask about it")
      }
      if let word, !questions.isEmpty { terms.append(PackTerm(term: word, questions: questions)) }
    }
    return terms
  }

  /// One word: letters and digits, with inner hyphens or apostrophes ("self-custody").
  static func isWord(_ text: String) -> Bool {
    guard let first = text.first, let last = text.last else { return false }
    return (first.isLetter || first.isNumber) && (last.isLetter || last.isNumber)
      && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" }
  }

  // MARK: Questions

  /// A question's text checked against `QuestionRules`.
  private mutating func readQuestion(_ node: Int, kind: QuestionKind) -> QuestionTemplate? {
    guard let raw = text(node, "the question's text", example: "What makes you sure?") else {
      return nil
    }
    let text = Self.normalized(raw)
    var isValid = true
    var seenNames: [String: Int] = [:]
    let mentions =
      text.utf8.contains(UInt8(ascii: "{")) ? QuestionTemplate.mentions(in: text) : []
    for mention in mentions {
      let occurrence = seenNames[mention.name, default: 0]
      seenNames[mention.name] = occurrence + 1
      guard mention.placeholder == nil else { continue }
      isValid = false
      let start = textStart(of: node)
      let known = Placeholder.allCases.map { "{\($0.rawValue)}" }
      let position =
        source().find("{\(mention.name)}", occurrence: occurrence, from: start) ?? start
      report(
        position,
        Self.unknown(
          "placeholder", "{\(mention.name)}", among: known,
          known: "the placeholders are \(known.joined(separator: ", "))"))
    }
    let longest = Self.longestFilledLength(of: text, placeholders: mentions.count)
    if longest > Self.maximumFilledLength {
      isValid = false
      report(
        textStart(of: node),
        "this question could grow to \(longest.formattedWithSeparators) characters once its "
          + "\(mentions.count.formattedWithSeparators) placeholders are filled (each can be "
          + "\(BeliefReader.maximumLength.formattedWithSeparators)); the most is "
          + "\(Self.maximumFilledLength.formattedWithSeparators): use fewer placeholders")
    }
    if let problem = QuestionRules.closedFormProblem(in: text) {
      isValid = false
      report(textStart(of: node), problem)
    }
    if !text.hasSuffix("?") {
      isValid = false
      report(textStart(of: node), "a question ends with '?'; end this one with a question mark")
    }
    return isValid ? QuestionTemplate(kind: kind, text: text) : nil
  }

  /// The most characters a question may have once its placeholders are filled. Filling is
  /// done each time a belief is stated, so a template of thousands of `{claim}`s would cost
  /// hundreds of megabytes every time; this leaves room for three placeholders in a question.
  static let maximumFilledLength = 4 * BeliefReader.maximumLength

  /// How long a question could be once filled: its own text (counted in scalars, which are
  /// never fewer than characters) and, for each placeholder, the longest a value can be: a
  /// belief's length, which bounds a claim, its inversion, a term and, in practice, a title.
  static func longestFilledLength(of text: String, placeholders: Int) -> Int {
    text.unicodeScalars.count + placeholders * BeliefReader.maximumLength
  }

  /// Where a scalar's text begins: after its opening quote, or on the line after a block
  /// scalar's '|' or '>'.
  private mutating func textStart(of node: Int) -> SourcePosition {
    let position = document.position(of: node)
    switch document.nodes[node].style {
    case .plain: return position
    case .singleQuoted, .doubleQuoted:
      return SourcePosition(line: position.line, column: position.column + 1)
    case .literal, .folded:
      let line = position.line + 1
      return SourcePosition(line: line, column: source().firstContentColumn(ofLine: line) ?? 1)
    }
  }

  // MARK: Shapes

  /// The values of a mapping's known keys. Mappings in a pack have a handful of keys, so a
  /// linear search beats hashing, which matters with tens of thousands of questions.
  struct Fields {
    let keys: [String]
    var values: [Int?]

    subscript(key: String) -> Int? {
      keys.firstIndex(of: key).flatMap { values[$0] }
    }
  }

  /// A mapping's values by key, after reporting keys that are unknown, repeated or not words.
  private mutating func mapping(_ node: Int, keys: [String], what: String) -> Fields? {
    guard document.kind(of: node) == .mapping else {
      report(
        node,
        "\(what) must be a mapping of keys to values (\(keys.joined(separator: ", "))), "
          + "not \(describe(node))")
      return nil
    }
    checkTag(node)
    var fields = Fields(keys: keys, values: Array(repeating: nil, count: keys.count))
    var firstKeys: [Int?] = Array(repeating: nil, count: keys.count)
    for (key, value) in document.pairs(node) {
      if isFull {
        hasMoreProblems = true
        break
      }
      guard document.kind(of: key) == .scalar, !document.isNull(key) else {
        report(key, "a key must be a word, like '\(keys[0])', not \(describe(key))")
        continue
      }
      checkTag(key)
      let name = document.string(key)
      guard let index = keys.firstIndex(of: name) else {
        report(
          key,
          Self.unknown(
            "key", name, among: keys, known: "\(what)'s keys are \(keys.joined(separator: ", "))",
            listOnlyWithoutSuggestion: true))
        continue
      }
      if let first = firstKeys[index] {
        report(
          key,
          "duplicate key '\(name)' (first at line \(document.position(of: first).line)); "
            + "keep only one of them")
        continue
      }
      firstKeys[index] = key
      fields.values[index] = value
    }
    return fields
  }

  private mutating func list(_ node: Int, _ label: String, example: String) -> [Int]? {
    if document.kind(of: node) == .sequence {
      checkTag(node)
      return document.items(node)
    }
    if document.isNull(node) {
      report(node, "\(label) has no value; give it a list, like \(example), or remove it")
    } else {
      report(node, "\(label) must be a list, like \(example), not \(describe(node))")
    }
    return nil
  }

  private mutating func texts(_ node: Int, _ label: String, item: String) -> [String]? {
    guard let items = list(node, label, example: "[First, Second]") else { return nil }
    return items.compactMap { text($0, item, example: "a sentence").map(Self.normalized) }
  }

  /// A scalar's text, trimmed; nil (after reporting it) when it is empty or not text.
  private mutating func text(_ node: Int, _ label: String, example: String) -> String? {
    guard checkScalar(node, label, example: example) else { return nil }
    let value = Self.trimmed(document.string(node))
    guard !value.isEmpty else {
      report(node, "\(label) is empty; write it out, like '\(example)'")
      return nil
    }
    return value
  }

  private mutating func checkScalar(_ node: Int, _ label: String, example: String) -> Bool {
    if document.kind(of: node) != .scalar {
      report(node, "\(label) must be text, like '\(example)', not \(describe(node))")
      return false
    }
    checkTag(node)
    if document.isNull(node) {
      report(node, "\(label) is empty; write it out, like '\(example)'")
      return false
    }
    return true
  }

  private mutating func checkTag(_ node: Int) {
    if document.nodes[node].isTagged {
      report(node, "packs do not use YAML tags such as '!!str'; remove the tag")
    }
  }

  private func describe(_ node: Int) -> String {
    switch document.kind(of: node) {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar: document.isNull(node) ? "nothing" : "the text '\(document.string(node))'"
    }
  }

  private mutating func report(_ node: Int, _ message: String) {
    report(document.position(of: node), message)
  }

  /// Records a problem; past the limit, only notes that there are more. The loops over a
  /// file's items stop once the limit is reached, so a file of a hundred thousand mistakes is
  /// checked as fast as a good one.
  private mutating func report(_ position: SourcePosition, _ message: String) {
    guard !isFull else {
      hasMoreProblems = true
      return
    }
    problems.append(PackProblem(at: position, message))
  }
}
