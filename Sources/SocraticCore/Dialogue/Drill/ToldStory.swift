/// Someone of the asker's life, close or a neighbour, told of in their line: "my mum got done
/// by one of those fake parcel texts, what would …", "our lad waited months on a hearing",
/// "fair enough, but my sister's went up". A person hearing it says a word about it before
/// answering, so the persona does, and answers the question after it; told with no question, it
/// is weighed as the one case it is, or a hardship met with sympathy alone.
struct ToldStory: Sendable, Equatable {
  /// The word the asker calls them by, in lowercase: "mum".
  let person: String
  /// Whether what is told is a hardship ("got done by", "waited"): the persona is sorry for it.
  let isHard: Bool
  /// The question asked after the story, as typed ("what would make u trust people less"); nil
  /// when none follows it in the line.
  let question: String?

  /// The story a line opens with, if it tells one: "my" or "our", someone they know, and at least
  /// two words of what happened. Nil for someone named inside a question ("what would my mum
  /// say?", "do you think my dad was wrong?") or after a reflection.
  init?(_ text: String) {
    let tokens = Tokenizer.tokenize(text)
    let lower = tokens.map(\.lowercased)
    let marks: Set<String> = [",", ".", "!", "?", ";", ":"]
    guard
      let at = lower.indices.dropLast().first(where: { index in
        ["my", "our"].contains(lower[index]) && Self.isKnown(lower[index + 1])
      })
    else { return nil }
    // The story opens the line, after chat at most: "so you mean …, my grandad kept pigeons"
    // gives back what it heard, with an aside.
    let before = Array(tokens[..<at])
    guard before.filter(\.isWord).allSatisfy({ Self.leadIns.contains($0.lowercased) }),
      Self.turnsFromGrant(before)
    else { return nil }
    let end = tokens[(at + 2)...].firstIndex { marks.contains($0.text) } ?? tokens.endIndex
    let told = tokens[(at + 2)..<end].filter(\.isWord).map(\.lowercased)
    guard told.count >= 2 else { return nil }
    person = lower[at + 1]
    // A neighbour's case is weighed like anyone's; a hardship is consoled only for someone
    // close ("my nan"), never for someone the asker only lives beside.
    isHard = Self.hardship.matches(lowercased: told) && KinWords.isClose(person)
    let rest = end < tokens.endIndex ? Array(tokens[(end + 1)...]) : []
    question = Self.asked(in: rest)
  }

  /// The sentence that asks in what follows a story, which may go on past its first mark ("…,
  /// he wouldn't stop talking about it. what do kids take from a visit"): the last that asks,
  /// else the last. An aside asked on the way ("…, who does that? anyway how would …") is no
  /// question put to the persona: what the line goes on to ask is. Nil when no words follow.
  private static func asked(in rest: [Token]) -> String? {
    let worded = LeadingSentences.sentences(of: rest).filter { $0.contains(where: \.isWord) }
    return (worded.last(where: asks) ?? worded.last)?.joinedText
  }

  /// Whether a sentence asks: it ends with a question mark, or has a clause that asks ("anyway
  /// how would it help").
  private static func asks(_ sentence: [Token]) -> Bool {
    sentence.last.map { !$0.isWord && $0.text.contains("?") } == true
      || DrillDialogue.askingClause(of: sentence.joinedText) != nil
  }

  /// The word the persona says about it before its answer.
  var acknowledgement: String {
    isHard ? "That sounds hard for your \(person)." : "Thanks for telling me about your \(person)."
  }

  /// Whether a word names someone of the asker's life, close or only near: "my mum", "my
  /// neighbour", "our lad".
  static func isKnown(_ word: String) -> Bool {
    KinWords.isKin(word) || KinWords.isKnown(word)
  }

  /// Words that may come before a story in its line: chat, "see", "cos", and a point granted
  /// first ("fair enough, but my sister's …", "yeah true. my mum's …").
  private static let leadIns: Set<String> = ChatWords.lead.union(["see", "cos", "because"])
    .union(BeliefMap.grantingWords).union(ContrastReader.turningWords)

  /// Whether the words before a story turn from any point they grant, by a word of turning
  /// ("fair enough, but my sister's …") or a sentence's end ("yeah true. my gran …"): a story
  /// told in the grant itself half agrees ("maybe my dad was right all along").
  private static func turnsFromGrant(_ before: [Token]) -> Bool {
    guard
      let grant = before.lastIndex(where: {
        BeliefMap.grantingWords.contains($0.lowercased) && !ChatWords.lead.contains($0.lowercased)
      })
    else { return true }
    return before[(grant + 1)...].contains {
      ContrastReader.turningWords.contains($0.lowercased) || sentenceEnds.contains($0.text)
    }
  }

  /// Marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?", ";"]

  /// Phrases that tell of a hardship: a loss, a long wait, a wrong done to someone ("got done
  /// by", "lost his job", "passed away"). Words alone would mishear good news: "passed her
  /// test", "done the maths".
  private static let hardship = PartnerCueMatcher(
    [
      "(got|been|was|were|get) (done|scammed|conned|robbed|cheated|ripped off|burgled|mugged|attacked|bullied|evicted)",
      "(scammed|conned|robbed|burgled|mugged|evicted|bullied|attacked|injured|died)",
      "lost (his|her|their|my|our|the|a) _",
      "(passed away|passed on)",
      "(is|was|got|fell|went|been) (ill|sick|poorly)",
      "(waited|waiting|been waiting) (for)? (months|years|weeks|ages|a year|a month|_ months|_ years|_ weeks|_ month|_ year)",
      "(went|goes|gone|go) quiet",
      "(in|into) debt",
      "(struggling|struggled|stuck) (with|on|for|in)",
      "(lost|losing) (it all|everything|their savings|his savings|her savings)",
    ] + AnswerCues.jobLost)
}
