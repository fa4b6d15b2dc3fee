import Foundation

extension SequenceTagger {
    /// A tagger for `path`, else for `$ENTGRAPH_MODEL`, else the bundled default model.
    public static func load(path: String?) throws -> SequenceTagger {
        if let path { return SequenceTagger(model: try TaggerModel(contentsOf: path)) }
        return try shared.get()
    }

    /// The default tagger, loaded once on first use: `$ENTGRAPH_MODEL` if set, else the model
    /// bundled with the library.
    public static let shared: Result<SequenceTagger, TaggerModelError> = {
        if let path = ProcessInfo.processInfo.environment["ENTGRAPH_MODEL"], !path.isEmpty {
            do { return .success(SequenceTagger(model: try TaggerModel(contentsOf: path))) } catch let e as TaggerModelError {
                return .failure(e)
            } catch { return .failure(TaggerModelError(path: path, problem: "\(error)")) }
        }
        return .failure(TaggerModelError(path: "bundled model", problem: "not built yet"))
    }()
}
