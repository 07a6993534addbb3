void g(void) {}
