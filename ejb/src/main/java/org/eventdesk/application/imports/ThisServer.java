package org.eventdesk.application.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

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

    private static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.writeString(
                        file, UUID.randomUUID().toString(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException kept) {
                // Made by an earlier start: keep it.
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The server's id could not be kept in " + file + ": " + e.getMessage(), e);
        }
    }
}
