import CReadline
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a terminal with GNU readline: line editing with the person's own key
/// bindings, history kept between sessions, and Tab completion.
///
/// What a caller gets from `readLine(prompt:)`:
/// - `.line(text)` when Enter is pressed. A bracketed paste holding line breaks comes back as
///   one line with its `\n`s. Every entered line that is not blank and not a repeat of the one
///   before is added to the history and saved at once; there is nothing to save at exit.
/// - `.interrupted` on Ctrl-C, saying whether the line was empty: the half-typed line is
///   discarded, `^C` and a line break are shown, and the program keeps running. Show a fresh
///   prompt (call `readLine` again). Keys typed after the Ctrl-C are kept for that prompt; a
///   Ctrl-C that comes only as a line is accepted goes with that line and is dropped.
/// - `.end` on Ctrl-D at an empty line, or when the terminal goes away.
///
/// The terminal is in readline's mode only inside `readLine`, and is put back on every way out
/// of it: a line, Ctrl-C, Ctrl-D, Ctrl-Z (while stopped), and SIGTERM, SIGHUP or SIGQUIT, after
/// which the process ends by that same signal so its exit status stays true.
///
/// Prompts may hold colour escape sequences; they are marked for readline so the cursor stays
/// aligned. Set `completionProvider` to offer Tab completions; it is called with the line up to
/// the cursor and the word under it, and never falls back to file names.
///
/// readline is process-wide and not thread-safe: make one reader per process and use it from
/// the main thread only. Use it only when standard input and output are both terminals
/// (`LineReaders.make` decides).
public final class ReadlineLineReader: LineReader {
  public var completionProvider: CompletionProvider?

  private let history: ReadlineHistory

  /// Sets readline up and loads the history.
  /// - Parameters:
  ///   - console: the process's standard output, where readline draws (its colour setting
  ///     decides whether readline may highlight a paste), and standard error, for the warning
  ///     that history cannot be saved.
  ///   - historyFile: where history is kept (`AppDirectories.historyFile`), or nil to keep it
  ///     for this session only.
  public init(console: Console, historyFile: String?) {
    precondition(gettid() == getpid(), "readline may only be used from the main thread")
    // Multibyte editing follows the locale (Backspace after "é" removes both of its bytes).
    // Numbers keep the C format so no C library call anywhere in the process changes with it.
    setlocale(LC_ALL, "")
    setlocale(LC_NUMERIC, "C")
    // The pointer must live as long as the process: readline keeps it.
    socratic_rl_set_readline_name(strdup("socratic"))
    socratic_rl_set_catches_signals(0)
    socratic_rl_set_changes_environment(0)
    socratic_rl_set_attempted_completion_function(completeWord)
    if !console.out.usesColor {
      // readline shows a paste in reverse video; without colour, nothing is styled. Set before
      // readline reads ~/.inputrc, so a person's own setting there still wins.
      rl_variable_bind("enable-active-region", "off")
    }
    // Reads ~/.inputrc and the terminal's description now, so the settings above come first.
    rl_initialize()
    history = ReadlineHistory(file: historyFile, warnings: console.err)
  }

  public func readLine(prompt: String) -> LineInput {
    precondition(gettid() == getpid(), "readline may only be used from the main thread")
    readlineCallbackState.withLock { $0 = ReadlineCallbackState(provider: completionProvider) }
    let signals = ReadlineSignals.install()
    defer { signals.restore() }
    // The window may have been resized while no line was being read.
    rl_reset_screen_size()
    rl_callback_handler_install(ReadlinePrompt.marked(prompt), acceptLine)
    let input = waitForLine(signals)
    readlineCallbackState.withLock { $0 = ReadlineCallbackState(provider: nil) }
    if case .line(let text) = input { history.record(text) }
    return input
  }

