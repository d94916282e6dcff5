extension Negator {
  // MARK: - A preference between two courses

  /// The opposite of a preference between two courses of action is the other preference: "we
  /// should buy a house rather than keep renting" → "we should keep renting rather than buy a
  /// house", "you would rather rent than buy" → "you would rather buy than rent". Nil unless
  /// the clause's verb is a positive modal and both sides open with a verb's base form.
  static func contradictionOfPreference(_ clause: Clause) -> Clause? {
    guard case .modal = clause.verb, !clause.isNegated,
      let swapped = swappedPreference(in: clause.rest)
    else { return nil }
    var result = clause
    result.rest = swapped
    return result
  }

  /// How a preference is written after the modal: "X rather than Y", "rather X than Y".
  private static let preferenceForms: [(opener: [String], joint: [String])] = [
    ([], ["rather", "than"]),
    (["rather"], ["than"]),
    (["sooner"], ["than"]),
  ]

  /// The rest with its two courses the other way round, or nil.
  private static func swappedPreference(in rest: [Token]) -> [Token]? {
    var words = rest
    var closing: [Token] = []
    while let last = words.last, last.kind == .punctuation {
      closing.insert(words.removeLast(), at: 0)
    }
    let lowered = words.map(\.lowercased)
    for form in preferenceForms where lowered.starts(with: form.opener) {
      let start = form.opener.count
      guard let joint = firstIndex(of: form.joint, in: lowered, from: start + 1) else {
        continue
      }
      let first = Array(words[start..<joint])
      let second = Array(words[(joint + form.joint.count)...])
      guard isCourse(first), isCourse(second) else { continue }
      var swapped = Array(words[..<start]) + spaced(second)
      swapped += Array(words[joint..<(joint + form.joint.count)]) + spaced(first)
      swapped[0].hasSpaceBefore = words[0].hasSpaceBefore
      return swapped + closing
    }
    return nil
  }

  /// Whether the words are a course of action: they open with a verb's base form and hold no
  /// clause of their own or second comparison.
  private static func isCourse(_ words: [Token]) -> Bool {
    guard let verb = words.first, verb.isWord, Lexicon.isVerb(verb.lowercased),
      FunctionWords.auxiliary(verb.lowercased) == nil
    else { return false }
    return !words.contains {
      $0.text == "," || $0.text == ";" || preferenceJointWords.contains($0.lowercased)
    }
  }

  /// Words that would make a second comparison inside one side.
  private static let preferenceJointWords: Set<String> = ["rather", "than", "instead"]

  /// The words with a space before the first.
  private static func spaced(_ words: [Token]) -> [Token] {
    var result = words
    result[0].hasSpaceBefore = true
    return result
  }

  /// Where a run of words first starts at or after an index.
  private static func firstIndex(of run: [String], in words: [String], from start: Int) -> Int? {
    guard start + run.count <= words.count else { return nil }
    return (start...(words.count - run.count)).first {
      Array(words[$0..<($0 + run.count)]) == run
    }
  }
}
