// Checked writes: every byte the command line prints passes the output gate and every write
// is checked, so a full disk, a closed descriptor or a broken pipe is reported instead of
// leaving a silently truncated file.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that failed: what was being written and the system's reason.
public struct WriteFailure: Error, Sendable, CustomStringConvertible {
    /// "output" for standard output and error, or the file's path.
    public var target: String
    public var code: Int32

    public init(target: String, code: Int32) {
        self.target = target
        self.code = code
    }

    public var reason: String { strerror(code).map { String(cString: $0) } ?? "error \(code)" }
    public var description: String { "cannot write \(target): \(reason)" }
}

public enum OutputWriter {
    /// Writes `text`, made inert by the gate, to a descriptor: all of it (a pipe may take less
    /// at a time), or throws with the first error.
    public static func write(_ text: String, to fd: Int32, styled: Bool = false, target: String = "output") throws(WriteFailure) {
        var gated = OutputGate.inert(text, styled: styled)
        let failure: Int32? = gated.withUTF8 { writeAll(fd, $0) }
        if let failure { throw WriteFailure(target: target, code: failure) }
    }

    /// 0 bytes left to write, or the errno that stopped it.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            done += n
        }
        return nil
    }

    /// Writes `text` (through the gate) to `path` so that the file is either the whole new
    /// text or left as it was: a temporary file in the same folder is written, flushed to disk
    /// (fsync) and renamed over `path`; on any error the temporary file is removed.
    /// A symbolic link is followed (its target is replaced, the link stays) and an existing
    /// file keeps its permissions: what a plain `>` redirection would do.
    public static func writeAtomically(_ text: String, toFile given: String) throws(WriteFailure) {
        let path = resolvingLink(given)
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw WriteFailure(target: "'\(given)'", code: EISDIR) }
        var template = Array((folder + "." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw WriteFailure(target: "'\(given)'", code: errno) }
        let temporary = String(cString: template.map { UInt8(bitPattern: $0) })
        // mkstemp makes the file private (0600): a replaced file keeps its own mode, a new
        // export gets the usual one.
        var existing = stat()
        let mode: mode_t
        if stat(path, &existing) == 0 {
            mode = existing.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var failure: Int32?
        if fchmod(fd, mode) != 0 { failure = errno }
        if failure == nil {
            do throws(WriteFailure) { try write(text, to: fd, target: "'\(given)'") } catch { failure = error.code }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteFailure(target: "'\(given)'", code: failure)
        }
        // Make the rename itself durable; a folder that cannot be opened does not undo it.
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dir >= 0 {
            _ = fsync(dir)
            close(dir)
        }
    }

    /// The file a path names once symbolic links are followed (up to 40, as the kernel
    /// allows); a dangling link names the file it points to, which the write then creates.
    static func resolvingLink(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
                current = folder + target
            }
        }
        return current
    }
}
