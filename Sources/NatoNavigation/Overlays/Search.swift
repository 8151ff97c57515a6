// The search overlay: typing runs the search; Enter jumps to the result; n and N step
// through the results after the overlay closed.
import NatoModel
import NatoText

extension AppState {
    mutating func typeInSearch(_ c: Character, _ catalog: Catalog) {
        guard overlay == .search, !c.isControlLike, search.query.count < 200 else { return }
        search.query.append(c)
        runSearch(catalog)
    }

    mutating func searchBackspace(_ catalog: Catalog) {
        guard overlay == .search, !search.query.isEmpty else { return }
        search.query.removeLast()
        runSearch(catalog)
    }

    mutating func runSearch(_ catalog: Catalog) {
        search.list.replace(search.query.isEmpty ? [] : catalog.search(search.query).map(\.ref))
    }

    mutating func acceptSearch(_ catalog: Catalog) {
        guard overlay == .search else { return }
        overlay = nil
        if let target = search.list.selected { jump(to: target, catalog) }
    }

    mutating func stepSearch(_ step: Int, _ catalog: Catalog) {
        let n = search.results.count
        guard n > 0 else {
            message = "No search results: press / to search"
            return
        }
        search.list.select(((search.selection + step) % n + n) % n)
        message = "Result \(search.selection + 1) of \(n)"
        let keep = message
        jump(to: search.results[search.selection], catalog, focusDetail: focus == .detail)
        if message == nil { message = keep }
    }
}
