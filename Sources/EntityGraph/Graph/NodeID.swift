/// Node ids: readable slugs of the entity's canonical key ("vladimir-putin"), so the same
/// entity gets the same id in every run, whatever label the corpus chose for it.
///
/// The contract (README, "Node ids"):
/// - a person's or organization's id is the slug of its canonical key, the name the resolution
///   files it under (titles, "the", possessives and punctuation dropped, lower case): "AP" and
///   "Associated Press" are both `associated-press`, "Brian O'Toole" is `brian-otoole`; the
///   label, which may be either spelling depending on the corpus, does not enter; a person's
///   key is written in `CanonicalSpelling` first, so "Alexey" and "Aleksei Navalny" are both
///   `alexei-navalny`;
/// - a country's id is the slug of its label, which for a country is the ISO 3166 table's name
///   for its code (`russia`, `north-korea`), or the gazetteer's name for a former country
///   (`soviet-union`), never a spelling from the corpus;
/// - when entities of different types share a slug, the type first in person, country,
///   organization, location, misc order keeps it and the others get their type appended
///   (`clinton`, `clinton-organization`); ids that still repeat are numbered (`-2`, `-3`), an
///   entity whose own slug it is first, then in key order.
/// Ids therefore depend only on the entities present (keys and types), not on mention counts,
/// label choice, input order or thread count.
enum NodeID {
    /// The ids of the entities with these keys, in the order given; `countryLabel` gives a
    /// country's label from its key.
    static func assign(_ keys: [EntityKey], countryLabel: (EntityKey) -> String) -> [String] {
        let bases = keys.map { key in
            switch key.kind {
            case .country: slug(countryLabel(key))
            case .person: slug(CanonicalSpelling.personKey(key.name))
            default: slug(key.name)
            }
        }
        var firstKind: [String: EntityKind] = [:]
        for (key, base) in zip(keys, bases) { firstKind[base] = min(firstKind[base] ?? key.kind, key.kind) }
        let candidates = zip(keys, bases).map { key, base in
            key.kind == firstKind[base] ? base : base + "-" + key.kind.rawValue
        }
        // Number duplicates, an entity whose own slug it is before one whose type was appended,
        // then in key order; a candidate that is unique keeps its name even if a numbered one
        // would have taken it.
        var counts: [String: Int] = [:]
        for candidate in candidates { counts[candidate, default: 0] += 1 }
        var used = Set(candidates.filter { counts[$0] == 1 })
        var ids = candidates
        let order = keys.indices.sorted { a, b in
            let suffixedA = candidates[a] != bases[a], suffixedB = candidates[b] != bases[b]
            return suffixedA != suffixedB ? !suffixedA : keys[a] < keys[b]
        }
        for index in order where counts[candidates[index]]! > 1 {
            let candidate = candidates[index]
            if !used.contains(candidate) {
                used.insert(candidate)
                continue
            }
            var number = 2
            while used.contains("\(candidate)-\(number)") { number += 1 }
            ids[index] = "\(candidate)-\(number)"
            used.insert(ids[index])
        }
        return ids
    }

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
