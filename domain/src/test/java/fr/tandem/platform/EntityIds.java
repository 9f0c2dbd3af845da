package fr.tandem.platform;

import java.lang.reflect.Field;

/** Gives an entity built in a unit test the id the database would have given it. */
public final class EntityIds {

    private EntityIds() {
    }

    /** The entity, its {@code id} field (declared by its class or a superclass) set to {@code id}. */
    public static <T> T withId(T entity, long id) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException notHere) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass().getName() + " has no id field");
    }
}
