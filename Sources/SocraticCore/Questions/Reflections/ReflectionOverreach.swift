/// What a reflection claims beyond what the other person said, judged against their last
/// turn: the overreach that makes a reflection put words in their mouth, as against the
/// feeling, value or meaning a complex reflection adds by design.
///
/// - A new condition: an "if" or "unless" clause when their turn set none ("So if someone
///   worked hard and still failed, you'd think again"): a guess of the speaker's own, put as
///   theirs.
/// - A new claim: three or more words of its own, beyond its frame, feelings and values, and
///   none of them theirs; or a clause that names a thing of its own that they never spoke of.
/// - An overstatement: a word that makes their view stronger than they put it ("only",
///   "never") which their turn did not have in any form (`NearWords`); "mostly" ranks what
///   they said first and leaves room for the rest, it overstates nothing.
/// - A dismissal: a "not" put before a thing they named and did not deny ("it's not really the
///   money" after they named the money).
/// - Mind-reading: a claim to know what they hide or will not own ("more than you're letting
///   on", "deep down you"), which no words of theirs can back (`mindReading(in:)`).
///
/// A faithful paraphrase shares words with their turn ("So the people you know shaped this"
/// after "the successful people I know all worked hard"), or keeps the comparison that shapes
/// their view, and passes.
public enum ReflectionOverreach: Equatable, Sendable {
  /// A condition they never set, with its words.
  case condition(String)
  /// A cause they never gave, with its words: "because she's after your job".
  case cause(String)
  /// A claim in words none of which are theirs.
  case claim
  /// A word that overstates their view, as written.
  case overstatement(String)
  /// What they named, set aside by the reflection ("it's not really the money"), as written.
  case dismissal(String)
  /// A claim to know what they keep back ("more than you're letting on"), as written.
  case mindReading(String)

  /// What the coach says of it.
  public var explanation: String {
    switch self {
    case .condition:
      "adds something they didn't say: a condition of your own, put as theirs; ask what it would"
        + " mean to them instead"
    case .cause(let words):
      "'\(words)' gives a reason of your own, put as theirs: give back what they said, and ask"
        + " what lies behind it"
    case .claim:
      "adds something they didn't say: give back their own words, or ask what they mean"
    case .overstatement(let word):
      "'\(word)' makes their view stronger than they put it: give it back as strong as they said"
        + " it"
    case .dismissal(let words):
      "'\(words)' sets aside what they named: give it back as theirs, then ask how it weighs"
        + " for them"
    case .mindReading(let words):
      "'\(words)' claims to know what they keep back: give back what they showed, and ask what"
        + " lies under it"
    }
  }

