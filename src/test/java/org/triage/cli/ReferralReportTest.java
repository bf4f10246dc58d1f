package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.Technique;

/**
 * How a referral is reported when referral rules of several urgencies fire (clinical review points 11 and 13), in
 * the text report, the JSON, and the batch's CSV and JSON Lines: the reasons of the most urgent rules come alone
 * as the referral's, those of the less urgent ones apart with their own urgency, and every technique is ruled out.
 * Chest pain refers as an emergency, progressive weakness as urgent, night pain as routine.
 */
class ReferralReportTest {

    private static final RuleSet RULES = RuleSetLoader.builtIn().ruleSet().orElseThrow();
    private static final String CHEST_PAIN = because("redflag.chest_pain");
    private static final String WEAKNESS = because("redflag.progressive_weakness");
    private static final String NIGHT_PAIN = because("redflag.night_pain");
    private static final String[] EMERGENCY_URGENT_ROUTINE = {"-a", "client_id=R-1",
        "-a", "red_flags=chest_pain;progressive_weakness;night_pain", "-a", "conditions=none", "-a", "goals=relaxation",
        "-a", "pain_level=3"};

    @TempDir
    Path dir;

    private static String because(String ruleId) {
        return RULES.rule(ruleId).orElseThrow().because();
    }

    private static String[] recommend(String... format) {
        String[] args = new String[1 + EMERGENCY_URGENT_ROUTINE.length + format.length];
        args[0] = "recommend";
        System.arraycopy(EMERGENCY_URGENT_ROUTINE, 0, args, 1, EMERGENCY_URGENT_ROUTINE.length);
        System.arraycopy(format, 0, args, 1 + EMERGENCY_URGENT_ROUTINE.length, format.length);
        return args;
    }

    private static String everyTechniqueId() {
        return RULES.techniques().stream().map(Technique::id).collect(Collectors.joining(";"));
    }

    @Test
    void theTextReportGivesTheEmergencyReasonAloneThenTheLessUrgentOnesForThePhysicianThenRulesOutEveryTechnique() {
        Run run = Run.of(recommend());

        assertThat(run.code()).isZero();
        String names = RULES.techniques().stream().map(Technique::name).collect(Collectors.joining(", "));
        assertThat(run.out().replace("\r\n", "\n")).contains(String.join("\n",
                "SEE A PHYSICIAN FIRST (EMERGENCY)",
                "Call emergency services now, or go to the nearest emergency department. Do not start any treatment.",
                "",
                "Why:",
                "  - " + CHEST_PAIN,
                "",
                "Also for the physician (on its own, each of these would mean a less urgent referral):",
                "  - [urgent] " + WEAKNESS,
                "  - [routine] " + NIGHT_PAIN,
                "",
                "Ruled out until a physician has seen the client: every technique (" + names + ")."));
    }

    @Test
    void theJsonHoldsTheEmergencyReasonAsBecauseAndTheLessUrgentOnesAsAlsoAndExcludesEveryTechnique() {
        Run run = Run.of(recommend("--format", "json"));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(String.join("\n",
                "  \"referral\": {",
                "    \"urgency\": \"emergency\",",
                "    \"because\": [",
                "      " + quoted(CHEST_PAIN),
                "    ],",
                "    \"also\": [",
                "      {",
                "        \"urgency\": \"urgent\",",
                "        \"because\": " + quoted(WEAKNESS),
                "      },",
                "      {",
                "        \"urgency\": \"routine\",",
                "        \"because\": " + quoted(NIGHT_PAIN),
                "      }",
                "    ]",
                "  },"));
        assertThat(run.out()).contains("\"techniques\": [],").contains("\"precautions\": [],");
        for (Technique t : RULES.techniques()) {
            assertThat(run.out()).contains(String.join("\n",
                    "    {",
                    "      \"id\": \"" + t.id() + "\",",
                    "      \"because\": [",
                    "        " + quoted(CHEST_PAIN),
                    "      ]",
                    "    }"));
        }
    }

    @Test
    void aReferralWithNothingLessUrgentHasAnEmptyAlso() {
        Run run = Run.of("recommend", "-a", "red_flags=chest_pain", "-a", "conditions=none", "-a", "goals=relaxation",
                "--format", "json");

        assertThat(run.out()).contains("    \"also\": []\n");
        assertThat(Run.of("recommend", "-a", "red_flags=chest_pain", "-a", "conditions=none", "-a", "goals=relaxation")
                .out()).doesNotContain("Also for the physician");
    }

    @Test
    void theBatchCsvGivesTheEmergencyReasonFirstThenTheOthersMarkedWithTheirUrgencyAndExcludesEveryTechnique()
            throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "client_id,red_flags,conditions,goals,pain_level\n"
                + "R-1,chest_pain;progressive_weakness;night_pain,none,relaxation,3\n"
                + "R-2,,none,relaxation,3\n", StandardCharsets.UTF_8);

        Run run = Run.of("batch", in.toString());

        assertThat(run.code()).isZero();
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(run.out())) {
            rows = reader.stream().toList();
        }
        assertThat(rows.get(1).getFields()).containsExactly("2", "R-1", "refer", "emergency", "", everyTechniqueId(),
                CHEST_PAIN + " | [also, urgent] " + WEAKNESS + " | [also, routine] " + NIGHT_PAIN, "");
        assertThat(rows.get(2).getFields()).as("incomplete: nothing ruled out")
                .containsExactly("3", "R-2", "incomplete", "", "", "", "not answered: red_flags", "");
    }

    @Test
    void eachJsonLinesRowHasTheAlsoListAndEveryTechniqueExcluded() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "red_flags,conditions,goals\n"
                + "chest_pain;progressive_weakness,none,relaxation\n", StandardCharsets.UTF_8);

        Run run = Run.of("batch", in.toString(), "--format", "jsonl");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"referral\":{\"urgency\":\"emergency\",\"because\":[" + quoted(CHEST_PAIN)
                + "],\"also\":[{\"urgency\":\"urgent\",\"because\":" + quoted(WEAKNESS) + "}]}");
        for (Technique t : RULES.techniques()) {
            assertThat(run.out()).contains("{\"id\":\"" + t.id() + "\",\"because\":[" + quoted(CHEST_PAIN) + "]}");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
