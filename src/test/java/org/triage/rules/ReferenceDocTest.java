package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the tested reference: its YAML examples parse, and every lint message it lists exists. */
class ReferenceDocTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void everyYamlExampleParses() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> blocks = blocks(Files.readString(DOC));
        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            assertThat(yaml.readTree(block)).as(block).isNotNull();
        }
    }

    @Test
    void everyLintMessageListedIsOneTheCodeGives() throws IOException {
        String doc = Files.readString(DOC);
        String lint = Files.readString(Path.of("src/main/java/org/triage/rules/lint/Lint.java"))
                .replaceAll("\"\\s*\\+\\s*\"", "");
        String section = doc.substring(doc.indexOf("### Lint warnings"));
        section = section.substring(0, section.indexOf("\n## "));
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(section);
        List<String> messages = new ArrayList<>();
        while (m.find()) {
            messages.add(m.group(1));
        }
        assertThat(messages).hasSize(7).allSatisfy(msg -> assertThat(lint).as("Lint.java").contains(msg));
    }

    private static List<String> blocks(String doc) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(doc);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
