/// How the persona's lines are said: drawn in order for a kind of question, run on after an
/// opening, and found again in what it said.
extension PersonaVoice {
  /// That it has no answer ready, in the first words not said yet.
  func unready(said: Set<String>) -> Reply {
    let options = lines.filter { $0.source == .unready }
    let line = options.first { !said.contains($0.text) } ?? options[0]
    return Reply(text: line.text, isUnready: true)
  }

  /// A reply without the sentences it said before in this drill: a persona never says the
  /// same sentence twice. With nothing new left, it says it has no more to add, in words not
  /// said yet.
  /// - Parameter saidSentences: the sentences said so far, as `sentenceKeys(of:)` gives them.
  /// Its main line, the belief said again in any wording ("Short answer: I still think X.",
  /// "I mean it plainly: X."), is said once; after that it leaves it out.
  func unrepeated(_ reply: Reply, saidSentences: Set<String>) -> Reply {
    let sentences = SentenceSplitter.sentences(in: Tokenizer.tokenize(reply.text))
    // A yes or no about its life is the answer to this question, said before or not: "No, I
    // don't." twice answers two questions, never one dropped to leave "What I go on …".
    var fresh = sentences.map(\.joinedText).filter {
      !saidSentences.contains(Self.key(of: $0)) || Self.yesOrNo.contains(Self.key(of: $0))
    }
    // Once it has granted that a word of its belief goes too far, the belief said whole again,
    // even as coming back to it, would take the grant back.
    let granted = Self.quantifierGrants.values.map { Self.key(of: $0) }.contains { grant in
      saidSentences.contains { $0.hasPrefix(grant) }
    }
    if granted || saidSentences.contains(where: { restatesClaim(key: $0) }) {
      fresh.removeAll { restatesClaim(key: Self.key(of: $0)) }
    }
    let keys = sentences.map { Self.key(of: $0) }
    guard fresh.map({ Self.key(of: $0) }) != keys else { return reply }
    // A thing of the question said back ("A teacher?") is no answer on its own.
    if fresh.contains(where: { $0.contains(where: \.isLetter) && !Self.isEcho($0) }) {
      return Reply(text: fresh.joined(separator: " "), isUnready: reply.isUnready)
    }
    let unsaid = Self.nothingToAdd.first { !saidSentences.contains(Self.key(of: $0)) }
    return Reply(text: unsaid ?? Self.nothingToAdd[0], isUnready: reply.isUnready)
  }

  /// Its yes or no to a question about its own life, as sentence keys: "no i don't".
  private static let yesOrNo = Set(
    OwnFacts.answers.flatMap { [key(of: $0.yes), key(of: $0.no)] })

  /// Whether a sentence only says back a thing the question named, surprised: "The EU?".
  static func isEcho(_ sentence: String) -> Bool {
    sentence.hasSuffix("?") && sentence.split(separator: " ").count <= echoWordLimit
  }

  /// The most words a thing said back has.
  private static let echoWordLimit = 4

  /// Whether a sentence restates its belief and little else: the belief's words in order, with
  /// at most `restatingWords` words around them ("Short answer: I still think …").
  /// - Parameter key: the sentence's words in lowercase.
  func restatesClaim(key: String) -> Bool {
    let claim = Self.key(of: ownClaim)
    guard !claim.isEmpty, key.contains(claim) else { return false }
    let extra = key.split(separator: " ").count - claim.split(separator: " ").count
    return extra <= Self.restatingWords
  }

  /// How many words around the belief a sentence may have and still only restate it.
  private static let restatingWords = 6

  /// The sentences of a reply, each as its words in lowercase.
  static func sentenceKeys(of text: String) -> Set<String> {
    Set(SentenceSplitter.sentences(in: Tokenizer.tokenize(text)).map(key(of:)))
  }

  private static func key(of sentence: [Token]) -> String {
    sentence.filter(\.isWord).map(\.lowercased).joined(separator: " ")
  }

  static func key(of text: String) -> String {
    key(of: Tokenizer.tokenize(text))
  }

