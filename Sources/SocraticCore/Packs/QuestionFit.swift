/// Whether a pack's question fits a belief by its own words, not only by the pack's topic.
///
/// A pack's keywords say what a belief is about ("tariffs" is geopolitics), but a pack's
/// questions are written for the beliefs it had in mind: "What would winning, losing or peace
/// look like here?" is about a war, not about tariffs. A question that speaks of one of the
/// subjects below fits a belief that speaks of the same subject; a question that speaks of none
/// fits any belief its pack matches.
enum QuestionFit {
  /// The subjects a question can be tied to, each with the words and two-word phrases that
  /// speak of it, in lowercase. A word may speak of more than one ("voters": a contest and
  /// politics).
  static let subjects: [(subject: String, words: [String])] = [
    (
      "war",
      [
        "war", "wars", "warfare", "peace", "ceasefire", "ceasefires", "conflict", "conflicts",
        "fighting", "fought", "soldier", "soldiers", "troops", "army", "armies", "military",
        "militaries", "invasion", "invade", "invaded", "invader", "invaders", "weapon",
        "weapons", "missile", "missiles", "refugee", "refugees", "diplomat", "diplomats",
        "intervention", "interventions", "alliance", "alliances", "nato", "occupation",
        "genocide", "hostage", "hostages", "bomb", "bombs", "bombing", "casualties",
        "deterrence", "defend", "defence", "defense", "self-defence", "attack", "attacks",
        "attacked", "aggression", "aggressor", "aggressors", "battle", "combat", "terrorism",
        "terrorist", "terrorists", "invades", "genocidal", "nuclear weapons", "nuclear war",
      ]
    ),
    (
      "contest",
      [
        "win", "wins", "winning", "won", "winner", "winners", "lose", "loses", "losing",
        "loser", "losers", "who lost", "side lost", "party lost", "election", "elections",
        "vote", "votes", "voted", "voting", "voter", "voters", "ballot", "ballots", "campaign",
        "candidate", "candidates", "elected", "electoral",
      ]
    ),
    (
      "regulation",
      [
        "regulation", "regulations", "regulate", "regulated", "regulating", "rule on", "rules on",
        "rules for",
        "law", "laws", "lawmaker", "lawmakers", "legislation", "licence", "licences", "license",
        "licenses", "licensing", "audit", "audits", "liability", "liable", "enforce",
        "enforcing", "enforcement", "government", "governments", "governed", "governance",
        "oversight", "legal", "illegal",
      ]
    ),
    (
      "trade",
      [
        "tariff", "tariffs", "trade", "trading", "factory", "factories", "import", "imports",
        "export", "exports", "sanction", "sanctions", "embargo", "embargoes", "manufacturing",
      ]
    ),
    (
      "politics",
      [
        "politics", "political", "politician", "politicians", "party", "parties", "partisan",
        "democrat", "democrats", "republican", "republicans", "democracy", "democratic",
        "conservative", "conservatives", "liberal", "liberals", "congress", "parliament",
        "president", "senator", "senators", "government", "governments", "trump", "biden",
        "harris", "obama", "newspaper", "newspapers", "journalist", "journalists",
        "courts", "institutions", "elite", "citizen", "citizens", "corrupt", "election",
        "elections", "vote", "votes", "voted", "voting", "voter", "voters", "ballot", "ballots",
        "campaign", "candidate", "candidates", "elected", "electoral", "lawmaker", "lawmakers",
      ]
    ),
    (
      "economy",
      [
        "economy", "economic", "economies", "wage", "wages", "minimum wage", "salary",
        "salaries", "inflation", "job", "jobs", "unemployment", "tax", "taxes", "income",
        "incomes", "recession", "paycheck", "rent", "workers", "employers", "business",
        "businesses",
      ]
    ),
    (
      "health",
      [
        "health", "healthcare", "vaccine", "vaccines", "vaccinated", "vaccination", "flu",
        "doctor", "doctors", "nurse", "nurses", "hospital", "hospitals", "medicine", "medicines",
        "medical", "disease", "diseases", "illness", "patient", "patients", "pharma", "virus",
      ]
    ),
    (
      "technology",
      [
        // Not "AI" nor "technology": a pack about AI speaks of them in every question.
        "software", "algorithm", "algorithms", "computer", "computers", "internet", "robot",
        "robots", "automation", "chatbot", "chatbots", "app", "apps", "online", "digital",
        "smartphone", "smartphones", "crypto", "bitcoin", "blockchain",
      ]
    ),
    (
      "family",
      [
        "mom", "mum", "dad", "mother", "father", "parents", "brother", "sister", "siblings",
        "kids", "children", "child", "son", "daughter", "grandma", "grandpa", "husband", "wife",
        "household", "chores", "caregiving",
      ]
    ),
    (
      "climate",
      [
        "climate", "warming", "emissions", "carbon", "co2", "energy", "solar", "wind",
        "nuclear", "fossil", "oil", "coal", "renewable", "renewables", "electricity", "grid",
        "pollution",
      ]
    ),
    (
      "risk",
      [
        "risk", "risks", "danger", "dangers", "dangerous", "safe", "unsafe", "safety",
      ]
    ),
    (
      "religion",
      [
        "religion", "religions", "religious", "church", "churches", "faith", "god", "prayer",
        "pray", "mosque", "synagogue", "temple", "bible", "quran", "christian", "christians",
        "muslim", "muslims", "jewish", "atheist", "atheists", "spiritual",
      ]
    ),
  ]

  /// Each word or phrase's subjects.
  private static let subjectsByWords: [String: [String]] = subjects.reduce(into: [:]) {
    table, entry in
    for words in entry.words { table[words, default: []].append(entry.subject) }
  }

  /// The first words of the two-word phrases: a pair is looked up only after one of them.
  private static let phraseStarts: Set<String> = Set(
    subjectsByWords.keys.filter { $0.contains(" ") }.map { String($0.prefix { $0 != " " }) })

  /// The subjects of the texts read last: a pack's questions are fitted at every step, and
  /// the same wordings come back.
  private static let recentSubjects = RecentReadings(
    kept: 4_096, longest: 1_000, read: readSubjects(in:))

  /// Whether a question, as filled for a belief, fits it: it speaks of none of the subjects,
  /// or of one the belief speaks of too.
  static func fits(_ question: String, belief: String) -> Bool {
    fits(question, beliefSubjects: subjects(in: belief))
  }

  /// The same for a belief whose subjects are read already: read them once for many questions.
  static func fits(_ question: String, beliefSubjects: Set<String>) -> Bool {
    let asked = subjects(in: question)
    return asked.isEmpty || !asked.isDisjoint(with: beliefSubjects)
  }

  /// The subjects a text speaks of. A phrase followed by a possessive is another sense:
  /// "someone who lost their savings" lost no contest.
  static func subjects(in text: String) -> Set<String> {
    recentSubjects.reading(of: text)
  }

  private static func readSubjects(in text: String) -> Set<String> {
    let words = Self.words(in: text)
    var found: Set<String> = []
    for (index, word) in words.enumerated() {
      found.formUnion(subjectsByWords[word] ?? [])
      guard index + 1 < words.count, phraseStarts.contains(word) else { continue }
      let isPossessed =
        index + 2 < words.count && FunctionWords.possessives.contains(words[index + 2])
      if !isPossessed { found.formUnion(subjectsByWords[word + " " + words[index + 1]] ?? []) }
    }
    return found
  }

  /// Lowercased words: letters, with inner hyphens ("self-defence").
  private static func words(in text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0 == "-") }.map { String($0) }
  }
}
