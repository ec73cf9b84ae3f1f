/**
 * Last stage (API): {@link ReportJson} writes a report as the output contract's JSON.
 */
package io.github.ogireport.export;
