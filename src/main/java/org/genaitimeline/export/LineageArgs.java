package org.genaitimeline.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.Suggest;
import org.genaitimeline.figure.LineageOptions;
import org.genaitimeline.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * The options of {@code --export lineage} (a picocli mixin): the centre ({@code --select ID}),
 * {@code --depth N|all}, {@code --direction ancestors|descendants|both}, and path mode
 * ({@code --path A B}: A at the centre, the routes to B highlighted). Read into the one
 * {@link LineageOptions} record the tab and a saved view use too. Path mode between two models
 * that no route joins is no error: the centre's lineage is drawn and a note says why nothing is lit.
 */
final class LineageArgs {

    /** The deepest number {@code --depth} takes; {@code all} goes further. */
    static final int MAX_DEPTH = 99;

    @Option(names = "--select", paramLabel = "ID", descriptionKey = "cli.option.select")
    String select;

    @Option(names = "--depth", paramLabel = "N", descriptionKey = "cli.option.depth")
    String depth;

    @Option(names = "--direction", paramLabel = "DIR", descriptionKey = "cli.option.direction")
    String direction;

    @Option(names = "--path", arity = "2", paramLabel = "ID", descriptionKey = "cli.option.path")
    List<String> path = new ArrayList<>();

    /**
     * The centre and the options, checked against the catalog.
     *
     * @param viewSelection the selected model of a saved view given with {@code --view}, or null:
     *     the centre when neither {@code --select} nor {@code --path} names one
     * @param viewOptions a saved view's lineage switches (depth, direction, path), or the
     *     defaults: what the command line does not say; the view's path is kept only when its
     *     selection stays the centre
     * @throws CliException a usage error (2) without a centre or with two; invalid input (1) for
     *     an unknown id (with the nearest id, when one is close) or a bad depth or direction
     */
    Centre read(Catalog catalog, Messages messages, java.io.PrintStream notes, String viewSelection,
            LineageOptions viewOptions) {
        if (select != null && !path.isEmpty()) {
            throw CliException.usage(messages.get("cli.error.conflict", "--select", "--path"));
        }
        // A saved view's selected model is the centre unless the line names one.
        String centre = !path.isEmpty() ? path.get(0) : select != null ? select : viewSelection;
        if (centre == null) {
            throw CliException.usage(messages.get("cli.error.lineageNeedsSelect"));
        }
        String option = path.isEmpty() ? "--select" : "--path";
        Model model = known(catalog, option, centre, messages);
        LineageOptions o = viewOptions.withDepth(depth(messages, viewOptions.depth()))
                .withDirection(direction(messages, viewOptions.direction()));
        boolean viewCentre = select == null && path.isEmpty();
        if (!viewCentre) {
            o = o.withoutPath();
        } else if (o.pathTo().isPresent() && catalog.model(o.pathTo().get()).isEmpty()) {
            // The view names a model this catalog lacks: draw the tree without the path.
            o = o.withoutPath();
        }
        if (!path.isEmpty()) {
            Model other = known(catalog, "--path", path.get(1), messages);
            o = o.withPathTo(other.id());
            // Not an error: the lineage is still worth drawing, and the note says why nothing is lit.
            if (org.genaitimeline.lineage.LineageGraph.of(catalog).route(model.id(), other.id()).isEmpty()) {
                notes.println(messages.get("cli.note.noRoute", model.id(), other.id()));
            }
        }
        return new Centre(model.id(), o);
    }

    /** Whether any lineage option was given (they mean nothing to another figure or a table). */
    Optional<String> given() {
        return select != null ? Optional.of("--select") : depth != null ? Optional.of("--depth")
                : direction != null ? Optional.of("--direction") : path.isEmpty() ? Optional.empty()
                : Optional.of("--path");
    }

    private static Model known(Catalog catalog, String option, String id, Messages messages) {
        String wanted = id.strip();
        return catalog.model(wanted).orElseThrow(() -> {
            List<String> ids = catalog.models().stream().map(Model::id).toList();
            Optional<String> near = Suggest.closest(wanted, ids);
            return CliException.invalid(near.map(n -> messages.get("cli.error.unknownModelHint", option, id, n))
                    .orElseGet(() -> messages.get("cli.error.unknownModel", option, id)));
        });
    }

    private int depth(Messages messages, int fallback) {
        if (depth == null) {
            return fallback;
        }
        String v = depth.strip().toLowerCase(Locale.ROOT);
        if (v.equals("all")) {
            return LineageOptions.ALL;
        }
        try {
            int d = Integer.parseInt(v);
            if (d >= 1 && d <= MAX_DEPTH) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw QueryOptions.badValue(messages, "--depth", depth, messages.get("cli.allowed.depth", MAX_DEPTH));
    }

    private LineageOptions.Direction direction(Messages messages, LineageOptions.Direction fallback) {
        if (direction == null) {
            return fallback;
        }
        try {
            return LineageOptions.Direction.valueOf(direction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryOptions.badValue(messages, "--direction", direction, "ancestors, descendants, both");
        }
    }

    /** The checked centre and options. */
    record Centre(String id, LineageOptions options) {
    }
}