  /// The overreach of a reflection, or nil when it keeps to what they said.
  /// - Parameters:
  ///   - words: the reflection's words in lowercase, as the tokenizer splits them.
  ///   - heard: the words of what the other person said, in lowercase; may be everything they
  ///     have said so far.
  public static func of(_ words: [String], heard: [String]) -> ReflectionOverreach? {
    guard !heard.isEmpty else { return nil }
    if let claim = mindReading(in: words, heard: heard) { return .mindReading(claim) }
    let heardStems = Set(heard.map(stem))
    if let condition = newCondition(in: words, heard: heardStems) { return .condition(condition) }
    if let cause = newCause(in: words, heard: heardStems, heardWords: heard) {
      return .cause(cause)
    }
    if let dismissed = dismissal(in: words, heard: heard) { return .dismissal(dismissed) }
    if ReflectionReframe.setsAside(words) { return nil }  // "so it isn't about the money"
    // "terrified" after "a bit worried" turns their feeling up, as an amplified reflection does
    // only on purpose.
    if let raised = NearWords.raisedFeeling(in: words, heard: heard) {
      return .overstatement(raised)
    }
    // "always" after "every year" is their own sweep in another form (`NearWords`); "not
    // totally sure" weakens what it is put before, it overstates nothing.
    if let word = words.indices.first(where: { index in
      let word = words[index]
      return overstating.contains(word) && !heardStems.contains(word)
        && !NearWords.isHeard(word, in: heard)
        && !(index > 0 && weakeningNegators.contains(words[index - 1]))
    }).map({ words[$0] }) {
      return .overstatement(word)
    }
    // "worn out" after "sick of it": a feeling near theirs is no claim of the reflection's own,
    // and "left out" is a feeling, not a place.
    // "you feel ganged up on": the feeling named under their words is no claim either, nor
    // what they fear, hope or value ("part of you worries it follows you there").
    let feeling = NearWords.feelingPhrasePositions(in: words)
      .union(FeelingScope.positions(in: words)).union(MeaningScope.positions(in: words))
      .union(FeelingIdioms.positions(in: words))  // "it's breaking your heart a bit"
    // "you're worn out being his help desk, even though you do want him to manage": what a
    // clause tells of them, or of someone they named ("so he's finding them a nuisance"), is
    // their lot in other words, which a complex reflection gives by design.
    let told = positionsTellingTheirLot(in: words, heard: heard)
    // "so you're really angry at the landlord" after a word on the gutter alone: telling their
    // lot does not bring in someone they never named.
    if told.contains(where: { isNewPerson(words[$0], heard: heardStems) }) { return .claim }
    let unsaid = words.indices.filter { !feeling.contains($0) }.map { words[$0] }
      .filter { isClaimWord($0) && !NearWords.isHeard($0, in: heard) }.map(stem)
    let theirs = unsaid.filter(heardStems.contains)
    let own = words.indices.filter { !feeling.contains($0) && !told.contains($0) }
      .map { words[$0] }
      .filter { isClaimWord($0) && !NearWords.isHeard($0, in: heard) }.map(stem)
    // Their view in other words keeps its shape: "effort counts for more than a gift" of
    // "practice matters more than talent".
    let keepsTheirComparison = words.contains { comparing.contains($0) && heardStems.contains($0) }
    // "so it comes down to what the nurses think, more than the managers" weighs a side of
    // theirs against another: a reading for them to confirm, whatever words it weighs with; led
    // by "so", it reads their meaning back in words of its own ("so it's the commute more than
    // the job" of "the hour on the train each way is what gets me").
    if !theirs.isEmpty || ReflectionReframe.readsBack(words), ReflectionReframe.reframes(words),
      !ReflectionReframe.flips(words, heard: heard)
    {
      return nil
    }
    // "the evenings are the hardest bit" names what their story carries, in words of its own.
    if ReflectionCues.namesHardship(words) { return nil }
    // "the flat must feel dead quiet without her" guesses how their lot feels, as a complex
    // reflection does: its words are the feeling's, not a claim; so does "bit lonely?".
    if EmpathicGuess.guesses(words) || TentativeFeeling.guesses(words) { return nil }
    // "still too upsetting to clear his room" names the feeling their words carry, no more.
    if NamedFeeling.isNamed(in: words) { return nil }
    // "You're worried about who'll mind the cat" after "what happens to the cat if we go?": a
    // question about what will happen carries a worry, and the reflection names it.
    if asksWhatWillHappen(heard), words.contains(where: worries.contains) { return nil }
    if own.count >= newClaimWords && theirs.isEmpty && !keepsTheirComparison { return .claim }
    let unfelt = words.indices.map { feeling.contains($0) || told.contains($0) ? "" : words[$0] }
    return hasNewClause(unfelt, heard: heardStems) ? .claim : nil
  }

  /// Whether a clause of the reflection brings in others of its own: two or more words of
  /// content, a thing named among them, none of them theirs ("…, and your wife was furious
  /// about the holiday" after a word on the match alone). A feeling or a meaning added to their
  /// words, and what a clause tells of them, are left out before (blank words).
  private static func hasNewClause(_ words: [String], heard: Set<String>) -> Bool {
    words.split(whereSeparator: clauseBreaks.contains).contains { clause in
      let own = clause.filter(isClaimWord)
      return own.count >= newClauseWords && !own.contains { heard.contains(stem($0)) }
        && own.contains { Lexicon.classes(of: $0).contains(.noun) && !isVerbToo($0) }
    }
  }

