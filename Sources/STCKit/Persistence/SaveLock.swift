import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One writer at a time in a project folder. Every save, journal recovery and import holds an
/// `flock` on `.locks/.save.lock` while it checks and writes, so that two coders' stc (or a
/// workbench and a command) never write `project.json` or the journal at the same instant, and a
/// save can check that nobody changed its files since it read them (see `FileStamp`).
///
/// Held for milliseconds, never while a person types. The kernel drops the lock with its
/// process, so a crash never leaves it behind. Within one process the lock is re-entrant: a save
/// inside an import inside `withSaveLock` takes it once.
enum SaveLock {
  private final class Holding: @unchecked Sendable {
    let mutex = NSRecursiveLock()
    var depth = 0
    var fd: Int32 = -1
  }

  private static let registry = NSLock()
  nonisolated(unsafe) private static var holdings: [String: Holding] = [:]

  private static func holding(for path: String) -> Holding {
    registry.lock()
    defer { registry.unlock() }
    if let existing = holdings[path] { return existing }
    let made = Holding()
    holdings[path] = made
    return made
  }

  /// Runs `body` while this process holds the folder's save lock.
  static func with<T>(_ folder: ProjectFolder, _ body: () throws(STCError) -> T) throws(STCError) -> T {
    let holding = holding(for: folder.path)
    holding.mutex.lock()
    defer { holding.mutex.unlock() }
    if holding.depth == 0 {
      let locks = folder.path + "/.locks"
      try AtomicFile.makeFolder(locks)
      let path = locks + "/.save.lock"
      let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard fd >= 0 else { throw AtomicFile.failure("open the lock file", path, errno) }
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else {
          let code = errno
          close(fd)
          throw AtomicFile.failure("lock", path, code)
        }
      }
      holding.fd = fd
    }
    holding.depth += 1
    defer {
      holding.depth -= 1
      if holding.depth == 0 {
        flock(holding.fd, LOCK_UN)
        close(holding.fd)
        holding.fd = -1
      }
    }
    return try body()
  }
}

extension ProjectFolder {
  /// Runs `body` as the only writer of this project folder (see `SaveLock`): for a change made
  /// outside operations, load the project inside `body`, change it and save it.
  public func withSaveLock<T>(_ body: () throws(STCError) -> T) throws(STCError) -> T {
    try SaveLock.with(self, body)
  }
}
