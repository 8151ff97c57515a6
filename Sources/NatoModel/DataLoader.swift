// Loading a data set: read the files, parse them, decode records, resolve references,
// and build the catalog, or report every problem found.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NatoText

public struct DataFile: Sendable {
    /// The name used in messages: the path as given, or the built-in file's name.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

public enum DataLoader {
    /// Files larger than this are refused before they are read.
    public static let maximumFileSize = 64 << 20

    /// Loads files already in memory (the built-in data set, tests).
    public static func load(_ files: [DataFile]) -> Result<Catalog, DataProblems> {
        // A valid data set takes the quick way; anything it does not accept is read again by
        // the full decoder, which says what is wrong.
        if let (dataSet, ids) = QuickDecoder.load(files) { return .success(Catalog(dataSet, ids: ids)) }
        return loadStreaming(files)
    }

    /// The full decoder, which reports every problem: two passes over each file, ids first,
    /// then records one at a time, so memory never holds a whole file's tree.
    static func loadStreaming(_ files: [DataFile]) -> Result<Catalog, DataProblems> {
        var decoder = DataSetDecoder()
        // Pass 1 gathers every id (a quick scan, no trees) so that pass 2 can check references
        // as it decodes; pass 2 streams one record at a time, so memory holds the decoded data
        // set and never a whole file's parse tree.
        var readable: [DataFile] = []
        for file in files {
            if file.bytes.count > maximumFileSize {
                decoder.log.add(file.name, "", "file is larger than \(maximumFileSize >> 20) MiB")
                continue
            }
            do {
                try JSONParser.scanIDs(file.bytes) { collection, index, id in
                    decoder.register(file: file.name, collection: collection, index: index, id: id)
                }
                readable.append(file)
            } catch {
                decoder.log.add(file.name, "line \(error.line), column \(error.column)", error.message)
            }
        }
        for file in readable {
            do {
                // scanIDs has checked the UTF-8 of the file already.
                try JSONParser.stream(file.bytes, utf8Checked: true) { event in decoder.decode(file: file.name, event: event) }
            } catch {
                decoder.log.add(file.name, "line \(error.line), column \(error.column)", error.message)
            }
        }
        if !decoder.log.problems.isEmpty { return .failure(DataProblems(decoder.log.problems)) }
        return .success(Catalog(decoder.dataSet))
    }

    /// Loads JSON files and folders of JSON files (their `*.json` files, in name order).
    public static func load(paths: [String]) -> Result<Catalog, DataProblems> {
        switch read(paths: paths) {
        case .success(let files): return load(files)
        case .failure(let problems): return .failure(problems)
        }
    }

    public static func read(paths: [String], extensions: [String] = [".json"]) -> Result<[DataFile], DataProblems> {
        var files: [DataFile] = []
        var problems: [DataProblem] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(DataProblem(file: path, location: "", message: "no such file or folder"))
                continue
            }
            var members: [String] = [path]
            if info.st_mode & S_IFMT == S_IFDIR {
                guard let names = listFolder(path) else {
                    problems.append(DataProblem(file: path, location: "", message: "cannot read the folder"))
                    continue
                }
                members = names.filter { name in extensions.contains { name.hasSuffix($0) } && !name.hasPrefix(".") }.sorted()
                    .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
                if members.isEmpty {
                    problems.append(DataProblem(file: path, location: "", message: "the folder holds no \(extensions.map { $0 + " " }.joined(separator: "or "))files"))
                }
            }
            for member in members {
                switch readFile(member) {
                case .success(let bytes): files.append(DataFile(name: member, bytes: bytes))
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        return problems.isEmpty ? .success(files) : .failure(DataProblems(problems))
    }

    /// Whether `path` names a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func listFolder(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Reads a regular file of at most `maximumFileSize` bytes. Devices and pipes are refused
    /// so that a path like /dev/zero cannot hang the program.
    static func readFile(_ path: String) -> Result<[UInt8], DataProblem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(DataProblem(file: path, location: "", message: "cannot read the file"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(DataProblem(file: path, location: "", message: "not a regular file"))
        }
        guard Int(info.st_size) <= maximumFileSize else {
            return .failure(DataProblem(file: path, location: "", message: "file is larger than \(maximumFileSize >> 20) MiB"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(DataProblem(file: path, location: "", message: "cannot open the file (permission denied?)"))
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + done, buffer.count - done)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        bytes.removeLast(bytes.count - done)
        return .success(bytes)
    }
}
