package io.tandem.bench.export;

import io.tandem.export.docx.DocxRenderer;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.ExportRequest;
import io.tandem.export.layout.PlanLayout;
import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.export.pptx.PptxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Measures how long export-service takes to turn a plan view into a DOCX and a PPTX: reading the view JSON,
 * laying it out and rendering the file, which is all an export does besides reading the plan from
 * query-service. The plan is a full Tier 1 plan with 200 deals by default. Each format is rendered
 * {@code --warmup} times first, so the JIT has compiled the rendering code, then {@code --iterations} times
 * measured on one thread. Next to the wall-clock times it prints the thread's CPU time, which other load on
 * the machine does not stretch.
 */
public final class ExportBench {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final List<String> OPTIONS = List.of("--deals", "--warmup", "--iterations", "--out");

    private ExportBench() {
    }

    public static void main(String[] args) {
        int deals = option(args, "--deals", 200);
        int warmup = option(args, "--warmup", 30);
        int iterations = option(args, "--iterations", 100);
        String out = textOption(args, "--out");
        String json = BenchPlanView.json(deals);
        System.out.printf("Export benchmark: Tier 1 plan with %d deals, own audience, %d warm-up and %d measured "
                + "renders per format, %d cores, max heap %d MB%n", deals, warmup, iterations,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Result docx = measure("DOCX", json, DocxRenderer::render, warmup, iterations);
        Result pptx = measure("PPTX", json, PptxRenderer::render, warmup, iterations);
        System.out.println(docx.line());
        System.out.println(pptx.line());
        if (out != null) {
            write(Path.of(out), json);
        }
    }

    /** Writes one DOCX and one PPTX of the benchmark plan, to look at or to convert to PDF. */
    private static void write(Path folder, String json) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("bench-plan.docx"), export(json, request(), DocxRenderer::render));
            Files.write(folder.resolve("bench-plan.pptx"), export(json, request(), PptxRenderer::render));
            System.out.println("Wrote bench-plan.docx and bench-plan.pptx to " + folder.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the exports to " + folder + " failed", e);
        }
    }

    private static ExportRequest request() {
        return new ExportRequest("altura", "Bench User", Audience.OWN, PlanPoint.current(),
                Instant.parse("2026-10-01T09:00:00Z"));
    }

    /**
     * One format's figures: wall-clock and CPU times per render, bytes allocated per render, the file size,
     * and the most heap in use right after a render, as MemoryMXBean reports it before the next collection.
     */
    private record Result(String format, List<Double> millis, List<Double> cpuMillis, long allocatedPerRender,
                          int size, long heapAfterRender) {

        String line() {
            return String.format("%s: p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (CPU p50 %6.1f ms)  allocated %5.1f MB "
                    + "per render  heap in use after a render: max %d MB  file %d KB", format, percentile(millis, 50),
                    percentile(millis, 99), Collections.max(millis), percentile(cpuMillis, 50),
                    allocatedPerRender / 1_048_576.0, heapAfterRender >> 20, size / 1024);
        }
    }

    /** Returns the nearest-rank percentile, such as 50 for the median. */
    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Result measure(String format, String json, Function<ExportDocument, byte[]> renderer, int warmup,
                                  int iterations) {
        ExportRequest request = request();
        int size = 0;
        for (int index = 0; index < warmup; index++) {
            size = export(json, request, renderer).length;
        }
        List<Double> millis = new ArrayList<>();
        long peakHeap = 0;
        List<Double> cpuMillis = new ArrayList<>();
        long allocated = 0;
        for (int index = 0; index < iterations; index++) {
            long allocatedBefore = allocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            size = export(json, request, renderer).length;
            millis.add((System.nanoTime() - started) / 1_000_000.0);
            cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000.0);
            allocated += allocatedBytes() - allocatedBefore;
            peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return new Result(format, millis, cpuMillis, allocated / iterations, size, peakHeap);
    }

    private static byte[] export(String json, ExportRequest request, Function<ExportDocument, byte[]> renderer) {
        return renderer.apply(PlanLayout.layOut(PlanViewReader.read(json), request));
    }

    /** Returns the bytes this thread has allocated so far, from HotSpot's thread MXBean. */
    private static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static int option(String[] args, String name, int fallback) {
        String value = textOption(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String textOption(String[] args, String name) {
        for (int index = 0; index < args.length; index += 2) {
            if (!OPTIONS.contains(args[index]) || index + 1 == args.length) {
                throw new IllegalArgumentException("Unknown or incomplete option '" + args[index] + "'; options: "
                        + "--deals N (default 200), --warmup N (30), --iterations N (100), --out FOLDER (none)");
            }
            if (args[index].equals(name)) {
                return args[index + 1];
            }
        }
        return null;
    }
}
