/// A fixed set of token keys: the word lists the context rules look tokens up in.
///
/// Token keys are already well-mixed hashes, so the set is an open-addressing table indexed by
/// a key's low bits, at most a quarter full: a lookup is one or two loads, with none of the
/// hashing `Set<UInt64>` does first (which showed in profiles of extraction).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// 0 marks an empty slot; a key of 0 is kept in `containsZero`.
    private let slots: [UInt64]
    private let mask: Int
    private let containsZero: Bool

    init(_ keys: some Sequence<UInt64>) {
        let keys = Array(keys)
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for key in keys where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
        }
        self.slots = slots
        self.mask = size - 1
        self.containsZero = keys.contains(0)
    }

    init(arrayLiteral keys: UInt64...) {
        self.init(keys)
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return containsZero }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = slots[slot]
                if stored == key { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }
}
