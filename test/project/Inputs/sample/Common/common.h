/* Found through Common.props' include directory. */
#define COMMON_H_FOUND 1
