package io.github.ogireport.extract.word;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a Word document is inside a field. A field has an instruction ({@code HYPERLINK "http://…"},
 * {@code PAGE}, {@code MERGEFIELD 名称}) and a result, the text Word shows; fields nest. Only results are text
 * of the report, and not the results of page-number fields, which are page furniture wherever they stand.
 * In a .docx the parts are marked by {@code w:fldChar} begin, separate and end; in a .doc by the characters
 * {@code \u0013}, {@code \u0014} and {@code \u0015}.
 */
final class WordFields {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Deeper nesting than this is damage, not a document: further begins are ignored. */
    private static final int MAX_NESTING = 64;

    private final Deque<Field> open = new ArrayDeque<>();

    /** Whether an instruction is a page-number field's. */
    static boolean isPageNumber(String instruction) {
        return instruction != null && PAGE_NUMBER.matcher(instruction).find();
    }

    /** A .docx field mark: {@code begin}, {@code separate} or {@code end}. */
    void mark(String type) {
        switch (type) {
            case "begin" -> begin();
            case "separate" -> separate();
            case "end" -> end();
            default -> {
                // an unknown mark type: ignore it as Word does
            }
        }
    }

    void begin() {
        if (open.size() < MAX_NESTING) {
            open.push(new Field());
        }
    }

    void separate() {
        if (!open.isEmpty() && !open.peek().showingResult) {
            Field f = open.peek();
            f.showingResult = true;
            // the instruction is complete here: decide once, not again for every character of the result
            f.pageNumber = isPageNumber(f.instruction.toString());
        }
    }

    void end() {
        if (!open.isEmpty()) {
            open.pop();
        }
    }

    /** Instruction text of the innermost field. */
    void instruction(String text) {
        if (!open.isEmpty() && !open.peek().showingResult) {
            open.peek().instruction.append(text);
        }
    }

    /** Whether text at this point is shown: outside fields, or in results that are not page numbers. */
    boolean showing() {
        for (Field f : open) {
            if (!f.showingResult || f.pageNumber) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a .doc without its field instructions and marks, keeping the results.
     *
     * @param raw text as HWPF gives it, with {@code \u0013 instruction \u0014 result \u0015}
     */
    String strip(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> begin();
                case '\u0014' -> separate();
                case '\u0015' -> end();
                default -> {
                    if (showing()) {
                        b.append(c);
                    } else {
                        instruction(String.valueOf(c));
                    }
                }
            }
        }
        return b.toString();
    }

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean showingResult;
        boolean pageNumber;
    }
}
