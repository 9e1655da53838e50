package org.genaitimeline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.genaitimeline.catalog.CatalogLoader;
import org.genaitimeline.catalog.LoadResult;
import org.genaitimeline.catalog.Problem;

/**
 * Bytes allocated by one load and one {@code --validate} of a catalog file, and the heap the
 * loaded catalog keeps, read from the JVM's own counters: what {@code -prof gc} of
 * {@link CatalogLoadBench} tells, for a machine without JMH (it needs only the app's classes).
 * Each figure is the median of {@code RUNS} runs after as many warm-up runs.
 *
 * <p>{@code java -cp target/classes:DEPENDENCIES:BENCH_CLASSES org.genaitimeline.bench.LoadMemoryProbe FILE [RUNS]}
 */
public final class LoadMemoryProbe {

    private LoadMemoryProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CatalogLoader loader = new CatalogLoader();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] load = new long[runs];
        long[] validate = new long[runs];
        long[] kept = new long[runs];
        for (int i = -runs; i < runs; i++) {
            long before = threads.getThreadAllocatedBytes(thread);
            List<Problem> problems = loader.validate(List.of(file));
            long between = threads.getThreadAllocatedBytes(thread);
            long empty = usedAfterGc();
            LoadResult result = loader.load(file);
            long after = threads.getThreadAllocatedBytes(thread);
            long full = usedAfterGc();
            if (!problems.isEmpty() || !result.isOk()) {
                throw new IllegalStateException("the file has problems: " + problems);
            }
            if (i >= 0) {
                validate[i] = between - before;
                load[i] = after - between;
                kept[i] = full - empty;
            }
            result = null;
        }
        System.out.printf("%s: validate allocates %d MB, load allocates %d MB, the loaded catalog keeps %d MB%n",
                file, median(validate) >> 20, median(load) >> 20, median(kept) >> 20);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
