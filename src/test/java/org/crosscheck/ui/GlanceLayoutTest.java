package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosscheck.model.ComparisonGroup;
import org.junit.jupiter.api.Test;

/**
 * The fighters group by source, as a researcher sees it on a laptop and on a small screen: every
 * column in view without a sideways scroll bar, the grid's cells explained on hover, and the
 * comparison in a window of its own and back.
 */
class GlanceLayoutTest extends SampleWindowTest {

    @Test
    void at1440By900EveryColumnOfTheSourceTableIsInViewWithoutScrollingSideways() {
        showFightersGroupIn(1440, 900);

        TreeTableView<?> table = lookup("#sourceSummary").queryAs(TreeTableView.class);
        Waits.until(() -> table.getRoot() != null && table.getRoot().getChildren().size() == 5);
        Waits.until(() -> columnsWidth(table) <= table.getWidth());
        assertThat(table.getColumns()).extracting(TreeTableColumn::getText).contains("Review");
        assertThat(horizontalBarShown(table)).as("a sideways scroll bar under the source table").isFalse();
        assertThat(cutOff(table)).as("headings and cells that end in … at 1440 × 900").isEmpty();
    }

    @Test
    void at1024By700TheColumnsStillFitAndTheGridGoesUnderTheTable() {
        showFightersGroupIn(1024, 700);

        TreeTableView<?> table = lookup("#sourceSummary").queryAs(TreeTableView.class);
        Canvas grid = lookup("#sourceGrid").queryAs(Canvas.class);
        Waits.until(() -> table.getRoot() != null && table.getRoot().getChildren().size() == 5 && grid.getWidth() > 0);
        Waits.until(() -> columnsWidth(table) <= table.getWidth());
        assertThat(horizontalBarShown(table)).isFalse();
        Bounds tableOnScreen = table.localToScreen(table.getBoundsInLocal());
        Bounds gridOnScreen = grid.localToScreen(grid.getBoundsInLocal());
        assertThat(gridOnScreen.getMinY()).as("the grid under the table").isGreaterThanOrEqualTo(tableOnScreen.getMaxY());
    }

    @Test
    void at1024By700AllFiveSourcesOfTheFightersGroupShowInTheTableWithoutScrolling() {
        // a window opened 700 pixels tall starts with the divider above the tabs where MainWindow puts it
        interact(() -> lookup("#mainSplit").queryAs(javafx.scene.control.SplitPane.class)
                .setDividerPositions(MainWindow.mainDivider(700)));
        showFightersGroupIn(1024, 700);

        TreeTableView<?> table = lookup("#sourceSummary").queryAs(TreeTableView.class);
        Waits.until(() -> table.getRoot() != null && table.getRoot().getChildren().size() == 5);
        Waits.until(() -> lastRowInView(table) >= 4);
        assertThat(cutOff(table)).as("headings and cells that end in … at 1024 × 700").isEmpty();
        Node flow = table.lookup(".virtual-flow");
        Bounds view = flow.localToScreen(flow.getLayoutBounds());
        for (Node node : table.lookupAll(".tree-table-row-cell")) {
            javafx.scene.control.TreeTableRow<?> row = (javafx.scene.control.TreeTableRow<?>) node;
            if (row.isVisible() && row.getIndex() >= 0 && row.getIndex() < 5) {
                Bounds shown = row.localToScreen(row.getLayoutBounds());
                assertThat(shown.getMaxY()).as("the bottom of source row " + row.getIndex())
                        .isLessThanOrEqualTo(view.getMaxY() + 0.5);
            }
        }
        assertThat(lookup("#groupNote").query().isVisible()).as("an empty note gives its height to the sources").isFalse();
        assertThat(lookup("#groupAddNote").queryButton().isVisible()).isTrue();
    }

    @Test
    void at1024By700TheTabsMaximizedShowTheGridAndEveryReasonWithoutScrollingAndADoubleClickOnATabGivesTheArticleBack() {
        showFightersGroupIn(1024, 700);
        Node reading = lookup("#readingSplit").query();
        javafx.scene.control.MenuItem maximize = viewMenuItem("menuMaximizeTabs");
        assertThat(maximize.getAccelerator()).isEqualTo(Shortcut.MAXIMIZE_TABS.keys());
        interact(maximize::fire);
        Waits.until(() -> reading.getScene() == null);
        assertThat(maximize.getText()).isEqualTo("_Show the article again");

        Canvas grid = lookup("#sourceGrid").queryAs(Canvas.class);
        javafx.scene.layout.VBox why = lookup("#contradictingPairs").queryAs(javafx.scene.layout.VBox.class);
        Waits.until(() -> grid.getWidth() > 0 && why.getChildren().size() == 4); // the title and three pairs
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) ancestor(why, javafx.scene.control.ScrollPane.class);
        Waits.until(() -> {
            Bounds view = pane.localToScreen(pane.getLayoutBounds());
            return onScreenWithin(grid, view) && why.getChildren().stream().allMatch(line -> onScreenWithin(line, view));
        });
        assertThat(lastRowInView(lookup("#sourceSummary").queryAs(TreeTableView.class))).as("every source's row").isEqualTo(4);
        assertThat(lookup("#statusMessage").queryLabeled().getText()).contains("Ctrl+M");

