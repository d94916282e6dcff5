/// A line that opens by owning how the learner's last line came across, then asks something
/// ("ok sorry. how would a nurse see it?", "my bad, that was harsh. what makes you sure?"): a
/// repair. The persona takes it in good part before it answers; the coach credits the repair
/// and coaches the question after it. "Sorry, what do you mean?" is a polite way into a
/// question, and "sorry to hear that" sympathy, no repair: a bare "sorry" is one only with
/// nothing but chat after it in its sentence.
struct LearnerApology: Sendable, Equatable {
  /// The line from its first sentence past the apology: what it asks.
  var rest: String

  /// Reads a line; nil when it opens with no apology, or has nothing after it.
  init?(_ line: String) {
    let tokens = Tokenizer.tokenize(line)
    let (apologised, start) = Self.pastApology(tokens)
    guard apologised, let rest = LeadingSentences.rest(of: tokens, from: start) else {
      return nil
    }
    self.rest = rest
  }

  /// Whether a line is an apology and nothing else ("ok fair i pushed", "i went a bit hard
  /// there, sorry"): a repair with no question after it.
  static func isWhole(_ line: String) -> Bool {
    let tokens = Tokenizer.tokenize(line)
    let (apologised, start) = pastApology(tokens)
    return apologised && start == tokens.endIndex
  }

  /// Whether the line's opening sentences hold an apology among chat, and where the first
  /// sentence that is neither starts (its end when there is none).
  private static func pastApology(_ tokens: [Token]) -> (apologised: Bool, start: Int) {
    var apologised = false
    let start = LeadingSentences.end(of: tokens, chat: chat) { sentence in
      guard apologises(sentence) else { return false }
      apologised = true
      return true
    }
    return (apologised, start)
  }

  /// Whether a sentence is an apology, after chat if any: a bare "sorry" with only chat after
  /// it, or one of `toneCues` with nothing after it that asks ("sorry, what do you mean" asks).
  private static func apologises(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    guard let start = words.firstIndex(where: { !chat.contains($0.lowercased) }) else {
      return false
    }
    let word = words[start].lowercased
    func after(_ end: Int) -> ArraySlice<String> {
      words[end...].map(\.lowercased).drop(while: chat.contains)
    }
    func matches(_ cues: [PhrasePattern], where fits: (ArraySlice<String>) -> Bool) -> Bool {
      cues.contains { cue in
        cue.mayStart(with: word)
          && cue.matchEnds(in: words, from: start).contains { fits(after($0)) }
      }
    }
    return matches(bareCues) { $0.isEmpty }
      || matches(toneCues) { $0.first.map(asking.contains) != true }
  }

  /// A "sorry" that says no more: an apology only with nothing but chat after it, as "sorry
  /// to hear that" is sympathy and "sorry, I don't follow" the way into a question.
  private static let bareCues: [PhrasePattern] = [
    PhrasePattern("(so|really)? (sorry|soz|sry|apologies)"),
    PhrasePattern("(i 'm|im|i am) (so|really)? sorry"),
  ]

  /// What owns how a line came across, whatever follows: an apology for its tone
  /// (`AnswerCues.toneApologies`: "sorry if that came out harsh", "sorry for the rant"), "my
  /// bad", "my apologies", "i apologise", "that came out wrong", "i didn't mean it like that",
  /// "that was a loaded question", or having pressed too hard: "i pushed", "i went a bit hard
  /// there", "i was too blunt".
  private static let toneCues: [PhrasePattern] =
    AnswerCues.toneApologies.map(PhrasePattern.init) + [
      PhrasePattern("my (bad|mistake|apologies)"),
      PhrasePattern("(that|it) (was|'s) a (bad|silly|dumb|stupid|rude|loaded|unfair) question"),
      PhrasePattern("i (apologise|apologize)"),
      PhrasePattern("(that|it) (came out|sounded) (wrong|badly|harsh|rude|preachy)"),
      // Owning a line that put words in their mouth: "sorry, didn't mean to put words in your
      // mouth".
      PhrasePattern(
        "(sorry|soz|sry)? (i)? (did n't|didn't|didnt|did not) mean (it|that) (like that|that way|how it sounded)"
      ),
      PhrasePattern(
        "(sorry|soz|sry)? (i)? (did n't|didn't|didnt|did not) mean to (put words in your mouth|push (you)?|lead you|twist (your words|it|that)|assume|presume|sound (so|that)? (pushy|harsh|rude|preachy))"
      ),
      // Owning a push ends its sentence, bar a word of chat: "i pushed him into football"
      // tells of a life.
      PhrasePattern(
        "(i|i 've|ive) (pushed|pressed) (it|you)? (a bit|a little|too hard|too much|hard)? (there|then|sorry|mate|lol|tbh)* !_"
      ),
      PhrasePattern(
        "(i|i 've|ive) (went|gone|came|come) (in|on)? (a bit|a little|too|way|so|pretty)? (hard|strong|far|too far|over the top|in hard) (there|then|sorry|mate|lol|tbh)* !_"
      ),
      PhrasePattern(
        "(i|i 'm|im|i was|i am|i 've been|ive been) (a bit|a little|too|being|being a bit)? (harsh|rude|pushy|blunt|preachy|hard on you|snappy) (there|then|sorry|mate|lol|tbh)* !_"
      ),
    ]

  /// Words after an apology that make its sentence a question: a question word or an
  /// auxiliary that opens one ("my bad, do you mean …").
  private static let asking: Set<String> = PersonaQuestion.questionWords.union([
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
    "have", "has",
  ])

  /// Words that say nothing of their own around an apology: "ok", "lol", "mate".
  private static let chat: Set<String> = ChatWords.lead.union(["fair", "enough"])
}

extension LearnerApology {
  /// How the persona takes an apology, a fresh one each time: in good part, before it answers.
  static let accepted = ["No offence taken.", "That's all right.", "No harm done."]

  /// The persona's word on the apology: the first of `accepted` not said yet, else the last.
  /// - Parameter saidSentences: the sentences said so far (`PersonaVoice.sentenceKeys(of:)`).
  static func acceptance(saidSentences: Set<String>) -> String {
    accepted.first { !saidSentences.contains(PersonaVoice.key(of: $0)) } ?? accepted[2]
  }

  /// What the persona says after taking an apology with no question after it.
  static let invitation = "Ask me what you were going to."

  /// What the coach says of an apology with no question after it.
  static let wholeNote =
    "A repair: it owns how your last line came across, and the persona's guard comes down. It "
    + "uses up this turn and counts as neither a question nor a reflection; ask next what you "
    + "wanted to know."

  /// What the coach says of a question after an apology for the line before it.
  static let note =
    "It opens by owning how your last line came across: a fair repair, and the persona's guard "
    + "comes down. The question after it is what is coached and counted."
}
