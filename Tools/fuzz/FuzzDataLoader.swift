// libFuzzer entry point for the JSON parser and the data-set loader. Not part of the package:
// Tools/fuzz/run.sh compiles it together with the sources of NatoText and NatoModel.
//
// Besides "no crash, no hang, no sanitizer report", it checks properties that must hold for
// every input:
// - the tree parser, the streaming parser and the id scanner agree on whether a document
//   is well-formed;
// - a data set that loads exports to JSON that loads again and exports to the same bytes;
// - no problem message carries a control character (they are printed on a terminal).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let tree: Bool
    do { _ = try JSONParser.parse(bytes); tree = true } catch { tree = false }
    let streamed: Bool
    do { try JSONParser.stream(bytes) { _ in }; streamed = true } catch { streamed = false }
    if tree != streamed { fatalError("parse \(tree ? "accepted" : "rejected") a document that stream \(streamed ? "accepted" : "rejected")") }
    if tree {
        do { try JSONParser.scanIDs(bytes) { _, _, _ in } } catch { fatalError("scanIDs rejected a well-formed document: \(error)") }
    }
    switch DataLoader.load([DataFile(name: "fuzz.json", bytes: bytes)]) {
    case .success(let catalog):
        let exported = catalog.data.exportJSON()
        switch DataLoader.load([DataFile(name: "export.json", bytes: Array(exported.utf8))]) {
        case .success(let again):
            if again.data.exportJSON() != exported { fatalError("export is not stable across a reload") }
        case .failure(let problems):
            fatalError("an exported data set does not load again: \(problems.description.inert)")
        }
    case .failure(let problems):
        for p in problems.problems where p.description.hasUnsafeCharacters {
            fatalError("problem message with a control character: \(p.description.inert)")
        }
    }
    return 0
}
