/* Named "..\..\VIRTIO\Ring.h" by local.h, a header climb.c includes. */
#define VIRTIO_RING_FOUND 1
