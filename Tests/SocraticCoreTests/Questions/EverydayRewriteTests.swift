import Testing

@testable import SocraticCore

/// Rewrites of leading and closed questions from everyday rows (family, money, chores, pets,
/// politics, health, dating, work, football), read as a facilitator would: each is a question,
/// keeps a word that carries the issue, drops the asker's loaded word and passes the critic.
@Suite("Rewrites of everyday leading questions")
struct EverydayRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "each rewrite is an open question that keeps the topic and drops the loaded word",
    arguments: [
      ("Aren't you on your tablet far too much lately?", "tablet", "too"),
      ("Don't you think you spend too much on taxis?", "taxis", "too"),
      ("Isn't it cruel to leave the rabbit alone all week?", "rabbit", "cruel"),
      ("So you're saying we should abolish the House of Lords?", "lords", "saying"),
      ("Don't you think you should see a physio about that knee?", "knee", "think"),
      ("Don't you have to pay your cousin back the forty quid first?", "cousin", "have"),
      ("Wouldn't you rather just get a hamster than a parrot?", "parrot", "just"),
      ("Isn't it obvious the council is lying about the roadworks?", "council", "obvious"),
      ("Surely you can see the new diet is risky?", "risky", "surely"),
      ("Why do you keep forgetting to water the plants?", "plants", "keep"),
      ("Don't you think teenagers shouldn't have a laptop in their bedroom?", "bedroom", "think"),
      ("Isn't AI too risky to leave to big tech?", "risky", "isn't"),
      ("Shouldn't your brother finally admit he lied?", "lied", "finally"),
      ("Why would anyone pay that much for a season ticket?", "ticket", "anyone"),
      ("Can't you just hoover the stairs for once?", "stairs", "once"),
      ("Isn't it selfish to keep all the money from the sofa?", "sofa", "selfish"),
      ("Aren't you worried you're just going to get dumped again?", "dumped", "worried"),
      ("Don't you think the coach should be fired?", "coach", "think"),
      ("Have you even thought about how much the extension will cost?", "extension", "even"),
      ("Why can't you ever close the fridge door?", "fridge", "ever"),
      ("Is it really that hard to clean the hamster cage on Sundays?", "cage", "really"),
      ("You're not seriously thinking of phoning her again, are you?", "phoning", "seriously"),
      ("Why are you so obsessed with checking the football scores?", "scores", "obsessed"),
      ("Don't you still have to file the expenses before you leave?", "expenses", "still"),
    ])
  func rewrite(question: String, topic: String, loaded: String) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    let words = Tokenizer.tokenize(suggestion).map(\.lowercased)
    #expect(suggestion.hasSuffix("?"))
    #expect(words.contains(topic), "\(suggestion)")
    #expect(!words.contains(loaded), "\(suggestion)")
    #expect(critic.isOpen(suggestion), "\(suggestion)")
  }

  @Test(
    "a stance or an excess put on the person is left out and the act itself asked about",
    arguments: [
      (
        "Don't you have to give your mate back his drill first?",
        "How do you feel about giving your mate back his drill first?"
      ),
      (
        "You're not seriously thinking of lending him your car again, are you?",
        "What do you think about lending him your car?"
      ),
      (
        "Aren't you on that console a bit too much these days?",
        "How do you feel about being on that console these days?"
      ),
      (
        "Aren't you scared you're just going to lose your deposit again?",
        "How do you weigh the risk that you're going to lose your deposit?"
      ),
      (
        "So you're saying we should let your dad pick the restaurant?",
        "What do you think about letting your dad pick the restaurant?"
      ),
      (
        "Why do you keep forgetting to lock the back door?",
        "What gets in the way of locking the back door?"
      ),
      (
        "Have you even thought about how long the commute will take?",
        "What are your thoughts on how long the commute will take?"
      ),
    ])
  func actWithoutStance(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "disbelief at a verdict and a reproach for caring get a rewrite that asks, not argues",
    arguments: [
      ("How is that a handball, are you blind?", "What makes that look like a handball to you?"),
      ("How was that fair?", "What made that look fair to you?"),
      (
        "Why are you making such a fuss about the parking?",
        "What about the parking matters to you?"
      ),
      ("Why are you getting so worked up?", "What matters to you here?"),
    ])
  func arguingQuestion(question: String, suggestion: String) {
    let reading = QuestionReading(Tokenizer.tokenize(question))
    let rewrite = QuestionRewriter.suggestion(
      for: reading, cleaned: QuestionRewriter.withoutLoadedWording(reading),
      problems: [.rhetorical], context: nil, isAcceptable: { _ in true })
    #expect(rewrite == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "an -ing form doubles its last consonant only where the stress falls",
    arguments: [
      ("forget", "forgetting"), ("admit", "admitting"), ("prefer", "preferring"),
      ("visit", "visiting"), ("open", "opening"), ("offer", "offering"), ("stop", "stopping"),
      ("quit", "quitting"), ("target", "targeting"), ("begin", "beginning"),
    ])
  func gerund(base: String, form: String) {
    #expect(QuestionRewriter.gerund(of: base) == form)
  }
}

/// A question of one word ("cheaper?") or a sound ("hm?") names nothing to think about, and a
/// jab at a question's end ("… like everyone else does") leaves no act to ask about.
@Suite("Rewrites of echoes, sounds and jabs at the end")
struct EchoAndJabRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a word echoed back, an amount or a sound is rewritten as asking what they meant",
    arguments: ["hm?", "usually?", "erm?", "mostly?", "cheaper?", "heaps heaps?", "a bit?"])
  func echoAskedOpen(question: String) throws {
    #expect(try critic.critique(question).suggestion == "What do you mean by that?")
  }

  @Test(
    "a noun or a name the lexicon does not know, echoed back, is still asked about",
    arguments: [("the allotment?", "allotment"), ("dogecoin?", "dogecoin")])
  func nounEchoKept(question: String, topic: String) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    #expect(suggestion.contains(topic), "\(suggestion)")
  }

  @Test("a jab at the end is not taken for the act the rewrite asks about")
  func jabAtTheEnd() throws {
    let suggestion = try #require(
      try critic.critique(
        "wouldn't it be simpler to just hire a van like everybody else does"
      ).suggestion)
    #expect(!suggestion.contains("easier for you to"), "\(suggestion)")
    #expect(suggestion.contains("van"), "\(suggestion)")
  }

  @Test("a jab that leads to its act still asks what would help")
  func jabBeforeTheAct() throws {
    #expect(
      try critic.critique("is it so hard to hang your own coat up?").suggestion
        == "What would make it easier for you to hang your own coat up?")
  }

  @Test("a verdict after 'is', the only noun phrase, leaves no rewrite rather than a broken one")
  func verdictIsNoTopic() throws {
    let critique = try critic.critique(
      "so you've literally seen what happens at hour ten and you still reckon its a clever plan??")
    // Still coached for what it does, with no rewrite built around the verdict.
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.statementWithQuestionMark.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("what the asker tells of them with a question mark is not asked back as their view")
  func tellingNotPutOnThem() throws {
    let suggestion = try #require(
      try critic.critique("you've read the reviews and you still reckon its a good buy??")
        .suggestion)
    #expect(!suggestion.hasPrefix("What makes you think you"), "\(suggestion)")
    #expect(suggestion.contains("reviews"), "\(suggestion)")
  }
}
