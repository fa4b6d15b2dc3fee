internal import CZlib

/// Gzip-compressed inputs (`page.html.gz`, an archive's `.jsonl.gz`), inflated with zlib before
/// they are read, so archived pages need no unpacking first.
///
/// The decompressed bytes are held to the loader's limit like any input: a few kilobytes that
/// inflate to gigabytes (a "gzip bomb") are refused as soon as the output passes it, so memory
/// stays bounded by the limit whatever the compression ratio. Concatenated members (what
/// `cat a.gz b.gz` or `gzip` on appended data gives) are read one after another, as `gzip -d` does.
enum Gzip {
    /// Whether `bytes` start with the gzip magic number (RFC 1952, section 2.3.1).
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The lowercased `.gz` file name extensions, without the dot.
    static let pathExtensions = ["gz"]

    /// `path` without a final `.gz` (any case), or nil when it does not end so.
    static func innerPath(of path: String) -> String? {
        guard let ext = DocumentFormat.lowercasedExtension(of: path), pathExtensions.contains(ext) else { return nil }
        return String(path.utf8.dropLast(ext.utf8.count + 1))!
    }

    /// The decompressed bytes of the gzip data `compressed`, at most `limit` of them.
    ///
    /// - Throws: `gzipTooLarge` when the output would pass `limit`, `invalidGzip` when the data
    ///   are corrupt or cut short, both naming `id`.
    /// - Complexity: O(output); memory O(limit).
    static func decompress(_ compressed: [UInt8], id: String, limit: Int) throws(DocumentReadError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: the largest window, gzip wrapper only (a zlib or raw stream is an error).
        guard entgraph_inflateInit2(&stream, 15 + 16) == Z_OK else {
            throw .invalidGzip(path: id, reason: "zlib could not start (out of memory)")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(compressed.count * 4, 1 << 16)))
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var failure: DocumentReadError?
        compressed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while failure == nil {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                if output.count + produced > limit {
                    failure = .gzipTooLarge(path: id, limit: limit)
                    break
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_OK:
                    // No progress with input left means the data end in the middle of a member.
                    if produced == 0 && stream.avail_in == 0 {
                        failure = .invalidGzip(path: id, reason: "compressed data end too early (truncated file?)")
                    }
                case Z_STREAM_END:
                    // Another member may follow; trailing zero padding (tape archives) is allowed.
                    let rest = Int(stream.avail_in)
                    let remaining = UnsafeBufferPointer(rebasing: input[(input.count - rest)...])
                    if rest == 0 || remaining.allSatisfy({ $0 == 0 }) { return }
                    guard rest >= 2, remaining[remaining.startIndex] == 0x1F, remaining[remaining.startIndex + 1] == 0x8B else {
                        failure = .invalidGzip(path: id, reason: "\(rest) bytes of other data after the compressed data")
                        return
                    }
                    inflateReset(&stream)
                case Z_BUF_ERROR:
                    failure = .invalidGzip(path: id, reason: "compressed data end too early (truncated file?)")
                case Z_MEM_ERROR:
                    failure = .invalidGzip(path: id, reason: "zlib ran out of memory")
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    let offset = input.count - Int(stream.avail_in)
                    failure = .invalidGzip(path: id, reason: "\(message) near compressed byte \(offset)")
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
