package org.genaitimeline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a compact, valid catalog of generated models ({@code schemaVersion} 2, one model a
 * line, about 240 bytes each) for the loading benchmark and the memory figures in
 * docs/PERFORMANCE.md: dates inside their era, a developer from a short list, half of the
 * models building on an earlier one, a Chinese summary so the text is not all ASCII.
 *
 * <p>{@code java -cp target/benchmarks.jar org.genaitimeline.bench.LargeCatalogFile OUT.json 50000}
 * (the models count may instead be {@code 64MiB}: as many as stay under that size). A third
 * argument {@code minimal} writes the fewest bytes a valid model can have (about 150, no
 * lineage, one-letter texts): the most models, and so the most memory, a file of a given
 * size can ask for.
 */
public final class LargeCatalogFile {

    private static final String[][] ERAS = {
        {"foundations", "1985", "2013"}, {"vae-gan", "2014", "2017"}, {"transformer", "2018", "2019"},
        {"big-models", "2020", "2023"}, {"after-book", "2024", "2030"}};
    private static final String[] FAMILIES = {"vae", "gan", "autoregressive", "flow", "energy-diffusion", "multimodal",
        "general", "other"};
    private static final String[] KINDS = {"llm", "text-to-image", "image", "text", "code", "music", "audio", "video"};

    private LargeCatalogFile() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String count = args.length > 1 ? args[1] : "50000";
        boolean minimal = args.length > 2 && args[2].equals("minimal");
        if (count.endsWith("MiB")) {
            long bytes = Long.parseLong(count.substring(0, count.length() - 3)) * 1024 * 1024;
            write(out, Integer.MAX_VALUE, bytes, minimal);
        } else {
            write(out, Integer.parseInt(count), Long.MAX_VALUE, minimal);
        }
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    /** A catalog of {@code models} models, or fewer so that the file stays under {@code maxBytes}. */
    public static Path write(Path out, int models, long maxBytes) {
        return write(out, models, maxBytes, false);
    }

    private static Path write(Path out, int models, long maxBytes, boolean minimal) {
        Random random = new Random(13);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String head = "{\"schemaVersion\":2,\"models\":[\n";
            String tail = "\n]}\n";
            w.write(head);
            long size = head.length() + tail.length();
            for (int i = 0; i < models; i++) {
                String m = minimal ? minimal(i) : model(i, random);
                long length = m.getBytes(StandardCharsets.UTF_8).length + (i == 0 ? 0 : 2);
                if (size + length > maxBytes) {
                    break;
                }
                w.write(i == 0 ? m : ",\n" + m);
                size += length;
            }
            w.write(tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String minimal(int i) {
        return "{\"id\":\"m" + i + "\",\"name\":\"M\",\"date\":\"2018\",\"era\":\"transformer\",\"developer\":[\"L\"],"
                + "\"family\":\"gan\",\"kind\":\"llm\",\"parameters\":null,\"openSource\":true,"
                + "\"summary\":{\"en\":\"s\",\"zh\":\"s\"}}";
    }

    private static String model(int i, Random random) {
        String[] era = ERAS[random.nextInt(ERAS.length)];
        int from = Integer.parseInt(era[1]);
        int year = from + random.nextInt(Integer.parseInt(era[2]) - from + 1);
        String date = String.format("%d-%02d", year, 1 + random.nextInt(12));
        StringBuilder s = new StringBuilder(256);
        s.append("{\"id\":\"m-").append(i).append("\",\"name\":\"Model ").append(i)
                .append("\",\"date\":\"").append(date).append("\",\"era\":\"").append(era[0])
                .append("\",\"developer\":[\"Lab ").append(random.nextInt(200)).append("\"],\"family\":\"")
                .append(FAMILIES[random.nextInt(FAMILIES.length)]).append("\",\"kind\":\"")
                .append(KINDS[random.nextInt(KINDS.length)]).append("\",\"parameters\":")
                .append(random.nextBoolean() ? "null" : String.valueOf(1_000_000L + random.nextInt(1_000_000_000)))
                .append(",\"openSource\":").append(random.nextBoolean())
                .append(",\"summary\":{\"en\":\"A generated model, number ").append(i)
                .append(".\",\"zh\":\"生成的模型，第 ").append(i).append(" 个。\"}");
        if (i > 0 && random.nextBoolean()) {
            s.append(",\"buildsOn\":[\"m-").append(random.nextInt(i)).append("\"]");
        }
        return s.append('}').toString();
    }
}
