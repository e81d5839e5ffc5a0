/**
 * PostgreSQL as the modules use it: rows copied in by COPY.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {  })
package fr.ptce.observatory.database;

import org.springframework.modulith.ApplicationModule;
