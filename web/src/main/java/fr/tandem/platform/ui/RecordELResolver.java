package fr.tandem.platform.ui;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read the components of records ({@code #{school.name}}) as properties, which
 * Expression Language 5 does not do by itself. Records are read-only.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return component.get().getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new ELException("Cannot read " + property, unreadable);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        component.ifPresent(c -> context.setPropertyResolved(base, property));
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return Arrays.stream(base.getClass().getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst();
    }
}
