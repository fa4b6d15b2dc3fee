import EntityGraph

/// libFuzzer target: any bytes through the GraphML reader; what it accepts through every exporter
/// and back through the reader.
///
/// The reader may refuse the bytes with a `GraphMLReadError` naming the input; it must never
/// crash, hang or expand entities. A graph it accepts must export in every format, and its own
/// GraphML export must read back to the same graph: the exporters have to cope with whatever
/// names and attributes a hostile file carries (control characters, odd keys, huge numbers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let graph: CoMentionGraph
    do {
        graph = try GraphMLReader().read(bytes, name: "fuzz.graphml")
    } catch {
        precondition(error.file == "fuzz.graphml" && !error.message.isEmpty, "error without a file or a message: \(error)")
        return 0
    }
    var graphML: [UInt8] = []
    for format in ExportFormat.allCases {
        do {
            let files = try format.exporter().files(for: graph)
            if format == .graphml { graphML = files[0].bytes }
        } catch let refusal as ExportError where refusal.format == .html && !refusal.message.isEmpty {
            // The view sizes nodes by a centrality, which refuses weights that are not positive
            // and finite (a documented, clear error); the data formats must take any graph.
            continue
        } catch {
            preconditionFailure("\(format) export of a graph the reader accepted failed: \(error)")
        }
    }
    let again: CoMentionGraph
    do {
        again = try GraphMLReader().read(graphML, name: "export.graphml")
    } catch {
        preconditionFailure("our own GraphML export does not read back: \(error)")
    }
    precondition(again.nodes.count == graph.nodes.count && again.edges.count == graph.edges.count,
                 "round trip changed the graph: \(graph.nodes.count) → \(again.nodes.count) nodes, "
                 + "\(graph.edges.count) → \(again.edges.count) edges")
    return 0
}
