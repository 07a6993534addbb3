#define LATER_VALUE 1
