/// Something that keeps a question from inviting the person to think, with the form it gives
/// the question and the explanation a learner reads.
enum QuestionProblem: Hashable, Sendable {
  /// "Don't you think …?", "Isn't it …?", "Is it not true that …?".
  case negativeQuestion
  /// "…, right?", "…, don't you?", "Agreed?".
  case tagQuestion
  /// "Surely …?", "Obviously …?": the word as written.
  case presumingOpener(String)
  /// "Crypto is a scam?".
  case statementWithQuestionMark
  /// "stupid", "idiots": the word as written.
  case insultingWord(String)
  /// "ridiculous", "on earth": the words as written.
  case loadedWording(String)
  /// "How can anyone …?", "Who in their right mind …?", "So what?".
  case rhetorical
  /// "Do you really think …?", "Really?": the word as written.
  case disbelief(String)
  /// "Why do politicians never keep their promises?": the sweeping word as written.
  case sweepingPresumption(String)
  /// "Why do you keep defending …?", "When will you finally admit …?": the words as written.
  case presumedAct(String)
  /// "Will a ceasefire magically fix it?", "Why do you always take her side?": the word as
  /// written.
  case mockingWord(String)
  /// "Either we regulate AI or billionaires run everything, which is it?".
  case falseChoice
  /// "Do you want a fair deal, or do you just want to win?": the mocking words as written.
  case mockingAlternative(String)
  /// "So you think safety doesn't matter?": a reflection with a question mark that says what
  /// the person thinks.
  case wordsInTheirMouth
  /// "So you think everyone who … is just … then": an extreme view put in their mouth, with
  /// its signs as written.
  case strawMan(String)
  /// "Would it kill you to …?", "Who told you that, Facebook?": the jab as written.
  case sarcasm(String)
  /// "Why am I the only one who ever …?": the grievance as written.
  case complaint(String)
  /// "Why didn't you tell me?", "Why haven't you called her?": blame for what the listener did
  /// not do, its opening words as written.
  case omission(String)
  /// "Who do you think cleans this bathroom, the fairies?": the answer it offers, as written.
  case offeredAnswer(String)
  /// "Why are you eating that if you're on a diet?": the condition that holds their own
  /// commitment against them, as written.
  case gotcha(String)
  /// "You know what happened to the last one who …": the words of the threat, as written.
  case veiledThreat(String)
  /// "How would your mum feel if she heard you say that?": the words that bring in someone
  /// close as judge, as written.
  case guiltLever(String)
  /// "It's only a scratch, why …?", "… just because …?", "… making such a fuss?": the words
  /// that make light of it, as written.
  case makingLight(String)
  /// "…, the ref must be blind?": the verdict, as written.
  case scornfulVerdict(String)
  /// "Why don't you ring them?", "Have you tried asking?": a fix of the asker's put as a
  /// question, its opening words as written (`AdviceQuestionRules`).
  case adviceAsQuestion(String)
  /// "Is crypto a scam?", "Do you think …?".
  case yesNo
  /// "Did you take the bins out or not?": a yes/no question that demands its answer.
  case demandedAnswer
  /// "Is Bitcoin a currency or an asset?".
  case eitherOr
  /// "When did Bitcoin launch?", "How many people use ChatGPT?".
  case singleFact
  /// "Do you support Arsenal or Spurs?": an either-or about a plain fact of the person's own,
  /// closed and fine as it is.
  case plainChoice
  /// "Is the venue deposit refundable?": a yes/no question about a plain, checkable fact of a
  /// thing, closed and fine as it is.
  case plainFact
  /// "When are you back?", "Did you lock the door?": a plain fact of the person's own life or
  /// plans, which only they can tell, fine as it is.
  case ownFact
  /// "You alright?": a check on how the person is, fine as it is.
  case checkIn
  /// "Is it the rent that's worrying you?": a guess at what they feel, put for them to confirm
  /// or correct, fine as it is.
  case feelingGuess
  /// "so you're less sure now?", "so it's more how it was done than the change?": a reading of
  /// how the person stands, put for them to confirm; fine as it is.
  case readingCheck
  /// "Want a brew?", "Fancy a pint friday?": an offer or an invitation, fine as it is.
  case offer
  /// "i could do tuesdays?": the speaker's own offer said as a statement with a question mark;
  /// a statement, fine as it is.
  case ownOffer
  /// "I'll pick you up at 8, that ok?": a check that a plan of the speaker's suits them, fine
  /// as it is.
  case planCheck
  /// "Is there a time you felt that way?": yes/no in form, but it invites a story of theirs,
  /// fine as it is.
  case invitation
  /// "What?" alone: the text as written.
  case repeatRequest(String)
  /// "Crypto?": no verb.
  case fragment
  /// Several questions in one go: how many.
  case severalQuestions(Int)
  /// "Why?" alone (`BareWhy`).
  case bareWhy

