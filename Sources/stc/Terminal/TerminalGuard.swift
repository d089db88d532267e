import CNcurses
import Foundation

/// Puts the terminal back the way the user had it on every way out: a normal quit, a thrown
/// error, SIGINT, SIGTERM, SIGHUP, and a crash (Swift traps skip `defer`, so crash signals are
/// caught too). Restores exactly once, then lets the signal do what it would have done.
enum TerminalGuard {
  /// Resets cursor, alternate screen, mouse and bracketed paste.
  static let resetBytes: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l\u{1B}[?25h\u{1B}[0m\u{1B}[?1049l".utf8)

  nonisolated(unsafe) static var saved = termios()
  nonisolated(unsafe) static var armed: Int32 = 0

  /// Remembers the terminal's settings and installs the handlers. Call before `initscr`.
  static func arm() {
    tcgetattr(STDIN_FILENO, &saved)
    armed = 1
    atexit { TerminalGuard.restore() }
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        TerminalGuard.restore()
        // Let the signal end the process as it would have: its default action, raised again.
        Glibc.signal(number, SIG_DFL)
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
  }

  /// Restores the terminal once; safe to call from a signal handler (only write and tcsetattr).
  static func restore() {
    guard armed == 1 else { return }
    armed = 0
    resetBytes.withUnsafeBytes { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    tcsetattr(STDIN_FILENO, TCSANOW, &saved)
  }

  /// Restores the terminal after a normal end of ncurses.
  static func finish() {
    endwin()
    restore()
  }
}
