package fr.tandem.people.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.Role;
import fr.tandem.platform.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private final RoleMapping cut = new RoleMapping(RoleMapping.DEFAULT_FUNCTIONS, RoleMapping.DEFAULT_GROUPS);

    @Test
    void functionsOfTheAcademieGiveTheirRoles() {
        assertThat(cut.roles("ENS", Set.of()), containsInAnyOrder(Role.TEACHER));
        assertThat(cut.roles(" dir ", Set.of()), containsInAnyOrder(Role.TEACHER, Role.HEAD_TEACHER));
        assertThat(cut.roles("IEN", Set.of()), containsInAnyOrder(Role.INSPECTOR));
        assertThat(cut.roles("CPC", Set.of()), containsInAnyOrder(Role.INSPECTOR));
        assertThat(cut.roles("ERUN", Set.of()), containsInAnyOrder(Role.INSPECTOR));
        assertThat(cut.roles("councillor", Set.of()), containsInAnyOrder(Role.COUNCILLOR));
    }

    @Test
    void groupsOfTheCityAddTheirRolesWhateverTheirPath() {
        assertThat(cut.roles(null, List.of("/dsi-ville")), containsInAnyOrder(Role.CITY_STAFF));
        assertThat(cut.roles("ENS", List.of("/ville/ELUS-VILLE", "other")),
                containsInAnyOrder(Role.TEACHER, Role.COUNCILLOR));
        assertThat(cut.roles(null, List.of("unknown-group")), is(empty()));
    }

    @Test
    void anUnknownFunctionIsRefusedAndNoDirectoryGivesAdmin() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.roles("JARDINIER", Set.of()));
        assertThat(refused.key(), is("directory.function.unknown"));
        assertThrows(RuleViolation.class, () -> cut.roles("ADMIN", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new RoleMapping("BOSS:ADMIN", ""));
        assertThrows(IllegalArgumentException.class, () -> new RoleMapping("ENS", ""));
    }

    @Test
    void aConfiguredMappingReplacesTheDefault() {
        RoleMapping configured = new RoleMapping("PE:TEACHER;REF:TEACHER+INSPECTOR", "g-dsi:CITY_STAFF");
        assertThat(configured.roles("ref", List.of("G-DSI")),
                containsInAnyOrder(Role.TEACHER, Role.INSPECTOR, Role.CITY_STAFF));
        assertThrows(RuleViolation.class, () -> configured.roles("ENS", Set.of()));
    }

    @Test
    void usernamesMadeFromAnEmailKeepOnlyWhatAUsernameMayHold() {
        assertThat(DirectoryAccounts.fromEmail("Hélène.N'Diaye@ac-montpellier.fr"), is("helene.n.diaye"));
        assertThat(DirectoryAccounts.fromEmail("_x@ville.fr"), is("personne"));
        assertThat(DirectoryAccounts.fromEmail("ab@ville.fr"), is("ab"));
    }
}
