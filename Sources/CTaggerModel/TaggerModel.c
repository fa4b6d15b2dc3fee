// The tagger model, compiled into the binary so that `entgraph` is one self-contained file:
// a SwiftPM resource bundle is found next to the build folder, which an installed copy does
// not have. C23's #embed takes the file's bytes as they are and costs the compiler about as
// much as reading them (a Swift array literal of 2.2 million elements would take minutes).
// The path is relative to this file; clang lists it in the dependency file, so `make model`
// rebuilds what embeds it.
#include "CTaggerModel.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char model[] = {
#embed "../EntityGraph/Resources/tagger.egmodel"
};

const unsigned char *entgraph_tagger_model_bytes(void) { return model; }

size_t entgraph_tagger_model_count(void) { return sizeof model; }

// The word-class model that finds relation verbs (`entgraph train-word-classes`).
static const unsigned char word_classes[] = {
#embed "../EntityGraph/Resources/wordclasses.egmodel"
};

const unsigned char *entgraph_word_class_model_bytes(void) { return word_classes; }

size_t entgraph_word_class_model_count(void) { return sizeof word_classes; }
