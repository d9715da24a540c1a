package org.eventdesk.web.pages;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link PublicAnswersHandler} in front of the web application's handlers (Undertow's servlet extension,
 * registered in {@code META-INF/services}), so kept public answers are sent before authentication and servlet
 * dispatch.
 */
public class PublicAnswersExtension implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(PublicAnswersHandler::new);
    }
}
