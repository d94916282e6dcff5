import Testing

@testable import SocraticCore

/// A leading question's rewrite leaves out the asker's claim and keeps its topic, built from
/// the question's structure; a rewrite that would not read as English is never shown.
@Suite("Claim-free rewrites")
struct ClaimFreeRewriteTests {
  let critic = QuestionCritic()

  /// The rewriter's suggestion for a question the critic has flagged with these problems.
  func rewrite(_ question: String, problems: [QuestionProblem]) -> String? {
    let reading = QuestionReading(Tokenizer.tokenize(question))
    return QuestionRewriter.suggestion(
      for: reading, cleaned: QuestionRewriter.withoutLoadedWording(reading), problems: problems,
      context: nil, isAcceptable: { critic.isOpen(QuestionRewriter.finished($0)) })
  }

  @Test(
    "a fact the person is told they know asks what they have noticed of its subject, not the fact",
    arguments: [
      (
        "you realise the night bus never turns up on time, right?",
        "What have you noticed about the night bus?"
      ),
      (
        "you do know that fast food every night wrecks your sleep, right?",
        "What have you noticed about fast food every night?"
      ),
      (
        "you know your brother's band is playing too loud for the neighbours, right?",
        "What have you noticed about your brother's band?"
      ),
      (
        "you realize the old laptop barely holds a charge anymore, right?",
        "What have you noticed about the old laptop?"
      ),
      (
        "you know the school run takes longer by car, right?",
        "What have you noticed about the school run?"
      ),
      (
        "you do realise that most diets fail within a year, right?",
        "What have you noticed about diets?"
      ),
      (
        "you know online poker drains people's savings, yeah?",
        "What have you noticed about online poker?"
      ),
      (
        "you realise the allotment needs watering every day, right?",
        "What have you noticed about the allotment?"
      ),
      (
        "you do realize most car crashes happen near home, right?",
        "What have you noticed about car crashes?"
      ),
      (
        "you know the new boiler already costs more to run, right?",
        "What have you noticed about the new boiler?"
      ),
    ])
  func toldTheyKnow(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'isn't it funny how X' asks what the person makes of X, without the verdict or 'every'",
    arguments: [
      (
        "isn't it odd how the manager always finds time for golf",
        "What do you make of how the manager always finds time for golf?"
      ),
      (
        "isn't it weird how your cousin only calls when he needs money",
        "What do you make of how your cousin only calls when he needs money?"
      ),
      ("isn't it funny how Priya wins every raffle", "What do you make of how Priya wins raffles?"),
      (
        "isn't it convenient how the landlord forgets every repair",
        "What do you make of how the landlord forgets repairs?"
      ),
      (
        "isn't it amazing how Tom never pays for a round",
        "What do you make of how Tom never pays for a round?"
      ),
      (
        "isn't it sad how the local pub lost all its regulars",
        "What do you make of how the local pub lost its regulars?"
      ),
      ("isn't it odd that the new hire got the corner office", "How do you see the new hire?"),
      (
        "isn't it strange how the trains run late every single monday",
        "What do you make of how the trains run late every single monday?"
      ),
      (
        "isn't it funny how Jo gets every lift home and nobody else does",
        "What do you make of how Jo gets every lift home?"
      ),
      (
        "isn't it telling how the coach picks his own son every week",
        "What do you make of how the coach picks his own son every week?"
      ),
    ])
  func judgedClause(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a topic after 'admit that' keeps its numbers whole",
    arguments: [
      (
        "can you just admit that screen time at age 3 is harmful",
        "How do you see screen time at age 3?"
      ),
      ("can you just admit that the 4 day week is a fantasy", "How do you see the 4 day week?"),
      (
        "can you just admit that your 10 year old phone is dead",
        "How do you see your 10 year old phone?"
      ),
      (
        "will you finally admit that the 2 hour commute is too much",
        "How do you see the 2 hour commute?"
      ),
      (
        "can you just admit that flights under 300 miles are pointless",
        "How do you see flights under 300 miles?"
      ),
      (
        "can you just admit that the 6am gym class is too early",
        "How do you see the 6am gym class?"
      ),
      (
        "can you just admit that rent at 1200 a month is a rip off",
        "How do you see rent at 1200 a month?"
      ),
      (
        "can you just admit that the 20 minute walk is too far",
        "How do you see the 20 minute walk?"
      ),
      ("can you just admit that a 5 star hotel is overkill", "How do you see a 5 star hotel?"),
      ("can you just admit that the 3 year plan is dead", "How do you see the 3 year plan?"),
    ])
  func numberedTopic(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "two verdicts on someone are both left out, and whom they judge is asked about",
    arguments: [
      ("was the referee blind or just biased", "How do you see the referee?"),
      ("is your landlord careless or just greedy", "How do you see your landlord?"),
      ("were the organisers lazy or just overwhelmed", "How do you see the organisers?"),
      ("is the new coach clueless or simply stubborn", "How do you see the new coach?"),
      ("was your boss drunk or just rude", "How do you see your boss?"),
      ("is that teacher strict or just unfair", "How do you see that teacher?"),
      ("are the neighbours deaf or just inconsiderate", "How do you see the neighbours?"),
      ("was the plumber incompetent or just dishonest", "How do you see the plumber?"),
      ("is your flatmate forgetful or just selfish", "How do you see your flatmate?"),
      ("was the waiter distracted or just rude", "How do you see the waiter?"),
    ])
  func verdictPair(question: String, suggestion: String) {
    #expect(rewrite(question, problems: [.eitherOr]) == suggestion)
  }

