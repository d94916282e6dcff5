/// The closed word classes a `TokenPattern` names with "@": `@modal`, `@negation`, `@filler`.
/// Each is read from its table in the vocabulary, so a pattern and the code that reads the
/// table agree on what a class holds. A new class is one case here, one line in `holds`, and its
/// table in `classesOfWords`.
enum WordClass: String, Sendable, CaseIterable {
  /// An auxiliary or modal in any form: "is", "don't", "'ll", "might".
  case auxiliary = "aux"
  /// A form of "be": "is", "'re", "wasn't".
  case be
  /// A modal in any form: "will", "won't", "could", "'d".
  case modal
  /// A modal of obligation: "should", "must", "ought", "shall" (`FunctionWords.modalSenses`).
  case obligationModal = "obligation"
  /// A modal of possibility: "can", "could", "may", "might", "will", "would".
  case possibilityModal = "possibility"
  /// A word that negates its clause: "not", "never", or an auxiliary with "n't".
  case negation
  /// A quantifier that opens a subject: "all", "every", "anyone" (`Quantifiers`).
  case quantifier
  /// A chat hedge: "ngl", "tbh", "imo" (`ChatHedges`).
  case hedge
  /// A filler or discourse marker: "um", "so", "anyway", "honestly" (`Fillers`).
  case filler
  /// A word questions are made of, whatever they ask about: "evidence", "mind" (`FrameWords`).
  case frame
  /// "what", "why", "how", "who", "when", "where", "which", "whose", "whom".
  case questionWord = "wh"
  /// A determiner: "the", "a", "this", "every".
  case determiner
  /// A possessive: "my", "your", "their".
  case possessive
  /// A preposition: "of", "about", "since".
  case preposition
  /// A subject pronoun: "i", "you", "they".
  case subjectPronoun = "subject"

  /// Whether a lowercase word is of the class: one lookup in `classesOfWords`.
  func contains(_ word: String) -> Bool {
    Self.classesOfWords[word]?.contains(self) == true
  }

  /// The classes of each word of any class, built once from the tables `holds` reads.
  private static let classesOfWords: [String: [WordClass]] = {
    let words = FunctionWords.auxiliaryForms.union(["not", "never"])
      .union(Quantifiers.deniedByNot).union(Quantifiers.freeChoice.keys)
      .union(ChatHedges.words).union(Fillers.roles.keys).union(FrameWords.words)
      .union(FunctionWords.questionWords).union(FunctionWords.determiners)
      .union(FunctionWords.possessives).union(FunctionWords.prepositions)
      .union(FunctionWords.subjectPronouns.keys)
    var table: [String: [WordClass]] = [:]
    for word in words {
      let classes = allCases.filter { $0.holds(word) }
      if !classes.isEmpty { table[word] = classes }
    }
    return table
  }()

  /// Whether a lowercase word is of the class, read from the vocabulary's tables; every word
  /// it holds is in one of the tables `classesOfWords` is built from.
  private func holds(_ word: String) -> Bool {
    switch self {
    case .auxiliary: FunctionWords.auxiliary(word) != nil
    case .be: FunctionWords.auxiliary(word)?.kind == .be
    case .modal: FunctionWords.auxiliary(word)?.kind == .modal
    case .obligationModal: modalSense(of: word) == .obligation
    case .possibilityModal: modalSense(of: word) == .possibility
    case .negation:
      word == "not" || word == "never" || FunctionWords.auxiliary(word)?.isNegated == true
    case .quantifier: Quantifiers.deniedByNot.contains(word) || Quantifiers.freeChoice[word] != nil
    case .hedge: ChatHedges.words.contains(word)
    case .filler: Fillers.roles[word] != nil
    case .frame: FrameWords.words.contains(word)
    case .questionWord: FunctionWords.questionWords.contains(word)
    case .determiner: FunctionWords.determiners.contains(word)
    case .possessive: FunctionWords.possessives.contains(word)
    case .preposition: FunctionWords.prepositions.contains(word)
    case .subjectPronoun: FunctionWords.subjectPronouns[word] != nil
    }
  }

  private func modalSense(of word: String) -> FunctionWords.ModalSense? {
    guard let modal = FunctionWords.auxiliary(word), modal.kind == .modal else { return nil }
    return FunctionWords.modalSenses[modal.positive]
  }
}
