import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The baseline for bench/batch.sh: read a CSV and write it back with the same library, nothing else. Prints the
 * rows and the rows per second from opening the input to closing the output, as {@code triage batch} does.
 */
public class PlainCopy {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Path.of(args[0]));
             CsvWriter out = CsvWriter.builder().build(Path.of(args[1]))) {
            for (CsvRecord r : in) {
                out.writeRecord(r.getFields());
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "plain copy: %d rows in %.2f s (%d rows/s)%n", rows, seconds,
                Math.round(rows / seconds));
    }
}
