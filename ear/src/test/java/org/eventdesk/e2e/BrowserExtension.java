package org.eventdesk.e2e;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method its own browser (no shared state between tests) and keeps a screenshot of the page
 * when a test fails, in target/screenshots.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "browser" + parameter.getIndex(), key -> new BrowserSession(), BrowserSession.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        for (int i = 0; i < 4; i++) {
            BrowserSession browser = store.remove("browser" + i, BrowserSession.class);
            if (browser != null) {
                if (context.getExecutionException().isPresent()) {
                    browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + i);
                }
                browser.close();
            }
        }
    }
}
