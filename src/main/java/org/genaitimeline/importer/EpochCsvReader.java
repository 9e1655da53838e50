package org.genaitimeline.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;
import org.genaitimeline.catalog.FileAccess;
import org.genaitimeline.i18n.Language;

/**
 * Reads an Epoch AI export ("Notable AI Models" and its siblings) record by record with
 * Commons CSV: columns by header name (see {@link EpochColumn}), UTF-8 with or without a BOM,
 * CRLF or LF, quoted fields spanning lines. Rows with a bad date or number are skipped and
 * reported with the line they start on; a file without a name or date column is refused.
 */
public final class EpochCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Exports differ; a blank or repeated header must not sink the file. We look
            // columns up by our own folded names (EpochColumn.locate), not the parser's map.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .get();

    /**
     * Reads a file.
     *
     * @param csv the export
     * @param progress told after every record
     * @param cancelled asked before every record; when it says yes, reading stops
     * @return the table, or empty when cancelled
     * @throws ImportFailure when the file cannot be read, is not UTF-8, is not an Epoch export
     *     or is broken CSV
     */
    public Optional<EpochTable> read(Path csv, Progress progress, BooleanSupplier cancelled) throws ImportFailure {
        long total;
        InputStream raw;
        var refusal = FileAccess.refuseReading(csv);
        if (refusal.isPresent()) {
            throw failure(0, ImportProblem.Reason.REFUSED, null, refusal.get().name());
        }
        try {
            total = Files.size(csv);
            if (total > MAX_FILE_BYTES) {
                throw failure(0, ImportProblem.Reason.TOO_LARGE, null, Long.toString(total >> 20),
                        Long.toString(MAX_FILE_BYTES >> 20));
            }
            raw = Files.newInputStream(csv);
        } catch (IOException e) {
            throw failure(0, ImportProblem.Reason.UNREADABLE, e, FileAccess.reason(e).in(Language.EN));
        }
        CountingInputStream counted = new CountingInputStream(raw);
        try (InputStream in = BOMInputStream.builder().setInputStream(counted).get();
             Reader reader = new LineLengthLimit(new InputStreamReader(in, strictUtf8()), MAX_LINE_CHARS)) {
            return read(reader, progress, cancelled, counted, total);
        } catch (CharacterCodingException e) {
            throw failure(0, ImportProblem.Reason.UNREADABLE, e, "not UTF-8 text");
        } catch (LineLengthLimit.TooLong e) {
            throw failure(e.line(), ImportProblem.Reason.LINE_TOO_LONG, e, Long.toString(MAX_LINE_CHARS >> 10));
        } catch (IOException e) {
            throw failure(0, ImportProblem.Reason.UNREADABLE, e, String.valueOf(e.getMessage()));
        }
    }

    private Optional<EpochTable> read(Reader reader, Progress progress, BooleanSupplier cancelled,
            CountingInputStream counted, long total) throws IOException, ImportFailure {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            if (e.getCause() instanceof LineLengthLimit.TooLong t) {
                throw t; // the header line itself: reported by the caller with its words
            }
            throw malformed(1, e);
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            Map<EpochColumn, Integer> at = EpochColumn.locate(header);
            if (!at.containsKey(EpochColumn.NAME) || !at.containsKey(EpochColumn.DATE)) {
                throw failure(0, ImportProblem.Reason.NOT_EPOCH, null,
                        EpochColumn.expected(), header.isEmpty() ? "-" : String.join(", ", header));
            }
            int dateAt = at.get(EpochColumn.DATE);
            EpochFields.Column dateColumn = new EpochFields.Column(
                    EpochColumn.asWritten(header.get(dateAt)), dateAt + 1);
            List<EpochRow> rows = new ArrayList<>();
            List<ImportProblem> skipped = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            long done = 0;
            while (true) {
                if (cancelled.getAsBoolean()) {
                    return Optional.empty();
                }
                // The parser's line count before it reads a record is the number of line ends
                // consumed so far, so the record starts on the next line (fields may span lines).
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof CharacterCodingException c) {
                        throw failure(line, ImportProblem.Reason.UNREADABLE, c, "not UTF-8 text");
                    }
                    if (e.getCause() instanceof LineLengthLimit.TooLong t) {
                        throw failure(t.line(), ImportProblem.Reason.LINE_TOO_LONG, t,
                                Long.toString(MAX_LINE_CHARS >> 10));
                    }
                    throw malformed(line, e);
                }
                if (done >= MAX_ROWS) {
                    throw failure(line, ImportProblem.Reason.TOO_MANY_ROWS, null, Integer.toString(MAX_ROWS));
                }
                EpochFields.Parsed parsed = EpochFields.parse(line, cells(record, at), dateColumn);
                if (parsed.ok()) {
                    rows.add(parsed.row());
                }
                if (parsed.problem() != null) { // why it was skipped, or what was cleaned in it
                    skipped.add(parsed.problem());
                }
                progress.update(++done, counted.count(), total);
            }
            progress.update(done, counted.count(), total);
            return Optional.of(new EpochTable(header, rows, skipped));
        }
    }

    private static Map<EpochColumn, String> cells(CSVRecord record, Map<EpochColumn, Integer> at) {
        Map<EpochColumn, String> cells = new EnumMap<>(EpochColumn.class);
        at.forEach((column, index) -> cells.put(column, index < record.size() ? record.get(index) : ""));
        return cells;
    }

    /**
     * The largest export read: Epoch's biggest table ("All ML Systems", about 3,000 rows with
     * abstracts) is a few megabytes, so anything near this is not an Epoch export, and
     * holding its rows would exhaust memory.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** The most rows read; a hundred times Epoch's largest table. */
    static final int MAX_ROWS = 300_000;
    /** The longest physical line; Epoch's longest cell, an abstract, is a few thousand characters. */
    static final long MAX_LINE_CHARS = 1024L * 1024;

    /** UTF-8 that fails on bad bytes instead of silently replacing them with U+FFFD. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static ImportFailure malformed(int line, RuntimeException e) {
        Throwable why = e.getCause() != null ? e.getCause() : e;
        return failure(line, ImportProblem.Reason.MALFORMED, e, String.valueOf(why.getMessage()));
    }

    private static ImportFailure failure(int line, ImportProblem.Reason reason, Throwable cause, String... args) {
        return new ImportFailure(ImportProblem.of(line, reason, args), cause);
    }

    /** Counts the bytes the decoder has taken, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