  /// Feeds readline one key at a time until it accepts a line, and acts on signals between
  /// keys.
  private func waitForLine(_ signals: ReadlineSignals) -> LineInput {
    while true {
      var isInterrupted = false
      for signal in ReadlineSignals.takeArrived() {
        switch signal {
        case SIGINT:
          isInterrupted = true
        case SIGTSTP:
          rl_cleanup_after_signal()
          fflush(nil)
          signals.suspend()
          rl_reset_after_signal()
          rl_forced_update_display()
        case SIGWINCH:
          rl_resize_terminal()
        default:
          rl_callback_sigcleanup()
          rl_cleanup_after_signal()
          rl_callback_handler_remove()
          write("\n")
          signals.die(by: signal)
        }
      }
      // A line accepted by the last key wins over a Ctrl-C that came with it.
      if let line = readlineCallbackState.withLock({ $0.acceptedLine }) { return line }
      if isInterrupted { return cancelLine() }

      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      var mask = signals.waitMask
      let ready = ppoll(&descriptor, 1, nil, &mask)
      // When keys typed after a signal (Ctrl-C, then Ctrl-D) are ready as it arrives, ppoll
      // returns them and leaves the signal pending: take the signal first, and leave those keys
      // for the next prompt.
      if signals.deliverPending() { continue }
      if ready > 0 {
        // A terminal that hung up (its window closed) polls as readable for ever while readline
        // may read nothing more from it: end here rather than spin. Seen: orphaned sessions
        // looping on POLLIN|POLLERR|POLLHUP with SIGHUP pending but not delivered.
        if descriptor.revents & Int16(POLLNVAL | POLLHUP | POLLERR) != 0 { return endWithoutLine() }
        rl_callback_read_char()
      } else if ready < 0, errno != EINTR {
        return endWithoutLine()
      }
    }
  }

  /// Throws the half-typed line away after Ctrl-C, as readline's own SIGINT handling would,
  /// leaving the terminal in its normal mode on a fresh line.
  private func cancelLine() -> LineInput {
    let wasLineEmpty = socratic_rl_end() == 0
    // `^C` goes after the whole line, not over the text right of the cursor.
    rl_end_of_line(1, 0)
    rl_redisplay()
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_echo_signal_char(SIGINT)
    rl_cleanup_after_signal()
    rl_callback_handler_remove()
    write("\n")
    return .interrupted(wasLineEmpty: wasLineEmpty)
  }

  /// Leaves readline when standard input cannot be waited on any more.
  private func endWithoutLine() -> LineInput {
    rl_callback_handler_remove()
    write("\n")
    return .end
  }

  /// Writes to standard output after whatever readline still holds in its stdio buffer.
  private func write(_ text: String) {
    fflush(nil)
    FileDescriptorSink(descriptor: STDOUT_FILENO).write(text)
  }
}

/// The state readline's C callbacks share with the reader: they are plain C function pointers
/// with no context argument, so this is the one process-wide global they reach. It holds the
/// read in progress; readline reads one line at a time on the main thread, so there is never
/// more than one.
private struct ReadlineCallbackState {
  /// Where the completion callback gets candidates.
  var provider: CompletionProvider?
  /// The candidates for the word being completed, handed out one by one to readline.
  var candidates: [String] = []
  var nextCandidate = 0
  /// What the line callback got: a line, or the end of input.
  var acceptedLine: LineInput?

  init(provider: CompletionProvider?) {
    self.provider = provider
  }
}

private let readlineCallbackState = Mutex(ReadlineCallbackState(provider: nil))

/// readline's line callback: called with the accepted line (which the callee frees), or NULL at
/// the end of input. Removing the handler here stops readline from showing the prompt again.
private func acceptLine(_ line: UnsafeMutablePointer<CChar>?) {
  let input: LineInput =
    line.map {
      LineInput.decoding(
        UnsafeBufferPointer(start: $0, count: strlen($0)).map(UInt8.init(bitPattern:)))
    } ?? .end
  free(line)
  rl_callback_handler_remove()
  readlineCallbackState.withLock { $0.acceptedLine = input }
}

/// readline's completion callback: asks the provider for candidates for the word between
/// `start` and `end`, and never lets readline fall back to completing file names.
private func completeWord(
  _ word: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  socratic_rl_set_attempted_completion_over(1)
  guard let word, let provider = readlineCallbackState.withLock({ $0.provider }) else {
    return nil
  }
  let lineStart = socratic_rl_line_buffer().map { buffer in
    UnsafeRawBufferPointer(start: buffer, count: Int(socratic_rl_point()))
  }
  let line = lineStart.map { String(decoding: $0, as: UTF8.self) } ?? ""
  let candidates = provider(line, String(cString: word))
  readlineCallbackState.withLock {
    $0.candidates = candidates
    $0.nextCandidate = 0
  }
  return rl_completion_matches(word, nextCandidate)
}

/// readline's candidate generator: returns the candidates one by one, each in memory readline
/// frees, then NULL.
private func nextCandidate(
  _ word: UnsafePointer<CChar>?, _ state: Int32
) -> UnsafeMutablePointer<CChar>? {
  let candidate: String? = readlineCallbackState.withLock { shared in
    guard shared.nextCandidate < shared.candidates.count else { return nil }
    defer { shared.nextCandidate += 1 }
    return shared.candidates[shared.nextCandidate]
  }
  return candidate.flatMap { strdup($0) }
}
