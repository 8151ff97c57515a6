// Turns what ncurses reads (a character or a key code) into Key values.
import CNcursesw
import NatoNavigation

enum KeyDecoder {
    /// A character read by wget_wch with status OK.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x1B: return .escape
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x00: return nil
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60) ?? "?"))
        case 0x1C...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key code read by wget_wch with status KEY_CODE_YES.
    static func keyCode(_ code: Int32, columns: Int, rows: Int, mouse: () -> MouseEvent?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize(columns: columns, rows: rows)
        case KEY_MOUSE: return mouse().map(Key.mouse)
        default:
            for n in 1...12 where code == nato_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
