/**
 * Stage 1, containers: zip archives as the command line and Spark read them ({@link ZipContainer}) and the files
 * systems leave beside documents ({@link SystemFiles}). Not API: public only for the other packages of this project;
 * may change in any release.
 */
package io.github.ogireport.extract.zip;
