// A yes/no check on how someone else is getting on, asked as the open check it stands for.
extension QuestionRewriter {
  /// "Did dad get on ok with the new glasses?" → "How did dad get on with the new glasses?";
  /// "Is your nan alright?" → "How is your nan doing?"; "Is everyone ok with chips?" → "How does
  /// everyone feel about chips?". Nil when the question is no such check, or its subject is the
  /// person or no one ("Is that ok?").
  /// - Parameter positive: the question without negation, from its auxiliary on.
  static func gettingOn(_ positive: [Token]) -> [Token]? {
    let words = positive.map(\.lowercased)
    guard words.count > 2, let tense = gettingOnTenses[words[0]] else { return nil }
    if let verb = words.indices.dropFirst(2).first(where: {
      gettingOnVerbs.contains(words[$0]) && words.indices.contains($0 + 1) && words[$0 + 1] == "on"
    }) {
      guard let subject = checkedSubject(positive[1..<verb]) else { return nil }
      let after = Array(positive[(verb + 2)...])
      return phrase("How \(words[0])") + subject + positive[verb...(verb + 1)]
        + withoutWellbeing(after)
    }
    guard tense.isBe,
      let state = words.indices.dropFirst(2).first(where: { index in
        CheckInRules.wellbeing.contains { words[index...].starts(with: $0) }
      }),
      let subject = checkedSubject(positive[1..<state])
    else { return nil }
    let length = CheckInRules.wellbeing.first { words[state...].starts(with: $0) }?.count ?? 1
    let rest = Array(positive[(state + length)...]).filter { $0.kind != .punctuation }
    if rest.isEmpty {
      return phrase("How \(words[0])") + subject + (tense.isPast ? [] : phrase("doing"))
    }
    guard ["with", "about"].contains(rest[0].lowercased), rest.count > 1 else { return nil }
    let doing = tense.isPast ? "did" : words[0] == "are" ? "do" : "does"
    return phrase("How \(doing)") + subject + phrase("feel about") + rest.dropFirst()
  }

  /// The subject between the auxiliary and the check, when it names someone other than the
  /// person: "dad", "your nan", "everyone".
  private static func checkedSubject(_ subject: ArraySlice<Token>) -> [Token]? {
    let words = subject.map(\.lowercased)
    guard !words.isEmpty, words.count <= 4, !words.contains(where: notSomeone.contains),
      !words.contains(where: verdictAdverbs.contains), !namesAnAct(Array(subject)),
      isNounPhrase(Array(subject))
    else { return nil }
    return Array(subject)
  }

  /// The words after "get on" without the yes/no's own "ok": "ok with the glasses" → "with the
  /// glasses".
  private static func withoutWellbeing(_ words: [Token]) -> [Token] {
    let lowered = words.map(\.lowercased)
    guard let state = CheckInRules.wellbeing.first(where: { lowered.starts(with: $0) }) else {
      return words
    }
    return Array(words.dropFirst(state.count))
  }

  /// The auxiliaries a check opens with: whether they are "be", and whether past.
  private static let gettingOnTenses: [String: (isBe: Bool, isPast: Bool)] = [
    "is": (true, false), "are": (true, false), "was": (true, true), "were": (true, true),
    "did": (false, true), "does": (false, false), "do": (false, false),
  ]

  /// Forms of "get" that make "get on", how someone copes.
  private static let gettingOnVerbs: Set<String> = ["get", "getting", "got", "gets"]

  /// Subjects that are no one else: the person, the asker, or a thing pointed at.
  private static let notSomeone: Set<String> = [
    "you", "u", "i", "me", "we", "it", "that", "this", "there", "everything", "things", "all",
  ]
}
