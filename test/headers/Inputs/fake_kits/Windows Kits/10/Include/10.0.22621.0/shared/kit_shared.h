// A stand-in for the kit's shared headers (found in Include/<v>/shared).
#pragma once
typedef unsigned long long KSPIN_LOCK;
typedef KSPIN_LOCK *PKSPIN_LOCK;
