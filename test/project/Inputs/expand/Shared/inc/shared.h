/* Found through $(SharedDir)inc. */
#define SHARED_FOUND 1
