// Optional timing trace for the interactive benchmark (Benchmarks/explorer-bench.py):
// with NATOSCOPE_TRACE=FILE set, each handled key appends "key MICROSECONDS" (decode,
// reduce, render and draw) and the first frame appends "first-frame MICROSECONDS" since
// the loop started. Off by default, and one branch per key when off.
#if canImport(Glibc)
import Glibc
#endif

struct Trace {
    private let file: UnsafeMutablePointer<FILE>?

    init() {
        file = getenv("NATOSCOPE_TRACE").flatMap { fopen($0, "w") }
    }

    var enabled: Bool { file != nil }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    func record(_ name: String, since start: UInt64) {
        guard let file else { return }
        let micros = Double(Self.now() - start) / 1000
        fputs("\(name) \(micros)\n", file)
        fflush(file)
    }

    func close() {
        if let file { fclose(file) }
    }
}
