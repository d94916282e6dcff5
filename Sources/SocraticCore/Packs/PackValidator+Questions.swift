/// A pack's questions read and checked: their kinds, placeholders, length once filled and
/// form, with problems placed inside the question's text.
extension PackValidator {
  mutating func readQuestions(_ node: Int) -> [QuestionTemplate]? {
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
      let kind: QuestionKind? = fields["kind"].flatMap {
        readChoice($0, field: "kind", example: "evidence", known: "the kinds are \(Self.kindList)")
      }
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

  /// A question's text checked against `QuestionRules`.
  mutating func readQuestion(_ node: Int, kind: QuestionKind) -> QuestionTemplate? {
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
  mutating func textStart(of node: Int) -> SourcePosition {
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
}
