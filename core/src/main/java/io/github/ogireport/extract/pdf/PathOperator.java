package io.github.ogireport.extract.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * The path operators of a content stream ({@code m l c v y h re} to build, {@code S s f F f* B B* b b* n} to
 * paint), fed to a {@link RulingCollector}. The text stripper does not process them; registering them on the
 * glyph collector reads lines and glyphs in one pass over each content stream instead of two.
 */
final class PathOperator extends OperatorProcessor {
    /** Every operator name this class handles. */
    static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B",
            "B*", "b", "b*", "n");

    private final String name;
    private final RulingCollector rulings;

    PathOperator(PDFStreamEngine context, String name, RulingCollector rulings) {
        super(context);
        this.name = name;
        this.rulings = rulings;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        switch (name) {
            case "m" -> {
                if (numbers(operands, 2)) {
                    rulings.moveTo(point(operands, 0));
                }
            }
            case "l" -> {
                if (numbers(operands, 2)) {
                    rulings.lineTo(point(operands, 0));
                }
            }
            case "c" -> {
                if (numbers(operands, 6)) {
                    rulings.curveTo(point(operands, 4));
                }
            }
            case "v", "y" -> {
                if (numbers(operands, 4)) {
                    rulings.curveTo(point(operands, 2));
                }
            }
            case "h" -> rulings.closePath();
            case "re" -> {
                if (numbers(operands, 4)) {
                    float x = value(operands, 0);
                    float y = value(operands, 1);
                    float w = value(operands, 2);
                    float h = value(operands, 3);
                    PDFStreamEngine c = getContext();
                    rulings.rectangle(c.transformedPoint(x, y), c.transformedPoint(x + w, y),
                            c.transformedPoint(x + w, y + h), c.transformedPoint(x, y + h));
                }
            }
            case "S" -> rulings.stroke();
            case "s" -> {
                rulings.closePath();
                rulings.stroke();
            }
            case "f", "F", "f*" -> rulings.fill();
            case "B", "B*", "b", "b*" -> {
                // filled and stroked: the outline is a ruling in any case
                rulings.stroke();
            }
            default -> rulings.discard(); // n: a clipping path, not painted
        }
    }

    @Override
    public String getName() {
        return name;
    }

    private Point2D.Float point(List<COSBase> operands, int i) {
        return getContext().transformedPoint(value(operands, i), value(operands, i + 1));
    }

    private static float value(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    private static boolean numbers(List<COSBase> operands, int n) {
        if (operands.size() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }
}
