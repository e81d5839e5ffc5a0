/**
 * A module that may use no other, in the fixture of {@code ModulesTest}: its arrow back up must be refused.
 */
@ApplicationModule(allowedDependencies = {})
package modulecheck.lower;

import org.springframework.modulith.ApplicationModule;
