#if canImport(Glibc)
import Glibc
#endif

/// Dates the way shadow(5) counts them: whole days since 1970-01-01 UTC ("day numbers").
///
/// The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` on the
/// proleptic Gregorian calendar, done with checked arithmetic so that no input can trap.
public enum ShadowDay {
    /// The largest day number shadow's own parser accepts (INT_MAX: lib/sgetspent.c refuses
    /// larger values). Every field the rotation code reads is kept within 0...maxDay.
    public static let maxDay = 2_147_483_647

    /// Today's day number in UTC, from the system clock.
    public static func today() -> Int {
        fromUnixSeconds(Int(time(nil)))
    }

    /// The day that contains `seconds` since the epoch (floor division: -1 s is day -1).
    public static func fromUnixSeconds(_ seconds: Int) -> Int {
        let (q, r) = seconds.quotientAndRemainder(dividingBy: 86_400)
        return r < 0 ? q - 1 : q
    }

    /// The day number of a `YYYY-MM-DD` date, or nil when the text is not a real date from
    /// 1970-01-01 on (February 30 is refused).
    public static func parse(_ text: String) -> Int? {
        let parts = Array(text.utf8).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = digits(parts[0]), let m = digits(parts[1]), let d = digits(parts[2]),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
        else { return nil }
        let day = fromCivil(year: y, month: m, day: d)
        return day >= 0 ? day : nil
    }

    /// `YYYY-MM-DD` for a day number. Years past 9999 get more digits (as chage prints them);
    /// nil only for day numbers so large that the calendar arithmetic would overflow.
    public static func format(_ day: Int) -> String? {
        var out: [UInt8] = []
        guard append(day, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DD` for `day` to `out`; false (nothing appended) when out of range.
    public static func append(_ day: Int, to out: inout [UInt8]) -> Bool {
        guard let (y, m, d) = toCivil(day), y >= 0 else { return false }
        if y < 1000 { out.append(contentsOf: Array(repeating: UInt8(ascii: "0"), count: y < 10 ? 3 : y < 100 ? 2 : 1)) }
        appendDecimal(y, to: &out)
        out.append(UInt8(ascii: "-"))
        out.append(UInt8(ascii: "0") + UInt8(m / 10))
        out.append(UInt8(ascii: "0") + UInt8(m % 10))
        out.append(UInt8(ascii: "-"))
        out.append(UInt8(ascii: "0") + UInt8(d / 10))
        out.append(UInt8(ascii: "0") + UInt8(d % 10))
        return true
    }

    /// The day number of a civil date (the date must be valid; years 0...9999 from `parse`).
    static func fromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month and day of a day number, or nil when it is too large to convert.
    static func toCivil(_ day: Int) -> (Int, Int, Int)? {
        let (z, overflow) = day.addingReportingOverflow(719_468)
        if overflow { return nil }
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let (y400, o1) = era.multipliedReportingOverflow(by: 400)
        let (y, o2) = (yoe + (m <= 2 ? 1 : 0)).addingReportingOverflow(y400)
        if o1 || o2 { return nil }
        return (y, m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Appends the decimal digits of a non-negative or negative integer.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            // magnitude is UInt: no overflow for Int.min.
            appendUnsigned(value.magnitude, to: &out)
        } else {
            appendUnsigned(UInt(value), to: &out)
        }
    }

    static func appendUnsigned(_ value: UInt, to out: inout [UInt8]) {
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = value
        var i = 20
        withUnsafeMutableBytes(of: &buffer) { raw in
            repeat {
                i -= 1
                raw[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            out.append(contentsOf: raw[i..<20])
        }
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))  // at most 4 digits: cannot overflow
        }
        return value
    }
}
