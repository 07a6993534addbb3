// Parses and has no findings.
void Nothing(void) {}
