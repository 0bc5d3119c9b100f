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
        "copyright", "credit", "caption-credit", "photo-credit", "disclaimer",
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

    private static let lists: [([[UInt8]], Traits)] = [
        (unlikely.map { Array($0.utf8) }, .unlikely), (maybeContent.map { Array($0.utf8) }, .maybeContent),
        (positive.map { Array($0.utf8) }, .positive), (negative.map { Array($0.utf8) }, .negative),
        (furniture.map { Array($0.utf8) }, .furniture), (comments.map { Array($0.utf8) }, .comments),
    ]

    /// Classifies lowercased class/id bytes, with extra user words (from the stage options).
    static func classify(_ names: ArraySlice<UInt8>, extraDrop: [[UInt8]] = []) -> Traits {
        var traits: Traits = .classified
        if names.isEmpty { return traits }
        names.withUnsafeBufferPointer { buf in
            for (words, bit) in lists {
                for w in words where contains(buf, w) { traits.insert(bit); break }
            }
            // "ad", "ads" only as whole tokens: as substrings they would hit "head", "load", "shadow".
            if hasToken(buf, "ad") || hasToken(buf, "ads") || hasToken(buf, "advertisement") || hasToken(buf, "hid") {
                traits.insert([.negative, .furniture])
            }
            for w in extraDrop where contains(buf, w) { traits.insert(.furniture) }
            if traits.contains(.comments) && commentThread(buf) { traits.insert(.commentThread) }
        }
        return traits
    }

    /// Whether the tokens holding a comment word are all there is: no other token names content.
    private static func commentThread(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var sawComment = false
        let content = (maybeContent + positive).map { Array($0.utf8) }
        let commentWords = comments.map { Array($0.utf8) }
        while start < buf.count {
            var end = start
            while end < buf.count && buf[end] != 0x20 { end += 1 }
            if end > start {
                let token = UnsafeBufferPointer(rebasing: buf[start..<end])
                if commentWords.contains(where: { contains(token, $0) }) { sawComment = true }
                else if content.contains(where: { contains(token, $0) }) { return false }
            }
            start = end + 1
        }
        return sawComment
    }

    @inline(__always)
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

    /// Whether `token` appears delimited by non-letters.
    static func hasToken(_ hay: UnsafeBufferPointer<UInt8>, _ token: StaticString) -> Bool {
        let t = UnsafeBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount)
        guard t.count <= hay.count else { return false }
        var i = 0
        while i + t.count <= hay.count {
            if (i == 0 || !isAlnum(hay[i - 1])) && (i + t.count == hay.count || !isAlnum(hay[i + t.count])) {
                var ok = true
                for k in 0..<t.count where hay[i + k] != t[k] { ok = false; break }
                if ok { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }

    /// Link texts that introduce a link to another article inside the text ("Read also: ...").
    static let readAlsoPrefixes: [String] = [
        "read also", "read more", "see also", "related:", "related article", "recommended:", "more:",
        "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi", "leer más", "lea también",
        "leia também", "czytaj też", "читайте также", "смотрите также",
    ]
}
