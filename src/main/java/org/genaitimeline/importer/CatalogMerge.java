package org.genaitimeline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.genaitimeline.catalog.Catalog;
import org.genaitimeline.catalog.Model;

/**
 * File > Add catalog: merges a user's catalog into the current one by id, under the same rule
 * as the Epoch import: what is already in the catalog is never overwritten.
 *
 * <ul>
 *   <li>A user model whose id the catalog already has is <em>skipped</em> and reported (not
 *       merged field by field: the book's values are the book's, and a half-merged record
 *       would have two sources). Lineage in the user's file that names such an id then
 *       points at the catalog's model of that id, which is what the user's file meant when it
 *       was valid on its own.</li>
 *   <li>A user model whose era the catalog does not have is skipped too (the user's file
 *       may bring its own eras.json; the current catalog's eras stay).</li>
 *   <li>Every other model is added with its own provenance (the user's file and line).</li>
 * </ul>
 * Pure: the catalogs are not changed, a new one is returned.
 */
public final class CatalogMerge {

    /** Why a user model was left out. */
    public enum Reason { ID_TAKEN, UNKNOWN_ERA }

    /**
     * A user model left out.
     *
     * @param model the user's model
     * @param reason why
     */
    public record Skipped(Model model, Reason reason) {
        public Skipped {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param catalog the merged catalog
     * @param added the user models that joined it
     * @param skipped the user models left out, in the user's file order
     */
    public record Result(Catalog catalog, List<Model> added, List<Skipped> skipped) {
        public Result {
            Objects.requireNonNull(catalog, "catalog");
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    private CatalogMerge() {
    }

    /**
     * @param base the current catalog
     * @param user the catalog the user adds (already validated on its own)
     * @param file the added file's name, for the merged catalog's source
     */
    public static Result add(Catalog base, Catalog user, String file) {
        List<Model> models = new ArrayList<>(base.models());
        List<Model> added = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Model> inFileOrder = new ArrayList<>(user.models());
        inFileOrder.sort(java.util.Comparator.comparingInt((Model m) -> m.provenance().line()));
        for (Model m : inFileOrder) {
            if (base.model(m.id()).isPresent()) {
                skipped.add(new Skipped(m, Reason.ID_TAKEN));
            } else if (base.era(m.era()).isEmpty()) {
                skipped.add(new Skipped(m, Reason.UNKNOWN_ERA));
            } else {
                models.add(m);
                added.add(m);
            }
        }
        return new Result(new Catalog(models, base.eras(), base.source() + " + " + file), added, skipped);
    }
}
