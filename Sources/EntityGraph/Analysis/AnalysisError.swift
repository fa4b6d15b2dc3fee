/// Why an analysis could not run, naming the input that caused it.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An edge weight that cannot be turned into a distance (1/weight): zero, negative, NaN or infinite.
    case invalidWeight(source: String, target: String, weight: Double)
    /// An edge that joins a node to itself; co-mention graphs have none and the measures assume so.
    case selfLoop(node: String)
    /// Two edges join the same pair of nodes.
    case duplicateEdge(source: String, target: String)
    /// An edge endpoint that is not an index into `nodes`.
    case edgeOutOfRange(edge: Int, nodeCount: Int)
    /// A power iteration (eigenvector centrality, PageRank) that did not meet its tolerance.
    case notConverged(measure: String, iterations: Int)
    /// A parameter outside its domain, e.g. a sample size of 1.
    case invalidParameter(String)

    public var description: String {
        switch self {
        case let .invalidWeight(source, target, weight):
            return "edge \(source)–\(target): weight \(weight) is not a positive finite number (distances are 1/weight)"
        case let .selfLoop(node):
            return "edge \(node)–\(node): self-loops are not allowed in a co-mention graph"
        case let .duplicateEdge(source, target):
            return "edge \(source)–\(target): appears more than once"
        case let .edgeOutOfRange(edge, nodeCount):
            return "edge #\(edge): endpoint is not one of the \(nodeCount) nodes"
        case let .notConverged(measure, iterations):
            return "\(measure): power iteration did not converge in \(iterations) iterations"
        case let .invalidParameter(message):
            return message
        }
    }
}