  /// What it says when all it could say to a question it has said already.
  static let nothingToAdd = [
    "I don't have anything to add to what I've said.",
    "Honestly, I haven't thought about that beyond what I've told you.",
    "That's as far as my thinking goes on it.",
    "I'd have to think about that.",
    "Honestly, I don't know.",
    "I'm not sure I have a better answer than the one I gave.",
  ]

  /// The lines of a form and kind, best first, then that they are used up, then any unsaid
  /// view of the belief.
  func fromPlan(_ question: PersonaQuestion, said: Set<String>, lead: String? = nil) -> String {
    let (sources, planned) = Self.plan(form: question.form, kind: question.kind)
    // A case the question supposes is not the one its opener speaks of ("If I'm right, it
    // matters."): the line is said plainly.
    let lead = lead ?? (question.supposesACase ? nil : planned)
    // Once it has granted that a word of its belief goes too far ("Not every last one"), its
    // belief said whole with that word would take the grant back.
    let granted = Self.quantifierGrants.values.contains(where: said.contains)
    let keepsGrant = { (line: Line) in !granted || !restatesClaim(key: Self.key(of: line.text)) }
    // Nor is its line for the belief's own case ("If I'm right, …") said to one that supposes
    // another ("what if you were wrong?").
    let ownCase = question.supposesACase ? [Source.consequence] : []
    let preferred = sources.filter { !ownCase.contains($0) }
      .flatMap { source in lines.filter { $0.source == source } }
      .filter(keepsGrant)
    if let line = preferred.first(where: { !said.contains($0.text) }) {
      return Self.spoken(line, lead: lead)
    }
    // Once it has said all it has for this kind of question, it says so: a line made for
    // another kind ("By “success” I mean …" to "What is the strongest argument against
    // you?") would answer a question nobody asked.
    let usedUp = Self.usedUp(form: question.form, kind: question.kind)
    if !said.contains(usedUp) { return usedUp }
    // Then anything unsaid that reads as a view of the belief: never what a word means, which
    // answers only "what do you mean?", nor a line made for another form.
    // A leading question has not earned a reason, even once its firm lines are spent: what
    // it says then is that it has nothing to add (`unrepeated(_:saidSentences:)`).
    guard question.form != .leading else { return usedUp }
    let others = lines.filter { line in
      Self.views.contains(line.source) || (line.source == .shortAnswer && question.form == .closed)
    }.filter(keepsGrant)
    if let line = others.first(where: { !said.contains($0.text) }) {
      return Self.spoken(line, lead: lead)
    }
    return usedUp
  }

  /// The sources that state a view of the belief, said once a kind's own are used up.
  private static let views: [Source] = [
    .reason, .reply, .changeOfMind, .others, .consequence, .stake, .assumption,
  ]

  /// The lines a reply says, by their text: what it is made of.
  func lines(in reply: String) -> [String] {
    // A used-up line is said whole, at the end of the reply: no search through it is needed.
    traces.filter { reply.includes($0.words) || reply.includes($0.runOnWords) }.map(\.text)
      + Self.usedUpLines.filter(reply.hasSuffix)
  }

  /// A line's text and the words that show it in a reply.
  struct LineTrace: Sendable {
    var text: String
    /// Its words before the subject a story names, without a full stop: a story is found by
    /// them, and so is a line run into a longer sentence ("first, nobody loses …; then …"); of
    /// a line on what those who disagree say, the view after its opening.
    var words: String
    /// Those words run on after "and": with the first letter in lowercase.
    var runOnWords: String

    init(_ text: String) {
      self.text = text
      // What those who disagree say is found by the view alone: it is said in the name of
      // whoever a question pictures too ("A nurse … would probably say it's not that simple").
      let view =
        text.hasPrefix(PersonaVoice.othersOpening)
        ? String(text.dropFirst(PersonaVoice.othersOpening.count + 1)) : text
      words = view.components(separatedBy: PersonaVoice.subjectSlot)[0].withoutFullStop
      runOnWords = PersonaVoice.runOn(words)
    }
  }

