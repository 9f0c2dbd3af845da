package fr.tandem.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Rule A of the API's optimistic concurrency: a successful answer whose body is an object with a
 * {@code version} member (a record such as {@code SchoolSummary}) carries that version as a strong
 * entity tag, {@code ETag: "<version>"}. A client sends it back in {@code If-Match} to change the
 * object ({@link IfMatchVersions}).
 */
@Provider
public class VersionETags implements ContainerResponseFilter {

    /** The accessor of each record type's {@code version} component, or null when it has none. */
    private static final ClassValue<Method> VERSION = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return versionAccessor(type);
        }
    };

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        String tag = entityTag(response.getEntity());
        if (tag != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
    }

    /** {@code "<version>"} for a record with a non-null whole-number {@code version}, null otherwise. */
    static String entityTag(Object entity) {
        if (entity == null) {
            return null;
        }
        Method accessor = VERSION.get(entity.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            Object version = accessor.invoke(entity);
            return version == null ? null : "\"" + version + "\"";
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            return null;
        }
    }

    private static Method versionAccessor(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> kind = component.getType();
            if (component.getName().equals("version") && (kind == long.class || kind == Long.class)) {
                Method accessor = component.getAccessor();
                try {
                    accessor.setAccessible(true);
                } catch (RuntimeException closed) {
                    // a public record's accessor is reachable as it is
                }
                return accessor;
            }
        }
        return null;
    }
}
