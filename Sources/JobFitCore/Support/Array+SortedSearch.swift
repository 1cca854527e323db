extension Array {
    /// In an array sorted by `start`, the index of the last element whose start is at most
    /// `offset`: the span (block, field) holding that offset; `nil` before the first.
    func lastIndex(startingAtOrBefore offset: Int, start: (Element) -> Int) -> Int? {
        var low = 0
        var high = count - 1
        var found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if start(self[middle]) <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }
}
