// natoscope-bench: speed and memory of loading, validating and searching, on the built-in
// data set and on synthetic data sets of growing size. Run it in release mode:
//   swift run -c release natoscope-bench
// The data files are also written to a temporary folder and CPython's json.loads (C
// accelerated, no validation) times the same bytes in the same run, as the yardstick.
// Targets (issue 13): built-in image ready < 1 ms; --data (parse, validate, index) at most
// 2x json.loads; 10,000 countries < 1 s. (Issue 2: search < 20 ms, peak memory < 200 MB.)
import Foundation
import NatoData
import NatoMap
import NatoModel
import NatoNavigation
import NatoRender

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KiB on Linux
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

/// A synthetic data set: `countries` partners in 10 frameworks and 20 areas, 10 milestones each.
func synthetic(countries: Int) -> [DataFile] {
    // Appended straight into bytes (not a String) so the generator's own memory stays small
    // next to what is measured.
    var s = ByteText()
    s.bytes.reserveCapacity(countries * 2_600 + 10_000)
    s += "{\n\"sources\": [{\"id\": \"src\", \"title\": \"Synthetic source\", \"kind\": \"other\"}],\n\"frameworks\": ["
    for f in 0..<10 {
        s += (f > 0 ? "," : "") + "{\"id\": \"fw\(f)\", \"name\": \"Framework number \(f)\", \"kind\": \"programme\", \"membersComplete\": true, \"alliesExcluded\": true, \"founded\": \(1990 + f), \"region\": \"Global\", \"purpose\": \"Cooperation.\", \"summary\": \"A synthetic framework for benchmarks.\", \"sources\": [\"src\"]}"
    }
    s += "],\n\"areas\": ["
    for a in 0..<20 {
        s += (a > 0 ? "," : "") + "{\"id\": \"area\(a)\", \"name\": \"Area \(a)\", \"summary\": \"Cooperation in field \(a).\", \"sources\": [\"src\"]}"
    }
    s += "],\n\"countries\": ["
    for c in 0..<countries {
        s += (c > 0 ? ",\n" : "") + "{\"id\": \"c\(c)\", \"name\": \"Country \(c) Ñandú\", \"kind\": \"partner\", \"region\": \"Europe\", \"memberships\": [{\"framework\": \"fw\(c % 10)\", \"joined\": \(1994 + c % 30), \"status\": \"active\"}], \"areas\": [\"area\(c % 20)\", \"area\((c + 7) % 20)\"], \"summary\": \"Country \(c) cooperates with NATO on training, exercises and civil emergency planning.\", \"sections\": [{\"title\": \"Outlook\", \"paragraphs\": [\"Further cooperation on interoperability is expected for partner \(c).\"]}], \"sources\": [\"src\"]}"
    }
    s += "],\n\"milestones\": ["
    var first = true
    for c in 0..<countries {
        for m in 0..<10 {
            s += (first ? "" : ",\n") + "{\"id\": \"m\(c)-\(m)\", \"date\": \"\(1990 + (c + m) % 35)-0\(1 + m % 9)\", \"title\": \"Milestone \(m) of country \(c)\", \"summary\": \"Event \(m) in the partnership with country \(c).\", \"countries\": [\"c\(c)\"], \"frameworks\": [\"fw\(c % 10)\"], \"sources\": [\"src\"]}"
            first = false
        }
    }
    s += "]\n}\n"
    return [DataFile(name: "synthetic-\(countries).json", bytes: s.bytes)]
}

struct ByteText {
    var bytes: [UInt8] = []
    static func += (lhs: inout ByteText, rhs: String) { lhs.bytes.append(contentsOf: rhs.utf8) }
}