  /// Whether it is an insulting word.
  var isInsult: Bool {
    if case .insultingWord = self { true } else { false }
  }

  /// Whether it is loaded wording.
  var isLoadedWording: Bool {
    if case .loadedWording = self { true } else { false }
  }

  /// The words of the question the explanation quotes, as written ("magically", "keep
  /// defending"); nil when it quotes none. A rewrite must not keep them.
  var quoted: String? {
    switch self {
    case .presumingOpener(let words), .insultingWord(let words), .loadedWording(let words),
      .disbelief(let words), .sweepingPresumption(let words), .presumedAct(let words),
      .mockingWord(let words), .mockingAlternative(let words), .strawMan(let words),
      .sarcasm(let words), .complaint(let words), .omission(let words), .offeredAnswer(let words),
      .gotcha(let words), .veiledThreat(let words), .guiltLever(let words), .makingLight(let words),
      .scornfulVerdict(let words), .adviceAsQuestion(let words):
      words
    case .negativeQuestion, .tagQuestion, .statementWithQuestionMark, .rhetorical, .falseChoice,
      .wordsInTheirMouth, .yesNo, .demandedAnswer, .eitherOr, .singleFact, .plainChoice,
      .plainFact, .ownFact, .checkIn, .feelingGuess, .readingCheck, .offer, .ownOffer, .planCheck,
      .invitation, .repeatRequest,
      .fragment, .severalQuestions, .bareWhy:
      nil
    }
  }

  /// Whether it is a note rather than a fault: the question is fine as it is, and has no
  /// rewrite.
  var isFine: Bool { Self.fineNotes.contains(self) }

  /// The problems that are notes, not faults: the question is fine as it is.
  private static let fineNotes: [QuestionProblem] = [
    .plainChoice, .plainFact, .ownFact, .checkIn, .feelingGuess, .readingCheck, .offer, .ownOffer,
    .planCheck,
    .invitation,
  ]

  /// What the coach says of each note that is no fault (`isFine`).
  static let notes: Set<String> = Set(fineNotes.map(\.explanation))

  /// The form a question with this problem has.
  var form: QuestionForm {
    switch self {
    case .negativeQuestion, .tagQuestion, .presumingOpener, .statementWithQuestionMark,
      .insultingWord, .loadedWording, .rhetorical, .disbelief, .sweepingPresumption,
      .presumedAct, .mockingWord, .falseChoice, .mockingAlternative, .wordsInTheirMouth,
      .strawMan, .sarcasm, .complaint, .omission, .offeredAnswer, .gotcha, .veiledThreat,
      .guiltLever, .makingLight, .scornfulVerdict, .adviceAsQuestion:
      .leading
    case .yesNo, .demandedAnswer, .eitherOr, .singleFact, .plainChoice, .plainFact, .ownFact,
      .checkIn, .feelingGuess, .readingCheck, .offer, .planCheck, .invitation, .repeatRequest,
      .fragment:
      .closed
    case .severalQuestions, .bareWhy:
      .open
    case .ownOffer:
      .statement
    }
  }

