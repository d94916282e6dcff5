import SocraticCore
import Testing

/// Closed and leading questions as people ask them in arguments (issue 13 item 2): a rewrite
/// drops the accusation and keeps the topic, in plain English; a fine closed question gets none.
@Suite("Rewrites of questions asked in an argument")
struct ArgumentRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "each argument question gets a rewrite without its accusation, or none when it is fine",
    arguments: [
      // A view put in the person's mouth: what is behind it, not whether it holds; one thing
      // said to matter more than another is weighed, with no verdict on either.
      (
        "so you're saying your hobbies matter more than this house?",
        String?("How do you weigh your hobbies against this house?")
      ),
      ("so you think buying a big car makes me a bad person?", "How do you see buying a big car?"),
      ("so you're saying i'm a lousy brother?", "What did you mean by that?"),
      ("so you reckon my cousins are a bad influence?", "How do you see my cousins?"),
      // A stereotype: some of the group, and people rather than everyone.
      (
        "why do golfers always have to tell everyone their handicap",
        "What leads some golfers to tell people their handicap?"
      ),
      // A task done or not is a fact: the need is said plainly, and no question fits instead.
      ("did you renew the car insurance or not", nil),
      (
        "you rang the plumber about the leak, didn't you?",
        "How are things going with the plumber about the leak?"
      ),
      // Whose turn a job is, between the two of them, is an arrangement: fine closed.
      ("who's gonna take the bins out, you or me?", nil),
      // Fillers said in passing do not come back as the point.
      (
        "don't you think the council has wasted money too tho?",
        "What's your view on whether the council has wasted money?"
      ),
      // Plain facts and gentle checks are fine closed.
      ("how old is your grandad now", nil),
      ("what time does the race start", nil),
      ("are you coming to the barbecue on saturday", nil),
      ("do you have any shares yourself?", nil),
    ])
  func rewrite(question: String, suggestion: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    if let suggestion { #expect(critic.isOpen(suggestion)) }
  }

  @Test(
    "a rewrite holds no accusation, filler or broken form of the question",
    arguments: [
      ("so you think skipping the gym makes me lazy?", ["lazy", "makes me", "whether"]),
      ("so you're saying your mates matter more than me?", ["whether", "more than me"]),
      ("was the referee blind tho?", ["tho"]),
      ("isn't the whole league a joke anyway?", ["anyway", "joke"]),
      ("why do drivers always have to honk at everyone", ["always", "have to", "everyone"]),
      ("is there any kind of pet you think is easy?", ["kind is there"]),
    ])
  func mustNotContain(question: String, banned: [String]) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    for phrase in banned {
      #expect(!suggestion.lowercased().contains(phrase), "\(suggestion) has '\(phrase)'")
    }
  }
}
