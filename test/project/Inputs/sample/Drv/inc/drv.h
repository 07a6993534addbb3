/* Found through AdditionalIncludeDirectories "inc". */
#define DRV_H_FOUND 1
