/**
 * The stage contract: each stage declares the layers it needs and the layer it adds, and {@link
 * org.sitrep.pipeline.Pipeline} refuses to build when a stage's need is not met by an earlier
 * stage.
 */
package org.sitrep.pipeline;
