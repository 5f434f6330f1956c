package io.tandem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tandem.export.plan.Audience;
import io.tandem.export.support.Exports;
import io.tandem.export.support.KestrelViews;
import io.tandem.export.support.PptxContent;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts a DOCX and a PPTX export to PDF with a headless LibreOffice, as a check that another office suite
 * than POI opens and lays out the files. Skipped where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficeRenderingTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    static Path folder;

    @BeforeAll
    static void requireLibreOffice() {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui and "
                + "libreoffice-impress-nogui to run this check");
    }

    @Test
    void docxConvertsToPdf() throws Exception {
        byte[] docx = Exports.docx(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3), KestrelViews.DANA,
                Audience.OWN, Exports.point(KestrelViews.Q3));

        byte[] pdf = convert("kestrel-q3.docx", docx);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void longDeckConvertsToPdf() throws Exception {
        byte[] pptx = Exports.pptx(KestrelViews.withDeals(200), KestrelViews.DANA, Audience.PARTNER,
                Exports.point(KestrelViews.Q3));
        int slides = PptxContent.parse(pptx).slides().size();

        byte[] pdf = convert("kestrel-200-deals.pptx", pptx);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(pdf)).isEqualTo(slides);
    }

    private static byte[] convert(String name, byte[] file) throws IOException, InterruptedException {
        Path input = folder.resolve(name);
        Files.write(input, file);
        Path output = folder.resolve("pdf");
        // A profile of its own, so a LibreOffice already open on this machine does not take the job over.
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", output.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not convert " + name + " within " + TIMEOUT_SECONDS + " s");
        }
        String log = Files.readString(folder.resolve(name + ".log"));
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = output.resolve(name.replaceFirst("\\.[a-z]+$", ".pdf"));
        assertThat(pdf).as(log).exists();
        return Files.readAllBytes(pdf);
    }

    /** Counts the page objects of a PDF; LibreOffice writes one {@code /Type /Page} per page. */
    private static int pages(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
