package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Finds the numbered section headings of a report, by text and by order. */
public final class SectionFinder {
    /** Longer lines are prose that happens to start with a numeral, unless the heading words open them. */
    private static final int MAX_HEADING_LENGTH = 40;

    private SectionFinder() {
    }

    /** The six headings of the 2019/2021 format that are present, in document order. */
    public static List<FoundSection> find(DocumentText doc) {
        List<FoundSection> found = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int next = 1;
        for (int b = 0; b < blocks.size() && next <= 6; b++) {
            Cancellation.check();
            if (!startsWithNumeral(doc.norm(b))) {
                continue; // most lines: no heading pattern can match
            }
            Block block = blocks.get(b);
            String line = block.cells().get(0).strip();
            String norm = doc.firstCellNorm(b);
            for (SectionHeading h : SectionHeading.ALL) {
                if (h.number < next) {
                    continue;
                }
                Matcher m = h.pattern.matcher(norm);
                if (m.find()) {
                    found.add(heading(h.number, line, b, block));
                    next = h.number + 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Numbered part headings of any kind ({@code 一、概述} … {@code 八、其他需要报告的事项}), taken in increasing
     * numeral order: for reports before 2019, whose parts differ from the national six.
     */
    public static List<FoundSection> findGeneric(DocumentText doc) {
        List<FoundSection> found = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int next = 1;
        for (int b = 0; b < blocks.size(); b++) {
            if (!startsWithNumeral(doc.norm(b))) {
                continue;
            }
            Block block = blocks.get(b);
            String line = block.cells().get(0).strip();
            Matcher m = SectionHeading.GENERIC.matcher(doc.firstCellNorm(b));
            if (!block.row() && line.length() <= MAX_HEADING_LENGTH && m.find() && numeral(m.group(1)) == next) {
                found.add(new FoundSection(next, line, b, ""));
                next++;
            }
        }
        return found;
    }

    private static boolean startsWithNumeral(String norm) {
        return !norm.isEmpty() && "一二三四五六七八九十".indexOf(norm.charAt(0)) >= 0;
    }

    private static FoundSection heading(int number, String line, int b, Block block) {
        if (line.length() <= MAX_HEADING_LENGTH || block.row()) {
            return new FoundSection(number, line, b, "");
        }
        // a heading run together with its first paragraph: cut at the first sentence mark
        int cut = indexOfAny(line, "。，,:：；");
        if (cut > 0 && cut <= MAX_HEADING_LENGTH) {
            return new FoundSection(number, line.substring(0, cut).strip(), b, line.substring(cut + 1).strip());
        }
        return new FoundSection(number, line.substring(0, Math.min(line.length(), 20)), b, line.substring(20).strip());
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a Chinese numeral from 一 to 九十九. */
    static int numeral(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