  /// The positions of the clauses that tell the person's own lot or doing ("you'd rather take
  /// the car" of "I'll just drive") or that of someone they named, by a pronoun that stands for
  /// them ("so he's finding them a nuisance" after "his hearing aids whistle"): their story in
  /// other words. A clause that puts a view in their mouth ("you think the council lied") is
  /// no telling of their lot: its words still count.
  private static func positionsTellingTheirLot(in words: [String], heard: [String]) -> Set<Int> {
    var clauses: [[Int]] = [[]]
    for index in words.indices {
      if clauseBreaks.contains(words[index]) {
        clauses.append([])
      } else {
        clauses[clauses.count - 1].append(index)
      }
    }
    return Set(
      clauses.filter { clause in
        let said = clause.map { words[$0] }
        guard !holdsView(said) else { return false }
        let subject = said.first { $0.first?.isLetter == true && !clauseLeads.contains($0) }
        // "so people just leave them out all week": their person's doings in other words.
        if subject.map({ ThirdPersonReadBack.standsFor($0, heard: heard) }) == true {
          return true
        }
        return said.contains("you") && (tellsInnerLife(said) || keepsTheirWord(said, heard: heard))
      }.joined())
  }

  /// Whether a clause tells what someone feels, wants or lives through: a feeling, a value or
  /// a want ("worn out", "you do want him to manage", "finding them a nuisance"); "you're ready
  /// to take the council to court" tells an act of theirs they never spoke of.
  private static func tellsInnerLife(_ clause: [String]) -> Bool {
    clause.contains { word in
      ReflectionDepthRules.namesFeelingOrValue(word) || InnerLifeWords.words.contains(word)
    } || !NearWords.feelingPhrasePositions(in: clause).isEmpty
  }

  /// Whether a clause keeps a word of theirs.
  private static func keepsTheirWord(_ clause: [String], heard: [String]) -> Bool {
    let heardStems = Set(heard.filter(isClaimWord).map(stem))
    return clause.contains { isClaimWord($0) && heardStems.contains(stem($0)) }
  }

  /// Whether a clause puts a view in their mouth: a verb of opinion ("you think", "you reckon"),
  /// or "feel that" ("you feel that the tickets were overpriced"); "you feel" alone names a
  /// feeling.
  private static func holdsView(_ clause: [String]) -> Bool {
    clause.indices.contains { index in
      guard CritiqueVocabulary.opinionVerbs[clause[index]] != nil else { return false }
      return !FeelVerb.forms.contains(clause[index])
        || clause.dropFirst(index + 1).first == "that"
    }
  }

  /// Whether a word names a person by their part in someone's life ("landlord", "sister")
  /// whom they never named, nor spoke of as "he", "she" or "they".
  private static func isNewPerson(_ word: String, heard: Set<String>) -> Bool {
    (SubjectWords.roles.contains(word) || KinWords.pronoun(of: word) != nil)
      && !heard.contains(stem(word))
      && heard.isDisjoint(with: thirdPersons)
  }

  /// Words that speak of someone unnamed, whom a role or a kin word may name.
  private static let thirdPersons: Set<String> = [
    "he", "him", "his", "she", "her", "hers", "they", "them", "their",
  ]

  /// Words that may lead a clause before its subject: "even though she …", "then he …".
  private static let clauseLeads: Set<String> = ["even", "though", "although", "then", "yet"]

  /// Whether a word is a verb as well as a noun ("spoils", "works"): a thing named must be
  /// a noun alone.
  private static func isVerbToo(_ word: String) -> Bool {
    !Lexicon.verbReadings(of: word).isEmpty
  }

