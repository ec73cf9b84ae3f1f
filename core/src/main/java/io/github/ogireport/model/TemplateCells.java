package io.github.ogireport.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Every cell of a template, as an immutable map in contract key order ({@link CellKeys#of(TemplateVersion)}). The
 * values are an array by key position: a report has some 200 cells, and building, copying and writing them this
 * way needs no hashing; {@link #at(int)} reads a cell by position.
 */
public final class TemplateCells extends AbstractMap<String, CellValue> {
    private final TemplateVersion template;
    private final List<String> keys;
    private final CellValue[] values;

    private TemplateCells(TemplateVersion template, CellValue[] values) {
        this.template = template;
        this.keys = CellKeys.of(template);
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(template.label() + " has " + keys.size() + " cells, not "
                    + values.length);
        }
        this.values = values.clone();
    }

    /**
     * The cells of a template.
     *
     * @param template the template
     * @return the cells
     * @param values the value of each key of {@link CellKeys#of(TemplateVersion)}, in that order (copied)
     */
    public static TemplateCells of(TemplateVersion template, CellValue[] values) {
        return new TemplateCells(Objects.requireNonNull(template, "template"), values);
    }

    /** {@return the template whose keys these are} */
    public TemplateVersion template() {
        return template;
    }

    /**
     * The cell at a position of {@link CellKeys#of(TemplateVersion)}.
     *
     * @param position 0 to the number of cells less one
     * @return the cell there
     */
    public CellValue at(int position) {
        return values[position];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String k && CellKeys.position(template, k) >= 0;
    }

    @Override
    public CellValue get(Object key) {
        int p = key instanceof String k ? CellKeys.position(template, k) : -1;
        return p < 0 ? null : values[p];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super CellValue> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(keys.get(i), values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, CellValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, CellValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, CellValue> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys.get(i), values[i]);
                    }
                };
            }
        };
    }
}
