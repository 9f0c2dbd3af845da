package fr.tandem.school.model;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** How far a running import has gone, read by the page that shows a progress bar. */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();

    public void start(int lines) {
        total = lines;
        done.set(0);
    }

    public void advance(int lines) {
        done.addAndGet(lines);
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    /** 0 to 100. */
    public int percent() {
        int all = total;
        return all == 0 ? 0 : Math.min(100, done.get() * 100 / all);
    }
}
