package org.accordo.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test once on each {@link TestDatabase}: the method takes a {@code TestDatabase} and calls
 * {@link TestDatabase#create()} for a fresh migrated database.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@EnumSource(TestDatabase.class)
public @interface AllDatabases {}
