/// The nodes of a graph split into classes (connected or strongly connected components), with
/// each class's members and each node's index inside its class.
struct NodeClasses {
    let labels: [Int32]
    let members: [[Int]]
    /// For each node, its position in `members[labels[v]]`.
    let local: [Int32]

    /// O(n).
    init(_ components: Components) {
        labels = components.labels.map(Int32.init)
        var members = [[Int]](repeating: [], count: components.count)
        var local = [Int32](repeating: 0, count: labels.count)
        for v in labels.indices {
            let c = Int(labels[v])
            local[v] = Int32(members[c].count)
            members[c].append(v)
        }
        self.members = members
        self.local = local
    }

    var count: Int { members.count }

    /// The local column of node u inside class c, or −1 when u is in another class.
    @inline(__always)
    func column(_ u: Int, in c: Int) -> Int32 { Int(labels[u]) == c ? local[u] : -1 }
}

/// Relative difference under which two spectral radii count as equal. Computed eigenvalues are
/// accurate to about the solver's tolerance (1e-14), so 1e-10 separates ties from real gaps;
/// an eigenvector whose gap is that small would be ill-conditioned in any case.
let spectralTie = 1e-10

/// One class's spectral radius and Perron vector (local indices).
struct ClassEigenpair {
    let label: Int
    let value: Double
    let vector: [Double]
}

/// The classes whose spectral radius equals the largest one (to within ``spectralTie``).
///
/// The spectral radius of a block-triangular non-negative matrix is the largest over its
/// irreducible diagonal blocks (the strongly connected components; Frobenius), so only classes
/// whose upper bound reaches the best radius found so far are solved, largest bound first.
/// - Parameters:
///   - upperBounds: for each class, an upper bound on its spectral radius (0: skip the class).
///   - stopAtTie: stop as soon as two classes tie and no bound left can beat them (the caller
///     only needs to know that the largest radius is shared).
///   - solve: the spectral radius and Perron vector of one class.
/// - Returns: the classes that carry the largest radius, in order of label; empty when every
///   bound is 0.
/// - Complexity: the solves of the classes not pruned, plus O(c log c) for c classes.
func dominantClasses(upperBounds: [Double], stopAtTie: Bool,
                     solve: (Int) throws(GraphError) -> (value: Double, vector: [Double])) throws(GraphError) -> [ClassEigenpair] {
    let order = upperBounds.indices.filter { upperBounds[$0] > 0 }.sorted {
        upperBounds[$0] > upperBounds[$1] || (upperBounds[$0] == upperBounds[$1] && $0 < $1)
    }
    var best = 0.0
    var carriers: [ClassEigenpair] = []
    for c in order {
        let bound = upperBounds[c]
        if bound < best * (1 - spectralTie) { break }
        if stopAtTie && carriers.count > 1 && bound <= best * (1 + spectralTie) { break }
        let (value, vector) = try solve(c)
        if value > best * (1 + spectralTie) {
            best = value
            carriers = carriers.filter { $0.value >= best * (1 - spectralTie) }
        } else if value < best * (1 - spectralTie) {
            continue
        }
        best = max(best, value)
        carriers.append(ClassEigenpair(label: c, value: value, vector: vector))
    }
    return carriers.sorted { $0.label < $1.label }
}

/// The classes of Aᵀ (`classes`: the strongly connected components of a directed graph, the
/// connected components of an undirected one) that carry its spectral radius, with their Perron
/// vectors: ``dominantClasses(upperBounds:stopAtTie:solve:)`` with each class's largest
/// in-strength inside the class as its bound, each class solved on its own block (the whole
/// operator when there is one class).
/// - Complexity: O(n + m) for the bounds, then the solves of the classes not pruned.
func dominantClasses(of matrix: AdjacencyOperator, classes: NodeClasses, solver: KrylovEigensolver,
                     stopAtTie: Bool) throws(GraphError) -> [ClassEigenpair] {
    let n = matrix.nodeCount
    let bounds = classes.count == 1 ? [1] : inStrengthBounds(matrix, classes)
    return try dominantClasses(upperBounds: bounds, stopAtTie: stopAtTie) { c throws(GraphError) in
        let size = classes.members[c].count
        if size == n {
            return try solver.leading(order: n, start: [Double](repeating: 1, count: n),
                                      multiply: { matrix.multiplyTransposed($0, into: $1) },
                                      lanczosProduct: { matrix.multiplyTransposed($0, scale: $1, minus: $2, $3, into: $4) })
        }
        let block = matrix.block(rows: classes.members[c], transposed: true, columns: size) { classes.column($0, in: c) }
        if size == 1 { return (block.entry(row: 0, column: 0), [1]) }
        return try solver.leading(order: size, start: [Double](repeating: 1, count: size)) { block.multiply($0, into: $1) }
    }
}

/// For each class, its largest in-strength counting only arcs inside the class: the largest row
/// sum of its block of Aᵀ, an upper bound on its spectral radius. O(n + m).
private func inStrengthBounds(_ matrix: AdjacencyOperator, _ classes: NodeClasses) -> [Double] {
    var bounds = [Double](repeating: 0, count: classes.count)
    matrix.withInRows { rows, values in
        for v in 0..<matrix.nodeCount {
            let c = classes.labels[v]
            var sum = 0.0
            for a in rows.offsets[v]..<rows.offsets[v + 1] where classes.labels[Int(rows.ends[a])] == c {
                sum += values?[a] ?? 1
            }
            bounds[Int(c)] = max(bounds[Int(c)], sum)
        }
    }
    return bounds
}
