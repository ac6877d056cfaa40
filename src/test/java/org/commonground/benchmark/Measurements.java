package org.commonground.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/** Times a piece of server work many times and reports median, p90 and max, with the machine. */
final class Measurements {

    record Figure(String scenario, int runs, double medianMs, double p90Ms, double maxMs) {}

    private final List<Figure> figures = new ArrayList<>();

    /** Runs {@code work} warm-up times untimed, then {@code runs} times timed; the int is the run number. */
    Figure measure(String scenario, int warmup, int runs, IntConsumer work) {
        return measure(scenario, warmup, runs, i -> {}, work);
    }

    /** As above, with {@code before} run untimed ahead of each run (setting up what the timed work meets). */
    Figure measure(String scenario, int warmup, int runs, IntConsumer before, IntConsumer work) {
        for (int i = 0; i < warmup; i++) {
            before.accept(i);
            work.accept(i);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            before.accept(i);
            long start = System.nanoTime();
            work.accept(i);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        Figure figure =
                new Figure(scenario, runs, millis[runs / 2], millis[(int) Math.ceil(runs * 0.9) - 1], millis[runs - 1]);
        figures.add(figure);
        System.out.printf(
                "%-55s median %7.2f ms   p90 %7.2f ms   max %7.2f ms%n",
                scenario, figure.medianMs(), figure.p90Ms(), figure.maxMs());
        return figure;
    }

    /** Writes the figures as a Markdown table under target/benchmarks and returns the text. */
    String report(String title, String database, String scale) {
        StringBuilder text = new StringBuilder();
        text.append("### ")
                .append(title)
                .append(" — ")
                .append(database)
                .append(", ")
                .append(LocalDate.now())
                .append("\n\n")
                .append("Scale: ")
                .append(scale)
                .append("  \nMachine: ")
                .append(machine())
                .append("\n\n| scenario | runs | median ms | p90 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            text.append(String.format(
                    "| %s | %d | %.2f | %.2f | %.2f |%n", f.scenario(), f.runs(), f.medianMs(), f.p90Ms(), f.maxMs()));
        }
        try {
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(
                    out.resolve(title.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + database + ".md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
        return text.toString();
    }

    static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB RAM")
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // Not Linux: the report still has the JVM's view.
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", Java "
                + System.getProperty("java.version") + " ("
                + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }
}
