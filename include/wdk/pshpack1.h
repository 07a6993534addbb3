/* irqlint's model of pshpack1.h, written from the documentation: sets the
 * structure packing to 1 bytes until the matching poppack.h. No include
 * guard: a driver includes it once for each packed region. */
#pragma pack(push, 1)
