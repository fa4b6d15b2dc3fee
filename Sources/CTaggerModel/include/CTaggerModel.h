#ifndef ENTGRAPH_C_TAGGER_MODEL_H
#define ENTGRAPH_C_TAGGER_MODEL_H

#include <stddef.h>

/// The bytes of Sources/EntityGraph/Resources/tagger.egmodel, compiled into the binary.
const unsigned char *entgraph_tagger_model_bytes(void);

/// How many bytes `entgraph_tagger_model_bytes` points to.
size_t entgraph_tagger_model_count(void);

/// The bytes of Sources/EntityGraph/Resources/wordclasses.egmodel, compiled into the binary.
const unsigned char *entgraph_word_class_model_bytes(void);

/// How many bytes `entgraph_word_class_model_bytes` points to.
size_t entgraph_word_class_model_count(void);

#endif
