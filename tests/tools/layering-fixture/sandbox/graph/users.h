#pragma once
// Fixture for the layering check: a high room that includes lower ones (allowed).
#include "core/error.h"
#include "sandbox/common/http.h"
#include "sandbox/odata/filter.h"
