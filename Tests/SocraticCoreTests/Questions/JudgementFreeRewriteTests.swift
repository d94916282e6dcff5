import SocraticCore
import Testing

/// Rewrites leave the asker's judgement out and keep the neutral act or topic (issue 13 item
/// 2): an act done to excess asks how they decide the amount, an act likened to something asks
/// about the act, a judged object loses the clause that judges it, a complaint about who does
/// a task asks how to share it, a disbelieved plan asks about their plans, a comparison that
/// argues goes, and plain requests and checks on the person's own doing need no rewrite.
@Suite("Rewrites without the asker's judgement")
struct JudgementFreeRewriteTests {
  let critic = QuestionCritic()

  private func expectRewrite(_ question: String, _ expected: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == expected, "\(question)")
    if let expected, !expected.hasPrefix("Can"), !expected.hasPrefix("Could") {
      #expect(critic.isOpen(expected))
    }
  }

  @Test(
    "an act done to excess asks how the person decides the amount",
    arguments: [
      (
        "Don't you think you're spending too much on takeaways?",
        "How do you decide how much to spend on takeaways?"
      ),
      ("Don't you think you're eating too much sugar?", "How do you decide how much sugar to eat?"),
      ("Aren't you buying too many shoes?", "How do you decide how many shoes to buy?"),
      (
        "Why do you always overspend on birthdays?",
        "How do you decide how much to spend on birthdays?"
      ),
      (
        "Don't you think you're playing way too many video games?",
        "How do you decide how many video games to play?"
      ),
      (
        "Don't you think you're sleeping far too much at weekends?",
        "How do you decide how much to sleep at weekends?"
      ),
      (
        "Aren't you overpaying for your phone contract?",
        "How do you decide how much to pay for your phone contract?"
      ),
      (
        "Don't you think we're watching too much telly?",
        "How do we decide how much telly to watch?"
      ),
    ])
  func excess(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "an act likened to something asks about the act alone",
    arguments: [
      (
        "Why do you always talk to me like I'm a child?",
        "How would you describe the way you talk to me?"
      ),
      (
        "Don't you think you're spending money like it grows on trees?",
        "How would you describe the way you spend money?"
      ),
      (
        "Why do you always park like you own the street?",
        "How would you describe the way you park?"
      ),
      (
        "Why do you always sing like nobody's listening?",
        "How would you describe the way you sing?"
      ),
      ("Why do you always argue like a lawyer?", "How would you describe the way you argue?"),
      (
        "Why do you always cook like it's for twenty people?",
        "How would you describe the way you cook?"
      ),
    ])
  func likened(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "a habit whose object a clause judges asks what the act gives them, without the clause",
    arguments: [
      ("Why do you keep buying plants you always kill?", "What do you get from buying plants?"),
      (
        "Why do you keep inviting friends who never turn up?",
        "What do you get from inviting friends?"
      ),
      ("Why do you always watch shows you hate?", "What do you get from watching shows?"),
      ("Why do you keep reading books you never finish?", "What do you get from reading books?"),
      (
        "Why do you keep lending money to people who never pay it back?",
        "What do you get from lending money to people?"
      ),
      (
        "Why do you keep following accounts that make you angry?",
        "What do you get from following accounts?"
      ),
      ("Why do you always order dishes you don't like?", "What do you get from ordering dishes?"),
      ("Why do you keep joining gyms you never go to?", "What do you get from joining gyms?"),
      ("Why do you keep watching films that bore you?", "What do you get from watching films?"),
    ])
  func judgedObject(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "a complaint about who always does a task asks how to share it",
    arguments: [
      (
        "Why am I always the one who cleans the bathroom?",
        "How do you think we should share who cleans the bathroom?"
      ),
      (
        "Why am I always the one who has to cook?",
        "How do you think we should share who has to cook?"
      ),
      (
        "Why is it always me who empties the dishwasher?",
        "How do you think we should share who empties the dishwasher?"
      ),
      (
        "Why am I the one who always books the vet?",
        "How do you think we should share who books the vet?"
      ),
      (
        "How come I'm always the one who walks the dog?",
        "How do you think we should share who walks the dog?"
      ),
      (
        "Why is it always me that pays for dinner?",
        "How do you think we should share who pays for dinner?"
      ),
      (
        "Why am I always the one that remembers birthdays?",
        "How do you think we should share who remembers birthdays?"
      ),
      (
        "Why am I always the one who sorts the bills?",
        "How do you think we should share who sorts the bills?"
      ),
      (
        "Why is it always me who irons the shirts?",
        "How do you think we should share who irons the shirts?"
      ),
    ])
  func sharedTask(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "a plan met with disbelief or a jab asks about their plans for what it is about",
    arguments: [
      (
        "You're not seriously going to sell the piano, are you?",
        "What are your plans for the piano?"
      ),
      (
        "You're going to finish the fence this weekend, right?",
        "What are your plans for the fence this weekend?"
      ),
      (
        "You're going to ring the plumber today, aren't you?",
        "What are your plans for the plumber today?"
      ),
      (
        "Are you going to fix your bike or just leave it in the hall?",
        "What are your plans for your bike?"
      ),
      (
        "You're not actually going to sell your flat, are you?",
        "What are your plans for your flat?"
      ),
    ])
  func plans(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "a comparison that argues against the person's choice is left out",
    arguments: [
      (
        "Why would anyone buy a scooter when bikes are so much cheaper?",
        "What leads people to buy a scooter?"
      ),
      (
        "Why would anyone drink tea when coffee is so much better?",
        "What leads people to drink tea?"
      ),
      ("Why would anyone rent when buying is far smarter?", "What leads people to rent?"),
      ("Why would anyone fly when trains are so much nicer?", "What leads people to fly?"),
      (
        "Why would anyone read e-books when paper is so much better?",
        "What leads people to read e-books?"
      ),
      (
        "Why would anyone watch cricket when football is way more exciting?",
        "What leads people to watch cricket?"
      ),
      (
        "Why would anyone shop in town when online is so much easier?",
        "What leads people to shop in town?"
      ),
      (
        "Why would anyone use Windows when Linux is so much safer?",
        "What leads people to use Windows?"
      ),
      (
        "Why would anyone cycle to work when the bus is so much quicker?",
        "What leads people to cycle to work?"
      ),
      (
        "Why would anyone keep fish when cats are so much friendlier?",
        "What leads people to keep fish?"
      ),
    ])
  func arguingComparison(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "a plain request, or a check on what the person has done, gets no rewrite",
    arguments: [
      "Can you turn the heating up?", "Could you pick the kids up at five?",
      "Can we leave before the speeches?", "Could we eat somewhere quiet tonight?",
    ])
  func noRewrite(question: String) throws {
    try expectRewrite(question, nil)
  }

  @Test(
    "a request with a dig is suggested without the dig",
    arguments: [
      (
        "Can we please have one dinner without phones, for once?",
        "Can we please have one dinner without phones?"
      ),
      ("Could you just answer the phone for a change?", "Could you answer the phone?"),
      ("Could you actually listen for once?", "Could you listen?"),
      ("Can you ever close a cupboard door?", "Can you close a cupboard door?"),
    ])
  func requestWithDig(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }

  @Test(
    "an either-or about a past state asks what they remember",
    arguments: [
      ("Was the water warm or cold?", "What do you remember about the water?"),
      ("Were the tickets cheap or expensive?", "What do you remember about the tickets?"),
      ("Was the shop busy or quiet?", "What do you remember about the shop?"),
      ("Was the driver calm or angry?", "What do you remember about the driver?"),
      ("Was the hotel clean or dirty?", "What do you remember about the hotel?"),
    ])
  func pastChoice(question: String, expected: String) throws {
    try expectRewrite(question, expected)
  }
}
