/// The papers the report's measures follow, with DOIs, for the methods section (the same the
/// algorithms' documentation cites).
enum MethodReferences {
    static let all = [
        "Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of communities in large networks. J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008",
        "Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification. J. Math. Sociol. 2(1), 113–120. doi:10.1080/0022250X.1972.9989806",
        "Borgatti, S. P. (2006). Identifying sets of key players in a social network. Comput. Math. Organ. Theory 12, 21–34. doi:10.1007/s10588-006-7084-x",
        "Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol. 25(2), 163–177. doi:10.1080/0022250X.2001.9990249",
        "Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005). Comparing community structure identification. J. Stat. Mech. P09008. doi:10.1088/1742-5468/2005/09/P09008",
        "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in transaction networks. Sociol. Methodol. 19, 89–126. doi:10.2307/270949",
        "Holme, P., Kim, B. J., Yoon, C. N. & Han, S. K. (2002). Attack vulnerability of complex networks. Phys. Rev. E 65, 056109. doi:10.1103/PhysRevE.65.056109",
        "Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation. Commun. ACM 16(6), 372–378. doi:10.1145/362248.362272",
        "Hubert, L. & Arabie, P. (1985). Comparing partitions. J. Classif. 2, 193–218. doi:10.1007/BF01908075",
        "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation. Soc. Psychol. Q. 51(2), 123–140. doi:10.2307/2786835",
        "Lancichinetti, A., Kivelä, M., Saramäki, J. & Fortunato, S. (2010). Characterizing the community structure of complex networks. PLoS ONE 5(8), e11976. doi:10.1371/journal.pone.0011976",
        "Langville, A. N. & Meyer, C. D. (2004). Deeper inside PageRank. Internet Math. 1(3), 335–380. doi:10.1080/15427951.2004.10129091",
        "Marchiori, M. & Latora, V. (2000). Harmony in the small-world. Physica A 285(3–4), 539–546. doi:10.1016/S0378-4371(00)00311-3",
        "Rotta, R. & Noack, A. (2011). Multilevel local search algorithms for modularity clustering. ACM J. Exp. Algorithmics 16, 2.3. doi:10.1145/1963190.1970376",
    ]
}