  /// Words that end one clause of a reflection and open the next.
  private static let clauseBreaks: Set<String> = [",", ";", ".", "and", "but", "because", "so"]

  /// At least this many words of its own make a clause new.
  private static let newClauseWords = 2

  /// Words that give a view its shape, a comparison: a reflection that keeps theirs gives back
  /// their view in words of its own.
  private static let comparing: Set<String> = [
    "more", "less", "fewer", "most", "least", "better", "worse", "than",
  ]

  /// The words of a condition the reflection sets and their turn did not, from its opener to
  /// the comma or the end: "someone worked hard and still struggled".
  /// A condition is theirs when they set one too and most of its content words are theirs.
  private static func newCondition(in words: [String], heard: Set<String>) -> String? {
    // "You're starting to wonder if it's worth it": an "if" after a verb of asking or knowing
    // opens what they wonder, not a condition; "even if it costs more" grants a cost and
    // keeps the view, it sets no condition under which they would think again.
    guard
      let opener = words.indices.first(where: { index in
        conditionOpeners.contains(words[index])
          && (index == 0
            || !IndirectQuestionVerbs.words.contains(words[index - 1])
              && !concessives.contains(words[index - 1]) && !opensFear(words, at: index))
      })
    else { return nil }
    let clause = conditionClause(words[(opener + 1)...])
    // "what if i had the kids on friday": what the speaker would do is an offer, not theirs.
    if let subject = clause.first, speakers.contains(subject) { return nil }
    // The clitics stay, so that the condition reads as they would say it ("if she's right").
    let said = wordsAndClitics(clause)
    guard said.count >= minimumCondition else { return nil }
    let content = said.filter(isClaimWord).map(stem)
    let theirs = content.filter(heard.contains).count
    let setOne = !heard.isDisjoint(with: conditionOpeners)
    return setOne && theirs * 2 >= content.count ? nil : spoken(said)
  }

  /// The words of a cause the reflection gives when their turn gave none, and most of its
  /// words are not theirs ("you're upset because she's after your job" after they told what
  /// their manager did); nil when it has none, or it gives their own reason back.
  private static func newCause(
    in words: [String], heard: Set<String>, heardWords: [String]
  ) -> String? {
    guard BecauseForms.firstReason(in: heardWords) == nil,
      let opener = BecauseForms.firstReason(in: words)
    else { return nil }
    let said = wordsAndClitics(
      words[(opener + 1)...].prefix { !FunctionWords.clauseEndingMarks.contains($0) })
    let content = said.filter(isClaimWord).map(stem)
    guard said.count >= minimumCondition, !content.isEmpty,
      content.filter(heard.contains).count * 2 < content.count
    else { return nil }
    return spoken([words[opener]] + said)
  }

  /// The words of a stretch and the clitics written onto them ("she", "'s"), without marks.
  private static func wordsAndClitics<Words: Sequence<String>>(_ words: Words) -> [String] {
    words.filter { ($0.first?.isLetter ?? false) || $0.hasPrefix("'") }
  }

  /// Words as they would be written, each clitic onto the word before it: "if she's right".
  private static func spoken(_ words: [String]) -> String {
    words.reduce("") { text, word in
      text.isEmpty ? word : isClitic(word) ? text + word : text + " " + word
    }
  }

  /// Whether the "if" at an index opens what a named worry fears ("you're worried that if we
  /// back down it all happens again"): the feeling's content, read under their words, not a
  /// condition of the speaker's own.
  private static func opensFear(_ words: [String], at index: Int) -> Bool {
    let before = words[..<index].last { $0 != "that" }
    return before.map(worries.contains) ?? false
  }

  /// The words of a condition up to what it is the condition of: a comma, "then", or, with no
  /// comma, a subject and the modal of the main clause ("if she's busy | you'd rather …").
  private static func conditionClause(_ words: ArraySlice<String>) -> ArraySlice<String> {
    let clause = words.prefix { $0 != "," && $0 != "then" }
    let main = clause.indices.dropFirst().first { index in
      index + 1 < clause.endIndex && FunctionWords.subjectPronouns[clause[index]] != nil
        && mainClauseModals.contains(clause[index + 1])
    }
    return main.map { clause[..<$0] } ?? clause
  }

