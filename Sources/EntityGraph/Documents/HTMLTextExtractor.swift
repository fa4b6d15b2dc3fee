internal import CLibXML2

/// Walks a parsed HTML tree and collects the article's text as blocks, comparing element names
/// as bytes (no Swift String per node: five times faster, DESIGN.md).
///
/// - Skipped with everything inside: script, style, noscript, nav, menu, footer, aside, form,
///   template, svg, math, iframe, object, embed, canvas, audio, video, map, dialog, button,
///   select, textarea; and `header` outside `article`/`main` (the site's banner; an article's
///   own header holds its headline and byline and is kept). A `form` that holds at least half
///   of the page's visible text is read as if it were not there: ASP.NET and some CMSs wrap the
///   whole page, article included, in one form, while search boxes and comment forms are small.
/// - Where the page has a clear article container (`mainContent`), blocks outside it are
///   furniture, the h1 headline aside: related-story lists, credits and sidebars name entities
///   the article does not.
/// - Blocks (p, div, li, td, blockquote, pre, figcaption, section, …) each become a paragraph;
///   h1–h6 become headings. Text directly inside a block around nested blocks becomes its own
///   paragraph. Two `<br>` in a row end a paragraph; one is a space.
/// - Inline whitespace (and no-break spaces) collapses to one space, also inside `pre`.
/// - Paragraphs are joined with a blank line ("\n\n") in `text`.
/// - The title is `<title>`, else the first h1.
struct HTMLTextExtractor {
    var text: [UInt8] = []
    var paragraphs: [Paragraph] = []
    var anchors: [AnchorStatistics] = []
    var title: String?
    /// The publication day the page's metadata gives (`HTMLDateFinder`).
    var date: DocumentDate?

    private var titleBytes: [UInt8] = []
    private var firstHeading1: Range<Int>?
    private var roles: [Paragraph.Role] = [.body]
    private var paragraphStart = 0
    private var paragraphHasText = false
    private var pendingSpace = false
    private var lastWasLineBreak = false
    private var anchorDepth = 0
    private var anchorHasText = false
    private var currentAnchors = AnchorStatistics(anchorBytes: 0, anchorCount: 0)
    private var articleDepth = 0
    private var currentIsHeading1 = false
    private var root: xmlNodePtr?
    /// Visible text bytes of the whole page, measured when the first form is met.
    private var pageTextBytes: Int?
    /// The containers of the article's body (`MainContent`), when the page has a clear one;
    /// blocks outside them are furniture. Empty: every block is read.
    private var contentNodes: Set<UnsafeMutableRawPointer> = []
    private var contentDepth = 0

    /// Extracts the text under `root` (the document's root element).
    mutating func walk(_ root: xmlNodePtr) {
        self.root = root
        contentNodes = mainContent(under: root)
        Self.traverse(root, enter: { enter($0) }, leave: { leave($0) })
        flush()
        let collapsedTitle = TextBytes.trimmed(0..<titleBytes.count, in: titleBytes)
        if !collapsedTitle.isEmpty {
            title = String(decoding: titleBytes[collapsedTitle], as: UTF8.self)
        } else if let firstHeading1 {
            title = String(decoding: text[firstHeading1], as: UTF8.self)
        }
    }

