import Testing
import CNcursesw
import NatoNavigation
import NatoRender
@testable import NatoTerminal

@Suite("Themes")
struct ThemeTests {
    @Test func monoUsesAttributesOnlyAndStillMarksFocusSelectionAndWarnings() {
        let mono = Theme(.mono)
        for role in StyleRole.allCases { #expect(mono.look(role).foreground == nil, "\(role) has a colour in mono") }
        #expect(mono.look(.selected).reverse)
        #expect(mono.look(.borderFocused).bold)
        #expect(mono.look(.related) != mono.look(.normal))
        #expect(mono.look(.warning) != mono.look(.normal))
        #expect(mono.look(.status).reverse)
    }

    @Test func defaultThemeKeepsTheTerminalBackground() {
        // No role paints a background: colours are foreground-only, so light and dark
        // terminals both keep their own background.
        let standard = Theme(.default)
        #expect(standard.look(.normal) == CellLook())
        #expect(standard.look(.selected).reverse, "the selection reverses rather than painting a colour")
        #expect(standard.look(.related).foreground != nil)
    }

    @Test func contrastThemeIsBoldEverywhereAndUnderlinesMarks() {
        let contrast = Theme(.contrast)
        for role in StyleRole.allCases {
            #expect(contrast.look(role).bold, "\(role) is not bold in the contrast theme")
            #expect(!contrast.look(role).dim, "\(role) is dim in the contrast theme")
        }
        #expect(contrast.look(.related).underline)
    }
}

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(0x1B), Key.escape), (0x0D, .enter), (0x0A, .enter), (0x09, .tab), (0x7F, .backspace), (0x08, .backspace),
        (0x03, .control("c")), (0x10, .control("p")), (0x71, .character("q")), (0x2F, .character("/")),
        (0xFC, .character("ü")), (0x65E5, .character("日")),
    ])
    func charactersBecomeKeys(code: UInt32, key: Key) {
        #expect(KeyDecoder.character(code) == key)
    }

    @Test func nulAndInvalidScalarsAreIgnored() {
        #expect(KeyDecoder.character(0) == nil)
        #expect(KeyDecoder.character(0xD800) == nil)
    }

    @Test func keyCodesBecomeKeys() {
        func decode(_ code: Int32) -> Key? { KeyDecoder.keyCode(code, columns: 90, rows: 33) { nil } }
        #expect(decode(KEY_UP) == .up)
        #expect(decode(KEY_DOWN) == .down)
        #expect(decode(KEY_PPAGE) == .pageUp)
        #expect(decode(KEY_NPAGE) == .pageDown)
        #expect(decode(KEY_BTAB) == .backTab)
        #expect(decode(KEY_RESIZE) == .resize(columns: 90, rows: 33))
        #expect(decode(nato_key_f(1)) == .function(1))
        #expect(KeyDecoder.keyCode(KEY_MOUSE, columns: 1, rows: 1) { MouseEvent(row: 3, column: 4, button: .left) }
                == .mouse(MouseEvent(row: 3, column: 4, button: .left)))
        #expect(decode(KEY_MOUSE) == nil, "a mouse event ncurses could not read is ignored")
    }
}
