import SocraticCore
import Testing

/// Rewrites that drop the presumption instead of wrapping a stock opener round it: a sarcastic
/// request, disbelief that the person still holds to something, a charge they must admit, a
/// feeling the asker fears, a choice that offers nothing, a person's own fact.
@Suite("Rewrites without the presumption")
struct PresumptionFreeRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "each fault gets its own shape, with the charge left out and the topic kept",
    arguments: [
      // A sarcastic request asks what would help, never whether the act would harm.
      (
        "Would it kill you to wipe the counter for once?",
        "What would make it easier for you to wipe the counter?"
      ),
      (
        "Would it be so hard to ring me back?",
        "What would make it easier for you to ring me back?"
      ),
      // Disbelief that the person still backs something: what keeps them at it.
      (
        "How can you still cheer for a side that never wins?", "What keeps you cheering for a side?"
      ),
      (
        "How could you believe a paper when it prints lies?",
        "What keeps you believing a paper?"
      ),
      // A charge to admit about the person: their side of the act, without "never".
      (
        "Why can't you just admit you never tidy the garage?",
        "What's your side of it when it comes to tidying the garage?"
      ),
      (
        "Why won't you admit you forgot to pay the bill?",
        "What's your side of it when it comes to paying the bill?"
      ),
      // A feeling the asker fears in someone: how they are feeling, without "still".
      ("Is your dad still cross with me?", "How is your dad feeling about me?"),
      ("Are the neighbours upset?", "How are the neighbours feeling?"),
      // A feeling put on the person is theirs to name: asked by what it is about.
      ("So you feel cheated by the landlord?", "How do you feel about the landlord?"),
      ("You feel ashamed about the overdraft?", "How do you feel about the overdraft?"),
      ("Do you feel jealous of your sister?", "How do you feel about your sister?"),
      (
        "So you feel hurt by what your cousin posted?",
        "How do you feel about what your cousin posted?"
      ),
      // A complaint that an act is not done asks what gets in the way of it, "do" and "have"
      // as its verb too, without holding them to their word.
      (
        "Why can't you just do the hoovering on Saturdays like you promised?",
        "What gets in the way of doing the hoovering on Saturdays?"
      ),
      (
        "Why can't you just have a word with the neighbours?",
        "What gets in the way of having a word with the neighbours?"
      ),
      // What they said of someone of the asker's, put in their mouth, is asked about.
      (
        "So you're saying my brother can't come for Christmas?",
        "What did you mean about my brother?"
      ),
      // Scorn for whoever does something is asked as the act.
      (
        "What kind of person parks across two spaces?",
        "What do you make of parking across two spaces?"
      ),
      // A choice whose other side is empty ("or what", "or not") is asked as one question.
      ("Is your nan still angry at us or what?", "How is your nan feeling about us?"),
      (
        "Is there an afterlife or isn't there?",
        "What's your view on whether there is an afterlife?"
      ),
      // Picking between two sides asks where the person stands.
      (
        "Are you on the side of the union or the bosses?",
        "Where do you stand between the union and the bosses?"
      ),
      // A fact the person is told they know is the asker's claim: its subject is asked about.
      ("Surely you know fizzy drinks rot your teeth?", "What have you noticed about fizzy drinks?"),
      // A charge against someone goes; who is charged and what it is about stay.
      (
        "Isn't the club just robbing its fans?",
        "How do you see the club when it comes to its fans?"
      ),
      (
        "Is your dad being totally unreasonable about the car?",
        "How do you see your dad when it comes to the car?"
      ),
      // A change judged better asks what it would change.
      (
        "Wouldn't it be easier if we just sold the car already?",
        "What would change if we sold the car?"
      ),
      // A keep-at charge drops the relative clause or comparison after the object.
      (
        "Why do you keep quoting that blog like it's gospel?",
        "How would you describe the way you quote that blog?"
      ),
    ])
  func faultShapes(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }
}
