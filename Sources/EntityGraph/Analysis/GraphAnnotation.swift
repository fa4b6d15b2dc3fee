extension CoMentionGraph {
    /// The graph with measure values and communities written into node `attributes`, so every
    /// exporter carries them: keys are the measure names ("degree", "pagerank", …, "kcore" as
    /// an integer) and "community" (0 = largest community).
    ///
    /// `values[measure]` and `communities.membership` are in node-index order.
    public func annotated(with values: [Measure: [Double]], communities: Communities? = nil) -> CoMentionGraph {
        var graph = self
        for (measure, column) in values {
            precondition(column.count == nodes.count, "\(measure.rawValue): one value per node")
            for v in graph.nodes.indices {
                graph.nodes[v].attributes[measure.rawValue] =
                    measure.isInteger ? .int(Int(column[v].rounded())) : .double(column[v])
            }
        }
        if let communities {
            precondition(communities.membership.count == nodes.count, "one community per node")
            for v in graph.nodes.indices {
                graph.nodes[v].attributes["community"] = .int(communities.membership[v])
            }
        }
        return graph
    }

    /// The graph with `measures` computed and, when `louvain` is given, communities found,
    /// all written into node attributes (see `annotated(with:communities:)`).
    /// - Throws: `AnalysisError` for bad weights or a measure that does not converge.
    public func analysed(measures: [Measure], options: MeasureOptions = MeasureOptions(),
                         louvain: Louvain? = nil) throws -> CoMentionGraph {
        let adjacency = try WeightedAdjacency(self)
        let values = try Measure.values(of: measures, adjacency, options: options)
        return annotated(with: values, communities: louvain?.communities(adjacency))
    }
}
