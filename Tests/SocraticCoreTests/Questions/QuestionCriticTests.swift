import SocraticCore
import Testing

@Suite("QuestionCritic")
struct QuestionCriticTests {
  let critic = QuestionCritic()

  @Test("critiques DESIGN.md's example exactly as its contract shows")
  func designExample() throws {
    let critique = try critic.critique("Don't you think crypto is a scam?")
    #expect(
      critique
        == QuestionCritique(
          question: "Don't you think crypto is a scam?", form: .leading, kind: .assumptions,
          problems: ["negative question that presumes the answer"],
          suggestion: "How do you see crypto?"))
  }

  @Test(
    "rewrites the issue's examples into open questions that keep the topic",
    arguments: [
      ("Is crypto a scam?", "How do you see crypto?"),
      ("Do you think AI should be regulated?", "What would change if AI were regulated?"),
      ("Should we ban TikTok?", "What would change if we banned TikTok?"),
      ("Don't you think taxes are too high?", "How high do you think taxes are?"),
      ("Why would anyone be so stupid as to buy Bitcoin?", "What leads people to buy Bitcoin?"),
    ])
  func issueExamples(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "rewrites each shape of claim by its own rule",
    arguments: [
      (
        "Will AI replace most programmers?",
        "What would it take for AI to replace most programmers?"
      ),
      ("Would a wealth tax work?", "What would it take for a wealth tax to work?"),
      // "To what extent" asked the degree of a yes or no; what would settle it keeps the claim.
      (
        "Does social media harm teenagers?",
        "What effect do you think social media has on teenagers?"
      ),
      (
        "Is Bitcoin a currency or an asset?",
        "How would you decide whether Bitcoin is a currency or an asset?"
      ),
      (
        "Is it possible that crypto isn't a scam?",
        "What would it take for crypto not to be a scam?"
      ),
      (
        "Isn't it ridiculous that crypto is still legal?",
        "What do you make of the fact that crypto is still legal?"
      ),
      ("Are crypto bros idiots?", "How would you describe crypto investors?"),
      ("Do you have any evidence for that?", "What evidence do you have for that?"),
      (
        "Is there a better way to fund public transport?",
        "What better way is there to fund public transport?"
      ),
      ("Is there life on Mars?", "What's your view on whether there is life on Mars?"),
      ("Is that a bit extreme?", "What's your view on whether that is a bit extreme?"),
      ("Is she a little naive about China?", "How does she see China?"),
      ("Who cares about crypto?", "Why does crypto matter to you?"),
      ("Why do idiots still use Facebook?", "Why do people still use Facebook?"),
      ("How can you possibly believe that?", "What keeps you believing that?"),
      (
        "If taxes went up, would people leave the city?",
        "What would it take for people to leave the city if taxes went up?"
      ),
      ("Should I quit my job?", "What would change if I quit my job?"),
      ("Crypto?", "What do you think about crypto?"),
      ("Really?", "What makes you say that?"),
    ])
  func rewriteRules(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "rewrites keep compound subjects, the topic of an insult and the asker's own words",
    arguments: [
      ("Is AI regulation necessary?", "How necessary do you think AI regulation is?"),
      ("Is Taiwan part of China or not?", "What's your view on whether Taiwan is part of China?"),
      ("Why are you so naive about China?", "How do you see China?"),
      (
        "Why is it that politicians never keep their promises?",
        "What makes it hard for some politicians to keep their promises?"
      ),
      ("Why do banks always win?", "What leads some banks to win?"),
      ("Why are crypto bros so stupid about money?", "How do crypto investors see money?"),
      ("You know they're lying, right?", "What's your view on whether they're lying?"),
      // A fact the person is told they realise is the asker's claim: its subject is asked about.
      (
        "You realize that inflation hurts the poor the most?",
        "What have you noticed about inflation?"
      ),
      ("Do you think I should move abroad?", "What would change if I moved abroad?"),
      ("Should parents limit screen time?", "What would change if parents limited screen time?"),
      ("Why are you so obsessed with crypto?", "How do you see crypto?"),
      ("You know that's not true, right?", "What's your view on whether that's true?"),
      ("You do realize the polls were wrong?", "How do you see the polls?"),
      ("You realise rents have gone up?", "What have you noticed about rents?"),
      ("Do you know the way to the station?", "What do you know about the way to the station?"),
      ("So you're telling me the plan worked?", "What's your view on whether the plan worked?"),
      ("Are you telling me Dad knew all along?", "What makes you say Dad knew all along?"),
      (
        "Which is worse, inflation or unemployment?",
        "How would you decide which is worse, inflation or unemployment?"
      ),
      (
        "Is the EU or NATO more important for peace?",
        "How would you decide whether the EU or NATO is more important for peace?"
      ),
    ])
  func keepsWhatIsAsked(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "rewrites only into states a thing can look, and take only what a future can",
    arguments: [
      (
        "Do you think remote work is here to stay?",
        "What's your view on whether remote work is here to stay?"
      ),
      ("Can AI ever be creative?", "What would it take for AI to be creative?"),
      (
        "Wouldn't it be better to just ban guns?",
        "What's your view on whether it would be better to ban guns?"
      ),
      ("Aren't you worried about AI taking your job?", "How do you feel about AI taking your job?"),
      ("Why is everyone so obsessed with AI?", "What leads people to be obsessed with AI?"),
      (
        "You don't actually trust the government, do you?",
        "How do you feel about trusting the government?"
      ),
      (
        "So, do you still think Brexit was worth it?",
        "What was Brexit worth to you?"
      ),
      ("Would you say you're an optimist?", "How do you feel about being an optimist?"),
    ])
  func readsWell(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "finds judgements of people, rhetorical 'a smart person', and choices after 'who'",
    arguments: [
      (
        "Why are crypto people so arrogant?", QuestionForm.leading,
        "How would you describe crypto people?"
      ),
      (
        "Why would a smart person invest in meme stocks?", .leading,
        "What leads people to invest in meme stocks?"
      ),
      (
        "Who would you trust more, a scientist or a politician?", .closed,
        "How would you decide who you would trust more, a scientist or a politician?"
      ),
    ])
  func judgementsAndChoices(question: String, form: QuestionForm, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == form)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "reads the kind from what is asked, not from a word that only looks like a cue",
    arguments: [
      ("Do you believe in free will?", QuestionKind.assumptions),
      ("Does money make people happier?", .assumptions),
      ("How would you feel if your job was automated?", .implications),
      ("How do you think your parents would see this?", .viewpoints),
      ("When did you start doubting the news?", .evidence),
      ("How would you know if an AI were conscious?", .evidence),
      ("Why are you so sure?", .evidence),
      ("How did you come to love jazz?", .evidence),
      ("What has made you so angry?", .evidence),
      ("How can we check whether the data is right?", .evidence),
      ("What is the plan taking as given about interest rates?", .assumptions),
      ("How does your boss see the merger?", .viewpoints),
      ("How do you reckon your wife views the move?", .viewpoints),
      ("I'd be interested to hear what your sister thinks about it.", .viewpoints),
      ("Tell me what you think about the plan.", .clarification),
      ("Which is safer, trains or planes?", .assumptions),
      ("Who would you trust more, a scientist or a politician?", .clarification),
      // What would change their mind, whatever words ask it.
      ("What would it take for you to see the new rota differently?", .inversion),
      ("What might make you rethink the move?", .inversion),
    ])
  func kinds(question: String, kind: QuestionKind) throws {
    #expect(try critic.critique(question).kind == kind)
  }

  @Test(
    "explains each problem in words a learner understands",
    arguments: [
      ("Isn't it obvious?", ["negative question that presumes the answer"]),
      (
        "Crypto is a scam, right?",
        ["tag question that asks the person to agree rather than to think"]
      ),
      ("Surely AI is dangerous?", ["'Surely' tells the person what the answer should be"]),
      (
        "Crypto is a scam?",
        ["statement with a question mark: it tells the person the answer instead of asking"]
      ),
      (
        "Why do idiots buy crypto?",
        ["insulting wording ('idiots') puts the person on the defensive"]
      ),
      (
        "Why on earth do you trust banks?",
        ["loaded wording ('on earth') tells the person what to think of it"]
      ),
      (
        "How can anyone trust a bank?", ["rhetorical question that makes a point instead of asking"]
      ),
      (
        "Do you really think so?",
        ["'really' sounds like disbelief and puts the person on the defensive"]
      ),
      (
        "Why do banks always win?",
        ["'always' takes a sweeping claim for granted instead of asking whether it holds"]
      ),
      (
        "Why are crypto people so arrogant?",
        ["loaded wording ('so arrogant') tells the person what to think of it"]
      ),
      ("Is crypto a scam?", ["yes/no question that can be answered in one word"]),
      (
        "Is it a currency or an asset?",
        ["either-or question that offers only the answers you thought of"]
      ),
      (
        "Who invented Bitcoin?",
        ["asks for a single fact, which can be looked up rather than thought through"]
      ),
      ("What?", ["'What?' alone asks the person to repeat themselves, not to think"]),
      ("Crypto?", ["not a whole question, so the person has to guess what you are asking"]),
    ])
  func problemExplanations(question: String, problems: [String]) throws {
    #expect(try critic.critique(question).problems == problems)
  }

  @Test(
    "takes a request to talk for the open question it is",
    arguments: [
      "Can you tell me more about why you distrust banks?", "Could you say more about that?",
      "Would you mind explaining how staking works?", "Tell me more.",
      "Help me understand what you mean by freedom.", "I wonder what your neighbours think.",
      "Can I ask why you voted that way?", "I'd be interested to learn how you budget.",
      "Would you be able to explain what a stablecoin is?", "Any thoughts on the new manager?",
    ])
  func requests(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "words the person is quoted as saying are theirs, not loaded wording of the asker",
    arguments: [
      "What do you mean when you say they are idiots?", #"What do you mean by "stupid"?"#,
      "Why do you call the plan crazy?",
    ])
  func quotedWords(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test("an insult the question calls its subject is asked about as a description")
  func describedSubject() throws {
    let critique = try critic.critique("Why might people who disagree with you not be idiots?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How would you describe people who disagree with you?")
  }

  @Test(
    "a question that joins or embeds another asks for more than a fact",
    arguments: [
      "Which earlier technologies were judged harshly, and how have those judgements aged?",
      "Which wars of the past turned out differently from what people expected?",
    ])
  func compoundQuestion(question: String) throws {
    #expect(try critic.critique(question).form == .open)
  }

  @Test(
    "what stands before the question and says nothing of it is left out of the rewrite",
    arguments: [
      ("So essentially you think the deal is dead?", "How do you see the deal?"),
      (
        "Be straight with me: is the company in trouble?",
        "What's your view on whether the company is in trouble?"
      ),
      ("Be honest, you've read it, haven't you?", "How do you feel about reading it?"),
      ("Dad, should we sell the car?", "What would change if we sold the car?"),
      (
        "Given the war, should we sell the car?",
        "What would change if we sold the car given the war?"
      ),
    ])
  func preambles(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .open)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'any' with a noun after 'How could' or 'Why would' is rhetorical, about what leads them",
    arguments: [
      (
        "How could any teacher allow phones in class?",
        "What leads teachers to allow phones in class?"
      ),
      ("Why would any government do that?", "What leads governments to do that?"),
      ("Why would any person vote for him?", "What leads people to vote for him?"),
    ])
  func anyWhoever(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.kind == .viewpoints)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'How is it fair', 'Why is it always them who' and 'Is it just me, or' presume the answer",
    arguments: [
      (
        "How is it right to fire people by email?",
        QuestionKind.assumptions, "How do you feel about firing people by email?"
      ),
      ("Why is it never the rich who pay?", .evidence, "What makes it hard for the rich to pay?"),
      (
        "Why is it always the council that says no?", .evidence, "What leads the council to say no?"
      ),
      (
        "Is it me or are prices going up?", .assumptions,
        "What's your view on whether prices are going up?"
      ),
      (
        "Is it only me, or has the office gone quiet?",
        .assumptions, "What's your view on whether the office has gone quiet?"
      ),
    ])
  func presumedJudgements(question: String, kind: QuestionKind, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.kind == kind)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'How is it possible', 'Why is it always so' and 'Is it me you' presume nothing",
    arguments: [
      ("How is it possible that prices keep rising?", QuestionForm.open),
      ("Why is it always so cold in here?", .open),
      ("Is it me you want to talk to?", .closed),
    ])
  func unpresumed(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test(
    "'How long' asks for a length of time, of the world or of the person (issue 12: a number answers it)",
    arguments: [
      // A length of time is a plain fact: fine closed, with no rewrite (issue 13).
      ("How long has the war been going on?", QuestionForm.closed, String?.none),
      ("How long have you felt this way?", .closed, nil),
    ])
  func howLong(question: String, form: QuestionForm, suggestion: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == form)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'How much' with a verb of paying or with no object asks for an amount; with any other verb, for a degree",
    arguments: [
      ("How much do you earn?", QuestionForm.closed), ("How much did it cost?", .closed),
      ("How much did you enjoy the trip?", .open), ("How much do you care about it?", .open),
      ("How much do you drink?", .closed), ("How much are you smoking these days?", .closed),
    ])
  func howMuch(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test("'How would any company …' can ask how it would be done")
  func anyAsked() throws {
    #expect(try critic.critique("How would any company handle a ransomware attack?").isGood)
  }

  @Test("a request that asks only whether something is so is closed")
  func requestForYesOrNo() throws {
    let critique = try critic.critique("Can you tell me whether the sanctions are working?")
    #expect(critique.form == .closed)
    #expect(critique.suggestion == "What's your view on whether the sanctions are working?")
  }

  @Test("'Any idea whether …' asks only whether, as 'Any idea why …' does not")
  func anyIdea() throws {
    let critique = try critic.critique("Any idea whether the trains are running?")
    #expect(critique.form == .closed)
    #expect(critique.suggestion == "What's your view on whether the trains are running?")
    #expect(try critic.critique("Any idea why the trains are late?").isGood)
  }

  @Test("'What?' alone is closed: it asks for a repeat, and the rewrite asks what was meant")
  func whatAlone() throws {
    let critique = try critic.critique("What?")
    #expect(critique.form == .closed)
    #expect(critique.kind == .clarification)
    #expect(critique.suggestion == "What do you mean by that?")
  }

  @Test(
    "'Why?' and 'How so?' alone are open questions about reasons", arguments: ["Why?", "How so?"])
  func whyAlone(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.kind == .evidence)
    // A bare "why" is told how it can land, with a curious wording to ask instead.
    #expect(critique.suggestion == (question == "Why?" ? "What leads you to that?" : nil))
  }

  @Test("'Who?' or 'When?' alone asks for one fact, with nothing of a topic to keep")
  func questionWordAlone() throws {
    let critique = try critic.critique("When?")
    #expect(critique.form == .closed)
    #expect(critique.suggestion == "Can you say more about that?")
  }

  @Test(
    "a question without a question mark is still a question when it opens like one",
    arguments: [
      ("Why is that", QuestionForm.open), ("Is crypto a scam", .closed), ("Tell me more", .open),
      // Their word as a lead-in, then what it asks.
      ("when you say dangerous what do you mean exactly, like dangerous to who", .open),
      ("when you say fair what do you mean by that", .open),
      ("when you mention the banks how do you see them", .open),
      ("when you talk about freedom what does that look like for you", .open),
      // "What" and a noun ask which one; only "what" with a verb names a thing said.
      ("what day is the bin collection", .closed), ("what colour is her new car", .closed),
    ])
  func withoutQuestionMark(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test(
    "a line that asks nothing is a reflection or a statement, never refused",
    arguments: [
      ("It sounds like fairness matters a lot to you.", QuestionForm.reflection),
      ("So you've been thinking about selling the car.", .reflection),
      ("You're worried the new job will eat your weekends.", .reflection),
      ("You feel nobody at work listens.", .reflection),
      ("You should talk to your landlord before you move out.", .statement),
      ("I think crypto is mostly hype.", .statement),
      ("Research shows that most diets fail within 2 years.", .statement),
      ("Let's talk about your budget next week.", .statement),
    ])
  func saysNothingAsked(text: String, form: QuestionForm) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == form)
    #expect(critique.kind == nil)
    #expect((critique.depth != nil) == (form == .reflection))
    #expect(form == .statement || critique.suggestion == nil)
  }

  @Test(
    "reflections and statements are told apart by how they are built",
    arguments: [
      // The person as the subject of a verb of feeling, wanting or doing.
      ("You were hoping the move would make things easier.", QuestionForm.reflection),
      ("You'd rather sort this out on your own.", .reflection),
      ("You've got a lot on your plate right now.", .reflection),
      // A value named, both sides of ambivalence, the person's own sentence carried on.
      ("Your family really matters to you.", .reflection),
      ("On the one hand the job pays well, and on the other it leaves you no time.", .reflection),
      ("Part of you wants to stop, and part of you isn't ready.", .reflection),
      (
        "Even though you enjoy the evenings out, the mornings after are getting harder.",
        .reflection
      ),
      ("Kind of a relief to have said it out loud.", .reflection),
      // Advice, with or without permission; options; information; the speaker's own concern.
      ("Try keeping a note of each drink for a week.", .statement),
      ("You don't need to decide anything today.", .statement),
      ("If you're interested, we can look at some options together.", .statement),
      ("Some people find it easier to cut down at weekends first.", .statement),
      ("The medication can have side effects, like feeling dizzy.", .statement),
      ("I'm concerned about how much you're driving after a few beers.", .statement),
    ])
  func builtAs(text: String, form: QuestionForm) throws {
    #expect(try critic.critique(text).form == form)
  }

  @Test(
    "a statement gets a problem and an open question to say instead, which the critic passes",
    arguments: [
      (
        "You're right about that.",
        "agreement: it tells them they are right, which ends their thinking where asking what"
          + " brought them there would carry it on",
        "What brought you to that view?"
      )
    ])
  func statementSuggestion(text: String, problem: String, suggestion: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.problems == [problem])
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "advice, an opinion or information gets its problem and a question made of its own words",
    arguments: [
      (
        "You should cut down on sugar.",
        "advice: it tells the person what to do, where a question would draw out their own ideas",
        "What have you thought of trying so far?"
      ),
      (
        "I think that plan is a mistake.",
        "your opinion: it argues your view instead of drawing out theirs",
        "What do you make of the idea that that plan is a mistake?"
      ),
      (
        "Studies show 40 percent of smokers relapse.",
        "information: it tells the person something instead of asking or giving back what "
          + "they said",
        "What do you make of the idea that 40 percent of smokers relapse?"
      ),
    ])
  func statementOwnWordsRewrite(text: String, problem: String, suggestion: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.problems == [problem])
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a reflection's depth: simple in their words, complex when it adds what lies under them",
    arguments: [
      ("I moved out of my parents' place last month.", "You moved out last month.", "simple"),
      (
        "I moved out of my parents' place last month.", "You're proud of standing on your own.",
        "complex"
      ),
      ("My sister keeps cancelling our plans.", "Your sister keeps cancelling.", "simple"),
      ("My sister keeps cancelling our plans.", "You're hurt when she does that.", "complex"),
      (
        "I might quit, but the pay is good.",
        "Part of you wants to leave and part of you wants the pay.", "complex"
      ),
    ])
  func depth(after: String, reflection: String, depth: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth?.rawValue == depth)
  }

  @Test(
    "wording that presumes what the person does leads, and the rewrite takes it out",
    arguments: [
      (
        "Why do you keep ignoring the lab results?",
        "'keep ignoring' takes for granted what the person does or must admit, instead of asking",
        "How do you see the lab results?"
      ),
      (
        "When will you finally admit the merger failed?",
        "'finally admit' takes for granted what the person does or must admit, instead of asking",
        "How do you see the merger?"
      ),
      (
        "How will a new stadium magically save the town?",
        "'magically' mocks the view instead of asking about it",
        "How will a new stadium save the town?"
      ),
      (
        "Either we raise taxes or we close schools, which is it?",
        "offers two options as the only ones and demands a pick",
        "What options do you see besides raising taxes and closing schools?"
      ),
      (
        "Why do you always side with your boss?",
        "'always' takes a sweeping claim for granted instead of asking whether it holds",
        "How do you see your boss's side of it?"
      ),
    ])
  func presumingWording(question: String, problem: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems == [problem])
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a rewrite keeps its topic whole: a clean noun phrase, or the clause asked about as a whole",
    arguments: [
      ("When will you finally admit that the budget is a mess?", "How do you see the budget?"),
      (
        "Why do you still believe the landlord cares about tenants?",
        "What's your view on whether the landlord cares about tenants?"
      ),
      (
        "Why do you keep defending what the coach decided?",
        "What do you make of what the coach decided?"
      ),
      ("When will you stop defending the new bus lane?", "How do you see the new bus lane?"),
      ("Why do you keep ignoring that warning?", "How do you see that warning?"),
      (
        "Is the new bypass worth the cost?",
        "What is the new bypass worth to you?"
      ),
      (
        "Is the season ticket worth sixty pounds?",
        "What is the season ticket worth to you?"
      ),
    ])
  func wholeTopic(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a reflection with a question mark that says what they think puts words in their mouth",
    arguments: [
      (
        "So you think recycling is pointless?",
        "How do you see recycling?"
      ),
      (
        "You believe the referee was bought?", "What's your view on whether the referee was bought?"
      ),
    ])
  func wordsInTheirMouth(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(
      critique.problems.first
        == "puts words in their mouth: say back what you heard, without a question mark, or ask")
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "empty text, and text with no words, are refused", arguments: ["", "   \n\t", "?", "?!", "..."])
  func nothingToCritique(text: String) {
    let expected: NotAQuestion = text.contains(where: { !$0.isWhitespace }) ? .noWords : .empty
    #expect(throws: expected) { try critic.critique(text) }
  }

  @Test("the refusals say what is wrong and how to fix it")
  func refusalMessages() {
    #expect(
      NotAQuestion.empty.description
        == "There is no question to critique: the text is empty. "
        + "Write the question you would ask, such as \"Is crypto a scam?\"")
    #expect(
      NotAQuestion.noWords.description
        == "There is no question to critique: the text has no words. "
        + "Write the question you would ask, such as \"Is crypto a scam?\"")
    #expect(
      NotAQuestion.tooLong(characters: 1_234).description
        == "The question is 1,234 characters long; the most is 1,000. Ask one short question.")
    #expect(NotAQuestion.empty.category == .badInput)
  }

  @Test("text over 1,000 characters is refused; 1,000 characters are critiqued")
  func length() throws {
    let question = "Why do you think " + String(repeating: "very ", count: 200) + "much?"
    let tooLong = String(question.prefix(QuestionCritic.maximumLength + 1))
    #expect(throws: NotAQuestion.tooLong(characters: 1_001)) { try critic.critique(tooLong) }
    let longest = String(question.prefix(QuestionCritic.maximumLength - 1)) + "?"
    #expect(longest.count == 1_000)
    #expect(try critic.critique(longest).form == .open)
  }

  @Test("several questions: the first is critiqued, and asking several is a problem")
  func severalQuestions() throws {
    let open = try critic.critique("Why do you think that? Is it because of FTX?")
    #expect(open.form == .open)
    #expect(open.kind == .evidence)
    #expect(
      open.problems == [
        "asks 2 questions at once, and the person can answer only one: ask them one at a time"
      ])
    #expect(open.suggestion == "Why do you think that?")
    let closed = try critic.critique("Is crypto a scam? Why? What about FTX?")
    #expect(closed.form == .closed)
    #expect(closed.problems.count == 2)
    #expect(closed.problems.last?.hasPrefix("asks 3 questions at once") == true)
    #expect(closed.suggestion == "How do you see crypto?")
  }

  @Test("a statement before the question is context; a tag alone asks about it")
  func context() throws {
    let question = try critic.critique("Crypto crashed again. Is it a scam?")
    #expect(question.form == .closed)
    #expect(question.suggestion == "What's your view on whether it is a scam?")
    let tag = try critic.critique("Crypto is a scam. Right?")
    #expect(tag.form == .leading)
    #expect(tag.suggestion == "How do you see crypto?")
    #expect(try critic.critique("Right?").suggestion == "What do you think?")
  }

  @Test("keeps the question exactly as written, curly apostrophes and spacing included")
  func keepsText() throws {
    let text = "  Don’t you think   crypto is a scam?  "
    let critique = try critic.critique(text)
    #expect(critique.question == text)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you see crypto?")
  }

  @Test("symbols and other scripts are kept as they are, and emoji alone have no words")
  func symbols() throws {
    let rocket = try critic.critique("Is 🚀 a scam?")
    #expect(rocket.form == .closed)
    #expect(rocket.suggestion == nil)
    #expect(try critic.critique("¿Qué?").form == .closed)
    #expect(throws: NotAQuestion.noWords) { try critic.critique("🤔?") }
  }

  @Test("isOpen is true for a good open question only")
  func isOpen() {
    #expect(critic.isOpen("What makes you think so?"))
    #expect(!critic.isOpen("Is crypto a scam?"))
    #expect(!critic.isOpen("Crypto is a scam."))
    #expect(!critic.isOpen("Why do you think that? Is it because of FTX?"))
  }

  @Test(
    "a noun that calls people names is insulting though no list holds it; animals said of people too",
    arguments: [
      ("Are tax collectors vultures?", "vultures", "How would you describe tax collectors?"),
      ("Is your boss a swindler?", "swindler", "How would you describe your boss?"),
      ("Why do you trust that charlatan?", "charlatan", "Why do you trust that person?"),
      ("Why are lobbyists such rats?", "rats", "How would you describe lobbyists?"),
    ])
  func nameCalling(question: String, insult: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(
      critique.problems.first == "insulting wording ('\(insult)') puts the person on the defensive")
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "an animal noun about animals or things, or a plain noun for people, calls nobody names",
    arguments: [
      "Is that a bear?", "Are whales fish?", "Are cats better pets than dogs?",
      "Is Bitcoin a bubble?", "Are bankers accountable?", "Is your boss a lawyer?",
    ])
  func notNameCalling(question: String) throws {
    let critique = try critic.critique(question)
    #expect(!critique.problems.contains { $0.hasPrefix("insulting wording") }, "\(critique)")
  }
}
