import Testing

@testable import SocraticCore

/// Faults graders read in the critic's verdicts: a rewrite that kept a dangling "else", a
/// particle read as an insult, an acknowledgement read as a reflection, advice asked as what
/// holds them back read as open, and where they land on a view read as a plain fact.
@Suite("Graded forms and rewrites, round 2")
struct GradedFormsRound2Tests {
  let critic = QuestionCritic()

  @Test(
    "an alternative that names no option is dropped, not pasted into the rewrite",
    arguments: [
      "would you say the move was rushed or something else?",
      "was the rent rise the reason or anything else?",
    ])
  func emptyAlternativeDropped(_ line: String) throws {
    let critique = try critic.critique(line)
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.contains("else"))
    #expect(!suggestion.contains(" or "))
  }

  @Test("a particle closing the question is no name called")
  func particleIsNoInsult() throws {
    let critique = try critic.critique("are you sad about the old pier being knocked down?")
    #expect(critique.problems.allSatisfy { !$0.hasPrefix("insulting wording") })
    #expect(critique.form == .closed)
  }

  @Test("a bare acknowledgement is a sound of listening, not a reflection")
  func acknowledgementIsNoReflection() throws {
    let critique = try critic.critique("oh wow", after: "my brother quit his job to go busking")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.listeningSound.explanation])
  }

  @Test(
    "what holds them back, pushed with 'just', puts the asker's fix",
    arguments: [
      "what's stopping you from just ringing the landlord?",
      "what is stopping you from simply selling the van?",
    ])
  func pushedBarrierIsAdvice(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == AdviceQuestionRules.suggestion)
  }

  @Test("what holds them back, asked plainly, stays open")
  func plainBarrierIsOpen() throws {
    let critique = try critic.critique("what's stopping you from ringing the landlord?")
    #expect(critique.form == .open)
  }

  @Test("where they land on a view asks for the view, not a place")
  func whereTheyLandIsOpen() throws {
    let critique = try critic.critique("where do you land on the school run debate?")
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }
}

/// Fair reflections graders read as faulted: a meaning of what holds them back, and a denial
/// given back that was theirs, typed without its apostrophe.
@Suite("Fair reflections kept, round 2")
struct FairReflectionRound2Tests {
  let critic = QuestionCritic()

  @Test(
    "what their worry does to them is a meaning a complex reflection adds",
    arguments: [
      "you're not sure how he'd take it, and that's holding you back",
      "you can't tell how he'd take it and that's stopping you",
    ])
  func effectOnThemIsMeaning(_ line: String) throws {
    let critique = try critic.critique(
      line, after: "i keep meaning to ask for a raise but i dunno how my boss would react")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test("a denial of theirs given back is no dismissal, typed without its apostrophe")
  func theirDenialKept() throws {
    let critique = try critic.critique(
      "so the allotment's not just a hobby, it's where you switch off",
      after: "the allotment isnt just a hobby for me, its where i switch off")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }
}

/// Lines graders read as misread: a lone why behind openers, and "dose" typed for "does".
@Suite("Bare why and real-word slips, round 2")
struct BareWhyAndSlipRound2Tests {
  let critic = QuestionCritic()

  @Test(
    "a lone why behind openers is a bare why, with or without its mark",
    arguments: ["honestly why", "right but why?", "nah why tho?", "yeah but why"])
  func loneWhyIsBare(_ line: String) throws {
    let critique = try critic.critique(line, after: "i'm thinking of selling the camper van")
    #expect(critique.form == .open)
    #expect(critique.problems == [QuestionProblem.bareWhy.explanation])
    #expect(critique.suggestion == "What leads you to that?")
  }

  @Test("'dose' typed for 'does' before its subject asks")
  func doseAsks() throws {
    let heard = "my neighbour plays drums till midnight"
    let critique = try critic.critique("dose that keep you up", after: heard)
    #expect(critique.form == (try critic.critique("does that keep you up", after: heard)).form)
    #expect(critique.form == .closed)
    #expect(critique.question == "dose that keep you up")
  }
}

/// A harm put as the only other choice ("do you want her stuck indoors?") leads.
@Suite("Loaded alternatives, round 2")
struct LoadedAlternativeRound2Tests {
  let critic = QuestionCritic()

  @Test(
    "wanting someone in a dreaded state is the asker's view put as a choice",
    arguments: [
      ("do you want grandad stuck in that flat all winter?", "want grandad stuck"),
      ("do you want the kids glued to their phones?", "want the kids glued"),
    ])
  func dreadedStateLeads(_ line: String, _ words: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.first == QuestionProblem.loadedWording(words).explanation)
  }

  @Test(
    "wanting a thing plainly stays a plain question of their own",
    arguments: ["do you want the kids home by six?", "is that what you want?", "what do you want"])
  func plainWantIsNoHarm(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form != .leading)
  }
}
