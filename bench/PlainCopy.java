import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;

/** The baseline for bench/batch.sh: read a CSV and write it back with the same library, nothing else. */
public class PlainCopy {
    public static void main(String[] args) throws Exception {
        long rows = 0;
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Path.of(args[0]));
             CsvWriter out = CsvWriter.builder().build(Path.of(args[1]))) {
            for (CsvRecord r : in) {
                out.writeRecord(r.getFields());
                rows++;
            }
        }
        System.err.println(rows + " records copied");
    }
}
