/// The class/id vocabularies that tell page furniture from content, in one reviewable place.
/// Words match as substrings of an element's lowercased `class` and `id` (as in Readability, whose
/// lists these start from), so `comment` also catches `comments-area` and `commentlist`.
enum ContentVocabulary {
    /// Names of elements that are almost never the article: removed before scoring unless they also
    /// carry a `maybeContent` word. From Readability's `unlikelyCandidates`.
    static let unlikely: [String] = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote",
    ]

    /// Words that rescue an `unlikely` element (`main-header-content`). From Readability's `okMaybeItsACandidate`.
    static let maybeContent: [String] = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]

    /// Words that add to a block's score. From Readability's `positive`, plus common CMS names.
    static let positive: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "prose", "articlebody", "post-body",
    ]

    /// Words that subtract from a block's score. From Readability's `negative`.
    static let negative: [String] = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget",
    ]

    /// Furniture that is removed from inside the chosen article when its text is short (under 500
    /// characters): share bars, newsletter boxes, "read also" and recommendation lists, consent notices.
    static let furniture: [String] = [
        "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "cookie", "consent",
        "promo", "advert", "sponsor", "taboola", "outbrain", "recommend", "related", "trending", "most-read",
        "mostread", "most-popular", "readmore", "read-more", "read-also", "readalso", "see-also", "more-stories",
        "print", "toolbar", "tools", "breadcrumb", "pagination", "pager", "nav", "menu", "widget", "sidebar",
        "banner", "popup", "modal", "overlay", "login", "comment-form", "reply", "author-box", "author-bio",
        "byline-social", "tags", "tag-list", "taglist", "keywords", "rating", "vote", "donate", "paywall",
        "copyright", "credit", "attribution", "photo-source", "disclaimer",
    ]

    /// Comment threads: dropped unless the stage keeps comments.
    static let comments: [String] = ["comment", "disqus", "discussion", "replies", "respond", "reactions"]

    /// Classification of one element's names, as bits.
    struct Traits: OptionSet, Sendable {
        var rawValue: UInt8
        static let unlikely = Traits(rawValue: 1)
        static let maybeContent = Traits(rawValue: 2)
        static let positive = Traits(rawValue: 4)
        static let negative = Traits(rawValue: 8)
        static let furniture = Traits(rawValue: 16)
        static let comments = Traits(rawValue: 32)
        static let classified = Traits(rawValue: 128)
        /// A comment word whose element says nothing else about content (`commentbody` counts as a
        /// comment; `comments article-body` does not).
        static let commentThread = Traits(rawValue: 64)
    }

    /// Classifies lowercased class/id bytes: each space-separated token is run through one automaton
    /// holding every word above, so an element costs one pass over its names.
    static func classify(_ names: ArraySlice<UInt8>) -> Traits {
        var traits: Traits = .classified
        if names.isEmpty { return traits }
        var commentToken = false, contentOutsideComment = false
        names.withUnsafeBufferPointer { buf in
            var start = 0
            while start < buf.count {
                var end = start
                while end < buf.count && buf[end] != 0x20 { end += 1 }
                if end > start {
                    let token = UnsafeBufferPointer(rebasing: buf[start..<end])
                    var bits = matcher.match(token)
                    // "ad", "ads", "hid" only as whole tokens: as substrings they would hit "head", "load", "shadow".
                    if isToken(token, "ad") || isToken(token, "ads") || isToken(token, "advertisement") || isToken(token, "hid") {
                        bits.insert([.negative, .furniture])
                    }
                    traits.formUnion(bits)
                    if bits.contains(.comments) { commentToken = true }
                    else if !bits.isDisjoint(with: [.maybeContent, .positive]) { contentOutsideComment = true }
                }
                start = end + 1
            }
        }
        if commentToken && !contentOutsideComment { traits.insert(.commentThread) }
        return traits
    }

    /// Whether `word` appears in the token delimited by non-alphanumerics (`ad` in `top-ad_slot`, not in `head`).
    private static func isToken(_ token: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard w.count <= token.count else { return false }
        var i = 0
        while i + w.count <= token.count {
            if (i == 0 || !isAlnum(token[i - 1])) && (i + w.count == token.count || !isAlnum(token[i + w.count])) {
                var k = 0
                while k < w.count && token[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always) private static func isAlnum(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }

    private static let matcher = WordMatcher([
        (unlikely, .unlikely), (maybeContent, .maybeContent), (positive, .positive), (negative, .negative),
        (furniture, .furniture), (comments, .comments),
    ])

    /// Whether `needle` occurs in `hay` (plain byte search, for user-given words).
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let m = needle.count
        guard m <= hay.count, m > 0 else { return m == 0 }
        let first = needle[0]
        var i = 0
        let last = hay.count - m
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < m && hay[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    /// Headings that open a comment thread ("12 Comments", "Leave a Reply"), lowercased, digits and
    /// punctuation removed. What follows such a heading is the thread.
    static let commentHeadings: [String] = [
        "comments", "comment", "reader comments", "user comments", "leave a reply", "leave a comment", "post a comment",
        "add a comment", "add comment", "responses", "replies", "discussion", "join the discussion", "reactions",
        "what do you think", "kommentare", "kommentar", "commentaires", "réactions", "comentarios", "comentários",
        "commenti", "reacties", "komentarze", "комментарии", "отзывы",
    ]

    /// Endings of a teaser for another page ("... Read more"), lowercased, punctuation trimmed.
    static let teaserEndings: [String] = [
        "read more", "continue reading", "read full story", "read the full story", "full story", "more",
        "weiterlesen", "mehr", "lire la suite", "la suite", "leer más", "seguir leyendo", "leia mais", "continua a leggere",
        "lees verder", "czytaj dalej", "читать далее", "подробнее",
    ]

    /// Link texts that introduce a link to another article inside the text ("Read also: ...").
    static let readAlsoPrefixes: [String] = [
        "read also", "see also", "related:", "related article", "recommended:", "also read",
        "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi", "leer más", "lea también",
        "leia também", "czytaj też", "читайте также", "смотрите также",
    ]
}

/// An Aho-Corasick automaton over lowercase ASCII words: finds every listed word inside a token in
/// one pass and returns the union of their traits.
struct WordMatcher: Sendable {
    private var next: [Int32] = []      // state * 256 + byte -> state
    private var output: [UInt8] = []    // traits of the words ending in a state (failure links folded in)

    init(_ lists: [([String], ContentVocabulary.Traits)]) {
        var goto: [[UInt8: Int32]] = [[:]]
        var out: [UInt8] = [0]
        for (words, bit) in lists {
            for w in words {
                var s = 0
                for c in w.utf8 {
                    if let t = goto[s][c] { s = Int(t) } else {
                        goto.append([:]); out.append(0)
                        goto[s][c] = Int32(goto.count - 1)
                        s = goto.count - 1
                    }
                }
                out[s] |= bit.rawValue
            }
        }
        let n = goto.count
        next = [Int32](repeating: 0, count: n * 256)
        var fail = [Int32](repeating: 0, count: n)
        var queue: [Int] = []
        for c in 0..<256 {
            if let t = goto[0][UInt8(c)] { next[c] = t; queue.append(Int(t)) }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            out[s] |= out[Int(fail[s])]
            for c in 0..<256 {
                if let t = goto[s][UInt8(c)] {
                    fail[Int(t)] = next[Int(fail[s]) * 256 + c]
                    next[s * 256 + c] = t
                    queue.append(Int(t))
                } else {
                    next[s * 256 + c] = next[Int(fail[s]) * 256 + c]
                }
            }
        }
        output = out
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> ContentVocabulary.Traits {
        var s = 0
        var bits: UInt8 = 0
        for c in bytes {
            s = Int(next[s &* 256 &+ Int(c)])
            bits |= output[s]
        }
        return ContentVocabulary.Traits(rawValue: bits)
    }
}
