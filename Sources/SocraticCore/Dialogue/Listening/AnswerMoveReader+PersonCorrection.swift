/// A "no" that names the person meant ("no my cousin, its his girl that went there not him")
/// puts right who the last reflection was about: the miss is owned, and what follows is given
/// back with the person named ("your cousin's girl"), never as a new point of theirs.
extension AnswerMoveReader {
  /// The person a sentence's opening "no" names instead, and the words after; nil when the
  /// sentence opens on no such correction.
  static func correctedPerson(in sentence: [Token]) -> (person: [Token], rest: [Token])? {
    guard let first = sentence.first?.lowercased, AnswerCues.personCorrections.contains(first)
    else { return nil }
    let start = sentence.dropFirst().firstIndex { $0.text != "," } ?? sentence.count
    guard start < sentence.count,
      FunctionWords.possessives.contains(sentence[start].lowercased),
      let end = sentence[start...].prefix(personWordLimit + 1).firstIndex(where: {
        $0.kind == .punctuation
      })
    else { return nil }
    let person = Array(sentence[start..<end])
    let rest = Array(sentence[(end + 1)...].drop { !$0.isWord })
    // "my neighbour": a noun after "no my" names who was meant; "no my bad" names no one.
    let head = person.last(where: \.isWord)?.lowercased ?? ""
    guard ClauseRole.namesPerson(person) || !Lexicon.classes(of: head).contains(.adjective),
      rest.count(where: \.isWord) >= minimumRestWords
    else { return nil }
    return (person, rest)
  }

  /// The sentence from a subject stressed in capitals after its opening "no" ("no HE bought
  /// them, the app just let him"), the stress taken off: who did it, put right; nil when the
  /// sentence opens on no such correction.
  static func stressedSubject(in sentence: [Token]) -> [Token]? {
    guard let first = sentence.first?.lowercased, AnswerCues.personCorrections.contains(first)
    else { return nil }
    let start = sentence.dropFirst().firstIndex { $0.text != "," } ?? sentence.count
    guard start < sentence.count, AnswerCues.stressableSubjects.contains(sentence[start].text),
      sentence[start...].count(where: \.isWord) >= minimumRestWords
    else { return nil }
    var rest = Array(sentence[start...])
    rest[0] = rest[0].replacingText(with: rest[0].lowercased)
    return rest
  }

  /// The most words a person named after "no" has: "my sister in law".
  private static let personWordLimit = 4

  /// The fewest words after the person for them to say something of their own.
  private static let minimumRestWords = 3

  /// A part with the first "his" or "her" that opens its subject or follows "it's", "that's"
  /// given as the person set up before: "it's his lad that went" → "it's my cousin's lad that
  /// went"; the part unchanged when none does.
  static func namingOwner(_ setUp: [Token], in tokens: [Token]) -> [Token]? {
    let opening = tokens.prefix { ownerLeads.contains($0.lowercased) }.count
    guard opening < tokens.count - 1, ["his", "her"].contains(tokens[opening].lowercased),
      Lexicon.classes(of: tokens[opening + 1].lowercased).contains(.noun),
      let last = setUp.last
    else { return nil }
    var owner = setUp
    owner[0].hasSpaceBefore = tokens[opening].hasSpaceBefore
    owner[owner.count - 1] = last.replacingText(with: last.text + "'s")
    return Array(tokens[..<opening]) + owner + Array(tokens[(opening + 1)...])
  }

  /// Words before an owner that point at it: "it's his lad", "that's her boy".
  private static let ownerLeads: Set<String> = ["it", "'s", "its", "is", "was", "that", "thats"]
}
