/**
 * The language backbone: Stanford CoreNLP's tokenizer, sentence splitter, POS tagger and NER,
 * loaded once per process.
 */
package org.sitrep.annotate.nlp;
