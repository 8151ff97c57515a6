// Milestone dates: a year, a month or a day, as precise as the record allows.

public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let years = 1900...2100

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil unless it is a real calendar date
    /// with a year in `years`.
    public init?(_ text: String) {
        // Read from the bytes: every milestone's date goes through here while loading, and
        // splitting into Substrings of Characters cost more than the rest of the record.
        let utf8 = Array(text.utf8)
        guard utf8.count == 4 || utf8.count == 7 || utf8.count == 10 else { return nil }
        var numbers: [Int] = []
        var value = 0
        for (i, b) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
                numbers.append(value)
                value = 0
            } else {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
        }
        numbers.append(value)
        guard Self.years.contains(numbers[0]) else { return nil }
        year = numbers[0]
        if numbers.count > 1 {
            guard (1...12).contains(numbers[1]) else { return nil }
            month = numbers[1]
        }
        if numbers.count > 2, let month {
            guard (1...Self.daysIn(month: month, year: year)).contains(numbers[2]) else { return nil }
            day = numbers[2]
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The form it was written in: `1994`, `1994-01` or `1994-01-10`.
    public var description: String {
        var s = String(year)
        if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
        return s
    }

    /// For readers: `1994`, `Jan 1994`, `10 Jan 1994`.
    public var readable: String { DateFormat.readable(self) }

    /// A less precise date sorts before a more precise one in the same period.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}
