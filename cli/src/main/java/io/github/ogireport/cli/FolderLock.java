package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output folder: a run holds an operating-system lock on {@code DIR/.lock} while it writes. The
 * system releases the lock when the process ends, however it ends, so a lock left by a killed run never blocks the
 * next one; the process id written in the file only says which run holds it (or held it, when it did not finish).
 * The file itself stays: deleting it while another run opens it would let two runs lock two different files.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final long unfinishedPid;

    private FolderLock(FileChannel channel, FileLock lock, long unfinishedPid) {
        this.channel = channel;
        this.lock = lock;
        this.unfinishedPid = unfinishedPid;
    }

    /** Another run holds the folder. */
    static final class InUse extends Exception {
        private static final long serialVersionUID = 1L;

        InUse(Path folder, String pid) {
            super(folder + " is in use by another run (" + (pid.isEmpty() ? "pid not known: it is starting or ending"
                    : "pid " + pid) + "): wait for it to finish, or give another --out");
        }
    }

    /**
     * Locks a folder for this process.
     *
     * @throws InUse when another run holds it; the folder is not changed
     */
    static FolderLock acquire(Path folder) throws IOException, InUse {
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, by another run started in it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        String previous = read(channel);
        if (lock == null) {
            try {
                // the holder writes its pid just after it locks: a run started at the same moment waits for it
                for (int i = 0; i < 100 && previous.isEmpty(); i++) {
                    Thread.sleep(20);
                    previous = read(channel);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                channel.close();
            }
            throw new InUse(folder, previous);
        }
        long pid = ProcessHandle.current().pid();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        long unfinished = -1;
        try {
            unfinished = previous.isEmpty() ? -1 : Long.parseLong(previous);
        } catch (NumberFormatException e) {
            // not a process id: not written by a run, so no run to speak of
        }
        return new FolderLock(channel, lock, unfinished);
    }

    /**
     * The process id of an earlier run that held the folder and did not finish (killed, or its machine stopped), or
     * -1: a run that finishes empties the file before it lets go.
     */
    long unfinishedPid() {
        return unfinishedPid;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64);
        int n = channel.read(b, 0);
        return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
    }

    /** Lets go of the folder: the file is emptied, so the next run knows this one finished. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
