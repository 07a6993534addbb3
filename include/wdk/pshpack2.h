/* irqlint's model of pshpack2.h, written from the documentation: sets the
 * structure packing to 2 bytes until the matching poppack.h. No include
 * guard: a driver includes it once for each packed region. */
#pragma pack(push, 2)
