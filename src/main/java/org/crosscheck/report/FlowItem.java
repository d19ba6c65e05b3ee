package org.crosscheck.report;

import java.util.List;

/**
 * The report as a flow, before it is cut into pages: blocks that never split, table rows that
 * carry their header, and places where a page may or must end.
 */
sealed interface FlowItem permits FlowItem.Block, FlowItem.TableRow, FlowItem.GroupStart, FlowItem.PageBreak {

    /**
     * Content that stays together on one page, laid out from its own top left.
     *
     * @param keepWithNext move to the next page with what follows rather than end a page alone (headings)
     */
    record Block(float height, List<Element> elements, boolean keepWithNext) implements FlowItem {
        public Block {
            elements = List.copyOf(elements);
        }

        public Block(float height, List<Element> elements) {
            this(height, elements, false);
        }
    }

    /** A table row; its header is printed above it at the start of the table and on every page it continues to. */
    record TableRow(Block header, Block row, boolean firstOfTable) implements FlowItem {
    }

    /** A comparison group begins: it takes a new page when little of the current one is left. */
    record GroupStart() implements FlowItem {
    }

    /** What follows starts on a new page. */
    record PageBreak() implements FlowItem {
    }
}
