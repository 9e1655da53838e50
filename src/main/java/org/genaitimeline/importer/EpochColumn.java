package org.genaitimeline.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of an Epoch AI export that the import reads, each by its header name (Epoch
 * adds, renames and reorders columns between versions, so positions mean nothing). Names are
 * compared trimmed and ignoring case; the first of a column's names that the file has wins.
 */
enum EpochColumn {
    NAME(true, "Model", "System"),
    ORGANIZATION(false, "Organization"),
    DATE(true, "Publication date"),
    DOMAIN(false, "Domain"),
    TASK(false, "Task"),
    PARAMETERS(false, "Parameters"),
    ACCESSIBILITY(false, "Model accessibility", "Open model weights?"),
    LINK(false, "Link"),
    REFERENCE(false, "Reference"),
    ABSTRACT(false, "Abstract"),
    BASE_MODEL(false, "Base model");

    private final boolean required;
    private final List<String> names;

    EpochColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    /** "Model or System". */
    String label() {
        return String.join(" / ", names);
    }

    /** Every column the import reads, for the refusal message: "Model / System, Organization, ...". */
    static String expected() {
        return java.util.Arrays.stream(values()).map(EpochColumn::label).collect(Collectors.joining(", "));
    }

    /**
     * Where each column is in a header. Columns the header lacks are absent from the map.
     */
    static Map<EpochColumn, Integer> locate(List<String> header) {
        List<String> folded = new ArrayList<>();
        for (String h : header) {
            folded.add(fold(h));
        }
        Map<EpochColumn, Integer> at = new EnumMap<>(EpochColumn.class);
        for (EpochColumn c : values()) {
            for (String name : c.names) {
                int i = folded.indexOf(fold(name));
                if (i >= 0) {
                    at.put(c, i);
                    break;
                }
            }
        }
        return at;
    }

    private static String fold(String header) {
        return asWritten(header).toLowerCase(Locale.ROOT);
    }

    /** A header cell as a message names it: a BOM the stream did not remove (e.g. a second one) and the spaces around dropped. */
    static String asWritten(String header) {
        return header.replace("\uFEFF", "").strip();
    }
}
