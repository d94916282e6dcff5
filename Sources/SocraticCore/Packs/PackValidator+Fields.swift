/// The pack's own fields read and checked: its version, keywords, beliefs and terms, and what
/// an id may be.
extension PackValidator {
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

  mutating func readVersion(_ node: Int) -> Int? {
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

  mutating func readKeywords(_ node: Int) -> [String]? {
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

  mutating func readBeliefs(_ node: Int) -> [PackBelief]? {
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
      let side: BeliefSide? = fields["side"].flatMap {
        readChoice($0, field: "side", example: "for", known: "a side is 'for' or 'against'")
      }
      let reasons = fields["reasons"].flatMap { texts($0, "'reasons'", item: "a reason") } ?? []
      let replies = fields["replies"].flatMap { texts($0, "'replies'", item: "a reply") } ?? []
      if let text {
        beliefs.append(
          PackBelief(text: Self.normalized(text), side: side, reasons: reasons, replies: replies))
      }
    }
    return beliefs
  }

  mutating func readTerms(_ node: Int) -> [PackTerm]? {
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
}
