#include "shared.h"

int Clean(int x) { return x + 1; }
