#include "shared.h"

int Counted(int x) {
  return x + ;
}
