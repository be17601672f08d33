#pragma once
// Fixture for the layering check: a low room that includes a higher one (the violation).
#include "core/error.h"
#include "sandbox/common/http.h"
#include "sandbox/graph/users.h"
