import Foundation
import Testing
@testable import EntityGraph

/// What libxml2 must not be given (an element with too many attributes, which it checks in
/// quadratic time; a DOCTYPE in GraphML) is found in one pass over the bytes, chunk by chunk.
@Suite struct MarkupPrescanTests {
    static func tag(_ count: Int, quoted: Bool = true) -> String {
        "<div " + (0..<count).map { quoted ? "a\($0)=\"x y\"" : "a\($0)" }.joined(separator: " ") + ">"
    }

    @Test func anElementWithMoreAttributesThanTheLimitIsFoundAtItsLine() {
        let limit = MarkupPrescan.maxAttributes
        for quoted in [true, false] {
            #expect(MarkupPrescan.scan(Array(("<p>\n" + Self.tag(limit, quoted: quoted)).utf8), refusesDoctype: false) == nil)
            #expect(MarkupPrescan.scan(Array(("<p>\n\n" + Self.tag(limit + 1, quoted: quoted)).utf8), refusesDoctype: false)
                    == .tooManyAttributes(line: 3))
        }
        // Unquoted values, values next to each other, newlines between attributes.
        let packed = "<a " + (0...limit).map { "k\($0)=v\($0)" }.joined(separator: "\n") + "/>"
        #expect(MarkupPrescan.scan(Array(packed.utf8), refusesDoctype: false) == .tooManyAttributes(line: 1))
        let adjacent = "<a " + (0...limit).map { "k\($0)='v'" }.joined() + ">"
        #expect(MarkupPrescan.scan(Array(adjacent.utf8), refusesDoctype: false) == .tooManyAttributes(line: 1))
    }

    @Test func textCommentsValuesAndSectionsAreNotAttributes() {
        let words = String(repeating: "word ", count: 5_000)
        let inputs = [
            "<p>\(words)</p>",                                   // text
            "<p>a < b \(words) I <3 it</p>",                      // a "<" that opens no tag
            "<!-- <div \(words) --> <p>",                        // a comment
            "<p title=\"\(words)\" alt='\(words)'>",             // quoted values
            "<![CDATA[ <div \(words) ]]>",                       // CDATA
            "<?php <div \(words) ?>",                            // a processing instruction
            "<!DOCTYPE html><html \(String(repeating: "a ", count: 999))>",  // HTML's DOCTYPE
            "</div \(words)>",                                   // an end tag
        ]
        for input in inputs {
            #expect(MarkupPrescan.scan(Array(input.utf8), refusesDoctype: false) == nil, "\(input.prefix(30))")
        }
    }

    /// A script's code is raw text in HTML ("x<vendors.length&&…" opens no tag), up to its end
    /// tag in any case; after it, and in GraphML, tags count again.
    @Test func scriptsAndStylesAreRawTextInHTML() {
        let code = "for(x=0;x<vendors.length " + (0...MarkupPrescan.maxAttributes).map { "v\($0)" }.joined(separator: " ") + ";++x){}"
        for element in ["script", "SCRIPT", "style"] {
            let page = "<html><\(element) type='text/javascript'>\(code)</\(element.uppercased()) >\n<p>text</p>"
            #expect(MarkupPrescan.scan(Array(page.utf8), refusesDoctype: false) == nil, "\(element)")
            let after = page + "\n" + Self.tag(MarkupPrescan.maxAttributes + 1)
            #expect(MarkupPrescan.scan(Array(after.utf8), refusesDoctype: false) == .tooManyAttributes(line: 3), "\(element)")
        }
        // "<scripts>" is no script; in GraphML nothing is raw text.
        #expect(MarkupPrescan.scan(Array("<scripts>\(code)".utf8), refusesDoctype: false) == .tooManyAttributes(line: 1))
        #expect(MarkupPrescan.scan(Array("<script>\(code)".utf8), refusesDoctype: true) == .tooManyAttributes(line: 1))
    }

    @Test func aDoctypeIsFoundAtItsLineWhenRefused() {
        let graphML = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE in a comment -->\n\n<!doctype graphml [\n<!ENTITY a \"b\">]>\n<graphml/>"
        #expect(MarkupPrescan.scan(Array(graphML.utf8), refusesDoctype: true) == .doctype(line: 4))
        #expect(MarkupPrescan.scan(Array(graphML.utf8), refusesDoctype: false) == nil)
    }

    @Test func chunksGiveWhatTheWholeGives() {
        let input = Array(("<?xml?>\n<!-- x -->\n<g a='1' b=\"2\">\n" + Self.tag(MarkupPrescan.maxAttributes + 1)).utf8)
        let whole = MarkupPrescan.scan(input, refusesDoctype: true)
        #expect(whole == .tooManyAttributes(line: 4))
        for split in stride(from: 0, to: 60, by: 1) {
            var scanner = MarkupPrescan(refusesDoctype: true)
            let found = input.withUnsafeBufferPointer { buffer in
                scanner.scan(UnsafeBufferPointer(rebasing: buffer[..<split])) ?? scanner.scan(UnsafeBufferPointer(rebasing: buffer[split...]))
            }
            #expect(found == whole, "split at \(split)")
        }
    }
}
