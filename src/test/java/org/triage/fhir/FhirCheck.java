package org.triage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * HAPI's FHIR R4 validator, made once for the test run (it takes seconds to warm up), with the Questionnaire
 * that triage exports known to it: a QuestionnaireResponse is checked against that Questionnaire's items too.
 */
final class FhirCheck {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static RuleSet shipped;
    private static String questionnaire;
    private static FhirValidator validator;

    private FhirCheck() {
    }

    static synchronized RuleSet shipped() {
        if (shipped == null) {
            LoadResult result = RuleSetLoader.builtIn();
            shipped = result.ruleSet().orElseThrow();
        }
        return shipped;
    }

    /** The exported Questionnaire of the shipped rule set, as JSON. */
    static synchronized String questionnaire() {
        if (questionnaire == null) {
            questionnaire = QuestionnaireExport.render(shipped(), new org.triage.problem.Problems()).orElseThrow();
        }
        return questionnaire;
    }

    /** The validator's errors and fatal messages for {@code json}, each as "location: message". */
    static List<String> errors(String json) {
        return messages(json).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.toList());
    }

    static List<SingleValidationMessage> messages(String json) {
        return validator().validateWithResult(json).getMessages();
    }

    static IBaseResource parse(String json) {
        return CONTEXT.newJsonParser().parseResource(json);
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            Questionnaire intake = CONTEXT.newJsonParser().parseResource(Questionnaire.class, questionnaire());
            IValidationSupport ours = new IValidationSupport() {
                @Override
                public FhirContext getFhirContext() {
                    return CONTEXT;
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
                    // the canonical with or without its |version: the exported Questionnaire is the only one
                    boolean ours = url != null && url.split("\\|")[0].equals(FhirNames.of(shipped()).questionnaire());
                    return ours && (type == null || type.isInstance(intake)) ? (T) intake : null;
                }
            };
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(CONTEXT),
                    ours,
                    new SnapshotGeneratingValidationSupport(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT));
            FhirInstanceValidator instance = new FhirInstanceValidator(chain);
            validator = CONTEXT.newValidator().registerValidatorModule(instance);
        }
        return validator;
    }
}
