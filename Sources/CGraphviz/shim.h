#ifndef SANDAN_CGRAPHVIZ_SHIM_H
#define SANDAN_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
