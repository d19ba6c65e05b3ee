package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.TimeScale;
import org.crosscheck.model.chart.TimelineData;
import org.crosscheck.model.chart.TimelineDrawing;
import org.crosscheck.model.chart.TimelineGeometry;
import org.crosscheck.model.chart.TimelineHitTest;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelineLayout;
import org.crosscheck.model.chart.TimelinePainter;
import org.crosscheck.model.chart.TimelinePublication;
import org.crosscheck.model.chart.TimelineText;
import org.crosscheck.model.LaneMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;

/**
 * The timeline: claims at the time they refer to, in lanes, on a zoomable time axis.
 *
 * <p>Wheel zooms about the cursor; + and − zoom about the centre, 0 fits all; dragging and the
 * arrow keys pan (up and down scroll the lanes). Hovering an item shows its quote, source and
 * dates; clicking it calls {@link #setOnItemClicked}. The data is laid out once per change (and
 * again when the zoom changes enough to alter row packing); each redraw only culls and paints.
 *
 * <p>Use from the JavaFX application thread only.
 */
public final class TimelineView extends Region {

    public static final String STYLE_CLASS = "timeline-view";
    private static final double KEY_ZOOM = 1.5;
    /** Wheel zoom per notch (a notch is 40 units of deltaY on most platforms). */
    private static final double WHEEL_ZOOM_PER_NOTCH = 1.25;
    private static final double KEY_PAN_FRACTION = 0.1;

