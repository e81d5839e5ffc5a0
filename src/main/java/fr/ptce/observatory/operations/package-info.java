/**
 * What runs the modules: the import and report jobs (steps that only wire the modules' work), the schedule, the
 * one-shot command, the embedded database, and the web pages and API with their security. Every module may be used
 * here; no module uses it.
 */
@ApplicationModule(displayName = "Operations")
package fr.ptce.observatory.operations;

import org.springframework.modulith.ApplicationModule;
