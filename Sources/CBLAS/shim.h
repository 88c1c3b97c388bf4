#ifndef CROSSLENS_CBLAS_SHIM_H
#define CROSSLENS_CBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
