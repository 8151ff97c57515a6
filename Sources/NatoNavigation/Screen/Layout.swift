// Where everything goes on the screen, computed from the size alone (plus whether the detail is
// open in the compact layout). Shared by the reducer (clicks, page sizes) and the renderer.

/// The panes of the explorer, numbered 1...5 on the keyboard.
public enum Pane: Int, CaseIterable, Sendable, Comparable {
    case countries, frameworks, areas, timeline, detail

    public static let lists: [Pane] = [.countries, .frameworks, .areas, .timeline]

    public var title: String {
        switch self {
        case .countries: return "Countries"
        case .frameworks: return "Frameworks"
        case .areas: return "Cooperation areas"
        case .timeline: return "Timeline"
        case .detail: return "Detail"
        }
    }

    /// The kind of record a list pane shows (nil for the detail).
    public var kind: EntityKind? {
        switch self {
        case .countries: return .country
        case .frameworks: return .framework
        case .areas: return .area
        case .timeline: return .milestone
        case .detail: return nil
        }
    }

    public init?(kind: EntityKind) {
        switch kind {
        case .country: self = .countries
        case .framework: self = .frameworks
        case .area: self = .areas
        case .milestone: self = .timeline
        default: return nil
        }
    }

    public static func < (a: Pane, b: Pane) -> Bool { a.rawValue < b.rawValue }
}

import NatoModel
import NatoText

public struct Layout: Sendable, Equatable {
    /// Below this size the explorer shows only "terminal too small".
    public static let minimumColumns = 60
    public static let minimumRows = 16
    /// From this width (and `splitRows` rows) the detail stays beside the lists.
    public static let splitColumns = 100
    public static let splitRows = 20

    public enum Mode: Sendable, Equatable {
        /// Too small to draw anything but a message.
        case tooSmall
        /// The four lists in a 2x2 grid; the detail replaces them when opened (Enter, `d`, 5).
        case compact
        /// The four lists on the left, the detail on the right, all visible.
        case split
    }

    public let columns: Int
    public let rows: Int
    public let mode: Mode
    public let titleLine: Rect
    public let statusLine: Rect
    /// The tour's caption panel, just above the status line (empty when no tour runs).
    public let captionPanel: Rect
    /// Presenter profile: wider margins and a blank row under the title where the size allows.
    public let presenter: Bool
    /// Outer rectangles (border included) of the visible panes, indexed by `Pane.rawValue`.
    private let rects: [Rect?]
    /// The map pane's outer rectangle when the map is shown (`m`): above the detail in the
    /// split layout, a full-width band above the lists in the compact one.
    public let mapRect: Rect?

