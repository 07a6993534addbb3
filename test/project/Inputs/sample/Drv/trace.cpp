// C++: not analyzed
void Trace() {}
