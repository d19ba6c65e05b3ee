package org.crosscheck.service;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One table as RFC 4180 CSV in UTF-8: a byte-order mark first (so Excel reads the file as UTF-8,
 * not in the computer's own encoding), a header row, lines ended by CR LF. Jackson's CSV module
 * quotes a cell that holds a comma, a quote or a line break, and doubles the quotes inside it.
 * Closing the table closes the stream.
 */
final class CsvTable implements Closeable {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final Writer writer;
    private final SequenceWriter rows;
    private final int columns;

    CsvTable(OutputStream out, List<String> header) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(writer);
        columns = header.size();
        rows.write(header.toArray(String[]::new));
    }

    /** One row, a cell per column of the header; a null cell is written empty. */
    void row(String... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i] == null ? "" : cells[i];
        }
        rows.write(cells);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