  /// The problem in a short phrase a learner understands, starting in lowercase.
  var explanation: String {
    switch self {
    case .negativeQuestion:
      "negative question that presumes the answer"
    case .tagQuestion:
      "tag question that asks the person to agree rather than to think"
    case .presumingOpener(let word):
      "'\(word)' tells the person what the answer should be"
    case .statementWithQuestionMark:
      "statement with a question mark: it tells the person the answer instead of asking"
    case .insultingWord(let word):
      "insulting wording ('\(word)') puts the person on the defensive"
    case .loadedWording(let words):
      "loaded wording ('\(words)') tells the person what to think of it"
    case .rhetorical:
      "rhetorical question that makes a point instead of asking"
    case .disbelief(let word):
      "'\(word)' sounds like disbelief and puts the person on the defensive"
    case .sweepingPresumption(let word):
      "'\(word)' takes a sweeping claim for granted instead of asking whether it holds"
    case .presumedAct(let words):
      "'\(words)' takes for granted what the person does or must admit, instead of asking"
    case .mockingWord(let word):
      "'\(word)' mocks the view instead of asking about it"
    case .falseChoice:
      "offers two options as the only ones and demands a pick"
    case .mockingAlternative(let words):
      "'\(words)' mocks the second option, so the first is the only answer on offer"
    case .wordsInTheirMouth:
      "puts words in their mouth: say back what you heard, without a question mark, or ask"
    case .strawMan(let signs):
      "'\(signs)' stretches their view to an extreme they did not state: say back what they"
        + " said, or ask what they think"
    case .sarcasm(let words):
      "'\(words)' is sarcasm: a jab put as a question, which puts the person on the defensive"
    case .complaint(let words):
      "'\(words)' is a complaint put as a question: it blames instead of asking; say what you"
        + " need, or ask how they see it"
    case .omission(let words):
      "'\(words)' blames them for what they did not do, which they will defend: ask what made"
        + " it hard instead"
    case .offeredAnswer(let words):
      "'\(words)' answers the question for them, so they can only agree or refuse: ask it and"
        + " let them answer"
    case .gotcha(let words):
      "'\(words)' holds their own words against them: a gotcha that puts them on the defensive;"
        + " ask how the two fit for them"
    case .veiledThreat(let words):
      "'\(words)' hints at a threat instead of asking: say what worries you, or ask what they"
        + " think could go wrong"
    case .guiltLever(let words):
      "'\(words)' has them judge themselves through the eyes of someone close: guilt, not a"
        + " question; ask what matters to them in it"
    case .makingLight(let words):
      "'\(words)' makes light of it, which tells them the answer before they give it: ask what"
        + " it means to them"
    case .scornfulVerdict(let words):
      "'\(words)' is a verdict of scorn: the question makes a point instead of asking"
    case .adviceAsQuestion(let words):
      "'\(words)' puts your own fix as a question: advice they can only take or refuse; ask"
        + " what they have thought of instead"
    case .yesNo:
      "yes/no question that can be answered in one word"
    case .demandedAnswer:
      "yes/no question, and 'or not' demands the answer, which sounds impatient: say what you"
        + " need to know"
    case .eitherOr:
      "either-or question that offers only the answers you thought of"
    case .singleFact:
      "asks for a single fact, which can be looked up rather than thought through"
    case .plainChoice:
      "closed, and fine as it is: it asks a plain fact or plan of theirs, which is what you need"
        + " to know"
    case .plainFact:
      "closed, and fine as it is: it asks a plain fact you can check, which is what you need to"
        + " know"
    case .ownFact:
      "closed, and fine as it is: it asks a plain fact or plan of their own, which only they can"
        + " tell you"
    case .checkIn:
      "closed, and fine as it is: it asks how they are, which they can answer as they like"
    case .feelingGuess:
      "closed, and fine as it is: it checks your guess at what they feel, which they can confirm"
        + " or put right"
    case .readingCheck:
      "closed, and fine as it is: it checks your reading of where they stand, which they can"
        + " confirm or put right"
    case .planCheck:
      "closed, and fine as it is: it checks that a plan you put to them suits them, which they"
        + " can take or change"
    case .ownOffer:
      "an offer of your own, said as a statement: fine as it is; they can take it or change it,"
        + " and nothing of theirs is presumed"
    case .offer:
      "an offer or an invitation, and fine as it is: they can take it or leave it, and nothing"
        + " is presumed"
    case .invitation:
      "closed in form, and fine as it is: it invites them to tell of their own experience, which"
        + " they will if they have one"
    case .repeatRequest(let text):
      "'\(text)' alone asks the person to repeat themselves, not to think"
    case .fragment:
      "not a whole question, so the person has to guess what you are asking"
    case .severalQuestions(let count):
      "asks \(count) questions at once, and the person can answer only one: ask them one at a time"
    case .bareWhy:
      "open, but a bare 'why' can sound like a demand to justify themselves and put them on the"
        + " defensive: ask what leads them to it"
    }
  }
}
