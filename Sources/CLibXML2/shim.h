#ifndef ENTITYGRAPH_CLIBXML2_SHIM_H
#define ENTITYGRAPH_CLIBXML2_SHIM_H

// Foundation and libxml2 both bring ICU headers; with ICU enabled a clean build fails with
// "'UErrorCode' has different definitions in different modules". We never use libxml2's ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to read as not concurrency-safe.
static inline void entgraph_xmlFree(void *pointer) { xmlFree(pointer); }

/// Some libxml2 messages go straight to the thread's generic error handler and so to standard
/// error (xmlreader's "xmlParseChunk: encoder error"); the handler is variadic, which Swift
/// cannot write. These install a handler that drops them, and put the default back.
static inline void entgraph_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
static inline void entgraph_silenceGenericErrors(void) { xmlSetGenericErrorFunc(NULL, entgraph_ignoreGenericError); }
static inline void entgraph_restoreGenericErrors(void) { xmlSetGenericErrorFunc(NULL, NULL); }

#endif
