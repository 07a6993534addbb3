/* irqlint's model of guiddef.h (the GUID type and DEFINE_GUID), written from
 * the documentation -- not Microsoft's header. DEFINE_GUID declares the GUID,
 * or defines it where INITGUID is defined (initguid.h); like the real header
 * it is redefined on every inclusion so that initguid.h can switch it. */
#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
  unsigned long Data1;
  unsigned short Data2;
  unsigned short Data3;
  unsigned char Data4[8];
} GUID;
#endif

#ifndef IRQLINT_WDK_GUIDDEF_H
#define IRQLINT_WDK_GUIDDEF_H
typedef GUID *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID IID, CLSID;
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const IID *
#define IsEqualGUID(rguid1, rguid2) (!memcmp((rguid1), (rguid2), sizeof(GUID)))
#define InlineIsEqualGUID(rguid1, rguid2) IsEqualGUID(rguid1, rguid2)
#define IsEqualIID(riid1, riid2) IsEqualGUID(riid1, riid2)
#endif

#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)           \
  extern const GUID __declspec(selectany) name = {                             \
      l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)           \
  extern const GUID name
#endif
#ifndef DEFINE_GUIDEX
#define DEFINE_GUIDEX(name) extern const GUID name
#endif
