package io.tandem.export.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every part of an Office file as text: the XML of the body, notes, charts and document properties, and the
 * parts of packages embedded in it (a chart's workbook), with XML character references resolved.
 */
public final class PackageParts {

    private PackageParts() {
    }

    /** Returns the text of every part by its path, such as {@code ppt/charts/chart1.xml}. */
    public static Map<String, String> of(byte[] file) {
        Map<String, String> parts = new LinkedHashMap<>();
        read(file, "", parts);
        return parts;
    }

    private static void read(byte[] file, String prefix, Map<String, String> parts) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = zip.readAllBytes();
                String name = prefix + entry.getName();
                if (isZip(content)) {
                    read(content, name + "!/", parts);
                } else {
                    parts.put(name, unescape(new String(content, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
