import Foundation

/// Starts a program and waits for it, with its wall time and peak resident memory: what "whole
/// process" means in the benchmark.
enum ChildProcess {
  struct Outcome {
    var milliseconds: Double
    var peakMegabytes: Double
    var status: Int32
  }

  static func run(_ executable: String, _ arguments: [String]) throws(STCBenchError) -> Outcome {
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let start = Stopwatch.now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw STCBenchError("cannot start \(executable) (error \(spawned))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw STCBenchError("cannot wait for \(executable) (errno \(errno))") }
    }
    let elapsed = Stopwatch.now() - start
    // ru_maxrss is in kilobytes on Linux.
    return Outcome(milliseconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: status)
  }
}

/// A benchmark that could not run, and why.
public struct STCBenchError: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
