/* The source of missing.vcxproj that exists. */
int Here;
