package org.eventdesk.e2e;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method browsers of its own, with nothing of an earlier test in them, and keeps a screenshot of the
 * page when a test fails, in target/screenshots.
 *
 * <p>A browser whose test passed is {@linkplain BrowserSession#clear() cleared} (its page, cookies, stored values and
 * emulated look) and handed to a later test instead of being quit: starting Chromium costs about 2.5 s of processor
 * time on this machine's two cores, and a run starts about a hundred. A browser whose test failed, or that cannot be
 * cleared, is quit. The idle ones are quit when the run ends.
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
        Idle idle = idle(context);
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser" + parameter.getIndex(), key -> idle.take(), BrowserSession.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        boolean failed = context.getExecutionException().isPresent();
        for (int i = 0; i < 4; i++) {
            BrowserSession browser = store.remove("browser" + i, BrowserSession.class);
            if (browser == null) {
                continue;
            }
            if (failed) {
                browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + i);
                browser.close();
            } else {
                idle(context).giveBack(browser);
            }
        }
    }

    /** The run's idle browsers, kept in the root context so that JUnit closes them (quits each) when the run ends. */
    private static Idle idle(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Idle.class);
    }

    /** Browsers a passed test left, cleared, waiting for the next test. */
    static final class Idle implements AutoCloseable {
        private final Deque<BrowserSession> browsers = new ArrayDeque<>();

        synchronized BrowserSession take() {
            BrowserSession browser = browsers.poll();
            return browser != null ? browser : new BrowserSession();
        }

        synchronized void giveBack(BrowserSession browser) {
            try {
                browser.clear();
            } catch (RuntimeException cannotBeCleared) {
                try {
                    browser.close();
                } catch (RuntimeException alreadyGone) {
                    // Its Chromium has ended already: nothing is left to quit.
                }
                return;
            }
            browsers.push(browser);
        }

        @Override
        public synchronized void close() {
            browsers.forEach(BrowserSession::close);
            browsers.clear();
        }
    }
}
