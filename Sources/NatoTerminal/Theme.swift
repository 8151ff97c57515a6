// Colour themes: how each style role looks. Pure data (no ncurses), so it can be tested.
// Colours are drawn on the terminal's own background (never a painted one), so the default
// theme reads on dark and light terminals alike.
import NatoRender

public enum ThemeName: String, CaseIterable, Sendable {
    case `default`, contrast, mono
}

public enum TerminalColor: Int16, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

public struct CellLook: Sendable, Equatable {
    public var foreground: TerminalColor?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(_ foreground: TerminalColor? = nil, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }
}

public struct Theme: Sendable {
    public let name: ThemeName
    private let looks: [CellLook]

    public func look(_ role: StyleRole) -> CellLook { looks[Int(role.rawValue)] }

    public init(_ name: ThemeName) {
        self.name = name
        looks = StyleRole.allCases.map { Self.look(name, $0) }
    }

    static func look(_ theme: ThemeName, _ role: StyleRole) -> CellLook {
        switch theme {
        case .mono: return mono(role)
        case .default: return standard(role)
        case .contrast: return contrast(role)
        }
    }

    /// Attributes only: also what NO_COLOR and colourless terminals get.
    static func mono(_ role: StyleRole) -> CellLook {
        switch role {
        case .normal, .partner, .overlay, .axis: return CellLook()
        case .muted: return CellLook(dim: true)
        case .title, .heading, .overlayTitle, .paneTitleFocused, .borderFocused, .ally, .statusKey: return CellLook(bold: true)
        case .breadcrumb, .paneTitle, .border: return CellLook()
        case .selected, .linkFocused: return CellLook(reverse: true)
        case .selectedInactive: return CellLook(underline: true)
        case .related, .axisMark, .searchMatch: return CellLook(bold: true, underline: true)
        case .suspended, .link: return CellLook(underline: true)
        case .warning, .error: return CellLook(bold: true, reverse: true)
        case .status: return CellLook(reverse: true)
        case .year: return CellLook(bold: true, reverse: true)
        // The map draws patterns in mono (the renderer picks the glyphs); attributes help a little.
        case .mapUnrelated: return CellLook(dim: true)
        case .mapAlly, .mapMember: return CellLook(bold: true)
        case .mapPartner, .mapSuspended, .mapFormer: return CellLook()
        case .mapSelected: return CellLook(bold: true, underline: true)
        case .mapCursor: return CellLook(reverse: true)
        }
    }

    static func standard(_ role: StyleRole) -> CellLook {
        switch role {
        case .normal, .partner, .overlay: return CellLook()
        case .muted, .axis: return CellLook(dim: true)
        case .title: return CellLook(.cyan, bold: true)
        case .breadcrumb: return CellLook(.cyan)
        case .border: return CellLook(dim: true)
        case .borderFocused, .paneTitleFocused: return CellLook(.cyan, bold: true)
        case .paneTitle: return CellLook(bold: true)
        case .selected: return CellLook(.cyan, bold: true, reverse: true)
        case .selectedInactive: return CellLook(underline: true)
        case .related, .axisMark: return CellLook(.green, bold: true)
        case .ally: return CellLook(.blue, bold: true)
        case .suspended: return CellLook(.red)
        case .warning, .error: return CellLook(.red, bold: true)
        case .link: return CellLook(.cyan, underline: true)
        case .linkFocused: return CellLook(.cyan, bold: true, reverse: true)
        case .heading, .overlayTitle: return CellLook(bold: true, underline: true)
        case .status: return CellLook(reverse: true)
        case .statusKey: return CellLook(.cyan, bold: true, reverse: true)
        case .searchMatch: return CellLook(.magenta, bold: true)
        case .year: return CellLook(.yellow, bold: true, reverse: true)
        // Colour-blind-safe choices among the 8 terminal colours (after Okabe-Ito): blue and
        // yellow carry the main contrast (Allies, partners), cyan a framework's members, red and
        // magenta the rarer suspended and former; no role depends on telling red from green.
        case .mapUnrelated: return CellLook(dim: true)
        case .mapAlly: return CellLook(.blue, bold: true)
        case .mapPartner: return CellLook(.yellow)
        case .mapMember: return CellLook(.cyan, bold: true)
        case .mapSuspended: return CellLook(.red)
        case .mapFormer: return CellLook(.magenta)
        case .mapSelected: return CellLook(.white, bold: true)
        case .mapCursor: return CellLook(.white, bold: true, reverse: true)
        }
    }

    /// For projectors: everything bold, strong colours, focus and marks also underlined.
    static func contrast(_ role: StyleRole) -> CellLook {
        var look = standard(role)
        look.dim = false
        look.bold = true
        switch role {
        case .muted, .axis, .border: look.foreground = nil
        case .related, .axisMark, .searchMatch: look.underline = true
        case .borderFocused, .paneTitleFocused: look.foreground = .yellow
        default: break
        }
        return look
    }
}
