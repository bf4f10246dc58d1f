package org.triage.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set's conditions turned into tests over {@link AnswerSlots}: field ids become positions and
 * option ids become bits, so that a test is a few array reads and a mask. A compiled test gives what
 * {@link Condition#test(Answers)} gives on the same answers (the reference; a property test compares them).
 */
public final class CompiledRules {

    /**
     * A compiled condition. One class whatever the kind of test, told apart by a switch, so that testing a rule
     * calls no method through an interface (such calls cost more than the tests themselves).
     */
    public static final class Test {
        private static final int ALL = 0;
        private static final int ANY = 1;
        private static final int NOT = 2;
        private static final int CONSTANT = 3;
        private static final int ANSWERED = 4;
        private static final int CHOSEN_ANY = 5;
        private static final int CHOSEN_ALL = 6;
        private static final int CHOSEN_NONE = 7;
        private static final int NUMBER_IN = 8;
        private static final int IN_ANSWERS_OF = 9;

        private final int kind;
        private final int field;
        private final int other;
        /** The options' bits; for a constant or an answered test, 1 for true. */
        private final long mask;
        /** For a number: the closed range it must be in (an open bound is moved to the next double inside). */
        private final double low;
        private final double high;
        private final Test[] parts;
        private final long[] translated;

        private Test(int kind, int field, int other, long mask, double low, double high, Test[] parts,
                     long[] translated) {
            this.kind = kind;
            this.field = field;
            this.other = other;
            this.mask = mask;
            this.low = low;
            this.high = high;
            this.parts = parts;
            this.translated = translated;
        }

        private static Test of(int kind, int field, long mask) {
            return new Test(kind, field, -1, mask, 0, 0, null, null);
        }

        private static Test constant(boolean value) {
            return of(CONSTANT, -1, value ? 1 : 0);
        }

        private static Test parts(int kind, Test[] parts) {
            return new Test(kind, -1, -1, 0, 0, 0, parts, null);
        }

        /** Whether a number {@code op}-compares with the bounds: as {@link Condition.NumberTest#holds}, as a closed range. */
        private static Test numberIn(int field, Operator op, double low, double high) {
            double lo;
            double hi;
            switch (op) {
                case EQUALS -> {
                    lo = low;
                    hi = low;
                }
                case LESS_THAN -> {
                    lo = Double.NEGATIVE_INFINITY;
                    hi = Math.nextDown(high);
                }
                case AT_MOST -> {
                    lo = Double.NEGATIVE_INFINITY;
                    hi = high;
                }
                case MORE_THAN -> {
                    lo = Math.nextUp(low);
                    hi = Double.POSITIVE_INFINITY;
                }
                case AT_LEAST -> {
                    lo = low;
                    hi = Double.POSITIVE_INFINITY;
                }
                case BETWEEN -> {
                    lo = low;
                    hi = high;
                }
                default -> throw new IllegalStateException(op + " is not a numeric operator");
            }
            return new Test(NUMBER_IN, field, -1, 0, lo, hi, null, null);
        }

        /**
         * A choice that must be made for this test to hold, as {@code {field, mask}} (the field's answer has one of
         * the mask's options), or null when there is none to be found.
         */
        long[] guard() {
            switch (kind) {
                case CHOSEN_ANY:
                    return new long[] {field, mask};
                case CHOSEN_ALL:
                    return mask == 0 ? null : new long[] {field, mask};
                case ALL:
                    for (Test p : parts) {
                        long[] g = p.guard();
                        if (g != null) {
                            return g;
                        }
                    }
                    return null;
                case ANY:
                    long[] union = null;
                    for (Test p : parts) {
                        long[] g = p.guard();
                        if (g == null || union != null && union[0] != g[0]) {
                            return null;
                        }
                        union = union == null ? g.clone() : new long[] {union[0], union[1] | g[1]};
                    }
                    return union;
                case CONSTANT:
                    return mask == 0 ? new long[] {-1, 0} : null; // never holds: a guard no answer meets
                default:
                    return null;
            }
        }

        public boolean test(AnswerSlots a) {
            switch (kind) {
                case CHOSEN_ANY:
                    return (a.chosen(field) & mask) != 0;
                case CHOSEN_ALL:
                    return a.answered(field) && (a.chosen(field) & mask) == mask;
                case CHOSEN_NONE:
                    return a.answered(field) && (a.chosen(field) & mask) == 0;
                case NUMBER_IN:
                    if (!a.answered(field)) {
                        return false;
                    }
                    double v = a.number(field);
                    return v >= low && v <= high;
                case ALL:
                    for (Test p : parts) {
                        if (!p.test(a)) {
                            return false;
                        }
                    }
                    return true;
                case ANY:
                    for (Test p : parts) {
                        if (p.test(a)) {
                            return true;
                        }
                    }
                    return false;
                case NOT:
                    return !parts[0].test(a);
                case ANSWERED:
                    return a.answered(field) == (mask != 0);
                case IN_ANSWERS_OF:
                    long bits = a.chosen(field);
                    return bits != 0 && (translated[Long.numberOfTrailingZeros(bits)] & a.chosen(other)) != 0;
                default:
                    return mask != 0;
            }
        }
    }

    private final Test[] rules;
    /** The rules that may fire whatever the choices made, as a set of rule positions (see {@link #words}). */
    private final long[] unguarded;
    /** By field and option: the rules that may fire only when one of their field's guarding options is chosen. */
    private final long[][][] guarded;
    /** The fields that guard a rule. */
    private final int[] guardFields;
    private final Test[] askWhen;
    private final int[] followUps;
    private final int[] screening;
    private final int clientId;
    private final int[] massage;
    private final int[] stm;
    private final int[] referralLevel;
    /** By rule: the positions of the techniques it puts a precaution on, with the note. */
    private final int[][] cautions;
    private final String[][] notes;
    /** By technique: the rules that recommend (exclude) it, as a set of rule positions (see {@link #words}). */
    private final long[][] recommendingRules;
    private final long[][] excludingRules;
    /** By urgency: the rules that refer with it. */
    private final long[][] referringRules;
    /** By technique: whether two of its recommending (excluding, cautioning) rules share a sentence or note. */
    private final boolean[] recommendRepeats;
    private final boolean[] excludeRepeats;
    private final boolean[] noteRepeats;
    /** By rule: the position of its client-facing sentence among the distinct sentences of the rule set. */
    private final int[] textOf;
    private final String[] texts;

    CompiledRules(Questionnaire questionnaire, List<Rule> rules, List<Technique> techniques) {
        int n = rules.size();
        this.rules = new Test[n];
        this.massage = new int[n];
        this.stm = new int[n];
        this.referralLevel = new int[n];
        for (int i = 0; i < n; i++) {
            Rule rule = rules.get(i);
            this.rules[i] = compile(questionnaire, rule.when());
            massage[i] = rule.effects().score(Approach.MASSAGE);
            stm[i] = rule.effects().score(Approach.STM);
            referralLevel[i] = rule.effects().refer().map(Urgency::ordinal).orElse(NO_REFERRAL);
        }
        int fieldCount = questionnaire.fields().size();
        this.unguarded = new long[words(n)];
        this.guarded = new long[fieldCount][][];
        java.util.SortedSet<Integer> by = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            long[] g = this.rules[i].guard();
            if (g == null) {
                unguarded[i >> 6] |= 1L << i;
                continue;
            }
            if (g[0] < 0) {
                continue; // never fires
            }
            int f = (int) g[0];
            if (guarded[f] == null) {
                guarded[f] = new long[Long.SIZE][words(n)];
                by.add(f);
            }
            for (long bits = g[1]; bits != 0; bits &= bits - 1) {
                guarded[f][Long.numberOfTrailingZeros(bits)][i >> 6] |= 1L << i;
            }
        }
        this.guardFields = by.stream().mapToInt(Integer::intValue).toArray();
        int t = techniques.size();
        List<String> ids = techniques.stream().map(Technique::id).toList();
        this.cautions = new int[n][];
        this.notes = new String[n][];
        this.recommendingRules = new long[t][words(n)];
        this.excludingRules = new long[t][words(n)];
        this.referringRules = new long[Urgency.values().length][words(n)];
        for (int i = 0; i < n; i++) {
            Effects e = rules.get(i).effects();
            for (String id : e.recommend()) {
                add(recommendingRules, ids.indexOf(id), i);
            }
            for (String id : e.exclude()) {
                add(excludingRules, ids.indexOf(id), i);
            }
            if (referralLevel[i] != NO_REFERRAL) {
                add(referringRules, referralLevel[i], i);
            }
            List<Integer> on = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (Precaution p : e.precautions()) {
                for (String technique : p.techniques()) {
                    if (ids.contains(technique)) {
                        on.add(ids.indexOf(technique));
                        said.add(p.note());
                    }
                }
            }
            cautions[i] = ints(on);
            notes[i] = said.toArray(String[]::new);
        }
        this.textOf = new int[n];
        java.util.Map<String, Integer> textIds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            textOf[i] = textIds.computeIfAbsent(rules.get(i).because(), x -> textIds.size());
        }
        this.texts = textIds.keySet().toArray(String[]::new);
        this.recommendRepeats = new boolean[t];
        this.excludeRepeats = new boolean[t];
        this.noteRepeats = new boolean[t];
        for (int k = 0; k < t; k++) {
            List<String> forIt = new ArrayList<>();
            List<String> against = new ArrayList<>();
            List<String> cautioned = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (contains(recommendingRules[k], i)) {
                    forIt.add(rules.get(i).because());
                }
                if (contains(excludingRules[k], i)) {
                    against.add(rules.get(i).because());
                }
                for (int j = 0; j < cautions[i].length; j++) {
                    if (cautions[i][j] == k) {
                        cautioned.add(notes[i][j]);
                    }
                }
            }
            recommendRepeats[k] = repeats(forIt);
            excludeRepeats[k] = repeats(against);
            noteRepeats[k] = repeats(cautioned);
        }
        List<Field> fields = questionnaire.fields();
        this.askWhen = new Test[fields.size()];
        List<Integer> follow = new ArrayList<>();
        List<Integer> screen = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.askWhen().isPresent()) {
                askWhen[i] = compile(questionnaire, f.askWhen().get());
                follow.add(i);
            }
            if (f.screening()) {
                screen.add(i);
            }
        }
        this.followUps = ints(follow);
        this.screening = ints(screen);
        this.clientId = questionnaire.index("client_id");
    }

    /** Puts rule {@code rule} in the set of rules at {@code k} (no set for a technique the rule set lacks, -1). */
    private static void add(long[][] sets, int k, int rule) {
        if (k >= 0) {
            sets[k][rule >> 6] |= 1L << rule;
        }
    }

    private static boolean contains(long[] set, int rule) {
        return (set[rule >> 6] & 1L << rule) != 0;
    }

    /** Whether two sets of rules share one. */
    public static boolean intersect(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(List<String> texts) {
        return new java.util.HashSet<>(texts).size() < texts.size();
    }

    /**
     * Whether two rules that recommend (or exclude) the technique give the same sentence, so that the reasons
     * must be made distinct; when not, every fired one is a reason of its own.
     */
    public boolean reasonsMayRepeat(int technique, boolean excluding) {
        return excluding ? excludeRepeats[technique] : recommendRepeats[technique];
    }

    /** Whether two precautions on the technique have the same note. */
    public boolean notesMayRepeat(int technique) {
        return noteRepeats[technique];
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The position of rule {@code rule}'s sentence among the {@link #textCount} distinct sentences. */
    public int textOf(int rule) {
        return textOf[rule];
    }

    public int textCount() {
        return texts.length;
    }

    /** The distinct sentence at position {@code id}. */
    public String text(int id) {
        return texts[id];
    }

    /** The points rule {@code rule} gives an approach when it fires. */
    public int score(int rule, Approach approach) {
        return approach == Approach.MASSAGE ? massage[rule] : stm[rule];
    }

    /** The referral level of a rule that makes none: above every urgency's ordinal. */
    public static final int NO_REFERRAL = Integer.MAX_VALUE;

    /**
     * The ordinal of the urgency of the referral rule {@code rule} makes (lower is more urgent), or
     * {@link #NO_REFERRAL}: the most urgent referral of several is the least of these.
     */
    public int referralLevel(int rule) {
        return referralLevel[rule];
    }

    /** How many {@code long}s a set of {@code n} rule positions takes: rule {@code i} is bit {@code i % 64} of word {@code i / 64}. */
    public static int words(int n) {
        return (n + 63) >> 6;
    }

    /** The rules that recommend (with {@code excluding}, exclude) the technique at {@code technique}, as a set; not to be changed. */
    public long[] rulesTargeting(int technique, boolean excluding) {
        return excluding ? excludingRules[technique] : recommendingRules[technique];
    }

    /** The rules that refer with urgency {@code u}, as a set; not to be changed. */
    public long[] rulesReferring(Urgency u) {
        return referringRules[u.ordinal()];
    }

    /** How many precautions rule {@code rule} gives, one per technique it names. */
    public int precautionCount(int rule) {
        return cautions[rule].length;
    }

    /** The technique of the rule's {@code i}th precaution. */
    public int precautionTechnique(int rule, int i) {
        return cautions[rule][i];
    }

    /** The note of the rule's {@code i}th precaution. */
    public String precautionNote(int rule, int i) {
        return notes[rule][i];
    }

    /**
     * The rules that may fire on these answers, into {@code into} ({@link #words} of the rule count): those whose
     * guarding choice is made, and those without one. A rule left out cannot fire, so only these need testing.
     */
    public void mayFire(AnswerSlots answers, long[] into) {
        System.arraycopy(unguarded, 0, into, 0, into.length);
        for (int f : guardFields) {
            long[][] byOption = guarded[f];
            for (long bits = answers.chosen(f); bits != 0; bits &= bits - 1) {
                long[] rules = byOption[Long.numberOfTrailingZeros(bits)];
                for (int w = 0; w < into.length; w++) {
                    into[w] |= rules[w];
                }
            }
        }
    }

    /** Whether rule {@code rule} (its position in the rule set) fires on the answers. */
    public boolean fires(int rule, AnswerSlots answers) {
        return rules[rule].test(answers);
    }

    /** Whether the follow-up at position {@code field} is asked, given the answers before it. */
    public boolean asked(int field, AnswerSlots answers) {
        return askWhen[field] == null || askWhen[field].test(answers);
    }

    /** How many follow-up questions there are. */
    public int followUpCount() {
        return followUps.length;
    }

    /** The position of the {@code i}th follow-up question, in the order they are asked. */
    public int followUp(int i) {
        return followUps[i];
    }

    /** How many screening questions there are. */
    public int screeningCount() {
        return screening.length;
    }

    /** The position of the {@code i}th screening question, in the order they are asked. */
    public int screening(int i) {
        return screening[i];
    }

    /** The position of the {@code client_id} field, or -1 when the questionnaire has none. */
    public int clientId() {
        return clientId;
    }

    /** Compiles one condition against a questionnaire. */
    public static Test compile(Questionnaire q, Condition c) {
        if (c instanceof Condition.All all) {
            Test[] parts = all.parts().stream().map(p -> compile(q, p)).toArray(Test[]::new);
            return parts.length == 1 ? parts[0] : Test.parts(Test.ALL, parts);
        }
        if (c instanceof Condition.Any any) {
            Test[] parts = any.parts().stream().map(p -> compile(q, p)).toArray(Test[]::new);
            return parts.length == 1 ? parts[0] : Test.parts(Test.ANY, parts);
        }
        if (c instanceof Condition.Not not) {
            return Test.parts(Test.NOT, new Test[] {compile(q, not.inner())});
        }
        if (c instanceof Condition.AnsweredTest t) {
            int i = q.index(t.field());
            return i < 0 ? Test.constant(!t.answered()) : Test.of(Test.ANSWERED, i, t.answered() ? 1 : 0);
        }
        if (c instanceof Condition.NumberTest t) {
            int i = q.index(t.field());
            if (i < 0 || !q.fields().get(i).type().isNumeric()) {
                return Test.constant(false); // never a number: the reference is false too
            }
            return Test.numberIn(i, t.op(), t.low(), t.high());
        }
        if (c instanceof Condition.ChoiceTest t) {
            return choice(q, t);
        }
        if (c instanceof Condition.InAnswersOf t) {
            return inAnswersOf(q, t);
        }
        throw new IllegalStateException("no compiled form for " + c);
    }

    private static Test choice(Questionnaire q, Condition.ChoiceTest t) {
        int i = q.index(t.field());
        if (i < 0 || !q.fields().get(i).type().isChoice()) {
            return Test.constant(false);
        }
        Field f = q.fields().get(i);
        long mask = 0;
        boolean unknown = false;
        for (String v : t.values()) {
            int bit = f.optionIndex(v);
            if (bit < 0) {
                unknown = true;
            } else {
                mask |= 1L << bit;
            }
        }
        if (f.type() != FieldType.MULTI) {
            return Test.of(Test.CHOSEN_ANY, i, mask); // a single answer is one of the values, whatever the operator
        }
        return switch (t.op()) {
            case HAS, HAS_ANY -> Test.of(Test.CHOSEN_ANY, i, mask);
            case HAS_ALL -> unknown ? Test.constant(false) : Test.of(Test.CHOSEN_ALL, i, mask);
            case HAS_NONE -> Test.of(Test.CHOSEN_NONE, i, mask);
            default -> throw new IllegalStateException(t.op() + " on multi-choice field " + f.id());
        };
    }

    private static Test inAnswersOf(Questionnaire q, Condition.InAnswersOf t) {
        int i = q.index(t.field());
        int other = q.index(t.other());
        if (i < 0 || other < 0 || q.fields().get(i).type() == FieldType.MULTI || !q.fields().get(i).type().isChoice()
                || q.fields().get(other).type() != FieldType.MULTI) {
            return Test.constant(false);
        }
        List<Option> options = q.fields().get(i).options();
        long[] translated = new long[options.size()];
        for (int k = 0; k < options.size(); k++) {
            int bit = q.fields().get(other).optionIndex(options.get(k).id());
            translated[k] = bit < 0 ? 0 : 1L << bit;
        }
        return new Test(Test.IN_ANSWERS_OF, i, other, 0, 0, 0, null, translated);
    }
}
