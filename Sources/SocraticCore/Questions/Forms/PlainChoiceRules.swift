/// Either-or questions that ask a plain fact of the person's own: "Do you support Arsenal or
/// Spurs?", "Is it vegan or keto that you're doing now?", "Are you driving or taking the
/// train?". They are closed, and fine as they are: the answer is a fact the asker needs, not a
/// view squeezed into two boxes. A choice between views ("Do you think AI is a tool or a
/// threat?"), judgements ("Are you happy or sad?"), what stirs their feelings ("Is it the
/// noise that bugs you, or the mess?"), preferences ("Do you prefer …") or sides
/// ("Are you with the landlords or the tenants?"), or about anything but the person ("Is
/// Bitcoin a currency or an asset?") keeps its fault.
enum PlainChoiceRules {
  /// Whether an either-or question asks a plain fact of the person's own.
  static func isPlainChoice(_ reading: QuestionReading) -> Bool {
    if isPlanChoice(reading) || isNumberChoice(reading) || isTimeChoice(reading)
      || isAnswerChoice(reading)
    {
      return true
    }
    guard case .auxiliary(let index) = reading.opener,
      factAuxiliaries.contains(reading.words[index])
    else { return false }
    let words = reading.coreWords
    guard words.contains(where: secondPerson.contains),
      !words.contains(where: {
        CritiqueVocabulary.opinionVerbs[$0] != nil || hedged.contains($0) || stirring.contains($0)
      }),
      let or = words.firstIndex(of: "or"),
      !zip(words, words.dropFirst()).contains(where: { $0 == "you" && sides.contains($1) })
    else { return false }
    let option = words[(or + 1)...].prefix { !optionEnds.contains($0) }
    return !option.isEmpty && option.count <= optionLength
      && !option.contains(where: stances.contains)
      && !option.allSatisfy(nonOptions.contains)
      && !option.contains { Lexicon.classes(of: $0).contains(.adjective) && !isNoun($0) }
  }

  /// Whether a who-question shares out a job between people named by pronouns ("who's
  /// collecting her, me or you?", "who'll ring the vet, you or him?"): whose turn it is, a
  /// plan to settle, not a view squeezed into two boxes. The job is an act with its task after
  /// it; "who's right, me or you?", "who's being unreasonable, me or him?" and "who's lying,
  /// you or her?" ask for a verdict and keep their fault.
  static func isTurnChoice(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = Array(reading.words[index..<reading.core.upperBound])
    guard let first = words.first, turnAskers.contains(first), let comma = words.lastIndex(of: ",")
    else { return false }
    let options = words[(comma + 1)...].filter { $0 != "or" && $0 != "?" }
    let task = words[1..<comma].drop {
      FunctionWords.auxiliary($0) != nil || turnLeadIns.contains($0)
    }
    guard let act = task.first, task.count > 1,
      act.hasSuffix("ing") || Lexicon.classes(of: act).contains(.verb)
    else { return false }
    return !options.isEmpty && options.allSatisfy(turnTakers.contains)
      && !task.contains(where: verdicts.contains)
  }

  /// Who a job can fall to, as a turn is offered: "me or you", "us or them".
  private static let turnTakers: Set<String> = FunctionWords.objectPronouns.union([
    "you", "i", "we", "he", "she", "they", "her",
  ]).subtracting(["whom"])

  /// Question words that share out a turn: "who's collecting her, …".
  private static let turnAskers: Set<String> = ["who"]

  /// Words between "who" and the act that say when it is done: "who's going to take …".
  private static let turnLeadIns: Set<String> = ["going", "gon", "na", "gonna", "to"]

  /// Words that make the task a verdict on someone, not a job: "being", "lying", "right".
  private static let verdicts: Set<String> = [
    "be", "being", "been", "lying", "cheating", "winning", "losing", "right", "wrong", "fault",
    "blame", "truth", "overreacting", "better", "worse",
  ]

  /// Whether an either-or question offers two numbers ("Is that a 2p or a 5p?", "Was it the
  /// 9:15 or the 9:45?", "is it four or five of them?"): a count, a time or a label is checked,
  /// never a view squeezed into two boxes.
  static func isNumberChoice(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard let or = words.firstIndex(of: "or") else { return false }
    let before = words[..<or].reversed().prefix { !optionEnds.contains($0) }
    let after = words[(or + 1)...].prefix { !optionEnds.contains($0) && $0 != "?" }
    return before.prefix(2).contains(where: isNumber) && after.prefix(2).contains(where: isNumber)
  }

  /// Whether an either-or question offers two times for something to be on ("is the party on
  /// friday or saturday?", "are you back tonight or tomorrow?"): when it is, which the asker
  /// needs to know, not a view squeezed into two boxes; "do you think …", "do you prefer …"
  /// and "is friday or saturday better …" still ask a view.
  static func isTimeChoice(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard let or = words.firstIndex(of: "or"), or > 0, or + 1 < words.count,
      !words.contains(where: { CritiqueVocabulary.opinionVerbs[$0] != nil || hedged.contains($0) })
    else { return false }
    return choiceTimes.contains(words[or - 1]) && choiceTimes.contains(words[or + 1])
  }