/// Median milliseconds of CPython's json.loads over each file's bytes (read before timing),
/// summed over the files; nil when python3 cannot be run.
func pythonJSONLoads(_ files: [DataFile], runs: Int) -> Double? {
    let folder = NSTemporaryDirectory() + "natoscope-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var paths: [String] = []
    for (i, f) in files.enumerated() {
        let path = folder + "/\(i).json"
        guard FileManager.default.createFile(atPath: path, contents: Data(f.bytes)) else { return nil }
        paths.append(path)
    }
    let script = """
        import json, statistics, sys, time
        blobs = [open(p, 'rb').read() for p in sys.argv[2:]]
        times = []
        for _ in range(int(sys.argv[1])):
            t = time.perf_counter()
            for b in blobs: json.loads(b)
            times.append((time.perf_counter() - t) * 1000)
        print(statistics.median(times))
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, String(runs)] + paths
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Double(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

func measureImage(runs: Int) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = now()
        let catalog = BuiltinData.decodeImage()?.catalog()
        times.append((now() - t0) * 1000)
        if catalog == nil { print("the embedded image does not decode") }
    }
    return median(times)
}

func measureLoad(_ files: [DataFile], runs: Int) -> (ms: Double, catalog: Catalog?) {
    var times: [Double] = []
    var catalog: Catalog?
    for _ in 0..<runs {
        catalog = nil  // measure one data set in memory at a time
        let t0 = now()
        let result = DataLoader.load(files)
        times.append((now() - t0) * 1000)
        if case .success(let c) = result { catalog = c } else if case .failure(let p) = result {
            // A data set that does not load measures only the error path: stop, loudly.
            FileHandle.standardError.write(Data("natoscope-bench: load failed: \(p.problems.prefix(3))\n".utf8))
            exit(1)
        }
    }
    return (median(times), catalog)
}

func measureSearch(_ catalog: Catalog, queries: [String]) -> Double {
    var times: [Double] = []
    for q in queries {
        for _ in 0..<5 {
            let t0 = now()
            _ = catalog.search(q)
            times.append((now() - t0) * 1000)
        }
    }
    return median(times)
}

let queries = ["cyber", "country 42", "interoperability", "ñandu", "zzz-no-match", "framework number 3", "partnership"]

// `natoscope-bench --profile-load [N]` only loads the built-in data set through the JSON path
// N times (default 10), and `--profile-load-synthetic C [N]` a synthetic set of C countries:
// a short run to put under `valgrind --tool=callgrind`.
let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--profile-load" || arguments[1] == "--profile-load-synthetic" {
    let isSynthetic = arguments[1] == "--profile-load-synthetic"
    let files = isSynthetic ? synthetic(countries: Int(arguments.count > 2 ? arguments[2] : "") ?? 100) : BuiltinData.files
    let runs = Int(arguments.count > (isSynthetic ? 3 : 2) ? arguments[isSynthetic ? 3 : 2] : "") ?? 10
    let (ms, catalog) = measureLoad(files, runs: runs)
    print(String(format: "%d loads, median %.2f ms, %d countries", runs, ms, catalog?.count(.country) ?? 0))
    exit(0)
}

// `natoscope-bench --profile-keys N`: N keys (reduce + render) at 200x50 on the built-in
// data, for callgrind.
if arguments.count > 1, arguments[1] == "--profile-keys", let catalog = try? BuiltinData.load().get() {
    var state = AppState(catalog: catalog, columns: 200, rows: 50)
    _ = render(state, catalog: catalog)
    let actions: [Action] = [.moveDown, .moveDown, .focusNext, .moveDown, .open, .nextLink, .scrollDetail(3), .escape, .focusNext, .toggleFilter]
    let n = Int(arguments.count > 2 ? arguments[2] : "") ?? 100
    for i in 0..<n {
        reduce(&state, actions[i % actions.count], catalog: catalog)
        _ = render(state, catalog: catalog)
    }
    print("\(n) keys")
    exit(0)
}

print("natoscope-bench: load + validate + index, and search (medians; loads alternate with json.loads in rounds)")
#if DEBUG
print("WARNING: debug build; run with -c release for meaningful figures")
#endif
let builtin = BuiltinData.files
let imageMS = measureImage(runs: 21)
print(String(format: "built-in data set, build-time image: decode + catalog %6.3f ms  (target < 1 ms)", imageMS))
/// Loads and json.loads in alternating rounds, so that a change in the machine's load
/// between the two measurements does not skew the ratio: the medians of all runs of each, and
/// the median of the rounds' ratios.
func compareLoad(_ files: [DataFile], rounds: Int, runs: Int) -> (ms: Double, python: Double, ratio: Double, catalog: Catalog?) {
    var ours: [Double] = [], theirs: [Double] = [], ratios: [Double] = []
    var catalog: Catalog?
    for _ in 0..<rounds {
        catalog = nil  // one data set in memory at a time, as in measureLoad
        let (ms, c) = measureLoad(files, runs: runs)
        catalog = c
        let python = pythonJSONLoads(files, runs: runs) ?? .nan
        ours.append(ms)
        theirs.append(python)
        ratios.append(ms / python)
    }
    return (median(ours), median(theirs), median(ratios), catalog)
}

let builtinBytes = builtin.reduce(0) { $0 + $1.bytes.count }
let b = compareLoad(builtin, rounds: 5, runs: 9)
print(String(format: "built-in data set, JSON path (--data): %d bytes  load %7.2f ms  json.loads %6.2f ms  ratio %5.2f  (target <= 2)  first search %6.3f ms",
             builtinBytes, b.ms, b.python, b.ratio, b.catalog.map { measureSearch($0, queries: queries) } ?? -1))
print("")
print("countries  milestones      bytes    load ms  json.loads ms  ratio  per 1k countries   search ms   peak RSS MB")
for n in [100, 1_000, 10_000] {
    let files = synthetic(countries: n)
    let bytes = files[0].bytes.count
    let (ms, python, ratio, catalog) = compareLoad(files, rounds: n >= 10_000 ? 3 : 5, runs: n >= 10_000 ? 1 : 3)
    let search = catalog.map { measureSearch($0, queries: queries) } ?? -1
    print(String(format: "%9d  %10d  %9d  %9.1f  %13.1f  %5.2f  %17.2f  %10.3f  %12.1f", n, n * 10, bytes, ms, python, ratio,
                 ms / Double(n) * 1000, search, peakRSSMegabytes()))
}
print("")
print("targets: load <= 2x json.loads; at 10,000 countries load < 1000 ms, search < 20 ms, peak RSS < 200 MB; 'per 1k countries' flat = linear")
print("(load = parse, validate and build the relation index; the search index is built on the first search, outside these times)")

// The explorer's pure path, without a terminal: one key (reduce) plus one frame (render).
// The pseudo-terminal benchmark (Benchmarks/explorer-bench.py) adds drawing and I/O.
if let catalog = b.catalog {
    print("")
    print("explorer, in process: reduce + render per key (median of 600 keys)")
    for (columns, rows) in [(80, 24), (100, 30), (200, 50)] {
        let t0 = now()
        var state = AppState(catalog: catalog, columns: columns, rows: rows)
        _ = render(state, catalog: catalog)
        let first = (now() - t0) * 1000
        let actions: [Action] = [.moveDown, .moveDown, .focusNext, .moveDown, .open, .nextLink, .scrollDetail(3), .escape, .focusNext, .toggleFilter]
        var times: [Double] = []
        for i in 0..<600 {
            let k0 = now()
            reduce(&state, actions[i % actions.count], catalog: catalog)
            _ = render(state, catalog: catalog)
            times.append((now() - k0) * 1000)
        }
        print(String(format: "%4dx%-3d  first state + frame %6.3f ms   key + frame median %6.3f ms   max %6.3f ms", columns, rows, first, median(times), times.max() ?? 0))
    }
    // The map pane shown (issue 10): list keys (the map redraws when the selection changes,
    // through the explorer's view cache) and year keys (every key redraws the map).
    print("")
    print("explorer with the map pane, in process (median of 600 keys; target: map draw at 200x50 <= 2 ms)")
    for (columns, rows) in [(100, 30), (200, 50)] {
        for (label, actions) in [("list keys", [Action.moveDown, .moveDown, .focusNext, .moveDown]),
                                 ("year keys", [Action.time(.step(-1)), .time(.step(-1)), .time(.step(1))])] {
            var state = AppState(catalog: catalog, columns: columns, rows: rows)
            reduce(&state, .map(.toggle), catalog: catalog)
            let cache = MapViewCache()
            _ = render(state, catalog: catalog, mapCache: cache)
            var times: [Double] = []
            for i in 0..<600 {
                let k0 = now()
                reduce(&state, actions[i % actions.count], catalog: catalog)
                _ = render(state, catalog: catalog, mapCache: cache)
                times.append((now() - k0) * 1000)
            }
            print(String(format: "%4dx%-3d  ", columns, rows) + label + String(format: "  key + frame median %6.3f ms   max %6.3f ms   (map drawn %d times)", median(times), times.max() ?? 0, cache.draws))
        }
    }
}

// The map (issue 10): decoding the embedded shapes once, then roles + drawing per frame.
if let catalog = b.catalog {
    print("")
    print("map, in process (median of 200 draws; target: draw at 200x50 <= 2 ms)")
    let t0 = now()
    let world = WorldMap.builtin
    print(String(format: "first use: decode + project %d shapes  %7.3f ms", world.shapes.count, (now() - t0) * 1000))
    let history = catalog.history
    for (label, selection, region) in [("world", MapSelection(), MapRegion.world), ("europe, pfp", MapSelection(framework: "pfp"), .europe),
                                       ("world, as of 1999", MapSelection(year: 1999), .world)] {
        for (columns, rows) in [(80, 24), (200, 50)] {
            var roleTimes: [Double] = [], drawTimes: [Double] = [], textTimes: [Double] = []
            for _ in 0..<200 {
                let r0 = now()
                let roles = MapRoles(catalog: catalog, selection: selection, history: history)
                let d0 = now()
                guard let image = MapImage(world: world, roles: roles.byISO, region: region, columns: columns, rows: rows) else { break }
                let x0 = now()
                _ = MapText.render(image, legend: roles.legend, title: label, colour: true)
                let x1 = now()
                roleTimes.append((d0 - r0) * 1000); drawTimes.append((x0 - d0) * 1000); textTimes.append((x1 - x0) * 1000)
            }
            print((label + String(repeating: " ", count: max(0, 18 - label.count))) + String(format: " %4dx%-3d  roles %6.3f ms   draw %6.3f ms   text %6.3f ms", columns, rows,
                         median(roleTimes), median(drawTimes), median(textTimes)))
        }
    }
}