    private final TimelineGeometry geometry = TimelineGeometry.STANDARD;
    private final TimelinePainter painter = new TimelinePainter(geometry);
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final ChartHover hover = new ChartHover(this);
    private final TimelineData data = new TimelineData();
    private TimeScale scale = new TimeScale(0, 1);
    private double scrollY;
    private boolean fitted;
    private Set<Long> highlighted = Set.of();
    private Consumer<TimelineItem> onItemClicked = item -> { };
    private double dragX;
    private double dragY;

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 100);
        setPrefSize(900, 400);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover.hide());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Shows these items and publication marks; the view fits them all on the next layout. */
    public void setData(List<TimelineItem> items, List<TimelinePublication> publications) {
        data.set(items, publications);
        fitted = false;
        relayout();
    }

    /** The colour each source keeps in the project, for its lane. */
    public void setColours(org.crosscheck.model.ColourSlots colours) {
        data.setColours(colours);
        relayout();
    }

    public void setLaneMode(LaneMode mode) {
        data.setMode(Objects.requireNonNull(mode, "mode"));
        relayout();
    }

    public LaneMode laneMode() {
        return data.mode();
    }

    /** Shows only the items that pass; lanes close up around the rest. */
    public void setFilter(Predicate<TimelineItem> filter) {
        data.setFilter(filter == null ? item -> true : filter);
        relayout();
    }

    /** Outlines these claims and dims the others; an empty set shows all alike. */
    public void highlight(Set<Long> claimIds) {
        highlighted = claimIds == null ? Set.of() : Set.copyOf(claimIds);
        redraw();
    }

    public void setOnItemClicked(Consumer<TimelineItem> handler) {
        onItemClicked = handler == null ? item -> { } : handler;
    }

    /** Items whose time is unknown, for the host to list beside the timeline. */
    public List<TimelineItem> unplaced() {
        return data.layout(scale).unplaced();
    }

    /** The hover tooltip; its text is the hovered item's quote, source and dates. */
    public javafx.scene.control.Tooltip hoverTooltip() {
        return hover.tooltip();
    }

    public TimeScale scale() {
        return scale;
    }

    public TimelineLayout currentLayout() {
        return data.layout(scale);
    }

    /** Shows every placed item and publication, with a small margin. */
    public void fitAll() {
        scale = data.fittedScale(scale, geometry.plotWidth(width()), TimelineDrawing.MARGIN);
        scrollY = 0;
        fitted = true;
        redraw();
    }

    public void zoomBy(double factor, double plotX) {
        scale = scale.zoomAbout(plotX, factor);
        redraw();
    }

    public void pan(double dx, double dy) {
        scale = scale.pan(dx);
        scrollY = clampScroll(scrollY - dy);
        redraw();
    }

    /** The view as it is now, at its size. */
    public WritableImage snapshotImage() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }

    /**
     * Draws the items off-screen, fitted to {@code width} × {@code height} (in points) at
     * {@code scale} pixels per point (2 or more for print). FX thread only.
     */
    public static WritableImage render(List<TimelineItem> items, List<TimelinePublication> publications,
                                       LaneMode mode, double width, double height, double scale) {
        return OffscreenCanvas.render(TimelineDrawing.fitted(items, publications, mode, width, height), scale);
    }

    /** Draws what the view shows now (same zoom, pan and highlights) off-screen at another size. */
    public WritableImage renderCurrent(double width, double height, double pixelScale) {
        TimelineLayout layout = data.layout(scale);
        return OffscreenCanvas.render(width, height, pixelScale, surface ->
                new TimelinePainter(geometry).paint(surface, layout, scale, scrollY, highlighted, width, height));
    }

    @Override
    protected void layoutChildren() {
        double width = width();
        double height = height();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        if (!fitted && width > geometry.gutterWidth()) {
            fitAll();
        } else {
            redraw();
        }
    }

    void redraw() {
        TimelineLayout layout = data.layout(scale);
        scrollY = clampScroll(scrollY);
        painter.paint(surface, layout, scale, scrollY, highlighted, width(), height());
    }

    private void relayout() {
        if (!fitted && width() > geometry.gutterWidth()) {
            fitAll();
        } else {
            redraw();
        }
    }

    private PlacedItem itemAt(double x, double y) {
        return TimelineHitTest.find(data.layout(scale), scale, geometry, scrollY, x, y).orElse(null);
    }

    private void onScroll(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            double factor = Math.pow(WHEEL_ZOOM_PER_NOTCH, event.getDeltaY() / 40);
            zoomBy(factor, event.getX() - geometry.gutterWidth());
        } else if (event.getDeltaX() != 0) {
            pan(event.getDeltaX(), 0);
        }
        event.consume();
    }

    private void onMoved(MouseEvent event) {
        PlacedItem item = itemAt(event.getX(), event.getY());
        Optional<Lane> lane = item != null ? Optional.empty()
                : TimelineHitTest.laneAt(data.layout(scale), geometry, scrollY, event.getX(), event.getY());
        if (item != null) {
            hover.show(event, item.item(), TimelineText.tooltip(item.item()));
        } else if (lane.isPresent()) {
            hover.show(event, lane.get(), lane.get().detail()); // a lane named by its outlet: its article's title
        } else {
            hover.hide();
        }
    }

    private void onPressed(MouseEvent event) {
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        hover.hide();
    }

    private void onDragged(MouseEvent event) {
        pan(event.getX() - dragX, event.getY() - dragY);
        dragX = event.getX();
        dragY = event.getY();
    }

    private void onClicked(MouseEvent event) {
        if (event.isStillSincePress()) {
            PlacedItem item = itemAt(event.getX(), event.getY());
            if (item != null) {
                onItemClicked.accept(item.item());
            }
        }
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        double centre = geometry.plotWidth(width()) / 2;
        double step = geometry.plotWidth(width()) * KEY_PAN_FRACTION;
        switch (code) {
            case PLUS, ADD, EQUALS -> zoomBy(KEY_ZOOM, centre);
            case MINUS, SUBTRACT -> zoomBy(1 / KEY_ZOOM, centre);
            case DIGIT0, NUMPAD0 -> fitAll();
            case LEFT -> pan(step, 0);
            case RIGHT -> pan(-step, 0);
            case UP -> pan(0, geometry.rowHeight() * 3);
            case DOWN -> pan(0, -geometry.rowHeight() * 3);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private double clampScroll(double wanted) {
        return Math.max(0, Math.min(wanted, geometry.maxScroll(data.layout(scale), height())));
    }

    private double width() {
        return getWidth();
    }

    private double height() {
        return getHeight();
    }
}
