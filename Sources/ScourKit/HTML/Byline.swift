/// Finds an author's name in the page's byline ("By Ann Lee", "Posted on May 3 by Ann Lee") when no
/// metadata names one: elements named `byline`/`author`, `<address>`, and short paragraphs that
/// begin like a byline.
enum Byline {
    static func author(in tree: HTMLTree) -> String? {
        var found: String?
        var visited = 0
        tree.walk(HTMLTree.root) { i in
            visited += 1
            if found != nil || visited > 20_000 { return false }
            let n = tree.nodes[Int(i)]
            if n.flags.contains(.hidden) || n.tag == .text || n.tag == .form || n.tag == .nav { return false }
            let names = tree.nameBytes(i)
            // Comment authors are not the page's author.
            if ContentVocabulary.classify(names).contains(.comments) { return false }
            let named = names.withUnsafeBufferPointer { buf in
                ContentVocabulary.contains(buf, Array("byline".utf8))
                    || (ContentVocabulary.contains(buf, Array("author".utf8)) && !ContentVocabulary.contains(buf, Array("authority".utf8)))
            }
            if named || n.tag == .address || (n.tag == .p && startsLikeByline(tree, i)) {
                let text = TextRenderer.render(tree, from: i) { _, node in node.flags.contains(.hidden) }
                if text.count <= 120, let name = name(in: String(decoding: text, as: UTF8.self)) { found = name }
                return false
            }
            return true
        }
        return found
    }

    private static func startsLikeByline(_ tree: HTMLTree, _ i: Int32) -> Bool {
        let first = tree.nodes[Int(i)].firstChild
        guard first >= 0, tree.nodes[Int(first)].tag == .text else { return false }
        let n = tree.nodes[Int(first)]
        let head = String(decoding: tree.text[Int(n.start)..<min(Int(n.end), Int(n.start) + 12)], as: UTF8.self)
            .lowercased().trimmingCharacters(in: " \n\t")
        return ["by ", "posted ", "written ", "published "].contains { head.hasPrefix($0) }
    }

    /// The name in a byline text: after its last "by", up to a date, a separator or a comma.
    static func name(in text: String) -> String? {
        var s = Substring(text.map { $0 == "\n" || $0 == "\u{a0}" || $0 == "\t" ? " " : String($0) }.joined())
        let lower = s.lowercased()
        if let r = lower.range(of: " by ", options: .backwards) ?? lower.range(of: " by: ", options: .backwards) {
            s = s[s.index(s.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))...]
        } else if lower.hasPrefix("by ") || lower.hasPrefix("by: ") {
            s = s.drop { $0 != " " }
        }
        s = s.trimmingCharacters(in: " :")
        for stop in ["  ", "!", " on ", " at ", " | ", "|", " - ", " — ", " – ", ",", "•", "·", "(", " in ", " says", " said", " wrote", "*", "/"] {
            if let r = s.range(of: stop) { s = s[..<r.lowerBound] }
        }
        let name = s.trimmingCharacters(in: " :\t")
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), name.count >= 3, name.count <= 60, let f = name.first, f.isUppercase,
              !name.contains(where: { $0.isNumber }) else { return nil }
        let first = words[0].lowercased()
        if ["posted", "follow", "sign", "leave", "comments", "share", "written", "published", "updated", "name", "email",
            "author", "admin", "staff", "source", "photo"].contains(first) { return nil }
        return String(name)
    }
}

