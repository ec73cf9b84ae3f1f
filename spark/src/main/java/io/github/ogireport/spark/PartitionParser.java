package io.github.ogireport.spark;

import io.github.ogireport.model.AnnualReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The work of one partition: one parser for all its documents, each document read from its Hadoop file system
 * and parsed on its own, one at a time, and turned into a row as it is asked for (a partition's reports are
 * never all in memory). Manifest lines are resolved here: a folder is walked, a path that cannot be read is a
 * FAILED row like any other input that cannot be read. A zip archive of inputs gives a row per member.
 */
final class PartitionParser implements FlatMapFunction<Iterator<InputRef>, Row> {
    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final ParseOptions options;
    private final DocumentParser.Factory parsers;

    PartitionParser(HadoopConf conf, ParseOptions options, DocumentParser.Factory parsers) {
        this.conf = conf;
        this.options = options;
        this.parsers = parsers;
    }

    @Override
    public Iterator<Row> call(Iterator<InputRef> inputs) {
        Configuration hadoop = conf.get();
        DocumentTask task = new DocumentTask(parsers.create(options.maxBytes()), hadoop, options);
        Iterator<InputRef> files = new Resolved(inputs, hadoop);
        return new Iterator<>() {
            private Iterator<AnnualReport> reports = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!reports.hasNext() && files.hasNext()) {
                    reports = task.reports(files.next());
                }
                return reports.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ReportRows.toRow(reports.next(), options.details());
            }
        };
    }

    /** The inputs with every manifest line replaced by the files it names. */
    private static final class Resolved implements Iterator<InputRef> {
        private final Iterator<InputRef> inputs;
        private final Configuration conf;
        private Iterator<InputRef> current = Collections.emptyIterator();

        Resolved(Iterator<InputRef> inputs, Configuration conf) {
            this.inputs = inputs;
            this.conf = conf;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && inputs.hasNext()) {
                current = resolve(inputs.next());
            }
            return current.hasNext();
        }

        @Override
        public InputRef next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private Iterator<InputRef> resolve(InputRef input) {
            if (input.resolved()) {
                return Collections.singletonList(input).iterator();
            }
            try {
                return InputListing.under(input.name(), conf);
            } catch (Exception e) {
                // a missing or malformed path in the manifest: an input that cannot be read, not a failed job
                return Collections.singletonList(InputRef.unlistable(input.name(), e)).iterator();
            }
        }
    }
}
