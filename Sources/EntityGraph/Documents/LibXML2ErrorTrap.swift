internal import CLibXML2

/// Catches the errors libxml2 raises outside any parser context on this thread (charset
/// conversion, input), which it would otherwise print to standard error.
///
/// libxml2 sends such errors to thread-local handlers whose default prints ("encoding error :
/// input conversion failed due to input error, bytes 0x8E 0x41…"). Worse, a failed conversion
/// ends the input there without stopping the parser, so a page in a declared charset with one bad
/// byte would be read up to that byte and no further, without a word. Readers run libxml2
/// inside `catching` and fail the input when `conversionError` says the bytes did not convert.
/// Errors that belong to a parser context still go to that context's own handler; the few
/// messages libxml2 prints straight to its generic handler are dropped meanwhile.
final class LibXML2ErrorTrap {
    /// The first charset conversion or input error libxml2 raised, in its own words.
    private(set) var conversionError: String?

    private init() {}

    /// Runs `body` with libxml2's thread-level error handler set to a silent trap, and returns
    /// what `body` returned with the trap, to look at what was caught.
    static func catching<T>(_ body: () throws -> T) rethrows -> (result: T, trap: LibXML2ErrorTrap) {
        let trap = LibXML2ErrorTrap()
        let context = Unmanaged.passRetained(trap)
        xmlSetStructuredErrorFunc(context.toOpaque()) { context, error in
            guard let context, let error else { return }
            let trap = Unmanaged<LibXML2ErrorTrap>.fromOpaque(context).takeUnretainedValue()
            let domain = UInt32(error.pointee.domain)
            guard trap.conversionError == nil,
                  domain == XML_FROM_I18N.rawValue || domain == XML_FROM_IO.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "conversion error \(error.pointee.code)"
            trap.conversionError = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        entgraph_silenceGenericErrors()
        defer {
            entgraph_restoreGenericErrors()
            xmlSetStructuredErrorFunc(nil, nil)
            context.release()
        }
        return (try body(), trap)
    }
}
