// Foundation ships its own ICU headers; hiding libxml2's ICU support keeps the two from clashing
// ("'UErrorCode' has different definitions in different modules") in test builds.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>