  /// A line as said: a reason or a reply after the opening sentence, if any; the lines made
  /// from the belief are whole answers already.
  static func spoken(_ line: Line, lead: String?) -> String {
    guard let lead, [.reason, .reply].contains(line.source) else { return line.text }
    // A lead ending in "and" or "But" runs on into the line: "Yes, exactly — and the fees are
    // high."
    guard lead.hasSuffix(" and") || lead.hasSuffix(" But"), !line.text.hasPrefix("I ") else {
      return lead + " " + line.text
    }
    // A line that tells them to do something ("Name one thing …") is no thing it agrees with:
    // the agreement ends first.
    if ClauseParser.parse(line.text)?.isCommand == true {
      let agreement = lead.dropLast(4).reversed().drop { [",", " ", "\u{2014}"].contains($0) }
      return String(agreement.reversed()) + ". " + line.text
    }
    return lead + " " + runOn(line.text)
  }

  /// Whether a line leans on something said before it: a pronoun of someone or something
  /// else among its first `leaningWordLimit` words ("Talk to them and …", "It shows …").
  static func leansOnWhatCameBefore(_ text: String) -> Bool {
    Tokenizer.tokenize(text).filter(\.isWord).prefix(leaningWordLimit)
      .contains { leaningPronouns.contains($0.lowercased) }
  }

  /// Whether a line speaks in its speaker's first person ("the people I know worked harder"):
  /// said in the name of others, it would make them say it of themselves.
  static func speaksAsItsSpeaker(_ text: String) -> Bool {
    Tokenizer.tokenize(text).filter(\.isWord).contains {
      TheirWords.firstPersonWords.contains($0.lowercased)
    }
  }

  /// How far into a line a pronoun leans on what came before.
  static let leaningWordLimit = 3

  /// Pronouns that point back at someone or something named before.
  static let leaningPronouns: Set<String> = [
    "them", "they", "it", "those", "these", "he", "she", "him", "her", "his", "their",
  ]

  /// Words that open a clause of their own ("Whoever wins, …"), which the lexicon does not list.
  static let freeRelatives: Set<String> = [
    "whoever", "whatever", "whichever", "whenever", "wherever", "however",
  ]

  /// A reply with each part after a colon run on (`runOn(_:)`): a colon mid-sentence goes on
  /// in lowercase ("For one: my partner …"), whatever line it brings in.
  static func runOnAfterColons(_ text: String) -> String {
    let parts = text.split(separator: ": ", omittingEmptySubsequences: false).map(String.init)
    return ([parts[0]] + parts.dropFirst().map(runOn)).joined(separator: ": ")
  }

  /// A line as said after "and", "but" or "that": its first word in lowercase, unless it is a
  /// name or an abbreviation ("AI", "Taiwan"), which keeps its capital.
  static func runOn(_ text: String) -> String {
    // "I" is a capital in any place.
    guard !text.hasPrefix("I ") && !text.hasPrefix("I'") else { return text }
    var tokens = Tokenizer.tokenize(text)
    // "Whoever wins, …": a word no lexicon lists is still no name.
    if let first = tokens.first, freeRelatives.contains(first.lowercased) {
      tokens[0] = first.replacingText(with: first.lowercased)
      return tokens.joinedText
    }
    // "Towns", "Banks": a plural that opens a line is the plural of a common noun, though
    // WordNet knows a Town or a Banks; "Americans" (an adjective too) stays a name.
    if let first = tokens.first, first.kind == .word, first.isCapitalized, !first.hasFixedCase,
      isCommonPlural(first.lowercased)
    {
      tokens[0] = first.replacingText(with: CaseStyle.lowercasingFirst(of: first))
      return tokens.joinedText
    }
    return BeliefReader.casingFirstWord(tokens).joinedText
  }

  /// Whether a plural names common things, never a name: the plural of a noun that is no
  /// adjective ("Towns", "Banks"), or of a word the lexicon knows as an adjective and no noun,
  /// in no sense a name ("Renewables"); "Americans" stays a name.
  private static func isCommonPlural(_ word: String) -> Bool {
    if let singular = Lexicon.singular(of: word) {
      let classes = Lexicon.classes(of: singular)
      return classes.contains(.noun) && !classes.contains(.adjective)
    }
    guard word.hasSuffix("s") else { return false }
    let classes = Lexicon.classes(of: String(word.dropLast()))
    return classes.contains(.adjective) && classes.isDisjoint(with: [.noun, .properSense])
  }
}
