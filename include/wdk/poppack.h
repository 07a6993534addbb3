/* irqlint's model of poppack.h, written from the documentation: restores
 * the structure packing saved by the last pshpackN.h. No include guard. */
#pragma pack(pop)
