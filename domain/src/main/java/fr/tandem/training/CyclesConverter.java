package fr.tandem.training;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of cycles as "C1,C3" (null when empty). */
@Converter
public class CyclesConverter implements AttributeConverter<Set<Cycle>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Cycle> cycles) {
        return cycles == null || cycles.isEmpty() ? null
                : EnumSet.copyOf(cycles).stream().map(Cycle::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Cycle> convertToEntityAttribute(String column) {
        Set<Cycle> cycles = EnumSet.noneOf(Cycle.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Cycle::valueOf).forEach(cycles::add);
        }
        return cycles;
    }
}
