/// Text statistics of every element of a tree, summed bottom-up in one pass over the arena
/// (children always come after their parent there). Nodes masked as removed count for nothing.
struct NodeStats {
    /// Characters of visible text, white space runs counted once.
    var textLen: [Int32]
    /// Characters of text inside links.
    var linkLen: [Int32]
    var commas: [Int32]
    /// Text directly inside the element: its own text nodes and inline children.
    var inlineLen: [Int32]
    var inlineCommas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]
    var headingLen: [Int32]
    /// True when a block element (or image) is somewhere below.
    var blockBelow: [Bool]

    init(tree: HTMLTree, removed: [Bool]) {
        let n = tree.nodes.count
        textLen = Array(repeating: 0, count: n); linkLen = textLen; commas = textLen; inlineLen = textLen
        inlineCommas = textLen; paragraphs = textLen; images = textLen; listItems = textLen; inputs = textLen
        headingLen = textLen
        blockBelow = Array(repeating: false, count: n)
        tree.text.withUnsafeBufferPointer { text in
            var i = n - 1
            while i >= 1 {
                defer { i -= 1 }
                if removed[i] { continue }
                let node = tree.nodes[i]
                let p = Int(node.parent)
                if node.tag == .text {
                    let (len, c) = NodeStats.measure(text, Int(node.start), Int(node.end))
                    textLen[i] = len; commas[i] = c
                    textLen[p] += len; commas[p] += c; inlineLen[p] += len; inlineCommas[p] += c
                    continue
                }
                let tag = node.tag
                switch tag {
                case .p: paragraphs[i] += 1
                case .img: images[i] += 1
                case .li: listItems[i] += 1
                case .input, .button, .select, .textarea: inputs[i] += 1
                case .h1, .h2, .h3, .h4, .h5, .h6: headingLen[i] = textLen[i]
                default: break
                }
                textLen[p] += textLen[i]; commas[p] += commas[i]
                linkLen[p] += (tag == .a && node.flags.contains(.link)) ? textLen[i] : linkLen[i]
                paragraphs[p] += paragraphs[i]; images[p] += images[i]; listItems[p] += listItems[i]
                inputs[p] += inputs[i]; headingLen[p] += headingLen[i]
                if tag.isBlock || tag == .img { blockBelow[p] = true } else {
                    inlineLen[p] += textLen[i]; inlineCommas[p] += commas[i]
                }
                if blockBelow[i] && !tag.isBlock { blockBelow[p] = true }
            }
        }
    }

    /// Characters (code points, white space runs as one) and commas in a text node.
    @inline(__always)
    static func measure(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (Int32, Int32) {
        var len: Int32 = 0, commas: Int32 = 0
        var space = false
        var k = from
        while k < to {
            let c = text[k]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                if !space { len += 1; space = true }
            } else {
                space = false
                if c & 0xC0 != 0x80 { len += 1 }
                if c == 0x2C { commas += 1 }
                // "，" (EF BC 8C) and "、" (E3 80 81): commas in Chinese and Japanese text.
                else if c == 0xEF, k + 2 < to, text[k + 1] == 0xBC, text[k + 2] == 0x8C { commas += 1 }
                else if c == 0xE3, k + 2 < to, text[k + 1] == 0x80, text[k + 2] == 0x81 { commas += 1 }
            }
            k += 1
        }
        return (len, commas)
    }

    /// Share of an element's text that is link text.
    @inline(__always) func linkDensity(_ i: Int) -> Double {
        textLen[i] == 0 ? 0 : Double(linkLen[i]) / Double(textLen[i])
    }

    /// Takes a dropped element's figures off its ancestors up to `top` (inclusive).
    mutating func subtract(_ i: Int, in tree: HTMLTree, upTo top: Int) {
        var a = Int(tree.nodes[i].parent)
        let isLink = tree.nodes[i].tag == .a && tree.nodes[i].flags.contains(.link)
        while a >= 0 {
            textLen[a] -= textLen[i]; commas[a] -= commas[i]
            linkLen[a] -= isLink ? textLen[i] : linkLen[i]
            paragraphs[a] -= paragraphs[i]
            images[a] -= images[i]; listItems[a] -= listItems[i]; inputs[a] -= inputs[i]; headingLen[a] -= headingLen[i]
            if a == top { break }
            a = Int(tree.nodes[a].parent)
        }
    }
}
