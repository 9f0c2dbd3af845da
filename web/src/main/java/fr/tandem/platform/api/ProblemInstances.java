package fr.tandem.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Names, in every problem the API answers, the path that was asked for ({@code instance}). */
@Provider
public class ProblemInstances implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.instance() == null) {
            response.setEntity(problem.at(request.getUriInfo().getRequestUri().getRawPath()),
                    response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
