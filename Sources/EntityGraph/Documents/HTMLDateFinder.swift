internal import CLibXML2

/// Finds the day a page was published in its metadata, in this order of trust:
/// `<meta property="article:published_time">` (Open Graph; also `og:published_time`,
/// `name="pubdate"`, `"publishdate"`, `"date"`, `"dc.date"`, `"dcterms.created"`), the
/// `datePublished` of a JSON-LD script (schema.org), an element with
/// `itemprop="datePublished"` (its `content` or `datetime`), and the first `<time datetime>`.
/// Values are read by `DocumentDate(parsing:)`; one that does not read as a date is passed over.
///
/// Reference: The Open Graph protocol, article namespace (https://ogp.me/#type_article);
/// schema.org CreativeWork.datePublished; HTML Living Standard §4.5.14, the time element.
/// - Complexity: O(n) in the nodes and attribute bytes of the page; the JSON-LD is searched as
///   bytes, not parsed.
enum HTMLDateFinder {
    /// The publication day the tree under `root` gives, or nil.
    static func find(in root: xmlNodePtr) -> DocumentDate? {
        var meta: DocumentDate?, jsonLD: DocumentDate?, itemprop: DocumentDate?, time: DocumentDate?
        var node: xmlNodePtr? = root
        // Iterative pre-order walk: pages nest deeply enough to make recursion a risk.
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, let rawName = current.pointee.name {
                let name = String(cString: rawName).lowercased()
                switch name {
                case "meta" where meta == nil:
                    let key = (attribute(current, "property") ?? attribute(current, "name") ?? "").lowercased()
                    if metaNames.contains(key) { meta = attribute(current, "content").flatMap(DocumentDate.init(parsing:)) }
                    if key.isEmpty, itemprop == nil, attribute(current, "itemprop") == "datePublished" {
                        itemprop = attribute(current, "content").flatMap(DocumentDate.init(parsing:))
                    }
                case "script" where jsonLD == nil:
                    if attribute(current, "type")?.lowercased() == "application/ld+json" {
                        jsonLD = datePublished(inJSON: text(of: current))
                    }
                case "time":
                    if itemprop == nil, attribute(current, "itemprop") == "datePublished" {
                        itemprop = attribute(current, "datetime").flatMap(DocumentDate.init(parsing:))
                    }
                    if time == nil { time = attribute(current, "datetime").flatMap(DocumentDate.init(parsing:)) }
                default:
                    if itemprop == nil, attribute(current, "itemprop") == "datePublished" {
                        itemprop = (attribute(current, "content") ?? attribute(current, "datetime")).flatMap(DocumentDate.init(parsing:))
                    }
                }
            }
            if let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            var up: xmlNodePtr? = current
            node = nil
            while let at = up, at != root {
                if let next = at.pointee.next { node = next; break }
                up = at.pointee.parent
            }
        }
        return meta ?? jsonLD ?? itemprop ?? time
    }

    static let metaNames: Set<String> = [
        "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ]

    /// The first `"datePublished": "…"` in JSON-LD text.
    static func datePublished(inJSON json: [UInt8]) -> DocumentDate? {
        let key = Array("\"datePublished\"".utf8)
        guard json.count > key.count else { return nil }
        var i = 0
        while i + key.count <= json.count {
            if json[i..<i + key.count].elementsEqual(key) {
                var j = i + key.count
                while j < json.count, json[j] == 0x20 || json[j] == 0x09 || json[j] == 0x0A || json[j] == 0x0D { j += 1 }
                guard j < json.count, json[j] == UInt8(ascii: ":") else { i += 1; continue }
                j += 1
                while j < json.count, json[j] == 0x20 || json[j] == 0x09 || json[j] == 0x0A || json[j] == 0x0D { j += 1 }
                guard j < json.count, json[j] == UInt8(ascii: "\"") else { i += 1; continue }
                let start = j + 1
                guard let end = json[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                if let date = DocumentDate(parsing: String(decoding: json[start..<end], as: UTF8.self)) { return date }
                i = end
            }
            i += 1
        }
        return nil
    }

    /// The text directly inside `node` (a script's content), without expanding entities.
    private static func text(of node: xmlNodePtr) -> [UInt8] {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               var pointer = current.pointee.content {
                while pointer.pointee != 0, bytes.count < 1 << 20 {
                    bytes.append(pointer.pointee)
                    pointer += 1
                }
            }
            child = current.pointee.next
        }
        return bytes
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { entgraph_xmlFree(value) }
        return String(cString: value)
    }
}
