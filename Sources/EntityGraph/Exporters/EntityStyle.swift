/// Colours and shapes that tell entity types (or communities) apart, shared by DOT and GEXF.
///
/// Colours are the Okabe–Ito palette, distinguishable with the common forms of colour blindness
/// (B. Wong, "Points of view: Color blindness", Nature Methods 8, 441 (2011),
/// doi:10.1038/nmeth.1618). Shapes repeat the type, so a grey-scale print still tells them apart.
public struct EntityStyle: Sendable, Equatable {
    /// A colour as red, green and blue components, 0–255.
    public struct Color: Sendable, Equatable {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        /// "#RRGGBB", upper-case hex.
        public var hex: String {
            "#" + [red, green, blue].map { byte in
                let digits = Array("0123456789ABCDEF")
                return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }.joined()
        }
    }

    public var color: Color
    /// A Graphviz node shape.
    public var shape: String

    static let blue = Color(red: 0x00, green: 0x72, blue: 0xB2)
    static let orange = Color(red: 0xE6, green: 0x9F, blue: 0x00)
    static let bluishGreen = Color(red: 0x00, green: 0x9E, blue: 0x73)
    static let reddishPurple = Color(red: 0xCC, green: 0x79, blue: 0xA7)
    static let skyBlue = Color(red: 0x56, green: 0xB4, blue: 0xE9)
    static let vermillion = Color(red: 0xD5, green: 0x5E, blue: 0x00)
    static let yellow = Color(red: 0xF0, green: 0xE4, blue: 0x42)

    /// The colours communities cycle through, most distinct first (black is left out: labels
    /// on it would not read).
    static let communityColors = [blue, orange, bluishGreen, reddishPurple, skyBlue, vermillion, yellow]

    /// The style of an entity type: person blue ellipse, country green box, organization
    /// orange hexagon, location sky-blue diamond, misc purple octagon.
    public init(kind: EntityKind) {
        switch kind {
        case .person: self.init(color: Self.blue, shape: "ellipse")
        case .country: self.init(color: Self.bluishGreen, shape: "box")
        case .organization: self.init(color: Self.orange, shape: "hexagon")
        case .location: self.init(color: Self.skyBlue, shape: "diamond")
        case .misc: self.init(color: Self.reddishPurple, shape: "octagon")
        }
    }

    /// Nodes without a community in a graph coloured by community.
    static let noCommunity = Color(red: 0x99, green: 0x99, blue: 0x99)

    /// Whether a graph is coloured by community: when any node has an integer `community`.
    public static func colorsByCommunity(_ graph: CoMentionGraph) -> Bool {
        graph.nodes.contains { if case .int? = $0.attributes["community"] { true } else { false } }
    }

    /// The style of a node: the shape of its type; the colour of its type, or with
    /// `byCommunity` the colour of its integer `community` attribute (colours repeat after
    /// seven communities; grey for a node without one).
    public init(node: CoMentionGraph.Node, byCommunity: Bool) {
        self.init(kind: node.kind)
        guard byCommunity else { return }
        if case .int(let community)? = node.attributes["community"] {
            let count = Self.communityColors.count
            color = Self.communityColors[((community % count) + count) % count]
        } else {
            color = Self.noCommunity
        }
    }

    init(color: Color, shape: String) {
        self.color = color
        self.shape = shape
    }
}
