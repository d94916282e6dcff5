import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic stats`: how confidence moved across sessions.
struct Stats: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show how your confidence moved across sessions.",
    discussion: """
      EXAMPLES:
        socratic stats
        socratic stats --json | jq .average_shift

      Shifts are averaged over explore sessions rated both before and after; others are counted but not averaged. The chart shows the last 20 rated sessions, oldest first. Partner and drill sessions add a listening scorecard: the share of open questions, reflections per question, complex reflections, questions that built on the other side's last words, the kinds asked, the latest leading questions with better wordings, with the coding standard's targets.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print one JSON object for scripts (keys in docs/session-log.md).")
  var json = false

  func run(_ context: CommandContext) throws {
    var summaries: [SessionSummary] = []
    for listing in try context.sessionStore.list() {
      switch listing.contents {
      case .success(let contents):
        context.show(contents.warnings)
        summaries.append(SessionSummary(contents.transcript, includingMaps: false))
      case .failure(let error):
        context.console.err.line(
          "Warning: " + TerminalSanitizer.sanitize(error.description, keepingLineBreaks: false)
            + " Not counted.",
          style: .warning)
      }
    }
    let stats = SessionStats(summaries)
    if json {
      context.console.out.write(stats.json())
    } else {
      StatsView(stats: stats, glyphs: context.glyphs).write(to: context.console.out)
    }
  }
}

/// `socratic stats` for a person: counts, average shifts, and a chart.
struct StatsView {
  /// How many rated sessions the chart shows.
  static let chartLength = 20
  /// Bar cells for 0 to 100; each is 5 points.
  static let barCells = 20

  var stats: SessionStats
  var glyphs: Glyphs

  func write(to out: OutputChannel) {
    let modes = SessionMode.allCases.map { "\($0.rawValue) \(stats.countByMode[$0] ?? 0)" }
    out.line("Sessions: \(stats.sessionCount) (" + modes.joined(separator: ", ") + ")")
    guard stats.sessionCount > 0 else {
      out.line("Start one with 'socratic'; the stats fill in as you go.")
      return
    }
    if let average = stats.averageShift {
      let rated = Plural.counted(stats.ratedExploreCount, "rated explore session")
      out.line(
        "Average confidence shift: " + signed(average) + " points over "
          + (stats.points.count == stats.ratedExploreCount
            ? rated : Plural.counted(stats.points.count, "rated belief") + " in " + rated))
    } else {
      out.line("Average confidence shift: none yet (no explore session is rated before and after)")
    }
    if stats.unratedExploreCount > 0 {
      out.line(
        Plural.counted(stats.unratedExploreCount, "explore session")
          + " without both a before and an after confidence "
          + (stats.unratedExploreCount == 1 ? "is" : "are") + " counted but not averaged.",
        style: .quiet)
    }
    if !stats.topics.isEmpty {
      out.line()
      out.line("By topic", style: .emphasis)
      let rows = stats.topics.map { topic in
        [
          topic.topic.map { TerminalSanitizer.sanitize($0, keepingLineBreaks: false) }
            ?? "(your own belief)",
          Plural.counted(topic.sessions, "session"),
          topic.averageShift.map { signed($0) + " average" } ?? "not rated",
        ]
      }
      let table = TableLayout(
        header: ["", "", ""], rows: rows, flexibleColumn: 0, width: out.width, glyphs: glyphs)
      for line in table.lines.dropFirst() { out.line("  " + line) }
    }
    writeListening(to: out)
    writeChart(to: out)
  }

  /// How many leading questions the listening section lists, the latest.
  static let leadingShown = 5

  /// The listening scorecard of partner and drill sessions, and how far drills moved the
  /// persona.
  private func writeListening(to out: OutputChannel) {
    let card = stats.listening
    guard card.lineCount > 0 else { return }
    out.line()
    out.line("Listening, in partner and drill sessions", style: .emphasis)
    for figure in card.figures(lastWordsOf: "the other side's last words") {
      out.line("  " + figure.line)
      out.line("    " + figure.meaning, style: .quiet)
    }
    let shown = card.leading.suffix(Self.leadingShown)
    if shown.count < card.leading.count {
      out.line("    The last \(shown.count), with better wordings:", style: .quiet)
    }
    for question in shown {
      out.line("    - " + TerminalSanitizer.sanitize(question.text, keepingLineBreaks: false))
      if let suggestion = question.suggestion {
        out.line(
          "      Better: " + TerminalSanitizer.sanitize(suggestion, keepingLineBreaks: false))
      }
    }
    if let average = stats.averagePersonaShift {
      out.line(
        "  Persona's confidence in drills: " + rounded(average.before) + " \(glyphs.arrow) "
          + rounded(average.after) + " on average over "
          + Plural.counted(stats.personaShifts.count, "drill"))
    }
  }

  /// The chart of rated explore sessions, the latest `chartLength`.
  private func writeChart(to out: OutputChannel) {
    guard !stats.points.isEmpty else { return }
    let shown = stats.points.suffix(Self.chartLength)
    out.line()
    var title = "Confidence before \(glyphs.arrow) after, oldest first"
    if shown.count < stats.points.count { title += " (the last \(shown.count))" }
    out.line(title, style: .emphasis)
    out.line(
      "  \(glyphs.full) kept  \(glyphs.gained) gained  \(glyphs.lost) lost  (each cell is 5 points)",
      style: .quiet)
    let topicWidth = min(
      shown.map { TextWrapper.displayWidth(of: topicName($0.topic)) }.max() ?? 0, 16)
    for point in shown {
      let topic = TableLayout.shortened(
        topicName(point.topic), to: topicWidth, ellipsis: glyphs.ellipsis)
      let padding = String(
        repeating: " ", count: topicWidth - TextWrapper.displayWidth(of: topic))
      out.line(
        "  " + LocalTime.day(point.started) + "  " + topic + padding + "  " + bar(point)
          + "  \(point.before) \(glyphs.arrow) \(point.after)")
    }
  }

  /// A bar of `barCells` cells: kept up to the lower confidence, then gained or lost up to the
  /// higher, then empty.
  func bar(_ point: SessionStats.Point) -> String {
    func cells(_ value: Int) -> Int {
      min(max(Int((Double(value) / 100 * Double(Self.barCells)).rounded()), 0), Self.barCells)
    }
    let low = cells(min(point.before, point.after))
    let high = cells(max(point.before, point.after))
    let change = point.after > point.before ? glyphs.gained : glyphs.lost
    return String(repeating: glyphs.full, count: low)
      + String(repeating: change, count: high - low)
      + String(repeating: glyphs.empty, count: Self.barCells - high)
  }

  private func topicName(_ topic: String?) -> String {
    topic.map { TerminalSanitizer.sanitize($0, keepingLineBreaks: false) } ?? "own belief"
  }

  private func rounded(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
  }

  private func signed(_ value: Double) -> String {
    (value * 10).rounded() > 0 ? "+" + rounded(value) : rounded(value)
  }
}
