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

extension ChildProcess {
  /// Starts a program, kills it with SIGKILL after `milliseconds`, and returns how many lines
  /// starting "saved" it wrote to standard output before it died.
  static func runAndKill(_ executable: String, _ arguments: [String], after milliseconds: Double) throws(STCBenchError)
    -> Int
  {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw STCBenchError("cannot make a pipe (errno \(errno))") }
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw STCBenchError("cannot start \(executable) (error \(spawned))")
    }
    usleep(useconds_t(max(0, milliseconds) * 1000))
    kill(pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = read(pipeEnds[0], &buffer, buffer.count)
      if n <= 0 { break }
      output += buffer[0..<n]
    }
    close(pipeEnds[0])
    return String(decoding: output, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("saved") }.count
  }
}

/// A benchmark that could not run, and why.
public struct STCBenchError: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
