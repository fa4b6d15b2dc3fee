/// A calendar day in UTC: the day a document was published.
///
/// Stored as days since 1970-01-01 so that dates compare, sort and fall into weeks with integer
/// arithmetic; written as ISO 8601 (`2024-03-05`). Parsed from what corpora carry:
/// ISO 8601 dates and date-times with or without a UTC offset (`2024-03-05`,
/// `2024-03-05T23:30:00-05:00`, `2024-03-05 10:00:00`), RFC 822/1123 dates as RSS writes them
/// (`Tue, 05 Mar 2024 10:00:00 GMT`, `+0100`, `EST`), and Unix timestamps in seconds. A
/// date-time with an offset is converted to UTC first, so `2024-03-05T23:30:00-05:00` is
/// 2024-03-06; one without an offset is taken as UTC.
///
/// Days ↔ civil dates use the proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible
/// Low-Level Date Algorithms", 2013, http://howardhinnant.github.io/date_algorithms.html).
/// - Complexity: O(1) per conversion; parsing is O(n) in the length of the text.
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// The day `year`-`month`-`day`, or nil when there is no such day (2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
              (1...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    /// 0001-01-01 to 9999-12-31, the days `init?(parsing:)` gives.
    static let supported = -719_162...2_932_896

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
    }

    public static func < (a: DocumentDate, b: DocumentDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// The date `text` gives (see the type's doc), or nil when it gives none.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, TextBytes.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, TextBytes.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        let trimmed = Array(bytes[start..<end])
        guard !trimmed.isEmpty, trimmed.count < 64 else { return nil }
        // An offset can carry 0001-01-01 or 9999-12-31 out of the four-digit years.
        if let date = Self.parseISO(trimmed) ?? Self.parseRFC822(trimmed) ?? Self.parseTimestamp(trimmed),
           Self.supported.contains(date.daysSinceEpoch) {
            self = date
        } else {
            return nil
        }
    }

    /// The first `YYYY-MM-DD` (or `YYYY_MM_DD`, `YYYYMMDD` is not taken) in the last component
    /// of `path` that is a real day, not run together with other digits.
    public static func inFileName(_ path: String) -> DocumentDate? {
        let bytes = Array(path.utf8)
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let name = Array(bytes[nameStart...])
        guard name.count >= 10 else { return nil }
        for i in 0...(name.count - 10) {
            if i > 0, isDigit(name[i - 1]) { continue }
            if i + 10 < name.count, isDigit(name[i + 10]) { continue }
            let separator = name[i + 4]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "_"), name[i + 7] == separator,
                  let year = number(name[i..<i + 4]), let month = number(name[i + 5..<i + 7]),
                  let day = number(name[i + 8..<i + 10]) else { continue }
            if let date = DocumentDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    // MARK: parsing

    private static func parseISO(_ b: [UInt8]) -> DocumentDate? {
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(b[0..<4]), let month = number(b[5..<7]), let day = number(b[8..<10]),
              let date = DocumentDate(year: year, month: month, day: day) else { return nil }
        if b.count == 10 { return date }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == 0x20 else { return nil }
        var i = 11
        guard let (hour, minute, afterTime) = time(b, from: i) else { return nil }
        i = afterTime
        var offsetMinutes = 0
        if i < b.count {
            guard let (offset, afterZone) = isoOffset(b, from: i), afterZone == b.count else { return nil }
            offsetMinutes = offset
        }
        return date.shifted(minutes: hour * 60 + minute - offsetMinutes)
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff` from `i`: hour, minute and the index after it.
    private static func time(_ b: [UInt8], from start: Int) -> (Int, Int, Int)? {
        guard start + 5 <= b.count, b[start + 2] == UInt8(ascii: ":"),
              let hour = number(b[start..<start + 2]), let minute = number(b[start + 3..<start + 5]),
              hour <= 24, minute < 60 else { return nil }
        var i = start + 5
        if i + 3 <= b.count, b[i] == UInt8(ascii: ":"), number(b[i + 1..<i + 3]) != nil {
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                while i < b.count, isDigit(b[i]) { i += 1 }
            }
        }
        return (hour, minute, i)
    }

    /// `Z`, `±hh:mm`, `±hhmm` or `±hh` (after optional spaces) as minutes east of UTC.
    private static func isoOffset(_ b: [UInt8], from start: Int) -> (Int, Int)? {
        var i = start
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count else { return (0, i) }
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return (0, i + 1) }
        if let zone = namedZones[String(decoding: b[i...], as: UTF8.self).uppercased()] { return (zone, b.count) }
        return numericOffset(b, from: i)
    }

    private static func numericOffset(_ b: [UInt8], from i: Int) -> (Int, Int)? {
        guard i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
        let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
        guard i + 3 <= b.count, let hours = number(b[i + 1..<i + 3]) else { return nil }
        var j = i + 3
        var minutes = 0
        if j < b.count, b[j] == UInt8(ascii: ":") { j += 1 }
        if j + 2 <= b.count, let m = number(b[j..<j + 2]) {
            minutes = m
            j += 2
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign * (hours * 60 + minutes), j)
    }

    private static let namedZones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    ]

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `[Tue, ]05 Mar 2024[ 10:00[:00] zone]` (RFC 822 §5, RFC 1123 §5.2.14: four- or two-digit years).
    private static func parseRFC822(_ b: [UInt8]) -> DocumentDate? {
        var words = b.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map(Array.init)
        if let first = words.first, first.last == UInt8(ascii: ",") { words.removeFirst() }
        guard words.count >= 3, let day = number(words[0][...]),
              words[1].count >= 3,
              let monthIndex = months.firstIndex(of: String(decoding: words[1].prefix(3).map(TextBytes.asciiLowercased), as: UTF8.self)),
              var year = number(words[2][...]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard let date = DocumentDate(year: year, month: monthIndex + 1, day: day) else { return nil }
        guard words.count >= 4 else { return date }
        guard let (hour, minute, after) = time(words[3], from: 0), after == words[3].count else { return nil }
        var offset = 0
        if words.count >= 5 {
            let zone = words[4]
            if let named = namedZones[String(decoding: zone, as: UTF8.self).uppercased()] {
                offset = named
            } else if let (numeric, end) = numericOffset(zone, from: 0), end == zone.count {
                offset = numeric
            } else {
                return nil
            }
        }
        return date.shifted(minutes: hour * 60 + minute - offset)
    }

    /// Seconds since 1970-01-01 UTC, 9 to 11 digits (2001 to 5138).
    private static func parseTimestamp(_ b: [UInt8]) -> DocumentDate? {
        guard (9...11).contains(b.count), let seconds = number(b[...]) else { return nil }
        return DocumentDate(daysSinceEpoch: seconds / 86_400)
    }

    /// The day `minutes` after the start of this one (negative: before it).
    private func shifted(minutes: Int) -> DocumentDate {
        let days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440)
        return DocumentDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 11 else { return nil }
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
