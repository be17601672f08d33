#pragma once
// Fixture for the layering check: the lowest room.
