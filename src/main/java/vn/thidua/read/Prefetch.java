package vn.thidua.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.Rows;

/**
 * Parses a sheet on its own thread while the caller checks the rows already parsed: on a big sheet
 * the XML parse and the checks are about equal halves, and the machine has two cores. Rows travel
 * in batches, so the threads meet once per batch, not once per row.
 */
final class Prefetch implements Rows, AutoCloseable {
  private static final int BATCH = 512;
  private static final List<RawRow> END = new ArrayList<>();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
  private final Thread producer;
  private volatile boolean closed;
  private Iterator<RawRow> current = List.<RawRow>of().iterator();
  private boolean done;

  Prefetch(Rows source, String name) {
    producer =
        new Thread(
            () -> {
              Object last = END;
              try {
                List<RawRow> batch = new ArrayList<>(BATCH);
                while (!closed && source.hasNext()) {
                  batch.add(source.next());
                  if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                  }
                }
                put(batch);
              } catch (ReadException | RuntimeException | StackOverflowError e) {
                // Handed to the reading thread, which would otherwise wait for rows forever.
                last = e;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              try {
                put(last);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "thidua-read-" + name);
    producer.setDaemon(true);
    producer.start();
  }

  private void put(Object o) throws InterruptedException {
    while (!closed) {
      if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  @Override
  public boolean hasNext() throws ReadException {
    while (!current.hasNext() && !done) {
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (next == END) {
        done = true;
      } else if (next instanceof ReadException e) {
        done = true;
        // Rethrown on the caller's thread, so the file is reported like any unreadable one.
        throw new ReadException(e.key(), e.args(), e);
      } else if (next instanceof RuntimeException e) {
        done = true;
        throw e;
      } else if (next instanceof StackOverflowError e) {
        done = true;
        throw e;
      } else {
        @SuppressWarnings("unchecked")
        List<RawRow> batch = (List<RawRow>) next;
        current = batch.iterator();
      }
    }
    return current.hasNext();
  }

  @Override
  public RawRow next() throws ReadException {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Stops the parsing thread (the table ended early) and waits for it to let go of the file. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    try {
      producer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