    /// `captionRows`: rows the tour's caption panel takes above the status line (0 without a tour).
    public init(columns: Int, rows: Int, detailOpen: Bool, frameworkCount: Int = 9, captionRows: Int = 0, presenter: Bool = false, mapShown: Bool = false) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.presenter = presenter
        titleLine = Rect(row: 0, column: 0, width: max(0, columns), height: rows > 0 ? 1 : 0)
        statusLine = Rect(row: max(0, rows - 1), column: 0, width: max(0, columns), height: rows > 1 ? 1 : 0)
        var rects = [Rect?](repeating: nil, count: Pane.allCases.count)
        var mapRect: Rect?
        if columns < Self.minimumColumns || rows < Self.minimumRows {
            mode = .tooSmall
            captionPanel = Rect(row: 0, column: 0, width: 0, height: 0)
        } else {
            let caption = max(0, min(captionRows, rows - 12))
            captionPanel = Rect(row: rows - 1 - caption, column: 0, width: columns, height: caption)
            // Presenter spacing: margins on wide screens, a blank row under the title on tall ones.
            let margin = presenter ? (columns >= 140 ? 3 : (columns >= 110 ? 2 : 0)) : 0
            let gap = presenter && rows - caption >= 32 ? 1 : 0
            let top = 1 + gap
            let bodyHeight = rows - 2 - caption - gap
            let bodyWidth = columns - 2 * margin
            if columns >= Self.splitColumns && rows >= Self.splitRows {
                mode = .split
                let detailWidth = bodyWidth * 45 / 100
                let listWidth = bodyWidth - detailWidth
                Self.placeLists(&rects, in: Rect(row: top, column: margin, width: listWidth, height: bodyHeight), frameworkCount: frameworkCount)
                var detail = Rect(row: top, column: margin + listWidth, width: detailWidth, height: bodyHeight)
                if mapShown {
                    // The map takes the upper part of the detail column, keeping its shape
                    // (a cell is about twice as high as wide) and leaving the detail 8 rows.
                    let mapHeight = max(0, min(bodyHeight - 8, max(bodyHeight * 3 / 5, detailWidth / 3)))
                    mapRect = Rect(row: top, column: detail.column, width: detailWidth, height: mapHeight)
                    detail = Rect(row: top + mapHeight, column: detail.column, width: detailWidth, height: bodyHeight - mapHeight)
                }
                rects[Pane.detail.rawValue] = detail
            } else {
                mode = .compact
                var body = Rect(row: top, column: margin, width: bodyWidth, height: bodyHeight)
                if mapShown && !detailOpen {
                    // A full-width band above the lists: half the body.
                    let mapHeight = bodyHeight / 2
                    mapRect = Rect(row: top, column: margin, width: bodyWidth, height: mapHeight)
                    body = Rect(row: top + mapHeight, column: margin, width: bodyWidth, height: bodyHeight - mapHeight)
                }
                if detailOpen {
                    rects[Pane.detail.rawValue] = body
                } else {
                    Self.placeLists(&rects, in: body, frameworkCount: frameworkCount)
                }
            }
        }
        self.rects = rects
        self.mapRect = mapRect
    }

    /// Countries over areas on the left; frameworks (sized to their count) over the timeline on the right.
    private static func placeLists(_ rects: inout [Rect?], in area: Rect, frameworkCount: Int) {
        let leftWidth = area.width / 2
        let rightWidth = area.width - leftWidth
        let areasHeight = area.height * 2 / 5
        let countriesHeight = area.height - areasHeight
        let frameworksHeight = min(max(frameworkCount + 2, 4), area.height / 2)
        rects[Pane.countries.rawValue] = Rect(row: area.row, column: area.column, width: leftWidth, height: countriesHeight)
        rects[Pane.areas.rawValue] = Rect(row: area.row + countriesHeight, column: area.column, width: leftWidth, height: areasHeight)
        rects[Pane.frameworks.rawValue] = Rect(row: area.row, column: area.column + leftWidth, width: rightWidth, height: frameworksHeight)
        rects[Pane.timeline.rawValue] = Rect(row: area.row + frameworksHeight, column: area.column + leftWidth, width: rightWidth,
                                             height: area.height - frameworksHeight)
    }

    /// The pane's outer rectangle, or nil when it is not on screen in this layout.
    public func rect(_ pane: Pane) -> Rect? { rects[pane.rawValue] }

    public func isVisible(_ pane: Pane) -> Bool { rects[pane.rawValue] != nil }

    public var visiblePanes: [Pane] { Pane.allCases.filter(isVisible) }

    /// Inside the border.
    public func content(_ pane: Pane) -> Rect? { rects[pane.rawValue]?.inner }

    /// Rows available for list entries: the timeline keeps its last row for the axis.
    public func listRows(_ pane: Pane) -> Int {
        guard let c = content(pane) else { return 0 }
        return pane == .timeline && Self.hasAxis(c) ? c.height - 1 : c.height
    }

    static func hasAxis(_ content: Rect) -> Bool { content.height >= 3 }

    /// Whether the timeline pane draws its axis row (its last content row).
    public var timelineAxis: Rect? {
        guard let c = content(.timeline), Self.hasAxis(c) else { return nil }
        return Rect(row: c.bottom - 1, column: c.column, width: c.width, height: 1)
    }

    /// The width the detail text is wrapped to: the detail pane's inner width (when it is not
    /// visible, the width it will have when opened).
    public var detailTextWidth: Int {
        if let c = content(.detail) { return max(1, c.width - 2) }
        return max(20, columns - 4)
    }

    /// The visible pane under a screen position.
    public func pane(atRow row: Int, column: Int) -> Pane? {
        Pane.allCases.first { rects[$0.rawValue]?.contains(row: row, column: column) ?? false }
    }
}
