/// Node ids: readable slugs of the label ("vladimir-putin"), stable across runs.
enum NodeID {
    static func slug(_ label: String) -> String {
        if let ascii = asciiSlug(label) { return ascii }
        let folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : slug
    }

    /// `slug(_:)` for ASCII labels, without Foundation's folding (the same result); nil for
    /// other labels.
    static func asciiSlug(_ label: String) -> String? {
        var slug: [UInt8] = []
        var pendingDash = false
        for b in label.utf8 {
            if b >= 0x80 { return nil }
            if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(b &- 0x41 < 26 ? b | 0x20 : b)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : String(decoding: slug, as: UTF8.self)
    }
}
