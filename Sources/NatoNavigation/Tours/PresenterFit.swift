// The presenter profile's fit check: what a projector at this size would cut.
import NatoModel
import NatoText

extension AppState {
    // MARK: Presenter fit check

    /// Which panes would be cut at the current size, and a size that shows everything.
    public func presenterFit(_ catalog: Catalog) -> String {
        let here = fitProblems(columns: columns, rows: rows, catalog)
        let size = "\(columns)x\(rows)"
        if here.isEmpty { return "presenter: at \(size) everything fits" }
        var suggestion: String?
        let rowsNeeded = max(rows, Layout.splitRows + (tour == nil ? 0 : 4))
        var c = max(columns, Layout.splitColumns)
        while c <= 400 {
            if fitProblems(columns: c, rows: rowsNeeded, catalog).isEmpty {
                suggestion = "\(c)x\(rowsNeeded) shows everything"
                break
            }
            c += 10
        }
        return "presenter: at \(size) " + here.joined(separator: " and ") + (suggestion.map { "; " + $0 } ?? "")
    }

    /// What is cut at a size: hidden panes, and panes where more than a quarter of the names
    /// do not fit their row.
    func fitProblems(columns: Int, rows: Int, _ catalog: Catalog) -> [String] {
        let captionRows = tour == nil ? 0 : 1 + min(rows >= 24 ? 3 : 2, max(1, captionLines.count))
        let l = Layout(columns: columns, rows: rows, detailOpen: false, frameworkCount: frameworkCount, captionRows: captionRows, presenter: true)
        switch l.mode {
        case .tooSmall: return ["the screen is too small for the explorer"]
        case .compact, .split: break
        }
        var problems: [String] = []
        if l.mode == .compact { problems.append("the detail pane is hidden") }
        var cut: [String] = []
        for pane in Pane.lists {
            guard let content = l.content(pane) else { continue }
            // Markers, tags and dates before the name; the years after a framework.
            let decoration: Int
            switch pane {
            case .countries: decoration = 5
            case .frameworks: decoration = 9 + 5
            case .timeline: decoration = 10
            case .areas, .detail: decoration = 3
            }
            let all = lists[pane.rawValue].all
            guard !all.isEmpty else { continue }
            let tooLong = all.filter { catalog.name($0).terminalWidth + decoration > content.width }.count
            if tooLong * 4 > all.count { cut.append(pane == .areas ? "areas" : pane.title.lowercased()) }
        }
        if !cut.isEmpty {
            let list = cut.count == 1 ? cut[0] : cut.dropLast().joined(separator: ", ") + " and " + (cut.last ?? "")
            problems.append("titles are cut in " + list)
        }
        return problems
    }
}
