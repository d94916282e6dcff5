import SocraticCore
import Testing

@testable import SocraticCore

/// Leading and closed questions as people ask them at home (family rows, money, chores, pets,
/// politics at dinner, health, dating, work): each gets one rewrite that is a question, keeps
/// a word of its topic and passes the critic itself.
@Suite("Rewrites of questions asked in a row at home")
struct HomeRowRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "each leading or closed question gets an open rewrite that keeps its topic",
    arguments: [
      ("You're going to walk the dog tonight, aren't you?", "dog"),
      ("Great idea to buy another car, isn't it?", "car"),
      ("Who's going to pay for the new sofa, you?", "sofa"),
      ("Who's going to drive grandma to the hospital, me again?", "hospital"),
      ("So you're saying I never help with the laundry?", "laundry"),
      ("So you're saying your brother is more important than our holiday?", "brother"),
      ("Don't you think your mother interferes too much?", "mother"),
      ("Don't you think you should see a doctor about that cough?", "doctor"),
      ("Why can't you just tell your boss no?", "boss"),
      ("Why can't you just put your dishes in the dishwasher?", "dishes"),
      ("Are you going to apologise to your sister or not?", "sister"),
      ("Do you want to save for a house or waste it all on takeaways?", "house"),
      ("Isn't it obvious that the landlord is ripping us off?", "landlord"),
      ("You don't really believe the election was rigged, do you?", "election"),
      ("Wouldn't it be better if your dad stopped smoking?", "smoking"),
      ("Shouldn't you be looking for a proper job by now?", "job"),
      ("Why do you always take your phone to the dinner table?", "phone"),
      ("Why are you so lazy about the garden?", "garden"),
      ("Is he cheating on you or are you just paranoid?", "cheating"),
      ("Aren't you embarrassed to be dating someone half your age?", "dating"),
      ("Do you really think the vet needs that much money?", "vet"),
      ("Surely you can see that the puppy needs more exercise?", "puppy"),
      ("Why would anyone trust a politician at Christmas dinner?", "politician"),
      ("Is it too much to ask that you take the bins out once a week?", "bins"),
      ("Don't you care that your grades are slipping?", "grades"),
      ("You'd rather go to the pub than see your kids, wouldn't you?", "kids"),
      ("Why should I always be the one who cooks?", "cooks"),
      ("Was it really smart to lend your cousin two thousand pounds?", "cousin"),
      ("Do you even know how much we spend on coffee?", "coffee"),
      ("Isn't your diet just another fad?", "diet"),
      ("Why do you keep defending a manager who takes credit for your work?", "manager"),
      ("Can't you see that your girlfriend is using you?", "girlfriend"),
      ("So the rota is fair now, is it?", "rota"),
      ("Are you seriously going to vote for that clown?", "voting"),
      ("Should we sell the house or wait until the market recovers?", "house"),
      ("Don't you think it's selfish to skip your nan's birthday?", "birthday"),
      ("Who's going to feed the rabbits when you're away, the neighbours?", "rabbits"),
      ("Why is it always me who has to call the plumber?", "plumber"),
    ])
  func keepsTopic(question: String, topic: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .open)
    let suggestion = try #require(critique.suggestion)
    #expect(suggestion.hasSuffix("?"))
    #expect(suggestion.lowercased().contains(topic))
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a feeling or a charge the asker puts on the person is left out, and the act asked about",
    arguments: [
      ("Aren't you ashamed to be seen with him?", "How do you feel about being seen with him?"),
      (
        "Aren't you nervous to leave the baby with your parents?",
        "How do you feel about leaving the baby with your parents?"
      ),
      // A verdict said without "it's" is a verdict still.
      (
        "Clever plan to sell the van before winter, isn't it?",
        "How do you see selling the van before winter?"
      ),
    ])
  func feelingLeftOut(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a reproach, a belittled option or a ranking put in their mouth is left out of the rewrite",
    arguments: [
      (
        "Shouldn't you be saving for a real pension by now?",
        "What would change if you were saving for a pension?"
      ),
      (
        "Do you want to fix the roof or squander the bonus on gadgets?",
        "How would you weigh fixing the roof against spending the bonus on gadgets?"
      ),
      (
        "So you're saying the match matters more than my birthday?",
        "How do you weigh the match against my birthday?"
      ),
      ("So you're saying I never listen to your sister?", "What did you mean about your sister?"),
    ])
  func reproachLeftOut(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "who is to do a task, asked with an answer thrown in, asks how to handle the task",
    arguments: [
      (
        "Who's going to clean the gutters, me again?",
        String?("How do you think we should handle cleaning the gutters?")
      ),
      (
        "Who's going to water the plants while we're away, the cat?",
        "How do you think we should handle watering the plants while we're away?"
      ),
      (
        "Why should I always be the one who hoovers the stairs?",
        "How do you think we should share who hoovers the stairs?"
      ),
      // Asked plainly, who will do it is a fact to settle.
      ("Who's going to pick up the kids on Friday?", nil),
    ])
  func sharedTask(question: String, suggestion: String?) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "'how is it my job / my fault' asks how to handle the task, or what led to what happened",
    arguments: [
      (
        "How is it my job to empty the dishwasher?",
        "How do you think we should handle emptying the dishwasher"
      ),
      ("How is it my fault the boiler broke?", "What do you think led to the boiler breaking"),
    ])
  func disowned(question: String, body: String) throws {
    let reading = QuestionReading(Tokenizer.tokenize(question))
    let rewrite = try #require(SharedTaskRewrites.body(for: reading))
    #expect(rewrite.map(\.text).joined(separator: " ") == body)
  }
}

/// Rewrites of a reproach that an act is late, a charge the asker repeats against themselves,
/// and a verdict on an act named by its -ing form.
@Suite("Rewrites without a reproach or a verdict on an act")
struct ReproachFreeRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "the act is asked about, without the reproach, the charge or the verdict",
    arguments: [
      (
        "Shouldn't you have booked the dentist already?",
        "How do you feel about booking the dentist?"
      ),
      ("So I'm a snob for wanting a quiet wedding?", "How do you see me wanting a quiet wedding?"),
      ("You skipped the gym again, didn't you?", "How do you feel about skipping the gym?"),
      (
        "Isn't lending the car to your cousin just asking for trouble?",
        "How do you see lending the car to your cousin?"
      ),
      (
        "Are you really going to let the kids stay up till midnight?",
        "How do you feel about letting the kids stay up till midnight?"
      ),
    ])
  func actAskedAbout(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }
}
