/**
 * The HTTP server: a JSON API, its OpenAPI description and server-rendered pages over one data
 * directory.
 */
package org.sitrep.server;
