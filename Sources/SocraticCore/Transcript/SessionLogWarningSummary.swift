extension SessionLogWarning {
  /// The most warnings shown one by one about a log; the rest are counted in one line.
  public static let maximumShownPerLog = 5

  /// What to show for warnings: the first few about each log as they are, then one line per
  /// log counting the rest, so a log of 200,000 damaged lines prints six lines, not 200,000.
  public static func summarized(_ warnings: [SessionLogWarning]) -> [String] {
    var lines: [String] = []
    var shownByPath: [String: Int] = [:]
    var moreByPath: [(path: String, count: Int)] = []
    for warning in warnings {
      let shown = shownByPath[warning.path, default: 0]
      if shown < maximumShownPerLog {
        shownByPath[warning.path] = shown + 1
        lines.append(warning.description)
      } else if let index = moreByPath.firstIndex(where: { $0.path == warning.path }) {
        moreByPath[index].count += 1
      } else {
        moreByPath.append((warning.path, 1))
      }
    }
    for more in moreByPath {
      let lineWord = more.count == 1 ? "line" : "lines"
      lines.append(
        "\(more.path): \(more.count.formattedWithSeparators) more \(lineWord) could not be read "
          + "and \(more.count == 1 ? "was" : "were") skipped.")
    }
    return lines
  }
}
