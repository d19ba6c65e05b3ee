package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.report.FlowItem.Block;
import org.crosscheck.report.FlowItem.GroupStart;
import org.crosscheck.report.FlowItem.PageBreak;
import org.crosscheck.report.FlowItem.TableRow;

/**
 * Cuts a flow into pages. Blocks and table rows are never split; a table's header is repeated on
 * every page the table continues to; a group that would start in the last quarter of a page starts
 * on the next one instead. Pure; not thread-safe (one instance per pagination).
 */
final class Paginator {

    /** A group starts on a new page when less than this share of the page is left. */
    static final float GROUP_MINIMUM_SPACE = 0.25f;

    private final PaperFormat paper;
    private final List<List<Element>> pages = new ArrayList<>();
    private List<Element> page = new ArrayList<>();
    private float cursor;
    private Block headerOnThisPage;

    Paginator(PaperFormat paper) {
        this.paper = paper;
        this.cursor = paper.contentTop();
    }

    /** The elements of each page, in page coordinates, without running header and footer. */
    List<List<Element>> paginate(List<FlowItem> flow) {
        for (int index = 0; index < flow.size(); index++) {
            FlowItem item = flow.get(index);
            if (item instanceof PageBreak) {
                newPageUnlessEmpty();
            } else if (item instanceof GroupStart) {
                if (spaceLeft() < GROUP_MINIMUM_SPACE * paper.contentHeight()) {
                    newPageUnlessEmpty();
                }
            } else if (item instanceof Block block) {
                if (block.elements().isEmpty() && isPageEmpty()) {
                    continue; // space between items is not wanted at the top of a page
                }
                float needed = block.height() + (block.keepWithNext() ? openingHeight(flow, index + 1) : 0);
                makeRoomFor(needed);
                place(block);
            } else if (item instanceof TableRow row) {
                placeRow(row, row.firstOfTable() ? secondRowHeight(flow, index + 1, row.header()) : 0);
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** A table opens with at least two rows on the page, so a header and one lonely row never end a page. */
    private void placeRow(TableRow row, float keepWithRow) {
        boolean needsHeader = row.firstOfTable() || headerOnThisPage != row.header();
        float needed = row.row().height() + keepWithRow + (needsHeader ? row.header().height() : 0);
        if (needed > spaceLeft() && !isPageEmpty()) {
            newPage();
            needsHeader = true;
        }
        if (needsHeader) {
            place(row.header());
            headerOnThisPage = row.header();
        }
        place(row.row());
    }

    private static float secondRowHeight(List<FlowItem> flow, int index, Block header) {
        if (index < flow.size() && flow.get(index) instanceof TableRow next && next.header() == header) {
            return next.row().height();
        }
        return 0;
    }

    /** How much of what follows must fit below a heading for the heading to stay on this page. */
    private static float openingHeight(List<FlowItem> flow, int index) {
        if (index >= flow.size()) {
            return 0;
        }
        FlowItem next = flow.get(index);
        if (next instanceof Block block) {
            // a chain of headings (a heading, then the legend) stays with what ends the chain
            return block.height() + (block.keepWithNext() ? openingHeight(flow, index + 1) : 0);
        }
        if (next instanceof TableRow row) {
            return row.header().height() + row.row().height()
                    + (row.firstOfTable() ? secondRowHeight(flow, index + 1, row.header()) : 0);
        }
        return 0;
    }

    private void makeRoomFor(float height) {
        if (height > spaceLeft() && !isPageEmpty()) {
            newPage();
        }
    }

    private void place(Block block) {
        for (Element element : block.elements()) {
            page.add(element.moved(paper.margin(), cursor));
        }
        cursor += block.height();
    }

    private float spaceLeft() {
        return paper.contentBottom() - cursor;
    }

    private boolean isPageEmpty() {
        return cursor <= paper.contentTop();
    }

    private void newPageUnlessEmpty() {
        if (!isPageEmpty()) {
            newPage();
        }
    }

    private void newPage() {
        pages.add(page);
        page = new ArrayList<>();
        cursor = paper.contentTop();
        headerOnThisPage = null;
    }
}
