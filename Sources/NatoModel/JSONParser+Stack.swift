// The stack on which a container's members gather while it is parsed (JSONParser+Values).
// Written by hand rather than as an Array: an Array would copy the members out (a retain
// and a release each) and destroy them again; this moves them into the container's array
// of exactly the right size, which is one allocation per container and no reference counts.

final class MoveStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The elements from `mark` on, moved into a new array; the stack ends at `mark` again.
    func pop(from mark: Int) -> [Element] {
        let n = count - mark
        guard n > 0 else { return [] }
        let source = base + mark
        count = mark
        return Array(unsafeUninitializedCapacity: n) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: source, count: n) }
            initialized = n
        }
    }
}
