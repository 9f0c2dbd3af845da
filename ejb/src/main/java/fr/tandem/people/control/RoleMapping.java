package fr.tandem.people.control;

import fr.tandem.people.Role;
import fr.tandem.platform.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which roles a directory's function code and groups give a person. Two settings, each a list of
 * {@code name:ROLE[+ROLE]} separated by {@code ;}:
 * {@code tandem.directory.functions} (default: ENS teacher, DIR teacher and head teacher, IEN/CPC/ERUN
 * inspector, DSI city staff, ELU councillor) and {@code tandem.directory.groups} (default: group
 * {@code dsi-ville} city staff, {@code elus-ville} councillor). A function that is itself a role name
 * gives that role. No directory ever gives ADMIN: administrators are made in Tandem.
 */
@ApplicationScoped
public class RoleMapping {

    static final String DEFAULT_FUNCTIONS = "ENS:TEACHER;DIR:TEACHER+HEAD_TEACHER;IEN:INSPECTOR;CPC:INSPECTOR;"
            + "ERUN:INSPECTOR;DSI:CITY_STAFF;ELU:COUNCILLOR";
    static final String DEFAULT_GROUPS = "dsi-ville:CITY_STAFF;elus-ville:COUNCILLOR";

    private final Map<String, Set<Role>> functions;
    private final Map<String, Set<Role>> groups;

    @Inject
    public RoleMapping(@ConfigProperty(name = "tandem.directory.functions", defaultValue = DEFAULT_FUNCTIONS) String functions,
                       @ConfigProperty(name = "tandem.directory.groups", defaultValue = DEFAULT_GROUPS) String groups) {
        this.functions = parse(functions, true);
        this.groups = parse(groups, false);
    }

    /** For CDI's proxy. */
    protected RoleMapping() {
        this.functions = Map.of();
        this.groups = Map.of();
    }

    /**
     * The roles of a person with this function (may be null) and these groups.
     *
     * @throws RuleViolation when the function is neither mapped nor a role name
     *                       ({@code directory.function.unknown})
     */
    public Set<Role> roles(String function, Collection<String> personGroups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (function != null && !function.isBlank()) {
            String code = function.strip().toUpperCase(Locale.ROOT);
            Set<Role> mapped = functions.get(code);
            if (mapped == null) {
                mapped = roleNamed(code);
            }
            if (mapped == null) {
                throw new RuleViolation("directory.function.unknown", function.strip());
            }
            roles.addAll(mapped);
        }
        for (String group : personGroups) {
            roles.addAll(groups.getOrDefault(groupName(group), Set.of()));
        }
        return roles;
    }

    /** A group as providers write it ("dsi-ville", or a path such as "/ville/dsi-ville"): its last segment. */
    private static String groupName(String group) {
        String name = group == null ? "" : group.strip();
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static Set<Role> roleNamed(String code) {
        for (Role role : Role.values()) {
            if (role != Role.ADMIN && role.name().equals(code)) {
                return EnumSet.of(role);
            }
        }
        return null;
    }

    static Map<String, Set<Role>> parse(String setting, boolean upperCaseNames) {
        Map<String, Set<Role>> mapping = new LinkedHashMap<>();
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("A role mapping entry is name:ROLE[+ROLE], not '" + entry.strip() + "'");
            }
            String name = entry.substring(0, colon).strip();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : entry.substring(colon + 1).split("\\+")) {
                Role parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
                if (parsed == Role.ADMIN) {
                    throw new IllegalArgumentException("A directory may not give the ADMIN role (entry '" + entry.strip() + "')");
                }
                roles.add(parsed);
            }
            mapping.put(upperCaseNames ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT), roles);
        }
        return mapping;
    }
}
