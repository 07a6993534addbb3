/* The source of Multi.vcxproj. */
int MultiTarget;
