/**
 * What every module may use: the observatory's settings and home folder, French agreement of counts, cells safe to
 * export.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {  })
package fr.ptce.observatory.shared;

import org.springframework.modulith.ApplicationModule;
