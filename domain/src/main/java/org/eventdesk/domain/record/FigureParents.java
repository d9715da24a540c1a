package org.eventdesk.domain.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Of which" links between the figures of one record, each figure naming at most one parent by its index. Every
 * figure has one outgoing link, so following parents from any figure either ends (at a figure without a parent,
 * or at an index that names no figure, which is reported where it is given) or runs into a cycle.
 */
final class FigureParents {
    private static final byte UNSEEN = 0;
    private static final byte ON_PATH = 1;
    private static final byte ENDS = 2;
    private static final byte CYCLES = 3;

    private FigureParents() {}

    /**
     * The figures whose chain of parents runs into a cycle (those on it and those leading to it), each of which is
     * "part of itself". Linear in the number of figures: every figure is walked over once, and a walk stops at the
     * first figure whose fate is already known.
     *
     * @param parents each figure's parent index, or {@code null}
     */
    static Set<Integer> inCycles(List<Integer> parents) {
        int n = parents.size();
        byte[] state = new byte[n];
        Set<Integer> cycling = new HashSet<>();
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            path.clear();
            Integer at = start;
            while (at != null && at >= 0 && at < n && state[at] == UNSEEN) {
                state[at] = ON_PATH;
                path.add(at);
                at = parents.get(at);
            }
            // The walk stopped at an end, at a figure already known, or back on its own path (a cycle).
            boolean cycle = at != null && at >= 0 && at < n && (state[at] == ON_PATH || state[at] == CYCLES);
            for (int figure : path) {
                state[figure] = cycle ? CYCLES : ENDS;
                if (cycle) {
                    cycling.add(figure);
                }
            }
        }
        return cycling;
    }
}
