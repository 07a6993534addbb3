/* clang's own debugging pragma: the parser crashes on purpose (libclang
 * recovers, unless LIBCLANG_DISABLE_CRASH_RECOVERY is set). */
#pragma clang __debug crash
int Unreached;
