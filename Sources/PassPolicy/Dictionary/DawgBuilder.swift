/// Daciuk's incremental construction of a minimised trie from words in sorted order: when a
/// word leaves the path of the one before, the nodes it leaves are replaced by an equal node
/// already built (same categories, same rank, same edges) or registered as new. Nodes are kept in flat
/// arrays and found again through an open-addressing hash table, so building allocates
/// little per word.
struct DawgBuilder {
    // Registered nodes: categories, and their edges in `edgeLabels`/`edgeTargets`.
    private var nodeFlags: [UInt8] = []
    /// The rank cost (see `WordListFormat.rankCost`) of the word ending at the node.
    private var nodeRanks: [UInt8] = []
    private var nodeEdgeStart: [Int32] = []
    private var nodeEdgeCount: [UInt8] = []
    private var edgeLabels: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var table = [Int32](repeating: -1, count: 1 << 16)
    // The path of the last word: node `d` has finished edges plus, if d < depth, the pending
    // edge `pathLabel[d]` to node d + 1.
    private var pathFlags: [UInt8] = [0]
    private var pathRanks: [UInt8] = [0]
    private var pathLabels: [[UInt8]] = [[]]
    private var pathTargets: [[Int32]] = [[]]
    private var pathLabel: [UInt8] = []
    private var previous: [UInt8] = []
    private var depth = 0

    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, flags: UInt8, rank: UInt8) {
        var common = 0
        while common < word.count && common < previous.count && word[common] == previous[common] { common += 1 }
        minimize(downTo: common)
        while pathFlags.count <= word.count {
            pathFlags.append(0)
            pathRanks.append(0)
            pathLabels.append([])
            pathTargets.append([])
        }
        while pathLabel.count < word.count { pathLabel.append(0) }
        for d in common..<word.count {
            pathLabel[d] = word[d]
            pathFlags[d + 1] = 0
            pathRanks[d + 1] = 0
            pathLabels[d + 1].removeAll(keepingCapacity: true)
            pathTargets[d + 1].removeAll(keepingCapacity: true)
        }
        depth = word.count
        pathFlags[depth] |= flags
        pathRanks[depth] = rank
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: word)
    }

    private mutating func minimize(downTo target: Int) {
        while depth > target {
            let id = register(depth)
            depth -= 1
            pathLabels[depth].append(pathLabel[depth])
            pathTargets[depth].append(id)
        }
    }

    private func hash(flags: UInt8, rank: UInt8, labels: [UInt8], targets: [Int32]) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(flags) ^ UInt64(rank) << 8
        for i in 0..<labels.count {
            h = (h ^ UInt64(labels[i])) &* 0x1000_0000_01B3
            h = (h ^ UInt64(UInt32(bitPattern: targets[i]))) &* 0x1000_0000_01B3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func equal(_ id: Int, flags: UInt8, rank: UInt8, labels: [UInt8], targets: [Int32]) -> Bool {
        guard nodeFlags[id] == flags, nodeRanks[id] == rank, Int(nodeEdgeCount[id]) == labels.count else { return false }
        let s = Int(nodeEdgeStart[id])
        for i in 0..<labels.count where edgeLabels[s + i] != labels[i] || edgeTargets[s + i] != targets[i] {
            return false
        }
        return true
    }

    /// The id of the node equal to path node `d`, registering it if it is new.
    private mutating func register(_ d: Int) -> Int32 {
        let flags = pathFlags[d], rank = pathRanks[d], labels = pathLabels[d], targets = pathTargets[d]
        let mask = table.count - 1
        var slot = hash(flags: flags, rank: rank, labels: labels, targets: targets) & mask
        while table[slot] >= 0 {
            if equal(Int(table[slot]), flags: flags, rank: rank, labels: labels, targets: targets) { return table[slot] }
            slot = (slot + 1) & mask
        }
        let id = Int32(nodeFlags.count)
        nodeFlags.append(flags)
        nodeRanks.append(rank)
        nodeEdgeStart.append(Int32(edgeLabels.count))
        nodeEdgeCount.append(UInt8(labels.count))
        edgeLabels += labels
        edgeTargets += targets
        table[slot] = id
        if nodeFlags.count * 2 > table.count { rehash() }
        return id
    }

    private mutating func rehash() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for id in 0..<nodeFlags.count {
            let s = Int(nodeEdgeStart[id]), c = Int(nodeEdgeCount[id])
            let h = hash(flags: nodeFlags[id], rank: nodeRanks[id], labels: Array(edgeLabels[s..<(s + c)]), targets: Array(edgeTargets[s..<(s + c)]))
            var slot = h & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id)
        }
    }

    /// The node area in file layout (see `WordListFormat`): the empty node at offset 0, the
    /// root after it, then every other node breadth first from the root.
    mutating func finish() -> (nodes: [UInt8], rootOffset: UInt32, edgeCount: Int) {
        minimize(downTo: 0)
        let rootLabels = pathLabels[0], rootTargets = pathTargets[0]
        // Where each registered node's record goes; -1 until it is reached.
        var offset = [Int](repeating: -1, count: nodeFlags.count)
        var order: [Int32] = []
        order.reserveCapacity(nodeFlags.count)
        let rootOffset = WordListFormat.emptyNodeBytes
        var next = rootOffset + WordListFormat.recordSize(count: rootLabels.count)
        func visit(_ target: Int32) {
            let t = Int(target)
            guard offset[t] < 0 else { return }
            let count = Int(nodeEdgeCount[t])
            if count == 0 {
                offset[t] = 0
                return
            }
            offset[t] = next
            next += WordListFormat.recordSize(count: count)
            order.append(target)
        }
        for t in rootTargets { visit(t) }
        var head = 0
        while head < order.count {
            let t = Int(order[head])
            head += 1
            let s = Int(nodeEdgeStart[t])
            for i in s..<(s + Int(nodeEdgeCount[t])) { visit(edgeTargets[i]) }
        }
        var nodes: [UInt8] = []
        nodes.reserveCapacity(next + 8)
        nodes += [0, 0, 0, 0]
        var edgeCount = 0
        func emit(labels: ArraySlice<UInt8>, targets: ArraySlice<Int32>) {
            nodes.append(UInt8(labels.count))
            nodes += labels
            while nodes.count % 4 != 0 { nodes.append(0) }
            for t in targets {
                let target = Int(t)
                WordListFormat.append(WordListFormat.edge(target: offset[target], categories: nodeFlags[target]), to: &nodes)
            }
            for t in targets { nodes.append(nodeFlags[Int(t)] != 0 ? nodeRanks[Int(t)] : 0) }
            while nodes.count % 4 != 0 { nodes.append(0) }
            edgeCount += labels.count
        }
        emit(labels: rootLabels[...], targets: rootTargets[...])
        for id in order {
            let s = Int(nodeEdgeStart[Int(id)]), c = Int(nodeEdgeCount[Int(id)])
            emit(labels: edgeLabels[s..<(s + c)], targets: edgeTargets[s..<(s + c)])
        }
        nodes += repeatElement(0, count: WordListFormat.tailPadding)
        while nodes.count % 8 != 0 { nodes.append(0) }
        return (nodes, UInt32(rootOffset), edgeCount)
    }
}
