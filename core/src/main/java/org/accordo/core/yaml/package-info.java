/**
 * What every YAML loader of Accordo shares: problems reported as {@code file:line:column: message},
 * all at once. Loaders read SnakeYAML's node tree (the parser under Jackson YAML) because it keeps
 * the line and column of every value.
 */
package org.accordo.core.yaml;
