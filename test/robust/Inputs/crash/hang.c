/* clang's own debugging pragma: on this build the parser never returns. */
#pragma clang __debug overflow_stack
int Unreached;
