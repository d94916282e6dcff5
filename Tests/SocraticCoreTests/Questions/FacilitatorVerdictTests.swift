import Testing

@testable import SocraticCore

/// Verdicts a facilitator would agree with on lines that are not what they look like: telling
/// them what to say to someone else is advice, a verdict on a kind of thing is an opinion, a
/// motive pinned on them or a complaint that they repeat themselves hears nothing, a why-question
/// typed without its vowels still asks why, and a reflection that names what frightens them goes
/// under their words, though claiming to know what they hide goes too far. A softened command
/// with a question mark is a fix, and owning a regret is warmth.
@Suite("Verdicts on advice, verdicts, jabs, chat spelling and mind-reading")
struct FacilitatorVerdictTests {
  let critic = QuestionCritic()

  @Test(
    "telling them what to say to a third person is advice, not an open question",
    arguments: [
      "honestly just tell your brother to give the car back or sell it",
      "tell him you're not lending him any more",
      "remind your landlord that the boiler's been broken since june",
    ])
  func tellingSomeoneElse(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("advice") == true, "\(critique.problems)")
  }

  @Test("an invitation to tell the asker stays an open question")
  func tellingTheAsker() throws {
    #expect(try critic.critique("tell me what the new flat is like").form == .open)
  }

  @Test(
    "a verdict on a kind of thing is the speaker's opinion, whatever 'you' its condition has",
    arguments: [
      "refurbished laptops are just as good as new ones if you buy from a proper shop",
      "allotments are cheaper than a gym if you think about it",
    ])
  func verdictOnAKind(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("your opinion") == true, "\(critique.problems)")
  }

  @Test("a motive pinned on them argues; it gives nothing of theirs back")
  func motivePinned() throws {
    let critique = try critic.critique(
      "its not a waste if i use it every week. you just dont like me spending money",
      after: "Forty quid a month on climbing. It's a waste.")
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("your opinion") == true, "\(critique.problems)")
  }

  @Test(
    "a complaint that they repeat themselves is a brush-off, not a reflection",
    arguments: [
      "you already said that tho", "ok you said that before", "mate you're repeating yourself",
    ])
  func repetitionComplaint(line: String) throws {
    let critique = try critic.critique(line, after: "The thing is, cars just cost a fortune.")
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("a brush-off") == true, "\(critique.problems)")
  }

  @Test("a why-question typed without its vowels asks why, and presumes its 'ever'")
  func chatSpeltWhy() throws {
    let critique = try critic.critique("y dnt u evr wnt 2 cme to the allotment wth me")
    #expect(critique.form == .leading, "\(critique.form)")
  }

  @Test("'y' is 'why' only before its verb: a letter elsewhere stays a letter")
  func whyOnlyBeforeItsVerb() {
    let read = { (text: String) in
      Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord).map(\.lowercased)
    }
    #expect(read("y dnt u ring her") == ["why", "don't", "you", "ring", "her"])
    #expect(read("plot it on the y axis") == ["plot", "it", "on", "the", "y", "axis"])
  }

  @Test(
    "what a thing does to how they feel ('it scares you') goes under their words",
    arguments: ["so the driving test scares you", "the noise from next door gets to you"])
  func feelingDoneToThem(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test("claiming to know what they keep back is flagged, with or without their words")
  func mindReading() throws {
    let line = "it sounds like the new job worries you more than you let on"
    for after in [nil, "Starting Monday. It's fine, I'll manage."] {
      let critique = try critic.critique(line, after: after)
      #expect(critique.form == .reflection)
      #expect(critique.depth == .complex)
      #expect(
        critique.problems.contains { $0.hasPrefix("'more than you let on'") },
        "\(critique.problems)")
    }
  }

  @Test("a command softened and put with a question mark is a fix to take or refuse")
  func softenedCommand() throws {
    let critique = try critic.critique(
      "maybe just try the shared calendar for a fortnight and see?",
      after: "We tried a list on the fridge. Nobody looked at it.")
    #expect(critique.form == .leading, "\(critique.form)")
    #expect(
      critique.problems.first?.hasPrefix("'maybe just try' puts your own fix") == true,
      "\(critique.problems)")
  }

  @Test(
    "owning a regret, or owning up and saying why you ask, is warmth, not praise or agreement",
    arguments: [
      "i should have been there for the recital. im sorry",
      "sorry. you're right. i'm honestly interested in how you see it",
    ])
  func ownedRegret(line: String) throws {
    let critique = try critic.critique(
      line, after: "You missed every recital that year and never said why.")
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("warmth") == true, "\(critique.problems)")
  }

  @Test("'part of it is' offered as a guess gives back what weighs on them, and goes under it")
  func partOfItGuess() throws {
    let critique = try critic.critique(
      "so part of it is worrying i'm heading back to the job you got me out of?",
      after:
        "My knees are shot from thirty years of laying floors. You were the one who got out of all that."
    )
    #expect(critique.form == .reflection, "\(critique.form)")
    #expect(critique.depth == .complex)
  }
}
