/* irqlint's model of pshpack8.h, written from the documentation: sets the
 * structure packing to 8 bytes until the matching poppack.h. No include
 * guard: a driver includes it once for each packed region. */
#pragma pack(push, 8)
