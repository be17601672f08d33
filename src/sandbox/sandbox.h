#pragma once

// Kept only for the console's in-process sandbox (src/app/tenantdesk.cpp), which is being replaced by
// SandboxProcess; remove this header with it. Everything else includes "sandbox/server/sandbox.h".
#include "sandbox/server/sandbox.h"
