package io.github.ogireport.cli;

import java.nio.file.Path;

/**
 * Another run, for tests: a JVM that locks an output folder as {@code batch} does, says {@code locked} on stdout,
 * and holds the lock until its stdin closes (or it is killed).
 */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]))) {
            System.out.println("locked " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold until the test lets go
            }
        }
    }
}
