import CReadline
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The signals that arrived while a line was being read, one bit per signal number.
///
/// Process-wide because a signal handler is a plain C function with no context. The handler
/// only sets a bit here (async-signal-safe: a lock-free atomic); the read loop does the work.
private let arrivedSignals = Atomic<UInt64>(0)

/// The signal handling that is in force while `ReadlineLineReader` reads a line.
///
/// readline's own handlers (`rl_catch_signals`) would kill the process on Ctrl-C, so socratic
/// handles the signals itself, the way CPython's readline module does: the handlers only
/// record the signal; the signals stay blocked except inside `ppoll` (and `deliverPending()`),
/// so one arriving at any other moment waits there, and the read loop acts on every one
/// between two keys, never in the middle of readline's work.
///
/// Outside a read the process's own dispositions are back in place: the terminal is then in
/// its normal mode, so the default actions leave it as they find it.
struct ReadlineSignals {
  /// What the read loop does with each: Ctrl-C cancels the line; Ctrl-Z restores the terminal
  /// while stopped; a resize redraws; the others end the process once the terminal is restored.
  static let handled: [Int32] = [SIGINT, SIGTSTP, SIGWINCH, SIGTERM, SIGHUP, SIGQUIT]

  private var previousActions: [Int32: sigaction] = [:]
  private var previousMask = sigset_t()
  /// The mask `ppoll` waits with: the caller's own, with the handled signals let through.
  private(set) var waitMask = sigset_t()

  /// Installs the handlers and blocks the signals until `restore()`. A signal the process
  /// ignores (a background job's SIGINT, `nohup`'s SIGHUP) is left ignored.
  static func install() -> ReadlineSignals {
    _ = takeArrived()
    var signals = ReadlineSignals()
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in handled {
      var previous = sigaction()
      sigaction(signal, nil, &previous)
      if isIgnored(previous) { continue }
      signals.previousActions[signal] = previous
      installRecordingHandler(for: signal)
      sigaddset(&blocked, signal)
    }
    pthread_sigmask(SIG_BLOCK, &blocked, &signals.previousMask)
    signals.waitMask = signals.previousMask
    for signal in signals.previousActions.keys { sigdelset(&signals.waitMask, signal) }
    return signals
  }

  /// Puts back the process's own handlers and signal mask.
  ///
  /// A signal that came after the last wait for a key is still pending: it is let through to
  /// the recording handler first, then sent again, now to the process's own disposition, unless
  /// it is a Ctrl-C or a resize (which belong to the line just read, and are dropped).
  func restore() {
    var waiting = waitMask
    pthread_sigmask(SIG_SETMASK, &waiting, nil)
    var blocked = previousMask
    for signal in previousActions.keys { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_SETMASK, &blocked, nil)
    for (signal, action) in previousActions {
      var action = action
      sigaction(signal, &action, nil)
    }
    for signal in Self.takeArrived() where signal != SIGINT && signal != SIGWINCH {
      raise(signal)
    }
    var mask = previousMask
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }

  /// Lets any handled signal that came but waits, blocked, reach the recording handler now.
  /// Returns whether there was one.
  func deliverPending() -> Bool {
    var pending = sigset_t()
    sigpending(&pending)
    guard previousActions.keys.contains(where: { sigismember(&pending, $0) == 1 }) else {
      return false
    }
    var blocked = sigset_t()
    var waiting = waitMask
    pthread_sigmask(SIG_SETMASK, &waiting, &blocked)
    pthread_sigmask(SIG_SETMASK, &blocked, nil)
    return true
  }

  /// The signals recorded since the last call, lowest number first, and forgets them.
  static func takeArrived() -> [Int32] {
    let bits = arrivedSignals.exchange(0, ordering: .sequentiallyConsistent)
    return (1..<64).filter { bits & (1 << UInt64($0)) != 0 }.map { Int32($0) }
  }

  /// Ends the process by the signal's default action, so whoever waits for it sees the true
  /// cause. Call only once the terminal is restored.
  func die(by signal: Int32) -> Never {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(signal, &action, nil)
    raise(signal)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signal)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
    // Not reached unless the default action did not end the process.
    _exit(128 + signal)
  }

  /// Stops the process as Ctrl-Z asks and returns once it is continued, with the handlers and
  /// the blocking back in place. Call with the terminal restored; set it up again afterwards.
  func suspend() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(SIGTSTP, &action, nil)
    raise(SIGTSTP)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, SIGTSTP)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
    // Stopped here; SIGCONT carries on from this point.
    pthread_sigmask(SIG_BLOCK, &only, nil)
    Self.installRecordingHandler(for: SIGTSTP)
  }

  /// Whether the action is SIG_IGN. C function pointers are not Equatable in Swift, so the
  /// pointers are compared by their bits.
  private static func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
      == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  private static func installRecordingHandler(for signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      arrivedSignals.bitwiseOr(1 << UInt64(signal), ordering: .sequentiallyConsistent)
    }
    sigemptyset(&action.sa_mask)
    // No SA_RESTART: the wait must end with EINTR so the loop sees the signal.
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}
