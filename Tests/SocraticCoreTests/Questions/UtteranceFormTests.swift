import Testing

@testable import SocraticCore

/// Lines that ask nothing, as a learner would say them to someone: which are reflections and
/// which are statements, of which kind, and what the critic says about each.
@Suite("Utterance forms")
struct UtteranceFormTests {
  let critic = QuestionCritic()

  @Test(
    "a statement is told by what it does: advice, opinion, information, praise, choice, steering",
    arguments: [
      ("You might try walking to work twice a week.", StatementKind.advice),
      ("Maybe you could start with the smaller debts.", .advice),
      ("In my experience the first month is the hardest.", .opinion),
      ("When I gave up sugar I was grumpy for days.", .opinion),
      ("On average it takes a few attempts before quitting sticks.", .information),
      ("Coffee late in the day usually makes sleep worse.", .information),
      ("Your cholesterol is a bit on the high side.", .information),
      ("Thanks for telling me about the job.", .affirmation),
      ("Well done for going back to the gym.", .affirmation),
      ("In the end it's your decision.", .autonomy),
      ("You know yourself best here.", .autonomy),
      ("I'm sorry to hear about your dad.", .affirmation),
      ("Let's start with how the week went.", .structuring),
      ("See you next Thursday then.", .structuring),
      ("It shows you your resting heart rate.", .information),
      ("It tells you your step count for the week.", .information),
      ("So, sounds like a support group will be helpful.", .advice),
    ])
  func statementKind(text: String, kind: StatementKind) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [kind.explanation])
    // A stock line where the kind has one; else one made of the statement's words, or none.
    #expect(
      critique.suggestion == kind.suggestion
        || (kind.suggestion == nil && critique.suggestion.map(critic.isOpen) == true))
  }

  @Test(
    "a line that opens by saying what a thing will do or does informs",
    arguments: [
      "It's gonna take a few weeks for the patches to work.",
      "It'll feel strange for the first couple of days.",
      "It's going to be tough to sleep at first.",
      "It shows how much sugar is in each serving.",
    ])
  func openingPrediction(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement, "\(text): \(critique.form)")
    #expect(critique.problems == [StatementKind.information.explanation])
  }

  @Test(
    "a statement suggests an open question the critic passes, or none when only their words fit")
  func statementSuggestionsPass() {
    let withoutStock: [StatementKind] = [
      .advice, .affirmation, .request, .warmth, .opinion, .answer, .information,
      .listeningSound, .noise, .address,
    ]
    for kind in StatementKind.allCases where !withoutStock.contains(kind) {
      #expect(kind.suggestion.map(critic.isOpen) == true, "\(kind)")
    }
    for kind in withoutStock { #expect(kind.suggestion == nil, "\(kind)") }
  }

  @Test(
    "a word of thanks or sympathy after what they said recognises them; it argues nothing",
    arguments: [
      ("I finally told my boss I'm leaving.", "Thanks for telling me about the job."),
      ("My dad went into hospital on Monday.", "I'm sorry, that must have been a shock."),
      ("I haven't had a drink in a month.", "Well done, that takes real effort."),
    ])
  func recognitionAfterTheirWords(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.affirmation.explanation])
  }

  @Test(
    "second-person paraphrases and carried-on sentences are reflections, with no stem needed",
    arguments: [
      "You've been trying hard.",
      "You want to feel less tired in the mornings.",
      "Your family matters a lot.",
      "And you still miss the old flat.",
      "But the money keeps you there.",
      "Might be easier once the exams are over.",
    ])
  func reflectionWithoutStem(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a question word before its subject, or a relative pronoun after a comma, opens a clause",
    arguments: [
      ("What I'm hearing is that you're tired of the fights.", QuestionForm.reflection),
      ("When you get home late, you feel guilty.", .reflection),
      ("The tablets are well tolerated, which means side effects are rare.", .statement),
      ("I hear you saying the pay matters less now.", .reflection),
      ("What you're saying is the rent is too high?", .leading),
      ("How you holding up?", .open),
      ("What do you make of it", .open),
    ])
  func questionWordBeforeSubject(text: String, form: QuestionForm) throws {
    #expect(try critic.critique(text).form == form)
  }

  @Test(
    "said without '?', a line asks only when it is built as a question",
    arguments: [
      ("Could land you in hot water [inaudible 00:12:40]", false),
      ("So she talked over you, didn't even look at you.", false),
      ("Was told to rest by the physio.", false),
      ("How much you spend is your call.", false),
      ("What most people find is that the cravings pass.", false),
      ("I'm wondering if your sister noticed.", false),
      ("Would people mind if you left early", true),
      ("How many nights do you sleep badly", true),
      ("Did people notice the change", true),
      ("Might you go back to it", true),
      ("I wonder if your sister noticed?", true),
      ("I wonder if the bus is late again.", true),
      ("I wonder why the plan stopped working.", true),
      ("I'd like to ask you a couple of things about your sleep.", false),
      ("I wanted to ask you what the move was like.", true),
    ])
  func asksOnlyWhenBuiltAsQuestion(text: String, asks: Bool) throws {
    #expect(try critic.critique(text).form.isQuestion == asks)
  }

  @Test(
    "a count and its unit with no verb echoes their number; with a verb it informs",
    arguments: [
      ("Thirty a week.", QuestionForm.reflection), ("About six pints a night.", .reflection),
      ("Most adults need about eight hours a night.", .statement),
    ])
  func numberEcho(text: String, form: QuestionForm) throws {
    #expect(try critic.critique(text).form == form)
  }

  @Test("a transcript's note in square brackets is no word of the line")
  func transcriptNote() throws {
    let critique = try critic.critique("Could cost you the job [crosstalk]")
    #expect(critique.form == .reflection)
  }

  @Test("a line that summarises and then checks it is a checking reflection, not a yes/no")
  func summaryThenCheck() throws {
    let critique = try critic.critique("What I'm hearing is that money is tight. Is that right?")
    #expect(critique.form == .reflection)
  }
}
