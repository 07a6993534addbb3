/* irqlint's model of pshpack4.h, written from the documentation: sets the
 * structure packing to 4 bytes until the matching poppack.h. No include
 * guard: a driver includes it once for each packed region. */
#pragma pack(push, 4)