        // a double-click on a tab's name, as in most desktop tools, gives the article back
        Node comparisonTab = lookup(".tab-header-area .tab-label").match(node -> "Comparison".equals(((javafx.scene.control.Labeled) node).getText()))
                .query();
        Point2D scene = comparisonTab.localToScene(4, 4);
        Point2D screen = comparisonTab.localToScreen(4, 4);
        interact(() -> Event.fireEvent(comparisonTab, new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, true, null)));
        Waits.until(() -> reading.getScene() != null);
        assertThat(lookup("#articleTitle").query().isVisible()).isTrue();
        assertThat(maximize.getText()).isEqualTo("_Maximize the tabs below");
    }

    private javafx.scene.control.MenuItem viewMenuItem(String id) {
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static boolean onScreenWithin(Node node, Bounds view) {
        Bounds shown = node.localToScreen(node.getLayoutBounds());
        return shown != null && shown.getMinY() >= view.getMinY() - 0.5 && shown.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static Node ancestor(Node node, Class<?> type) {
        Node at = node.getParent();
        while (at != null && !type.isInstance(at)) {
            at = at.getParent();
        }
        return at;
    }

    @Test
    void addANoteOpensTheFieldAndAWrittenNoteStaysShown() {
        showFightersGroupIn(1440, 900);
        interact(() -> lookup("#groupAddNote").queryButton().fire());
        javafx.scene.control.TextArea note = lookup("#groupNote").queryAs(javafx.scene.control.TextArea.class);
        Waits.until(note::isVisible);
        Waits.until(note::isFocused);
        interact(() -> note.setText("Check Kabulov's figure against the UN report"));
        interact(() -> lookup("#sourceSummary").query().requestFocus());
        Waits.until(() -> !note.isFocused());
        assertThat(note.isVisible()).as("a written note stays in view").isTrue();
        assertThat(lookup("#groupAddNote").queryButton().isVisible()).isFalse();
    }

    @Test
    void theStatementsTableNamesASourceWithoutAnOutletAsTheBySourceTableDoes() {
        showFightersGroupIn(1440, 900);
        javafx.scene.control.TableView<?> statements = lookup("#statementTable").queryAs(javafx.scene.control.TableView.class);
        Waits.until(() -> statements.getItems().size() == 10);
        List<Object> sources = new java.util.ArrayList<>();
        for (int i = 0; i < statements.getItems().size(); i++) {
            sources.add(statements.getColumns().get(0).getCellData(i));
        }
        assertThat(sources).contains("A  \u201cIslamic State group training\u201d", "E  \u201cISIS amasses 5,000 fighters\u201d", "D  RT")
                .doesNotContain(org.crosscheck.model.Outlets.UNKNOWN);
    }

    /** Every label in the table (headings and cells) whose shown text is not its whole text. */
    static List<String> cutOff(Node table) {
        List<String> cut = new java.util.ArrayList<>();
        for (Node node : table.lookupAll(".label, .tree-table-cell")) {
            if (node instanceof javafx.scene.control.Labeled labeled && labeled.isVisible()
                    && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Node shown = labeled.lookup(".text");
                if (shown instanceof javafx.scene.text.Text text && !text.getText().equals(labeled.getText())) {
                    cut.add(labeled.getText() + " shown as " + text.getText());
                }
            }
        }
        return cut;
    }

    /** The last of the table's first five rows that lies wholly in the table's view, or -1. */
    private static int lastRowInView(TreeTableView<?> table) {
        Node flow = table.lookup(".virtual-flow");
        if (flow == null) {
            return -1;
        }
        Bounds view = flow.localToScreen(flow.getLayoutBounds());
        int last = -1;
        for (Node node : table.lookupAll(".tree-table-row-cell")) {
            javafx.scene.control.TreeTableRow<?> row = (javafx.scene.control.TreeTableRow<?>) node;
            if (row.isVisible() && row.getItem() != null && row.getIndex() < 5
                    && row.localToScreen(row.getLayoutBounds()).getMaxY() <= view.getMaxY() + 0.5) {
                last = Math.max(last, row.getIndex());
            }
        }
        return last;
    }

    @Test
    void theGroupsButtonsReadInFullAndItsOriginsWrapInsideThePaneAtBothSizes() {
        for (double[] size : new double[][] {{1440, 900}, {1024, 700}}) {
            showFightersGroupIn(size[0], size[1]);
            Waits.until(() -> !lookup("#groupOrigins").queryLabeled().getText().isEmpty());
            for (String id : List.of("#groupAddNote", "#comparisonDetach", "#groupRename", "#groupMerge")) {
                javafx.scene.control.Button button = lookup(id).queryButton();
                Waits.until(() -> button.getWidth() >= button.prefWidth(-1) - 0.5);
            }
            javafx.scene.control.Labeled origins = lookup("#groupOrigins").queryLabeled();
            Node pane = lookup("#groupNote").query().getParent();
            Bounds inPane = pane.sceneToLocal(origins.localToScene(origins.getBoundsInLocal()));
            assertThat(inPane.getMaxX()).as("the origins line at " + size[0]).isLessThanOrEqualTo(pane.getLayoutBounds().getWidth());
            assertThat(origins.getHeight()).as("the origins line's height for its wrapped text at " + size[0]).isGreaterThanOrEqualTo(origins.prefHeight(origins.getWidth()) - 0.5);
        }
    }

    @Test
    void hoveringAGridCellSaysWhichSourcesItPairsAndWhatTheirStatementsCameTo() {
        // the headless screen is 1280 pixels wide: the pointer reaches only what is on it
        showFightersGroupIn(1280, 800);
        Canvas grid = lookup("#sourceGrid").queryAs(Canvas.class);
        Waits.until(() -> grid.getWidth() > 0);

        // the cells sit at the grid's right, under the letters; the pointer moves over it until a cell
        // answers (the events go to the grid itself: where it lies on the small headless screen varies)
        Tooltip tip = null;
        for (double y = 8; y < grid.getHeight() / 2 && tip == null; y += 8) {
            for (double x = grid.getWidth() - 8; x > grid.getWidth() / 2 && tip == null; x -= 12) {
                moveOver(grid, x, y);
                tip = (Tooltip) grid.getProperties().get("javafx.scene.control.Tooltip");
            }
        }
        assertThat(tip).as("a tooltip on a cell of the grid").isNotNull();
        assertThat(tip.getText()).contains(" × ").containsAnyOf("contradicts", "agrees", "tension",
                "changed over time", "different scope");
    }

    @Test
    void openInWindowMovesTheComparisonIntoItsOwnWindowAndPutsItBack() {
        showFightersGroupIn(1440, 900);

        interact(() -> lookup("#comparisonDetach").queryButton().fire());
        Waits.until(() -> detachedWindow() != null);
        Stage detached = detachedWindow();
        assertThat(detached.getTitle()).contains("Islamic State · fighters · Afghanistan");
        assertThat(detached.getScene().lookup("#sourceSummary")).isNotNull();
        assertThat(lookup("#comparisonAttach").tryQuery()).isPresent();

        interact(() -> lookup("#comparisonAttach").queryButton().fire());
        Waits.until(() -> detachedWindow() == null);
        Node table = lookup("#sourceSummary").query();
        assertThat(table.getScene().getWindow()).isNotEqualTo(detached);
        assertThat(table.isVisible()).isTrue();
    }

    private void showFightersGroupIn(double width, double height) {
        interact(() -> {
            Stage stage = (Stage) lookup("#libraryList").query().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        interact(() -> lookup("#bottomTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> !groups.getItems().isEmpty());
        interact(() -> groups.getSelectionModel().select(0));
        Waits.until(() -> lookup("#groupName").queryLabeled().getText().equals("Islamic State · fighters · Afghanistan"));
    }

    private void moveOver(Node node, double x, double y) {
        // a new event's x and y are in the scene: the grid takes its own from them
        Point2D scene = node.localToScene(x, y);
        Point2D screen = node.localToScreen(x, y);
        interact(() -> Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_MOVED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(),
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
    }

    private static double columnsWidth(TreeTableView<?> table) {
        return table.getColumns().stream().mapToDouble(TreeTableColumn::getWidth).sum();
    }

    private static boolean horizontalBarShown(TreeTableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(node -> node instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    private Stage detachedWindow() {
        Window main = lookup("#libraryList").query().getScene().getWindow();
        return Window.getWindows().stream()
                .filter(window -> window != main && window instanceof Stage stage && stage.isShowing()
                        && stage.getScene().lookup("#sourceSummary") != null)
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
