import Foundation
import Testing

@testable import SocraticCore

/// Right after a moment in their line, partner takes it up: a point granted to the listener is
/// acknowledged and asked about, never met as a charge nor tested again; a question put to the
/// listener about the listener is answered briefly and honestly, and the answer is coached as
/// one.
@Suite("Partner takes up the moment")
struct PartnerTakesUpTheMomentTests {
  /// A talk about a plan, with the listener's closed question just before the line.
  private func after(_ line: String) -> DialogueStep {
    var script = partnerScript()
    script.type("im moving back in with my parents to save for a deposit, its decided")
    script.type("/me have you talked to your sister about sharing the spare room?")
    return script.type(line)
  }

  @Test(
    "a point granted to the listener is acknowledged, and asked what it changes",
    arguments: [
      "ugh fine. ur irritatingly right, i'll ring my sister tonight",
      "ok ok you win lol, ill ask her first",
      "hmm fair point tbh. i'll talk to her before i tell mum",
      "argh you're not wrong. she'd kill me if i just turned up",
    ])
  func concession(line: String) {
    let step = after(line)
    let reflection = step.suggestedReflection ?? ""
    #expect(
      reflection.hasPrefix("Thanks for hearing me out") || reflection.hasPrefix("I appreciate"))
    #expect(!PartnerLines.calmLines(for: .hostile).contains(reflection))
    let questions = step.suggestedQuestions.map(\.text)
    #expect(questions.contains("What does that change for you?"))
    #expect(questions.count == 2)
  }

  @Test(
    "after a point granted, nothing tests the belief again",
    arguments: [
      "yeah ok, good point. i hadnt thought about the room at all",
      "fine fine ill sort it out with her first",
    ])
  func noTestingAfterAConcession(line: String) {
    let questions = after(line).suggestedQuestions.map { $0.text.lowercased() }
    #expect(!questions.isEmpty)
    for testing in ["mind", "sure", "100", "disagree", "evidence", "example", "wrong"] {
      #expect(!questions.contains { $0.contains(testing) })
    }
  }

  @Test(
    "a question put to the listener about the listener gets help to answer it, of its own kind",
    arguments: [
      ("ok mr sensible, what would change ur mind then?", "what would change your mind"),
      ("what would i have to show you for you to be happy with it", "what would change your mind"),
      ("be honest. what would you do if you were me", "what you'd do"),
      ("would u do it yourself?", "what you'd do"),
      ("am i being an idiot? like genuinely", "honestly and kindly"),
    ])
  func askedOfTheListener(line: String, help: String) {
    let items = after(line).suggestions
    #expect(items.count == 1)
    #expect(items.first?.label == "answer")
    #expect(items.first?.kind == nil)
    #expect(items.first?.text.contains(help) == true)
    #expect(items.first?.text.contains("hand it back") == true)
  }

  @Test(
    "a need told with the change in their life it follows is given back and asked about",
    arguments: [
      "lol my nan would love it. honestly its not about the bike, since me and dan split i just need something thats mine",
      "since the divorce i kinda want something just for me",
    ])
  func needAfterAChange(line: String) {
    var script = partnerScript()
    script.type("im getting a motorbike, ive basically decided")
    script.type("/me what's pulling you towards it?")
    let step = script.type(line)
    let reflection = step.suggestedReflection ?? ""
    #expect(reflection.hasPrefix("It sounds like"))
    #expect(step.suggestions.allSatisfy { $0.label(at: .claim) != "close" })
    let questions = step.suggestedQuestions.map(\.text)
    #expect(questions.contains("What would having something of your own give you?"))
    #expect(!questions.contains { $0.contains("sure") || $0.contains("see this differently") })
  }

  @Test("the listener's honest answer to their question is coached as an answer")
  func honestAnswerCoached() {
    var script = partnerScript()
    script.type("im moving back in with my parents to save for a deposit, its decided")
    script.type("what would change your mind then? go on")
    let step = script.type(
      "/me honestly if the rent here went down id think again. i just dont want you miserable")
    let critique = step.outputs.lazy.compactMap { output -> SessionEvent.Critique? in
      if case .review(let review) = output { return review.critique }
      return nil
    }.first
    #expect(critique?.problems == [ListenerCourtesy.Kind.answer.verdict])
  }

  @Test("help to answer is logged as an answer and read back as one")
  func answerLogged() throws {
    let logged = Data(#"{"form":"answer","text":"Say what you'd do."}"#.utf8)
    let item = try? JSONDecoder().decode(PartnerSuggestion.self, from: logged)
    #expect(item?.label == "answer")
    #expect(item?.text == "Say what you'd do.")
    let written = try item.map { try JSONEncoder().encode($0) } ?? Data()
    #expect(String(decoding: written, as: UTF8.self).contains(#""form":"answer""#))
  }
}
