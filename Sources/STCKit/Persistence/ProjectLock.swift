import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Who has a project open for work as a coder. A second stc on the same project and coder finds
/// the lock held and opens read-only (the workbench) or stops (a command that changes things),
/// saying who holds it.
///
/// The lock is an `flock` on `.locks/<coder>.lock`, which also names the holder. The operating
/// system releases an `flock` when its process ends in any way (even killed), so a lock left by
/// a process that is gone is simply taken over. (One lock object belongs to one thread: it is
/// made when a project is opened and released when it is closed.)
public final class ProjectLock: @unchecked Sendable {
  /// Who holds a lock, as its file says.
  public struct Holder: Codable, Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var host: String
    public var user: String
    public var since: Timestamp
    /// What it is doing: "workbench", "code", "import"…
    public var purpose: String

    public var description: String {
      "\(purpose) (process \(pid) of \(user) on \(host), since \(since.description.replacingOccurrences(of: "T", with: " ").dropLast()) UTC)"
    }
  }

  private var fd: Int32
  public let path: String
  /// The holder whose lock was taken over because its process had ended, if any.
  public let tookOverFrom: Holder?

  private init(fd: Int32, path: String, tookOverFrom: Holder?) {
    self.fd = fd
    self.path = path
    self.tookOverFrom = tookOverFrom
  }

  deinit { release() }

  /// Takes the lock, or says who holds it.
  public static func tryAcquire(_ folder: ProjectFolder, coder: CoderName, purpose: String) throws(STCError)
    -> Result<ProjectLock, HeldLock>
  {
    let locks = folder.path + "/.locks"
    try AtomicFile.makeFolder(locks)
    let path = "\(locks)/\(coder).lock"
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw AtomicFile.failure("open the lock file", path, errno) }
    let previous = readHolder(fd)
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      return .failure(HeldLock(holder: previous, coder: coder))
    }
    let me = Holder(
      pid: getpid(), host: ProcessInfo.processInfo.hostName, user: ProcessInfo.processInfo.userName, since: .now(),
      purpose: purpose)
    if let data = try? JSONEncoder().encode(me) {
      ftruncate(fd, 0)
      _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }
    // A holder named in the file whose lock the system released has ended.
    let stale = previous.flatMap { $0.pid == getpid() && $0.host == me.host ? nil : $0 }
    return .success(ProjectLock(fd: fd, path: path, tookOverFrom: stale))
  }

  /// Takes the lock, or throws a "busy" error that says who holds it.
  public static func acquire(_ folder: ProjectFolder, coder: CoderName, purpose: String) throws(STCError) -> ProjectLock {
    switch try tryAcquire(folder, coder: coder, purpose: purpose) {
    case .success(let lock): return lock
    case .failure(let held): throw .busy(held.message + " Close it there first, then try again.")
    }
  }

  /// Lets go of the lock (also done when the lock is released from memory or the process ends).
  public func release() {
    guard fd >= 0 else { return }
    ftruncate(fd, 0)
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  static func readHolder(_ fd: Int32) -> Holder? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = pread(fd, &buffer, buffer.count, 0)
    guard n > 0 else { return nil }
    return try? JSONDecoder().decode(Holder.self, from: Data(buffer[0..<n]))
  }
}

/// A lock held by another process.
public struct HeldLock: Error, Equatable, Sendable {
  public var holder: ProjectLock.Holder?
  public var coder: CoderName

  /// "This project is open for anna in another stc: workbench (process 4242 of kari on …)."
  public var message: String {
    "This project is open for \(coder) in another stc" + (holder.map { ": \($0)." } ?? ".")
  }
}
