package org.triage.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.triage.batch.Progress;

/**
 * A progress bar on stderr for a batch run: how much of the input is read (in MB, with the time left) and
 * the rows so far. It shows counts only, never anything a row holds.
 */
final class BatchProgress implements Progress {

    private static final long MB = 1_000_000;

    private final ProgressBar bar;

    BatchProgress(PrintWriter err, long inputBytes, int width) {
        PrintStream stream = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
        this.bar = new ProgressBarBuilder().setTaskName("triage batch")
                .setInitialMax(inputBytes > 0 ? inputBytes : -1)
                .setUnit(" MB", MB).setUpdateIntervalMillis(250).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream, width)).continuousUpdate().build();
    }

    @Override
    public void update(long rows, long bytesRead) {
        bar.stepTo(bytesRead);
        bar.setExtraMessage(rows + " rows");
    }

    @Override
    public void done() {
        bar.close();
    }

    /** Bytes to the injected error writer, so that the bar goes where every other message goes. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter err;

        WriterStream(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void write(int b) {
            err.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            err.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            err.flush();
        }
    }
}