  @Test(
    "a forced choice of two things asks how the person weighs them",
    arguments: [
      (
        "do you want the garden or do you want the garage, cause you cant have both",
        "How would you weigh the garden against the garage?"
      ),
      (
        "do you want a dog or a cat, because you can't have both",
        "How would you weigh a dog against a cat?"
      ),
      (
        "is it the holiday or the new sofa, cause we cant do both",
        "How would you weigh the holiday against the new sofa?"
      ),
      (
        "do we want the extension or the new car, since we cant afford both",
        "How would you weigh the extension against the new car?"
      ),
      (
        "do you want the big wedding or the house deposit, cause you cant have both",
        "How would you weigh the big wedding against the house deposit?"
      ),
      (
        "do you want your career or do you want this family",
        "How would you weigh your career against this family?"
      ),
      (
        "is it the gym or the pub tonight, cos you cant do both",
        "How would you weigh the gym against the pub tonight?"
      ),
      (
        "do you prefer the city flat or the country cottage, because we only get one",
        "How would you weigh the city flat against the country cottage?"
      ),
      (
        "do we keep the piano or the spare room, cause there's no space for both",
        "How would you weigh the piano against the spare room?"
      ),
      (
        "do you want quiet evenings or do you want a puppy",
        "How would you weigh quiet evenings against a puppy?"
      ),
    ])
  func forcedChoice(question: String, suggestion: String) {
    #expect(rewrite(question, problems: [.falseChoice]) == suggestion)
  }

  @Test(
    "disbelief at a plan asks what draws the person to it, or how they feel about ours",
    arguments: [
      ("you're not seriously selling the van are you", "What draws you to selling the van?"),
      ("you're not really quitting the choir, are you?", "What draws you to quitting the choir?"),
      (
        "you're not seriously getting a motorbike, are you",
        "What draws you to getting a motorbike?"
      ),
      (
        "you're not actually moving back in with your ex, are you?",
        "What draws you to moving back in with your ex?"
      ),
      (
        "you're not going to dye your hair green, are you?",
        "What draws you to dyeing your hair green?"
      ),
      ("you're seriously buying another guitar?", "What draws you to buying another guitar?"),
      (
        "so we're going to the seaside again, are we?",
        "How do you feel about going to the seaside?"
      ),
      (
        "so we're spending new year with the neighbours again, are we",
        "How do you feel about spending new year with the neighbours?"
      ),
      ("so we're having pasta again, are we?", "How do you feel about having pasta?"),
      (
        "so we're skipping the school play, are we?",
        "How do you feel about skipping the school play?"
      ),
    ])
  func plannedAct(question: String, suggestion: String) {
    #expect(rewrite(question, problems: [.tagQuestion, .disbelief("seriously")]) == suggestion)
  }

