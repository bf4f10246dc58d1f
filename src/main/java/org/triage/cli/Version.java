package org.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from the build. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/triage-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"triage " + p.getProperty("version", "unknown")};
    }
}
