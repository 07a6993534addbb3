// Found only through the include directory Path::Combine builds.
#define FN_HEADER_FOUND 1