  /// Modals that open the main clause after a condition: "you 'd", "it would", "you 'll".
  private static let mainClauseModals: Set<String> = [
    "'d", "would", "'ll", "will", "might", "could", "should", "wouldn't", "won't",
  ]

  /// Whether a word is a clitic written onto the word before it: "'s", "n't".
  private static func isClitic(_ word: String) -> Bool {
    word.hasPrefix("'") || word == "n't"
  }

  /// Whether a word carries a claim: content, not a frame of giving back, a feeling or a
  /// value, which a complex reflection adds by design.
  static func isClaimWord(_ word: String) -> Bool {
    guard word.first?.isLetter ?? false, !FunctionWords.isFunctionWord(word) else {
      return false
    }
    return !framing.contains(word) && !ReflectionDepthRules.namesFeelingOrValue(word)
  }

  /// Whether their turn asks what will happen: a question mark and a word of what is to come
  /// ("what happens to …", "what if …", "how will we …").
  private static func asksWhatWillHappen(_ heard: [String]) -> Bool {
    heard.contains("?") && heard.contains(where: comingWords.contains)
  }

  /// Words of what is to come, in a question.
  private static let comingWords: Set<String> = [
    "happens", "happen", "if", "will", "'ll", "going", "gonna",
  ]

  /// Words that name a worry: the feeling under a question about what will happen.
  private static let worries: Set<String> = [
    "worried", "worry", "worrying", "anxious", "scared", "afraid", "nervous", "concerned",
    "frightened", "fear", "unsure", "uncertain",
  ]

  /// What opens a condition.
  private static let conditionOpeners: Set<String> = ["if", "unless", "whenever"]

  /// Words that turn a condition into a concession: "even if", "even when".
  private static let concessives: Set<String> = ["even"]

  /// Words that make a view stronger: a reflection that adds one overstates.
  private static let overstating: Set<String> = [
    "only", "never", "always", "entirely", "completely", "totally", "nothing",
    "everything", "everyone", "nobody", "purely", "solely", "utterly",
  ]

  /// Negators that weaken a sweeping word after them: "not totally", "n't always".
  private static let weakeningNegators = FunctionWords.notWords

  /// Words that frame a reflection rather than claim: "so you're kinda saying".
  private static let framing: Set<String> = [
    "so", "okay", "ok", "yeah", "sounds", "seems", "like", "saying", "say", "said", "mean",
    "kinda", "kind", "sort", "sorta", "basically", "hearing", "sense", "guess", "think",
    "really", "just", "lot", "bit", "little", "pretty", "thing", "things", "stuff", "way",
  ]

  /// At least this many words of its own, none theirs, make a new claim.
  private static let newClaimWords = 3
  /// The speaker as a condition's subject: "what if we swapped".
  private static let speakers: Set<String> = ["i", "we"]
  /// A condition of fewer words is a turn of phrase ("if anything", "if so").
  private static let minimumCondition = 2

  /// The base form of a word, so "struggled" meets "struggle", "kids" "kid" and "older" "old".
  static func stem(_ word: String) -> String {
    comparativeBase(of: word) ?? TopicWords.lemma(of: word)
  }

  /// The adjective a comparative is made from: "older" → "old", "bigger" → "big", "nicer" →
  /// "nice", "happier" → "happy"; nil for any other word.
  private static func comparativeBase(of word: String) -> String? {
    guard word.count > 4, word.hasSuffix("er") else { return nil }
    let stem = word.dropLast(2)
    let candidates = [
      String(stem), String(stem) + "e", String(stem.dropLast()), String(stem.dropLast()) + "y",
    ]
    return candidates.first { Lexicon.classes(of: $0).contains(.adjective) }
  }
}
