/// The one way every exporter writes numbers, so the same graph gives the same bytes in every format.
///
/// Doubles use Swift's shortest round-trip representation ("3.0", "0.1", "1e-07"), which is
/// locale-free and parses back to the identical value in Python's `float`, Java's
/// `Double.parseDouble`, C's `strtod` and as an XML Schema `xs:double`. Non-finite values use the
/// XML Schema spellings ("NaN", "INF", "-INF"), which Python, Java and igraph also read; formats
/// without such numbers (JSON) decide themselves what to write instead.
public enum NumberText {
    /// The shortest text that reads back as exactly `value`.
    public static func double(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }

    /// An integer in plain decimal, without grouping or a ".0".
    public static func integer(_ value: Int) -> String {
        String(value)
    }

    /// `value` rounded to `places` decimals, for presentation attributes (font sizes, pen widths)
    /// where the shortest round-trip text of a logarithm would only add noise to diffs.
    public static func rounded(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return double((value * scale).rounded() / scale)
    }
}
