/// A parsed page as a compact arena: nodes in one flat array, text as byte ranges into one buffer.
/// Built from libxml2's SAX events by `HTMLParser`; no String is made per node.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        var tag: HTMLTag
        var flags: Flags
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// Text nodes: the range of their bytes in `text`. Elements: the range of their lowercased
        /// `class` and `id` values (space separated) in `names`.
        var start: Int32 = 0
        var end: Int32 = 0
    }

    struct Flags: OptionSet, Sendable {
        var rawValue: UInt16
        /// `hidden`, `aria-hidden="true"`, `display:none` or `visibility:hidden`.
        static let hidden = Flags(rawValue: 1)
        /// `itemprop="articleBody"` (or `text`): the page says this is the article.
        static let articleBody = Flags(rawValue: 2)
        /// A link with an `href`.
        static let link = Flags(rawValue: 4)
        /// `role` of navigation, banner, complementary, contentinfo, menu, search, dialog, alert.
        static let furnitureRole = Flags(rawValue: 8)
        /// `role="main"` or `role="article"`.
        static let mainRole = Flags(rawValue: 16)
    }

    var nodes: [Node] = [Node(tag: .root, flags: [], parent: -1)]
    var text: [UInt8] = []
    var names: [UInt8] = []
    /// True when a limit (nodes, time) cut the page short.
    var truncated = false
    /// True when elements past the depth limit were flattened into their ancestor (text kept).
    var flattened = false

    static let root: Int32 = 0

    @inline(__always) func node(_ i: Int32) -> Node { nodes[Int(i)] }

    /// The class and id bytes of an element.
    func nameBytes(_ i: Int32) -> ArraySlice<UInt8> {
        let n = nodes[Int(i)]
        return names[Int(n.start)..<Int(n.end)]
    }

    /// Children of `i`, in order.
    func children(_ i: Int32) -> ChildSequence { ChildSequence(tree: self, first: nodes[Int(i)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: HTMLTree
        var current: Int32
        init(tree: HTMLTree, first: Int32) { self.tree = tree; self.current = first }
        mutating func next() -> Int32? {
            guard current >= 0 else { return nil }
            defer { current = tree.nodes[Int(current)].next }
            return current
        }
    }

    /// The first element with `tag` below `from`, in document order.
    func first(_ tag: HTMLTag, from: Int32 = HTMLTree.root) -> Int32? {
        var found: Int32?
        walk(from) { i in
            if found != nil { return false }
            if nodes[Int(i)].tag == tag { found = i; return false }
            return true
        }
        return found
    }

    /// Visits `start` and its descendants in document order without recursion; `visit` returns
    /// false to skip a node's children.
    func walk(_ start: Int32, _ visit: (Int32) -> Bool) {
        var i = start
        while true {
            let n = nodes[Int(i)]
            if visit(i), n.firstChild >= 0 { i = n.firstChild; continue }
            // Go to the next sibling, or up until there is one.
            var j = i
            while true {
                if j == start { return }
                let nj = nodes[Int(j)]
                if nj.next >= 0 { i = nj.next; break }
                j = nj.parent
                if j < 0 { return }
            }
        }
    }
}
