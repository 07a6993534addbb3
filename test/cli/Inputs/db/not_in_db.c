// Exists on disk but has no entry in the compilation database.
void Nothing(void) {}
