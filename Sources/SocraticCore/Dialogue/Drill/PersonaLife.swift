/// The plain facts of the persona's own life, made up once and the same all drill long: what it
/// does for work, what it did before, its family, its age. Asked one ("what do
/// you do for a living?", "how many kids have you got?"), it answers plainly,
/// as anyone would: a fact of its life is never a gap that shakes it, nor "nothing special".
enum PersonaLife {
  /// One fact of its life and the ways a question asks it.
  struct Fact: Sendable {
    /// How a question asks it, in lowercase words.
    let cues: [PhrasePattern]
    /// The fact, said plainly as an answer to an open question.
    let answer: String
    /// The words of what it is about, as lemmas: a line of the persona's own life that uses one
    /// ("my son lives abroad") tells the fact instead.
    let about: Set<String>

    init(cues: [String], answer: String, about: Set<String>) {
      self.cues = cues.map(PhrasePattern.init)
      self.answer = answer
      self.about = about
    }
  }

  /// Its facts, in the order they are read: what it did before, before what it does now.
  static let facts = [
    Fact(
      cues: [
        "(where|what) did (you|u) (work|do) before",
        "what did (you|u) do (for a living|for work|for your job)",
        "what (was|were) (your|ur) (last|old|previous|first) (job|jobs|work|line of work)",
        "(where|what) did (you|u) (use to|used to) (work|do)",
        "before (you|u) retired",
      ],
      answer: "Payroll at the council, for most of my working life; before that, a few years "
        + "driving a delivery van.", about: ["job", "work", "career", "retire"]),
    Fact(
      cues: [
        "what (do|does) (you|u) do (for a living|for work|for your job)",
        "what ('s|is) (your|ur) (job|line of work|work)",
        "where (do|does) (you|u) work", "(what|which) (kind|sort|line) of (work|job) do (you|u)",
        "(are|r) (you|u) (employed|retired|unemployed)",
        "(have|got) (you|u)? (got|have)? (a|any) job",
      ],
      answer: "I work in payroll at the council; nothing to do with this, really.",
      about: ["job", "work", "career", "retire"]),
    Fact(
      cues: [
        "how many (grandkids|grandchildren|grandchild|grandsons|granddaughters)",
        "(got|have|any) (grandkids|grandchildren)",
      ],
      answer: "One, a granddaughter; she's four.",
      about: ["grandchild", "grandkid", "granddaughter", "grandson"]),
    Fact(
      cues: [
        "how many (kids|children|sons|daughters|boys|girls) (have|do|'ve|did|you)",
        "(got|have|any) (kids|children)",
        "(are|r) (you|u) a (mum|mom|dad|parent|mother|father)",
      ],
      answer: "Two, both grown up and moved out now.", about: ["kid", "child", "son", "daughter"]),
    Fact(
      cues: [
        "how many (brothers|sisters|siblings)", "(got|have|any) (brothers|sisters|siblings)",
      ],
      answer: "A younger sister; we speak most weeks.", about: ["brother", "sister", "sibling"]),
    Fact(
      cues: [
        "(are|r) (you|u) married", "(got|have) (you|u)? (got|have)? a (partner|wife|husband)",
      ],
      answer: "Married, twenty-odd years now.", about: ["wife", "husband", "partner", "marry"]),
    Fact(
      cues: ["how old (are|r) (you|u)", "what ('s|is) (your|ur) age"],
      answer: "Fifty-four.", about: ["age", "old"]),
  ]

  /// The fact a question asks, when it asks one.
  static func fact(askedIn tokens: [Token]) -> Fact? {
    facts.first { fact in fact.cues.contains { PersonaQuestion.says($0, in: tokens) } }
  }

  /// The fact a question asks, said as its answer: "Yes — …" to a yes or no ("have you got
  /// kids?", "are you married?"), "As I said, …" asked again; nil when it asks none.
  /// - Parameter saidSentences: everything it has said (`PersonaVoice.key(of:)`).
  static func answer(to question: PersonaQuestion, saidSentences: Set<String>) -> String? {
    guard [.open, .closed].contains(question.form), let fact = fact(askedIn: question.tokens)
    else { return nil }
    // Said once, plainly or after a yes, it is said again as said.
    let key = PersonaVoice.key(of: fact.answer)
    if saidSentences.contains(where: { $0.hasSuffix(key) }) {
      return "As I said, " + PersonaVoice.runOn(fact.answer)
    }
    let opening = question.words.first?.lowercased ?? ""
    let isYesNo = question.form == .closed && !PersonaQuestion.questionWords.contains(opening)
    return isYesNo ? "Yes \u{2014} " + PersonaVoice.runOn(fact.answer) : fact.answer
  }
}
