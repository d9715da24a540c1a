package org.eventdesk.application.imports;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps why a job's step failed, for the job's listener to record on the import: the batch runtime tells a step's
 * listener the exception but a job's listener only the status.
 */
@Dependent
@Named("importFailures")
public class ImportFailures extends AbstractStepListener {
    private static final Map<Long, String> REASONS = new ConcurrentHashMap<>();

    @Inject
    private StepContext step;

    @Inject
    private jakarta.batch.runtime.context.JobContext job;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            REASONS.put(
                    job.getExecutionId(),
                    cause.getClass().getSimpleName() + ": " + (cause.getMessage() == null ? "" : cause.getMessage()));
        }
    }

    static String reason(long execution) {
        String reason = REASONS.remove(execution);
        return reason == null ? "the import job failed (the server log says why)" : reason;
    }
}
