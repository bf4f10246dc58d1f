package org.triage.batch;

/** Told how far a batch run has come, on the thread that reads the input. */
public interface Progress {

    Progress NONE = new Progress() {
        public void update(long rows, long bytesRead) {
        }

        public void done() {
        }
    };

    /** Rows read so far, and how many bytes of the input they took. */
    void update(long rows, long bytesRead);

    void done();
}