  /// Words that name when something is on, as either option of a choice: "friday or sat",
  /// "this weekend or next".
  private static let choiceTimes = QuestionReading.arrangementTimes.union(PlainFactRules.planTimes)
    .union(TimeWords.weekdayShortenings)

  /// Whether an either-or question asks which answer they gave ("is that a yes or a no lol",
  /// "was that a no?"): what they meant is checked, never a view squeezed into two boxes.
  static func isAnswerChoice(_ reading: QuestionReading) -> Bool {
    let words = reading.coreWords.filter { !["a", "an", "?"].contains($0) }
    guard let or = words.firstIndex(of: "or"), or >= 3, or + 1 < words.count,
      answerCheckOpenings.contains(Array(words[(or - 3)..<(or - 1)]))
    else { return false }
    return answerWords.contains(words[or - 1]) && answerWords.contains(words[or + 1])
  }

  /// How a check of which answer they gave opens: "is that", "was that".
  private static let answerCheckOpenings: Set<[String]> = [["is", "that"], ["was", "that"]]

  /// The answers a check of what they meant offers.
  private static let answerWords: Set<String> = ["yes", "no", "yeah", "nah", "maybe"]

  private static func isNumber(_ word: String) -> Bool {
    word.first?.isNumber == true || Quantifiers.numberWords.contains(word)
  }

  /// Whether an either-or question offers a friendly choice of plans ("Shall we eat out or
  /// stay in tonight?", "Do you want a big do or something small for your birthday?"): both
  /// options put evenly, neither made light of ("or just …") nor a stance.
  static func isPlanChoice(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard planOpenings.contains(where: { words.starts(with: $0) }),
      let or = words.firstIndex(of: "or"), or + 1 < words.count,
      !belittled.contains(words[or + 1]),
      !words.contains(where: { stances.contains($0) || judgingVerbs.contains($0) })
    else { return false }
    let option = words[(or + 1)...].prefix { $0 != "," && $0 != "?" }
    return !option.allSatisfy(nonOptions.contains) && option.count <= planOptionLength
  }

  /// Openings that put a plan to the person: "shall we", "do you want", "would you like".
  private static let planOpenings: [[String]] = [
    ["shall", "we"], ["do", "we", "want"], ["do", "you", "want"],
    ["would", "you", "like"], ["do", "you", "fancy"], ["would", "you", "rather"],
    ["are", "we", "going"], ["are", "we", "doing"],
  ]

  /// Verbs that judge an option while offering it: "or waste it all on takeaways".
  private static let judgingVerbs: Set<String> = [
    "waste", "wasting", "squander", "squandering", "blow", "blowing", "fritter", "frittering",
  ]

  /// Words after "or" that make light of the second option: "or just …", "or only …".
  private static let belittled: Set<String> = ["just", "only", "merely", "simply", "even"]

  /// The most words the second option of a plan has: "something small at home for your
  /// birthday".
  private static let planOptionLength = 9

  private static func isNoun(_ word: String) -> Bool {
    Lexicon.classes(of: word).contains(.noun)
  }

  /// Auxiliaries that ask what is or was so, not what would or should be.
  private static let factAuxiliaries: Set<String> = [
    "do", "does", "did", "are", "is", "was", "were", "have", "has", "'re",
  ]

  private static let secondPerson: Set<String> = ["you", "your", "you're", "yours"]

  /// Words that make the choice a judgement or a preference rather than a fact: "more",
  /// "better", "prefer".
  private static let hedged: Set<String> = [
    "more", "less", "better", "worse", "rather", "prefer", "prefers", "preferred",
  ]

  /// Verbs of what stirs a feeling in them: "Is it the noise that bugs you, or the mess?" asks
  /// what they feel, in two boxes, not a plain fact.
  private static let stirring: Set<String> = [
    "worries", "worried", "bothers", "bothered", "bugs", "bugged", "scares", "scared",
    "upsets", "upset", "annoys", "annoyed", "stresses", "stressed", "frightens", "frightened",
    "gets", "irritates", "irritated", "bothering", "worrying", "bugging", "scaring",
    "upsetting", "annoying", "stressing", "frightening", "irritating",
  ]

  /// Words after "you" that make the choice one of sides: "Are you with the landlords or …".
  private static let sides: Set<String> = ["with", "for", "against", "behind", "on"]

  /// Options that take a side: "for or against", "pro or anti".
  private static let stances: Set<String> = ["not", "against", "anti", "no", "con", "pro"]

  /// Second options that name no option, so the question is no choice at all: "… or what?",
  /// "… or something?".
  static let nonOptions: Set<String> = ["what", "something", "whatever", "nothing", "nah"]

  /// Words that end the second option: "… or keto that you're doing now".
  private static let optionEnds: Set<String> = ["that", "you", "which", "these", "now", ","]

  /// The most words the second option has: a name or a short noun phrase.
  private static let optionLength = 3
}
