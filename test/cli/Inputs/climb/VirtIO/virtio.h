/* Named "..\..\virtio\virtio.h" by climb.c: the directory is VirtIO. */
#define VIRTIO_HEADER_FOUND 1
