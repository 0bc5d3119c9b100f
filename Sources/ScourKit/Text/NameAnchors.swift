import Foundation

/// The spellings discovery compares candidates with (lexicon spellings, canonicals that take
/// variants, ordinary words), filed in blocks by consonant skeleton. Anchors are serial numbers:
/// keys and plain letters sit in one byte arena, each anchor's cluster number and flags in a flat
/// array, and blocks are arrays of serial numbers, so a comparison reads an anchor through buffers. An anchor struct holding a
/// String and two arrays cost a retain and a release of each per comparison, more than most
/// comparisons themselves.
struct NameAnchors {
    /// Per block, the serial numbers of the anchors filed under its skeleton, in the order they were filed.
    private var blockList: [[Int32]] = []
    /// `NameHash` of a skeleton → its position in `blockList`, plus one: looked up for every
    /// candidate, where hashing the skeleton array for a Dictionary cost more than the lookup.
    private var blockPositions = HashCounter()
    /// Every anchor's key symbols followed by its plain letters.
    private(set) var bytes: [UInt8] = []
    /// Per anchor, three offsets into `bytes`: start of the key, start of the plain letters, end.
    private var offsets: [Int] = []
    /// Per anchor, its cluster and the cluster's flags.
    private(set) var entries: [Entry] = []
    /// Per anchor, the spelling: read only by the few checks that look at the spelling itself.
    private(set) var spellings: [String] = []

    /// What a comparison reads of an anchor's cluster, kept beside its number: reading the
    /// cluster itself (48 bytes, anywhere in memory) was a cache miss per visit. A cluster's flags
    /// are set before it is filed and never change.
    struct Entry: Equatable {
        var cluster: Int32
        /// An ordinary word that looks like a name: it only keeps close spellings apart.
        var ordinary: Bool
        /// A lexicon group or a canonical that may take variants.
        var takesVariants: Bool
    }

    var count: Int { entries.count }

    /// Files a spelling under each of its skeletons (up to four) with one serial number, so that a
    /// spelling meeting it in two blocks compares with it once.
    mutating func file(_ spelling: String, skeletons: [[UInt8]], key: [UInt8], plain: [UInt8], _ entry: Entry) {
        file(spelling, skeletonHashes: NameKey.SkeletonHashes(skeletons), key: key, plain: plain, entry)
    }

    /// `file`, with the skeletons given by their `NameHash` (`NameKey.skeletonHashes`).
    mutating func file(_ spelling: String, skeletonHashes: NameKey.SkeletonHashes, key: [UInt8], plain: [UInt8], _ entry: Entry) {
        let serial = Int32(entries.count)
        offsets.append(bytes.count)
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        bytes.append(contentsOf: plain)
        offsets.append(bytes.count)
        entries.append(entry)
        spellings.append(spelling)
        for hash in skeletonHashes {
            let position = blockPositions[hash]
            if position > 0 {
                blockList[position - 1].append(serial)
            } else {
                blockList.append([serial])
                blockPositions.add(hash, blockList.count)
            }
        }
    }

    /// The serial numbers filed under `skeleton`, or nil.
    func block(_ skeleton: [UInt8]) -> [Int32]? {
        block(hash: skeleton.withUnsafeBufferPointer { NameHash.of($0) })
    }

    /// The serial numbers filed under the skeleton whose `NameHash` is `hash`, or nil.
    func block(hash: UInt64) -> [Int32]? {
        let position = blockPositions[hash]
        return position > 0 ? blockList[position - 1] : nil
    }

    var blockCount: Int { blockList.count }

    /// The key of anchor `serial`, in `arena` (`bytes` borrowed by the caller).
    @inline(__always)
    func key(_ serial: Int, in arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[offsets[3 * serial]..<offsets[3 * serial + 1]])
    }

    /// The plain letters of anchor `serial`, in `arena` (`bytes` borrowed by the caller).
    @inline(__always)
    func plain(_ serial: Int, in arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[offsets[3 * serial + 1]..<offsets[3 * serial + 2]])
    }

    /// Whether `a` holds the same bytes as `b`: a byte comparison, where `elementsEqual` across
    /// an array and a buffer walks both as generic sequences.
    @inline(__always)
    static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { a in
            a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
        }
    }
}
