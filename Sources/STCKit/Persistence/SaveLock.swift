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
///
/// The lock file also counts the saves made under it (8 bytes): a count that moved tells a
/// session that another stc saved, even when the clock of the file system is too coarse for the
/// files' own stamps to show it (see `FileStamps`).
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
      let path = path(of: folder)
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

  /// The lock file of `folder`.
  static func path(of folder: ProjectFolder) -> String { folder.path + "/.locks/.save.lock" }

  /// How many saves were made under the lock of `folder` (0 before the first, or without a lock
  /// file). Read outside the lock, it may be behind by a save under way; a save checks again
  /// inside it.
  static func saves(in folder: ProjectFolder) -> UInt64 {
    let fd = open(path(of: folder), O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return 0 }
    defer { close(fd) }
    var count: UInt64 = 0
    guard pread(fd, &count, 8, 0) == 8 else { return 0 }
    return UInt64(littleEndian: count)
  }

  /// Counts one more save; only while this process holds the lock of `folder`.
  static func countSave(in folder: ProjectFolder) {
    let holding = holding(for: folder.path)
    holding.mutex.lock()
    defer { holding.mutex.unlock() }
    guard holding.depth > 0 else { return }
    var count: UInt64 = 0
    if pread(holding.fd, &count, 8, 0) != 8 { count = 0 }
    count = (UInt64(littleEndian: count) &+ 1).littleEndian
    _ = pwrite(holding.fd, &count, 8, 0)
  }
}

extension ProjectFolder {
  /// Runs `body` as the only writer of this project folder (see `SaveLock`): for a change made
  /// outside operations, load the project inside `body`, change it and save it.
  public func withSaveLock<T>(_ body: () throws(STCError) -> T) throws(STCError) -> T {
    try SaveLock.with(self, body)
  }

  /// Runs `body`, which writes project files, as the only writer, and counts it as a save.
  func writingAsTheOnlyWriter<T>(_ body: () throws(STCError) -> T) throws(STCError) -> T {
    try SaveLock.with(self) { () throws(STCError) -> T in
      // Counted even when the body fails half way: what it did write must be seen by others.
      defer { SaveLock.countSave(in: self) }
      return try body()
    }
  }
}
