package io.github.ogireport.extract.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths a page paints into ruling lines: straight horizontal and vertical segments of stroked paths, and
 * filled shapes thin enough to be lines (many producers draw cell borders as thin filled rectangles). Larger filled
 * shapes (cell shading, page backgrounds) and curves are not lines. Points arrive in device-independent page space
 * (after the current transformation) and stay there until the page is done, when {@link PageFrame} maps them.
 */
final class RulingCollector {
    /** Thicker filled shapes are areas, not lines. */
    private static final float MAX_LINE_THICKNESS = 3f;
    /** Beyond this many segments a page is a drawing (a map, a chart): later paths are not read as rulings. */
    private static final int MAX_SEGMENTS = 20_000;
    private static final float AXIS_SLACK = 0.6f;

    private final List<float[]> segments = new ArrayList<>();
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;

    void moveTo(Point2D.Float p) {
        current = new ArrayList<>();
        current.add(p);
        subpaths.add(current);
    }

    void lineTo(Point2D.Float p) {
        if (current == null) {
            moveTo(p);
            return;
        }
        current.add(p);
    }

    /** A curve is no ruling: the path goes on from its end point as a new stretch. */
    void curveTo(Point2D.Float end) {
        moveTo(end);
    }

    void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    void rectangle(Point2D.Float a, Point2D.Float b, Point2D.Float c, Point2D.Float d) {
        moveTo(a);
        lineTo(b);
        lineTo(c);
        lineTo(d);
        lineTo(a);
        current = null;
    }

    void stroke() {
        for (List<Point2D.Float> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                addSegment(path.get(i - 1), path.get(i));
            }
        }
        discard();
    }

    void fill() {
        for (List<Point2D.Float> path : subpaths) {
            if (path.size() < 2) {
                continue;
            }
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (Point2D.Float p : path) {
                minX = Math.min(minX, p.x);
                maxX = Math.max(maxX, p.x);
                minY = Math.min(minY, p.y);
                maxY = Math.max(maxY, p.y);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= MAX_LINE_THICKNESS && w > h) {
                float y = (minY + maxY) / 2;
                add(minX, y, maxX, y);
            } else if (w <= MAX_LINE_THICKNESS && h > w) {
                float x = (minX + maxX) / 2;
                add(x, minY, x, maxY);
            }
        }
        discard();
    }

    void discard() {
        subpaths.clear();
        current = null;
    }

    /** The segments painted so far, each {x0, y0, x1, y1} in page space; clears the list. */
    List<float[]> takeSegments() {
        List<float[]> out = new ArrayList<>(segments);
        segments.clear();
        discard();
        return out;
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= AXIS_SLACK || Math.abs(a.x - b.x) <= AXIS_SLACK) {
            add(a.x, a.y, b.x, b.y);
        }
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (segments.size() < MAX_SEGMENTS && (Math.abs(x1 - x0) >= 1f || Math.abs(y1 - y0) >= 1f)) {
            segments.add(new float[] {x0, y0, x1, y1});
        }
    }
}