    /// Handles the start of `node`; returns whether to walk its children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        if !contentNodes.isEmpty, node.pointee.type == XML_ELEMENT_NODE, contentNodes.contains(UnsafeMutableRawPointer(node)) {
            flush()
            contentDepth += 1
        }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(content) }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        switch kind(of: node) {
        case .skipped:
            // A page-wide form is transparent: its children are walked, nothing is pushed, and
            // `leave` (which sees `.skipped` again) pops nothing.
            return isForm(node) && holdsMostOfThePage(node)
        case .heading(let level):
            flush()
            roles.append(.heading)
            currentIsHeading1 = level == 1
        case .block:
            flush()
            roles.append(.body)
        case .article:
            flush()
            roles.append(.body)
            articleDepth += 1
        case .anchor:
            anchorDepth += 1
            anchorHasText = false
        case .lineBreak:
            if lastWasLineBreak { flush() } else { pendingSpace = true }
            lastWasLineBreak = true
            return false
        case .title:
            collectTitle(node)
            return false
        case .inline:
            break
        }
        return true
    }

    /// Handles the end of `node`, after its children.
    private mutating func leave(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        defer {
            if !contentNodes.isEmpty, contentNodes.contains(UnsafeMutableRawPointer(node)) {
                flush()
                contentDepth -= 1
            }
        }
        switch kind(of: node) {
        case .heading, .block:
            flush()
            roles.removeLast()
        case .article:
            flush()
            roles.removeLast()
            articleDepth -= 1
        case .anchor:
            anchorDepth -= 1
        case .skipped, .lineBreak, .title, .inline:
            break
        }
    }

    /// Appends a text node's bytes, collapsing whitespace.
    private mutating func append(_ content: UnsafePointer<xmlChar>) {
        var index = 0
        while true {
            let byte = content[index]
            if byte == 0 { return }
            if TextBytes.isASCIIWhitespace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, content[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if !paragraphHasText {
                if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
                paragraphStart = text.count
                paragraphHasText = true
            } else if pendingSpace {
                text.append(0x20)
            }
            pendingSpace = false
            lastWasLineBreak = false
            text.append(byte)
            if anchorDepth > 0 {
                currentAnchors.anchorBytes += 1
                if !anchorHasText {
                    anchorHasText = true
                    currentAnchors.anchorCount += 1
                }
            }
            index += 1
        }
    }

    /// Ends the paragraph being collected, if it has text.
    private mutating func flush() {
        defer {
            pendingSpace = false
            lastWasLineBreak = false
            currentAnchors = AnchorStatistics(anchorBytes: 0, anchorCount: 0)
            anchorHasText = false
            currentIsHeading1 = false
        }
        guard paragraphHasText else { return }
        paragraphHasText = false
        let range = paragraphStart..<text.count
        var role = roles.last ?? .body
        // Outside the article's containers only the headline stays.
        if !contentNodes.isEmpty, contentDepth == 0, !(role == .heading && currentIsHeading1) { role = .furniture }
        paragraphs.append(Paragraph(range: range, role: role))
        anchors.append(currentAnchors)
        if role == .heading, currentIsHeading1, firstHeading1 == nil { firstHeading1 = range }
    }

    /// Whether `form` holds at least half of the page's visible text.
    ///
    /// - Complexity: O(size of the form's subtree), plus one walk of the page the first time.
    private mutating func holdsMostOfThePage(_ form: xmlNodePtr) -> Bool {
        guard let root else { return false }
        if pageTextBytes == nil { pageTextBytes = visibleTextBytes(under: root) }
        let page = pageTextBytes ?? 0
        return page > 0 && 2 * visibleTextBytes(under: form) >= page
    }

    /// Non-whitespace bytes of the text under `top` that the walk would read, were forms read.
    private func visibleTextBytes(under top: xmlNodePtr) -> Int {
        var count = 0
        Self.traverse(top, enter: { current in
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if var pointer = current.pointee.content {
                    while pointer.pointee != 0 {
                        if !TextBytes.isASCIIWhitespace(pointer.pointee) { count += 1 }
                        pointer += 1
                    }
                }
                return false
            case XML_ELEMENT_NODE:
                switch kind(of: current) {
                case .skipped: return current == top || isForm(current)
                case .title: return false
                default: return true
                }
            default:
                return false
            }
        }, leave: { _ in })
        return count
    }

    /// Visits the nodes under `top` depth first, without recursion (pages nest deeply): `enter`
    /// says whether to go into a node's children, `leave` runs once a node is done.
    ///
    /// - Complexity: O(n) for the n nodes visited.
    private static func traverse(_ top: xmlNodePtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void) {
        var node: xmlNodePtr? = top
        var descending = true
        while let current = node {
            if descending, enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            leave(current)
            if current == top { break }
            if let next = current.pointee.next {
                node = next
                descending = true
            } else {
                node = current.pointee.parent
                descending = false
            }
        }
    }

    private func isForm(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        return Self.matches(name, Self.form)
    }

    /// Collects the text of `<title>` with whitespace collapsed.
    private mutating func collectTitle(_ node: xmlNodePtr) {
        guard titleBytes.isEmpty else { return }
        var child = node.pointee.children
        var space = false
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, var pointer = current.pointee.content {
                while pointer.pointee != 0 {
                    let byte = pointer.pointee
                    if TextBytes.isASCIIWhitespace(byte) {
                        space = !titleBytes.isEmpty
                    } else {
                        if space { titleBytes.append(0x20) }
                        space = false
                        titleBytes.append(byte)
                    }
                    pointer += 1
                }
            }
            child = current.pointee.next
        }
    }

    // MARK: - Main content

    /// The containers holding the article's body, found as Readability does: every paragraph
    /// (`p`, `pre`, `td`, `blockquote`) of 25 or more visible bytes scores 1 + its commas +
    /// min(bytes / 100, 3), times (1 − the share of its bytes in links), for its parent and half
    /// as much for its grandparent; the best-scoring element is the body, with those of its
    /// siblings scoring at least a fifth as much (or paragraphs of 80 bytes or more, few links).
    /// Empty when no container holds 400 visible bytes: small pages and fragments are read whole.
    ///
    /// - Complexity: O(n) for the n nodes of the page (paragraphs do not nest).
    /// - Reference: Arc90 Readability (2010), as in Mozilla's Readability.js; C. Kohlschütter
    ///   et al., "Boilerplate detection using shallow text features", WSDM 2010,
    ///   doi:10.1145/1718487.1718542.
    private mutating func mainContent(under root: xmlNodePtr) -> Set<UnsafeMutableRawPointer> {
        var scores: [UnsafeMutableRawPointer: Double] = [:]
        var paragraphText: [UnsafeMutableRawPointer: (bytes: Int, linkShare: Double)] = [:]
        Self.traverse(root, enter: { node in
            guard node.pointee.type == XML_ELEMENT_NODE else { return false }
            switch kind(of: node) {
            case .skipped: return isForm(node) && holdsMostOfThePage(node)
            case .title: return false
            default: break
            }
            guard let name = node.pointee.name, Self.isParagraph(name) else { return true }
            let (bytes, links, commas) = Self.visibleText(under: node)
            guard bytes >= 25 else { return false }
            let linkShare = Double(links) / Double(bytes)
            paragraphText[UnsafeMutableRawPointer(node)] = (bytes, linkShare)
            let score = (1 + Double(commas) + min(Double(bytes) / 100, 3)) * (1 - linkShare)
            if let parent = node.pointee.parent {
                scores[UnsafeMutableRawPointer(parent), default: 0] += score
                if let grandparent = parent.pointee.parent { scores[UnsafeMutableRawPointer(grandparent), default: 0] += score / 2 }
            }
            return false
        }, leave: { _ in })
        // The best container; ties go to the first in document order (pointers are not ordered).
        var best: xmlNodePtr?
        var bestScore = 0.0
        Self.traverse(root, enter: { node in
            if let score = scores[UnsafeMutableRawPointer(node)], score > bestScore {
                best = node
                bestScore = score
            }
            return node.pointee.type == XML_ELEMENT_NODE
        }, leave: { _ in })
        guard let best, let parent = best.pointee.parent else { return [] }
        var chosen: Set<UnsafeMutableRawPointer> = [UnsafeMutableRawPointer(best)]
        var sibling = parent.pointee.children
        while let node = sibling {
            let key = UnsafeMutableRawPointer(node)
            if let score = scores[key], score >= max(10, bestScore / 5) { chosen.insert(key) }
            if let paragraph = paragraphText[key], paragraph.bytes >= 80, paragraph.linkShare < 0.25 { chosen.insert(key) }
            sibling = node.pointee.next
        }
        let contentBytes = chosen.reduce(0) { $0 + Self.visibleText(under: $1.assumingMemoryBound(to: xmlNode.self)).bytes }
        return contentBytes >= 400 ? chosen : []
    }

    private static func isParagraph(_ name: UnsafePointer<xmlChar>) -> Bool {
        let (key, length) = packedName(name)
        return (length <= 8 && (key == paragraphName || key == preName || key == cellName)) || (length == 10 && matches(name, blockquote))
    }

    /// Visible bytes under `top` (skipped elements aside), those inside links, and its commas.
    private static func visibleText(under top: xmlNodePtr) -> (bytes: Int, links: Int, commas: Int) {
        var bytes = 0, links = 0, commas = 0
        var linkDepth = 0
        traverse(top, enter: { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard var pointer = node.pointee.content else { return false }
                while pointer.pointee != 0 {
                    if !TextBytes.isASCIIWhitespace(pointer.pointee) {
                        bytes += 1
                        if linkDepth > 0 { links += 1 }
                        if pointer.pointee == UInt8(ascii: ",") { commas += 1 }
                    }
                    pointer += 1
                }
                return false
            case XML_ELEMENT_NODE:
                guard let name = node.pointee.name else { return true }
                let (key, length) = packedName(name)
                if length <= 8, let kind = kinds[key], case .skipped = kind { return node == top }
                if length <= 8, key == anchorName { linkDepth += 1 }
                return true
            default:
                return false
            }
        }, leave: { node in
            guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return }
            let (key, length) = packedName(name)
            if length <= 8, key == anchorName { linkDepth -= 1 }
        })
        return (bytes, links, commas)
    }

    // MARK: - Element names

    private enum Kind {
        case skipped, block, heading(Int), article, anchor, lineBreak, title, inline
    }

    private func kind(of node: xmlNodePtr) -> Kind {
        guard let name = node.pointee.name else { return .inline }
        let (key, length) = Self.packedName(name)
        if length <= 8 {
            if key == Self.header { return articleDepth > 0 ? .block : .skipped }
            return Self.kinds[key] ?? .inline
        }
        if length == 10, Self.matches(name, Self.blockquote) || Self.matches(name, Self.figcaption) { return .block }
        return .inline
    }

    /// The first (up to) eight bytes of a NUL-terminated name packed into an integer, and the
    /// name's length when it is at most 10 (11 for anything longer).
    private static func packedName(_ name: UnsafePointer<xmlChar>) -> (UInt64, Int) {
        var key: UInt64 = 0
        var length = 0
        while length < 11, name[length] != 0 {
            if length < 8 { key |= UInt64(TextBytes.asciiLowercased(name[length])) << (8 * UInt64(length)) }
            length += 1
        }
        return (key, length)
    }

    private static func pack(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }

    private static func matches(_ name: UnsafePointer<xmlChar>, _ expected: [UInt8]) -> Bool {
        for (index, byte) in expected.enumerated() where TextBytes.asciiLowercased(name[index]) != byte { return false }
        return name[expected.count] == 0
    }

    private static let header = pack("header")
    private static let paragraphName = pack("p")
    private static let preName = pack("pre")
    private static let cellName = pack("td")
    private static let anchorName = pack("a")
    private static let form = Array("form".utf8)
    private static let blockquote = Array("blockquote".utf8)
    private static let figcaption = Array("figcaption".utf8)

    private static let kinds: [UInt64: Kind] = {
        var kinds: [UInt64: Kind] = [:]
        for name in ["script", "style", "noscript", "nav", "menu", "footer", "aside", "form", "template",
                     "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "map",
                     "dialog", "button", "select", "textarea"] {
            kinds[pack(name)] = .skipped
        }
        for name in ["html", "body", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "pre", "figure",
                     "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "section",
                     "address", "hr", "center", "summary", "details", "fieldset", "legend", "hgroup"] {
            kinds[pack(name)] = .block
        }
        for name in ["article", "main"] { kinds[pack(name)] = .article }
        for level in 1...6 { kinds[pack("h\(level)")] = .heading(level) }
        kinds[pack("a")] = .anchor
        kinds[pack("br")] = .lineBreak
        kinds[pack("title")] = .title
        return kinds
    }()
}
