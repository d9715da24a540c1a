package org.eventdesk.application.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eventdesk.domain.interchange.ArchiveImport;

/**
 * This server among the servers that share the database: a random id it keeps in its data directory, beside the
 * uploads it keeps there, so it stays the same over restarts for as long as the files do. The host's name would
 * not do: two servers on one host share it, and a container gets a new one when it is made anew.
 */
final class ThisServer {
    private static volatile String id;

    private ThisServer() {}

    static String id() {
        String known = id;
        if (known == null) {
            synchronized (ThisServer.class) {
                if (id == null) {
                    id = readOrCreate(ArchiveImportService.uploads().resolve("server-id"));
                }
                known = id;
            }
        }
        return known;
    }

    /**
     * The id kept in the file, or a new one written there. Written beside it and moved into place in one step, so
     * that a server stopped in the middle leaves no empty id behind; one found empty anyway is replaced.
     */
    private static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!kept.isEmpty() && kept.length() <= ArchiveImport.MAX_SERVER_ID) {
                    return kept;
                }
            }
            String id = UUID.randomUUID().toString();
            Path written = Files.writeString(
                    Files.createTempFile(file.getParent(), "server-id", ".new"), id, StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("The server's id could not be kept in " + file + ": " + e.getMessage(), e);
        }
    }
}
