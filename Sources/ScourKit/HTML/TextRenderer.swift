/// Turns a subtree into text the way a browser shows it: runs of white space collapse to one space,
/// block boundaries and `<br>` become line breaks, table rows become lines with cells joined by " | ",
/// `<pre>` keeps its white space. Works on bytes; the result is valid UTF-8 because the tree's text is.
struct TextRenderer {
    private var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = 0
    private var pendingCell = false
    private var rowHasCell = false
    private var preDepth = 0

    /// Renders `start` and its descendants, leaving out any node for which `skip` is true.
    static func render(_ tree: HTMLTree, from start: Int32 = HTMLTree.root, skip: (Int32, HTMLTree.Node) -> Bool) -> [UInt8] {
        var r = TextRenderer()
        r.out.reserveCapacity(tree.text.count / 2)
        r.run(tree, start, skip)
        return r.out
    }

    private mutating func run(_ tree: HTMLTree, _ start: Int32, _ skip: (Int32, HTMLTree.Node) -> Bool) {
        tree.text.withUnsafeBufferPointer { text in
            var i = start
            while true {
                let n = tree.nodes[Int(i)]
                var descend = false
                if !skip(i, n) {
                    if n.tag == .text { emit(text, Int(n.start), Int(n.end)) } else {
                        enter(n.tag)
                        if n.firstChild >= 0 { descend = true } else { exit(n.tag) }
                    }
                }
                if descend { i = n.firstChild; continue }
                // Leave finished nodes until one has a next sibling.
                var j = i
                while true {
                    if j == start { return }
                    let nj = tree.nodes[Int(j)]
                    if nj.next >= 0 { i = nj.next; break }
                    j = nj.parent
                    if j < 0 { return }
                    exit(tree.nodes[Int(j)].tag)
                    if j == start { return }
                }
            }
        }
    }

    private mutating func enter(_ tag: HTMLTag) {
        switch tag {
        case .br: pendingBreak = min(2, pendingBreak + 1); pendingSpace = false
        case .tr: rowHasCell = false; lineBreak(1)
        case .td, .th: if rowHasCell { pendingCell = true }; rowHasCell = true
        case .pre: preDepth += 1; lineBreak(2)
        case .li, .dt, .dd: lineBreak(1)
        default:
            if tag.isBlock { lineBreak(tag.isParagraphLike ? 2 : 1) }
        }
    }

    private mutating func exit(_ tag: HTMLTag) {
        switch tag {
        case .pre: preDepth -= 1; lineBreak(2)
        case .tr: lineBreak(1)
        case .td, .th, .br: break
        default:
            if tag.isBlock { lineBreak(tag.isParagraphLike ? 2 : 1) }
        }
    }

    @inline(__always) private mutating func lineBreak(_ n: Int) {
        if pendingBreak < n { pendingBreak = n }
        pendingCell = false
    }

    /// Appends what must come before the next visible character.
    @inline(__always) private mutating func flush() {
        if out.isEmpty { pendingBreak = 0; pendingSpace = false; pendingCell = false; return }
        if pendingBreak > 0 {
            out.append(0x0A)
            if pendingBreak > 1 { out.append(0x0A) }
            if preDepth > 0 && pendingBreak > 2 { for _ in 2..<pendingBreak { out.append(0x0A) } }
        } else if pendingCell {
            out.append(contentsOf: [0x20, 0x7C, 0x20])
        } else if pendingSpace {
            out.append(0x20)
        }
        pendingBreak = 0; pendingSpace = false; pendingCell = false
    }

    private mutating func emit(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var k = from
        if preDepth > 0 {
            // Preformatted: every line break and space counts, indentation included.
            while k < to {
                let c = text[k]
                if c == 0x0A {
                    if !out.isEmpty { pendingBreak += 1 }
                } else if c != 0x0D {
                    flush(); out.append(c)
                }
                k += 1
            }
            return
        }
        while k < to {
            let c = text[k]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
            } else {
                if pendingBreak > 0 || pendingSpace || pendingCell { flush() }
                out.append(c)
            }
            k += 1
        }
    }
}
