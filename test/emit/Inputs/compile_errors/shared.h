// A header both units include, with a type nothing declares: one clang
// error, reached through two translation units.
typedef NOT_A_TYPE_ANYWHERE SHARED_COUNTER;
