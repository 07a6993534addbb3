/* ForcedIncludeFiles in Release. */
#define FORCED_INCLUDED 1
