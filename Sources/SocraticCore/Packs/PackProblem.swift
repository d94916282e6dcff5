/// One thing wrong with a pack file: where, and what to do about it.
public struct PackProblem: Sendable, Hashable {
  /// Where in the file, or nil for a problem with the file as a whole (too large, unreadable).
  public var position: SourcePosition?
  /// What is wrong and how to fix it, in lowercase like a compiler's message.
  public var message: String

  public init(at position: SourcePosition?, _ message: String) {
    self.position = position
    self.message = message
  }
}

/// A pack file that was refused, with every problem found in it, ready to show.
public struct InvalidPackFile: Error, Sendable, Equatable {
  /// The file as the person named it.
  public var path: String
  /// The problems, in the order of their positions.
  public var problems: [PackProblem]
  /// Whether more problems were found than `problems` holds.
  public var hasMoreProblems: Bool
  /// Each problem rendered like a compiler's: `path:line:col: message`, the line of the file,
  /// and a caret under the column.
  public var report: String

  init(path: String, problems: [PackProblem], hasMoreProblems: Bool, source: SourceText?) {
    self.path = path
    self.problems = problems
    self.hasMoreProblems = hasMoreProblems
    var lines: [String] = []
    let path = SourceText.visible(path)
    for problem in problems {
      let message = SourceText.visible(problem.message)
      guard let position = problem.position else {
        lines.append("\(path): \(message)")
        continue
      }
      lines.append("\(path):\(position.line):\(position.column): \(message)")
      if let excerpt = source?.excerpt(at: position) {
        lines.append(excerpt.line)
        lines.append(excerpt.caret)
      }
    }
    if hasMoreProblems {
      lines.append(
        "\(path): stopped after the first \(problems.count) problems; fix these and check again")
    }
    report = lines.joined(separator: "\n")
  }

  /// "1 problem", "3 problems", "more than 100 problems".
  public var problemCount: String {
    let count = problems.count
    if hasMoreProblems { return "more than \(count) problems" }
    return count == 1 ? "1 problem" : "\(count) problems"
  }
}