  @Test(
    "a word in scare quotes is left out: an act asks what the person gets out of it",
    arguments: [
      (
        "how is watching reality tv all night \"research\" exactly",
        "What do you get out of watching reality tv all night?"
      ),
      (
        "how is buying a fourth pair of trainers an \"investment\" exactly",
        "What do you get out of buying a fourth pair of trainers?"
      ),
      (
        "how is sleeping till noon \"self care\" exactly",
        "What do you get out of sleeping till noon?"
      ),
      (
        "how is skipping the meeting \"working from home\"",
        "What do you get out of skipping the meeting?"
      ),
      (
        "how is arguing with strangers online a \"hobby\" exactly",
        "What do you get out of arguing with strangers online?"
      ),
      (
        "how is eating crisps for dinner \"cooking\"",
        "What do you get out of eating crisps for dinner?"
      ),
      ("how is a second cat a \"saving\" exactly", "How do you see a second cat?"),
      ("how is the new sofa a \"necessity\" exactly", "How do you see the new sofa?"),
      ("how is your uncle's van a \"classic\"", "How do you see your uncle's van?"),
      (
        "how is this fancy coffee machine a \"bargain\"",
        "How do you see this fancy coffee machine?"
      ),
    ])
  func scareQuotes(question: String, suggestion: String) {
    #expect(rewrite(question, problems: [.mockingWord("quotes")]) == suggestion)
  }

  @Test(
    "a plain question is never rewritten with its verb put inside its subject",
    arguments: [
      "is the venue deposit refundable", "is the gym membership contract cancellable",
      "is the train ticket refundable", "is the phone contract cancellable",
      "is the gym locker free", "is the council tax band correct",
      "is the car park barrier broken", "is the festival ticket price final",
      "is the holiday cottage dog friendly", "is the office kitchen tap fixed",
    ])
  func splitNoun(question: String) throws {
    // "What would tell you whether the venue is deposit refundable?" is never suggested: the
    // question gets none, or one with its subject whole ("… whether the gym locker is free?").
    let suggestion = try critic.critique(question).suggestion ?? ""
    let words = question.split(separator: " ").dropFirst(2)
    #expect(!suggestion.contains("\(words.first!) is \(words.dropFirst().first!)"))
    #expect(!suggestion.hasPrefix("To what extent"))
  }

  @Test(
    "a rewrite that does not read as English is refused",
    arguments: [
      ("How do you see homework at age", "can you admit homework at age 7 is pointless", false),
      ("How do you see it", "so we're doing it again, are we", false),
      ("How do you see them", "are they mad or what", false),
      ("How do you see the car park when it comes to of money", "isn't it a waste of money", false),
      (
        "What would tell you whether the venue is deposit refundable",
        "is the venue deposit refundable", false
      ),
      (
        "What would tell you whether your boss drunk was or rude", "was your boss drunk or rude",
        false
      ),
      ("How do you see the plans for the", "what about the plans for the", false),
      ("How do you see your", "what about your", false),
      ("How do you see the bike lane", "isn't the bike lane pointless", true),
      ("How do you see bedtime at 8", "can you just admit that bedtime at 8 is too strict", true),
      ("What do you make of it", "so what", false),
      (
        "What would tell you whether it's wiser to cycle than to drive",
        "surely it's wiser to cycle than to drive?", true
      ),
      ("What would tell you whether the bakery is still open", "is the bakery still open", true),
      ("How do you feel about going to the gym this week", "been to the gym this week?", true),
    ])
  func wellFormed(body: String, source: String, isWellFormed: Bool) {
    #expect(
      WellFormedRewrite.isWellFormed(Tokenizer.tokenize(body), source: Tokenizer.tokenize(source))
        == isWellFormed)
  }
}
