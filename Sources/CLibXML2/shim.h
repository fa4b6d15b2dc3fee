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

#endif
