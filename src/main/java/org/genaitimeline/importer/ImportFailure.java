package org.genaitimeline.importer;

/** A file the import refuses as a whole (not an Epoch export, unreadable, broken CSV). */
public final class ImportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    ImportFailure(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
