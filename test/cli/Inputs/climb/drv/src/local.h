/* A header next to climb.c that climbs out too. */
#include "..\..\VIRTIO\Ring.h"
